"""Placing the report's blocks on pages: each block is measured as its own QTextDocument, a
table continues on the next page with its header repeated, a heading (or a course's title row)
never ends a page, and words break only between them (a column grows to its longest word).

We paginate ourselves rather than let one paginated QTextDocument do it: Qt leaves a line
across the page break after some tables, and we need the chart's box and keep-with-next.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from diary_app.exporters.report import html, style

MIN_TABLE_ROWS = 2  # a table starting at the foot of a page shows at least this many rows there
RECENT_DOCUMENTS = 4  # laid-out documents the measurer keeps
GUESS_MARGIN = 0.02  # a row guessed not to fit is tried anyway when the guess misses by less than this


@dataclass
class Placed:
    """One piece on a page: a laid-out document, or the chart box, `top` below the body's top."""

    top: float
    height: float
    document: object = None  # QTextDocument
    chart: bool = False
    offset: float = 0.0  # where this piece starts within a document taller than a page


@dataclass
class Pages:
    height: float  # of the body area
    pages: list[list[Placed]] = field(default_factory=lambda: [[]])
    used: float = 0.0

    def room(self) -> float:
        return self.height - self.used

    def fresh(self) -> bool:
        return not self.pages[-1]

    def new_page(self) -> None:
        if not self.fresh():
            self.pages.append([])
            self.used = 0.0

    def place(self, item: Placed) -> None:
        item.top = self.used
        self.pages[-1].append(item)
        self.used += item.height


class Measurer:
    """Makes QTextDocuments of the text width on the paint device and tells their heights."""

    def __init__(self, device, width: float, font):
        self.device = device
        self.width = width
        self.font = font
        self._recent: dict[str, object] = {}

    def mm(self, millimetres: float) -> float:
        return millimetres / 25.4 * self.device.resolution()

    def document(self, text: str):
        """The text laid out at the body's width; words break only between them (a table column
        grows to its longest word) unless that would make it wider than the page. The last few
        are kept: a table piece is measured, then placed."""
        found = self._recent.get(text)
        if found is None:
            found = self._recent[text] = self.fresh(text)
            while len(self._recent) > RECENT_DOCUMENTS:
                del self._recent[next(iter(self._recent))]
        return found

    def fresh(self, text: str):
        """A new layout of the text, not kept (a whole long table, measured once)."""
        from PySide6.QtGui import QTextDocument, QTextOption

        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDefaultFont(self.font)
        doc.setDefaultStyleSheet(style.STYLE_SHEET)
        doc.setDocumentMargin(0)
        doc.setTextWidth(self.width)
        doc.setDefaultTextOption(_wrapping(QTextOption.WrapMode.WordWrap))
        doc.setHtml(text)
        if doc.idealWidth() > self.width * 1.002:  # a word too long for its column: break it rather than clip
            doc.setDefaultTextOption(_wrapping(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere))
            doc.setHtml(text)
        return doc

    def height(self, text: str) -> float:
        return self.document(text).size().height()


def _wrapping(mode):
    from PySide6.QtGui import QTextOption

    option = QTextOption()
    option.setWrapMode(mode)
    return option


def paginate(blocks: list, measurer: Measurer, body_height: float, chart_height: float) -> list[list[Placed]]:
    """The blocks on pages, in order; every page but the last is filled as far as it goes."""
    pages = Pages(body_height)
    for index, block in enumerate(blocks):
        if isinstance(block, html.Table):
            _place_table(block, measurer, pages)
        elif isinstance(block, html.Chart):
            if chart_height > pages.room():
                pages.new_page()
            pages.place(Placed(0, chart_height, chart=True))
        else:
            doc = measurer.document(block.html)
            height = doc.size().height()
            gap = measurer.mm(block.space_before_mm)
            need = gap + height + (_kept_with(blocks, index + 1, measurer, chart_height) if block.keep_with_next else 0)
            if need > pages.room():
                pages.new_page()
            if not pages.fresh():
                pages.used += gap
            _place_text(doc, height, pages)
    return pages.pages


def _place_text(doc, height: float, pages: Pages) -> None:
    """Whole when it fits; a text taller than a page continues on the next, cut between lines."""
    offset = 0.0
    while True:
        if height - offset <= pages.room():
            pages.place(Placed(0, height - offset, doc, offset=offset))
            return
        cut = _last_line_end(doc, offset, offset + pages.room())
        pages.place(Placed(0, cut - offset, doc, offset=offset))
        pages.new_page()
        offset = cut


def _last_line_end(doc, start: float, limit: float) -> float:
    """The lowest line bottom in (start, limit], or limit when no line ends there."""
    best = None
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        top = doc.documentLayout().blockBoundingRect(block).top()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            bottom = top + line.y() + line.height()
            if start < bottom <= limit and (best is None or bottom > best):
                best = bottom
        block = block.next()
    return best if best is not None else limit


def _kept_with(blocks: list, index: int, measurer: Measurer, chart_height: float) -> float:
    """The height that must follow a keep-with-next block on its page: the next block's first
    piece, and on through a chain of keep-with-next texts (a heading, its lead-in, its table)."""
    total = 0.0
    while index < len(blocks):
        block = blocks[index]
        if isinstance(block, (html.Table, html.Chart)) or not block.keep_with_next:
            return total + _first_piece(block, measurer, chart_height)
        total += measurer.mm(block.space_before_mm) + measurer.height(block.html)
        index += 1
    return total


def _first_piece(block, measurer: Measurer, chart_height: float) -> float:
    """How much of `block` must share a page with the heading above it."""
    if block is None:
        return 0.0
    if isinstance(block, html.Chart):
        return chart_height
    if isinstance(block, html.Table):  # up to the first place the table may break: sticky rows stay together
        rows = MIN_TABLE_ROWS
        while rows < len(block.rows) and rows - 1 in block.sticky:
            rows += 1
        return measurer.height(block.html(0, rows))
    return measurer.height(block.html)


def _place_table(table, measurer: Measurer, pages: Pages) -> None:
    first = 0
    rows = _RowTops(table, measurer) if len(table.rows) > MIN_TABLE_ROWS else None
    while first < len(table.rows):
        last = _rows_that_fit(table, first, measurer, pages.room(), rows)
        while first < last < len(table.rows) and last - 1 in table.sticky:
            last -= 1  # a course's title row goes over with the rows it names
        wanted = min(MIN_TABLE_ROWS, len(table.rows) - first)
        if last - first < wanted and not pages.fresh():
            pages.new_page()
            continue
        last = max(last, first + 1)  # a row taller than a page is cut off rather than loop for ever
        doc = measurer.document(table.html(first, last))
        pages.place(Placed(0, doc.size().height(), doc))
        first = last
        if first < len(table.rows):
            pages.new_page()


class _RowTops:
    """Where each row of a table starts, from one layout of the whole table, to guess how many
    rows fit in a height without laying out every candidate piece."""

    def __init__(self, table, measurer: Measurer):
        from PySide6.QtGui import QTextTable

        doc = measurer.fresh(table.html())
        grid = next(frame for frame in doc.rootFrame().childFrames() if isinstance(frame, QTextTable))
        layout = doc.documentLayout()
        box = layout.frameBoundingRect(grid)
        heads = grid.rows() - len(table.rows)
        tops = [layout.blockBoundingRect(grid.cellAt(row, 0).firstCursorPosition().block()).top()
                for row in range(heads, grid.rows())]
        self.tops = tops + [box.bottom()]
        self.head = tops[0]  # all above the first row (the header rows), repeated on every piece
        self.tail = doc.size().height() - box.bottom()  # the footnote under the last rows

    def height(self, first: int, last: int) -> float:
        tail = self.tail if last == len(self.tops) - 1 else 0.0
        return self.head + self.tops[last] - self.tops[first] + tail


def _rows_that_fit(table, first: int, measurer: Measurer, room: float, rows: _RowTops | None = None) -> int:
    """The largest `last` with rows[first:last] (and the header) within `room`: guessed from the
    row positions (a guess errs by well under 1%; more when the whole table's columns are wider, so
    the first MIN_TABLE_ROWS are always laid out), then checked by laying out the piece."""
    count = len(table.rows)
    last = first if rows is not None else count
    while rows is not None and last < count and rows.height(first, last + 1) <= room:
        last += 1
    while last > first and measurer.height(table.html(first, last)) > room:
        last -= 1
    while (last < count and (rows is None or rows.height(first, last + 1) <= room * (1 + GUESS_MARGIN)
                             or last + 1 - first <= MIN_TABLE_ROWS)  # what a heading above was promised
           and measurer.height(table.html(first, last + 1)) <= room):
        last += 1
    return last
