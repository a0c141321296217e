"""The reference tables kept per process (kota.core.reference) are never stale: a committed
change shows on the next request, and a transaction that changed them reads its own change."""

import pytest
from django.db import transaction

from kota.core import reference, versions
from kota.core.models import SDG, CoreArea, Country
from kota.knowledge.factories import KnowledgeItemFactory


def facet_labels(client, name):
    body = client.get("/api/v1/knowledge").json()
    return [value["label"] for value in body["facets"][name]]


def result(client):
    return client.get("/knowledge/").content.decode()


@pytest.fixture
def fresh(live_db):
    """Writes that commit (and bump the versions) for real, in a process that keeps nothing."""
    versions.PerProcess.clear_all()
    yield
    versions.PerProcess.clear_all()


def test_a_renamed_country_sdg_or_core_area_shows_on_the_next_request(client, fresh):
    KnowledgeItemFactory(published=True, country_id="PH", sdgs=[11], core_areas=["climate-drr"])
    assert facet_labels(client, "country") == ["Philippines"]
    kept = reference.current()
    assert reference.current() is kept  # nothing changed: the same tables, not read again

    Country.objects.filter(code="PH").update(name="Pilipinas")
    SDG.objects.filter(number=11).update(title="Cities for all")
    CoreArea.objects.filter(slug="climate-drr").update(name="Climate and disasters")
    assert reference.current() is not kept
    assert facet_labels(client, "country") == ["Pilipinas"]
    assert facet_labels(client, "sdg") == ["SDG 11: Cities for all"]
    assert facet_labels(client, "core_area") == ["Climate and disasters"]
    assert "Pilipinas" in result(client)


def test_a_write_to_another_area_keeps_them(client, fresh):
    KnowledgeItemFactory(published=True, country_id="PH")
    kept = reference.current()
    KnowledgeItemFactory(published=True, country_id="ID")
    assert reference.current() is kept
    assert facet_labels(client, "country") == ["Indonesia", "Philippines"]


def test_inside_a_transaction_that_changed_them_the_database_answers(fresh):
    kept = reference.current()
    with transaction.atomic():
        Country.objects.filter(code="PH").update(name="Pilipinas")
        inside = reference.current()
        assert inside is not kept
        assert inside.countries["PH"].name == "Pilipinas"
    assert reference.current().countries["PH"].name == "Pilipinas"
