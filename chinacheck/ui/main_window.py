"""The main window: wires the library, the tabs, the menus and the open case together."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from chinacheck import APP_NAME
from chinacheck.storage import paths, settings
from chinacheck.ui.accessibility import name_menus, report_modal_dialogs
from chinacheck.ui.brochure_tab import BrochureTab
from chinacheck.ui.case_editions import CaseEditions, active_content
from chinacheck.ui.case_session import CaseSession
from chinacheck.ui.case_tabs import CaseTabs
from chinacheck.ui.case_voice import CaseVoice
from chinacheck.ui.document import CaseDocument
from chinacheck.ui.document_watch import DocumentWatch, Slot
from chinacheck.ui.documents import DocumentActions
from chinacheck.ui.encryption_actions import EncryptionActions
from chinacheck.ui.library_actions import LibraryActions, reveal
from chinacheck.ui.library_panel import LibraryPanel
from chinacheck.ui.lifecycle_actions import LifecycleActions, LifecycleBar
from chinacheck.ui.overview_panel import OverviewPanel
from chinacheck.ui.readiness_panel import ReadinessPanel
from chinacheck.ui.recent_cases import RecentCases
from chinacheck.ui.signoff_actions import LockBanner, SignOffActions
from chinacheck.ui.woo_actions import WooActions

if TYPE_CHECKING:
    from chinacheck.storage.overview import Target
    from chinacheck.ui.checklist_tab import ChecklistTab
    from chinacheck.ui.contacts_tab import ContactsTab
    from chinacheck.ui.debrief_tab import DebriefTab
    from chinacheck.ui.details_tab import DetailsTab
    from chinacheck.ui.technology_tab import TechnologyTab


class MainWindow(QMainWindow):
    language_requested = Signal(str)

    def __init__(self, session: CaseSession | None = None,
                 saved: settings.Settings | None = None) -> None:
        super().__init__()
        self.settings = saved if saved is not None else settings.load()
        self.content = active_content(self.settings)  # the active packs (blank checklists…)
        self._released = False
        self._watch = DocumentWatch(self._doc_connections)
        if session is None:
            session = CaseSession(self.content, self)
        else:
            session.attach(self)
        self.session = session
        self._empty: CaseDocument | None = None

        self.library = LibraryPanel(self.content)
        self.library_dock = self._dock(self.tr("Zaken"), "library", self.library,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.readiness = ReadinessPanel(self.content)
        self.readiness_dock = self._dock(self.tr("Nog te doen"), "readiness", self.readiness,
                                         Qt.DockWidgetArea.RightDockWidgetArea)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Onderdelen"))
        # Only the brochure is built now; the other tabs are built when first shown.
        self.brochure_tab = BrochureTab(self.content)
        pages = CaseTabs(self.content, lambda: self.session.doc or self._placeholder(),
                         lambda: self.settings)
        self._details, self._checklist, self._debrief = pages.details, pages.checklist, \
            pages.debrief
        self._technology, self._contacts = pages.technology, pages.contacts
        self.editions = CaseEditions(pages, lambda: self.session.doc, lambda: self.settings,
                                     self.announce, self)
        self.overview = OverviewPanel(self.content)  # the start view: the register at a glance
        self.tabs.addTab(self.overview, self.tr("O&verzicht"))
        self.tabs.addTab(self.brochure_tab, self.tr("B&rochure"))
        self.tabs.addTab(self._details, self.tr("&Zaak"))
        self.tabs.addTab(self._checklist, self.tr("&Checklist"))
        self.tabs.addTab(self._technology, self.tr("&Technologie"))
        self.tabs.addTab(self._contacts, self.tr("Cont&acten"))
        self.tabs.addTab(self._debrief, self.tr("&Nazorg"))  # trips and visits only
        self.banner = LockBanner()
        self.lifecycle_bar = LifecycleBar()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.lifecycle_bar)
        central_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        report_modal_dialogs()
        self.voice = CaseVoice(self, self.tabs, [self._details, self._checklist, self._debrief],
                               self.announce)

        self.recent = RecentCases(self)
        self._build_menus()
        self._connect()
        self.library_actions = LibraryActions(self, self.library, self.session)
        self._document_replaced(self.session.doc)
        self._restore_geometry()
        self.library.set_review_months(self.settings.review_months)
        self.library.refresh()

    def _dock(self, title: str, name: str, widget: QWidget,
              area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)  # its place is kept in the saved window state
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(area, dock)
        return dock

    # --- tabs, built on first use (chinacheck.ui.case_tabs) -----------------------------------
    @property
    def debrief_tab(self) -> DebriefTab:
        return self._debrief.widget()

    @property
    def details_tab(self) -> DetailsTab:
        return self._details.widget()

    @property
    def checklist_tab(self) -> ChecklistTab:
        return self._checklist.widget()

    @property
    def technology_tab(self) -> TechnologyTab:
        return self._technology.widget()

    @property
    def contacts_tab(self) -> ContactsTab:
        return self._contacts.widget()

    # --- menus -------------------------------------------------------------------------------
    def _action(self, text: str, slot: object,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Bestand"))
        self.new_action = self._action(self.tr("&Nieuw…"), self.new_case,
                                       QKeySequence.StandardKey.New)
        self.open_action = self._action(self.tr("&Openen…"), self.open_other,
                                        QKeySequence.StandardKey.Open)
        self.save_action = self._action(self.tr("Op&slaan"), self.session.save,
                                        QKeySequence.StandardKey.Save)
        self.save_as_action = self._action(self.tr("Opslaan &als…"), self.session.save_as,
                                           QKeySequence.StandardKey.SaveAs)
        self.close_case_action = self._action(self.tr("Zaak sl&uiten"), self.session.maybe_close,
                                              QKeySequence.StandardKey.Close)
        self.recent_menu = menu.addMenu(self.tr("&Recente bestanden"))
        self.documents = DocumentActions(self.content, self.session, self, self._out_folder,
                                         self._ui_language)
        self.quit_action = self._action(self.tr("A&fsluiten"), self.close,
                                        QKeySequence.StandardKey.Quit)
        for action in (self.new_action, self.open_action, self.save_action, self.save_as_action,
                       self.close_case_action, self.voice.where_action):
            menu.addAction(action)
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        for action in self.documents.actions():
            menu.addAction(action)
        self.woo = WooActions(self.content, self.session, self, self._out_folder,
                              self._ui_language)
        for action in self.woo.actions():
            menu.addAction(action)
        from chinacheck.ui.register_export import RegisterExport

        self.register_export = RegisterExport(self.content, self.session, self,
                                              self._out_folder, self._ui_language)
        menu.addAction(self.register_export.action)
        menu.addSeparator()
        self.encryption = EncryptionActions(self.session, self)
        for action in self.encryption.actions():
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        self.file_menu = menu

        self.signoffs = SignOffActions(self.session, self, self.banner,
                                       lambda: settings.four_eyes(self.settings))
        case_menu = self.menuBar().addMenu(self.tr("A&fronden"))
        for action in self.signoffs.actions():
            case_menu.addAction(action)
        case_menu.addSeparator()
        self.lifecycle = LifecycleActions(self.session, self, self.lifecycle_bar,
                                          lambda: self.settings.review_months)
        for action in self.lifecycle.actions():
            case_menu.addAction(action)

        edit = self.menuBar().addMenu(self.tr("Be&werken"))
        self.undo_action = self._action(self.tr("&Ongedaan maken"), self._undo,
                                        QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.tr("Opnie&uw"), self._redo,
                                        QKeySequence.StandardKey.Redo)
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        self.settings_action = self._action(self.tr("&Instellingen…"), self.show_settings,
                                            QKeySequence.StandardKey.Preferences)
        edit.addAction(self.settings_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Sneltoetsen"), self.show_shortcuts))
        self.packs_action = self._action(self.tr("&Inhoudspakketten…"), self.show_packs)
        help_menu.addAction(self.packs_action)
        help_menu.addAction(self._action(self.tr("&Over ChinaCheck"), self.about))
        self.recent.fill()
        name_menus(self)

    def _out_folder(self) -> str:
        """Where exports are offered: the last folder used, else the data folder."""
        return self.settings.last_folder or str(paths.data_dir())

    def _ui_language(self) -> str:
        """The language the app runs in (``--lang`` may differ from the saved setting)."""
        from chinacheck import i18n

        return i18n.language()

    def _connect(self) -> None:
        lib = self.library
        lib.new_requested.connect(self.new_case)
        lib.open_requested.connect(self.open_path)
        lib.open_other_requested.connect(self.open_other)
        lib.reveal_requested.connect(lambda p: reveal(p.parent))
        self.session.document_replaced.connect(self._document_replaced)
        self.readiness.item_requested.connect(self.show_checklist_item)
        lib.listed.connect(lambda: self.overview.show_entries(
            lib.model.entries(), self.settings.review_months))
        self.overview.open_requested.connect(self.open_at)
        self.session.saved.connect(self._saved)
        self.session.renamed.connect(self.recent.renamed)
        self.session.message.connect(self._say)

    def show_checklist_item(self, item_id: str) -> None:
        self.tabs.setCurrentWidget(self._checklist)
        self.checklist_tab.select_item(item_id)

    def open_at(self, target: Target) -> None:
        from chinacheck.ui.window_navigation import open_at

        open_at(self, target)

    def _say(self, text: str) -> None:  # a slot of its own: disconnected when released
        self.announce(text)

    def announce(self, text: str) -> None:
        """Show a status message and have screen readers say it (not only shown)."""
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        self.statusBar().showMessage(text, 10_000)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.statusBar(), text))

    # --- the open case -----------------------------------------------------------------------
    @property
    def doc(self) -> CaseDocument | None:
        return self.session.doc

    def _placeholder(self) -> CaseDocument:
        """The empty case the Zaak and Checklist tabs show (disabled) while none is open."""
        if self._empty is None:
            from chinacheck.case.model import Case

            self._empty = CaseDocument(Case(title=""), parent=self)
        return self._empty

    def _doc_connections(self, doc: CaseDocument) -> list[tuple[SignalInstance, Slot]]:
        return [
            (doc.dirty_changed, self._update_title),
            (doc.changed, self._update_title),
            (doc.changed, self.signoffs.refresh),
            (doc.changed, self._lifecycle_changed),
            (doc.changed, self.editions.follow),
            (doc.refused, self._say),
            (doc.undo_stack.canUndoChanged, self.undo_action.setEnabled),
            (doc.undo_stack.canRedoChanged, self.redo_action.setEnabled),
        ]

    def _document_replaced(self, doc: CaseDocument | None) -> None:
        self.voice.replaced(doc)  # "geopend" first: a move to a newer edition is said after it
        self.editions.opened(doc)  # may make it read-only, or move it to a new edition
        self._watch.watch(doc)
        self.readiness.set_document(doc)
        for lazy in (self._details, self._checklist, self._debrief):
            if lazy.built:
                lazy.widget().set_document(doc or self._placeholder())
            self.tabs.setTabEnabled(self.tabs.indexOf(lazy), doc is not None)
        self._lifecycle_changed()
        for action in (self.save_action, self.save_as_action, self.close_case_action):
            action.setEnabled(doc is not None)
        self.documents.set_case_open(doc is not None)
        self.woo.set_case_open(doc is not None)
        self.recent.show_unlocked()
        if doc is not None:
            if doc.path is not None:
                self.recent.remember(doc.path)
                self.library.select(doc.path)
            self.tabs.setCurrentWidget(self._details)
        self.signoffs.refresh()
        self.encryption.refresh()
        self.undo_action.setEnabled(doc is not None and doc.undo_stack.canUndo())
        self.redo_action.setEnabled(doc is not None and doc.undo_stack.canRedo())
        self._update_title()

    def _lifecycle_changed(self) -> None:
        """The phase line and menu follow the case; the Nazorg tab is there for a trip or visit
        (or a case that has a debrief)."""
        from chinacheck.case import lifecycle

        self.lifecycle.refresh()
        doc = self.doc
        self.tabs.setTabVisible(self.tabs.indexOf(self._debrief), doc is not None and (
            lifecycle.needs_debrief(doc.case.kind) or bool(doc.case.debrief)))

    def _update_title(self) -> None:
        doc = self.doc
        if doc is None:
            self.setWindowTitle(APP_NAME)
            self.setWindowModified(False)
            return
        untitled = self.tr("Naamloos")
        self.setWindowTitle(f"{doc.case.title or untitled}[*] — {APP_NAME}")
        self.setWindowModified(doc.dirty)

    def _undo(self) -> None:
        if self.doc is not None:
            self.doc.undo_stack.undo()

    def _redo(self) -> None:
        if self.doc is not None:
            self.doc.undo_stack.redo()

    def _saved(self, path: Path) -> None:
        self.recent.saved(path)
        self._update_title()

    # --- commands ----------------------------------------------------------------------------
    def new_case(self) -> None:
        from chinacheck.ui.new_case_dialog import NewCaseDialog

        content = self.editions.active()
        dialog = NewCaseDialog(content, self)
        if dialog.exec() != NewCaseDialog.DialogCode.Accepted:
            return
        title, kind = dialog.values()
        path = self.session.new_case(title, kind, content)
        if path is not None:
            self.library.refresh()
            self.library.select(path)  # listed only now: the case was replaced before
            self.details_tab.title.setFocus()  # keyboard users continue right in the form

    def open_path(self, path: Path) -> bool:
        return self.session.open_path(Path(path))

    def open_other(self) -> None:
        from chinacheck.ui import prompts

        folder = self.settings.last_folder or str(paths.cases_dir())
        path = prompts.open_file(self, folder)
        if path is not None:
            self.open_path(path)

    def shortcuts(self) -> list[tuple[str, str]]:
        from chinacheck.ui.help_menu import shortcuts

        return shortcuts(self)

    def show_shortcuts(self) -> None:
        from chinacheck.ui.help_menu import show_shortcuts

        show_shortcuts(self)

    def show_packs(self) -> None:
        from chinacheck.ui.packs_dialog import show_packs

        show_packs(self, self.settings, self.save_settings, self._out_folder())
        self.documents.content = self.editions.active()  # blank checklists, travel card
        self.editions.opened(self.doc)  # the open case may now be offered a newer edition

    def show_settings(self) -> None:
        from chinacheck.ui.settings_dialog import edit_settings

        language = edit_settings(self, self.settings, self.save_settings,
                                 language=self._ui_language())
        self._lifecycle_changed()  # the review terms may have changed
        self.library.set_review_months(self.settings.review_months)
        if language is not None:
            self.language_requested.emit(language)

    def release_session(self) -> CaseSession:
        """Hand the open case over to a new window; this one then closes without asking."""
        self._released = True
        self.session.document_replaced.disconnect(self._document_replaced)
        self.session.saved.disconnect(self._saved)
        self.session.renamed.disconnect(self.recent.renamed)
        self.session.message.disconnect(self._say)
        self._watch.unwatch()
        return self.session

    def about(self) -> None:
        from chinacheck.ui.help_menu import about

        about(self, self.content)

    # --- window state ------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.window_geometry.encode()))
        else:
            self.resize(1280, 800)
        if self.settings.window_state:
            self.restoreState(QByteArray.fromBase64(self.settings.window_state.encode()))
        else:  # first start: the case list narrow, the case wide (only once laid out it holds)
            QTimer.singleShot(0, lambda: self.resizeDocks(
                [self.library_dock, self.readiness_dock], [360, 240],
                Qt.Orientation.Horizontal))

    def save_settings(self) -> None:
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        self.settings.window_state = bytes(self.saveState().toBase64().data()).decode()
        try:
            settings.save(self.settings)
        except OSError as exc:
            self.statusBar().showMessage(str(exc))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._released:
            event.accept()
            return
        session = self.session
        if not (session.close_at_session_end() if session.ending else session.maybe_close()):
            event.ignore()
            return
        self.save_settings()
        event.accept()
