"""Start-up of an installed Migraine Diary, timed from outside the process: from its start to its
window mapped on an Xvfb screen. The same clock serves the bundle and a venv install, which
benchmarks/startup_probe.py (it runs inside the interpreter) cannot do for a bundle.

    python packaging/startup.py [--runs 7] NAME=COMMAND [NAME=COMMAND ...]

prints the median and spread of each, measured in turns on one Xvfb screen, each run on its own
copy of an 18-month sample diary. Needs Xvfb and xdotool (Debian packages xvfb, xdotool).
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

WINDOW_NAME = "Migraine Diary"  # the main window's title ends with it
POLL_SECONDS = 0.01


@contextmanager
def xvfb(size: str = "1400x900x24") -> Iterator[str]:
    """A private Xvfb screen (it picks a free display number itself); yields the DISPLAY value."""
    read, write = os.pipe()
    # -noreset: the server would otherwise reset as each app leaves, refusing the next for a moment
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", size, "-nolisten", "tcp", "-noreset"],
                            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as displayfd:
            number = displayfd.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def app_env(display: str, home: Path, diary: Path) -> dict[str, str]:
    """What a desktop session gives the app: a display, a home, a locale; the diary named by
    MIGRAINE_DIARY_DB (as the menu entry starts it: no arguments)."""
    keep = {k: os.environ[k] for k in ("PATH", "TZ", "MIGRAINE_DIARY_TODAY") if k in os.environ}
    return {**keep, "DISPLAY": display, "HOME": str(home), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
            "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local" / "share"),
            "MIGRAINE_DIARY_DB": str(diary)}


def visible_window(display: str, pid: int) -> str | None:
    """The id of a mapped window of process `pid` named like the main window, or None."""
    found = subprocess.run(["xdotool", "search", "--all", "--onlyvisible", "--pid", str(pid), "--name", WINDOW_NAME],
                           capture_output=True, text=True, env={**os.environ, "DISPLAY": display})
    return found.stdout.split()[0] if found.returncode == 0 and found.stdout.strip() else None


def wait_for_window(proc: subprocess.Popen, display: str, timeout: float = 60, log: Path | None = None) -> float:
    """The moment (time.monotonic) the process's main window is mapped (RuntimeError if never)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if visible_window(display, proc.pid):
            return time.monotonic()
        if proc.poll() is not None:
            said = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
            raise RuntimeError(f"the app ended with status {proc.returncode} before its window showed\n{said}")
        time.sleep(POLL_SECONDS)
    raise RuntimeError(f"no window within {timeout:.0f} s")


def start_seconds(command: list[str], display: str, home: Path, diary: Path) -> float:
    """One start: process start to window mapped; the app is then ended."""
    log = home / "stderr.txt"
    with open(log, "wb") as stderr:
        started = time.monotonic()
        proc = subprocess.Popen(command, env=app_env(display, home, diary), stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        return wait_for_window(proc, display, log=log) - started
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def screenshot(display: str, path: Path) -> Path:
    """The whole screen as a PNG (Pillow reads X11 screens through XCB)."""
    from PIL import ImageGrab

    ImageGrab.grab(xdisplay=display).save(path)
    return path


def measure(commands: dict[str, list[str]], runs: int) -> dict[str, list[float]]:
    """Each command `runs` times, in turns after one unmeasured round (files into the page cache)."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory(prefix="diary-startup-") as tmp, xvfb() as display:
        sample = Path(tmp) / "sample.sqlite3"
        first = next(iter(commands.values()))
        subprocess.run([*first, "--db", str(sample), "demo", "--no-open"], check=True, capture_output=True)
        for round_ in range(runs + 1):
            for name, command in commands.items():
                run_dir = Path(tmp) / f"{name}-{round_}"
                (run_dir / "home").mkdir(parents=True)
                shutil.copy(sample, run_dir / "diary.sqlite3")
                seconds = start_seconds(command, display, run_dir / "home", run_dir / "diary.sqlite3")
                if round_:
                    times[name].append(seconds)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("commands", nargs="+", metavar="NAME=COMMAND")
    args = parser.parse_args(argv)
    commands = {name: shlex.split(command) for name, command in (item.split("=", 1) for item in args.commands)}
    times = measure(commands, args.runs)
    base = statistics.median(next(iter(times.values())))
    print("| install | median start to window | fastest | slowest | against the first |")
    print("|---|---|---|---|---|")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"| {name} | {median:.2f} s | {min(values):.2f} s | {max(values):.2f} s | {median / base:.2f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
