"""Feedback and satisfaction inputs refuse out-of-range and fractional scores; summaries add up."""

from __future__ import annotations

from typing import Any

import pytest

from shared.domain.feedback import (
    FeedbackInput,
    SatisfactionInput,
    needs_follow_up,
    net_promoter_score,
    summarise_scores,
)
from shared.domain.patients import parse
from shared.errors import FieldValidationError


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"rating": 0}, "rating"),
        ({"rating": 6}, "rating"),
        ({"rating": 4.5}, "rating"),
        ({"rating": True}, "rating"),
        ({"rating": "5"}, "rating"),
        ({"rating": 5, "nps": 11}, "nps"),
        ({"rating": 5, "nps": -1}, "nps"),
        ({"rating": 5, "category": "food"}, "category"),
    ],
)
def test_bad_feedback_names_the_field(data: dict[str, Any], field: str) -> None:
    with pytest.raises(FieldValidationError) as info:
        parse(FeedbackInput, data)
    assert info.value.field == field


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({}, "overall_score"),
        ({"overall_score": 9}, "overall_score"),
        ({"overall_score": 4, "communication_score": 0}, "communication_score"),
    ],
)
def test_bad_survey_names_the_field(data: dict[str, Any], field: str) -> None:
    with pytest.raises(FieldValidationError) as info:
        parse(SatisfactionInput, data)
    assert info.value.field == field


def test_summaries() -> None:
    summary = summarise_scores([5, 4, 4, None, 1])
    assert (summary.count, summary.average) == (4, 3.5)
    assert summary.distribution == {1: 1, 2: 0, 3: 0, 4: 2, 5: 1}
    assert summarise_scores([]).average is None
    assert net_promoter_score([10, 9, 8, 3, None]) == 25
    assert net_promoter_score([]) is None
    assert needs_follow_up(2, None) and needs_follow_up(4, 3) and not needs_follow_up(4, 8)
    assert needs_follow_up(5, 6) and not needs_follow_up(3, 7), "NPS 0-6 is a detractor"
