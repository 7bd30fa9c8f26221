"""Trends: monthly migraine days with infusion markers and preventive courses shaded behind
(and, if asked, the MIDAS and HIT-6 scores), and before/after per preventive infusion.

matplotlib is imported the first time the view is shown, never at start-up. A change to
the diary updates the bars in place when the months shown are the same.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QToolTip, QVBoxLayout, QWidget,
)

from diary_app.domain.questionnaires import KIND_LABELS
from diary_app.ui.chart_style import chart_style
from diary_app.ui.chart_table import (
    ChartTable, before_after_columns, before_after_rows, classification_words, shown_month, table_toggle, trend_columns,
)
from diary_app.ui.numbers import one_decimal, shown_number
from diary_app.ui.qdates import short_date

RECENT_MONTHS = 12


def describe_month(month: dict) -> str:
    """The exact numbers of one month, as the hover shows them."""
    return TrendsView.tr("{0}: {1} migraine days, {2} headache days, {3} of {4} days recorded — {5}").format(
        shown_month(month["month"]), month["migraine_days"], month["headache_days"], month["recorded_days"],
        month["days_in_month"], classification_words(month["classification"]))


def questionnaire_scores(found: dict) -> dict[str, dict[str, int]]:
    """The summary's "questionnaires" as the chart takes them: {"MIDAS score": {"YYYY-MM": score}};
    of two in one month, the later one."""
    scores = {}
    for kind, items in found.items():
        if items:
            name = TrendsView.tr("{0} score").format(KIND_LABELS.get(kind, kind))
            scores[name] = {item["date"][:7]: item["score"] for item in items}
    return scores


def course_spans(courses: list[dict], today: dt.date) -> list[tuple[str, dt.date, dt.date]]:
    """The summary's courses as the chart shades them: (generic name, first day, stop or today)."""
    return [(c["medication"], dt.date.fromisoformat(c["start"]),
             dt.date.fromisoformat(c["stop"]) if c.get("stop") else today) for c in courses]


def _lay_out_only_when_needed(canvas) -> None:
    """Constrained layout costs half of every draw: run it after a resize or a new drawing,
    then keep the positions, so a data change only repaints the bars."""
    figure = canvas.figure
    canvas.mpl_connect("draw_event", lambda _event: figure.set_layout_engine("none"))
    canvas.mpl_connect("resize_event", lambda _event: figure.set_layout_engine("constrained"))


class TrendsView(QWidget):
    """Reads the whole-diary summary only while shown; redraws with `draw_idle`."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.trend_canvas = None
        self.outcome_canvas = None
        self.trend_artists: dict = {}
        self.outcome_artists: dict = {}
        self._all_months: list[dict] = []
        self._outcomes: list[dict] = []
        self._shown_key: tuple | None = None
        self._shown_outcome: dict | None = None
        self._stale = True
        self.from_combo = QComboBox()
        self.from_combo.setAccessibleName(self.tr("First month"))
        self.to_combo = QComboBox()
        self.to_combo.setAccessibleName(self.tr("Last month"))
        self.recent_button = QPushButton(self.tr("Last &12 months"))
        self.all_button = QPushButton(self.tr("&All"))
        self.headache_box = QCheckBox(self.tr("Sho&w headache days"))
        self.headache_box.setChecked(True)
        self.rolling_box = QCheckBox(self.tr("Show rolling &28-day rate"))
        self.rolling_box.setToolTip(self.tr("Migraine days in the 28 days up to each day, scaled by the days "
                                            "recorded; a gap where fewer than 14 were recorded"))
        self.rolling_box.setChecked(True)
        self._rolling: list[dict] = []
        self._courses: list[tuple] = []
        self.scores_box = QCheckBox(self.tr("Show &MIDAS / HIT-6 scores"))
        self.scores_box.setToolTip(self.tr("Questionnaire scores on a second axis, in the month they were answered"))
        self._scores: dict[str, dict[str, int]] = {}
        self.hover_label = QLabel(self.tr("Point at a month to see its numbers."))
        self.hover_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.infusion_combo = QComboBox()
        self.infusion_combo.setAccessibleName(self.tr("Infusion for the before/after chart"))
        self.infusion_combo.setMinimumContentsLength(28)
        self.outcome_label = QLabel()
        self.outcome_label.setWordWrap(True)
        self.trend_table = ChartTable(trend_columns(), self.tr("Monthly migraine days, as a table"))
        self.trend_table_button = table_toggle(self.tr("Show as table"))
        self.trend_table_button.setAccessibleName(self.tr("Show the monthly chart as a table"))
        self.outcome_table = ChartTable(before_after_columns(), self.tr("Before and after, as a table"))
        self.outcome_table_button = table_toggle(self.tr("Show as table"))
        self.outcome_table_button.setAccessibleName(self.tr("Show the before and after chart as a table"))
        self._arrange()
        self.trend_table_button.toggled.connect(self._on_table_toggled)
        self.outcome_table_button.toggled.connect(self._on_table_toggled)
        self._on_table_toggled()
        self.from_combo.currentIndexChanged.connect(self._on_range_changed)
        self.to_combo.currentIndexChanged.connect(self._on_range_changed)
        self.recent_button.clicked.connect(self.show_recent)
        self.all_button.clicked.connect(self.show_all)
        self.headache_box.toggled.connect(self._on_range_changed)
        self.scores_box.toggled.connect(self._on_range_changed)
        self.rolling_box.toggled.connect(self._on_range_changed)
        self.infusion_combo.currentIndexChanged.connect(self._on_infusion_changed)
        session.days_changed.connect(self._on_session_changed)
        session.infusions_changed.connect(self._on_session_changed)
        session.courses_changed.connect(self._on_session_changed)
        session.questionnaires_changed.connect(self._on_session_changed)

    def _arrange(self) -> None:
        # the range on one row, what the chart shows on a second: together they fit a 1280x720 screen at 150%
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("From")))
        controls.addWidget(self.from_combo)
        controls.addWidget(QLabel(self.tr("to")))
        controls.addWidget(self.to_combo)
        controls.addWidget(self.recent_button)
        controls.addWidget(self.all_button)
        controls.addStretch(1)
        controls.addWidget(self.trend_table_button)
        shown = QHBoxLayout()
        shown.addWidget(self.headache_box)
        shown.addWidget(self.rolling_box)
        shown.addWidget(self.scores_box)
        shown.addStretch(1)
        self.trend_box = QWidget()
        trend_layout = QVBoxLayout(self.trend_box)
        trend_layout.setContentsMargins(0, 0, 0, 0)
        trend_layout.addLayout(controls)
        trend_layout.addLayout(shown)
        trend_layout.addWidget(self.hover_label)
        trend_layout.addWidget(self.trend_table, 1)
        self.outcome_box = QGroupBox(self.tr("Before and after a preventive infusion (cycle view: "
                                            "the 28 days before it)"))
        outcome_layout = QVBoxLayout(self.outcome_box)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("&Infusion:")))
        row.itemAt(0).widget().setBuddy(self.infusion_combo)
        row.addWidget(self.infusion_combo)
        row.addWidget(self.outcome_label, 1)
        row.addWidget(self.outcome_table_button)
        outcome_layout.addLayout(row)
        outcome_layout.addWidget(self.outcome_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.trend_box)
        self.splitter.addWidget(self.outcome_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([460, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def _ensure_canvases(self) -> None:
        """Build the matplotlib canvases on first show (keeps start-up free of matplotlib)."""
        if self.trend_canvas is not None:
            return
        import matplotlib

        matplotlib.use("QtAgg")
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.trend_canvas = FigureCanvasQTAgg(Figure(figsize=(8, 4), layout="constrained"))
        _lay_out_only_when_needed(self.trend_canvas)
        self.trend_canvas.setMinimumHeight(260)
        self.trend_canvas.setAccessibleName(self.tr("Monthly migraine days chart"))
        self.trend_canvas.mpl_connect("motion_notify_event", self._on_trend_canvas_motion)
        self.trend_canvas.mpl_connect("resize_event", self._on_trend_canvas_resize)
        self.trend_box.layout().addWidget(self.trend_canvas, 1)
        self.outcome_canvas = FigureCanvasQTAgg(Figure(figsize=(6, 3), layout="constrained"))
        _lay_out_only_when_needed(self.outcome_canvas)
        self.outcome_canvas.setMinimumHeight(200)
        self.outcome_canvas.setAccessibleName(self.tr("Before and after chart"))
        self.outcome_box.layout().addWidget(self.outcome_canvas, 1)
        self._on_table_toggled()

    @Slot()
    def warm_up(self) -> None:
        """Load matplotlib and its fonts once the window is on screen, so the first visit to
        the trends is quick; start-up itself never pays for it."""
        self._ensure_canvases()
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        figure = Figure(figsize=(1, 1))
        figure.add_subplot().set_title("0123")
        FigureCanvasAgg(figure).draw()

    def _style(self):
        return chart_style(self)

    def changeEvent(self, event) -> None:
        """A new theme: both charts are drawn again in the palette's colours."""
        super().changeEvent(event)
        changed = event.type() in (event.Type.PaletteChange, event.Type.ApplicationPaletteChange)
        if changed and self.trend_canvas is not None and not self._stale:
            self._shown_key, self.outcome_artists = None, None
            self._redraw()
            self._draw_outcome()

    # -- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the summary again and redraw what the range selects."""
        self._ensure_canvases()
        summary = self.session.summary()
        chosen = (self.from_combo.currentData(), self.to_combo.currentData())
        first_time = not self._all_months
        self._all_months = summary["months"]
        names = [m["month"] for m in self._all_months]
        for combo in (self.from_combo, self.to_combo):
            combo.blockSignals(True)
            combo.clear()
            for name in names:
                combo.addItem(shown_month(name), name)
            combo.blockSignals(False)
        if first_time or chosen[0] not in names or chosen[1] not in names:
            self._select_range(max(0, len(names) - RECENT_MONTHS), len(names) - 1)
        else:
            self._select_range(names.index(chosen[0]), names.index(chosen[1]))
        self._outcomes = [o for o in summary["infusions"] if o["kind"] == "preventive"]
        self._scores = questionnaire_scores(summary.get("questionnaires") or {})
        self._rolling = summary.get("rolling_28_day_rate") or []
        self._courses = course_spans(summary.get("courses") or [], self.session.today())
        self.scores_box.setEnabled(bool(self._scores))
        self.scores_box.setStatusTip("" if self._scores else self.tr("No MIDAS or HIT-6 in this diary yet."))
        self._fill_infusions()
        self._stale = False
        self._redraw()
        self._draw_outcome()

    def shown_months(self) -> list[dict]:
        first, last = self.from_combo.currentIndex(), self.to_combo.currentIndex()
        if first < 0 or last < 0:
            return []
        if first > last:
            first, last = last, first
        return self._all_months[first:last + 1]

    def _select_range(self, first: int, last: int) -> None:
        for combo, index in ((self.from_combo, first), (self.to_combo, last)):
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)

    def _fill_infusions(self) -> None:
        current = self.infusion_combo.currentData()
        self.infusion_combo.blockSignals(True)
        self.infusion_combo.clear()
        for i, outcome in enumerate(self._outcomes):
            dose = f" {shown_number(outcome['dose_mg'])} mg" if outcome.get("dose_mg") else ""
            start = short_date(dt.date.fromisoformat(outcome["start"]))
            self.infusion_combo.addItem(f"{start} – {outcome['medication']}{dose}", outcome["start"])
        found = self.infusion_combo.findData(current)
        self.infusion_combo.setCurrentIndex(found if found >= 0 else len(self._outcomes) - 1)
        self.infusion_combo.setEnabled(bool(self._outcomes))
        self.infusion_combo.blockSignals(False)

    def _redraw(self) -> None:
        from diary_app.charts import draw_monthly_trend, update_monthly_trend
        from diary_app.exporters.chart_words import translated_chart_words

        months = self.shown_months()
        self.trend_table.set_rows(months)
        infusions = self.session.infusions()
        scores = self._scores if self.scores_box.isChecked() else None
        rolling = self._rolling if self.rolling_box.isChecked() else None
        key = (tuple(m["month"] for m in months), tuple((i.start, i.medication.name, i.days) for i in infusions),
               self.headache_box.isChecked(), repr(scores), rolling is None, tuple(self._courses))
        if key != self._shown_key or not update_monthly_trend(self.trend_artists, months, rolling):
            self.trend_artists = draw_monthly_trend(
                self.trend_canvas.figure, months, infusions, show_headache=self.headache_box.isChecked(),
                questionnaires=scores, rolling=rolling, courses=self._courses, style=self._style(),
                words=translated_chart_words())
            self._shown_key = key
            self.trend_canvas.figure.set_layout_engine("constrained")  # new labels: lay out again
        self.trend_canvas.draw_idle()

    def _draw_outcome(self) -> None:
        from diary_app.charts import draw_before_after
        from diary_app.exporters.chart_words import translated_chart_words

        index = self.infusion_combo.currentIndex()
        outcome = self._outcomes[index] if 0 <= index < len(self._outcomes) else None
        self.outcome_table.set_rows(before_after_rows(outcome))
        if self.outcome_artists and outcome == self._shown_outcome:
            return  # a change elsewhere in the diary: this infusion's numbers are the same
        self._shown_outcome = outcome
        self.outcome_artists = draw_before_after(self.outcome_canvas.figure, outcome, style=self._style(),
                                                 words=translated_chart_words())
        self.outcome_canvas.figure.set_layout_engine("constrained")
        self.outcome_label.setText(self._outcome_text(outcome))
        self.outcome_canvas.draw_idle()

    def _outcome_text(self, outcome: dict | None) -> str:
        if outcome is None:
            return self.tr("Add a preventive infusion on the Treatments page to see its effect here.")
        mean = outcome.get("mean_followup_mmd")
        baseline = outcome.get("baseline_mmd")
        if mean is None or baseline is None:
            return self.tr("Baseline: 28 days before the infusion. Follow-up needs at least 14 recorded days "
                           "in a 28-day period.")
        text = self.tr("Baseline {0} → mean follow-up {1} migraine days per 28 days.").format(
            one_decimal(baseline), one_decimal(mean))
        if outcome.get("followup_status") == "in_progress":
            text += " " + self.tr("Responder verdict pending: weeks 9-12 have not ended yet.")
        return text

    # -- handlers -----------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    @Slot()
    def show_recent(self) -> None:
        count = len(self._all_months)
        self._select_range(max(0, count - RECENT_MONTHS), count - 1)
        self._on_range_changed()

    @Slot()
    def show_all(self) -> None:
        self._select_range(0, len(self._all_months) - 1)
        self._on_range_changed()

    @Slot()
    def _on_range_changed(self, *_args) -> None:
        if self.trend_canvas is not None and not self._stale:
            self._redraw()

    @Slot()
    def _on_table_toggled(self, *_args) -> None:
        """Each chart or its table, as its toggle says."""
        for button, table, canvas in ((self.trend_table_button, self.trend_table, self.trend_canvas),
                                      (self.outcome_table_button, self.outcome_table, self.outcome_canvas)):
            table.setVisible(button.isChecked())
            if canvas is not None:
                canvas.setVisible(not button.isChecked())

    @Slot(int)
    def _on_infusion_changed(self, _index: int) -> None:
        if self.outcome_canvas is not None:
            self._draw_outcome()

    @Slot()
    def _on_session_changed(self, *_args) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _on_trend_canvas_resize(self, _event) -> None:
        from diary_app.charts import fit_legend, infusion_labels_fit

        fit_legend(self.trend_artists)  # the layout runs again after any resize
        if self.trend_artists and not infusion_labels_fit(self.trend_artists):
            self._shown_key = None  # infusion labels grouped again for the new width
            self._redraw()

    def _on_trend_canvas_motion(self, event) -> None:
        months = self.shown_months()
        chart = (self.trend_artists.get("axes"), self.trend_artists.get("score_axes"))
        if event.inaxes is None or event.inaxes not in chart or event.xdata is None or not months:
            return
        index = round(event.xdata)
        if 0 <= index < len(months):
            text = describe_month(months[index])
            self.hover_label.setText(text)
            QToolTip.showText(QCursor.pos(), text, self.trend_canvas)
