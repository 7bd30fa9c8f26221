"""Regenerate the screenshots: a demo diary in a temporary folder, one PNG per view.

Run under a real (virtual) display:
    xvfb-run -a -s "-screen 0 1400x900x24" python docs/screenshots/take_screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from diary_app.domain.demo import demo_contents
from diary_app.store import Diary

TODAY = dt.date(2026, 11, 26)


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="diary-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    path = folder / "demo.sqlite3"
    with Diary.open(path) as diary:
        contents = demo_contents(TODAY)
        # leave two recent days open so the catch-up banner shows, as a person would see it
        days = tuple(d for d in contents.days if d.date not in (TODAY - dt.timedelta(days=2), TODAY))
        diary.import_contents(dataclasses.replace(contents, days=days))
    from diary_app.ui.app import launch, settle

    window = launch(path, lambda: TODAY)  # as `migraine-diary` opens it
    app = QApplication.instance()
    settle(window)  # what the window does once it is on screen
    window.resize(1200, 800)
    window.move(20, 20)
    shots = (("today", 0), ("calendar", 1), ("treatments", 2), ("courses", 2), ("trends", 3), ("questionnaires", 4))
    for name, index in shots:
        window.show_view(index)
        if name == "today":  # a recorded migraine day, with its medications
            window.day_form.show_date(dt.date(2026, 11, 11))
        if name == "calendar":  # the month of the last infusion
            window.calendar.show_month(2026, 9)
        if name == "treatments":  # the cycle view: each infusion against the 28 days before it
            window.treatments.select_row(2)
        if name == "courses":  # the course timeline, the eptinezumab course against its original baseline
            treatments = window.treatments
            treatments.pages.setCurrentWidget(treatments.courses)
            names = [course["medication"] for course in treatments.courses.courses]
            treatments.courses.select(names.index("eptinezumab") if "eptinezumab" in names else 0)
        if name == "questionnaires":
            window.questionnaires.table.selectRow(0)
        for _ in range(5):
            app.processEvents()
        if name == "courses":
            window.treatments.courses.canvas.draw()
            app.processEvents()
        if name == "trends":  # the whole diary, with the questionnaire scores
            window.trends.scores_box.setChecked(True)
            window.trends.show_all()
            window.trends.trend_canvas.draw()
            window.trends.outcome_canvas.draw()
            app.processEvents()
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent))
