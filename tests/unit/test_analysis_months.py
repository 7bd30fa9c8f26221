"""Calendar months: counts, chronic/episodic, medication overuse and the ICHD-3 pattern."""

import calendar
import datetime as dt

import pytest

from diary_app.domain.analysis import DayIndex, MonthStats, monthly_stats
from diary_app.domain.analysis.months import ichd3_chronic_migraine
from diary_app.domain.catalogue import lookup
from diary_app.domain.models import DRUG_CLASSES, DayEntry, Dose, Infusion


def day(date, *, headache=False, migraine=False, meds=()):
    doses = tuple(Dose(lookup(name)) for name in meds)
    return DayEntry(date, headache=headache or migraine, migraine=migraine, doses=doses)


def month(year, number, *, migraine=0, headache=0, unrecorded=0, meds=()):
    """A month of entries: `migraine` migraine days first, then `headache` headache-only days,
    then headache-free days; the last `unrecorded` days are left out. `meds` go on the migraine days."""
    recorded = calendar.monthrange(year, number)[1] - unrecorded
    return [
        day(dt.date(year, number, i + 1), migraine=i < migraine, headache=i < migraine + headache,
            meds=meds if i < migraine else ())
        for i in range(recorded)
    ]


def med_days(year, number, count, *meds, start=1):
    """`count` headache days from day `start`, each with one dose of every drug in `meds`."""
    return [day(dt.date(year, number, start + i), headache=True, meds=meds) for i in range(count)]


def stats(entries, infusions=(), **kwargs):
    return monthly_stats(DayIndex(entries), infusions, **kwargs)


def only(entries):
    (result,) = stats(entries)
    return result


# Counts


def test_month_counts_recorded_headache_migraine_and_acute_medication_days():
    result = only(month(2025, 1, migraine=16, headache=2, unrecorded=3, meds=["ibuprofen"]))
    assert result.month == "2025-01"
    assert (result.days_in_month, result.recorded_days, result.unrecorded_days) == (31, 28, 3)
    assert (result.headache_days, result.migraine_days, result.acute_medication_days) == (18, 16, 16)


def test_class_days_list_every_catalogue_class_with_zero_when_unused():
    result = only(month(2025, 1, migraine=3, meds=["sumatriptan"]))
    assert list(result.class_days)[: len(DRUG_CLASSES)] == list(DRUG_CLASSES)
    assert result.class_days["triptan"] == 3 and result.class_days["opioid"] == 0


def test_leap_february_has_29_days():
    assert only(month(2024, 2)).days_in_month == 29
    assert only(month(2025, 2)).days_in_month == 28
    assert only(month(2024, 2)).unrecorded_days == 0


# Which months are listed


def test_no_data_means_no_months():
    assert stats([]) == []


def test_months_run_from_first_to_last_data_month_including_empty_ones():
    result = stats([day(dt.date(2024, 11, 30)), day(dt.date(2025, 2, 1))])
    assert [m.month for m in result] == ["2024-11", "2024-12", "2025-01", "2025-02"]
    empty = result[1]
    assert empty.recorded_days == 0 and empty.classification == "incomplete"


def test_infusion_days_extend_the_months_listed():
    course = Infusion(dt.date(2025, 3, 31), lookup("dhe"), days=3, kind="acute")  # ends 2 April
    result = stats([day(dt.date(2025, 1, 15))], [course])
    assert [m.month for m in result] == ["2025-01", "2025-02", "2025-03", "2025-04"]


def test_infusions_alone_give_months():
    result = stats([], [Infusion(dt.date(2025, 5, 2), lookup("eptinezumab"))])
    assert [m.month for m in result] == ["2025-05"]


def test_from_and_to_restrict_the_months_listed():
    entries = [day(dt.date(2025, n, 1)) for n in range(1, 7)]
    result = stats(entries, start_month=(2025, 2), end_month=(2025, 4))
    assert [m.month for m in result] == ["2025-02", "2025-03", "2025-04"]


def test_range_ending_before_it_starts_is_refused():
    from diary_app.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        stats([day(dt.date(2025, 1, 1))], start_month=(2025, 3), end_month=(2025, 2))


# Classification


def test_15_migraine_days_is_chronic_and_14_is_not():
    assert only(month(2025, 1, migraine=15)).classification == "chronic"
    assert only(month(2025, 1, migraine=14)).classification == "episodic"


def test_chronic_does_not_need_the_whole_month_recorded():
    assert only(month(2025, 1, migraine=15, unrecorded=16)).classification == "chronic"


def test_episodic_only_when_unrecorded_days_could_not_reach_15_migraine_days():
    assert only(month(2025, 1, migraine=10, unrecorded=4)).classification == "episodic"
    assert only(month(2025, 1, migraine=10, unrecorded=5)).classification == "incomplete"


# Medication overuse (ICHD-3 8.2)


def overuse(entries):
    result = only(entries)
    return result.medication_overuse, result.overuse_reasons


def test_triptans_on_10_days_is_overuse_and_9_is_not():
    assert overuse(med_days(2025, 1, 10, "sumatriptan")) == (True, ("triptan_days>=10",))
    assert overuse(med_days(2025, 1, 9, "sumatriptan")) == (False, ())


@pytest.mark.parametrize(
    "drug, reason",
    [
        ("ergotamine", "ergot_days>=10"),
        ("codeine", "opioid_days>=10"),
        ("excedrin", "combination_analgesic_days>=10"),
    ],
)
def test_ergots_opioids_and_combination_analgesics_overused_from_10_days(drug, reason):
    assert overuse(med_days(2025, 1, 10, drug)) == (True, (reason,))
    assert overuse(med_days(2025, 1, 9, drug)) == (False, ())


def test_simple_analgesics_on_15_days_is_overuse_and_14_is_not():
    assert overuse(med_days(2025, 1, 15, "ibuprofen")) == (True, ("simple_analgesic_days>=15",))
    assert overuse(med_days(2025, 1, 14, "ibuprofen")) == (False, ())


def test_nsaids_and_paracetamol_together_are_one_simple_analgesic_class():
    entries = med_days(2025, 1, 7, "ibuprofen") + med_days(2025, 1, 7, "paracetamol", start=8)
    assert overuse(entries) == (False, ())  # 14 simple-analgesic days, one class


def test_10_days_of_two_classes_combined_is_overuse():
    entries = med_days(2025, 1, 5, "sumatriptan") + med_days(2025, 1, 5, "ibuprofen", start=6)
    assert overuse(entries) == (True, ("combined_days>=10",))


def test_9_days_of_two_classes_combined_is_not_overuse():
    entries = med_days(2025, 1, 5, "sumatriptan") + med_days(2025, 1, 4, "ibuprofen", start=6)
    assert overuse(entries) == (False, ())


def test_combined_rule_counts_days_not_doses():
    # 9 days, each with both classes: 18 class-days but only 9 days.
    assert overuse(med_days(2025, 1, 9, "sumatriptan", "ibuprofen")) == (False, ())


def test_10_days_all_of_one_simple_analgesic_class_is_not_combined_overuse():
    assert overuse(med_days(2025, 1, 10, "ibuprofen")) == (False, ())


@pytest.mark.parametrize("drug", ["rimegepant", "lasmiditan", "metoclopramide"])
def test_gepants_ditans_and_antiemetics_never_count_towards_overuse(drug):
    assert overuse(med_days(2025, 1, 31, drug)) == (False, ())
    # 9 ibuprofen days + 5 days of the other drug: neither a second class nor a tenth day.
    entries = med_days(2025, 1, 9, "ibuprofen") + med_days(2025, 1, 5, drug, start=10)
    assert overuse(entries) == (False, ())


def test_several_doses_on_one_day_count_as_one_day():
    assert overuse(med_days(2025, 1, 9, "sumatriptan", "sumatriptan", "rizatriptan")) == (False, ())
    assert only(med_days(2025, 1, 9, "sumatriptan", "rizatriptan")).class_days["triptan"] == 9


def test_overuse_uses_the_calendar_month():
    entries = med_days(2025, 1, 5, "sumatriptan", start=27) + med_days(2025, 2, 5, "sumatriptan")
    assert [m.medication_overuse for m in stats(entries)] == [False, False]


# ICHD-3 chronic migraine pattern


def ichd3_months(*pattern):
    """Consecutive months from January 2024, each meeting the monthly criteria (True) or not."""
    entries = []
    for i, meets in enumerate(pattern):
        year, number = 2024 + i // 12, i % 12 + 1
        entries += month(year, number, migraine=8, headache=7 if meets else 6)
    return stats(entries)


def test_a_month_meets_ichd3_with_15_headache_days_of_which_8_are_migraine_days():
    assert only(month(2025, 1, migraine=8, headache=7)).meets_ichd3_month
    assert not only(month(2025, 1, migraine=8, headache=6)).meets_ichd3_month
    assert not only(month(2025, 1, migraine=7, headache=8)).meets_ichd3_month


def test_ichd3_needs_3_consecutive_months():
    assert not ichd3_chronic_migraine(ichd3_months(True, True))
    assert ichd3_chronic_migraine(ichd3_months(True, True, True))
    assert ichd3_chronic_migraine(ichd3_months(False, True, True, True, False))


def test_ichd3_broken_run_does_not_count():
    assert not ichd3_chronic_migraine(ichd3_months(True, True, False, True, True))


def test_ichd3_run_may_cross_a_year_end():
    entries = []
    for year, number in [(2024, 11), (2024, 12), (2025, 1)]:
        entries += month(year, number, migraine=8, headache=7)
    assert ichd3_chronic_migraine(stats(entries))


def test_ichd3_months_must_be_calendar_neighbours_even_in_a_gappy_list():
    months = ichd3_months(True, True, False, True)
    assert not ichd3_chronic_migraine([months[0], months[1], months[3]])


def test_month_stats_as_dict_is_the_json_month():
    result = only(month(2025, 1, migraine=16, headache=2, meds=["sumatriptan"])).as_dict()
    assert result["month"] == "2025-01" and result["classification"] == "chronic"
    assert result["medication_overuse"] is True and result["overuse_reasons"] == ["triptan_days>=10"]
    assert result["class_days"]["triptan"] == 16 and result["unrecorded_days"] == 0


def test_month_stats_are_hashable_values():
    result = only(month(2025, 1))
    assert isinstance(result, MonthStats) and hash(result) == hash(only(month(2025, 1)))
