"""The demo's city-to-city cooperation: real sister-city pairs each with its source, fictional
ones flagged, learning requests at every stage, and one appeal with needs, pledges, shipments
and receipts."""

import random

import pytest

from kota.cooperation.models import Appeal, Cooperation, LearningRequest, Pledge
from kota.core.models import CoreArea, User
from kota.demo.cooperation import build_cooperation
from kota.demo.data import read_yaml
from kota.demo.members import build_members
from kota.demo.partners import build_partners
from kota.knowledge.factories import KnowledgeItemFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    members = build_members(random.Random(1), None)
    # Practices of the places that the matcher can propose, on every core area.
    for n, area in enumerate(CoreArea.objects.all()):
        KnowledgeItemFactory(members=[members[n * 7 + 3]], core_areas=[area], published=True)
    secretariat = User.objects.create_user("secretariat", password="x", is_staff=True)
    build_partners(secretariat)
    return build_cooperation(secretariat)


def test_every_pair_of_the_data_is_built_and_real_ones_name_their_source(demo):
    cooperations, requests, pledges = demo
    assert cooperations == len(read_yaml("cooperation.yaml")["cooperations"])
    with_partner = Cooperation.objects.get(parties__partner__acronym="UN-Habitat")
    assert with_partner.is_fictional
    real = Cooperation.objects.filter(is_fictional=False)
    assert real.count() >= 5
    assert all(c.source for c in real)
    assert not Cooperation.objects.filter(is_fictional=True).exclude(source="").exists()
    surabaya = Cooperation.objects.of_member(
        Cooperation.objects.get(title="Surabaya–Busan sister cities").parties.first().member
    )
    assert surabaya.public().count() >= 3
    assert {c.status for c in Cooperation.objects.all()} == {"active", "confirmed", "proposed"}


def test_learning_requests_are_at_every_stage_with_outcomes(demo):
    stages = set(LearningRequest.objects.values_list("stage", flat=True))
    assert stages == set(LearningRequest.Stage.values)
    followed = LearningRequest.objects.exclude(stage__in=["open", "withdrawn"])
    assert all(r.provider_id and r.provider_id != r.member_id for r in followed)
    assert LearningRequest.objects.filter(outcomes__result="replicated").exists()


def test_one_appeal_with_needs_pledges_shipments_and_receipts(demo):
    appeal = Appeal.objects.get()
    assert appeal.is_fictional
    assert appeal.needs.count() == 3
    statuses = set(Pledge.objects.values_list("status", flat=True))
    assert statuses == {"pledged", "shipped", "received"}
    assert appeal.needs.met().count() == 1
