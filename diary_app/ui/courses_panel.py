"""The course view: preventive courses on a timeline, and for the chosen one its outcome against
the original baseline and its continuation check.

The timeline's matplotlib canvas is built the first time the panel is shown, never at start-up.
A click on a band, or the course list, chooses the course.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QTableView, QVBoxLayout,
    QWidget,
)

from diary_app.ui.chart_style import chart_style
from diary_app.ui.course_outcomes import (
    CONTINUATION_NOTE, OUTCOME_NOTE, continuation_columns, continuation_rows, continuation_summary, course_title,
    outcome_columns, period_rows,
)
from diary_app.ui.table_model import RowsModel

ROW_HEIGHT = 26


def timeline_height(count: int) -> int:
    """Pixels for the timeline: the axis, the legend and a row per course (8 courses fit in 330)."""
    return max(150, min(330, 96 + 30 * max(count, 1)))


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class FittedTable(QTableView):
    """A read-only table exactly as tall as its rows (the panel scrolls, not the table); a
    horizontal scroll bar only when the window is too narrow for the columns."""

    def __init__(self, model: RowsModel, name: str, stretch_last: bool = True):
        super().__init__()
        self._stretch = stretch_last
        self.setModel(model)
        self.setAccessibleName(name)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.setAlternatingRowColors(True)
        self.horizontalHeader().setStretchLastSection(stretch_last)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._needed = 0

    def fit(self) -> None:
        """Columns to their contents, then the height to the rows."""
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        last = header.count() - 1  # (stretched to the width: count what it needs)
        self._needed = sum(header.sectionSize(c) for c in range(last)) + max(
            self.sizeHintForColumn(last), header.sectionSizeHint(last))
        if not self._stretch:  # as wide as the columns, no wider
            self.setMaximumWidth(self._needed + 2 * self.frameWidth())
        self._fit_height()

    def _fit_height(self) -> None:
        frame = 2 * self.frameWidth()
        scroll = self.horizontalScrollBar().sizeHint().height() if self._needed > self.width() - frame else 0
        rows = max(self.model().rowCount(), 1)
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + ROW_HEIGHT * rows + frame + scroll)

    def resizeEvent(self, event) -> None:
        if self._stretch and event.size().width() != event.oldSize().width():  # let the last column shrink first
            header = self.horizontalHeader()
            last = header.count() - 1
            header.setStretchLastSection(False)
            header.resizeSection(last, max(self.sizeHintForColumn(last), header.sectionSizeHint(last)))
            header.setStretchLastSection(True)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()


class CoursesPanel(QWidget):
    """Shows the summary's courses; the buttons ask the Treatments view to start, stop or add."""

    start_requested = Signal()
    stop_requested = Signal()
    injection_requested = Signal()
    infusion_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.canvas = None
        self.artists: dict = {}
        self.courses: list[dict] = []
        self._injections: frozenset = frozenset()
        self._today = dt.date.today()
        self._style = None
        self.start_button = QPushButton(self.tr("&Start course…"))
        self.stop_button = QPushButton(self.tr("St&op course…"))
        self.injection_button = QPushButton(self.tr("Add in&jection…"))
        self.infusion_button = QPushButton(self.tr("Add infusio&n…"))
        self.course_combo = QComboBox()
        self.course_combo.setAccessibleName(self.tr("Course shown below"))
        self.course_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome_model = RowsModel(outcome_columns(self.tr), self)
        self.outcome_table = FittedTable(self.outcome_model, self.tr("Course outcome against the baseline"),
                                         stretch_last=False)
        self.continuation_label = QLabel()
        self.continuation_label.setWordWrap(True)
        self.continuation_model = RowsModel(continuation_columns(self.tr), self)
        self.continuation_table = FittedTable(self.continuation_model, self.tr("Continuation check"))
        self._arrange()
        self.start_button.clicked.connect(self.start_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.injection_button.clicked.connect(self.injection_requested)
        self.infusion_button.clicked.connect(self.infusion_requested)
        self.course_combo.currentIndexChanged.connect(self._on_course_combo_changed)

    def _arrange(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.start_button, self.stop_button, self.injection_button, self.infusion_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        chooser = QLabel(self.tr("&Course:"))
        chooser.setBuddy(self.course_combo)
        buttons.addWidget(chooser)
        buttons.addWidget(self.course_combo)
        note = QLabel(self.tr(OUTCOME_NOTE))
        note.setWordWrap(True)
        aid = QLabel(self.tr(CONTINUATION_NOTE))
        aid.setWordWrap(True)
        self.details = QWidget()  # hidden while there is no course to show
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.outcome_table, note, heading(self.tr("Continuation check")), self.continuation_label,
                       self.continuation_table, aid):
            details_layout.addWidget(widget)
        details_layout.insertSpacing(2, 8)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        self.timeline_box = QVBoxLayout()  # the canvas goes here when first shown
        page_layout.addLayout(self.timeline_box)
        page_layout.addWidget(heading(self.tr("Outcome against the original baseline")))
        page_layout.addWidget(self.title_label)
        page_layout.addWidget(self.details)
        page_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(scroll, 1)

    # -- public -------------------------------------------------------------------------
    def show_courses(self, courses: list[dict], injections: frozenset, today: dt.date) -> None:
        """The summary's courses (by start) and the (name, ISO date) of injections among their administrations."""
        chosen = self.selected_course()
        key = (chosen["medication"], chosen["start"]) if chosen else None
        self.courses, self._injections, self._today = list(courses), injections, today
        keys = [(c["medication"], c["start"]) for c in self.courses]
        self.course_combo.blockSignals(True)
        self.course_combo.clear()
        for course in self.courses:
            until = course["stop"] or self.tr("now")
            self.course_combo.addItem(f"{course['medication']} ({course['start']} – {until})")
        running = [i for i, c in enumerate(self.courses) if not c.get("stop")]
        index = keys.index(key) if key in keys else (running[-1] if running else len(self.courses) - 1)
        self.course_combo.setCurrentIndex(index)
        self.course_combo.setEnabled(bool(self.courses))
        self.course_combo.blockSignals(False)
        self.stop_button.setEnabled(bool(running))
        self._show_selected()

    def selected_index(self) -> int | None:
        index = self.course_combo.currentIndex()
        return index if 0 <= index < len(self.courses) else None

    def selected_course(self) -> dict | None:
        index = self.selected_index()
        return None if index is None else self.courses[index]

    def select(self, index: int) -> None:
        self.course_combo.setCurrentIndex(index)

    # -- drawing ------------------------------------------------------------------------
    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        import matplotlib

        matplotlib.use("QtAgg")
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.canvas = FigureCanvasQTAgg(Figure(figsize=(8, 2.5), layout="constrained"))
        self.canvas.setAccessibleName(self.tr("Preventive courses timeline"))
        self.canvas.mpl_connect("pick_event", self._on_canvas_pick)
        self.timeline_box.insertWidget(0, self.canvas)
        self._draw()

    def _draw(self) -> None:
        if self.canvas is None:
            return
        from diary_app.charts.course_timeline import draw_course_timeline

        self.canvas.setFixedHeight(timeline_height(len(self.courses)))
        self.artists = draw_course_timeline(self.canvas.figure, self.courses, self._today,
                                            selected=self.selected_index(), injections=self._injections,
                                            style=chart_style(self))
        self.canvas.draw_idle()

    def _show_selected(self) -> None:
        course = self.selected_course()
        self.title_label.setText(course_title(course, self._today) if course else self.tr(
            "No preventive course yet. Start one with “Start course…”; an injection or a preventive infusion "
            "starts one too."))
        self.details.setVisible(course is not None)
        self.outcome_model.set_rows(period_rows(course))
        self.outcome_table.fit()
        check = course.get("continuation") if course else None
        self.continuation_label.setText(self.tr(continuation_summary(check)) if course else "")
        self.continuation_model.set_rows(continuation_rows(check))
        self.continuation_table.fit()
        self._draw()

    # -- handlers -----------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._ensure_canvas()

    @Slot(int)
    def _on_course_combo_changed(self, _index: int) -> None:
        self._show_selected()

    def _on_canvas_pick(self, event) -> None:
        bands = self.artists.get("bands", [])
        if event.artist in bands:
            self.select(bands.index(event.artist))
