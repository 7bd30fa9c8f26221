"""`migraine-diary attack` (today is 2026-11-26)."""

import json

from tests.sqlite_helpers import query


def ok(result):
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_attacks_over_midnight_and_several_a_day_count_per_day(run, db_path):
    assert ok(run("attack", "2026-11-20 22:00", "--end", "03:00", "--severity", "7", "--nausea",
                  "--med", "sumatriptan@23:00", "--med", "Advil@01:30")) == (
        "2026-11-20 22:00 to 2026-11-21 03:00: migraine, severity 7/10, sumatriptan at 23:00, ibuprofen at 01:30 recorded.\n")
    ok(run("attack", "2026-11-20T08:00", "--duration", "2h", "--headache", "--severity", "3"))
    ok(run("attack", "2026-11-23 10:00", "--duration", "1d2h15m", "--light"))
    assert query(db_path, 'SELECT start, "end", kind, severity, nausea FROM attacks ORDER BY start') == [
        ("2026-11-20T08:00", "2026-11-20T10:00", "headache", 3, 0),
        ("2026-11-20T22:00", "2026-11-21T03:00", "migraine", 7, 1),
        ("2026-11-23T10:00", "2026-11-24T12:15", "migraine", None, 0)]
    assert query(db_path, "SELECT taken_at FROM attack_doses ORDER BY id") == [("2026-11-20T23:00",), ("2026-11-21T01:30",)]
    (november,) = json.loads(ok(run("summary", "--json")))["months"]
    assert (november["recorded_days"], november["headache_days"], november["migraine_days"]) == (4, 4, 4)
    assert (november["class_days"]["triptan"], november["class_days"]["simple_analgesic"]) == (1, 1)


def test_a_wrong_attack_is_one_line_and_writes_nothing(run, db_path):
    ok(run("log", "2026-11-01", "--none"))
    for args, message in [
        (("2026-11-20 10:00", "--end", "2026-11-20 09:00"), "end: 2026-11-20 09:00 is before the start"),
        (("2026-11-27 10:00",), "start: 2026-11-27 is in the future"),
        (("2026-11-20 25:00",), "start: '25:00' is not a time of day"),
        (("2026-11-20 10:00", "--duration", "soon"), "duration: 'soon' is not a duration"),
        (("2026-11-20 10:00", "--severity", "12"), "severity: 12 is outside 0-10"),
    ]:
        result = run("attack", *args)
        assert result.returncode == 1 and len(result.stderr.splitlines()) == 1, result.stderr
        assert message in result.stderr
    assert query(db_path, "SELECT count(*) FROM attacks") == [(0,)]
