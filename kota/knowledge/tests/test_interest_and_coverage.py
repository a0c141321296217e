import pytest

from kota.knowledge.coverage import Coverage
from kota.knowledge.factories import KnowledgeItemFactory
from kota.knowledge.models import ReplicationInterest
from kota.members.factories import MemberFactory
from kota.members.models import Member
from kota.test import client_for

pytestmark = pytest.mark.django_db
LIST_HEADING = "Members who want to replicate this"


def test_a_focal_point_marks_interest_with_htmx_and_marking_twice_is_marking_once(client, personas):
    item = KnowledgeItemFactory(published=True, members=[personas.surabaya_city])
    client.force_login(personas.makassar)
    url = f"/knowledge/{item.pk}/interest/"
    htmx = {"HX-Request": "true"}
    response = client.post(url, {"want": "1"}, headers=htmx)
    assert "Withdraw our interest" in response.content.decode()
    client.post(url, {"want": "1"}, headers=htmx)
    assert list(ReplicationInterest.objects.values_list("member", flat=True)) == [
        personas.makassar_city.pk
    ]
    response = client.post(url, {"want": "0"}, headers=htmx)
    assert "We want to replicate this" in response.content.decode()
    assert not ReplicationInterest.objects.exists()


def test_without_javascript_the_button_posts_and_comes_back_to_the_item(client, personas):
    item = KnowledgeItemFactory(published=True, members=[personas.surabaya_city])
    client.force_login(personas.makassar)
    assert client.post(f"/knowledge/{item.pk}/interest/").url == item.get_absolute_url()
    assert ReplicationInterest.objects.count() == 1


@pytest.mark.parametrize(
    ("persona", "sees"),
    [
        ("secretariat", True),
        ("surabaya", True),
        ("makassar", False),
        ("board", False),
        ("anonymous", False),
    ],
)
def test_only_the_items_members_and_the_secretariat_see_who_is_interested(
    client, personas, persona, sees
):
    item = KnowledgeItemFactory(published=True, members=[personas.surabaya_city])
    ReplicationInterest.objects.create(item=item, member=MemberFactory(name="Cebu City"))
    html = client_for(client, dict(personas.all())[persona]).get(item.get_absolute_url())
    html = html.content.decode()
    assert (LIST_HEADING in html) == sees
    assert ("Cebu City" in html) == sees


def test_coverage_spreads_published_items_over_countries_kinds_and_core_areas(personas):
    province = MemberFactory(name="Bali", country_id="ID", kind=Member.Kind.PROVINCE)
    KnowledgeItemFactory(
        published=True,
        members=[personas.surabaya_city],
        country_id="ID",
        core_areas=["climate-drr"],
    )
    KnowledgeItemFactory(
        published=True, members=[personas.surabaya_city, province], country_id="ID"
    )
    KnowledgeItemFactory(members=[personas.makassar_city], country_id="ID")  # a draft
    coverage = Coverage()
    assert coverage.total == 2
    indonesia = next(row for row in coverage.by_country() if row[0].code == "ID")
    assert indonesia[1:] == (3, 2, 2)  # active members, featured, items
    kinds = {str(label): (members, items) for label, members, items in coverage.by_member_kind()}
    assert kinds["City"] == (1, 2)
    assert kinds["Province or regional government"] == (1, 1)
    areas = {area.slug: n for area, n in coverage.by_core_area()}
    assert areas["climate-drr"] == 1 and areas["tourism-culture"] == 0
    never = [member.name for member in coverage.never_featured()]
    assert "Makassar" in never and "Surabaya" not in never and "Bali" not in never


def test_the_coverage_page_runs_a_fixed_number_of_queries(
    client, personas, django_assert_max_num_queries
):
    client.force_login(personas.secretariat)
    KnowledgeItemFactory.create_batch(3, published=True)
    with django_assert_max_num_queries(20) as few:
        html = client.get("/knowledge/coverage/").content.decode()
    assert "never featured" in html
    MemberFactory.create_batch(10)
    KnowledgeItemFactory.create_batch(10, published=True)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/knowledge/coverage/")
