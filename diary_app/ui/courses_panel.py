"""The course view: preventive courses on a timeline, and for the chosen one its outcome against
the original baseline and its continuation check.

The timeline's matplotlib canvas is built the first time the panel is shown, never at start-up.
A click on a band, or the course list, chooses the course; its administrations are listed under
it, to change or delete an injection or an infusion.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QTableView, QVBoxLayout,
    QWidget,
)

from diary_app.domain.catalogue import dose_unit
from diary_app.domain.models import Infusion, Injection
from diary_app.i18n import domain_text
from diary_app.ui.chart_style import chart_style
from diary_app.ui.course_outcomes import (
    CONTINUATION_NOTE, OUTCOME_NOTE, continuation_columns, continuation_rows, continuation_summary, course_title,
    outcome_columns, period_rows,
)
from diary_app.ui.numbers import shown_number
from diary_app.ui.qdates import short_date
from diary_app.ui.table_model import Column, RowsModel

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


def administrations_of_course(course: dict, injections: list[Injection], infusions: list[Infusion]) -> list:
    """The injections and infusions the summary lists as `course`'s administrations, by date."""
    name, dates = course["medication"].casefold(), set(course.get("administrations") or ())
    found = [i for i in injections if i.medication.name.casefold() == name and i.date.isoformat() in dates]
    found += [i for i in infusions if i.medication.name.casefold() == name and i.start.isoformat() in dates]
    return sorted(found, key=lambda item: item.date if isinstance(item, Injection) else item.start)


def administration_columns() -> list[Column]:
    def when(item) -> str:
        if isinstance(item, Injection):
            return short_date(item.date)
        return short_date(item.start) + (CoursesPanel.tr(" ({0} days)").format(item.days) if item.days > 1 else "")

    def dose(item) -> str:
        return "" if item.dose_mg is None else f"{shown_number(item.dose_mg)} {domain_text(dose_unit(item.medication))}"

    def kind(item) -> str:
        return CoursesPanel.tr("injection") if isinstance(item, Injection) else CoursesPanel.tr("infusion")

    return [Column(CoursesPanel.tr("Date"), when), Column(CoursesPanel.tr("Kind"), kind),
            Column(CoursesPanel.tr("Dose"), dose, True),
            Column(CoursesPanel.tr("Note"), lambda i: i.note if isinstance(i, Injection) else i.notes)]


class AdministrationsBox(QWidget):
    """The chosen course's injections and infusions; Edit and Delete ask for the chosen one."""

    edit_requested = Signal(object)  # an Injection or an Infusion
    delete_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = RowsModel(administration_columns(), self)
        self.table = FittedTable(self.model, self.tr("Administrations of the course"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.empty_label = QLabel(self.tr("None yet: a tablet course has no administrations."))
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addSpacing(8)
        layout.addWidget(heading(self.tr("Administrations")))
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.table.doubleClicked.connect(self._on_edit_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def set_items(self, items: list) -> None:
        self.model.set_rows(items)
        self.table.fit()
        self.table.setVisible(bool(items))
        self.empty_label.setVisible(not items)
        if items:
            self.table.selectRow(len(items) - 1)  # the latest
        self._on_selection_changed()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def select(self, row: int) -> None:
        self.table.selectRow(row)

    @Slot()
    def _on_selection_changed(self, *_args) -> None:
        chosen = self.selected()
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(chosen is not None)
        if isinstance(chosen, Infusion):
            self.edit_button.setText(self.tr("Edi&t infusion…"))
            self.delete_button.setText(self.tr("&Remove infusion…"))
        else:
            self.edit_button.setText(self.tr("Edi&t injection…"))
            self.delete_button.setText(self.tr("&Remove injection…"))

    @Slot()
    def _on_edit_clicked(self, *_args) -> None:
        if self.selected() is not None:
            self.edit_requested.emit(self.selected())

    @Slot()
    def _on_delete_clicked(self) -> None:
        if self.selected() is not None:
            self.delete_requested.emit(self.selected())


class CoursesPanel(QWidget):
    """Shows the summary's courses; the buttons ask the Treatments view to start, stop or add."""

    start_requested = Signal()
    stop_requested = Signal()
    injection_requested = Signal()
    infusion_requested = Signal()
    edit_requested = Signal()  # change the chosen course
    delete_requested = Signal()  # delete the chosen course

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.canvas = None
        self.artists: dict = {}
        self.courses: list[dict] = []
        self._injections: list[Injection] = []
        self._infusions: list[Infusion] = []
        self._today = dt.date.today()
        self._style = None
        self.start_button = QPushButton(self.tr("&Start course…"))
        self.stop_button = QPushButton(self.tr("St&op course…"))
        self.injection_button = QPushButton(self.tr("Add in&jection…"))
        self.infusion_button = QPushButton(self.tr("Add infusio&n…"))
        self.edit_button = QPushButton(self.tr("Ed&it course…"))
        self.delete_button = QPushButton(self.tr("De&lete course…"))
        self.administrations = AdministrationsBox()
        self.course_combo = QComboBox()
        self.course_combo.setAccessibleName(self.tr("Course shown below"))
        self.course_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome_model = RowsModel(outcome_columns(), self)
        self.outcome_table = FittedTable(self.outcome_model, self.tr("Course outcome against the baseline"),
                                         stretch_last=False)
        self.continuation_label = QLabel()
        self.continuation_label.setWordWrap(True)
        self.continuation_model = RowsModel(continuation_columns(), self)
        self.continuation_table = FittedTable(self.continuation_model, self.tr("Continuation check"))
        self._arrange()
        self.start_button.clicked.connect(self.start_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.injection_button.clicked.connect(self.injection_requested)
        self.infusion_button.clicked.connect(self.infusion_requested)
        self.edit_button.clicked.connect(self.edit_requested)
        self.delete_button.clicked.connect(self.delete_requested)
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
        note = QLabel(QCoreApplication.translate("CourseOutcomes", OUTCOME_NOTE))
        note.setWordWrap(True)
        aid = QLabel(QCoreApplication.translate("CourseOutcomes", CONTINUATION_NOTE))
        aid.setWordWrap(True)
        self.details = QWidget()  # hidden while there is no course to show
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.outcome_table, note, heading(self.tr("Continuation check")), self.continuation_label,
                       self.continuation_table, aid, self.administrations):
            details_layout.addWidget(widget)
        details_layout.insertSpacing(2, 8)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        self.timeline_box = QVBoxLayout()  # the canvas goes here when first shown
        page_layout.addLayout(self.timeline_box)
        page_layout.addWidget(heading(self.tr("Outcome against the original baseline")))
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label, 1)
        title_row.addWidget(self.edit_button)
        title_row.addWidget(self.delete_button)
        page_layout.addLayout(title_row)
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
    def show_courses(self, courses: list[dict], injections: list[Injection], infusions: list[Infusion],
                     today: dt.date) -> None:
        """The summary's courses (by start), with the injections and infusions of the diary."""
        chosen = self.selected_course()
        key = (chosen["medication"], chosen["start"]) if chosen else None
        self.courses, self._injections, self._infusions, self._today = list(courses), injections, infusions, today
        keys = [(c["medication"], c["start"]) for c in self.courses]
        self.course_combo.blockSignals(True)
        self.course_combo.clear()
        for course in self.courses:
            until = short_date(dt.date.fromisoformat(course["stop"])) if course["stop"] else self.tr("now")
            start = short_date(dt.date.fromisoformat(course["start"]))
            self.course_combo.addItem(f"{course['medication']} ({start} – {until})")
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

    def changeEvent(self, event) -> None:
        """A new theme: the timeline is drawn again in the palette's colours."""
        super().changeEvent(event)
        if event.type() in (event.Type.PaletteChange, event.Type.ApplicationPaletteChange):
            self._draw()

    def _draw(self) -> None:
        if self.canvas is None:
            return
        from diary_app.charts.course_timeline import draw_course_timeline
        from diary_app.exporters.chart_words import translated_chart_words

        self.canvas.setFixedHeight(timeline_height(len(self.courses)))
        injections = frozenset((i.medication.name.casefold(), i.date.isoformat()) for i in self._injections)
        self.artists = draw_course_timeline(self.canvas.figure, self.courses, self._today,
                                            selected=self.selected_index(), injections=injections,
                                            style=chart_style(self), words=translated_chart_words())
        self.canvas.draw_idle()

    def _show_selected(self) -> None:
        course = self.selected_course()
        self.title_label.setText(course_title(course, self._today) if course else self.tr(
            "No preventive course yet. Start one with “Start course…”; an injection or a preventive infusion "
            "starts one too."))
        self.details.setVisible(course is not None)
        self.edit_button.setEnabled(course is not None)
        self.delete_button.setEnabled(course is not None)
        self.administrations.set_items(administrations_of_course(course, self._injections, self._infusions)
                                       if course else [])
        self.outcome_model.set_rows(period_rows(course))
        self.outcome_table.fit()
        check = course.get("continuation") if course else None
        self.continuation_label.setText(continuation_summary(check) if course else "")
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
