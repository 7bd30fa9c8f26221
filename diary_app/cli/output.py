"""Plain-text output of the command line: one day, and the monthly summary table."""

from __future__ import annotations

from typing import Any

from diary_app.domain.models import DayEntry
from diary_app.domain.wording import met_words, status_words, stop_reason_words


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
                line += f"  {_verdict(inf['responder_50'], inf.get('followup_status'), 50)}"
            lines.append(line)
    if summary.get("courses"):
        lines += ["", *course_lines(summary["courses"], summary.get("preventive_history"))]
    for due in summary.get("next_infusions", []):
        lines.append(f"Next {due['medication']} infusion due {due['due']} ({due['status'].replace('_', ' ')})")
    for kind, title in (("midas", "MIDAS"), ("hit6", "HIT-6")):
        for item in summary.get("questionnaires", {}).get(kind, [])[-1:]:
            grade = f"grade {item['grade']}, " if "grade" in item else ""
            lines.append(f"Latest {title} ({item['date']}): score {item['score']} ({grade}{item['label']})")
    return "\n".join(lines)


def _verdict(responder: bool | None, status: str | None, percent: int) -> str:
    if responder is not None:
        return f"{percent}% responder" if responder else f"not a {percent}% responder"
    return {"in_progress": "follow-up in progress", "insufficient": "not enough data for a verdict"}.get(status or "", "")


def course_lines(courses: list[dict], history: dict | None = None) -> list[str]:
    """Each course against its pre-treatment baseline: dates, then one line per period."""
    lines = ["Preventive courses (migraine days per 28 days against the 28 days before the start):"]
    for c in courses:
        until = c["stop"] or "running"
        why = f", stopped: {stop_reason_words(c['stop_reason'])}" if c["stop_reason"] else ""
        dose = f", {c['dose']}" if c["dose"] else ""
        lines.append(f"  {c['medication']} ({c['preventive_class']}{dose}): {c['start']} to {until}{why}")
        base = c["baseline"]
        lines.append(f"    baseline    {_number(base['migraine_days_per_28']):>6}  "
                     f"({base['recorded_days']}/{base['days']} days recorded)")
        for p in c["periods"]:
            change = p["percent_reduction"]
            reduction = "" if change is None else f"  {abs(change):g}% {'fewer' if change >= 0 else 'more'}"
            responder = "" if p["responder_30"] is None else (
                "  responder " + "/".join(f"{n}%" for n in (30, 50, 75) if p[f"responder_{n}"]) if p["responder_30"]
                else "  under 30%")
            lines.append(f"    {p['label']:<11} {_number(p['migraine_days_per_28']):>6}  "
                         f"({p['recorded_days']}/{p['days']} days, {status_words(p['status'])}){reduction}{responder}")
        check = c["continuation"]
        if check["adequate_trial"] is None:
            lines.append(f"    continuation check: pending until {check['review_date']} "
                         f"({check['trial_months']}-month trial)")
        elif check["adequate_trial"]:
            met = {True: "evidence of benefit", False: "no criterion met", None: "no criterion met so far"}[check["any_met"]]
            each = ", ".join(f"{name} {met_words(check[key])}" for name, key in (
                ("headache days", "headache_days_criterion"), ("MIDAS", "midas_criterion"), ("HIT-6", "hit6_criterion")))
            lines.append(f"    continuation check on {check['review_date']}: {met} ({each}); "
                         "an aid for the doctor's decision, not the decision")
        else:
            lines.append(f"    continuation check: stopped before an adequate {check['trial_months']}-month trial")
    if history and history.get("classes_stopped_count"):
        lines.append(f"Preventive classes stopped as not effective or not tolerated: {history['classes_stopped_count']} "
                     f"({', '.join(history['classes_stopped'])})")
    return lines
