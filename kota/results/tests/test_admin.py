import pytest
from django.urls import reverse

from kota.results.factories import DimensionFactory, IndicatorFactory, ValueFactory
from kota.results.models import Value

pytestmark = pytest.mark.django_db

MODELS = ["plan", "goal", "strategy", "activity", "secretariatunit", "indicator", "dimension"]


@pytest.mark.parametrize("model", [*MODELS, "value"])
def test_the_secretariat_can_list_and_add_every_results_record(client, personas, manifesto, model):
    client.force_login(personas.secretariat)
    assert client.get(reverse(f"admin:results_{model}_changelist")).status_code == 200
    assert client.get(reverse(f"admin:results_{model}_add")).status_code == 200


def test_an_indicator_and_a_dimension_open_in_the_admin(client, personas):
    client.force_login(personas.secretariat)
    dimension = DimensionFactory(categories=["female", "male"])
    for url in (
        reverse("admin:results_indicator_change", args=[dimension.indicator.pk]),
        reverse("admin:results_dimension_change", args=[dimension.pk]),
    ):
        assert client.get(url).status_code == 200


def test_an_approved_value_is_read_only_in_the_admin(client, personas, reviewer):
    value = ValueFactory(indicator=IndicatorFactory())
    value.submit(reviewer)
    value.approve(personas.secretariat)
    client.force_login(personas.secretariat)
    html = client.get(reverse("admin:results_value_change", args=[value.pk])).content.decode()
    assert 'name="number"' not in html


def test_the_admin_refuses_to_approve_a_value_its_user_submitted(client, personas):
    value = ValueFactory()
    value.submit(personas.secretariat)
    client.force_login(personas.secretariat)
    response = client.post(
        reverse("admin:results_value_changelist"),
        {"action": "approve_values", "_selected_action": [value.pk]},
        follow=True,
    )
    assert "Nobody approves or returns their own value" in response.content.decode()
    assert Value.objects.get(pk=value.pk).status == Value.Status.SUBMITTED


def test_the_indicator_form_offers_the_registered_measures(client, personas):
    client.force_login(personas.secretariat)
    html = client.get(reverse("admin:results_indicator_add")).content.decode()
    assert '<option value="governance.women_share">' in html


def test_work_plans_spending_lessons_and_funding_sources_open_in_the_admin(client, personas):
    from kota.workplans.factories import WorkPlanItemFactory

    item = WorkPlanItemFactory()
    client.force_login(personas.secretariat)
    for app, model in [
        ("workplans", "workplan"),
        ("workplans", "spending"),
        ("results", "lesson"),
        ("workplans", "fundingsource"),
    ]:
        assert client.get(reverse(f"admin:{app}_{model}_changelist")).status_code == 200
    for app, model in [("results", "lesson"), ("workplans", "fundingsource")]:
        assert client.get(reverse(f"admin:{app}_{model}_add")).status_code == 200
    page = client.get(reverse("admin:workplans_workplan_change", args=[item.work_plan.pk]))
    assert page.status_code == 200 and item.code in page.content.decode()
