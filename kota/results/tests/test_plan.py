import datetime
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from django.core.management import call_command
from django.core.management.base import CommandError

from kota.governance.factories import BodyFactory
from kota.results.loading import PlanFileError, load_plan
from kota.results.models import Activity, Goal, Indicator, Plan, Strategy, Value

pytestmark = pytest.mark.django_db
MANIFESTO_FILE = Path(__file__).resolve().parent.parent / "data" / "manifesto-2021-2025.yaml"


def manifesto_counts():
    plan = Plan.objects.get(slug="manifesto-2021-2025")
    return (
        Goal.objects.filter(plan=plan).count(),
        Strategy.objects.filter(goal__plan=plan).count(),
        Activity.objects.filter(strategy__goal__plan=plan).count(),
    )


def small_plan(**changes):
    plan = {
        "slug": "small",
        "title": "Small plan",
        "start": datetime.date(2026, 1, 1),
        "end": datetime.date(2030, 12, 31),
        "goals": [
            {
                "code": "1",
                "title": "A goal",
                "strategies": [
                    {
                        "code": "1.1",
                        "title": "A strategy",
                        "activities": [{"code": "1.1.1", "title": "An activity"}],
                    }
                ],
            }
        ],
    }
    plan.update(changes)
    return plan


def test_migrate_loads_the_manifesto_with_6_goals_25_strategies_and_88_activities(manifesto):
    assert (manifesto.starts_on, manifesto.ends_on) == (
        datetime.date(2021, 1, 1),
        datetime.date(2025, 12, 31),
    )
    assert manifesto_counts() == (6, 25, 88)


def test_the_manifesto_keeps_the_documents_own_wording(manifesto):
    activity = Activity.objects.filter(strategy__goal__plan=manifesto)
    assert (
        activity.get(code="1.3.2").text
        == "Promotion of Gender and Participatory Budgeting methodology at UCLG ASPAC platforms."
    )
    assert activity.get(code="6.2.2").text == (
        "Strengthen the cooperation between the Secretariat and Members by carrying out talent "
        "training and exchange programmes and projects."
    )
    assert activity.get(code="1.4.2").text.startswith(
        "Reinforce target of women representation in UCLG ASPAC governing bodies at 30%"
    )
    assert activity.get(code="3.2.1a").strategy.code == "3.2"
    assert Goal.objects.get(plan=manifesto, code="6").title.endswith("Manifesto 2021-2025")
    assert not Strategy.objects.get(goal__plan=manifesto, code="3.5").activities.exists()


def test_the_plan_keeps_the_documents_order(manifesto):
    codes = list(
        Activity.objects.filter(strategy__goal__plan=manifesto).values_list("code", flat=True)
    )
    assert codes[:3] == ["1.1.1", "1.1.2", "1.1.3"]
    assert codes.index("3.2.1") < codes.index("3.2.1a") < codes.index("3.2.1d")
    assert codes[-1] == "6.5.3"


def test_loading_the_manifesto_again_changes_nothing(manifesto, capsys):
    indicator = Indicator.objects.get(plan=manifesto, code="KPI-1.4.2")
    before = (manifesto_counts(), Value.objects.count(), indicator.history.count())
    call_command("load_plan", str(MANIFESTO_FILE))
    out = capsys.readouterr().out
    assert "activity: 0 created, 0 updated, 88 unchanged" in out
    assert "indicator: 0 created, 0 updated, 2 unchanged" in out
    assert (manifesto_counts(), Value.objects.count(), indicator.history.count()) == before


def test_a_changed_text_is_updated_in_place_not_duplicated(manifesto, tmp_path):
    data = yaml.safe_load(MANIFESTO_FILE.read_text())
    data["goals"][0]["strategies"][0]["activities"][0]["text"] = "Reworded."
    activity_id = Activity.objects.get(strategy__goal__plan=manifesto, code="1.1.1").pk
    outcomes = load_plan(data)
    assert outcomes[("activity", "updated")] == 1
    assert outcomes[("activity", "unchanged")] == 87
    assert manifesto_counts() == (6, 25, 88)
    assert Activity.objects.get(pk=activity_id).text == "Reworded."


def test_several_plans_coexist(manifesto):
    load_plan(small_plan())
    assert Plan.objects.count() == 2
    assert manifesto_counts() == (6, 25, 88)
    # The same codes in another plan are other rows.
    assert Activity.objects.filter(code="1.1.1").count() == 2


def test_activities_are_tagged_with_sdgs_and_core_areas_and_assigned_to_a_body_or_a_unit(db):
    BodyFactory(slug="women-committee", name="Women Committee")
    plan = small_plan(units=[{"slug": "programme", "name": "Programme unit"}])
    plan["goals"][0]["strategies"][0]["activities"] = [
        {
            "code": "1.1.1",
            "title": "Tagged",
            "sdgs": [5, 11],
            "core_areas": ["sdgs-localisation"],
            "body": "women-committee",
        },
        {"code": "1.1.2", "title": "Run by the secretariat", "unit": "programme"},
    ]
    load_plan(plan)
    tagged = Activity.objects.get(code="1.1.1", strategy__goal__plan__slug="small")
    assert sorted(tagged.sdgs.values_list("number", flat=True)) == [5, 11]
    assert list(tagged.core_areas.values_list("slug", flat=True)) == ["sdgs-localisation"]
    assert tagged.body.slug == "women-committee"
    assert (
        Activity.objects.get(code="1.1.2", strategy__goal__plan__slug="small").unit.name
        == "Programme unit"
    )


def test_a_plan_file_naming_an_unknown_sdg_is_rejected_with_its_place(db):
    plan = small_plan()
    plan["goals"][0]["strategies"][0]["activities"][0]["sdgs"] = [18]
    with pytest.raises(PlanFileError, match=r"goals\[0\]\.strategies\[0\]\.activities\[0\]"):
        load_plan(plan)
    assert not Plan.objects.filter(slug="small").exists()


def test_the_command_reports_a_bad_file_without_a_traceback(tmp_path):
    bad = tmp_path / "plan.yaml"
    bad.write_text("slug: x\ntitle: X\nstart: 2021-01-01\n")
    with pytest.raises(CommandError, match="end is missing"):
        call_command("load_plan", str(bad))


def test_the_womens_share_indicator_comes_with_the_manifestos_own_figures(manifesto):
    indicator = Indicator.objects.get(plan=manifesto, code="KPI-1.4.2")
    assert indicator.is_computed and indicator.measure == "governance.women_share"
    assert indicator.target_value == Decimal("30")
    assert (indicator.baseline_value, indicator.baseline_date) == (
        Decimal("15.38"),
        datetime.date(2020, 12, 31),
    )
    assert list(indicator.strategies.values_list("code", flat=True)) == ["1.4"]
    assert sorted(indicator.activities.values_list("code", flat=True)) == ["1.4.1", "1.4.2"]
    history = [(v.period_label, v.number, v.status) for v in indicator.values.all()]
    assert history == [
        ("2012-2014", Decimal("4.35"), Value.Status.APPROVED),
        ("2018-2020", Decimal("15.38"), Value.Status.APPROVED),
    ]
    indicator.full_clean()


def test_a_plan_file_declares_indicators_with_targets_dimensions_and_history(db):
    plan = small_plan(
        indicators=[
            {
                "code": "K1",
                "name": "Grants raised",
                "unit": "money",
                "currency": "USD",
                "cumulative": True,
                "frequency": "quarterly",
                "baseline": {"value": "0", "date": datetime.date(2025, 12, 31)},
                "target": "1000000.50",
                "targets": [{"date": datetime.date(2028, 12, 31), "value": "500000"}],
                "activities": ["1.1.1"],
                "dimensions": [
                    {
                        "code": "donor",
                        "name": "Donor",
                        "categories": [
                            {"code": "public", "name": "Public"},
                            {"code": "private", "name": "Private"},
                        ],
                    }
                ],
                "history": [
                    {
                        "start": datetime.date(2025, 10, 1),
                        "end": datetime.date(2025, 12, 31),
                        "value": "1200",
                    }
                ],
            }
        ]
    )
    load_plan(plan)
    load_plan(plan)
    indicator = Indicator.objects.get(plan__slug="small", code="K1")
    indicator.full_clean()
    assert indicator.target_value == Decimal("1000000.50")
    assert [t.number for t in indicator.targets.all()] == [Decimal("500000")]
    assert indicator.cell_keys() == ["donor=public", "donor=private"]
    assert [a.code for a in indicator.activities.all()] == ["1.1.1"]
    assert indicator.values.get().number == Decimal("1200")


def test_a_plan_file_with_a_word_for_a_number_is_rejected(db):
    plan = small_plan(indicators=[{"code": "K1", "name": "X", "unit": "count", "target": "lots"}])
    with pytest.raises(PlanFileError, match=r"indicators\[0\]: target should be a number"):
        load_plan(plan)
