"""The public pages: search with facets (htmx and plain links), an item, the Atom feed."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kota.knowledge.factories import KnowledgeItemFactory
from kota.knowledge.tests.test_search import HOSTILE_QUERIES
from kota.members.factories import MemberFactory

pytestmark = pytest.mark.django_db
SEARCH = "/knowledge/"


def test_the_search_page_lists_published_items_with_highlighted_snippets(client):
    KnowledgeItemFactory(published=True, title="Waste banks", body="广州市推进垃圾分类")
    KnowledgeItemFactory(title="A draft about 垃圾")
    html = client.get(SEARCH, {"q": "垃圾"}).content.decode()
    assert "1 item" in html
    assert "广州市推进<mark>垃圾</mark>分类" in html
    assert "A draft" not in html


def test_facets_are_plain_links_that_keep_the_query_and_reset_the_page(client):
    KnowledgeItemFactory(published=True, title="Flood maps", country_id="PH")
    KnowledgeItemFactory(published=True, title="Flood drills", country_id="ID")
    html = client.get(SEARCH, {"q": "flood", "page": "1"}).content.decode()
    assert 'href="?q=flood&amp;country=PH"' in html
    html = client.get(SEARCH, {"q": "flood", "country": "PH"}).content.decode()
    assert "<mark>Flood</mark> maps" in html and "drills" not in html
    assert (
        'href="?q=flood" data-hx-get="?q=flood" data-hx-target="#results" data-hx-push-url="true" aria-current="true"'
        in html
    )
    assert '<input type="hidden" name="country" value="PH">' in html


def test_htmx_gets_only_the_results_and_the_hidden_filters(client):
    KnowledgeItemFactory(published=True, title="Flood maps", country_id="PH")
    response = client.get(SEARCH, {"country": "PH"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert "<html" not in html
    assert 'id="search-filters" data-hx-swap-oob="true"' in html
    assert "Flood maps" in html


def test_search_results_are_paginated_with_shareable_urls(client):
    KnowledgeItemFactory.create_batch(25, published=True, title="Market day")
    html = client.get(SEARCH, {"q": "market"}).content.decode()
    assert "25 items" in html and "Page 1 of 2" in html
    assert 'href="?q=market&amp;page=2"' in html
    html = client.get(SEARCH, {"q": "market", "page": "2"}).content.decode()
    assert html.count('class="result"') == 5


def test_filters_not_understood_are_ignored_and_said_so(client):
    KnowledgeItemFactory(published=True)
    response = client.get(SEARCH, {"sdg": "99", "year": "abc", "country": "Indonesia"})
    assert response.status_code == 200
    assert "were not understood" in response.content.decode()
    assert "1 item" in response.content.decode()


@pytest.mark.parametrize(
    ("language", "matched", "remove", "kind"),
    [
        ("en", "Matched in:", "Remove this filter", "Good practice"),
        ("id", "Cocok pada:", "Hapus filter ini", "Praktik baik"),
        ("zh-hans", "匹配字段：", "移除此筛选条件", "良好实践"),
    ],
)
def test_result_cards_and_facet_values_speak_the_reader_s_language_and_escape_names(
    client, language, matched, remove, kind
):
    """The two fragments Jinja2 renders (kota.lib.jinja): what a secretariat or member wrote
    is escaped, what Kota marked up is not, and the labels are in the reader's language."""
    member = MemberFactory(name='Kota "A" & <i>B</i>', country_id="ID")
    KnowledgeItemFactory(
        published=True,
        title="Flood <b>plan</b>",
        body="Flood warnings reach every street.",
        members=[member],
    )
    client.post("/i18n/setlang/", {"language": language, "next": "/"})
    html = client.get(SEARCH, {"q": "flood", "kind": "good_practice"}).content.decode()
    assert "<mark>Flood</mark> &lt;b&gt;plan&lt;/b&gt;" in html
    assert "Kota &#34;A&#34; &amp; &lt;i&gt;B&lt;/i&gt;" in html and "<i>B</i>" not in html
    assert f"{matched} " in html
    assert f'aria-current="true" title="{remove}">{kind}</a>' in html


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_every_hostile_query_gives_a_page(client, query):
    KnowledgeItemFactory(published=True, title="Flood plan")
    assert client.get(SEARCH, {"q": query, "sort": "relevance"}).status_code == 200


def test_the_search_page_runs_the_same_queries_for_few_and_many_results(client):
    def data_queries(context):  # PostgreSQL's SET/RESET around the index read aside
        return [q for q in context.captured_queries if not q["sql"].startswith(("SET", "RESET"))]

    client.get(SEARCH)  # the first request reads the reference tables (kota.core.reference)
    KnowledgeItemFactory.create_batch(2, published=True, title="Bus lanes", sdgs=[11])
    with CaptureQueriesContext(connection) as few:
        client.get(SEARCH, {"q": "bus"})
    KnowledgeItemFactory.create_batch(20, published=True, title="Bus lanes", sdgs=[11])
    with CaptureQueriesContext(connection) as many:
        client.get(SEARCH, {"q": "bus"})
    assert len(data_queries(few)) <= 16
    assert len(data_queries(many)) == len(data_queries(few))


def test_an_item_page_shows_members_tags_documents_and_translations(client):
    surabaya = MemberFactory(name="Surabaya", country_id="ID")
    original = KnowledgeItemFactory(
        published=True,
        title="Waste banks",
        members=[surabaya],
        sdgs=[12],
        body="**Bold** <script>x</script>",
    )
    KnowledgeItemFactory(
        published=True, title="Bank sampah", language_id="id", translation_of=original
    )
    original.links.create(url="https://example.org/report", label="Report")
    html = client.get(original.get_absolute_url()).content.decode()
    assert f'<a href="{surabaya.get_absolute_url()}">Surabaya</a>' in html
    assert "SDG 12: Responsible Consumption and Production" in html
    assert "<strong>Bold</strong>" in html and "<script>x" not in html
    assert "Bank sampah" in html
    assert 'href="https://example.org/report"' in html


def test_an_item_url_with_a_wrong_slug_or_none_redirects_to_the_right_one(client):
    item = KnowledgeItemFactory(published=True, title="Đà Nẵng recovers")
    assert item.get_absolute_url() == f"/knowledge/{item.pk}-%C4%91%C3%A0-n%E1%BA%B5ng-recovers/"
    assert client.get(f"/knowledge/{item.pk}-old/").url == item.get_absolute_url()
    assert client.get(f"/knowledge/{item.pk}/").url == item.get_absolute_url()


def test_a_draft_is_not_found_by_visitors(client):
    item = KnowledgeItemFactory(title="Secret draft")
    assert client.get(item.get_absolute_url()).status_code == 404


def test_similar_practices_share_tags_and_words(client):
    item = KnowledgeItemFactory(published=True, title="Flood early warning", sdgs=[13])
    KnowledgeItemFactory(published=True, title="Heat plan", sdgs=[13], country_id="VN")
    KnowledgeItemFactory(published=True, title="Flood insurance")
    KnowledgeItemFactory(published=True, title="Bus lanes", sdgs=[11])
    KnowledgeItemFactory(title="Flood draft", sdgs=[13])
    for _view in ("found now", "stored"):
        html = client.get(item.get_absolute_url()).content.decode()
        similar = html.split("Similar practices")[1]
        assert "Heat plan</a> <small>Viet Nam, 2022</small>" in similar
        assert "Flood insurance" in similar
        assert "Bus lanes" not in similar and "Flood draft" not in similar


def test_the_feed_is_atom_with_the_newest_published_items(client):
    KnowledgeItemFactory(published=True, title="Old practice")
    KnowledgeItemFactory(published=True, title="New practice")
    KnowledgeItemFactory(title="Draft practice")
    response = client.get(reverse("knowledge:feed"))
    body = response.content.decode()
    assert response["Content-Type"].startswith("application/atom+xml")
    assert body.index("New practice") < body.index("Old practice")
    assert "Draft practice" not in body


def test_the_pages_need_no_inline_style_or_script_under_the_content_security_policy(client):
    item = KnowledgeItemFactory(published=True)
    for path in (SEARCH, item.get_absolute_url()):
        html = client.get(path).content.decode()
        assert "<style" not in html and "style=" not in html and "<script>" not in html
        assert "/static/knowledge/knowledge.css" in html


def test_a_draft_translation_is_listed_only_for_those_who_may_see_it(client, personas):
    original = KnowledgeItemFactory(
        published=True, title="Waste banks", members=[personas.surabaya_city]
    )
    KnowledgeItemFactory(
        title="Bank sampah (draft)",
        language_id="id",
        translation_of=original,
        members=[personas.surabaya_city],
    )
    assert "Bank sampah (draft)" not in client.get(original.get_absolute_url()).content.decode()
    client.force_login(personas.surabaya)
    assert "Bank sampah (draft)" in client.get(original.get_absolute_url()).content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "",
        "q=flood",
        "q=banjir+rob&page=3",
        "country=PH&q=flood",
        "sdg=11&q=%E5%9E%83%E5%9C%BE&kind=good_practice&page=2",
        "q=a%26b%3Dc&sdg=6&sdg=11&year=2024",
    ],
)
def test_a_facet_link_selects_or_clears_its_value_and_keeps_the_rest(query):
    """Each link is the page's query string without `page`, with the facet's value set where
    the parameter was (at the end if it was not there), or removed when it is selected."""
    from django.http import QueryDict

    from kota.knowledge.search import FacetValue
    from kota.knowledge.views.public import _facet_links

    params = QueryDict(query)
    facets = {
        "sdg": [FacetValue(11, "SDG 11", 3, selected="sdg=11" in query), FacetValue(6, "6", 1)],
        "kind": [FacetValue("good_practice", "Good practice", 2)],
        "country": [FacetValue("PH", "Philippines", 1, selected="country=PH" in query)],
    }
    _facet_links(params, facets)
    for name, values in facets.items():
        for value in values:
            expected = params.copy()
            expected.pop("page", None)
            if value.selected:
                expected.pop(name, None)
            else:
                expected[name] = value.value
            assert value.query == expected.urlencode()
