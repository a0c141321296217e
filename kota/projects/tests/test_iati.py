"""The IATI files: valid against the shipped 2.03 schemas, public projects only, narratives in
every language, results with their dimensions, and a project that would break the file left
out and named while the file stays valid."""

import datetime
from decimal import Decimal

import pytest
from django.core.management import call_command
from lxml import etree

from kota.partners.factories import PartnerFactory
from kota.projects.codelists import OrganisationRole
from kota.projects.factories import (
    FundedPartnerFactory,
    ProjectFactory,
    PublisherFactory,
    full_project,
)
from kota.projects.iati import activities as iati_activities
from kota.projects.iati import schemas
from kota.projects.iati.activities import NothingToPublish, activities_file
from kota.projects.iati.organisation import NoIdentifier, organisation_file
from kota.workplans.factories import WorkPlanFactory, WorkPlanItemFactory

pytestmark = pytest.mark.django_db
XML = "{http://www.w3.org/XML/1998/namespace}lang"


def parsed(content):
    return etree.fromstring(content)


def identifiers(root):
    return [element.text for element in root.iter("iati-identifier")]


def test_the_activities_file_is_valid_and_holds_the_public_projects_only():
    PublisherFactory(ref="XI-TEST-1")
    full_project(code="LSDG-1")
    full_project(code="LSDG-2")
    ProjectFactory(code="HIDDEN", is_public=False)
    published = activities_file()
    root = parsed(published.content)
    assert schemas.errors(root, "activities") == []
    assert identifiers(root) == ["XI-TEST-1-LSDG-1", "XI-TEST-1-LSDG-2"]
    assert published.included == 2 and published.left_out == []


def test_narratives_come_in_every_language_given():
    PublisherFactory()
    full_project(code="LANG", title="Voluntary local reviews in Java")
    title = parsed(activities_file().content).find("iati-activity/title")
    assert {n.get(XML): n.text for n in title} == {
        "en": "Voluntary local reviews in Java",
        "id": "Tinjauan lokal sukarela",
        "zh": "地方自愿审查",
    }


def test_transactions_carry_currency_and_value_date_and_results_their_dimensions():
    PublisherFactory()
    full_project(code="MONEY")
    activity = parsed(activities_file().content).find("iati-activity")
    values = {
        (t.find("transaction-type").get("code"), t.find("value").get("currency")): (
            t.find("value").text,
            t.find("value").get("value-date"),
        )
        for t in activity.iter("transaction")
    }
    assert values == {
        ("1", "USD"): ("50000.00", "2025-03-15"),
        ("4", "EUR"): ("1200.50", "2025-03-15"),
        ("3", "IDR"): ("15000000", "2025-03-15"),
    }
    actuals = activity.findall("result/indicator/period/actual")
    total = [a for a in actuals if not len(a)]
    cells = [a for a in actuals if len(a)]
    assert [a.get("value") for a in total] == ["30"]
    assert sum(Decimal(a.get("value")) for a in cells) == Decimal(30)
    assert {d.get("name") for a in cells for d in a} == {"sex", "age"}
    assert activity.find("result/indicator/baseline").get("year") == "2024"


def test_a_project_that_would_break_the_file_is_left_out_with_the_rule_it_breaks():
    PublisherFactory()
    full_project(code="GOOD")
    ProjectFactory(code="NO-TITLE", title="")
    unidentified = ProjectFactory(code="NO-REF")
    FundedPartnerFactory(
        project=unidentified, partner=PartnerFactory(name="Some Fund", iati_identifier="")
    )  # a funder may be named without an identifier...
    FundedPartnerFactory(
        project=unidentified,
        partner=PartnerFactory(name="Some Agency", iati_identifier=""),
        role=OrganisationRole.ACCOUNTABLE,
    )  # ...but the accountable organisation is identified
    published = activities_file()
    root = parsed(published.content)
    assert schemas.errors(root, "activities") == []
    assert identifiers(root) == ["XI-KOTA-TEST-GOOD"]
    assert [str(left) for left in published.left_out] == [
        "Project NO-REF: Some Agency is its accountable partner but has no IATI organisation "
        "identifier, which the IATI requires of that role",
        "Project NO-TITLE: it has no title",
    ]


def test_without_the_reporting_organisation_identifier_no_project_is_published():
    full_project(code="ALONE")
    with pytest.raises(NothingToPublish) as refusal:
        activities_file()
    assert "has no IATI organisation identifier" in str(refusal.value.args[0][0])


def test_a_project_the_schema_refuses_is_left_out_and_the_file_stays_valid(monkeypatch):
    PublisherFactory()
    full_project(code="FINE")
    full_project(code="ODD")
    build = iati_activities.activity_element

    def breaking(project, publisher):
        element = build(project, publisher)
        if project.code == "ODD":
            element.find("activity-status").attrib.pop("code")
        return element

    monkeypatch.setattr(iati_activities, "activity_element", breaking)
    published = activities_file()
    root = parsed(published.content)
    assert schemas.errors(root, "activities") == []
    assert identifiers(root) == ["XI-KOTA-TEST-FINE"]
    assert str(published.left_out[0]).startswith("Project ODD: the IATI schema refuses it")


def test_the_schema_check_catches_an_element_out_of_order():
    PublisherFactory()
    full_project(code="ORDER")
    root = parsed(activities_file().content)
    activity = root.find("iati-activity")
    title = activity.find("title")
    activity.remove(title)
    activity.append(title)
    assert schemas.errors(root, "activities") != []


def approved_work_plan(personas, year, items):
    work_plan = WorkPlanFactory(year=year)
    for budget, currency in items:
        WorkPlanItemFactory(work_plan=work_plan, budget=budget, currency=currency)
    work_plan.submit(personas.secretariat)
    work_plan.approve(personas.board, on=datetime.date(2025, 1, 10))
    return work_plan


def test_the_organisation_file_gives_budget_and_spending_per_year_and_currency(personas):
    PublisherFactory(ref="XI-TEST-ORG")
    work_plan = approved_work_plan(
        personas, 2025, [(Decimal(1000), "USD"), (Decimal(500), "USD"), (Decimal(800), "EUR")]
    )
    item = work_plan.items.filter(currency="USD").first()
    item.record_spending(
        amount=Decimal("250.75"),
        currency="USD",
        spent_on=datetime.date(2025, 5, 2),
        by=personas.secretariat,
    )
    WorkPlanFactory(year=2026)  # a draft: not the network's budget yet
    root = parsed(organisation_file())
    assert schemas.errors(root, "organisations") == []
    organisation = root.find("iati-organisation")
    assert organisation.find("organisation-identifier").text == "XI-TEST-ORG"
    budgets = {
        (b.find("period-start").get("iso-date"), b.find("value").get("currency")): b.find(
            "value"
        ).text
        for b in organisation.iter("total-budget")
    }
    assert budgets == {("2025-01-01", "USD"): "1500.00", ("2025-01-01", "EUR"): "800.00"}
    spent = [
        (e.find("value").get("currency"), e.find("value").text)
        for e in organisation.iter("total-expenditure")
    ]
    assert spent == [("USD", "250.75")]


def test_the_organisation_file_needs_the_identifier():
    with pytest.raises(NoIdentifier):
        organisation_file()


def test_export_iati_writes_both_files_validated(tmp_path, capsys):
    PublisherFactory()
    full_project(code="CMD")
    ProjectFactory(code="BROKEN", description="")
    activities, organisation = tmp_path / "a.xml", tmp_path / "o.xml"
    call_command("export_iati", activities=str(activities), organisation=str(organisation))
    assert schemas.errors(etree.parse(str(activities)), "activities") == []
    assert schemas.errors(etree.parse(str(organisation)), "organisations") == []
    assert "Project BROKEN: it has no description" in capsys.readouterr().err


def test_the_shipped_schemas_are_the_official_files_unchanged():
    from pathlib import Path

    shared = Path("/work/shared/iati-2.03")
    if not shared.exists():
        pytest.skip("the source folder is not on this machine")
    for path in shared.iterdir():
        assert (schemas.SCHEMAS / path.name).read_bytes() == path.read_bytes()


def test_a_funder_without_an_identifier_is_named_in_the_file():
    PublisherFactory()
    project = ProjectFactory(code="NAMED")
    FundedPartnerFactory(project=project, partner=PartnerFactory(name="A Fund", iati_identifier=""))
    root = parsed(activities_file().content)
    funders = [o for o in root.iter("participating-org") if o.get("role") == "1"]
    assert [(o.get("ref"), o.find("narrative").text) for o in funders] == [(None, "A Fund")]
