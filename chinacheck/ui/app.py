"""Start the desktop application."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from chinacheck import APP_NAME, __version__, log
from chinacheck.storage import paths, settings

if TYPE_CHECKING:
    from chinacheck.ui.crash import CrashHandler
    from chinacheck.ui.main_window import MainWindow
    from chinacheck.ui.shutdown import SessionEnd

_log = log.get("app")
_fonts_added = False


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        _add_bundled_fonts()
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("chinacheck")
    from PySide6.QtGui import QIcon

    from chinacheck.resource_files import file_path

    app.setWindowIcon(QIcon(str(file_path("icons/chinacheck-256.png"))))
    _add_bundled_fonts()
    return app


def _add_bundled_fonts() -> None:
    """The PDFs' Chinese font, for the widgets too: a fresh system may have no CJK font at all,
    and names in Chinese characters would show as empty boxes. Qt falls back to it per glyph."""
    global _fonts_added
    if _fonts_added:
        return
    _fonts_added = True
    from PySide6.QtGui import QFontDatabase

    from chinacheck.resource_files import file_path

    if QFontDatabase.addApplicationFont(str(file_path("fonts/wqy-microhei.ttc"))) < 0:
        log.event(_log, "fonts.add", result="failed", level=logging.WARNING,
                  font="wqy-microhei.ttc")


def collation_works() -> bool:
    """Whether Qt's collation data answers: Dutch accents, Chinese in pinyin order.

    The bundle ships Qt's ICU data trimmed to a few languages; the self-test proves it still reads.
    """
    from PySide6.QtCore import QCollator, QLocale

    dutch, chinese = QCollator(QLocale("nl_NL")), QCollator(QLocale("zh_CN"))
    # Code point order would put é after f, and 上 (shàng) before 北 (běi).
    return dutch.compare("é", "f") < 0 and chinese.compare("北京", "上海") < 0


def _clean_stale_files() -> None:
    from chinacheck.storage.store import clean_stale_files

    clean_stale_files()


class Application(QObject):
    """Owns the main window; a language switch rebuilds it around the same open case."""

    def __init__(self, language: str | None = None) -> None:
        """``language``: this session's language (``chinacheck --lang``), not saved; else the
        settings' language, else the system's (saved on the first start)."""
        super().__init__()
        from chinacheck.ui import translation

        saved = settings.load()
        self.language = language if language in translation.LANGUAGES else \
            saved.language or translation.system_language()
        problem = None
        if not saved.language and language is None:
            saved.language = self.language
            try:
                settings.save(saved)
            except OSError as exc:  # remembered next time; never a reason not to start
                log.event(_log, "settings.save", result="failed", level=logging.WARNING,
                          error=type(exc).__name__)
                problem = exc
        translation.install(self.language)
        self.window = self._new_window(None, saved)
        if problem is not None:
            from chinacheck import oserrors

            self.window.statusBar().showMessage(
                self.tr("Instellingen niet bewaard: %1").replace("%1", oserrors.describe(problem)))
        # Temp files of saves a crash interrupted: tidied once the window is up.
        QTimer.singleShot(2000, _clean_stale_files)

    def _new_window(self, previous: MainWindow | None,
                    saved: settings.Settings | None = None) -> MainWindow:
        """The main window, with the settings already read (not read from disk again)."""
        from chinacheck.ui.main_window import MainWindow

        session = previous.release_session() if previous is not None else None
        window = MainWindow(session=session, saved=saved)
        window.language_requested.connect(self.switch_language)
        return window

    def switch_language(self, language: str) -> None:
        from chinacheck.ui import translation

        if language == self.language:
            return
        old = self.window
        self.language = language
        translation.install(language)
        old.settings.language = language
        old.save_settings()
        self.window = self._new_window(old, old.settings)
        self.window.restoreGeometry(old.saveGeometry())
        self.window.show()
        old.close()
        old.deleteLater()


def start(language: str | None = None) -> tuple[QApplication, Application]:
    """Build and show the main window: all ``chinacheck`` does before the first paint
    (bench/start_app.py times it)."""
    app = make_app()
    controller = Application(language)
    controller.window.show()
    return app, controller


class _FirstPaint(QObject):
    """Runs an action once, after the window's first paint (or after a second at the latest,
    should the window start hidden or minimised)."""

    def __init__(self, window: QWidget, action: Callable[[], None]) -> None:
        super().__init__(window)
        self.window, self.action, self.done = window, action, False
        window.installEventFilter(self)
        QTimer.singleShot(1000, self, self._run)  # with self as context: not after the window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self.done:
            QTimer.singleShot(0, self, self._run)  # behind the rest of this paint
        return False

    def _run(self) -> None:
        if self.done:
            return
        self.done = True
        self.window.removeEventFilter(self)
        self.action()


def after_first_paint(window: MainWindow, file: Path | None) -> None:
    """Once the window is on screen: offer the unsaved changes of a crash back, then open the
    file asked for. Nothing is asked before the window can be seen."""

    def resume() -> None:
        _log_startup()
        window.session.recover_pending()
        if file is not None:
            window.open_path(file)

    _FirstPaint(window, resume)


def _log_startup() -> None:
    import PySide6
    from PySide6.QtCore import qVersion

    log.startup(paths.data_dir(), qt=qVersion(), pyside6=PySide6.__version__,
                reportlab=log.package_version("reportlab"))


def install_crash_handler(controller: Application) -> CrashHandler:
    """Log what escapes a slot, keep the open case as a recovery copy, tell the user."""
    from chinacheck.ui import prompts
    from chinacheck.ui.crash import CrashHandler

    handler = CrashHandler(lambda: controller.window.session.rescue(),
                           lambda log_file, recovered: prompts.crash(
                               controller.window, log_file, recovered))
    handler.install(log.folder(paths.data_dir()))
    return handler


def install_session_end(app: QApplication, controller: Application) -> SessionEnd:
    """On SIGTERM, SIGHUP or a log-out: keep the unsaved changes, release the lock, quit."""
    from chinacheck.ui.shutdown import SessionEnd

    ending = SessionEnd(app, lambda: controller.window.session.end_session(),
                        lambda: controller.window.session.prepare_for_session_end())
    ending.install()
    return ending


def run(file: Path | None = None, language: str | None = None) -> int:
    app, controller = start(language)
    handler = install_crash_handler(controller)
    ending = install_session_end(app, controller)
    after_first_paint(controller.window, file)
    try:
        return app.exec()
    finally:
        ending.uninstall()
        handler.uninstall()
