import pytest

from kota.members.factories import MemberFactory
from kota.members.models import Member
from kota.site.models import Page

pytestmark = pytest.mark.django_db


def test_the_home_page_says_what_the_network_does_with_its_latest_figures(client):
    MemberFactory(country_id="ID")
    MemberFactory(country_id="ID")
    MemberFactory(country_id="CN")
    MemberFactory(country_id="JP", status=Member.Status.WITHDRAWN)
    html = client.get("/").content.decode()
    assert "<strong>3</strong> active members" in html
    assert "<strong>2</strong> countries" in html
    assert "Capacity building" in html
    assert "To promote twinning and partnership between local governments and peoples." in html
    assert "Climate Change Adaptation and Disaster Risk Reduction" in html
    assert 'href="/members/"' in html


def test_staff_edit_the_home_text_in_markdown_and_it_is_sanitised(client):
    page = Page.objects.get(slug="home", language="en")
    page.body = "## Updated\n\nNew **text**.<script>alert(1)</script>"
    page.save()
    html = client.get("/").content.decode()
    assert "<strong>text</strong>" in html
    assert "<script>alert(1)</script>" not in html


def test_the_home_page_speaks_the_chosen_language(client):
    client.post("/i18n/setlang/", {"language": "zh-hans", "next": "/"})
    html = client.get("/").content.decode()
    assert "亚太地区城市与地方政府网络" in html
    client.post("/i18n/setlang/", {"language": "id", "next": "/"})
    assert "Peningkatan kapasitas" in client.get("/").content.decode()


def test_a_visitor_changes_language_without_a_csrf_token_or_cookie(db):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    page = client.get("/members/")
    assert "csrfmiddlewaretoken" not in page.content.decode()
    assert not page.cookies  # nothing set: the page can be cached for every visitor
    response = client.post("/i18n/setlang/", {"language": "id", "next": "/members/"})
    assert response.status_code == 302
    assert client.get("/members/").content.decode().count('lang="id"') >= 1
