"""The outside start-up benchmark's reading of what it sees (benchmarks/outside_startup.py).

The benchmark itself needs Xvfb and runs on demand; these check the rules it measures by.
"""

from pathlib import Path

import pytest

from benchmarks.outside_startup import Start, complete_frame, interpreter_of, table


def test_the_frame_is_complete_at_the_last_change_before_the_window_rests():
    # a first paint in two bursts, then a repaint long after (the window settling)
    changes = [0.200, 0.201, 0.207, 1.450]
    assert complete_frame(changes, now=2.0, quiet=0.3) == 0.207


def test_a_window_still_changing_has_no_complete_frame_yet():
    assert complete_frame([0.200, 0.207], now=0.4, quiet=0.3) is None
    assert complete_frame([], now=5.0, quiet=0.3) is None


def test_a_single_paint_is_complete_once_the_quiet_time_has_passed():
    assert complete_frame([0.150], now=0.449, quiet=0.3) is None
    assert complete_frame([0.150], now=0.450, quiet=0.3) == 0.150


def test_the_yardstick_runs_on_the_interpreter_named_by_the_command(tmp_path: Path):
    command = tmp_path / "migraine-diary"
    command.write_text("#!/opt/venv/bin/python3 -E\nimport sys\n")
    assert interpreter_of(command) == "/opt/venv/bin/python3"
    binary = tmp_path / "bundle"
    binary.write_bytes(b"\x7fELF\x02\x01")
    with pytest.raises(ValueError):
        interpreter_of(binary)


def test_the_table_gives_each_median_against_the_empty_window():
    times = {"empty": [Start(0.10, 0.11), Start(0.12, 0.13), Start(0.30, 0.31)],
             "app": [Start(0.15, 0.18), Start(0.18, 0.20), Start(0.40, 0.44)]}
    rows = table(times).splitlines()
    assert rows[2].startswith("| empty | 0.120 s | 1.00x | 0.130 s | 1.00x |")
    assert rows[3].startswith("| app | 0.180 s | 1.50x | 0.200 s | 1.54x |")
