"""The `course` and `injection` commands: preventive courses and the injections of them."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from diary_app.cli import output
from diary_app.cli.commands import _date, _tell_unknown, open_diary
from diary_app.domain import catalogue
from diary_app.domain.courses import running_on
from diary_app.domain.errors import ValidationError
from diary_app.domain.models import Course, Injection
from diary_app.domain.record import replace
from diary_app.domain.validation import validate_course, validate_injection


def cmd_course(args: argparse.Namespace, today: dt.date) -> int:
    if args.course_action == "list":
        return _list(args, today)
    medication = catalogue.resolve(args.drug, role="preventive")
    date = _date(args.date, today, "start" if args.course_action == "start" else "stop")
    with open_diary(args, today) as diary, diary.transaction():  # read the running courses and write as one
        from diary_app.store.summary import course_spans

        running = running_on(course_spans(diary, today), medication.name, date)
        if args.course_action == "start":
            course = _started(running, medication, date, args, today)
        else:
            course = _stopped(running, medication, date, args, today)
        diary.save_course(course)
    _tell_unknown([medication])
    if args.course_action == "start":
        print(f"{date}: course of {medication.name} started.")
    else:
        print(f"{date}: course of {medication.name} (from {course.start}) stopped: {args.reason}.")
    return 0


def _started(running, medication, date: dt.date, args, today: dt.date) -> Course:
    if running is not None:
        raise ValidationError("date", f"a course of {medication.name} is already running on {date} "
                                      f"(since {running.start})")
    course = Course(medication, date, dose=args.dose.strip(), note=args.note.strip())
    validate_course(course, today)
    return course


def _stopped(running, medication, date: dt.date, args, today: dt.date) -> Course:
    """The course running on DATE with its stop; a course started by injections is recorded now."""
    if running is None:
        raise ValidationError("date", f"no course of {medication.name} is running on {date} "
                                      f"(see 'migraine-diary course list')")
    note = running.note if args.note is None else args.note.strip()
    base = running.recorded or Course(running.medication, running.start, dose=running.dose)
    course = replace(base, stop=date, stop_reason=args.reason, note=note)
    validate_course(course, today)
    return course


def _list(args: argparse.Namespace, today: dt.date) -> int:
    from diary_app.store.summary import diary_summary

    with open_diary(args, today, create=False) as diary:
        summary = diary_summary(diary, today=today)
    listing = {"courses": summary["courses"], "preventive_history": summary["preventive_history"]}
    if args.json:
        json.dump(listing, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    elif not listing["courses"]:
        print("No preventive courses yet. Try 'migraine-diary course start today --drug topiramate'.")
    else:
        print("\n".join(output.course_lines(listing["courses"], listing["preventive_history"])))
    return 0


def cmd_injection(args: argparse.Namespace, today: dt.date) -> int:
    medication = catalogue.resolve(args.drug, role="preventive")
    if medication.role == "acute":
        raise ValidationError("drug", f"{medication.name} is an acute medication: record it on its day "
                                      f"('migraine-diary log DATE --migraine --med {args.drug}')")
    injection = Injection(_date(args.date, today), medication, args.dose, args.note.strip())
    validate_injection(injection, today)
    with open_diary(args, today) as diary:
        diary.save_injection(injection)
    _tell_unknown([medication])
    dose = f" {injection.dose_mg:g} {catalogue.dose_unit(medication)}" if injection.dose_mg is not None else ""
    print(f"{injection.date}: injection of {medication.name}{dose} recorded.")
    return 0
