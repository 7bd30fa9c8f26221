from diary_app.charts.before_after import outcome_title


def test_a_near_miss_is_not_rounded_up_to_a_responder():
    title = outcome_title({"medication": "eptinezumab", "start": "2026-09-17", "days": 1,
                           "percent_reduction": 49.96, "responder_50": False, "responder_75": False})
    assert "49.96% fewer" in title and "50.0" not in title and "responder" not in title


def test_a_worse_month_says_more_not_a_negative_reduction():
    title = outcome_title({"medication": "eptinezumab", "start": "2026-09-17", "days": 1,
                           "percent_reduction": -12.5, "responder_50": False, "responder_75": False})
    assert "12.50% more migraine days" in title
