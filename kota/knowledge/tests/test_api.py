import pytest

from kota.knowledge.factories import KnowledgeItemFactory
from kota.knowledge.tests.test_search import HOSTILE_QUERIES
from kota.members.factories import MemberFactory

pytestmark = pytest.mark.django_db
KNOWLEDGE = "/api/v1/knowledge"


def test_the_api_searches_like_the_page_with_facets_and_snippets(client):
    surabaya = MemberFactory(name="Surabaya", slug="surabaya", country_id="ID")
    item = KnowledgeItemFactory(
        published=True,
        title="Waste banks",
        body="广州市推进垃圾分类",
        members=[surabaya],
        sdgs=[12],
        core_areas=["sdgs-localisation"],
    )
    KnowledgeItemFactory(published=True, title="Other", country_id="PH")
    body = client.get(KNOWLEDGE, {"q": "垃圾", "country": "id"}).json()
    assert body["count"] == 1
    [hit] = body["items"]
    assert hit == {
        "id": item.pk,
        "title": "Waste banks",
        "kind": "good_practice",
        "summary": "A city shares what it learnt.",
        "language": "en",
        "country": "ID",
        "country_name": "Indonesia",
        "members": [{"slug": "surabaya", "name": "Surabaya"}],
        "sdgs": [12],
        "core_areas": ["sdgs-localisation"],
        "year": 2022,
        "published_at": hit["published_at"],
        "url": item.get_absolute_url(),
        "snippet": "广州市推进<mark>垃圾</mark>分类",
        "matched_in": ["Description"],
    }
    assert set(body["facets"]) == {"kind", "sdg", "core_area", "country", "language", "year"}
    assert body["facets"]["country"] == [
        {"value": "ID", "label": "Indonesia", "count": 1, "selected": True}
    ]


def test_the_api_pages_by_twenty_and_a_page_past_the_end_is_empty(client):
    KnowledgeItemFactory.create_batch(21, published=True)
    assert len(client.get(KNOWLEDGE).json()["items"]) == 20
    assert len(client.get(KNOWLEDGE, {"page": 2}).json()["items"]) == 1
    body = client.get(KNOWLEDGE, {"page": 3}).json()
    assert body["items"] == [] and body["count"] == 21


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_every_hostile_query_gives_an_answer(client, query):
    KnowledgeItemFactory(published=True, title="Flood plan")
    response = client.get(KNOWLEDGE, {"q": query})
    assert response.status_code == 200
    assert "items" in response.json()


def test_invalid_filters_get_the_one_error_shape(client):
    response = client.get(KNOWLEDGE, {"sdg": 42, "sort": "random"})
    body = response.json()
    assert response.status_code == 422
    assert body["ok"] is False and body["status"] == 422
    assert {error["location"] for error in body["errors"]} == {"query.sdg", "query.sort"}


def test_the_detail_has_documents_links_and_published_translations(client):
    original = KnowledgeItemFactory(published=True, title="Waste banks", body="**b**")
    translation = KnowledgeItemFactory(
        published=True, title="Bank sampah", language_id="id", translation_of=original
    )
    KnowledgeItemFactory(title="Draft", language_id="th", translation_of=original)
    original.links.create(url="https://example.org/", label="Site")
    body = client.get(f"{KNOWLEDGE}/{original.pk}").json()
    assert body["body_html"] == "<p><strong>b</strong></p>"
    assert body["links"] == [{"url": "https://example.org/", "label": "Site"}]
    assert [t["id"] for t in body["translations"]] == [translation.pk]
    assert "contact_email" not in body


def test_an_unpublished_or_missing_item_is_a_404_in_the_error_shape(client):
    draft = KnowledgeItemFactory()
    for path in (f"{KNOWLEDGE}/{draft.pk}", f"{KNOWLEDGE}/999999", f"{KNOWLEDGE}/{10**30}"):
        response = client.get(path)
        assert response.status_code in (404, 422)
        assert response.json()["ok"] is False


def test_the_knowledge_endpoints_are_in_the_openapi_schema(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/knowledge" in paths
    assert "/api/v1/knowledge/{item_id}" in paths


def test_a_hit_lists_its_members_by_name_and_its_tags_in_their_order(client):
    """Each hit's members, SDGs and core areas are its own (from narrow reads, not models),
    members by name, SDGs by number and core areas in their set order."""
    bandung = MemberFactory(name="Bandung", slug="bandung")
    ambon = MemberFactory(name="Ambon", slug="ambon")
    KnowledgeItemFactory(
        published=True,
        title="Flood sirens",
        members=[bandung, ambon],
        sdgs=[13, 6, 11],
        core_areas=["climate-drr", "sustainable-mobility"],
    )
    KnowledgeItemFactory(
        published=True, title="Flood maps", members=[ambon], sdgs=[1], core_areas=[]
    )
    hits = {hit["title"]: hit for hit in client.get(KNOWLEDGE, {"q": "flood"}).json()["items"]}
    sirens, maps = hits["Flood sirens"], hits["Flood maps"]
    assert [m["name"] for m in sirens["members"]] == ["Ambon", "Bandung"]
    assert sirens["sdgs"] == [6, 11, 13]
    assert sirens["core_areas"] == ["sustainable-mobility", "climate-drr"]
    assert (maps["members"], maps["sdgs"], maps["core_areas"]) == (
        [{"slug": "ambon", "name": "Ambon"}],
        [1],
        [],
    )


def test_a_hit_says_of_its_item_what_the_item_itself_says(client):
    """A hit's fields are read in one go, the item's through ninja's getter: for every field
    they share, both say the same."""
    bandung = MemberFactory(name="Bandung", slug="bandung", country_id="ID")
    ambon = MemberFactory(name="Ambon", slug="ambon", country_id="ID")
    item = KnowledgeItemFactory(
        published=True,
        title="Flood sirens",
        kind="publication",
        language_id="id",
        country_id="ID",
        members=[bandung, ambon],
        sdgs=[13, 6],
        core_areas=["climate-drr"],
    )
    [hit] = client.get(KNOWLEDGE, {"q": "flood"}).json()["items"]
    detail = client.get(f"{KNOWLEDGE}/{item.pk}").json()
    assert set(hit) - set(detail) == {"snippet", "matched_in"}
    assert {name: detail[name] for name in hit if name in detail} == {
        name: value for name, value in hit.items() if name in detail
    }
    assert hit["kind"] == "publication" and hit["language"] == "id" and len(hit["members"]) == 2
