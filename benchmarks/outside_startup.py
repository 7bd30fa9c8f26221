"""Start-up as a person sees it, timed from outside the process (issue 16).

    python -m benchmarks.outside_startup [--runs 15] [--command .venv/bin/migraine-diary] [--shots DIR] [--first-start]

From the start of the installed command (no arguments, as the desktop menu starts it, in a fresh
home whose cache folder is kept between starts) to (1) its window mapped on a private Xvfb
screen and (2) its first complete frame: the last change to the window's pixels before they
rest for QUIET seconds, seen through the X DAMAGE extension, the app's window checked by a
capture to hold more than one colour. The yardstick, an empty QMainWindow (`empty_window.py`)
run by the command's own interpreter, is measured alike, in turns with the app on the 18-month
sample diary and on a new diary.
Needs Xvfb (Debian: xvfb) and python-xlib (`pip install python-xlib`).
"""

from __future__ import annotations

import argparse
import os
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
EMPTY_WINDOW = ROOT / "benchmarks" / "empty_window.py"
QUIET = 0.3  # seconds without a change: the frame is complete (the app settles 0.4 s after showing)
TIMEOUT = 60.0


class Start(NamedTuple):
    mapped: float  # seconds from the process's start to its window mapped
    frame: float  # ... to the window's first complete frame


def complete_frame(changes: list[float], now: float, quiet: float = QUIET) -> float | None:
    """The moment of the last change before the first rest of `quiet` seconds; None while the
    window may still be changing. `changes` are the moments its pixels changed, in order."""
    for change, following in zip(changes, [*changes[1:], now]):
        if following - change >= quiet:
            return change
    return None


def interpreter_of(command: Path) -> str:
    """The Python a console script runs on (its #! line), so the yardstick runs on the same."""
    first = command.read_bytes().split(b"\n", 1)[0].decode()
    if not first.startswith("#!"):
        raise ValueError(f"{command} is not a script with a #! line")
    return first[2:].strip().split()[0]


def person_env(display: str, home: Path, cache: Path | None = None) -> dict[str, str]:
    """What a desktop session gives a program it starts: a display, a home, a locale (and a cache
    folder, by default the home's own)."""
    keep = {k: os.environ[k] for k in ("PATH", "TZ") if k in os.environ}
    return {**keep, "DISPLAY": display, "HOME": str(home), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
            "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CACHE_HOME": str(cache or home / ".cache")}


@contextmanager
def xvfb(size: str = "1400x900x24") -> Iterator[str]:
    """A private Xvfb screen (it picks a free display number itself); yields the DISPLAY value."""
    read, write = os.pipe()
    # -noreset: the server would otherwise reset as each client leaves, refusing the next for a moment
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


class Screen:
    """A client of the X server that sees top-level windows created, mapped and drawn on."""

    def __init__(self, display: str):
        from Xlib import X
        from Xlib.display import Display
        from Xlib.ext import damage

        self._X, self._damage = X, damage
        self.x = Display(display)
        if not self.x.has_extension("DAMAGE"):
            raise RuntimeError("the X server has no DAMAGE extension")
        self.x.damage_query_version()
        self.x.screen().root.change_attributes(event_mask=X.SubstructureNotifyMask)
        self._pid_atom = self.x.intern_atom("_NET_WM_PID")
        self._damage_notify = self.x.extension_event.DamageNotify  # the event's code on this server
        self.x.sync()

    def _pid_of(self, window) -> int | None:
        prop = window.get_full_property(self._pid_atom, self._X.AnyPropertyType)
        return int(prop.value[0]) if prop is not None and len(prop.value) else None

    def _events(self, timeout: float):
        """The events that arrive within `timeout` seconds, each with the moment it arrived."""
        if not self.x.pending_events():
            select.select([self.x.fileno()], [], [], timeout)
        while self.x.pending_events():
            event = self.x.next_event()
            yield event, time.monotonic()

    def watch(self, proc: subprocess.Popen, started: float, with_content: bool) -> Start:
        """Wait for the main window of `proc` (started at `started`, time.monotonic) to be mapped and
        to rest; every window is watched for drawing from its creation, so no paint goes unseen."""
        X, damage = self._X, self._damage
        window, mapped, changes, watched = None, None, [], []
        deadline = started + TIMEOUT
        while (frame := complete_frame(changes, time.monotonic())) is None:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{proc.args} ended ({proc.returncode}) or timed out before a complete frame")
            for event, moment in self._events(0.02):
                if event.type == X.CreateNotify and not event.override:
                    watched.append(event.window.damage_create(damage.DamageReportRawRectangles))
                elif (event.type == X.MapNotify and window is None and not event.override
                      and self._pid_of(event.window) == proc.pid):
                    window, mapped = event.window, moment
                elif event.type == self._damage_notify and window is not None and event.drawable == window:
                    changes.append(moment)
        if with_content and self.colours(window) < 2:
            raise RuntimeError(f"{proc.args}: the window rested with nothing drawn on it")
        for damage_id in watched:
            self.x.damage_destroy(damage_id)
        self.x.sync()
        return Start(mapped - started, frame - started)

    def colours(self, window) -> int:
        """How many colours the window's pixels have (1: blank), up to 2."""
        geometry = window.get_geometry()
        pixels = window.get_image(0, 0, geometry.width, geometry.height, self._X.ZPixmap, 0xFFFFFFFF).data
        return 1 if pixels.count(pixels[:4]) * 4 == len(pixels) else 2


def start_once(screen: Screen, command: list[str], env: dict[str, str], with_content: bool,
               shot: Path | None = None) -> Start:
    """One start, timed from just before the process is created; the program is then ended."""
    log = Path(env["HOME"]) / "stderr.txt"
    with open(log, "wb") as stderr:
        started = time.monotonic()
        proc = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=stderr)
    try:
        try:
            result = screen.watch(proc, started, with_content)
        except RuntimeError as exc:
            raise RuntimeError(f"{exc}\n{log.read_text(errors='replace')[-2000:]}") from None
        if shot is not None:
            from PIL import ImageGrab

            ImageGrab.grab(xdisplay=env["DISPLAY"]).save(shot)
        return result
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def measure(command: Path, runs: int, shots: Path | None = None, first_start: bool = False) -> dict[str, list[Start]]:
    """The empty window, the app on the sample diary and the app on a new diary, in turns, each
    in a fresh home (the sample diary where a person's diary lives), after one uncounted round.

    Each kind keeps its cache folder from start to start, as a person's home does (the uncounted
    round fills it: ui/pyside_bootstrap.py); with `first_start`, every start finds it empty, as
    the very first start after installing does."""
    kinds = {"empty QMainWindow": ([interpreter_of(command), str(EMPTY_WINDOW)], False),
             "Migraine Diary, 18-month sample diary": ([str(command)], True),
             "Migraine Diary, new diary": ([str(command)], True)}
    times: dict[str, list[Start]] = {kind: [] for kind in kinds}
    with tempfile.TemporaryDirectory(prefix="diary-outside-") as tmp, xvfb() as display:
        sample = Path(tmp) / "sample.sqlite3"
        subprocess.run([str(command), "--db", str(sample), "demo", "--no-open"], check=True, capture_output=True)
        screen = Screen(display)
        for round_ in range(runs + 1):
            for number, (kind, (args, with_content)) in enumerate(kinds.items()):
                home = Path(tmp) / f"{round_}-{number}"
                diary_folder = home / ".local" / "share" / "migraine-diary"
                diary_folder.mkdir(parents=True)
                if "sample" in kind:
                    shutil.copy(sample, diary_folder / "diary.sqlite3")
                shot = shots / f"{number}.png" if shots and round_ == runs else None
                cache = None if first_start else Path(tmp) / f"cache-{number}"
                result = start_once(screen, args, person_env(display, home, cache), with_content, shot)
                if round_:
                    times[kind].append(result)
    return times


def paired(starts: list[Start], empty: list[Start], field: str) -> float:
    """The median of the ratios of each start to the empty window's of the same round: the load
    changes from round to round, and the two starts of a round meet the same."""
    return statistics.median(getattr(a, field) / getattr(e, field) for a, e in zip(starts, empty))


def table(times: dict[str, list[Start]]) -> str:
    """Medians, spread and the ratio of each to the first kind (the empty window): the ratio of
    the medians, and the median of the ratios round by round."""
    empty = next(iter(times.values()))
    base = {field: statistics.median(getattr(s, field) for s in empty) for field in Start._fields}
    rows = ["| start | window mapped, median | app / empty | first complete frame, median | app / empty "
            "| frame: fastest - slowest | app / empty by round: mapped, frame |", "|---|---|---|---|---|---|---|"]
    for kind, starts in times.items():
        mapped = statistics.median(s.mapped for s in starts)
        frame = statistics.median(s.frame for s in starts)
        frames = [s.frame for s in starts]
        rows.append(f"| {kind} | {mapped:.3f} s | {mapped / base['mapped']:.2f}x | {frame:.3f} s "
                    f"| {frame / base['frame']:.2f}x | {min(frames):.3f} - {max(frames):.3f} s "
                    f"| {paired(starts, empty, 'mapped'):.2f}x, {paired(starts, empty, 'frame'):.2f}x |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--command", type=Path, default=Path(sys.prefix) / "bin" / "migraine-diary",
                        help="the installed command (default: this Python's migraine-diary)")
    parser.add_argument("--shots", type=Path, help="save a screenshot of each kind's last start here")
    parser.add_argument("--first-start", action="store_true",
                        help="every start with an empty cache folder, as the first one after installing")
    args = parser.parse_args(argv)
    if args.shots:
        args.shots.mkdir(parents=True, exist_ok=True)
    before = os.getloadavg()
    times = measure(args.command.absolute(), args.runs, args.shots, args.first_start)
    after = os.getloadavg()
    print(table(times))
    print(f"\n{args.runs} runs each, in turns; load average (1, 5, 15 min) before "
          f"{before[0]:.2f} {before[1]:.2f} {before[2]:.2f}, after {after[0]:.2f} {after[1]:.2f} {after[2]:.2f}; "
          f"{os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
