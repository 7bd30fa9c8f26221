"""A full disk and a read-only folder, made real for one command-line process, without root mounts.

- Full disk: RLIMIT_FSIZE. The kernel refuses every write past the limit (EFBIG; Python ignores
  SIGXFSZ), exactly where a full disk refuses them (ENOSPC); SQLite sees the same failed writes.
- Read-only folder: for a user, chmod 0555; for root (CI runs as root), the process also drops
  the capabilities that let root ignore file modes (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH,
  CAP_FOWNER) from its bounding set before it starts, so the modes apply to it as to anyone.
Both work on a fresh Debian machine, in a container too, and need no mount, loop device or chattr.
"""

from __future__ import annotations

import ctypes
import os
import resource
import subprocess
import sys
from pathlib import Path

from tests.reliability.conftest import ROOT

PR_CAPBSET_DROP = 24
ROOT_OVERRIDES = (1, 2, 3)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER


def _no_room(limit: int):
    def preexec() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return preexec


def _modes_apply() -> None:
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in ROOT_OVERRIDES:
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed: cannot make a folder read-only for root")


def run(args: list[str], *, full_disk: int | None = None, modes_apply: bool = False,
        module: str | None = "diary_app") -> subprocess.CompletedProcess:
    """`python -m MODULE ARGS` (`python ARGS` without a module) with at most `full_disk` bytes
    per file, or with file modes applying to root."""
    preexec = _no_room(full_disk) if full_disk is not None else _modes_apply if modes_apply else None
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    command = [sys.executable, *(["-m", module] if module else []), *args]
    return subprocess.run(command, capture_output=True, text=True, env=env,
                          timeout=60, stdin=subprocess.DEVNULL, cwd=ROOT, preexec_fn=preexec)


def make_read_only(folder: Path) -> None:
    os.chmod(folder, 0o555)


def make_writable(folder: Path) -> None:
    os.chmod(folder, 0o700)
