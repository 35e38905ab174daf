"""The Overzicht start view, the library's life columns and its "Te herbeoordelen" filter, and
the library following a case folder that others write to."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from chinacheck.case import caseformat, lifecycle
from chinacheck.case.examples import example_case
from chinacheck.case.model import Case
from chinacheck.case.signoff import sign_off
from chinacheck.storage import paths, store
from chinacheck.storage.overview import Place, Target
from chinacheck.ui.folder_watch import FolderWatch
from chinacheck.ui.library_model import REVIEW_COLUMN, REVIEW_ROLE
from chinacheck.ui.main_window import MainWindow
from chinacheck.ui.overview_panel import SECTION_ROLE, TARGET_ROLE

TODAY = date(2027, 3, 1)


def _tie() -> Case:
    """A sister-city tie decided on 10 February 2026: its review was due 10 February 2027."""
    case = example_case()
    case.id = "00000000-0000-4000-8000-000000000001"
    case.title = "Stedenband Zwolle – Wuhan"
    sign_off(case, name="Zoë", role="opsteller", decision="doorgaan onder voorwaarden",
             conditions="Programma vooraf delen met het ICP", final=True,
             at=datetime(2026, 2, 10, 9, 0, tzinfo=UTC))
    lifecycle.change_phase(case, "in-uitvoering")
    return case


def _trip() -> Case:
    case = example_case()
    case.id = "00000000-0000-4000-8000-000000000002"
    case.title = "Delegatie uit Guangdong"
    case.kind = "delegatie-inkomend"
    case.start_date, case.end_date = date(2027, 3, 20), date(2027, 3, 25)
    return case


@pytest.fixture
def register(window: MainWindow) -> dict[str, Path]:
    folder = paths.ensure_dir(paths.cases_dir())
    files = {"tie": folder / "band.chinacheck", "trip": folder / "reis.chinacheck"}
    store.save_case(_tie(), files["tie"])
    store.save_case(_trip(), files["trip"])
    window.library.model.today = window.overview.today = lambda: TODAY
    window.library.refresh()
    return files


def _section(window: MainWindow, key: str) -> QModelIndex:
    index = window.overview.model.section_index(key)
    assert index.isValid(), key
    return index


def _lines(window: MainWindow, key: str) -> list[QModelIndex]:
    parent = _section(window, key)
    model = window.overview.model
    return [model.index(row, 0, parent) for row in range(model.rowCount(parent))]


def _texts(index: QModelIndex) -> list[str]:
    """A line's texts as (what, case, date, state, who); shown as what, state, date, case,
    who."""
    model = index.model()
    shown = [model.index(index.row(), c, index.parent()).data() for c in range(5)]
    return [shown[0], shown[3], shown[2], shown[1], shown[4]]


def _press_enter_on(qtbot, window: MainWindow, index: QModelIndex) -> None:  # type: ignore[no-untyped-def]
    tree = window.overview.tree
    window.tabs.setCurrentWidget(window.overview)
    tree.setFocus()
    tree.setCurrentIndex(index)
    qtbot.keyClick(tree, Qt.Key.Key_Return)


def test_overview_is_the_start_view_and_shows_the_overdue_review(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, register: dict[str, Path]) -> None:
    assert window.tabs.currentWidget() is window.overview
    reviews = _lines(window, "reviews")
    assert len(reviews) == 1
    what, title, when, state, _who = _texts(reviews[0])
    assert (what, title, state) == ("Herbeoordeling", "Stedenband Zwolle – Wuhan", "⚠ te laat")
    assert "2027" in when
    # Not by colour alone: the words are in the cell and in what a screen reader says.
    assert "te laat" in reviews[0].data(Qt.ItemDataRole.AccessibleTextRole)
    trips = _lines(window, "trips")
    assert [_texts(t)[1] for t in trips] == ["Delegatie uit Guangdong"]
    assert _texts(trips[0])[3] == "over 19 dagen"
    actions = [_texts(a) for a in _lines(window, "actions")]
    # The trip's checklist action (due 1 February 2027) is overdue; the tie's condition is open.
    assert ["Namen van alle gesprekspartners opvragen", "Delegatie uit Guangdong"] == \
        actions[0][:2] and actions[0][3] == "⚠ te laat"
    assert any(a[0] == "Programma vooraf delen met het ICP" for a in actions)
    phases = {window.overview.model.index(r, 0, _section(window, "phases")).data()
              for r in range(7)}
    assert {"Voorbereiding (1)", "In uitvoering (1)", "Nazorg (0)"} <= phases
    assert "1 herbeoordelingen te laat" in window.overview.summary.text()


def test_enter_on_a_review_opens_the_case_on_its_details(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, register: dict[str, Path]) -> None:
    _press_enter_on(qtbot, window, _lines(window, "reviews")[0])
    assert window.doc is not None and window.doc.path == register["tie"]
    assert window.tabs.currentWidget() is window._details


def test_an_action_opens_its_checklist_item_and_a_condition_the_conditions(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, register: dict[str, Path]) -> None:
    lines = _lines(window, "actions")
    action = next(i for i in lines if _texts(i)[0].startswith("Namen van alle"))
    assert action.data(TARGET_ROLE) == Target(register["trip"], Place.CHECKLIST,
                                              "visit-programme")
    tree = window.overview.tree
    window.tabs.setCurrentWidget(window.overview)
    tree.scrollTo(action)
    where = tree.visualRect(action).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)  # as a person does
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.doc is not None and window.doc.path == register["trip"]
    assert window.tabs.currentWidget() is window._checklist
    assert window.checklist_tab.item_id == "visit-programme"

    condition = next(i for i in _lines(window, "actions")
                     if _texts(i)[0] == "Programma vooraf delen met het ICP")
    _press_enter_on(qtbot, window, condition)
    assert window.doc is not None and window.doc.path == register["tie"]
    assert window.tabs.currentWidget() is window._details
    assert window.details_tab.conditions.view.hasFocus()


def test_a_debrief_outstanding_opens_the_case(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, register: dict[str, Path]) -> None:
    trip = _trip()
    trip.id = "00000000-0000-4000-8000-000000000003"
    trip.title = "Bezoek Shenzhen"
    trip.start_date, trip.end_date = date(2027, 2, 1), date(2027, 2, 5)
    sign_off(trip, name="Zoë", role="opsteller", decision="doorgaan", final=True,
             at=datetime(2027, 1, 10, tzinfo=UTC))
    path = register["trip"].with_name("shenzhen.chinacheck")
    store.save_case(trip, path)
    window.library.refresh()
    debriefs = _lines(window, "debriefs")
    assert [_texts(d)[1] for d in debriefs] == ["Bezoek Shenzhen"]
    assert _texts(debriefs[0])[3] == "afgelopen, nog geen nazorg"
    _press_enter_on(qtbot, window, debriefs[0])
    assert window.doc is not None and window.doc.path == path


def test_library_shows_phase_decision_and_review_and_filters_what_is_to_be_reviewed(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, register: dict[str, Path]) -> None:
    panel = window.library
    assert panel.proxy.rowCount() == 2
    header = [panel.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(9)]
    assert header[6:] == ["Fase", "Besluit", "Herbeoordeling"]
    panel.review_filter.click()
    assert panel.review_filter.isChecked() and panel.proxy.rowCount() == 1
    row = [panel.proxy.index(0, c).data() for c in range(9)]
    assert row[0] == "Stedenband Zwolle – Wuhan"
    assert row[6:8] == ["In uitvoering", "doorgaan onder voorwaarden"]
    assert row[REVIEW_COLUMN].startswith("⚠ te laat: ")
    cell = panel.proxy.index(0, REVIEW_COLUMN)
    assert cell.data(REVIEW_ROLE) == "overdue"
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Herbeoordeling te laat")
    panel.review_filter.click()
    assert panel.proxy.rowCount() == 2
    # The settings' months per kind move the default review (12 → 24 months: not due yet).
    window.settings.review_months = {"stedenband": 24}
    panel.set_review_months(window.settings.review_months)
    panel.review_filter.click()
    assert panel.proxy.rowCount() == 0
    assert _lines(window, "reviews") == []


def test_an_encrypted_case_shows_nothing_but_that_it_is_encrypted(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, register: dict[str, Path], cheap_scrypt) -> None:
    from chinacheck.case import encryption

    secret = _trip()
    secret.id = "00000000-0000-4000-8000-000000000004"
    secret.title = "Geheime missie"
    raw = caseformat.dumps(secret)
    path = paths.cases_dir() / "zaak-1a2b3c4d.chinacheck"
    path.write_bytes(encryption.encrypt(raw, "wachtwoord-lang-genoeg", cost=cheap_scrypt))
    window.library.refresh()
    lines = _lines(window, "encrypted")
    assert [_texts(i)[:3] for i in lines] == [["Versleutelde zaak", "", ""]]
    model = window.overview.model
    shown = [model.index(r, c, p).data() for p in (_section(window, k) for k in
                                                    model.SECTIONS if model.section_index(k)
                                                    .isValid())
             for r in range(model.rowCount(p)) for c in range(5)]
    assert not any("Geheime" in (text or "") for text in shown)


def test_the_library_follows_files_written_by_someone_else_keeping_selection_and_case(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, register: dict[str, Path]) -> None:
    panel = window.library
    window.open_path(register["tie"])
    panel.select(register["tie"])
    other = example_case()
    other.id = "00000000-0000-4000-8000-000000000009"
    other.title = "Van een collega"
    added = paths.cases_dir() / "collega.chinacheck"
    added.write_bytes(caseformat.dumps(other))  # another writer: not through this window
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 3, timeout=10_000)
    assert panel.selected_path() == register["tie"]
    assert window.doc is not None and window.doc.path == register["tie"]
    assert any(_texts(i)[1] == "Van een collega" for i in _lines(window, "actions"))
    added.unlink()
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 2, timeout=10_000)
    assert panel.selected_path() == register["tie"]


def test_polling_notices_changes_where_the_file_system_sends_no_notice(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    watch = FolderWatch(folder, poll_ms=50)
    monkeypatch.setattr(watch, "_watch_folder", lambda: None)  # a share without notices
    watch.seen()
    watch.start()
    with qtbot.waitSignal(watch.changed, timeout=5000):
        (folder / "nieuw.chinacheck").write_bytes(b"{}")
    with qtbot.waitSignal(watch.changed, timeout=5000):
        (folder / "nieuw.chinacheck").write_bytes(b"{ }")  # changed: another size
    assert not watch.check()  # nothing new since
    (folder / "notes.txt").write_text("not a case")
    assert not watch.check()
    watch.stop()


def test_overview_sections_carry_their_key(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, register: dict[str, Path]) -> None:
    for key in ("reviews", "trips", "actions", "debriefs", "phases"):
        assert _section(window, key).data(SECTION_ROLE) == key
    # Enter on a section line opens nothing.
    _press_enter_on(qtbot, window, _section(window, "reviews"))
    assert window.doc is None


def test_a_long_list_shows_a_batch_and_a_more_line_that_shows_more(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    from chinacheck.storage.library import ActionSummary, CaseSummary
    from chinacheck.ui import overview_panel

    case = _tie()
    summary = CaseSummary(
        path=Path("/zaken/veel.chinacheck"), id=case.id, title="Veel acties", kind="stedenband",
        organisation="", answered=0, total=1, open_actions=450, risk=case.overall_risk,
        modified=case.modified,
        actions=tuple(ActionSummary(f"Actie {n:03d}", "Piet", date(2027, 1, 1), "contact-role")
                      for n in range(450)))
    window.overview.today = lambda: TODAY
    window.overview.show_entries([summary])
    lines = _lines(window, "actions")
    batch = overview_panel.BATCH
    assert len(lines) == batch + 1
    more = lines[-1]
    assert more.data(TARGET_ROLE) is None and str(450 - batch) in more.data()
    assert window.overview.tree.isFirstColumnSpanned(more.row(), more.parent())
    _press_enter_on(qtbot, window, more)
    assert window.doc is None  # it opened nothing, it showed the rest
    lines = _lines(window, "actions")
    assert len(lines) == 450 and _texts(lines[-1])[0] == "Actie 449"
    assert window.overview.tree.currentIndex().data() == f"Actie {batch:03d}"


def test_the_watcher_compares_with_what_the_library_listed(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, register: dict[str, Path]) -> None:
    from chinacheck.ui.folder_watch import snapshot

    watch = window.library.watch
    assert watch._seen == snapshot(paths.cases_dir())
    assert not watch.check()  # the listing itself is no change
    with qtbot.waitSignal(window.library.listed, timeout=5000):
        register["trip"].unlink()  # removed by someone else
        assert watch.check()
    assert window.library.proxy.rowCount() == 1


def test_an_empty_library_says_how_to_begin_and_the_first_case_fills_the_overview(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    assert "Nog geen zaken" in window.overview.summary.text()
    assert window.overview.model.rowCount() == 0
    store.save_case(_trip(), paths.ensure_dir(paths.cases_dir()) / "reis.chinacheck")
    window.library.refresh()
    assert "1 zaken" in window.overview.summary.text()
    assert [_texts(i)[1] for i in _lines(window, "actions")] == ["Delegatie uit Guangdong"]
