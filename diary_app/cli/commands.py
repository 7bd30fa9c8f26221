"""What each `migraine-diary` command does, on top of the store, exporters and domain."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from diary_app.cli import output
from diary_app.cli.window import open_window
from diary_app.domain import catalogue
from diary_app.domain.errors import DiaryError, ValidationError
from diary_app.domain.models import SETTINGS, DayEntry, Dose, Infusion
from diary_app.domain.record import replace
from diary_app.domain.validation import parse_date, validate_day, validate_infusion
from diary_app.store import Diary, demo_db_path, resolve_db_path


def open_diary(args: argparse.Namespace, today: dt.date, *, create: bool = True) -> Diary:
    """The diary the command works on; commands that only read pass create=False, so a
    mistyped --db path is an error rather than a new empty diary."""
    from diary_app.store.backups import open_diary as open_with_backups

    path = resolve_db_path(args.db)
    if not create and not path.exists():
        raise DiaryError(f"{path}: there is no diary here (check --db, or record a day first: "
                         f"migraine-diary log today --none)")
    diary = open_with_backups(path, today)
    if diary.backup_problem:
        print(f"warning: {diary.backup_problem}", file=sys.stderr)
    return diary


def _date(text: str, today: dt.date, field: str = "date") -> dt.date:
    words = {"today": today, "yesterday": today - dt.timedelta(days=1)}
    return words.get(text.strip().casefold()) or parse_date(text, field)


def cmd_log(args: argparse.Namespace, today: dt.date) -> int:
    if ".." in args.date:
        return _log_range(args, today)
    date = _date(args.date, today)
    with open_diary(args, today) as diary, diary.transaction():  # read and write as one
        entry = _updated_entry(diary.get_day(date), date, args)
        validate_day(entry, today)
        diary.save_day(entry)
    _tell_unknown(dose.medication for dose in entry.doses)
    print(f"{date}: {output.describe_day(entry)}")
    return 0


def _updated_entry(existing: DayEntry | None, date: dt.date, args: argparse.Namespace) -> DayEntry:
    """The day as the options describe it; options not given keep what was recorded."""
    if existing is None and args.state is None:
        raise ValidationError("state", f"{date} is not recorded yet: say --none, --headache or --migraine")
    entry = existing or DayEntry(date=date, headache=False)
    changes: dict = {}
    if args.state is not None:
        changes.update(headache=args.state != "none", migraine=args.state == "migraine")
        if args.state == "none":
            changes.update(severity=None if args.severity is None else args.severity, duration_hours=None)
    if args.severity is not None:
        changes["severity"] = args.severity
    if args.duration is not None:
        changes["duration_hours"] = args.duration
    if args.med is not None:
        changes["doses"] = tuple(Dose(catalogue.resolve(name)) for name in args.med)
    if args.trigger is not None:
        changes["triggers"] = tuple(t.strip() for t in args.trigger if t.strip())
    if args.note is not None:
        changes["notes"] = args.note.strip()
    return replace(entry, **changes)


def _log_range(args: argparse.Namespace, today: dt.date) -> int:
    first_text, _, last_text = args.date.partition("..")
    first, last = _date(first_text, today, "from"), _date(last_text, today, "to")
    if args.state != "none" or any(v is not None for v in (args.severity, args.duration, args.med, args.trigger, args.note)):
        raise ValidationError("date", "a range FROM..TO only goes with --none (and no other option)")
    if first > last:
        raise ValidationError("date", f"{first} is after {last}")
    if last > today:
        raise ValidationError("to", f"{last} is in the future")
    with open_diary(args, today) as diary:
        marked = diary.mark_headache_free(first, last)
    total = (last - first).days + 1
    print(f"Marked {len(marked)} unrecorded day(s) headache-free; {total - len(marked)} recorded day(s) kept.")
    return 0


def _tell_unknown(medications) -> None:
    _tell_unknown_names({m.name for m in medications if not m.known})


def _tell_unknown_names(names) -> None:
    for name in sorted(names):
        print(f"note: '{name}' is not in the medication catalogue; kept as entered with class 'other'", file=sys.stderr)


def parse_setting(text: str) -> str:
    key = text.strip().casefold().replace(" ", "_").replace("-", "_")
    aliases = {"er": "emergency_room", "ed": "emergency_room", "emergency": "emergency_room",
               "infusion_center": "infusion_centre", "centre": "infusion_centre", "center": "infusion_centre"}
    key = aliases.get(key, key)
    if key not in SETTINGS:
        raise ValidationError("setting", f"'{text}' is not one of: {', '.join(SETTINGS)}")
    return key


def cmd_infusion(args: argparse.Namespace, today: dt.date) -> int:
    medication = catalogue.resolve(args.drug, role="preventive")
    infusion = Infusion(
        start=_date(args.date, today, "start"),
        medication=medication,
        days=args.days,
        dose_mg=args.dose,
        kind=args.kind or medication.role,
        setting=parse_setting(args.setting),
        reactions=args.reactions.strip(),
        notes=args.note.strip(),
    )
    validate_infusion(infusion, today)
    with open_diary(args, today) as diary:
        diary.save_infusion(infusion)
    _tell_unknown([medication])
    span = f" for {infusion.days} days" if infusion.days > 1 else ""
    print(f"{infusion.start}: {infusion.kind} infusion of {medication.name}{span} recorded.")
    return 0


def cmd_import(args: argparse.Namespace, today: dt.date) -> int:
    from diary_app.exporters.imports.detect import is_own_format

    if not is_own_format(args.file):
        return _import_history(args, today)
    from diary_app.exporters.transfer import apply_import, check_import

    if args.fill_headache_free:
        raise ValidationError("fill-headache-free", "only goes with an export of another app (a days CSV or a "
                                                    "backup says which days were headache-free)")
    checked = check_import(args.file, today)  # read it all through before opening the diary
    if args.dry_run:
        print(f"{args.file}: a Migraine Diary {'backup' if args.file.suffix.casefold() == '.json' else 'days file'} "
              f"with {checked.days} day(s) and {checked.infusions} infusion(s).")
        print("Nothing was written (--dry-run).")
        return 0
    with open_diary(args, today) as diary:
        result = apply_import(diary, checked)
    _tell_unknown_names(result.unknown_medications)
    replaced = f" ({result.replaced_days} of them replaced days already recorded)" if result.replaced_days else ""
    print(f"Imported {result.days} day(s){replaced} and {result.treatments} from {args.file}.")
    return 0


def _import_history(args: argparse.Namespace, today: dt.date) -> int:
    """An export of another app: what it holds, then (unless --dry-run) all of it in one transaction."""
    from diary_app.exporters.history_import import import_history
    from diary_app.exporters.imports.detect import read_history

    parsed = read_history(args.file, today)
    if args.dry_run:
        print("\n".join(parsed.describe()))
        print("Nothing was written (--dry-run).")
        return 0
    with open_diary(args, today) as diary:
        result = import_history(diary, parsed, today, fill_headache_free=args.fill_headache_free)
    _tell_unknown_names(result.unknown_medications)
    print(f"{result.describe()} from {args.file} ({parsed.format}).")
    return 0


def cmd_export(args: argparse.Namespace, today: dt.date) -> int:
    from diary_app.exporters.transfer import export_file

    with open_diary(args, today, create=False) as diary:
        export_file(diary, args.file, today=today, first_month=args.first_month,
                    last_month=args.last_month, monthly=args.monthly)
    print(f"Exported to {args.file}.")
    return 0


def cmd_summary(args: argparse.Namespace, today: dt.date) -> int:
    from diary_app.store.summary import diary_summary

    with open_diary(args, today, create=False) as diary:
        summary = diary_summary(diary, today=today, first_month=args.first_month, last_month=args.last_month)
    if args.json:
        json.dump(summary, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(output.summary_table(summary))
    return 0


def cmd_demo(args: argparse.Namespace, today: dt.date) -> int:
    from diary_app.domain.demo import demo_contents

    path = Path(args.db) if args.db else demo_db_path()
    if not args.db and path.exists():
        _remove_diary_file(path)  # the demo file is ours to rebuild
    with Diary.open(path) as diary:
        if diary.has_entries() or diary.settings() or diary.medications():
            raise DiaryError(f"{path} already holds a diary; the demo is only written to a new or empty file")
        diary.import_contents(demo_contents(today))
    print(f"Sample diary written to {path}.")
    if args.no_open:
        return 0
    return open_window(path, demo=True)


def _remove_diary_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def cmd_window(args: argparse.Namespace, today: dt.date) -> int:
    return open_window(resolve_db_path(args.db))


def cmd_backup(args: argparse.Namespace, today: dt.date) -> int:
    from diary_app.store import backups

    print(f"Backup written to {backups.backup_now(resolve_db_path(args.db))}.")
    return 0


def cmd_restore(args: argparse.Namespace, today: dt.date) -> int:
    from diary_app.store import backups

    path = resolve_db_path(args.db)
    saved = backups.restore(path, args.backup)
    if saved:
        print(f"The diary as it was is saved at {saved}.")
    print(f"{path} restored from {args.backup}.")
    return 0


def cmd_questionnaire(args: argparse.Namespace, today: dt.date) -> int:
    from diary_app.domain import questionnaires as qn
    from diary_app.domain.validation import parse_int

    if args.questionnaire == "list":
        return _list_questionnaires(args, today)
    is_midas = args.questionnaire == qn.MIDAS
    questionnaire = qn.Questionnaire(
        kind=args.questionnaire,
        date=_date(args.date, today),
        answers=qn.parse_answers(args.questionnaire, args.answers),
        a_days=parse_int(args.a or "", qn.question_field("A"), 0, qn.MIDAS_MAX_DAYS) if is_midas else None,
        b_pain=parse_int(args.b or "", qn.question_field("B"), 0, qn.MIDAS_MAX_PAIN) if is_midas else None,
        notes=args.note.strip(),
    )
    qn.validate_questionnaire(questionnaire, today)
    with open_diary(args, today) as diary:
        same_day = diary.questionnaires(questionnaire.kind, questionnaire.date, questionnaire.date)
        if same_day:  # one of each kind a day: answering again replaces it
            questionnaire = replace(questionnaire, id=same_day[0].id)
        diary.save_questionnaire(questionnaire)
    print(f"{output.describe_questionnaire(questionnaire)} {'replaced' if same_day else 'recorded'}.")
    return 0


def _list_questionnaires(args: argparse.Namespace, today: dt.date) -> int:
    from diary_app.domain.questionnaires import questionnaires_summary

    with open_diary(args, today, create=False) as diary:
        items = diary.questionnaires()
    if args.json:
        json.dump(questionnaires_summary(items), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    elif not items:
        print("No questionnaires yet. Try 'migraine-diary questionnaire midas today --answers 0,0,0,0,0'.")
    else:
        for item in items:
            print(output.describe_questionnaire(item))
    return 0


def cmd_course(args: argparse.Namespace, today: dt.date) -> int:
    from diary_app.cli.courses import cmd_course as run

    return run(args, today)


def cmd_injection(args: argparse.Namespace, today: dt.date) -> int:
    from diary_app.cli.courses import cmd_injection as run

    return run(args, today)


def cmd_attack(args: argparse.Namespace, today: dt.date) -> int:
    from diary_app.cli.attacks import cmd_attack as run

    return run(args, today)


def cmd_desktop(args: argparse.Namespace, today: dt.date) -> int:
    from diary_app.cli.desktop import cmd_desktop as run

    return run(args, today)


HANDLERS = {
    "attack": cmd_attack,
    "desktop": cmd_desktop,
    "course": cmd_course,
    "injection": cmd_injection,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "log": cmd_log,
    "infusion": cmd_infusion,
    "import": cmd_import,
    "export": cmd_export,
    "summary": cmd_summary,
    "questionnaire": cmd_questionnaire,
    "demo": cmd_demo,
    "window": cmd_window,
}
