"""File > Export doctor report… and Print… ask for the months first; File > Preferences… keeps
the patient, the paper, the infusion intervals and the reminder in the diary."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from PySide6.QtCore import QDate, Qt

from diary_app.exporters import report_pdf
from diary_app.ui.dialogs.preferences_dialog import Preferences, PreferencesDialog
from diary_app.ui.main_window import TREATMENTS_TAB
from tests.ui.conftest import eptinezumab, migraine, seed, shortcut, stored

INFUSION = dt.date(2026, 9, 17)


def pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def months(first: str, last: str, paper: str | None = None, seen: dict | None = None):
    """Answer the report dialog with these months (and paper); `seen` gets what it offered first."""

    def answer(dialog):
        if seen is not None:
            seen.update(first=dialog.first_month, last=dialog.last_month, paper=dialog.paper)
        dialog.from_edit.setDate(QDate.fromString(first, "yyyy-MM"))
        dialog.to_edit.setDate(QDate.fromString(last, "yyyy-MM"))
        if paper:
            dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData(paper))
        return True

    return answer


def preferences_answer(change):
    def answer(dialog):
        change(dialog)
        return True

    return answer


# -- the doctor report ------------------------------------------------------------------
def test_export_doctor_report_asks_the_months_then_writes_them(window, db_path, tmp_path, today, prompter):
    seed(db_path, [migraine(dt.date(2026, 3, 10)), migraine(today)], [eptinezumab(INFUSION)])
    target = tmp_path / "visit.pdf"
    seen = {}
    prompter.dialogs.append(months("2026-03", "2026-05", "Letter", seen))
    prompter.files.append(target)
    window.report_action.trigger()
    assert prompter.messages("error") == []
    # the default: this month and the 5 before it, reaching back to the infusion's baseline
    assert (seen["first"], seen["last"]) == report_pdf.default_report_range(today, [eptinezumab(INFUSION)])
    assert (seen["first"], seen["last"]) == ((2026, 6), (2026, 11))
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o777 == 0o600
    text = pdf_text(target)
    assert "1 Mar 2026 – 31 May 2026" in text
    assert "Nov 2026" not in text.split("Generated")[0]
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    assert "letter" in info.casefold()


def test_cancelling_the_report_months_asks_for_no_file(window, tmp_path, prompter):
    prompter.dialogs.append(lambda dialog: False)
    assert window.report_action is not None
    window.report_action.trigger()  # the prompter fails the test on an unexpected file dialog
    assert list(tmp_path.glob("*.pdf")) == []


def test_the_last_month_cannot_go_before_the_first(qtbot):
    from diary_app.ui.dialogs.report_dialog import ReportDialog

    dialog = ReportDialog(dt.date(2026, 11, 26), ((2026, 6), (2026, 11)), "A4", "Choose file…")
    qtbot.addWidget(dialog)
    assert dialog.length_label.text() == "6 months"
    dialog.from_edit.setDate(QDate(2026, 11, 1))
    dialog.to_edit.setDate(QDate(2026, 8, 1))
    assert (dialog.first_month, dialog.last_month) == ((2026, 11), (2026, 11))
    assert dialog.length_label.text() == "1 month"
    qtbot.mouseClick(dialog.default_button, Qt.MouseButton.LeftButton)
    assert (dialog.first_month, dialog.last_month) == ((2026, 6), (2026, 11))


def test_print_uses_the_chosen_months_and_paper(window, db_path, tmp_path, prompter):
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    seed(db_path, [migraine(dt.date(2026, 4, 2))])
    out = tmp_path / "printed.pdf"
    sizes = []

    def to_file(dialog):
        printer = dialog.printer()
        sizes.append(printer.pageLayout().pageSize().id())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    prompter.dialogs.extend([months("2026-04", "2026-04", "Letter"), to_file])
    window.print_action.trigger()
    assert prompter.messages("error") == []
    assert sizes == [QPageSize.PageSizeId.Letter]
    assert "1 Apr 2026 – 30 Apr 2026" in pdf_text(out)


# -- preferences --------------------------------------------------------------------------
def test_preferences_are_kept_in_the_diary_and_head_the_report(qtbot, window, db_path, tmp_path, prompter):
    def fill(dialog):
        assert (dialog.patient_name, dialog.birth_date) == ("", None)  # never required
        qtbot.keyClicks(dialog.name_edit, "Ada  Lovelace ")
        dialog.no_birth_box.setChecked(False)
        dialog.birth_edit.setDate(QDate(1980, 5, 14))
        dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("Letter"))

    prompter.dialogs.append(preferences_answer(fill))
    shortcut(qtbot, window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    with stored(db_path) as diary:
        assert diary.setting("patient_name") == "Ada Lovelace"
        assert diary.setting("patient_birth_date") == "1980-05-14"
        assert diary.setting("paper_size") == "Letter"
    seen = {}
    prompter.dialogs.append(months("2026-11", "2026-11", seen=seen))
    prompter.files.append(tmp_path / "report.pdf")
    window.report_action.trigger()
    assert seen["paper"] == "Letter"  # preselected from the preferences
    text = pdf_text(tmp_path / "report.pdf")
    assert "Ada Lovelace" in text and "14 May 1980" in text


def test_accepting_unchanged_preferences_writes_nothing(window, db_path, prompter):
    with stored(db_path) as diary:
        before = diary.settings()
    prompter.dialogs.append(lambda dialog: True)
    window.preferences_action.trigger()
    with stored(db_path) as diary:
        assert diary.settings() == before
    assert window.statusBar().currentMessage() == ""


def test_a_birth_date_can_be_taken_back(window, db_path, prompter):
    window.session.set_setting("patient_birth_date", "1975-02-03")

    def clear(dialog):
        assert dialog.birth_date == dt.date(1975, 2, 3) and not dialog.no_birth_box.isChecked()
        dialog.no_birth_box.setChecked(True)
        assert dialog.birth_edit.text() == "not given" and not dialog.birth_edit.isEnabled()

    prompter.dialogs.append(preferences_answer(clear))
    window.preferences_action.trigger()
    with stored(db_path) as diary:
        assert diary.setting("patient_birth_date", "absent") is None


def test_a_new_infusion_interval_moves_the_next_due_date(open_window, db_path, prompter):
    seed(db_path, infusions=[eptinezumab(INFUSION)])
    window = open_window()
    window.show_view(TREATMENTS_TAB)
    [label] = window.treatments.due_labels
    assert "due 2026-12-10" in label.text()  # 12 weeks, the default

    def eight_weeks(dialog):
        assert list(dialog.interval_spins) == ["eptinezumab"]
        assert dialog.interval_spins["eptinezumab"].value() == 12
        dialog.interval_spins["eptinezumab"].setValue(8)

    prompter.dialogs.append(preferences_answer(eight_weeks))
    window.preferences_action.trigger()
    with stored(db_path) as diary:
        assert diary.setting("infusion_intervals") == {"eptinezumab": 56}
    [label] = window.treatments.due_labels
    assert "due 2026-11-12" in label.text() and label.property("status") == "overdue"
    assert window.session.summary()["next_infusions"][0]["due"] == "2026-11-12"


def test_an_interval_in_days_is_kept_unless_its_weeks_change(qtbot, today):
    current = Preferences(intervals={"eptinezumab": 90, "Other drug": 84})
    dialog = PreferencesDialog(current, today)
    qtbot.addWidget(dialog)
    assert dialog.interval_spins["eptinezumab"].value() == 13
    assert dialog.intervals == {"eptinezumab": 90, "Other drug": 84}
    dialog.interval_spins["Other drug"].setValue(10)
    assert dialog.intervals == {"eptinezumab": 90, "Other drug": 70}


def test_without_preventive_infusions_the_preferences_say_where_to_add_one(qtbot, today):
    dialog = PreferencesDialog(Preferences(), today)
    qtbot.addWidget(dialog)
    assert dialog.interval_spins == {}
    assert dialog.birth_date is None and dialog.birth_edit.maximumDate() == QDate(2026, 11, 26)


def test_the_reminder_can_be_set_in_the_preferences(window, db_path, prompter):
    def turn_on(dialog):
        dialog.reminder.enabled_box.setChecked(True)
        dialog.reminder.time_edit.setTime(dialog.reminder.time_edit.time().fromString("07:30", "HH:mm"))

    prompter.dialogs.append(preferences_answer(turn_on))
    window.preferences_action.trigger()
    assert window.reminder.enabled and window.reminder.at == dt.time(7, 30)
    with stored(db_path) as diary:
        assert diary.setting("reminder_time") == "07:30"
