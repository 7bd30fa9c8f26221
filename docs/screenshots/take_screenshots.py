"""Regenerate the screenshots: a demo diary in a temporary folder, one PNG per view, and the
attack dialog and the import preview of a sample Migraine Buddy export (tests/fixtures/imports);
then every view again in the dark theme (dark-<view>.png) and in a 1024x600 window (small-<view>.png).

Run under a real (virtual) display:
    xvfb-run -a -s "-screen 0 1400x900x24" python docs/screenshots/take_screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from diary_app.domain import catalogue
from diary_app.domain.demo import demo_contents
from diary_app.domain.models import Attack, Dose
from diary_app.domain.record import replace
from diary_app.store import Diary

TODAY = dt.date(2026, 11, 26)
ATTACK_DAY = dt.date(2026, 11, 22)  # its demo entry is left out: the two attacks record the day
SAMPLE_EXPORT = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "imports" / "migraine_buddy.csv"


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def demo_attacks() -> list[Attack]:
    """Two attacks on ATTACK_DAY (the first from the night before), two on a September day and
    one over three September days, as a person logging attacks would have them."""
    night_before, september = ATTACK_DAY - dt.timedelta(days=1), dt.date(2026, 9, 9)
    sumatriptan, ibuprofen = catalogue.resolve("sumatriptan"), catalogue.resolve("ibuprofen")
    return [
        Attack(at(night_before, 22, 30), at(ATTACK_DAY, 3, 15), "migraine", 7, nausea=True, photophobia=True,
               doses=(Dose(sumatriptan, 50, "mg", 2, taken_at=at(night_before, 22, 45)),), triggers=("poor sleep",)),
        Attack(at(ATTACK_DAY, 14), at(ATTACK_DAY, 17, 30), "headache", 4, phonophobia=True,
               doses=(Dose(ibuprofen, 400, "mg", 1, taken_at=at(ATTACK_DAY, 14, 15)),), note="After a long meeting"),
        Attack(at(september, 7), at(september, 11), "migraine", 6),
        Attack(at(september, 19), at(september, 23), "migraine", 5),
        Attack(at(dt.date(2026, 9, 21), 21), at(dt.date(2026, 9, 23), 9), "migraine", 8),
    ]


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="diary-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    path = folder / "demo.sqlite3"
    with Diary.open(path) as diary:
        contents = demo_contents(TODAY)
        # leave two recent days open so the catch-up banner shows, as a person would see it
        days = tuple(d for d in contents.days if d.date not in (TODAY - dt.timedelta(days=2), TODAY, ATTACK_DAY))
        diary.import_contents(replace(contents, days=days))
        for attack in demo_attacks():
            diary.save_attack(attack)
    from diary_app.ui.app import launch, settle

    window = launch(path, lambda: TODAY)  # as `migraine-diary` opens it
    app = QApplication.instance()
    settle(window)  # what the window does once it is on screen
    window.resize(1200, 800)
    window.move(20, 20)
    views(window, app, out, "")
    window.show_view(0)
    window.day_form.show_date(ATTACK_DAY)
    dialogs(window, app, out)
    window.theme.set_theme("dark")
    views(window, app, out, "dark-")
    window.theme.set_theme("system")
    window.resize(1024, 600 - 40)  # a 1024x600 screen, less a taskbar and the title bar
    views(window, app, out, "small-")
    window.close()
    return 0


def views(window, app, out: Path, prefix: str) -> None:
    """One PNG of every view (`prefix` + name), each showing what the README describes."""
    shots = (("today", 0), ("attacks", 0), ("calendar", 1), ("treatments", 2), ("courses", 2), ("trends", 3),
             ("questionnaires", 4))
    for name, index in shots:
        window.show_view(index)
        if name == "today":  # a recorded migraine day, with its medications
            window.day_form.show_date(dt.date(2026, 11, 11))
        if name == "attacks":  # a day only its two attacks recorded, the first from the night before
            window.day_form.show_date(ATTACK_DAY)
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
        window.grab().save(str(out / f"{prefix}{name}.png"))
        print(out / f"{prefix}{name}.png")


def dialogs(window, app, out: Path) -> None:
    """The attack dialog on the night-before attack, and the preview of a Migraine Buddy export."""
    from diary_app.exporters.imports.detect import read_history
    from diary_app.ui.dialogs.attack_dialog import AttackDialog
    from diary_app.ui.dialogs.import_preview import ImportPreviewDialog

    session = window.session
    attack = session.attacks(ATTACK_DAY, ATTACK_DAY)[0]
    shown = [AttackDialog(at(ATTACK_DAY, 8), TODAY, session.medications(), session.triggers(), attack, window),
             ImportPreviewDialog(read_history(SAMPLE_EXPORT, TODAY), SAMPLE_EXPORT.name, window)]
    for name, dialog in zip(("attack-dialog", "import-preview"), shown):
        dialog.show()
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")
        dialog.close()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent))
