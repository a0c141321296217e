"""The results dashboard, goal and indicator pages: roll-ups at request time, in a bounded
number of queries, showing each audience what it may see."""

import datetime
import json

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile

from kota.results.factories import (
    ActivityFactory,
    DimensionFactory,
    GoalFactory,
    IndicatorFactory,
    PlanFactory,
    StrategyFactory,
    ValueFactory,
)
from kota.results.models import Indicator
from kota.results.tests.test_dashboard import build_plan
from kota.test import client_for

pytestmark = pytest.mark.django_db
D = datetime.date
PAGE_QUERIES = 10  # session, user, plan, the dashboard's 5, goals, values to review


def page_queries(client, plan, django_assert_max_num_queries):
    with django_assert_max_num_queries(PAGE_QUERIES) as queries:
        response = client.get(f"/results/{plan.slug}/")
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("persona", ["secretariat", "board", "anonymous"])
def test_the_dashboard_page_runs_a_bounded_number_of_queries_however_many_values(
    client, personas, persona, django_assert_max_num_queries
):
    few = build_plan(indicators=3, quarters_each=1)
    many = build_plan(indicators=12, quarters_each=80)
    Indicator.objects.update(is_public=True)
    client = client_for(client, dict(personas.all())[persona])
    assert page_queries(client, few, django_assert_max_num_queries) == page_queries(
        client, many, django_assert_max_num_queries
    )


@pytest.fixture
def story():
    """Goal 1 with an on-track public indicator, goal 2 with an off-track private one and a
    public one without data."""
    plan = PlanFactory(slug="story", starts_on=D(2021, 1, 1), ends_on=D(2025, 12, 31))
    goal_1 = GoalFactory(plan=plan, code="1", title="Good governance")
    goal_2 = GoalFactory(plan=plan, code="2", title="Resilience")
    on_track = IndicatorFactory(
        plan=plan, code="ON", name="Trained", target_value=40, is_public=True
    )
    off_track = IndicatorFactory(plan=plan, code="OFF", name="Secret", target_value=100)
    empty = IndicatorFactory(plan=plan, code="EMPTY", name="Nothing yet", is_public=True)
    on_track.strategies.add(StrategyFactory(goal=goal_1, code="1.1"))
    off_track.activities.add(ActivityFactory(strategy=StrategyFactory(goal=goal_2, code="2.1")))
    empty.strategies.add(StrategyFactory(goal=goal_2, code="2.2"))
    for indicator in (on_track, off_track):
        for year, number in [(2021, 10), (2022, 20)]:
            ValueFactory(
                indicator=indicator, period_end=D(year, 12, 31), number=number, approved=True
            )
    ValueFactory(indicator=on_track, period_end=D(2023, 12, 31), number=77)  # a draft
    return plan


def card_counts(html, goal_code):
    card = html.split(f'id="goal-{goal_code}"', 1)[1].split("</article>", 1)[0]
    return {
        status: int(card.split(f'data-status="{status}">', 1)[1].split("<strong>")[1].split("<")[0])
        for status in ("on_track", "at_risk", "off_track", "no_data")
    }


def test_goal_cards_count_their_indicators_by_status_for_staff(client, personas, story):
    html = client_for(client, personas.secretariat).get("/results/story/").content.decode()
    assert card_counts(html, "1") == {"on_track": 1, "at_risk": 0, "off_track": 0, "no_data": 0}
    assert card_counts(html, "2") == {"on_track": 0, "at_risk": 0, "off_track": 1, "no_data": 1}
    assert "Secret" in html


@pytest.mark.parametrize("persona", ["anonymous", "surabaya"])
def test_the_public_sees_public_indicators_only(client, personas, story, persona):
    html = client_for(client, dict(personas.all())[persona]).get("/results/story/").content.decode()
    assert card_counts(html, "2") == {"on_track": 0, "at_risk": 0, "off_track": 0, "no_data": 1}
    assert "Secret" not in html
    assert client.get("/results/story/indicators/OFF/").status_code == 404


def test_a_board_member_sees_private_indicators_and_drafts(client, personas, story):
    client = client_for(client, personas.board)
    assert "Secret" in client.get("/results/story/").content.decode()
    html = client.get("/results/story/indicators/ON/").content.decode()
    assert "77" in html and "Draft" in html


def test_the_public_sees_only_approved_values_of_an_indicator(client, story):
    html = client.get("/results/story/indicators/ON/").content.decode()
    assert 'id="value-' in html
    assert "77" not in html and "Draft" not in html


def test_the_results_index_opens_the_plan_under_way_or_the_latest(client, manifesto):
    assert client.get("/results/").url == "/results/manifesto-2021-2025/"
    PlanFactory(slug="next", starts_on=D(2031, 1, 1), ends_on=D(2035, 12, 31))
    assert client.get("/results/").url == "/results/next/"  # the latest to start
    with time_machine.travel(D(2023, 5, 1)):
        assert client.get("/results/").url == "/results/manifesto-2021-2025/"


def test_the_goal_page_shows_strategies_activities_and_their_indicators(client, story):
    html = client.get("/results/story/goals/2/").content.decode()
    assert 'id="strategy-2.1"' in html and 'id="strategy-2.2"' in html
    assert "Nothing yet" in html and "Secret" not in html


def test_the_indicator_page_charts_actual_target_and_projection(client, story):
    html = client.get("/results/story/indicators/ON/").content.decode()
    data = json.loads(
        html.split('id="indicator-data" type="application/json">')[1].split("</script>")[0]
    )
    assert data["actual"] == [["2021-12-31", 10.0], ["2022-12-31", 20.0]]
    assert data["planned"] == [["2020-12-31", 0.0], ["2025-12-31", 40.0]]
    assert data["projection"][-1][0] == "2025-12-31"
    assert data["projection"][-1][1] >= 40
    assert 'data-chart="indicator"' in html and "kota/results.js" in html


def test_a_disaggregated_value_shows_its_cells_and_their_total(client, personas, reviewer):
    indicator = IndicatorFactory(code="TRAINED", is_public=True)
    DimensionFactory(indicator=indicator, code="sex", name="Sex", categories=["female", "male"])
    value = ValueFactory(indicator=indicator, number=None)
    value.set_cells({"female": 12, "male": 9})
    value.submit(personas.secretariat)
    value.approve(reviewer)
    html = client.get(f"/results/{indicator.plan.slug}/indicators/TRAINED/").content.decode()
    row = html.split(f'id="value-{value.pk}"')[1].split("</tr>")[0]
    assert [cell.split("<")[0] for cell in row.split('class="num">')[1:4]] == ["21", "12", "9"]
    assert '<th class="num">Female</th>' in html and '<th class="num">Male</th>' in html


def test_a_computed_indicator_shows_its_live_value_for_the_current_period(
    client, personas, manifesto
):
    html = (
        client_for(client, personas.secretariat)
        .get("/results/manifesto-2021-2025/indicators/KPI-1.4.2/")
        .content.decode()
    )
    live = html.split('id="live-value"><strong>')[1].split("<")[0]
    assert live == "0.0%"  # the persona's one seat is held by a man
    assert f"live, {datetime.date.today().year} so far" in html


@pytest.fixture
def with_evidence(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    public = IndicatorFactory(code="PUB", is_public=True)
    approved = ValueFactory(
        indicator=public,
        approved=True,
        evidence_file=SimpleUploadedFile("report.pdf", b"%PDF-1.4 evidence"),
    )
    draft = ValueFactory(
        indicator=public,
        period_end=D(2022, 12, 31),
        evidence_file=SimpleUploadedFile("draft.pdf", b"%PDF-1.4 draft"),
    )
    return approved, draft


def test_evidence_files_are_served_to_those_who_may_see_the_value(client, personas, with_evidence):
    approved, draft = with_evidence
    response = client.get(f"/results/values/{approved.pk}/evidence/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 evidence"
    assert "attachment" in response["Content-Disposition"]
    assert client.get(f"/results/values/{draft.pk}/evidence/").status_code == 404
    staff = client_for(client, personas.secretariat)
    assert staff.get(f"/results/values/{draft.pk}/evidence/").status_code == 200


def test_evidence_of_a_private_indicator_is_not_served_to_the_public(
    client, personas, with_evidence
):
    approved, _draft = with_evidence
    Indicator.objects.filter(pk=approved.indicator_id).update(is_public=False)
    assert client.get(f"/results/values/{approved.pk}/evidence/").status_code == 404
    client_for(client, personas.surabaya)
    assert client.get(f"/results/values/{approved.pk}/evidence/").status_code == 404
    client_for(client, personas.board)
    assert client.get(f"/results/values/{approved.pk}/evidence/").status_code == 200
    assert (
        "/media/"
        not in client.get(
            f"/results/{approved.indicator.plan.slug}/indicators/PUB/"
        ).content.decode()
    )


def test_the_collection_rate_indicator_moves_live_with_payments(client, personas, manifesto):
    from kota.dues.factories import FeeScheduleFactory
    from kota.dues.models import Invoice
    from kota.dues.services import issue_invoices

    year = datetime.date.today().year
    FeeScheduleFactory(year=year, fee="1000", due_on=D(year, 12, 31))
    issue_invoices(year=year)  # the personas' two cities (and the board member's)
    client = client_for(client, personas.secretariat)
    url = "/results/manifesto-2021-2025/indicators/KPI-6.5.1/"

    def live():
        return client.get(url).content.decode().split('id="live-value"><strong>')[1].split("<")[0]

    assert live() == "0.0%"
    invoices = list(Invoice.objects.filter(year=year))
    for invoice in invoices[: len(invoices) - 1]:
        invoice.record_payment(
            amount=invoice.amount,
            currency=invoice.currency,
            paid_on=datetime.date.today(),
            method="bank_transfer",
            by=personas.secretariat,
        )
    paid = len(invoices) - 1
    assert live() == f"{paid * 100 / len(invoices):.1f}%"
