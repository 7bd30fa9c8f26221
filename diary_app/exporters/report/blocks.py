"""The pieces the report's body is made of (text, tables that may continue on the next page, the
chart) and the small builders of Qt rich text its sections share: cells, striped rows, widths.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Text:
    """Rich text placed whole; a heading keeps with the start of the next block and has
    space above it (except at the top of a page)."""

    html: str
    keep_with_next: bool = False
    space_before_mm: float = 0.0  # dropped at the top of a page


@dataclass(frozen=True)
class Table:
    """A grid that may continue on the next page; its header rows repeat there."""

    head: str  # "<tr>...</tr>" header rows
    rows: tuple[str, ...]  # one "<tr>...</tr>" each, zebra class already set
    after: str = ""  # a footnote that stays with the last rows
    sticky: frozenset[int] = frozenset()  # rows a page never ends after (a course's title, its first rows)
    dense: bool = False  # smaller type, for a table of many columns

    def html(self, first: int = 0, last: int | None = None) -> str:
        body = "".join(self.rows[first:last])
        tail = self.after if last is None or last >= len(self.rows) else ""
        kind = "grid dense" if self.dense else "grid"
        return f'<table class="{kind}" width="100%" cellspacing="0"><thead>{self.head}</thead>{body}</table>{tail}'


@dataclass(frozen=True)
class Chart:
    """The trend chart, as tall as the text width allows for `height_mm`."""

    height_mm: float


Block = Text | Table | Chart
SECTION_GAP_MM = 4.5  # above a heading


def heading(title: str) -> Text:
    return Text(f"<h2>{title}</h2>", keep_with_next=True, space_before_mm=SECTION_GAP_MM)


def footnote(text: str) -> str:
    return f'<p class="small muted">{text}</p>'


def cell(tag: str, text: str, klass: str = "", width: int | None = None, span: str = "") -> str:
    attrs = f' class="{klass}"' if klass else ""
    attrs += f' width="{width}%"' if width else ""
    attrs += span
    if "align=" not in span:
        kinds = klass.split()
        attrs += ' align="right"' if "num" in kinds else ' align="center"' if "mid" in kinds else ' align="left"'
    return f"<{tag}{attrs}>{text}</{tag}>"


def body_rows(rows: list[list[tuple[str, str]]]) -> tuple[str, ...]:
    """Body rows from (html, css class) cells, striped."""
    return tuple(
        f'<tr class="{"odd" if i % 2 else "even"}">' + "".join(cell("td", text, klass) for text, klass in row) + "</tr>"
        for i, row in enumerate(rows)
    )


def percentages(weights: list[float]) -> list[int]:
    """Column widths in percent of the table, in proportion to `weights`, adding up to 100 (the
    points lost to rounding go to the columns that lost the most)."""
    total = sum(weights)
    exact = [weight * 100 / total for weight in weights]
    widths = [int(value) for value in exact]
    by_loss = sorted(range(len(weights)), key=lambda i: widths[i] - exact[i])
    for i in by_loss[: 100 - sum(widths)]:
        widths[i] += 1
    return widths


def breakable(text: str, longest: int = 12) -> str:
    """Long words (drug names) may break with a hyphen in a narrow column rather than anywhere."""
    return " ".join(
        "&shy;".join(word[i:i + 7] for i in range(0, len(word), 7)) if len(word) > longest and "&" not in word else word
        for word in text.split(" ")
    )


def head_row(headers: list[tuple[str, str]], widths: list[int]) -> str:
    return "<tr>" + "".join(cell("th", text, klass, width) for (text, klass), width in zip(headers, widths)) + "</tr>"


def facts(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f'<tr><td class="key" width="27%">{key}</td><td>{value}</td></tr>' for key, value in rows)
    return f'<table class="facts" width="100%" cellspacing="0">{cells}</table>'


def group_row(html: str, columns: int) -> str:
    """A row across the whole table that names the rows under it (one course of a table of courses)."""
    return f'<tr class="group"><td colspan="{columns}" align="left">{html}</td></tr>'



def note_row(html: str, columns: int) -> str:
    """A plain row across the whole table: why a course has no figures."""
    return f'<tr class="even"><td colspan="{columns}" align="left">{html}</td></tr>'
