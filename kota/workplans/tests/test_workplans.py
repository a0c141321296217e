"""Annual work plans: the secretariat submits, the Executive Bureau approves, the Council
endorses; only those holding the right seat on the day decide; every step is recorded."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db.models import Max

from kota.results.factories import SecretariatUnitFactory
from kota.results.models import InvalidTransition, NotAllowed
from kota.test import client_for
from kota.workplans.factories import FundingSourceFactory, WorkPlanFactory, WorkPlanItemFactory
from kota.workplans.models import WorkPlan, WorkPlanDecision, WorkPlanItem, WorkPlanLocked

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def draft(manifesto):
    work_plan = WorkPlanFactory(plan=manifesto, year=2026)
    WorkPlanItemFactory.create_batch(2, work_plan=work_plan)
    return work_plan


@pytest.fixture
def submitted(draft, personas):
    draft.submit(personas.secretariat, "For the Bureau's meeting")
    return draft


@pytest.fixture
def approved(submitted, personas):
    submitted.approve(personas.board, "Approved at the March meeting")
    return submitted


@pytest.fixture
def endorsed(approved, council):
    approved.endorse(council)
    return approved


def test_a_work_plan_goes_from_draft_to_endorsed_and_every_step_is_recorded(
    endorsed, personas, council
):
    assert endorsed.status == WorkPlan.Status.ENDORSED
    steps = list(
        endorsed.decisions.values_list(
            "step", "from_status", "to_status", "by__username", "comment"
        )
    )
    assert steps == [
        ("submitted", "draft", "submitted", "secretariat", "For the Bureau's meeting"),
        ("approved", "submitted", "approved", "board", "Approved at the March meeting"),
        ("endorsed", "approved", "endorsed", "councillor", ""),
    ]
    approval, endorsement = endorsed.decisions.all()[1:]
    assert approval.body.slug == "executive-bureau" and endorsement.body.slug == "council"
    assert endorsement.decided_on == datetime.date.today() and endorsement.at.tzinfo is not None
    assert endorsed.history.count() == 4  # created, then three steps
    assert WorkPlanDecision.history.count() == 3


def test_only_staff_submit_and_an_empty_work_plan_is_not_submitted(manifesto, personas):
    work_plan = WorkPlanFactory(plan=manifesto)
    with pytest.raises(NotAllowed, match="Only secretariat staff submit"):
        work_plan.submit(personas.board)
    with pytest.raises(ValidationError, match="at least one item"):
        work_plan.submit(personas.secretariat)


def test_staff_cannot_approve_without_a_seat(submitted, personas):
    with pytest.raises(NotAllowed, match="Only a member of the Executive Bureau on"):
        submitted.approve(personas.secretariat)


def test_a_past_seat_holder_cannot_approve(submitted, past_board):
    with pytest.raises(NotAllowed, match="Only a member of the Executive Bureau on"):
        submitted.approve(past_board)
    submitted.approve(past_board, on=D(2023, 6, 1))  # but could have, while they held it
    assert submitted.decisions.last().decided_on == D(2023, 6, 1)


def test_an_executive_bureau_member_cannot_endorse_as_the_council(approved, personas):
    with pytest.raises(NotAllowed, match="Only a member of the Council on"):
        approved.endorse(personas.board)
    assert WorkPlan.objects.get(pk=approved.pk).status == WorkPlan.Status.APPROVED


def test_a_councillor_cannot_approve_for_the_executive_bureau(submitted, council):
    with pytest.raises(NotAllowed, match="Only a member of the Executive Bureau"):
        submitted.approve(council)


def test_steps_are_taken_in_order(draft, personas, council):
    with pytest.raises(InvalidTransition, match="A work plan that is draft cannot be approved"):
        draft.approve(personas.board)
    with pytest.raises(InvalidTransition, match="cannot be endorsed"):
        draft.endorse(council)


@pytest.mark.parametrize("stage", ["submitted", "approved"])
def test_a_returned_work_plan_goes_back_to_draft_with_the_comments(
    request, stage, personas, council
):
    work_plan = request.getfixturevalue(stage)
    body = personas.board if stage == "submitted" else council
    with pytest.raises(ValidationError, match="Say why"):
        work_plan.return_(body, "  ")
    work_plan.return_(body, "Cut the travel budget by a third")
    assert work_plan.status == WorkPlan.Status.DRAFT
    last = work_plan.decisions.last()
    assert (last.step, last.to_status, last.comment) == (
        "returned",
        "draft",
        "Cut the travel budget by a third",
    )
    item = work_plan.items.first()
    item.budget = 500
    item.save()  # a draft again: its items can change
    work_plan.submit(personas.secretariat, "Travel cut")
    assert work_plan.status == WorkPlan.Status.SUBMITTED


def test_the_council_returns_an_approved_plan_not_the_bureau(approved, personas):
    with pytest.raises(NotAllowed, match="Only a member of the Council"):
        approved.return_(personas.board, "Too late")


def test_items_of_a_work_plan_under_review_or_endorsed_are_locked(submitted, endorsed):
    item = endorsed.items.first()
    item.output = "Something else"
    with pytest.raises(WorkPlanLocked, match="endorsed by the council, so its items are locked"):
        item.save()
    with pytest.raises(WorkPlanLocked):
        item.delete()
    with pytest.raises(WorkPlanLocked):
        WorkPlanItemFactory(work_plan=endorsed)


def test_a_change_after_endorsement_makes_a_new_revision_with_a_copy_of_the_items(
    endorsed, personas, council
):
    with pytest.raises(NotAllowed):
        endorsed.revise(personas.board)
    revision = endorsed.revise(personas.secretariat, "New partner grant")
    assert (revision.year, revision.revision, revision.status) == (2026, 2, "draft")
    assert revision.revises == endorsed
    assert WorkPlan.objects.get(pk=endorsed.pk).status == WorkPlan.Status.ENDORSED
    copied = list(revision.items.values_list("code", "output", "budget"))
    assert copied == list(endorsed.items.values_list("code", "output", "budget"))
    item = revision.items.first()
    item.budget = 2500
    item.save()
    assert endorsed.items.get(code=item.code).budget == 1000
    assert revision.decisions.get().step == "revised"
    with pytest.raises(InvalidTransition, match="Revision 2 of this work plan already exists"):
        endorsed.revise(personas.secretariat)
    revision.submit(personas.secretariat)
    revision.approve(personas.board)
    revision.endorse(council)
    assert WorkPlan.objects.filter(plan=endorsed.plan, year=2026).aggregate(Max("revision")) == {
        "revision__max": 2
    }
    assert list(WorkPlan.objects.latest_revisions().values_list("revision", flat=True)) == [2]


def test_only_one_work_plan_is_started_per_year(manifesto, personas):
    WorkPlan.start(manifesto, 2027, by=personas.secretariat)
    with pytest.raises(ValidationError, match="already a work plan for 2027"):
        WorkPlan.start(manifesto, 2027, by=personas.secretariat)
    with pytest.raises(NotAllowed):
        WorkPlan.start(manifesto, 2028, by=personas.board)


def test_an_item_names_one_responsible_its_quarters_and_an_activity_of_the_plan(manifesto):
    item = WorkPlanItemFactory.build(
        work_plan=WorkPlanFactory(plan=manifesto),
        q1=False,
        unit=None,
        activity=WorkPlanItemFactory().activity,  # of another plan
        funding_source=FundingSourceFactory(),
    )
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert set(error.value.message_dict) >= {"body", "q1", "activity"}


# Pages --------------------------------------------------------------------------------------


def test_staff_draft_a_work_plan_and_add_items_through_the_pages(client, personas, manifesto):
    client = client_for(client, personas.secretariat)
    response = client.post("/results/manifesto-2021-2025/workplans/new/", {"year": "2027"})
    work_plan = WorkPlan.objects.get(year=2027)
    assert response.url == f"/results/workplans/{work_plan.pk}/"
    activity = manifesto.goals.get(code="6").strategies.get(code="6.5").activities.get(code="6.5.1")
    data = {
        "code": "27-01",
        "activity": activity.pk,
        "output": "New tier structure adopted",
        "unit": SecretariatUnitFactory().pk,
        "q1": "on",
        "q3": "on",
        "budget": "12000.456",
        "currency": "USD",
        "funding_source": FundingSourceFactory().pk,
    }
    client.post(f"/results/workplans/{work_plan.pk}/items/new/", data)
    item = WorkPlanItem.objects.get(work_plan=work_plan)
    assert (item.quarters, str(item.budget)) == (["Q1", "Q3"], "12000.460")
    page = client.get(f"/results/workplans/{work_plan.pk}/").content.decode()
    assert "New tier structure adopted" in page and "$12,000.46" in page


def test_the_work_plan_page_offers_each_person_their_own_step(client, personas, council, submitted):
    url = f"/results/workplans/{submitted.pk}/"
    board = client_for(client, personas.board).get(url).content.decode()
    assert "Approve for the Executive Bureau" in board and "Return with comments" in board
    client.force_login(council)
    assert "Approve for the Executive Bureau" not in client.get(url).content.decode()
    client.force_login(personas.secretariat)
    assert "Your decision" not in client.get(url).content.decode()


def test_an_executive_bureau_member_endorsing_through_the_page_is_refused(
    client, personas, approved
):
    client = client_for(client, personas.board)
    response = client.post(f"/results/workplans/{approved.pk}/endorse/", {"comment": ""})
    assert response.url == f"/results/workplans/{approved.pk}/"
    page = client.get(response.url).content.decode()
    assert "Only a member of the Council on" in page
    assert WorkPlan.objects.get(pk=approved.pk).status == WorkPlan.Status.APPROVED


def test_the_council_endorses_and_staff_revise_through_the_pages(
    client, personas, council, approved
):
    client = client_for(client, council)
    client.post(f"/results/workplans/{approved.pk}/endorse/", {"comment": "Endorsed, 2026 AGM"})
    assert WorkPlan.objects.get(pk=approved.pk).status == WorkPlan.Status.ENDORSED
    client.force_login(personas.secretariat)
    item = approved.items.first()
    response = client.post(
        f"/results/workplans/items/{item.pk}/",
        {
            "code": item.code,
            "activity": item.activity_id,
            "output": "Changed",
            "unit": item.unit_id,
            "q1": "on",
            "budget": "1",
            "currency": "USD",
            "funding_source": item.funding_source_id,
        },
    )
    assert "its items are locked" in client.get(response.url).content.decode()
    response = client.post(f"/results/workplans/{approved.pk}/revise/", {"comment": "Mid-year"})
    revision = WorkPlan.objects.get(revision=2)
    assert response.url == f"/results/workplans/{revision.pk}/"


def test_a_work_plan_before_endorsement_is_hidden_from_the_public(client, personas, endorsed):
    draft = WorkPlanFactory(plan=endorsed.plan, year=2027)
    assert client.get(f"/results/workplans/{endorsed.pk}/").status_code == 200
    assert client.get(f"/results/workplans/{draft.pk}/").status_code == 404
    listing = client.get("/results/manifesto-2021-2025/workplans/").content.decode()
    assert "2026" in listing and "2027" not in listing
    client.force_login(personas.board)
    assert client.get(f"/results/workplans/{draft.pk}/").status_code == 200
