"""The demo's surveys: annual satisfaction campaigns whose answers compute KPI-6.3's measure,
in several languages, and fictional CEE editions flagged as demo, published with every score
consolidated by the rule."""

import datetime
import random
from decimal import Decimal

import pytest

from kota.demo.surveys import build_surveys
from kota.lib import measures
from kota.members.factories import FocalPointFactory, MemberFactory
from kota.surveys.models import Campaign, CountryScore, Criterion, Edition, Response

pytestmark = pytest.mark.django_db


def test_the_demo_surveys_are_flagged_and_feed_member_satisfaction(personas):
    members = [
        MemberFactory(country_id=code, language=language)
        for code, language in [("ID", "id"), ("CN", "zh-hans"), ("PH", "en")] * 10
    ]
    for member in members:
        FocalPointFactory(member=member, is_primary=True)
    answered, ratings = build_surveys(random.Random(1), members, personas.secretariat)
    assert answered == Response.objects.exclude(answers={}).count() > 0
    assert set(Response.objects.values_list("language", flat=True)) == {"id", "zh-hans", "en"}
    assert all(Campaign.objects.values_list("is_demo", flat=True))
    open_now = Campaign.objects.get(status=Campaign.Status.OPEN)
    # Every active member with a primary focal point (the personas' two cities too), none
    # answered yet.
    assert open_now.responses.count() == 32
    assert not open_now.responses.exclude(status=Response.Status.NOT_STARTED).exists()
    assert Criterion.objects.count() == 11
    editions = Edition.objects.all()
    assert editions.count() == 2 and all(e.is_demo and e.is_published for e in editions)
    assert not CountryScore.objects.filter(validated_at=None).exists()
    assert ratings > 0
    share = measures.get("surveys.answer_share")(
        datetime.date(2025, 1, 1),
        datetime.date(2025, 12, 31),
        questionnaire="member-satisfaction",
        question="satisfaction",
        values=["4", "5"],
    )
    answers = Response.objects.counted().filter(campaign__slug="member-satisfaction-2025")
    good = sum(a["satisfaction"] in ("4", "5") for a in answers.values_list("answers", flat=True))
    assert share == Decimal(good * 100 / answers.count()).quantize(Decimal("0.1"))
