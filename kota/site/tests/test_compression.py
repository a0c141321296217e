"""Pages, fragments and JSON are sent compressed to browsers that accept gzip, the cached
anonymous pages too; a page with a CSRF token for a logged-in user is not (BREACH)."""

import gzip

import pytest
from django.core.cache import caches

from kota.members.factories import MemberFactory
from kota.test import client_for

GZIP = {"Accept-Encoding": "gzip, deflate, br"}


def get(client, path, **headers):
    response = client.get(path, headers={**GZIP, **headers})
    assert response.status_code == 200, path
    return response


def text(response):
    if response.get("Content-Encoding") == "gzip":
        return gzip.decompress(response.content).decode()
    return response.content.decode()


@pytest.mark.django_db
def test_an_anonymous_page_is_sent_compressed_and_says_it_varies_by_encoding(client):
    MemberFactory(name="Surabaya")
    response = get(client, "/members/")
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    html = text(response)
    assert "Surabaya" in html
    assert len(response.content) * 2 < len(html.encode())
    assert int(response["Content-Length"]) == len(response.content)


@pytest.mark.django_db
def test_a_browser_that_does_not_accept_gzip_gets_the_page_as_it_is(client):
    response = client.get("/members/")
    assert not response.has_header("Content-Encoding")
    assert b"</html>" in response.content


def test_a_page_from_the_anonymous_page_cache_is_compressed_too(client, settings, live_db):
    settings.PAGE_CACHE_SECONDS = 600
    caches["pages"].clear()
    MemberFactory(name="Surabaya")
    try:
        first, second = get(client, "/members/"), get(client, "/members/")
    finally:
        caches["pages"].clear()
    assert (first["X-Kota-Cache"], second["X-Kota-Cache"]) == ("miss", "hit")
    assert second["Content-Encoding"] == "gzip"
    assert "Surabaya" in text(second)


@pytest.mark.django_db
def test_api_json_and_htmx_fragments_are_compressed(client, personas):
    for n in range(30):
        MemberFactory(name=f"Kota {n}")
    assert get(client, "/api/v1/members")["Content-Encoding"] == "gzip"
    client_for(client, personas.surabaya)
    fragment = get(client, "/members/?q=kota", **{"HX-Request": "true"})
    assert fragment["Content-Encoding"] == "gzip"
    assert "csrfmiddlewaretoken" not in text(fragment)


@pytest.mark.django_db
def test_a_page_with_a_csrf_token_for_a_logged_in_user_is_not_compressed(client, personas):
    client_for(client, personas.surabaya)
    response = get(client, "/members/")
    assert not response.has_header("Content-Encoding")
    assert "csrfmiddlewaretoken" in response.content.decode()


@pytest.mark.django_db
def test_the_log_in_page_of_an_anonymous_visitor_is_compressed(client):
    response = get(client, "/accounts/login/")
    assert response["Content-Encoding"] == "gzip"
    assert "csrfmiddlewaretoken" in text(response)
