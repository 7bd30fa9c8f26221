"""The command line's parser: every command, its options and their help."""

from __future__ import annotations

import argparse
from pathlib import Path

from diary_app import __version__
from diary_app.cli import PROG
from diary_app.domain.errors import ValidationError
from diary_app.domain.validation import parse_month


def _month(text: str) -> tuple[int, int]:
    try:
        return parse_month(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.problem) from None


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr (exit status 2), like every error."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="A migraine diary: log days and infusions, see monthly migraine days, "
        "export a report for your neurologist. With no command, opens the window.",
    )
    parser.add_argument("--db", metavar="PATH", help="diary file (default: $MIGRAINE_DIARY_DB or the user data folder)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--lang", choices=("en", "de", "es"), help=(
        "the language of the window and the PDF report: English, German or Spanish (default: the one chosen "
        "in the preferences, else the system's)"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    log = sub.add_parser("log", help="record or update a day", description=(
        "Record or update one day (DATE is YYYY-MM-DD, 'today' or 'yesterday'). "
        "FROM..TO --none marks every unrecorded day of the range headache-free and never overwrites a recorded day."))
    log.add_argument("date", metavar="DATE")
    state = log.add_mutually_exclusive_group()
    state.add_argument("--none", dest="state", action="store_const", const="none", help="no headache")
    state.add_argument("--headache", dest="state", action="store_const", const="headache", help="a headache (not a migraine)")
    state.add_argument("--migraine", dest="state", action="store_const", const="migraine", help="a migraine")
    log.add_argument("--severity", type=int, metavar="N", help="peak severity 0-10")
    log.add_argument("--duration", type=float, metavar="HOURS", help="how long it lasted, in hours")
    log.add_argument("--med", action="append", metavar="NAME", help="an acute medication taken (repeat for several)")
    log.add_argument("--trigger", action="append", metavar="NAME", help="a suspected trigger (repeat for several)")
    log.add_argument("--note", metavar="TEXT", help="a note for the day")

    inf = sub.add_parser("infusion", help="record an infusion or infusion course",
                              description="Record an IV infusion, or a course over several days (e.g. DHE).")
    inf.add_argument("date", metavar="DATE", help="first day, YYYY-MM-DD")
    inf.add_argument("--drug", required=True, metavar="NAME", help="e.g. eptinezumab, Vyepti, DHE")
    inf.add_argument("--dose", type=float, metavar="MG", help="dose in mg")
    inf.add_argument("--days", type=int, default=1, metavar="N", help="days in the course (default 1)")
    inf.add_argument("--kind", choices=("preventive", "acute"), help="default: from the medication catalogue")
    inf.add_argument("--setting", metavar="S", default="infusion_centre",
                     help="infusion_centre (default), emergency_room, hospital or home")
    inf.add_argument("--reactions", metavar="TEXT", default="", help="reactions noticed")
    inf.add_argument("--note", metavar="TEXT", default="", help="a note")

    _add_courses(sub)
    _add_attack(sub)

    imp = sub.add_parser("import", help="import a days CSV, a JSON backup, or another app's export", description=(
        "Import a .csv days file or a .json full backup of this diary, or an export of Migraine Buddy, Bearable, "
        "Headi or Apple Health (recognised from its content). All or nothing: any bad row imports nothing. "
        "Importing the same export twice adds nothing the second time."))
    imp.add_argument("file", metavar="FILE", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="say what the file holds and write nothing")
    imp.add_argument("--fill-headache-free", action="store_true", help=(
        "for apps that record only attacks: mark the days without an attack between the first and the last "
        "imported day headache-free (otherwise they stay unrecorded)"))

    exp = sub.add_parser("export", help="export CSV, JSON, the PDF report or infusion dates (.ics)",
                              description="Export by suffix: .csv days (or --monthly summary), .json full backup, "
                              ".pdf doctor report, .ics upcoming infusion dates.")
    exp.add_argument("file", metavar="FILE", type=Path)
    _add_range(exp)
    exp.add_argument("--monthly", action="store_true", help="with .csv: one row per month instead of per day")

    summ = sub.add_parser("summary", help="monthly migraine days, classification and infusion outcomes")
    summ.add_argument("--json", action="store_true", help="print one JSON object")
    _add_range(summ)
    _add_questionnaire(sub)

    demo = sub.add_parser("demo", help="create a sample diary and open it", description=(
        "Create a realistic 18-month sample diary at --db (a new or empty file), or in a separate demo "
        "file beside your diary, never in your diary; then open it."))
    demo.add_argument("--no-open", action="store_true", help="only write the sample diary")

    sub.add_parser("backup", help="write a consistent backup copy now",
                   description="Copy the diary into the backups/ folder beside it (SQLite online backup).")
    restore = sub.add_parser("restore", help="replace the diary by a backup (the current file is saved aside)")
    restore.add_argument("backup", metavar="BACKUP", type=Path)
    _add_desktop(sub)
    return parser


def _add_desktop(sub) -> None:
    desktop = sub.add_parser("desktop", help="add the app to your desktop's menu, or take it out (Linux)", description=(
        "install: a menu entry and icon for you (in $XDG_DATA_HOME, ~/.local/share by default) that start this "
        "installation of Migraine Diary; uninstall: remove exactly those files. Your diary is not touched."))
    actions = desktop.add_subparsers(dest="desktop_action", metavar="ACTION", required=True)
    actions.add_parser("install", help="add the menu entry and icon")
    actions.add_parser("uninstall", help="remove the menu entry and icon")


def _add_attack(sub) -> None:
    attack = sub.add_parser("attack", help="record one attack (several a day, over midnight or over days)", description=(
        "Record one attack. START and END are 'YYYY-MM-DD HH:MM' (quote it), 'YYYY-MM-DDTHH:MM', 'today HH:MM', "
        "'yesterday HH:MM', 'HH:MM' (today) or 'now'; an END of only HH:MM is the first such time after the start. "
        "Every day the attack covers is a headache day."))
    attack.add_argument("start", metavar="START")
    end = attack.add_mutually_exclusive_group()
    end.add_argument("--end", metavar="END", help="when it ended")
    end.add_argument("--duration", metavar="1d2h15m", help="how long it lasted, e.g. 45m, 3h, 1d2h15m")
    kind = attack.add_mutually_exclusive_group()
    kind.add_argument("--migraine", dest="kind", action="store_const", const="migraine", help="a migraine (the default)")
    kind.add_argument("--headache", dest="kind", action="store_const", const="headache", help="a headache, not a migraine")
    attack.add_argument("--severity", type=int, metavar="N", help="peak severity 0-10")
    attack.add_argument("--med", action="append", metavar="NAME[@HH:MM]", help="a dose taken for it, at a time (repeat)")
    for flag, words in (("aura", "with aura"), ("nausea", "with nausea"), ("light", "sensitive to light"),
                        ("sound", "sensitive to sound")):
        attack.add_argument(f"--{flag}", action="store_true", help=words)
    attack.add_argument("--trigger", action="append", metavar="NAME", help="a suspected trigger (repeat)")
    attack.add_argument("--note", metavar="TEXT", default="", help="a note")


def _add_courses(sub) -> None:
    from diary_app.domain.models import STOP_REASONS

    course = sub.add_parser("course", help="start, stop or list preventive treatment courses", description=(
        "A course is one preventive medication from a start date to a stop date: an oral preventive "
        "(topiramate, propranolol, ...), monthly or quarterly injections, or an infusion series. "
        "Injections and preventive infusions start a course by themselves when none is running."))
    actions = course.add_subparsers(dest="course_action", metavar="ACTION", required=True)
    start = actions.add_parser("start", help="start a course on DATE", description="Start taking a preventive on DATE.")
    start.add_argument("date", metavar="DATE", help="YYYY-MM-DD, 'today' or 'yesterday'")
    start.add_argument("--drug", required=True, metavar="NAME", help="e.g. topiramate, Aimovig, Botox")
    start.add_argument("--dose", metavar="TEXT", default="", help='e.g. "50 mg twice a day"')
    start.add_argument("--note", metavar="TEXT", default="", help="a note")
    stop = actions.add_parser("stop", help="stop the course running on DATE",
                              description="Stop the course of --drug that is running on DATE (its last day).")
    stop.add_argument("date", metavar="DATE", help="the last day taken: YYYY-MM-DD, 'today' or 'yesterday'")
    stop.add_argument("--drug", required=True, metavar="NAME")
    stop.add_argument("--reason", required=True, choices=STOP_REASONS, help="why it was stopped")
    stop.add_argument("--note", metavar="TEXT", help="a note (e.g. which side effects)")
    listing = actions.add_parser("list", help="every course with its outcome against the pre-treatment baseline")
    listing.add_argument("--json", action="store_true", help="print one JSON object, as in summary --json")

    inj = sub.add_parser("injection", help="record a preventive injection",
                         description="Record a preventive injection (erenumab, fremanezumab, galcanezumab, Botox), "
                                     "as 'infusion' records an infusion.")
    inj.add_argument("date", metavar="DATE", help="YYYY-MM-DD, 'today' or 'yesterday'")
    inj.add_argument("--drug", required=True, metavar="NAME", help="e.g. Aimovig, Ajovy, Emgality, Botox")
    inj.add_argument("--dose", type=float, metavar="MG", help="dose in mg (units for Botox); fremanezumab 675 mg is quarterly")
    inj.add_argument("--note", metavar="TEXT", default="", help="a note")


def _add_questionnaire(sub) -> None:
    quest = sub.add_parser("questionnaire", help="record a MIDAS or HIT-6 questionnaire, or list them",
                           description="Record (or replace) the MIDAS or HIT-6 answered on DATE, or list all of them.")
    kinds = quest.add_subparsers(dest="questionnaire", metavar="KIND", required=True)
    midas = kinds.add_parser("midas", help="Migraine Disability Assessment (last 3 months)", description=(
        "MIDAS: days in the last 3 months for questions 1-5 (each 0-90), e.g. --answers 3,4,5,0,2. "
        "Score = their sum; grade I 0-5, II 6-10, III 11-20, IV 21+."))
    midas.add_argument("date", metavar="DATE", help="YYYY-MM-DD, 'today' or 'yesterday'")
    midas.add_argument("--answers", required=True, metavar="N,N,N,N,N", help="questions 1-5, days (0-90)")
    midas.add_argument("--a", metavar="DAYS", help="question A: headache days in the last 3 months (0-90)")
    midas.add_argument("--b", metavar="PAIN", help="question B: average pain of those headaches (0-10)")
    midas.add_argument("--note", metavar="TEXT", default="", help="a note")
    hit6 = kinds.add_parser("hit6", help="Headache Impact Test (6 questions)", description=(
        "HIT-6: six answers, each never, rarely, sometimes, 'very often' or always (or their points "
        "6, 8, 10, 11, 13), e.g. --answers never,rarely,sometimes,\"very often\",always,never. Score 36-78."))
    hit6.add_argument("date", metavar="DATE", help="YYYY-MM-DD, 'today' or 'yesterday'")
    hit6.add_argument("--answers", required=True, metavar="A,A,A,A,A,A", help="questions 1-6")
    hit6.add_argument("--note", metavar="TEXT", default="", help="a note")
    listing = kinds.add_parser("list", help="every questionnaire with its score and grade")
    listing.add_argument("--json", action="store_true", help="print one JSON object, as in summary --json")


def _add_range(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="first_month", type=_month, metavar="YYYY-MM", help="first month")
    parser.add_argument("--to", dest="last_month", type=_month, metavar="YYYY-MM", help="last month")
