"""Patient feedback and owner satisfaction surveys: input rules and the summaries managers read.

Ratings are whole stars 1-5 and NPS answers whole numbers 0-10; a float or a
boolean is refused rather than rounded, so "4.5 stars" never skews an average.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from shared.domain.enums import FeedbackCategory

Rating = Annotated[int, Field(strict=True, ge=1, le=5)]
Nps = Annotated[int, Field(strict=True, ge=0, le=10)]
#: Low feedback (these or below) opens a service-recovery callback.
LOW_RATING = 2
DETRACTOR_NPS = 6
SURVEY_DIMENSIONS = (
    "communication",
    "payout_timeliness",
    "reporting_transparency",
    "hospital_performance",
    "overall",
)


class FeedbackInput(BaseModel):
    """A patient's feedback after a visit."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)

    rating: Rating
    nps: Nps | None = None
    category: FeedbackCategory = FeedbackCategory.GENERAL
    comments: Annotated[str | None, Field(max_length=4000)] = None
    appointment_id: uuid.UUID | None = None


class SatisfactionInput(BaseModel):
    """An owner's answers to the satisfaction survey; at least the overall score."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)

    hospital_id: uuid.UUID | None = None
    communication_score: Rating | None = None
    payout_timeliness_score: Rating | None = None
    reporting_transparency_score: Rating | None = None
    hospital_performance_score: Rating | None = None
    overall_score: Rating
    comments: Annotated[str | None, Field(max_length=4000)] = None


@dataclass(frozen=True, slots=True)
class ScoreSummary:
    """Averages are rounded to two places for display; counts carry the truth."""

    count: int
    average: float | None
    distribution: dict[int, int]


def summarise_scores(scores: Iterable[int | None], *, low: int = 1, high: int = 5) -> ScoreSummary:
    given = [s for s in scores if s is not None]
    counts = Counter(given)
    average = round(sum(given) / len(given), 2) if given else None
    return ScoreSummary(len(given), average, {k: counts.get(k, 0) for k in range(low, high + 1)})


def net_promoter_score(answers: Iterable[int | None]) -> int | None:
    """Percent promoters (9-10) minus percent detractors (0-6), rounded; None with no answers."""
    given = [a for a in answers if a is not None]
    if not given:
        return None
    promoters = sum(1 for a in given if a >= 9)
    detractors = sum(1 for a in given if a <= 6)
    return round(100 * (promoters - detractors) / len(given))


def needs_follow_up(rating: int, nps: int | None) -> bool:
    """Unhappy patients get a call back: two stars or fewer, or an NPS detractor (0-6).

    The callback itself (owner, due time, outcome) is ``shared.domain.service_recovery``'s.
    """
    return rating <= LOW_RATING or (nps is not None and nps <= DETRACTOR_NPS)
