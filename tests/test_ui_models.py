"""The item models behind the views, checked with pytest-qt's model tester."""

from __future__ import annotations

from pathlib import Path

from chinacheck.case.examples import example_case
from chinacheck.case.model import Counterpart
from chinacheck.guidance.content import load
from chinacheck.storage import library, store
from chinacheck.ui.checklist_model import ChecklistModel, OpenItemsFilter
from chinacheck.ui.document import CaseDocument
from chinacheck.ui.library_model import LibraryFilter, LibraryModel
from chinacheck.ui.record_model import Column, RecordTableModel
from chinacheck.ui.technology_model import TechnologyFilter, TechnologyModel


def test_library_model(qtmodeltester, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store.save_case(example_case(), tmp_path / "a.chinacheck")
    (tmp_path / "b.chinacheck").write_text("{", encoding="utf-8")
    model = LibraryModel(load())
    model.set_entries(library.list_cases(tmp_path))
    qtmodeltester.check(model)
    proxy = LibraryFilter()
    proxy.setSourceModel(model)
    proxy.set_text("zwolle")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1


def test_technology_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = TechnologyModel(load())
    qtmodeltester.check(model)
    assert model.rowCount() == 12
    proxy = TechnologyFilter(load())
    proxy.setSourceModel(model)
    proxy.set_text("chips")
    qtmodeltester.check(proxy)


def test_checklist_and_record_models(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    doc = CaseDocument(example_case())
    model = ChecklistModel(load(), doc)
    qtmodeltester.check(model)
    proxy = OpenItemsFilter()
    proxy.setSourceModel(model)
    proxy.set_only_open(True)
    qtmodeltester.check(proxy)
    records = RecordTableModel(doc, lambda c, _create: c.counterparts,
                               [Column("Naam", "name"), Column("Organisatie", "organisation")],
                               lambda: Counterpart(""), "Gesprekspartner")
    qtmodeltester.check(records)
    assert records.rowCount() == 2


def test_checklist_rows_lead_with_the_numbers_the_paper_checklist_prints() -> None:
    """Answers written on the printed meeting checklist are entered by its numbers."""
    from pdftools import text

    from chinacheck.case.model import Case
    from chinacheck.reports.blank_checklist import render_blank_checklist

    content = load()
    model = ChecklistModel(content, CaseDocument(Case(title="Reis", kind="reis-uitgaand")))
    shown = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            number, label = str(model.index(r, 0, group).data()).split("  ", 1)
            shown.append((number, label.removesuffix(" ★")))
    assert shown[:2] == [("1.1", "Eigen doelen helder"), ("1.2", shown[1][1])]
    paper = " ".join(text(render_blank_checklist("reis-uitgaand").data).split())
    for number, label in shown:
        assert f"{number} · {label}" in paper
