"""A 200 MB Apple Health export, written here, imports in bounded memory and in a few seconds."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from tests.imports.samples import FIXTURES

ROOT = Path(__file__).resolve().parents[2]
SIZE = 200 * 2**20
HEADACHES = 200  # one after every megabyte of step counts
DTD = (FIXTURES / "apple_health_export.xml").read_text(encoding="utf-8").split("<HealthData")[0]
STEPS = (' <Record type="HKQuantityTypeIdentifierStepCount" sourceName="Anna’s iPhone" sourceVersion="14.0" '
         'device="&lt;&lt;HKDevice: 0x283f8c0a0&gt;, name:iPhone, manufacturer:Apple Inc., model:iPhone&gt;" '
         'unit="count" creationDate="2020-01-01 09:05:11 +0100" startDate="2020-01-01 08:51:40 +0100" '
         'endDate="2020-01-01 09:01:12 +0100" value="812">\n  <MetadataEntry key="HKWasUserEntered" value="0"/>\n'
         ' </Record>\n')
MEASURE = """
import json, resource, sys, time
from diary_app.exporters.imports import read_history
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
history = read_history(sys.argv[1])
print(json.dumps({"seconds": time.perf_counter() - started, "attacks": len(history.attacks), "days": len(history.days),
                  "growth_mib": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024,
                  "describe": history.describe()}))
"""


def write_export(path: Path) -> int:
    """Step counts to SIZE bytes with a headache record (or every tenth, a headache-free day) after
    each megabyte; the number of bytes written."""
    megabyte = STEPS * (2**20 // len(STEPS.encode()))
    with open(path, "w", encoding="utf-8") as out:
        out.write(DTD + '<HealthData locale="en_US">\n <ExportDate value="2020-11-01 09:00:00 +0100"/>\n')
        for n in range(HEADACHES):
            out.write(megabyte)
            start = dt.datetime(2015, 1, 1, 9) + dt.timedelta(days=2 * n)
            value = "NotPresent" if n % 10 == 9 else "Moderate"
            out.write(f' <Record type="HKCategoryTypeIdentifierHeadache" sourceName="Health" '
                      f'startDate="{start:%Y-%m-%d %H:%M:%S} +0100" endDate="{start:%Y-%m-%d} 23:00:00 +0100" '
                      f'value="HKCategoryValueSeverity{value}"/>\n')
        out.write("</HealthData>\n")
        return out.tell()


def test_a_200_mb_export_imports_in_bounded_memory(tmp_path):
    export = tmp_path / "export.xml"
    assert write_export(export) >= SIZE - 2 * 2**20
    result = subprocess.run([sys.executable, "-c", MEASURE, str(export)], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert (found["attacks"], found["days"]) == (180, 20)
    assert found["growth_mib"] < 20, found  # the whole file is 200 MiB
    steps = 2**20 // len(STEPS.encode()) * HEADACHES
    assert f"Not used: {steps:,} other Apple Health records (steps, heart rate and the like)" in found["describe"]
