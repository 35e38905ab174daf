"""DOCX floor: python-docx writing the same paragraphs and tables, plainly.

The structure (every paragraph's text and style name, every table's cells) is read back from
ChinaCheck's own document, so that the floor writes the same text in the same number of
paragraphs, tables and rows; ChinaCheck's own cost on top is what makes the document right:
text cleaned of characters XML forbids, east-Asian fonts and right-to-left marks on every run,
bold captions, shaded header rows that repeat, fixed column widths, page fields, the styles.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

import docx


@dataclass
class Shape:
    paragraphs: list[tuple[str, str]]  # (style name, text), body paragraphs
    tables: list[list[list[str]]]  # per table, per row, each cell's text


def shape_of(data: bytes) -> Shape:
    document = docx.Document(io.BytesIO(data))
    paragraphs = [(p.style.name if p.style is not None else "Normal", p.text)
                  for p in document.paragraphs]
    tables = [[[cell.text for cell in row.cells] for row in table.rows]
              for table in document.tables]
    return Shape(paragraphs, tables)


def floor_writer(shape: Shape) -> Callable[[], bytes]:
    def write() -> bytes:
        document = docx.Document()
        for style, text in shape.paragraphs:
            document.add_paragraph(text, style=style if style.startswith("Heading") else None)
        for rows in shape.tables:
            table = document.add_table(rows=0, cols=len(rows[0]))
            for row in rows:
                for cell, text in zip(table.add_row().cells, row, strict=True):
                    cell.text = text
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

    return write
