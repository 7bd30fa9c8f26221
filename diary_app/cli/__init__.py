"""The `migraine-diary` command: dispatch to the window or a command (parser.py), no business logic.

Every error a person can cause ends as one line on stderr and a non-zero exit status.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys

from diary_app.domain.errors import DiaryError, ImportFileError

PROG = "migraine-diary"
TODAY_ENV = "MIGRAINE_DIARY_TODAY"  # lets tests and demos pin "today"
LANG_ENV = "MIGRAINE_DIARY_LANG"  # diary_app.i18n.LANG_ENV, set by --lang


def today() -> dt.date:
    pinned = os.environ.get(TODAY_ENV)
    return dt.date.fromisoformat(pinned) if pinned else dt.date.today()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        if not argv:  # the desktop launcher: the window, without building every command's parser
            gc.disable()  # from here, not only from ui.app.launch: PySide's import alone runs ~3 ms of collections
            try:
                from diary_app.cli.window import open_window
                from diary_app.store.paths import resolve_db_path

                return open_window(resolve_db_path(None))
            finally:
                gc.enable()  # (the window enables it once on screen; this is for when it never was)
        from diary_app.cli.parser import build_parser

        args = build_parser().parse_args(argv)
        if args.lang:  # before any translation is installed: the window and the report both follow it
            os.environ[LANG_ENV] = args.lang
        from diary_app.cli import commands

        return commands.HANDLERS[args.command or "window"](args, today())
    except ImportFileError as exc:
        print(exc, file=sys.stderr)  # already one FILE:LINE: field: problem per line
        return 1
    except DiaryError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; nothing half-written", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `migraine-diary summary | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
