import pytest

from kota.governance.factories import BodyFactory, SeatFactory
from kota.members.factories import FocalPointFactory, MemberFactory
from kota.members.models import Member, Sex, Visibility
from kota.test import client_for

pytestmark = pytest.mark.django_db
MEMBERS = "/api/v1/members"


def test_the_members_list_is_paginated_with_items_and_count(client):
    for n in range(55):
        MemberFactory(name=f"Town {n:02d}", country_id="PH")
    body = client.get(MEMBERS).json()
    assert body["count"] == 55
    assert len(body["items"]) == 50
    second = client.get(MEMBERS, {"page": 2}).json()
    assert [m["name"] for m in second["items"]] == [f"Town {n}" for n in range(50, 55)]


def test_the_members_list_filters_like_the_directory(client):
    MemberFactory(name="Guangzhou", local_name="广州市", country_id="CN")
    MemberFactory(name="Bandung", country_id="ID", kind=Member.Kind.CITY)
    MemberFactory(name="APEKSI", country_id="ID", kind=Member.Kind.ASSOCIATION)
    MemberFactory(name="Lapsed", country_id="ID", status=Member.Status.LAPSED)

    def names(**params):
        return [m["name"] for m in client.get(MEMBERS, params).json()["items"]]

    assert names(q="广州") == ["Guangzhou"]
    assert names(country="id") == ["APEKSI", "Bandung", "Lapsed"]
    assert names(country="ID", kind="association") == ["APEKSI"]
    assert names(country="ID", status="lapsed") == ["Lapsed"]
    assert names(country="ZZ") == []


def test_a_member_in_the_list_has_its_public_fields(client):
    MemberFactory(
        name="Bandung",
        local_name="Kota Bandung",
        country_id="ID",
        latitude="-6.91750",
        longitude="107.61910",
        population=2_500_000,
    )
    [item] = client.get(MEMBERS).json()["items"]
    assert item == {
        "slug": "bandung",
        "name": "Bandung",
        "local_name": "Kota Bandung",
        "kind": "city",
        "status": "active",
        "country": "ID",
        "country_name": "Indonesia",
        "subdivision": "",
        "population": 2500000,
        "latitude": "-6.91750",
        "longitude": "107.61910",
        "website": "",
        "joined_on": None,
        "url": "/members/bandung/",
    }


def test_the_list_runs_the_same_queries_for_few_and_many_members(
    client, django_assert_max_num_queries
):
    MemberFactory.create_batch(3)
    with django_assert_max_num_queries(4):
        client.get(MEMBERS)
    MemberFactory.create_batch(60)
    with django_assert_max_num_queries(4):
        client.get(MEMBERS)


@pytest.mark.parametrize(
    ("persona", "email", "phone", "hidden_name"),
    [
        ("anonymous", None, None, False),
        ("makassar", "maria@quezon.example", None, False),
        ("board", "maria@quezon.example", None, False),
        ("secretariat", "maria@quezon.example", "+63 2 8988 4242", True),
    ],
)
def test_member_detail_never_shows_a_contact_field_the_caller_may_not_see(
    client, personas, persona, email, phone, hidden_name
):
    quezon = MemberFactory(name="Quezon City", country_id="PH")
    FocalPointFactory(
        member=quezon,
        name="Maria Santos",
        name_visibility=Visibility.PUBLIC,
        email="maria@quezon.example",
        email_visibility=Visibility.MEMBERS,
        phone="+63 2 8988 4242",
        phone_visibility=Visibility.STAFF,
    )
    FocalPointFactory(
        member=quezon,
        name="Hidden Person",
        name_visibility=Visibility.STAFF,
        email="hidden@quezon.example",
        email_visibility=Visibility.PUBLIC,
    )
    user = dict(personas.all())[persona]
    response = client_for(client, user).get(f"{MEMBERS}/quezon-city")
    body = response.json()
    maria = next(c for c in body["focal_points"] if c["name"] == "Maria Santos")
    assert (maria["email"], maria["phone"]) == (email, phone)
    assert any(c["name"] == "Hidden Person" for c in body["focal_points"]) == hidden_name
    assert ("hidden@quezon.example" in response.content.decode()) == hidden_name


def test_bodies_are_listed_with_their_seats_and_womens_share(client):
    council = BodyFactory(slug="council", name="Council", kind="council")
    SeatFactory(body=council, holder_name="A", holder_sex=Sex.FEMALE)
    SeatFactory.create_batch(3, body=council)
    [body] = client.get("/api/v1/bodies").json()
    assert body["slug"] == "council"
    assert body["women_share_today"] == "25.00"
    assert len(body["seats"]) == 4
    assert body["seats"][0]["holder_name"] == "A"
    assert set(body["seats"][0]) == {
        "body",
        "role",
        "holder_name",
        "holder_sex",
        "member",
        "member_name",
        "starts_on",
        "ends_on",
    }


def test_the_openapi_schema_lists_every_endpoint(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert set(schema["paths"]) >= {"/api/v1/members", "/api/v1/members/{slug}", "/api/v1/bodies"}
    params = {p["name"] for p in schema["paths"]["/api/v1/members"]["get"]["parameters"]}
    assert params >= {"q", "country", "kind", "status", "page"}


ERROR_KEYS = {"ok", "status", "error", "errors"}


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("get", "/api/v1/members/atlantis", 404),
        ("get", "/api/v1/members?page=0", 422),
        ("get", "/api/v1/members?page=abc", 422),
        ("get", "/api/v1/members?kind=castle", 422),
        ("get", "/api/v1/members?country=IDN", 422),
        ("get", "/api/v1/no-such-endpoint", 404),
        ("post", "/api/v1/members", 405),
        ("delete", "/api/v1/bodies", 405),
    ],
)
def test_every_failure_has_the_one_error_shape(client, db, method, path, status):
    response = getattr(client, method)(path)
    assert response.status_code == status
    body = response.json()
    assert set(body) == ERROR_KEYS
    assert body["ok"] is False
    assert body["status"] == status
    assert isinstance(body["error"], str) and body["error"]
    assert isinstance(body["errors"], list)


def test_a_validation_error_says_which_input_is_wrong(client, db):
    body = client.get("/api/v1/members?kind=castle").json()
    assert body["error"] == "Invalid input"
    assert body["errors"][0]["location"] == "query.kind"


def test_a_server_error_has_the_error_shape_and_leaks_nothing(client, db, monkeypatch):
    from kota.api import members as api

    def explode(filters):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(api, "filter_members", explode)
    response = client.get(MEMBERS)
    assert response.status_code == 500
    assert response.json() == {"ok": False, "status": 500, "error": "Server error", "errors": []}


def test_each_choice_list_has_its_own_schema_component(client, db):
    components = client.get("/api/v1/openapi.json").json()["components"]["schemas"]
    assert components["MemberKind"]["enum"] == list(Member.Kind.values)
    assert "executive_bureau" in components["BodyKind"]["enum"]
    assert "Kind" not in components and "Status" not in components
    errors = client.get("/api/v1/openapi.json").json()["paths"]["/api/v1/members"]["get"]
    assert set(errors["responses"]) == {"200", "422"}


def test_an_absurd_page_number_is_refused_not_a_server_error(client, db):
    response = client.get("/api/v1/members", {"page": "96913235971267597697024"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["location"] == "query.page"
    assert client.get("/api/v1/members", {"page": 100_000}).json() == {"items": [], "count": 0}
