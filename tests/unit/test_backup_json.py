import datetime as dt
import io
import json

import pytest

from diary_app.domain import catalogue
from diary_app.domain.demo import demo_contents
from diary_app.domain.errors import ImportFileError
from diary_app.exporters.backup_json import read_backup, write_backup
from diary_app.store import Diary

TODAY = dt.date(2026, 11, 26)


def dump(contents) -> str:
    out = io.StringIO()
    write_backup(out, contents)
    return out.getvalue()


def comparable(text: str) -> dict:
    doc = json.loads(text)
    doc.pop("exported_at")
    return doc


def test_json_backup_reproduces_a_diary_exactly(tmp_path):
    with Diary.open(tmp_path / "a.sqlite3") as original:
        original.import_contents(demo_contents(TODAY))
        original.set_setting("patient_name", "Zoë 頭痛")
        first = dump(original.contents())
    with Diary.open(tmp_path / "b.sqlite3") as copy:
        copy.import_contents(read_backup(first.encode(), "backup.json", TODAY))
        second = dump(copy.contents())
        assert copy.contents() == Diary.open(tmp_path / "a.sqlite3").contents()
    assert comparable(first) == comparable(second)


def test_a_malformed_item_is_reported_by_its_place_and_nothing_is_read():
    doc = {"format": "migraine-diary-backup", "format_version": 1,
           "days": [{"date": "2025-01-01", "headache": True},
                    {"date": "2025-01-02", "headache": True, "severity": 14},
                    {"date": "2025-01-03", "headache": "yes"}],
           "infusions": [{"start": "2025-01-01", "medication": "vyepti", "kind": "curative"}]}
    with pytest.raises(ImportFileError) as err:
        read_backup(json.dumps(doc, indent=1).encode(), "b.json", TODAY)
    listed = [(p.line, p.field) for p in err.value.problems]
    assert listed == [(9, "days[1]: severity"), (14, "days[2]: headache"), (20, "infusions[0]: kind")]
    assert "b.json:9: days[1]: severity: 14 is outside 0-10" in str(err.value)


@pytest.mark.parametrize("data", [b"{not json", b"[]", b'{"format": "something-else"}', b"\xff\xfe"])
def test_files_that_are_not_our_backups_are_refused(data):
    with pytest.raises(ImportFileError):
        read_backup(data, "b.json", TODAY)


def test_a_backup_from_a_newer_format_is_refused():
    with pytest.raises(ImportFileError, match="newer version"):
        read_backup(b'{"format": "migraine-diary-backup", "format_version": 99}', "b.json", TODAY)


def test_backup_medications_keep_custom_classes():
    doc = {"format": "migraine-diary-backup", "format_version": 1,
           "medications": [{"name": "Riboflavin", "drug_class": "preventive", "route": "oral", "role": "preventive"}],
           "days": [{"date": "2025-01-01", "headache": True, "doses": [{"medication": "riboflavin"}]}]}
    contents = read_backup(json.dumps(doc).encode(), "b.json", TODAY)
    assert contents.days[0].doses[0].medication.role == "preventive"
    assert contents.days[0].doses[0].medication.name == "Riboflavin"
    assert catalogue.lookup("riboflavin") is None
