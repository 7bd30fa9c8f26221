"""The outside start-up benchmark's ratio round by round (benchmarks/outside_startup.py)."""

from benchmarks.outside_startup import Start, paired, table


def test_each_start_is_compared_with_the_empty_window_of_its_round():
    empty = [Start(0.10, 0.11), Start(0.12, 0.13), Start(0.30, 0.31)]
    app = [Start(0.15, 0.18), Start(0.18, 0.20), Start(0.40, 0.44)]
    assert round(paired(app, empty, "mapped"), 3) == 1.5  # 1.5, 1.5, 1.33
    assert round(paired(app, empty, "frame"), 3) == 1.538  # 1.64, 1.54, 1.42
    rows = table({"empty": empty, "app": app}).splitlines()
    assert rows[2].endswith("| 1.00x, 1.00x |")
    assert rows[3].endswith("| 1.50x, 1.54x |")
