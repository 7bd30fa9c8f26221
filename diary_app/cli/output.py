"""Plain-text output of the command line: one day, and the monthly summary table."""

from __future__ import annotations

from typing import Any

from diary_app.domain.models import DayEntry


def describe_day(entry: DayEntry) -> str:
    state = "migraine" if entry.migraine else "headache" if entry.headache else "no headache"
    parts = [state]
    if entry.severity is not None and entry.headache:
        parts.append(f"severity {entry.severity}/10")
    if entry.doses:
        parts.append("took " + ", ".join(d.medication.name for d in entry.doses))
    if entry.notes:
        parts.append(f"note: {entry.notes[:60]}")
    return "; ".join(parts)


def describe_questionnaire(q) -> str:
    """"2026-11-20: MIDAS score 14, grade III (moderate disability)" or the HIT-6 band."""
    grade = q.grade
    if q.kind == "midas":
        return f"{q.date}: {q.title} score {q.score}, grade {grade.code} ({grade.label})"
    return f"{q.date}: {q.title} score {q.score} ({grade.label})"


def _number(value: Any) -> str:
    return "-" if value is None else f"{value:g}" if isinstance(value, float) else str(value)


def summary_table(summary: dict[str, Any]) -> str:
    months = summary.get("months", [])
    if not months:
        return "The diary is empty: nothing recorded yet. Try 'migraine-diary log today --none'."
    lines = [
        f"{'Month':<8} {'Recorded':>8} {'Headache':>8} {'Migraine':>8} {'Acute med':>9}  {'Class':<11} Overuse",
    ]
    for m in months:
        lines.append(
            f"{m['month']:<8} {m['recorded_days']:>3}/{m['days_in_month']:<4} {m['headache_days']:>8} "
            f"{m['migraine_days']:>8} {m['acute_medication_days']:>9}  {m['classification']:<11} "
            f"{'yes' if m['medication_overuse'] else ''}"
        )
    lines.append("")
    chronic = summary.get("ichd3_chronic_migraine")
    lines.append(f"ICHD-3 chronic migraine pattern (3 months of 15+ headache days, 8+ migraine days): "
                 f"{'met' if chronic else 'not met'}")
    infusions = summary.get("infusions", [])
    if infusions:
        lines += ["", "Infusions:"]
        for inf in infusions:
            line = f"  {inf['start']}  {inf['medication']} ({inf['kind']})"
            if inf["kind"] == "preventive":
                follow = ", ".join(_number(v) for v in inf["followup_mmd"])
                line += (f"  baseline {_number(inf['baseline_mmd'])} -> weeks 1-12 [{follow}], "
                         f"reduction {_number(inf['percent_reduction'])}%")
                if inf["responder_50"] is not None:
                    line += "  50% responder" if inf["responder_50"] else "  not a 50% responder"
            lines.append(line)
    for due in summary.get("next_infusions", []):
        lines.append(f"Next {due['medication']} infusion due {due['due']} ({due['status'].replace('_', ' ')})")
    for kind, title in (("midas", "MIDAS"), ("hit6", "HIT-6")):
        for item in summary.get("questionnaires", {}).get(kind, [])[-1:]:
            grade = f"grade {item['grade']}, " if "grade" in item else ""
            lines.append(f"Latest {title} ({item['date']}): score {item['score']} ({grade}{item['label']})")
    return "\n".join(lines)
