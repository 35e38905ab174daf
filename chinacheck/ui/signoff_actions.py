"""Sign-off in the app: the Zaak menu (sign off, reopen, history) and the locked banner, which
turns red for a case changed outside ChinaCheck."""

from __future__ import annotations

from contextlib import ExitStack
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from chinacheck.errors import ChinaCheckError
from chinacheck.ui.case_session import CaseSession
from chinacheck.ui.document import CaseDocument
from chinacheck.ui.labels import decision_label, format_datetime

if TYPE_CHECKING:
    from collections.abc import Callable

    from chinacheck.case.model import Case, FourEyes
    from chinacheck.case.signoff import Sealer
    from chinacheck.ui.signoff_dialog import SignOffDialog


_CALM = "LockBanner { background: #fff4ce; } QLabel { color: #1a1a1a; }"
_ALARM = ("LockBanner { background: #fde7e9; border: 2px solid #b00020; } "
          "QLabel { color: #5c0011; }")


class LockBanner(QFrame):
    """Says plainly, in words (not colour alone), that the case is signed off and read-only;
    in red when the case was changed outside ChinaCheck."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.alarm = False
        self.setStyleSheet(_CALM)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.reopen_button = QPushButton(self.tr("Heropenen"))
        self.reopen_button.setAccessibleName(self.tr("Zaak heropenen als nieuwe revisie"))
        layout = QHBoxLayout(self)
        self.icon = QLabel()  # a system icon: an emoji would need a colour-emoji font
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reopen_button)
        self.hide()

    def show_for(self, text: str, can_reopen: bool = True, alarm: bool = False) -> None:
        if self.icon.pixmap().isNull() or alarm != self.alarm:  # QStyle is slow to load
            from PySide6.QtWidgets import QStyle

            icon = QStyle.StandardPixmap.SP_MessageBoxCritical if alarm else \
                QStyle.StandardPixmap.SP_MessageBoxInformation
            self.icon.setPixmap(self.style().standardIcon(icon).pixmap(24, 24))
        if alarm != self.alarm:
            self.alarm = alarm
            self.setStyleSheet(_ALARM if alarm else _CALM)
        self.label.setText(text)
        self.reopen_button.setVisible(can_reopen)
        self.setAccessibleName(text)
        self.show()


def _saved_policy() -> FourEyes:
    from chinacheck.storage import settings

    return settings.four_eyes()


class SignOffActions(QObject):
    def __init__(self, session: CaseSession, window: QWidget, banner: LockBanner,
                 organisation: Callable[[], FourEyes] | None = None) -> None:
        """``organisation``: the organisation's four-eyes policy (default: the settings
        file's)."""
        super().__init__(window)
        self.session, self.window, self.banner = session, window, banner
        self.organisation = organisation or _saved_policy
        self.signoff_action = QAction(self.tr("&Aftekenen…"), self)
        self.signoff_action.setShortcut("Ctrl+Shift+A")
        self.signoff_action.triggered.connect(self.sign_off)
        self.reopen_action = QAction(self.tr("&Heropenen"), self)
        self.reopen_action.triggered.connect(self.reopen)
        self.four_eyes_action = QAction(self.tr("F&unctiescheiding voor deze zaak…"), self)
        self.four_eyes_action.triggered.connect(self.choose_four_eyes)
        self.history_action = QAction(self.tr("&Geschiedenis…"), self)
        self.history_action.setShortcut("Ctrl+H")
        self.history_action.triggered.connect(self.history)
        banner.reopen_button.clicked.connect(self.reopen)

    def actions(self) -> list[QAction]:
        return [self.signoff_action, self.reopen_action, self.four_eyes_action,
                self.history_action]

    def refresh(self) -> None:
        """Enable what fits the open case; show the banner when it is locked."""
        doc = self.session.doc
        is_open = doc is not None
        if doc is not None and doc.read_only:  # someone else has the case, or it was tampered
            for action in (self.signoff_action, self.reopen_action, self.four_eyes_action):
                action.setEnabled(False)
            self.history_action.setEnabled(True)
            self.banner.show_for(doc.read_only, can_reopen=False, alarm=doc.tampered)
            return
        locked = doc is not None and doc.case.locked
        self.signoff_action.setEnabled(is_open and not locked)
        self.four_eyes_action.setEnabled(is_open and not locked)
        self.reopen_action.setEnabled(locked)
        self.history_action.setEnabled(is_open)
        if doc is None or not locked:
            self.banner.hide()
            return
        final = doc.case.current_signoffs()[-1]
        text = self.tr(
            "Definitief afgetekend door %1 (%2) op %3: %4. Revisie %5 is alleen-lezen: "
            "ChinaCheck staat geen wijzigingen toe; heropen de zaak om een nieuwe revisie te "
            "beginnen.") \
            .replace("%1", final.name).replace("%2", final.role) \
            .replace("%3", format_datetime(final.signed_at)) \
            .replace("%4", decision_label(final.decision)) \
            .replace("%5", str(doc.case.revision))
        text += self._seal_text(doc)
        self.banner.show_for(text)

    def _seal_text(self, doc: CaseDocument) -> str:
        """The seal of the final sign-off, as checked when the case was opened."""
        finding = doc.finding
        if finding is None:
            return ""
        number = len(doc.case.signoffs)  # the final sign-off of a locked case is the last one
        if finding.unchecked and number in finding.sealed:
            return " " + self.tr("Verzegeld, maar de verzegeling kan hier niet worden "
                                 "gecontroleerd (pyHanko ontbreekt).")
        for seal in finding.seals:
            if seal.signoff == number:
                return " " + self.tr("Verzegeling: %1.").replace("%1", seal.summary)
        return ""

    def sign_off(self) -> None:
        from chinacheck.ui.signoff_dialog import SignOffDialog

        doc = self.session.doc
        if doc is None:
            return
        from chinacheck.case import foureyes, readiness
        from chinacheck.signing import availability

        gaps = readiness.gaps(doc.case, self.session.content)
        policy = self.organisation()
        case = doc.case
        dialog = SignOffDialog(case.preparer, self.window,
                               sealing_available=availability.available(),
                               gaps=[gap.message for gap in gaps],
                               four_eyes=self._policy_text(case, policy),
                               locks=lambda name: foureyes.locks(case, name, True, policy))
        while dialog.exec() == SignOffDialog.DialogCode.Accepted:
            values = dialog.values()
            reason = dialog.despite_reason()
            try:
                with ExitStack() as token_session:  # a token stays open while sealing
                    sealer, certificate_name = self._sealer(dialog, token_session)
                    replaced = False
                    if certificate_name:  # the certificate proves who signs: its name is used
                        values["name"], replaced = foureyes.signer_name(str(values["name"]),
                                                                        certificate_name)
                    count = len(doc.case.signoffs)
                    doc.edit(self.tr("Aftekenen"), self._signer(values, sealer, reason, policy))
            except ChinaCheckError as exc:
                dialog.show_error(str(exc))  # the case is unchanged; let the user correct it
                continue
            self.session.save()  # a sign-off is a formal act: on disk at once
            added = doc.case.signoffs[count:]
            if added and replaced:
                self.session.message.emit(self.tr(
                    "Verzegeld als %1: de naam uit het certificaat, niet de getypte naam.")
                    .replace("%1", added[-1].name))
            if values["final"] and added and not added[-1].final:
                self.session.message.emit(self.tr(
                    "Eerste aftekening vastgelegd. De zaak wordt vergrendeld bij een "
                    "definitieve aftekening door een ander (functiescheiding: twee "
                    "aftekeningen)."))
            break
        self.refresh()

    def _policy_text(self, case: Case, organisation: FourEyes) -> str:
        from chinacheck.case import foureyes
        from chinacheck.ui.labels import four_eyes_label

        text = four_eyes_label(foureyes.in_effect(case, organisation))
        if case.four_eyes is not None:
            return text + " " + self.tr("(eigen keuze voor deze zaak)")
        return text + " " + self.tr("(instelling van de organisatie)")

    def _signer(self, values: dict[str, object], sealer: Sealer | None,
                reason: str, policy: FourEyes) -> Callable[[Case], object]:
        """The edit that signs off; with ``reason``, despite the gaps the case has then."""
        from chinacheck.case import readiness, signoff
        from chinacheck.storage import store

        doc = self.session.doc
        # the case as on disk: the edits saved with the sign-off come before it in the trail
        saved = store.saved_version(doc.case, doc.path, doc.key) if doc is not None else None

        def sign(case: Case) -> object:
            despite = readiness.despite(case, reason, self.session.content) if reason else None
            return signoff.sign_off(case, **values, sealer=sealer,  # type: ignore[arg-type]
                                    despite=despite, four_eyes=policy, saved=saved)
        return sign

    def _sealer(self, dialog: SignOffDialog,
                token_session: ExitStack) -> tuple[Sealer | None, str]:
        """A sealer from the certificate chosen in the dialog and the certificate's name (a
        SigningError when it cannot be opened: the dialog stays open to correct it). A token
        asks for its PIN here and stays open until ``token_session`` closes."""
        token = dialog.token_choice()
        if token is not None:
            from chinacheck.signing import seal
            from chinacheck.signing.token import TokenError, token_key
            from chinacheck.ui.pin_dialog import ask_pin

            pin = ask_pin(dialog, self.tr("de smartcard of het token"))
            if pin is None:
                raise TokenError(self.tr("Geen pincode gegeven: niet afgetekend."))
            key = token_session.enter_context(token_key(
                token.module, pin, token_label=token.token_label or None,
                key_label=token.key_label or None))
            del pin
            return seal.sealer(key), key.name
        choice = dialog.seal_choice()
        if choice is None:
            return None, ""
        from chinacheck.signing import seal
        from chinacheck.signing.pades import load_key_file

        certificate, passphrase = choice
        key = load_key_file(certificate, passphrase or None)
        return seal.sealer(key), key.name

    def choose_four_eyes(self) -> None:
        """Give the open case its own four-eyes policy, or let it follow the organisation's;
        saved at once, as it changes who may decide."""
        from chinacheck.case.signoff import set_four_eyes
        from chinacheck.ui.labels import four_eyes_label
        from chinacheck.ui.signoff_dialog import FourEyesCaseDialog

        doc = self.session.doc
        if doc is None:
            return
        dialog = FourEyesCaseDialog(doc.case.four_eyes, four_eyes_label(self.organisation()),
                                    self.window)
        if dialog.exec() != FourEyesCaseDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        if chosen == doc.case.four_eyes:
            return
        doc.edit(self.tr("Functiescheiding"),
                 lambda case: set_four_eyes(case, chosen))
        self.session.save()
        self.refresh()

    def reopen(self) -> None:
        from chinacheck.case import signoff
        from chinacheck.ui import prompts

        doc = self.session.doc
        if doc is None or not doc.case.locked:
            return
        if not prompts.confirm(self.window, self.tr("Heropenen"), self.tr(
                "De zaak heropenen als nieuwe revisie? De eerdere aftekeningen blijven bewaard "
                "bij hun revisie.")):
            return
        doc.edit(self.tr("Heropenen"), lambda case: signoff.reopen(case), allow_locked=True)
        self.session.save()
        self.refresh()

    def history(self) -> None:
        from chinacheck.ui.audit_dialog import AuditDialog

        if self.session.doc is not None:
            AuditDialog(self.session.doc.case, self.window).exec()
