"""The app's side of trust anchors and tokens: Help → Over names the active anchors."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import softhsm

from chinacheck.storage import settings

pytest.importorskip("pyhanko")


def test_about_names_the_active_trust_anchors(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from chinacheck.ui.main_window import MainWindow

    pki = softhsm.make_pki(tmp_path / "pki", "ecdsa")
    share = tmp_path / "organisatie"
    share.mkdir()
    (share / "root.pem").write_bytes(pki.files["root"].read_bytes())
    settings.save(settings.Settings(trust_folder=str(share)))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: shown.append(text))
    window = MainWindow()
    qtbot.addWidget(window)
    window.about()
    assert ("<p>vertrouwde basiscertificaten: Staat der Nederlanden Root CA - G3 (meegeleverd, "
            "SHA-256 3C:4F:B0:B9:5A:B8:B3:00…); Toets Root CA (organisatiemap, SHA-256 "
            ) in shown[0]
