"""Every list of the knowledge app (search on the page and in the API, the feed, "mine", the
review queue, coverage, an item's page) runs the same number of queries for 3 rows as for
30: a new N+1 fails here. The numbers are pinned exactly."""

import pytest
from django.db import connection
from django.utils import timezone

from kota.knowledge.factories import KnowledgeItemFactory, ReplicationInterestFactory
from kota.knowledge.models import ExternalLink, KnowledgeItem, ReviewEvent
from kota.members.factories import MemberFactory

pytestmark = pytest.mark.django_db
SIZES = [3, 30]
COUNTRIES = ["PH", "ID", "MY", "TH", "VN"]


def by_database(sqlite, postgresql):
    """Pages that match words run through the search backend of the database (FTS5 or
    PostgreSQL full text, kota/lib/search), whose queries differ in number."""
    return {"sqlite": sqlite, "postgresql": postgresql}


# A ranked page without filters reads the index twice on SQLite (its matches, then the best,
# ranked) and once on PostgreSQL (a SET and a RESET around the query, in the same execute).


def published_items(personas, rows):
    """`rows` published practices about waste banks, by members of five countries, tagged
    with SDGs and a core area."""
    for n in range(rows):
        country = COUNTRIES[n % len(COUNTRIES)]
        KnowledgeItemFactory(
            published=True,
            title=f"Waste banks {n:02d}",
            body="Residents sell sorted waste to neighbourhood banks.",
            country_id=country,
            members=[MemberFactory(country_id=country), personas.surabaya_city],
            sdgs=[11, 12],
            core_areas=["sdgs-localisation"],
        )
    return "Waste banks"


def items_found_by_words(personas, rows):
    published_items(personas, rows)
    return "<mark>"


def items_of_five_countries(personas, rows):
    published_items(personas, rows)
    return "Malaysia"


def surabaya_items(personas, rows):
    """`rows` items of Surabaya, drafts and published."""
    for n in range(rows):
        KnowledgeItemFactory(
            title=f"Kampung draft {n:02d}", members=[personas.surabaya_city], published=n % 2
        )
    return "Kampung draft 00"


def submitted_items(personas, rows):
    """`rows` items submitted by Surabaya's focal point."""
    for n in range(rows):
        KnowledgeItemFactory(
            title=f"Submitted practice {n:02d}",
            members=[personas.surabaya_city, MemberFactory()],
            status=KnowledgeItem.Status.SUBMITTED,
            submitted_at=timezone.now(),
            submitted_by=personas.surabaya,
        )
    return "Submitted practice 00"


def an_item_with_many_of_everything(personas, rows):
    """A published item by `rows` members, with `rows` links, comments and interests."""
    item = KnowledgeItemFactory(
        published=True,
        title="Waste banks in every kampung",
        members=[MemberFactory(name=f"Co-author {n:02d}") for n in range(rows)],
        sdgs=[11, 12],
        core_areas=["sdgs-localisation"],
    )
    for n in range(rows):
        ExternalLink.objects.create(item=item, url=f"https://example.org/{n}", label=f"Link {n}")
        ReviewEvent.objects.create(
            item=item, author=personas.secretariat, action=ReviewEvent.Action.COMMENTED, text="ok"
        )
        ReplicationInterestFactory(item=item, marked_by=personas.makassar)
    return "Co-author 00"


def item_url(personas):
    return KnowledgeItem.objects.get(title="Waste banks in every kampung").get_absolute_url()


def edit_url(personas):
    return f"/knowledge/{KnowledgeItem.objects.get(title='Waste banks in every kampung').pk}/edit/"


def api_item_url(personas):
    return f"/api/v1/knowledge/{KnowledgeItem.objects.get(title='Waste banks in every kampung').pk}"


PAGES = {
    # name: (url, persona, builder, queries)
    # The facets are counted in memory (kota.knowledge.snapshot): the search generation is
    # read, and the facet rows too when they changed, as they just did here. The results are
    # labelled from the reference tables (kota.core.reference), which this test's transaction
    # reads from the database (4 queries) because it has written users, of the same area.
    "search": ("/knowledge/", "secretariat", published_items, 11),
    "search-words": (
        "/knowledge/?q=waste+banks",
        "secretariat",
        items_found_by_words,
        by_database(13, 12),
    ),
    "feed": ("/knowledge/feed/", "secretariat", published_items, 2),
    # The focal point's member ids are read once (kota.core.access), then the items by them.
    "mine": ("/knowledge/mine/", "surabaya", surabaya_items, 5),
    "queue": ("/knowledge/review/", "secretariat", submitted_items, 4),
    "coverage": ("/knowledge/coverage/", "secretariat", items_of_five_countries, 11),
    # The first view finds the similar items and stores them (kota.knowledge.search.similar).
    # The members and tags are one query, labelled from the reference tables (4 queries here,
    # as for the search).
    "item": (item_url, "secretariat", an_item_with_many_of_everything, 29),
    "edit": (edit_url, "secretariat", an_item_with_many_of_everything, 16),
    "api-search": ("/api/v1/knowledge", "secretariat", published_items, 8),
    "api-search-words": (
        "/api/v1/knowledge?q=waste+banks",
        "secretariat",
        published_items,
        by_database(10, 9),
    ),
    "api-item": (api_item_url, "secretariat", an_item_with_many_of_everything, 8),
}


@pytest.mark.parametrize("rows", SIZES)
@pytest.mark.parametrize("page", PAGES)
def test_a_list_runs_as_many_queries_for_30_rows_as_for_3(
    client, personas, django_assert_num_queries, page, rows
):
    url, persona, build, queries = PAGES[page]
    marker = build(personas, rows)
    url = url(personas) if callable(url) else url
    client.force_login(getattr(personas, persona))
    if isinstance(queries, dict):
        queries = queries[connection.vendor]
    with django_assert_num_queries(queries):
        response = client.get(url)
    assert response.status_code == 200
    assert marker in response.content.decode()
