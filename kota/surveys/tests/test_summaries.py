"""Summaries, their filters and pages, exports safe from formulas, the measure behind member
satisfaction, and the API of a published summary; with query counts pinned at two sizes."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from kota.lib import measures
from kota.members.factories import MemberFactory
from kota.surveys.factories import CampaignFactory, ResponseFactory
from kota.surveys.models import Response
from kota.test import client_for

pytestmark = pytest.mark.django_db
SIZES = [3, 30]


def answered(campaign, n, *, status=Response.Status.SUBMITTED, country="PH"):
    """`n` responses of as many members, scoring 1 to 5 in turn."""
    return [
        ResponseFactory(
            campaign=campaign,
            member=MemberFactory(country_id=country),
            status=status,
            submitted_at=timezone.now(),
            answers={
                "satisfaction": str(i % 5 + 1),
                "used_services": ["training", "advocacy"] if i % 2 else ["training"],
                "staff": str(i),
                "priorities": {"climate": "high"},
                "comments": "fine",
            },
        )
        for i in range(n)
    ]


def test_the_summary_counts_submitted_and_validated_answers_only():
    campaign = CampaignFactory()
    answered(campaign, 5)
    answered(campaign, 2, status=Response.Status.VALIDATED, country="ID")
    answered(campaign, 4, status=Response.Status.DRAFT)
    summary = {s.question.key: s for s in campaign.summary()}
    assert summary["satisfaction"].answered == 7
    assert summary["satisfaction"].counts == {"1": 2, "2": 2, "3": 1, "4": 1, "5": 1}
    assert summary["satisfaction"].mean() == Decimal("2.57")
    assert summary["used_services"].counts == {"training": 7, "advocacy": 3}
    assert summary["priorities"].rows == {"climate": {"high": 7}}
    assert summary["staff"].number_facts()["max"] == Decimal(4)
    assert summary["why_not"].answered == 0
    by_country = {s.question.key: s for s in campaign.summary(country="ID")}
    assert by_country["satisfaction"].answered == 2


def test_the_summary_page_shows_the_table_beside_the_chart_and_filters(client, personas):
    campaign = CampaignFactory()
    answered(campaign, 3)
    answered(campaign, 1, country="ID")
    client_for(client, personas.secretariat)
    page = client.get(f"/surveys/{campaign.slug}/summary/").content.decode()
    assert 'data-chart="survey-bars"' in page and 'id="table-satisfaction"' in page
    assert "4 answers" in page
    page = client.get(f"/surveys/{campaign.slug}/summary/?country=ID").content.decode()
    assert "1 answer<" in page
    assert client.get(f"/surveys/{campaign.slug}/summary/?country=XX").status_code == 200


def test_an_unpublished_summary_is_for_staff_only(client, personas):
    campaign = CampaignFactory()
    client_for(client, personas.surabaya)
    assert client.get(f"/surveys/{campaign.slug}/summary/").status_code == 404
    assert client.get(f"/api/v1/surveys/{campaign.slug}/summary").status_code == 404
    campaign.publish_results()
    assert client.get(f"/surveys/{campaign.slug}/summary/").status_code == 200


def test_the_api_gives_a_published_summary_without_free_text(client):
    campaign = CampaignFactory(is_demo=True)
    answered(campaign, 5)
    campaign.publish_results()
    data = client.get(f"/api/v1/surveys/{campaign.slug}/summary").json()
    assert data["responses_counted"] == 5 and data["demo"] is True
    satisfaction = data["questions"][0]
    assert satisfaction["key"] == "satisfaction" and satisfaction["mean"] == "3.00"
    assert [o["count"] for o in satisfaction["options"]] == [1, 1, 1, 1, 1]
    assert "fine" not in str(data)
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/surveys/{campaign}/summary" in schema["paths"]
    assert "/api/v1/cee/{edition}" in schema["paths"]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_cells_that_start_like_a_formula_are_neutralised(client, personas, fmt):
    campaign = CampaignFactory()
    dangerous = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)"]
    for n, text in enumerate(dangerous):
        ResponseFactory(
            campaign=campaign,
            member=MemberFactory(name=f"{text} city {n}"),
            status=Response.Status.SUBMITTED,
            answers={"satisfaction": "4", "comments": text, "staff": "-5"},
        )
    client_for(client, personas.secretariat)
    reply = client.get(f"/surveys/{campaign.slug}/answers.{fmt}")
    assert reply.status_code == 200
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(reply.content.decode("utf-8-sig"))))
    else:
        sheet = load_workbook(io.BytesIO(reply.content)).active
        rows = [
            [c if c is not None else "" for c in row] for row in sheet.iter_rows(values_only=True)
        ]
    header, body = rows[0], rows[1:]
    comments = [row[header.index("comments")] for row in body]
    names = [row[header.index("respondent")] for row in body]
    assert sorted(comments) == sorted("'" + text for text in dangerous)
    assert all(name.startswith("'") for name in names)
    assert all(str(row[header.index("staff")]) == "'-5" for row in body)


def test_the_export_is_for_staff_only(client, personas):
    campaign = CampaignFactory()
    client_for(client, personas.surabaya)
    assert client.get(f"/surveys/{campaign.slug}/answers.csv").status_code == 403


def test_member_satisfaction_is_measured_from_the_survey():
    campaign = CampaignFactory()
    answered(campaign, 10)  # scores 1..5 twice: 4 of 10 answer good or very good
    answered(campaign, 3, status=Response.Status.DRAFT)
    measure = measures.get("surveys.answer_share")
    today = timezone.localdate()
    params = {
        "questionnaire": campaign.version.questionnaire.slug,
        "question": "satisfaction",
        "values": ["4", "5"],
    }
    assert measure(today - datetime.timedelta(days=1), today, **params) == Decimal("40.0")
    last_year = today - datetime.timedelta(days=400)
    assert measure(last_year, last_year, **params) is None


@pytest.mark.parametrize("rows", SIZES)
def test_the_progress_page_runs_the_same_queries_at_any_size(
    client, personas, django_assert_num_queries, rows
):
    campaign = CampaignFactory()
    answered(campaign, rows)
    client_for(client, personas.secretariat)
    with django_assert_num_queries(5):
        assert client.get(f"/surveys/{campaign.slug}/").status_code == 200


@pytest.mark.parametrize("rows", SIZES)
def test_the_summary_page_runs_the_same_queries_at_any_size(
    client, personas, django_assert_num_queries, rows
):
    campaign = CampaignFactory()
    answered(campaign, rows)
    client_for(client, personas.secretariat)
    with django_assert_num_queries(6):
        assert client.get(f"/surveys/{campaign.slug}/summary/?kind=city").status_code == 200


@pytest.mark.parametrize("rows", SIZES)
def test_the_summary_api_runs_the_same_queries_at_any_size(client, django_assert_num_queries, rows):
    campaign = CampaignFactory(results_published=True)
    answered(campaign, rows)
    with django_assert_num_queries(4):
        assert client.get(f"/api/v1/surveys/{campaign.slug}/summary").status_code == 200


@pytest.mark.parametrize("rows", SIZES)
def test_the_export_runs_the_same_queries_at_any_size(
    client, personas, django_assert_num_queries, rows
):
    campaign = CampaignFactory()
    answered(campaign, rows)
    client_for(client, personas.secretariat)
    with django_assert_num_queries(5):
        assert client.get(f"/surveys/{campaign.slug}/answers.csv").status_code == 200
