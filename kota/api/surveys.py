"""Surveys in the API: a campaign's summary once its results are published, and an edition of
the City Enabling Environment rating once it is published (scores by country and criterion).
Drafts are not found, for everyone: the API is public."""

from decimal import Decimal

from django.shortcuts import get_object_or_404
from ninja import Path, Router, Schema

from kota.api.schemas import INVALID, NOT_FOUND
from kota.surveys.models import CONSOLIDATION_RULE, Campaign, Edition

surveys_router = Router(tags=["surveys"])
cee_router = Router(tags=["cee"])
SLUG = r"^[-a-zA-Z0-9_]+$"


class OptionCount(Schema):
    value: str
    label: str
    count: int


class RowCounts(Schema):
    value: str
    label: str
    counts: dict[str, int]


class QuestionSummaryOut(Schema):
    key: str
    kind: str
    label: str
    answered: int
    mean: str | None = None
    options: list[OptionCount] | None = None
    rows: list[RowCounts] | None = None


class CampaignSummaryOut(Schema):
    campaign: str
    title: str
    demo: bool
    responses_counted: int
    questions: list[QuestionSummaryOut]


@surveys_router.get(
    "/{campaign}/summary",
    response={200: CampaignSummaryOut, **NOT_FOUND, **INVALID},
    summary="A campaign's summary per question (published results only)",
)
def campaign_summary(request, campaign: str = Path(..., max_length=80, pattern=SLUG)):
    found = get_object_or_404(
        Campaign.objects.filter(results_published=True).select_related("version"), slug=campaign
    )
    summaries = found.summary()
    return {
        "campaign": found.slug,
        "title": found.display_title,
        "demo": found.is_demo,
        "responses_counted": found.responses.counted().count(),
        "questions": [s.as_json() for s in summaries],
    }


class CriterionOut(Schema):
    slug: str
    name: str


class CountryScoresOut(Schema):
    country: str
    name: str
    rank: int | None
    overall: Decimal | None
    scores: dict[str, Decimal | None]


class EditionOut(Schema):
    edition: str
    title: str
    year: int
    demo: bool
    scale_min: int
    scale_max: int
    rule: str
    criteria: list[CriterionOut]
    countries: list[CountryScoresOut]


@cee_router.get(
    "/{edition}",
    response={200: EditionOut, **NOT_FOUND, **INVALID},
    summary="A published CEE edition: scores by country and criterion, with the ranking",
)
def cee_edition(request, edition: str = Path(..., max_length=60, pattern=SLUG)):
    found = get_object_or_404(
        Edition.objects.filter(status=Edition.Status.PUBLISHED).select_related("framework"),
        slug=edition,
    )
    table = found.table()
    criteria = table["criteria"]
    return {
        "edition": found.slug,
        "title": found.display_title,
        "year": found.year,
        "demo": found.is_demo,
        "scale_min": found.framework.scale_min,
        "scale_max": found.framework.scale_max,
        "rule": str(CONSOLIDATION_RULE),
        "criteria": [{"slug": c.slug, "name": c.display_name} for c in criteria],
        "countries": [
            {
                "country": row["country"].code,
                "name": row["country"].name,
                "rank": row["rank"],
                "overall": row["overall"],
                "scores": {c.slug: s for c, s in zip(criteria, row["scores"], strict=True)},
            }
            for row in table["countries"]
        ],
    }
