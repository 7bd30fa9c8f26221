from diary_app.charts.before_after import outcome_title


def test_a_near_miss_is_not_rounded_up_to_a_responder():
    title = outcome_title({"medication": "eptinezumab", "start": "2026-09-17", "days": 1,
                           "percent_reduction": 49.96, "responder_50": False, "responder_75": False})
    assert "49.9% fewer" in title and "50.0" not in title and "responder" not in title


def test_a_worse_month_says_more_not_a_negative_reduction():
    title = outcome_title({"medication": "eptinezumab", "start": "2026-09-17", "days": 1,
                           "percent_reduction": -12.5, "responder_50": False, "responder_75": False})
    assert "12.5% more migraine days" in title


def test_reductions_are_cut_toward_zero_never_rounded_across_a_threshold():
    from diary_app.domain.wording import toward_zero

    assert [toward_zero(v, 1) for v in (49.96, 29.99, 75.0, 62.5, -12.56, 0.04)] == [49.9, 29.9, 75.0, 62.5, -12.5, 0.0]
    assert toward_zero(49.96, 2) == 49.96
