"""The banner of a demo site, and the question behind it (kota.demo.presence)."""

import pytest
from django.contrib.contenttypes.models import ContentType

from kota.demo import presence
from kota.demo.models import DemoRecord
from kota.members.factories import MemberFactory
from kota.members.models import Member

pytestmark = pytest.mark.django_db
BANNER = "Demo data: people, figures and stories are fictional."


def test_a_site_without_demo_records_shows_no_banner(client):
    MemberFactory()
    presence.forget()
    assert BANNER not in client.get("/").content.decode()
    assert BANNER not in client.get("/members/").content.decode()


def test_a_site_with_demo_records_shows_the_banner_on_every_page(client):
    member = MemberFactory()
    DemoRecord.objects.create(
        content_type=ContentType.objects.get_for_model(Member), object_id=member.pk
    )
    presence.forget()
    for url in ["/", "/members/", "/governance/", "/knowledge/", "/results/", "/accounts/login/"]:
        response = client.get(url, follow=True)
        assert BANNER in response.content.decode(), url


def test_each_process_asks_once_then_again_after_the_ttl(django_assert_num_queries, monkeypatch):
    presence.forget()
    with django_assert_num_queries(1):
        assert presence.is_demo_site() is False
        assert presence.is_demo_site() is False
    monkeypatch.setattr(presence, "TTL", -1)
    with django_assert_num_queries(1):
        presence.is_demo_site()
