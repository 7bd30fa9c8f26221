"""The Treatments view's courses: timeline bands, the outcome table against the original
baseline, the continuation check, the start/stop/injection dialogs, the trend chart's shading."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from diary_app.domain import catalogue
from diary_app.domain.models import Course, DayEntry, Injection
from diary_app.ui.main_window import CALENDAR_TAB, TREATMENTS_TAB, TRENDS_TAB
from tests.ui.conftest import headache, migraine, seed, stored

START = dt.date(2026, 5, 1)  # weeks 1-12 from 05-02, 13-24 from 07-25, 25-36 from 10-17 (today 11-26)


def topiramate(start: dt.date = START, **changes) -> Course:
    return Course(catalogue.resolve("topiramate"), start, dose="50 mg", **changes)


def days_from(first: dt.date, last: dt.date, migraine_days_per_28: int) -> list[DayEntry]:
    """Every day recorded: the first `migraine_days_per_28` days of each 28 are migraine days."""
    return [migraine(first + dt.timedelta(days=i)) if i % 28 < migraine_days_per_28
            else DayEntry.headache_free(first + dt.timedelta(days=i)) for i in range((last - first).days + 1)]


def seed_courses(path, *courses, injections=()) -> None:
    with stored(path) as diary:
        for course in courses:
            diary.save_course(course)
        for injection in injections:
            diary.save_injection(injection)


def table_rows(model) -> list[dict]:
    titles = [column.title for column in model.columns]
    return [{titles[c]: model.data(model.index(r, c)) for c in range(model.columnCount())}
            for r in range(model.rowCount())]


@pytest.fixture
def course_diary(db_path, today):
    """A topiramate course from START: 16 migraine days in the baseline, 4 per 28 after; weeks
    13-24 mostly unrecorded (not enough data), weeks 25-36 still running."""
    baseline = days_from(START - dt.timedelta(days=28), START - dt.timedelta(days=1), 16)
    weeks_1_12 = days_from(START, START + dt.timedelta(days=84), 4)
    weeks_13_24 = days_from(dt.date(2026, 7, 25), dt.date(2026, 7, 25) + dt.timedelta(days=29), 4)
    weeks_25 = days_from(dt.date(2026, 10, 17), today, 4)
    seed(db_path, baseline + weeks_1_12 + weeks_13_24 + weeks_25)
    seed_courses(db_path, topiramate())
    return db_path


def test_timeline_has_one_band_per_course_with_markers_for_injections(open_window, db_path, today):
    erenumab = catalogue.resolve("erenumab")
    seed_courses(db_path, topiramate(dt.date(2025, 3, 1), stop=dt.date(2025, 9, 1), stop_reason="side-effects"),
                 Course(catalogue.resolve("propranolol"), dt.date(2026, 1, 10)),
                 injections=[Injection(dt.date(2026, 10, 1), erenumab, 70),
                             Injection(dt.date(2026, 10, 29), erenumab, 70)])
    window = open_window()
    window.show_view(TREATMENTS_TAB)
    panel = window.treatments.courses
    artists = panel.artists
    assert len(artists["bands"]) == 3
    assert [t.get_text() for t in artists["axes"].get_yticklabels()] == [
        "topiramate 50 mg", "propranolol", "erenumab 70 mg"]
    assert artists["running"] == [False, True, True]
    assert artists["bands"][1].get_hatch() == "////"  # still running: hatched
    [injections] = artists["markers"][2]
    assert injections.get_label() == "injection" and len(injections.get_xdata()) == 2
    legend = [t.get_text() for t in artists["legend"].get_texts()]
    assert "still running" in legend and "injection" in legend

    panel.select(0)  # a click on a band does the same
    assert panel.artists["bands"][0].get_linewidth() == 2.0
    assert "stopped: side effects" in panel.title_label.text()


def test_with_no_courses_the_timeline_is_empty_and_says_how_to_start(open_window):
    window = open_window()
    window.show_view(TREATMENTS_TAB)
    panel = window.treatments.courses
    assert panel.artists["bands"] == []
    assert "Start course" in panel.title_label.text()
    assert panel.outcome_model.rowCount() == 0 and not panel.stop_button.isEnabled()


def test_eight_courses_each_get_a_band_and_a_label(open_window, db_path):
    names = ["amitriptyline", "candesartan", "propranolol", "topiramate", "flunarizine", "venlafaxine",
             "atogepant", "metoprolol"]
    courses = [Course(catalogue.resolve(n), dt.date(2024, 1, 1) + dt.timedelta(days=80 * i),
                      stop=dt.date(2024, 1, 1) + dt.timedelta(days=80 * i + 60), stop_reason="not-effective")
               for i, n in enumerate(names)]
    seed_courses(db_path, *courses)
    window = open_window()
    window.show_view(TREATMENTS_TAB)
    artists = window.treatments.courses.artists
    assert len(artists["bands"]) == 8
    assert len({band.get_facecolor() for band in artists["bands"]}) == 8  # a colour each
    assert window.treatments.courses.canvas.height() >= 8 * 28


def test_outcome_table_shows_recorded_days_statuses_and_the_summary_numbers(open_window, course_diary):
    window = open_window()
    window.show_view(TREATMENTS_TAB)
    rows = table_rows(window.treatments.courses.outcome_model)
    assert [r["Period"] for r in rows] == ["baseline", "weeks 1-12", "weeks 13-24", "weeks 25-36"]
    assert [r["Days\nrecorded"] for r in rows] == ["28/28", "84/84", "30/84", "41/84"]
    assert [r["Status"] for r in rows] == ["complete", "complete", "not enough data", "in progress"]
    assert rows[0]["Dates"] == "2026-04-03 – 2026-04-30"
    assert rows[1]["Migraine\ndays /28"] == "4.0" and rows[0]["Migraine\ndays /28"] == "16.0"
    assert (rows[1]["Reduction"], rows[1]["≥30%"], rows[1]["≥50%"], rows[1]["≥75%"]) == ("75.0%", "yes", "yes", "yes")
    assert rows[2]["Migraine\ndays /28"] == "—" and rows[2]["≥30%"] == "—"
    assert rows[3]["≥50%"] == "pending"  # in progress: no responder verdict yet
    assert rows[0]["Reduction"] == "" and rows[0]["≥30%"] == ""

    [course] = window.session.summary()["courses"]  # what `summary --json` and the report print
    keys = ["migraine_days_per_28", "headache_days_per_28", "acute_medication_days_per_28",
            "migraine_specific_acute_days_per_28", "mean_peak_severity"]
    titles = [c.title for c in window.treatments.courses.outcome_model.columns][4:9]
    for row, period in zip(rows, [course["baseline"], *course["periods"]]):
        for key, title in zip(keys, titles):
            assert row[title] == ("—" if period[key] is None else f"{period[key]:.1f}"), (period["label"], key)
    note = window.treatments.courses.findChildren(type(window.treatments.courses.title_label))
    assert any("30% is the threshold guidelines use for chronic migraine" in label.text() for label in note)


def test_continuation_check_is_in_words_and_an_aid(open_window, course_diary):
    window = open_window()
    window.show_view(TREATMENTS_TAB)
    panel = window.treatments.courses
    rows = table_rows(panel.continuation_model)
    assert [r["Criterion"] for r in rows] == ["Headache days per 28 days", "MIDAS", "HIT-6"]
    assert all(r["Result"].split(" (")[0] in ("met", "not met", "unknown") for r in rows)
    check = window.session.summary()["courses"][0]["continuation"]
    expected = {True: "met", False: "not met", None: "unknown"}[check["headache_days_criterion"]]
    assert rows[0]["Result"] == expected
    assert check["review_date"] in panel.continuation_label.text()
    texts = " ".join(label.text() for label in panel.findChildren(type(panel.title_label)))
    assert "an aid for the doctor's decision, not the decision" in texts.lower()


def test_start_course_dialog_saves_one_course_and_undo_takes_it_back(qtbot, open_window, db_path, today, prompter):
    window = open_window()
    window.show_view(TREATMENTS_TAB)

    def fill(dialog):
        qtbot.keyClicks(dialog.drug_edit, "Topamax")
        assert "topiramate" in dialog.drug_info.text()
        dialog.date_edit.setDate(dt.date(2026, 10, 1))
        qtbot.keyClicks(dialog.dose_edit, "25 mg at night")
        dialog.accept()
        return dialog.result() == dialog.DialogCode.Accepted

    prompter.dialogs.append(fill)
    qtbot.mouseClick(window.treatments.courses.start_button, Qt.MouseButton.LeftButton)
    with stored(db_path) as diary:
        [course] = diary.courses()
    assert (course.medication.name, course.start, course.stop, course.dose) == (
        "topiramate", dt.date(2026, 10, 1), None, "25 mg at night")
    panel = window.treatments.courses
    assert len(panel.artists["bands"]) == 1 and panel.artists["running"] == [True]
    assert "topiramate course started" in window.statusBar().currentMessage()

    window.undo_action.trigger()
    with stored(db_path) as diary:
        assert diary.courses() == []
    assert panel.artists["bands"] == []


def test_stop_course_dialog_records_the_reason_in_words(qtbot, open_window, db_path, prompter):
    seed_courses(db_path, topiramate(dt.date(2026, 6, 1)))
    window = open_window()
    window.show_view(TREATMENTS_TAB)
    shown = []

    def fill(dialog):
        shown.extend(dialog.reason_combo.itemText(i) for i in range(dialog.reason_combo.count()))
        dialog.date_edit.setDate(dt.date(2026, 5, 1))  # before the start: refused in the dialog
        assert dialog.date_edit.date().toPython() == dt.date(2026, 6, 1)
        dialog.date_edit.setDate(dt.date(2026, 9, 30))
        dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findText("side effects"))
        qtbot.keyClicks(dialog.note_edit, "tingling")
        dialog.accept()
        return True

    prompter.dialogs.append(fill)
    qtbot.mouseClick(window.treatments.courses.stop_button, Qt.MouseButton.LeftButton)
    assert shown == ["not effective", "side effects", "cost or access", "other"]
    with stored(db_path) as diary:
        [course] = diary.courses()
    assert (course.stop, course.stop_reason, course.note) == (dt.date(2026, 9, 30), "side-effects", "tingling")
    panel = window.treatments.courses
    assert panel.artists["running"] == [False]
    assert "stopped: side effects" in panel.title_label.text()
    assert not panel.stop_button.isEnabled()  # nothing left running

    window.undo_action.trigger()  # running again, as it was
    with stored(db_path) as diary:
        [course] = diary.courses()
    assert (course.stop, course.stop_reason) == (None, None)
    assert panel.artists["running"] == [True] and panel.stop_button.isEnabled()


def test_injection_dialog_refuses_a_missing_drug_and_says_why(qtbot, today):
    from diary_app.ui.dialogs.course_dialogs import InjectionDialog

    dialog = InjectionDialog(today, [])
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.error_label.isVisibleTo(dialog) and dialog.error_label.text() == "medication: a medication needs a name"
    assert dialog.result() != dialog.DialogCode.Accepted


def test_a_clash_found_on_saving_is_shown_and_nothing_changes(qtbot, open_window, db_path, prompter):
    seed_courses(db_path, topiramate(dt.date(2026, 6, 1)))
    window = open_window()
    window.show_view(TREATMENTS_TAB)

    def fill(dialog):
        qtbot.keyClicks(dialog.drug_edit, "topiramate")
        dialog.date_edit.setDate(dt.date(2026, 8, 1))
        dialog.accept()
        return True

    prompter.dialogs.append(fill)
    qtbot.mouseClick(window.treatments.courses.start_button, Qt.MouseButton.LeftButton)
    [(kind, title, text, _detail)] = prompter.messages()
    assert (kind, title) == ("error", "Course not started") and "overlaps" in text
    with stored(db_path) as diary:
        assert len(diary.courses()) == 1


def test_add_injection_dialog_saves_it_and_it_starts_a_course(qtbot, open_window, db_path, prompter):
    window = open_window()
    window.show_view(TREATMENTS_TAB)

    def fill(dialog):
        dialog.date_edit.setDate(dt.date(2026, 10, 20))
        qtbot.keyClicks(dialog.drug_edit, "Aimovig")
        qtbot.keyClick(dialog.dose_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.dose_spin, "70")
        dialog.accept()
        return True

    prompter.dialogs.append(fill)
    qtbot.mouseClick(window.treatments.courses.injection_button, Qt.MouseButton.LeftButton)
    with stored(db_path) as diary:
        [injection] = diary.injections()
    assert (injection.date, injection.medication.name, injection.dose_mg) == (dt.date(2026, 10, 20), "erenumab", 70)
    panel = window.treatments.courses
    assert len(panel.artists["bands"]) == 1
    assert panel.selected_course()["recorded"] is False
    assert "started by its first administration" in panel.title_label.text()
    window.undo_action.trigger()
    assert panel.artists["bands"] == []


def test_the_cycle_view_is_one_click_away_with_statuses_in_words(open_window, db_path, infusion_day):
    from tests.ui.conftest import eptinezumab
    from tests.ui.test_treatments_and_trends import diary_around

    seed(db_path, diary_around(infusion_day, before=16, after=4), infusions=[eptinezumab(infusion_day)])
    window = open_window()
    window.show_view(TREATMENTS_TAB)
    treatments = window.treatments
    assert treatments.pages.currentWidget() is treatments.courses
    treatments.pages.setCurrentIndex(1)
    assert treatments.pages.tabText(1).startswith("Cycle view")
    [row] = table_rows(treatments.infusion_model)
    assert row["Follow-up"] == "complete" and row["≥30%"] == "yes" and row["Reduction"] == "75.0%"


@pytest.fixture
def infusion_day():
    return dt.date(2026, 7, 1)


def test_trend_chart_shades_each_course_behind_the_bars(open_window, course_diary, today):
    seed(course_diary, [DayEntry.headache_free(dt.date(2025, 12, 1))])
    seed_courses(course_diary, Course(catalogue.resolve("propranolol"), dt.date(2025, 12, 1),
                                      stop=dt.date(2026, 3, 15), stop_reason="not-effective"))
    window = open_window()
    window.show_view(TRENDS_TAB)
    artists = window.trends.trend_artists
    months = artists["months"]
    assert months[0] == "2025-12" and months[-1] == "2026-11"
    spans = {span.course_name: span for span in artists["course_spans"]}
    assert set(spans) == {"propranolol", "topiramate"}
    propranolol, topiramate_span = spans["propranolol"], spans["topiramate"]
    assert propranolol.get_x() == pytest.approx(-0.5)  # from the first day of December
    assert propranolol.get_x() + propranolol.get_width() == pytest.approx(months.index("2026-03") - 0.5 + 15 / 31)
    assert topiramate_span.get_x() == pytest.approx(months.index("2026-05") - 0.5)
    assert topiramate_span.get_x() + topiramate_span.get_width() == pytest.approx(len(months) - 1.5 + 26 / 30)
    bars = artists["migraine_bars"]
    assert all(span.get_zorder() < bars[0].get_zorder() for span in spans.values())
    assert all(span.get_alpha() < 0.5 for span in spans.values())  # the bars show through
    legend = [t.get_text() for t in artists["legend"].get_texts()]
    assert "topiramate course" in legend and "propranolol course" in legend


def test_calendar_says_medication_overuse_in_words(open_window, db_path, today):
    seed(db_path, [headache(dt.date(2026, 10, d), "sumatriptan", "ibuprofen") for d in range(1, 13)])
    window = open_window()
    window.show_view(CALENDAR_TAB)
    window.calendar.show_month(2026, 10)
    text = window.calendar.overuse_label.text()
    assert "triptans on 10 or more days" in text
    assert "two or more of these classes" in text
    assert ">=" not in text and "_" not in text


def test_a_course_saved_by_another_program_shows_after_the_refresh(open_window, db_path):
    window = open_window()
    window.show_view(TREATMENTS_TAB)
    assert window.treatments.courses.artists["bands"] == []
    seed_courses(db_path, topiramate(dt.date(2026, 9, 1)))
    window._on_watch_changed()  # what the watch does when the command line saved
    assert len(window.treatments.courses.artists["bands"]) == 1
