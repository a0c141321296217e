"""Anonymous pages come from the cache, and a committed change of any kind shows at once."""

import json

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.db.models import F

from kota.core.versions import ContentVersion, changes_content
from kota.dues.factories import TierFactory
from kota.knowledge.factories import KnowledgeItemFactory
from kota.members.factories import MemberFactory
from kota.members.models import Member
from kota.site import pagecache


@pytest.fixture
def page_cache(settings, live_db):
    """The page cache on, empty, over a database that commits for real (the version is
    bumped after commit, which the usual rolled-back test transaction never does)."""
    settings.PAGE_CACHE_SECONDS = 600
    pagecache.clear()
    yield
    pagecache.clear()


def fetch(client, path, **headers):
    response = client.get(path, headers=headers)
    assert response.status_code == 200, path
    return response.get("X-Kota-Cache"), response.content.decode()


def test_an_anonymous_page_is_served_from_the_cache_the_second_time(client, page_cache):
    MemberFactory(name="Surabaya")
    assert fetch(client, "/members/")[0] == "miss"
    state, html = fetch(client, "/members/")
    assert state == "hit"
    assert "Surabaya" in html
    assert fetch(client, "/api/v1/members")[0] == "miss"
    assert fetch(client, "/api/v1/members")[0] == "hit"


def test_a_published_item_appears_at_once_on_the_search_page_and_in_the_api(
    client, page_cache, personas
):
    item = KnowledgeItemFactory(
        title="Floating gardens of Dhaka", members=[personas.surabaya_city], status="submitted"
    )
    fetch(client, "/knowledge/?q=floating")
    assert "gardens of Dhaka" not in fetch(client, "/knowledge/?q=floating")[1]
    fetch(client, "/api/v1/knowledge?q=floating")

    item.publish(by=personas.secretariat)

    state, html = fetch(client, "/knowledge/?q=floating")
    assert state == "miss"
    assert "gardens of Dhaka" in html
    assert json.loads(fetch(client, "/api/v1/knowledge?q=floating")[1])["count"] == 1


@pytest.mark.parametrize(
    "change",
    [
        lambda: Member.objects.update(name="Kota Baru"),  # no signals, no save()
        lambda: connection.cursor().execute("UPDATE members_member SET name = 'Kota Baru'"),
    ],
    ids=["queryset update", "raw SQL"],
)
def test_writes_that_bypass_save_still_show_at_once(client, page_cache, change):
    MemberFactory(name="Kota Lama")
    fetch(client, "/members/")
    assert "Kota Lama" in fetch(client, "/members/")[1]
    change()
    state, html = fetch(client, "/members/")
    assert (state, "Kota Baru" in html) == ("miss", True)


def test_a_rolled_back_change_bumps_nothing_and_a_committed_one_bumps_once(page_cache):
    MemberFactory()
    before = ContentVersion.objects.get().number
    with pytest.raises(RuntimeError), transaction.atomic():
        MemberFactory()
        raise RuntimeError
    assert ContentVersion.objects.get().number == before
    with transaction.atomic():
        for _ in range(5):
            MemberFactory()
    assert ContentVersion.objects.get().number == before + 1


def test_logged_in_people_never_get_the_anonymous_page(client, page_cache, personas):
    fetch(client, "/knowledge/")
    assert fetch(client, "/knowledge/")[0] == "hit"
    client.force_login(personas.secretariat)
    state, html = fetch(client, "/knowledge/")
    assert state is None
    assert "Values to review" in html  # the staff menu


def test_each_language_and_the_htmx_fragment_are_kept_apart(client, page_cache):
    MemberFactory()
    english = fetch(client, "/members/")[1]
    client.cookies["django_language"] = "id"
    state, indonesian = fetch(client, "/members/")
    assert state == "miss"
    assert 'lang="id"' in indonesian and 'lang="en"' in english
    state, fragment = fetch(client, "/members/", HX_Request="true")
    assert state == "miss"
    assert "<html" not in fragment


def test_pages_that_set_cookies_or_fail_are_not_kept(client, page_cache):
    assert client.get("/accounts/login/").get("X-Kota-Cache") is None  # a CSRF cookie
    assert client.get("/members/no-such-place/").status_code == 404
    assert client.get("/members/no-such-place/").get("X-Kota-Cache") is None


def test_only_writes_to_content_count():
    assert changes_content('INSERT INTO "members_member" ("name") VALUES (%s)')
    assert changes_content('UPDATE "knowledge_knowledgeitem" SET "status" = %s')
    assert changes_content('DELETE FROM "dues_invoice" WHERE "id" = %s')
    assert changes_content("INSERT OR REPLACE INTO knowledge_search(rowid) VALUES (1)")
    assert changes_content('TRUNCATE "members_member" CASCADE')
    assert not changes_content('ALTER TABLE "members_member" ADD COLUMN "x" int')
    assert not changes_content('SELECT * FROM "members_member"')
    assert not changes_content('UPDATE "django_session" SET "session_data" = %s')
    assert not changes_content('INSERT INTO "axes_accessattempt" ("username") VALUES (%s)')
    assert not changes_content('UPDATE "django_tasks_database_dbtaskresult" SET "status" = %s')
    assert not changes_content(f'UPDATE "{ContentVersion._meta.db_table}" SET number = 1')


def test_after_a_restore_no_page_of_content_that_is_gone_is_served(
    client, page_cache, personas, tmp_path
):
    item = KnowledgeItemFactory(
        title="Floating gardens of Dhaka", members=[personas.surabaya_city], status="submitted"
    )
    backup = tmp_path / "kota.backup"
    call_command("backup", "--output", str(backup))
    item.publish(by=personas.secretariat)
    published_at = ContentVersion.objects.get().number
    assert "gardens of Dhaka" in fetch(client, "/knowledge/?q=floating")[1]
    assert json.loads(fetch(client, "/api/v1/knowledge?q=floating")[1])["count"] == 1

    call_command("restore", str(backup), "--yes")
    while ContentVersion.objects.get().number < published_at:  # later writes reuse the numbers
        Member.objects.filter(pk=personas.makassar_city.pk).update(population=F("pk"))
    assert ContentVersion.objects.get().number == published_at

    state, html = fetch(client, "/knowledge/?q=floating")
    assert (state, "gardens of Dhaka" in html) == ("miss", False)
    state, answer = fetch(client, "/api/v1/knowledge?q=floating")
    assert (state, json.loads(answer)["count"]) == ("miss", 0)


def test_a_write_in_one_area_leaves_the_cached_pages_of_other_areas_valid(client, page_cache):
    KnowledgeItemFactory(title="Floating gardens of Dhaka", published=True)
    fetch(client, "/knowledge/?q=floating")
    fetch(client, "/members/")
    TierFactory()  # dues: the knowledge pages do not show them

    assert fetch(client, "/knowledge/?q=floating")[0] == "hit"
    assert fetch(client, "/members/")[0] == "miss"  # keyed by every area
    MemberFactory(name="Kota Baru")  # members: the knowledge pages show their names
    assert fetch(client, "/knowledge/?q=floating")[0] == "miss"


def test_parameters_a_page_does_not_read_do_not_make_new_entries(client, page_cache):
    assert fetch(client, "/api/v1/bodies?cachebust=1")[0] == "miss"
    for n in range(2, 50):
        assert fetch(client, f"/api/v1/bodies?cachebust={n}")[0] == "hit"
    assert fetch(client, "/knowledge/?q=water&cachebust=1")[0] == "miss"
    assert fetch(client, "/knowledge/?cachebust=2&q=water")[0] == "hit"
    assert fetch(client, "/knowledge/?q=waste&cachebust=2")[0] == "miss"  # q is read
    assert len(pagecache.store.entries) == 3


def test_the_cache_stays_within_its_bytes_under_a_flood_of_distinct_queries(
    client, page_cache, monkeypatch
):
    store = pagecache.PageStore(max_bytes=100_000, max_entries=2000)
    monkeypatch.setattr(pagecache, "store", store)
    KnowledgeItemFactory(title="Floating gardens of Dhaka", published=True)
    for n in range(60):
        assert fetch(client, f"/knowledge/?q=garden{n}")[0] == "miss"
        assert store.bytes <= 100_000
    kept = len(store.entries)
    assert 0 < kept < 60
    assert store.bytes == sum(store.size(key, entry) for key, entry in store.entries.items())
    assert fetch(client, "/knowledge/?q=garden59")[0] == "hit"  # the latest are kept
    assert fetch(client, "/knowledge/?q=garden0")[0] == "miss"  # the oldest went first


def test_pages_are_kept_compressed(client, page_cache):
    KnowledgeItemFactory.create_batch(10, published=True)
    html = fetch(client, "/knowledge/")[1]
    [(key, entry)] = pagecache.store.entries.items()
    assert len(entry[3]) < len(html.encode()) / 3
    assert fetch(client, "/knowledge/")[1] == html
