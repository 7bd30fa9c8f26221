"""Pagination of long tables: pages filled as far as they go, a course's title never alone at
the foot of a page, the header repeated (laid out by Qt on A4, as in the PDF)."""

from __future__ import annotations

import pytest

from diary_app.exporters.report import layout, pages
from diary_app.exporters.report.blocks import Table, body_rows, group_row, head_row


@pytest.fixture(scope="module")
def body_height(measurer) -> float:
    return pages._Frame(measurer.device).body_height


def pieces(placed_pages) -> list[tuple[int, int]]:
    """(first, last) row numbers of each piece of the one table, page by page."""
    from PySide6.QtGui import QTextTable

    found, first = [], 0
    for page in placed_pages:
        for item in page:
            grid = next(f for f in item.document.rootFrame().childFrames() if isinstance(f, QTextTable))
            count = grid.rows() - 1  # one header row
            found.append((first, first + count))
            first += count
    return found


def courses_table(courses: int = 40, rows_each: int = 6) -> Table:
    """Courses of a title row and `rows_each` rows, some of them two lines tall."""
    rows, sticky = [], set()
    for number in range(courses):
        sticky.update((len(rows), len(rows) + 1))
        rows.append(group_row(f"<b>course {number}</b> · from 1 Jan 2020", 3))
        rows.extend(body_rows([[(f"weeks {12 * i + 1}–{12 * i + 12}", ""),
                                ("line one<br>line two" if (number + i) % 3 == 0 else "one line", ""), ("6.00", "num")]
                               for i in range(rows_each)]))
    return Table(head_row([("Period", ""), ("Note", ""), ("Rate", "num")], [30, 50, 20]), tuple(rows),
                 "<p>footnote</p>", frozenset(sticky))


def test_a_long_table_fills_each_page_and_loses_no_row(measurer, body_height):
    table = courses_table(60, 6)
    placed = layout.paginate([table], measurer, body_height, 0)
    found = pieces(placed)
    assert found[0][0] == 0 and found[-1][1] == len(table.rows)
    assert all(a[1] == b[0] for a, b in zip(found, found[1:]))  # none lost or repeated
    assert len(placed) > 2
    for first, last in found[:-1]:
        # one more row would not have fitted (unless it is held back with a title row)
        more = last + 1
        while more - 1 in table.sticky:
            more += 1
        assert measurer.height(table.html(first, more)) > body_height, (first, last)


def test_a_courses_title_row_never_ends_a_page(measurer, body_height):
    table = courses_table(60, 6)
    for first, last in pieces(layout.paginate([table], measurer, body_height, 0))[:-1]:
        assert last - 1 not in table.sticky, (first, last)
