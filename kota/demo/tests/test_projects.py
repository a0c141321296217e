"""The demo's programmes and projects, in the small demo network seeded once for this module:
both IATI files are valid against the shipped schemas and hold every public demo project."""

from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import transaction
from lxml import etree

from kota.demo.data import read_yaml
from kota.projects.iati import schemas
from kota.projects.iati.activities import activities_file
from kota.projects.iati.organisation import organisation_file
from kota.projects.models import IndicatorPeriod, Programme, Project, Transaction, Update

DATA = read_yaml("projects.yaml")


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """The output of `seed_demo --scale small --seed 1`, on a database that holds the demo
    until the module ends, then rolled back. The content types created meanwhile go with it,
    so their cache is emptied: the next module that seeds the demo creates them again."""
    with django_db_blocker.unblock():
        ContentType.objects.clear_cache()
        with transaction.atomic():
            out = StringIO()
            call_command("seed_demo", "--scale", "small", "--seed", "1", stdout=out)
            yield out.getvalue()
            transaction.set_rollback(True)
        ContentType.objects.clear_cache()


@pytest.fixture
def demo(seeded, db):
    return seeded


def test_the_demo_has_three_programmes_and_twenty_projects_from_its_data_file(demo):
    assert "20 projects" in demo
    assert Programme.objects.count() == len(DATA["programmes"]) == 3
    assert Project.objects.count() == len(DATA["projects"]) == 20
    starts = {p.planned_start.year for p in Project.objects.all()}
    assert min(starts) == 2021 and max(starts) == 2026
    assert all("demo data" in p.description for p in Project.objects.all())


def test_demo_money_moves_in_usd_eur_and_idr_and_updates_wait_for_a_second_approver(demo):
    assert set(Transaction.objects.values_list("currency", flat=True)) == {"USD", "EUR", "IDR"}
    assert Transaction.objects.filter(grant__isnull=False).exists()
    statuses = set(Update.objects.values_list("status", flat=True))
    assert {Update.Status.APPROVED, Update.Status.SUBMITTED} <= statuses
    for update in Update.objects.filter(status=Update.Status.APPROVED):
        assert update.reviewed_by_id not in (update.author_id, update.submitted_by_id)


def test_demo_results_have_cells_that_add_up(demo):
    periods = IndicatorPeriod.objects.filter(indicator__is_disaggregated=True, actual__isnull=False)
    assert periods.exists()
    for period in periods.prefetch_related("cells"):
        assert sum((c.number for c in period.cells.all()), Decimal(0)) == period.actual


def test_both_iati_files_are_valid_and_hold_every_public_demo_project(demo):
    published = activities_file()
    root = etree.fromstring(published.content)
    assert schemas.errors(root, "activities") == []
    assert published.left_out == []
    ref = DATA["publisher"]["ref"]
    public = sorted(Project.objects.public().values_list("code", flat=True))
    assert [e.text for e in root.iter("iati-identifier")] == [f"{ref}-{c}" for c in public]
    assert len(public) == sum(1 for p in DATA["projects"] if p.get("public", True))
    organisation = etree.fromstring(organisation_file())
    assert schemas.errors(organisation, "organisations") == []
    assert len(organisation.findall("iati-organisation/total-budget")) >= 1
