"""Treatments: preventive courses (timeline, outcome against the original baseline, continuation
check), the cycle view of each infusion, the next infusion due, and the person's medications.

Views never write: the dialogs collect, this view emits what was asked for, the window saves.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from diary_app.domain.models import CLASS_LABELS, Course, Infusion, Injection
from diary_app.i18n import domain_text
from diary_app.ui import prompts
from diary_app.ui.counts import counted
from diary_app.ui.courses_panel import CoursesPanel
from diary_app.ui.cycle_panel import CyclePanel, fit_columns, rows_table
from diary_app.ui.dialogs.infusion_dialog import InfusionDialog
from diary_app.ui.dialogs.medication_dialog import ROLE_WORDS, ROUTE_WORDS, MedicationDialog
from diary_app.ui.qdates import short_date
from diary_app.ui.table_model import Column, RowsModel
from diary_app.ui.theme import is_dark

DUE_STYLES = {
    "overdue": "background: #D55E00; color: white; border-radius: 4px; padding: 6px; font-weight: bold;",
    "due_soon": "background: #F0E442; color: #222222; border-radius: 4px; padding: 6px; font-weight: bold;",
    "scheduled": "border: 1px solid #0072B2; border-radius: 4px; padding: 6px;",
}
DUE_STYLES_DARK = {  # the same meanings on a dark palette, as the calendar's dark cells colour them
    "overdue": "background: #B84F00; color: white; border-radius: 4px; padding: 6px; font-weight: bold;",
    "due_soon": "background: #5C5714; color: #F6F0A6; border-radius: 4px; padding: 6px; font-weight: bold;",
    "scheduled": "border: 1px solid #5AA0D8; border-radius: 4px; padding: 6px;",
}
COURSES_PAGE, CYCLES_PAGE, MEDICATIONS_PAGE = range(3)
# catalogue routes the medication dialog does not offer
OTHER_ROUTES = {"nerve block": QT_TRANSLATE_NOOP("TreatmentsView", "nerve block")}


def due_style(status: str) -> str:
    """The banner's style for a status, on the application's palette (light or dark)."""
    return (DUE_STYLES_DARK if is_dark(QGuiApplication.palette()) else DUE_STYLES)[status]


def route_words(route: str) -> str:
    if route in OTHER_ROUTES:
        return TreatmentsView.tr(OTHER_ROUTES[route])
    return QCoreApplication.translate("MedicationDialog", ROUTE_WORDS.get(route, route))


def due_text(item: dict, today: dt.date) -> str:
    days = item["days_until"]
    if days == 0:
        when = TreatmentsView.tr("today")
    elif days > 0:
        when = counted(TreatmentsView.tr("in %n day(s)", "", days), days)
    else:
        when = counted(TreatmentsView.tr("%n day(s) overdue", "", -days), -days)
    return TreatmentsView.tr("Next {0} infusion due {1} ({2}); last one {3}.").format(
        item["medication"], short_date(dt.date.fromisoformat(item["due"])), when,
        short_date(dt.date.fromisoformat(item["last_infusion"])))


class TreatmentsView(QWidget):
    """Shows courses, infusions and medications; asks for input in dialogs and emits it for the window to save."""

    infusion_submitted = Signal(object)  # an Infusion to add (id None) or update
    infusion_delete_requested = Signal(object)  # the Infusion to delete (confirmed)
    medication_submitted = Signal(object)  # a Medication to add to the person's list
    course_submitted = Signal(object)  # a Course to start (id None), or to stop (with its stop date)
    injection_submitted = Signal(object)  # an Injection to add (id None) or change
    course_delete_requested = Signal(object)  # the recorded Course to delete (confirmed)
    injection_delete_requested = Signal(object)  # the Injection to delete (confirmed)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._stale = True
        self.due_box = QVBoxLayout()
        self.due_labels: list[QLabel] = []
        self.courses = CoursesPanel()
        self.cycles = CyclePanel()
        self.infusion_model, self.infusion_table = self.cycles.model, self.cycles.table
        self.add_button, self.edit_button, self.delete_button = (
            self.cycles.add_button, self.cycles.edit_button, self.cycles.delete_button)
        self.medication_model = RowsModel(self._medication_columns(), self)
        self.medication_table = rows_table(self.medication_model, self.tr("Your medications"))
        self.add_medication_button = QPushButton(self.tr("Add &medication…"))
        self.pages = QTabWidget()
        self._arrange()
        self.courses.start_requested.connect(self._on_courses_start_requested)
        self.courses.stop_requested.connect(self._on_courses_stop_requested)
        self.courses.injection_requested.connect(self._on_courses_injection_requested)
        self.courses.infusion_requested.connect(self._on_add_clicked)
        self.courses.edit_requested.connect(self._on_courses_edit_requested)
        self.courses.delete_requested.connect(self._on_courses_delete_requested)
        self.courses.administrations.edit_requested.connect(self._on_administration_edit_requested)
        self.courses.administrations.delete_requested.connect(self._on_administration_delete_requested)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.add_medication_button.clicked.connect(self._on_add_medication_clicked)
        self.infusion_table.doubleClicked.connect(self._on_edit_clicked)
        self.infusion_table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        session.days_changed.connect(self._on_session_changed)
        session.infusions_changed.connect(self._on_session_changed)
        session.courses_changed.connect(self._on_session_changed)
        session.medications_changed.connect(self._on_session_changed)
        session.settings_changed.connect(self._on_session_changed)  # infusion intervals move the due dates
        self._on_selection_changed()

    def _medication_columns(self) -> list[Column]:
        catalogue, own = self.tr("catalogue"), self.tr("your own")
        return [
            Column(self.tr("Name"), lambda m: m.name),
            Column(self.tr("Class"), lambda m: domain_text(CLASS_LABELS.get(m.drug_class, m.drug_class))),
            Column(self.tr("Role"), lambda m: QCoreApplication.translate("MedicationDialog",
                                                                         ROLE_WORDS.get(m.role, m.role))),
            Column(self.tr("Route"), lambda m: route_words(m.route)),
            Column(self.tr("Source"), lambda m: catalogue if m.known else own),
        ]

    def _arrange(self) -> None:
        medications = QWidget()
        med_layout = QVBoxLayout(medications)
        med_layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        row.addWidget(self.add_medication_button)
        row.addStretch(1)
        med_layout.addLayout(row)
        med_layout.addWidget(self.medication_table, 1)
        self.pages.addTab(self.courses, self.tr("Courses"))
        self.pages.addTab(self.cycles, self.tr("Cycle view (each infusion)"))
        self.pages.addTab(medications, self.tr("Your medications"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addLayout(self.due_box)
        layout.addWidget(self.pages, 1)

    # -- public -------------------------------------------------------------------------
    def refresh(self) -> None:
        summary = self.session.summary()
        infusions = self.session.infusions()
        self.cycles.set_rows(infusions, summary["infusions"])  # same order: by start, then as stored
        self.courses.show_courses(summary.get("courses") or [], self.session.injections(), infusions,
                                  self.session.today())
        self.medication_model.set_rows(self.session.medications())
        fit_columns(self.medication_table)
        self._show_due(summary["next_infusions"])
        self._stale = False
        self._on_selection_changed()

    def _show_due(self, items: list[dict]) -> None:
        for label in self.due_labels:
            label.deleteLater()
        self.due_labels = []
        today = self.session.today()
        for item in items:
            label = QLabel(due_text(item, today))
            label.setStyleSheet(due_style(item["status"]))
            label.setProperty("status", item["status"])
            self.due_box.addWidget(label)
            self.due_labels.append(label)

    def changeEvent(self, event) -> None:
        """A new theme: the due banners take its colours."""
        super().changeEvent(event)
        if event.type() in (event.Type.ApplicationPaletteChange, event.Type.PaletteChange):
            for label in getattr(self, "due_labels", ()):  # none yet while the view is being built
                sheet = due_style(label.property("status"))
                if sheet != label.styleSheet():
                    label.setStyleSheet(sheet)

    def selected_infusion(self) -> Infusion | None:
        return self.cycles.selected_infusion()

    def select_row(self, row: int) -> None:
        """Choose an infusion in the cycle view (and show that page)."""
        self.pages.setCurrentIndex(CYCLES_PAGE)
        self.infusion_table.selectRow(row)

    def chosen_span(self):
        """The CourseSpan of the course shown in the Courses page, or None."""
        shown = self.courses.selected_course()
        if shown is None:
            return None
        return next((span for span in self.session.course_spans()
                     if (span.medication.name, span.start.isoformat()) == (shown["medication"], shown["start"])), None)

    def running_courses(self) -> list:
        """The courses still running (CourseSpan), by start."""
        return [span for span in self.session.course_spans() if span.stop is None]

    # -- handlers -----------------------------------------------------------------------
    def showEvent(self, event) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    @Slot()
    def _on_session_changed(self, *_args) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    @Slot()
    def _on_selection_changed(self, *_args) -> None:
        chosen = self.selected_infusion() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    @Slot()
    def _on_add_clicked(self) -> None:
        self._ask_infusion()

    def _ask_infusion(self, existing: Infusion | None = None) -> None:
        dialog = InfusionDialog(self.session.today(), self.session.medications(), existing, parent=self)
        if prompts.run_dialog(dialog):
            self.infusion_submitted.emit(dialog.infusion)

    def _ask_injection(self, existing: Injection | None = None) -> None:
        from diary_app.ui.dialogs.course_dialogs import InjectionDialog

        dialog = InjectionDialog(self.session.today(), self.session.medications(), existing, parent=self)
        if prompts.run_dialog(dialog):
            self.injection_submitted.emit(dialog.injection)

    @Slot()
    def _on_edit_clicked(self, *_args) -> None:
        infusion = self.selected_infusion()
        if infusion is not None:
            self._ask_infusion(infusion)

    @Slot()
    def _on_delete_clicked(self) -> None:
        infusion = self.selected_infusion()
        if infusion is not None:
            self._confirm_infusion_delete(infusion)

    def _confirm_infusion_delete(self, infusion: Infusion) -> None:
        if prompts.confirm(self, self.tr("Delete infusion"),
                           self.tr("Delete the {0} infusion of {1}? You can undo this with Ctrl+Z.")
                           .format(infusion.medication.name, short_date(infusion.start)),
                           self.tr("Delete")):
            self.infusion_delete_requested.emit(infusion)

    @Slot()
    def _on_courses_start_requested(self) -> None:
        from diary_app.ui.dialogs.course_dialogs import StartCourseDialog

        dialog = StartCourseDialog(self.session.today(), self.session.medications(), parent=self)
        if prompts.run_dialog(dialog):
            self.course_submitted.emit(dialog.course)

    @Slot()
    def _on_courses_stop_requested(self) -> None:
        from diary_app.ui.dialogs.course_dialogs import StopCourseDialog

        running = self.running_courses()
        if not running:
            prompts.inform(self, self.tr("Stop course"), self.tr("No preventive course is running."))
            return
        shown = self.courses.selected_course()
        key = (shown["medication"], shown["start"]) if shown else None
        keys = [(span.medication.name, span.start.isoformat()) for span in running]
        chosen = keys.index(key) if key in keys else len(running) - 1  # the one shown, else the latest
        dialog = StopCourseDialog(self.session.today(), running, chosen, parent=self)
        if prompts.run_dialog(dialog):
            self.course_submitted.emit(dialog.course)

    @Slot()
    def _on_courses_injection_requested(self) -> None:
        self._ask_injection()

    @Slot()
    def _on_courses_edit_requested(self) -> None:
        from diary_app.ui.dialogs.course_dialogs import EditCourseDialog

        span = self.chosen_span()
        if span is None:
            return
        course = span.recorded or Course(span.medication, span.start, stop=span.stop, dose=span.dose,
                                         stop_reason=span.stop_reason if span.stop else None)
        dialog = EditCourseDialog(self.session.today(), self.session.medications(), course, parent=self)
        if prompts.run_dialog(dialog):
            self.course_submitted.emit(dialog.course)

    @Slot()
    def _on_courses_delete_requested(self) -> None:
        span = self.chosen_span()
        if span is None:
            return
        if span.recorded is None:
            prompts.inform(self, self.tr("Delete course"), self.tr(
                "This {0} course was started by its injections or infusions, not recorded on its own: delete "
                "them (under Administrations) to remove it.").format(span.medication.name))
            return
        if prompts.confirm(self, self.tr("Delete course"),
                           self.tr("Delete the {0} course that started on {1}? Its injections and infusions stay. "
                                   "You can undo this with Ctrl+Z.").format(span.medication.name,
                                                                            short_date(span.start)),
                           self.tr("Delete course")):
            self.course_delete_requested.emit(span.recorded)

    @Slot(object)
    def _on_administration_edit_requested(self, item) -> None:
        if isinstance(item, Injection):
            self._ask_injection(item)
        else:
            self._ask_infusion(item)

    @Slot(object)
    def _on_administration_delete_requested(self, item) -> None:
        if not isinstance(item, Injection):
            self._confirm_infusion_delete(item)
            return
        if prompts.confirm(self, self.tr("Delete injection"),
                           self.tr("Delete the {0} injection of {1}? You can undo this with Ctrl+Z.")
                           .format(item.medication.name, short_date(item.date)), self.tr("Delete")):
            self.injection_delete_requested.emit(item)

    @Slot()
    def _on_add_medication_clicked(self) -> None:
        dialog = MedicationDialog(self)
        if prompts.run_dialog(dialog) and dialog.medication.name:
            self.medication_submitted.emit(dialog.medication)
