"""Saves what the Treatments view asks for, through the session: one call per request. A
DiaryError is shown by the window's `run` and nothing changes; every save can be undone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot

from diary_app.ui.qdates import short_date

STATUS_MS = 5000


class TreatmentSaves(QObject):
    """Lives as long as the view it listens to (its parent)."""

    def __init__(self, view, run: Callable[[Callable[[], object], str], bool], show_status: Callable[[str, int], None],
                 medications_changed: Callable[[], None]):
        super().__init__(view)
        self.session = view.session
        self._run, self._show_status, self._medications_changed = run, show_status, medications_changed
        view.infusion_submitted.connect(self._on_view_infusion_submitted)
        view.infusion_delete_requested.connect(self._on_view_infusion_delete_requested)
        view.medication_submitted.connect(self._on_view_medication_submitted)
        view.course_submitted.connect(self._on_view_course_submitted)
        view.injection_submitted.connect(self._on_view_injection_submitted)
        view.course_delete_requested.connect(self._on_view_course_delete_requested)
        view.injection_delete_requested.connect(self._on_view_injection_delete_requested)

    @Slot(object)
    def _on_view_infusion_submitted(self, infusion) -> None:
        if self._run(lambda: self.session.save_infusion(infusion), self.tr("Infusion not saved")):
            self._show_status(self.tr("Infusion saved."), STATUS_MS)

    @Slot(object)
    def _on_view_infusion_delete_requested(self, infusion) -> None:
        if self._run(lambda: self.session.delete_infusion(infusion), self.tr("Infusion not deleted")):
            self._show_status(self.tr("Infusion deleted. Ctrl+Z brings it back."), STATUS_MS)

    @Slot(object)
    def _on_view_medication_submitted(self, medication) -> None:
        if self._run(lambda: self.session.save_medication(medication), self.tr("Medication not saved")):
            self._medications_changed()

    @Slot(object)
    def _on_view_course_submitted(self, course) -> None:
        name = course.medication.name
        stored = next((c for c in self.session.courses() if course.id is not None and c.id == course.id), None)
        if stored is not None and course.stop in (None, stored.stop):
            title, done = self.tr("Course not changed"), self.tr("{0} course changed.").format(name)
        elif course.stop is None:
            title, done = self.tr("Course not started"), self.tr("{0} course started on {1}.").format(
                name, short_date(course.start))
        else:
            title, done = self.tr("Course not stopped"), self.tr("{0} course stopped on {1}.").format(
                name, short_date(course.stop))
        if self._run(lambda: self.session.save_course(course), title):
            self._show_status(done + " " + self.tr("Ctrl+Z takes it back."), STATUS_MS)

    @Slot(object)
    def _on_view_injection_submitted(self, injection) -> None:
        if self._run(lambda: self.session.save_injection(injection), self.tr("Injection not saved")):
            self._show_status(self.tr("{0} injection of {1} saved.").format(
                injection.medication.name, short_date(injection.date)), STATUS_MS)

    @Slot(object)
    def _on_view_course_delete_requested(self, course) -> None:
        if self._run(lambda: self.session.delete_course(course), self.tr("Course not deleted")):
            self._show_status(self.tr("{0} course deleted. Ctrl+Z brings it back.").format(course.medication.name),
                              STATUS_MS)

    @Slot(object)
    def _on_view_injection_delete_requested(self, injection) -> None:
        if self._run(lambda: self.session.delete_injection(injection), self.tr("Injection not deleted")):
            self._show_status(self.tr("{0} injection of {1} deleted. Ctrl+Z brings it back.").format(
                injection.medication.name, short_date(injection.date)), STATUS_MS)
