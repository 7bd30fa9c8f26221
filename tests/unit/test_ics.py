import datetime as dt
import stat

import icalendar
import pytest

from diary_app.domain import catalogue
from diary_app.domain.errors import DiaryError
from diary_app.domain.models import Infusion
from diary_app.exporters.ics import escape_text, export_ics, fold
from diary_app.exporters.transfer import export_file

TODAY = dt.date(2026, 11, 26)
NOW = dt.datetime(2026, 11, 26, 9, 30, 5, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def infusion(start, drug="eptinezumab", kind="preventive"):
    return Infusion(start, catalogue.resolve(drug, role="preventive"), kind=kind)


@pytest.fixture
def exported(diary, tmp_path):
    diary.save_infusion(infusion(dt.date(2026, 7, 1)))
    diary.save_infusion(infusion(dt.date(2026, 10, 1)))  # the latest counts: next due 2026-12-24
    diary.save_infusion(infusion(dt.date(2026, 11, 1), "ketorolac", kind="acute"))  # acute: no schedule
    diary.save_infusion(infusion(dt.date(2026, 11, 2), "Feverfew drip; test, 頭痛"))
    diary.set_setting("infusion_intervals", {"Feverfew drip; test, 頭痛": 28})
    path = tmp_path / "infusions.ics"
    count = export_ics(diary, path, today=TODAY, now=NOW)
    return path, count


def events(path):
    return list(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def test_a_standard_parser_reads_the_upcoming_due_dates_as_all_day_events(exported):
    path, count = exported
    epti = [e for e in events(path) if str(e["SUMMARY"]) == "Eptinezumab infusion due"]
    assert [e.decoded("DTSTART") for e in epti] == [dt.date(2026, 12, 24), dt.date(2027, 3, 18),
                                                    dt.date(2027, 6, 10), dt.date(2027, 9, 2)]
    for event in epti:
        assert type(event.decoded("DTSTART")) is dt.date and event["DTSTART"].params["VALUE"] == "DATE"
        assert event.decoded("DTEND") == event.decoded("DTSTART") + dt.timedelta(days=1)
    assert "Last eptinezumab infusion: 2026-10-01. Interval: 84 days (12 weeks)." in str(epti[0]["DESCRIPTION"])
    assert count == len(events(path)) == 8  # two preventive drugs, four dates each


def test_uids_are_unique_and_stable_and_every_event_has_a_utc_dtstamp(exported, diary, tmp_path):
    path, _ = exported
    uids = [str(e["UID"]) for e in events(path)]
    assert len(set(uids)) == len(uids) and "eptinezumab-20261224@migraine-diary.local" in uids
    export_ics(diary, tmp_path / "again.ics", today=TODAY, now=NOW + dt.timedelta(days=3))
    assert [str(e["UID"]) for e in events(tmp_path / "again.ics")] == uids
    for event in events(path):
        assert event.decoded("DTSTAMP") == dt.datetime(2026, 11, 26, 8, 30, 5, tzinfo=dt.timezone.utc)
    assert b"DTSTAMP:20261126T083005Z\r\n" in path.read_bytes()


def test_the_file_follows_rfc_5545_lines_crlf_folded_at_75_octets(exported):
    path, _ = exported
    data = path.read_bytes()
    lines = data.split(b"\r\n")
    assert lines[-1] == b"" and b"\n" not in data.replace(b"\r\n", b"")
    assert max(len(line) for line in lines) <= 75
    assert lines[:2] == [b"BEGIN:VCALENDAR", b"VERSION:2.0"] and any(l.startswith(b"PRODID:") for l in lines)
    odd = [e for e in events(path) if "Feverfew" in str(e["SUMMARY"])]
    assert str(odd[0]["SUMMARY"]) == "Feverfew drip; test, 頭痛 infusion due"
    assert [e.decoded("DTSTART") for e in odd][:2] == [dt.date(2026, 11, 30), dt.date(2026, 12, 28)]


def test_folding_never_splits_a_utf8_character():
    line = "DESCRIPTION:" + "頭痛" * 40
    folded = fold(line).encode("utf-8").split(b"\r\n")
    assert all(len(part) <= 75 for part in folded)
    assert b"".join(part[1:] if i else part for i, part in enumerate(folded)).decode("utf-8") == line


def test_text_values_are_escaped():
    assert escape_text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne"


def test_a_diary_without_preventive_infusions_writes_nothing_and_says_why(diary, tmp_path):
    diary.save_infusion(infusion(dt.date(2026, 11, 1), "ketorolac", kind="acute"))
    with pytest.raises(DiaryError, match="no preventive infusions"):
        export_file(diary, tmp_path / "none.ics", today=TODAY)
    assert not (tmp_path / "none.ics").exists()


def test_the_export_goes_through_the_suffix_dispatch_and_is_private(exported, diary, tmp_path):
    export_file(diary, tmp_path / "via-transfer.ics", today=TODAY)
    assert stat.S_IMODE((tmp_path / "via-transfer.ics").stat().st_mode) == 0o600
    assert len(events(tmp_path / "via-transfer.ics")) == 8
