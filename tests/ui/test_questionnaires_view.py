import datetime as dt

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QDialogButtonBox

from diary_app.domain.models import DayEntry
from diary_app.domain.questionnaires import Questionnaire
from diary_app.ui import prompts
from diary_app.ui.dialogs.questionnaire_dialog import QuestionnaireDialog
from diary_app.ui.dialogs.reminder_dialog import ReminderDialog
from diary_app.ui.questionnaires_view import COL_GRADE, COL_SCORE, QuestionnairesView
from diary_app.ui.reminders import DailyReminder, tray_available

TODAY = dt.date(2026, 11, 26)


def type_into(qtbot, spin, text):
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def click_save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    return dialog.result() == QDialog.DialogCode.Accepted


@pytest.fixture
def view(qtbot, diary):
    widget = QuestionnairesView(diary, lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def answer_with(prompter, qtbot, fill):
    """The next dialog is shown, `fill` types into it, and Save is clicked."""

    def run(dialog):
        dialog.show()
        fill(dialog)
        return click_save(qtbot, dialog)

    prompter.dialogs.append(run)


def test_a_midas_typed_into_the_dialog_is_saved_and_listed(prompter, qtbot, view, diary):
    def fill(dialog):
        for spin, text in zip(dialog.answer_inputs, ["3", "4", "5", "0", "2"]):
            type_into(qtbot, spin, text)
        type_into(qtbot, dialog.extra_inputs["A"], "30")
        type_into(qtbot, dialog.extra_inputs["B"], "7")
        assert dialog.score_label.text() == "MIDAS score: 14 (grade III, moderate disability)"

    answer_with(prompter, qtbot, fill)
    with qtbot.waitSignal(view.questionnaire_saved) as saved:
        qtbot.mouseClick(view.add_midas_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].score == 14 and saved.args[0].id is not None
    [stored] = diary.questionnaires()
    assert (stored.date, stored.answers, stored.a_days, stored.b_pain) == (TODAY, (3, 4, 5, 0, 2), 30, 7)
    assert view.model.index(0, COL_SCORE).data() == "14"
    assert view.model.index(0, COL_GRADE).data() == "grade III, moderate disability"
    assert "Latest MIDAS: 14" in view.latest_label.text()


def test_editing_keeps_the_same_questionnaire_and_updates_its_score(prompter, qtbot, view, diary):
    diary.save_questionnaire(Questionnaire("hit6", TODAY - dt.timedelta(days=3), (6, 6, 6, 6, 6, 6)))
    view.refresh()
    view.table.selectRow(0)
    answer_with(prompter, qtbot, lambda dialog: dialog.answer_inputs[0].setCurrentIndex(4))  # always
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    [stored] = diary.questionnaires()
    assert stored.answers == (13, 6, 6, 6, 6, 6) and stored.score == 43
    assert view.model.index(0, COL_GRADE).data() == "little or no impact"


def test_delete_asks_first_and_cancel_keeps_it(prompter, qtbot, view, diary):
    diary.save_questionnaire(Questionnaire("midas", TODAY, (1, 1, 1, 1, 1)))
    view.refresh()
    view.table.selectRow(0)
    prompter.answer(prompts.CANCEL)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert len(diary.questionnaires()) == 1
    assert prompter.asked == [("Delete questionnaire", f"Delete the MIDAS of {TODAY} (score 5)?")]
    prompter.answer("ok")
    with qtbot.waitSignal(view.questionnaire_deleted):
        qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert diary.questionnaires() == [] and view.model.rowCount() == 0
    assert not view.delete_button.isEnabled() and view.empty_label.isVisible()


def test_a_hit6_needs_every_answer_and_says_which_is_missing(qtbot):
    dialog = QuestionnaireDialog("hit6", TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    for combo in dialog.answer_inputs[:2] + dialog.answer_inputs[3:]:
        combo.setFocus()
        qtbot.keyClicks(combo, "s")  # "Sometimes"
    assert not click_save(qtbot, dialog)
    assert dialog.errors["question 3"].isVisible() and dialog.errors["question 3"].text() == "please choose an answer"
    dialog.answer_inputs[2].setCurrentIndex(3)  # very often
    assert dialog.score_label.text() == "HIT-6 score: 61 (severe impact)"
    assert click_save(qtbot, dialog)
    assert dialog.questionnaire.answers == (10, 10, 11, 10, 10, 10)


def test_a_date_already_holding_that_kind_is_refused_next_to_the_date(qtbot):
    dialog = QuestionnaireDialog("midas", TODAY, taken_dates={TODAY})
    qtbot.addWidget(dialog)
    dialog.show()
    assert not click_save(qtbot, dialog)
    assert dialog.errors["date"].isVisible() and "already in the diary" in dialog.errors["date"].text()


def test_the_history_model_passes_the_model_tester(qtmodeltester, view, diary):
    diary.save_questionnaire(Questionnaire("midas", TODAY, (1, 1, 1, 1, 1), notes="note"))
    diary.save_questionnaire(Questionnaire("hit6", TODAY, (6, 8, 10, 11, 13, 13)))
    view.refresh()
    qtmodeltester.check(view.model)


# -- the daily reminder -----------------------------------------------------------------
class FakeTray(QObject):
    """Stands in for QSystemTrayIcon (which an offscreen test run may not have)."""

    messageClicked = Signal()

    def __init__(self):
        super().__init__()
        self.messages, self.visible = [], False

    def showMessage(self, title, text, *args):
        self.messages.append(text)

    def setVisible(self, visible):
        self.visible = visible


class Clock:
    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock(dt.datetime(2026, 11, 26, 19, 0))


def test_the_reminder_is_off_by_default(qtbot, diary, clock):
    reminder = DailyReminder(diary, now=clock, tray=FakeTray())
    reminder.start()
    clock.now = clock.now.replace(hour=21)
    assert not reminder.enabled and not reminder.timer.isActive()
    assert not reminder.check()


def test_the_reminder_goes_off_once_at_the_chosen_time_while_today_is_unrecorded(qtbot, diary, clock):
    tray = FakeTray()
    reminder = DailyReminder(diary, now=clock, tray=tray)
    reminder.set_schedule(True, dt.time(20, 30))
    assert (diary.setting("reminder_enabled"), diary.setting("reminder_time")) == (True, "20:30")
    assert reminder.timer.isActive() and tray.visible
    clock.now = dt.datetime(2026, 11, 26, 20, 29)
    assert not reminder.check()
    clock.now = dt.datetime(2026, 11, 26, 20, 30)
    with qtbot.waitSignal(reminder.reminder_shown, timeout=1000):
        assert reminder.check()
    assert tray.messages == ["Time to fill in your migraine diary"]
    clock.now = dt.datetime(2026, 11, 26, 22, 0)
    assert not reminder.check()  # once a day
    clock.now = dt.datetime(2026, 11, 27, 20, 31)
    diary.save_day(DayEntry.headache_free(clock.now.date()))
    assert not reminder.check()  # today is recorded already
    assert len(tray.messages) == 1


def test_started_after_the_time_the_reminder_waits_for_tomorrow(qtbot, diary, clock):
    diary.set_setting("reminder_enabled", True)
    diary.set_setting("reminder_time", "18:00")
    reminder = DailyReminder(diary, now=clock, tray=FakeTray())
    reminder.start()
    assert not reminder.is_due()
    clock.now = dt.datetime(2026, 11, 27, 18, 0)
    assert reminder.is_due()


def test_without_a_tray_the_reminder_reports_it_is_unavailable(qtbot, diary, clock):
    reminder = DailyReminder(diary, now=clock)
    assert reminder.available == tray_available()
    if not reminder.available:
        diary.set_setting("reminder_enabled", True)
        clock.now = clock.now.replace(hour=21)
        assert reminder.check()  # nothing to show, but the window still hears of it


def test_the_reminder_dialog_collects_the_choice(qtbot):
    dialog = ReminderDialog(False, dt.time(20, 0), tray_available=False)
    qtbot.addWidget(dialog)
    assert not dialog.time_edit.isEnabled()
    dialog.show()
    qtbot.keyClick(dialog.enabled_box, Qt.Key.Key_Space)
    dialog.time_edit.setFocus()
    dialog.time_edit.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(dialog.time_edit, "07:45")
    assert (dialog.enabled, dialog.at) == (True, dt.time(7, 45))
