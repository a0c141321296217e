import pytest
from django.urls import reverse

from kota.members.models import FocalPoint, Member

pytestmark = pytest.mark.django_db


def edit_url(member):
    return reverse("members:edit", args=[member.slug])


def form_data(member, **changes):
    """The edit form as the browser would post it, with `changes` applied."""
    data = {
        "name": member.name,
        "local_name": member.local_name,
        "subdivision": member.subdivision,
        "population": member.population or "",
        "website": member.website,
        "latitude": member.latitude or "",
        "longitude": member.longitude or "",
        "description": member.description,
        "language": member.language,
    }
    contacts = list(member.focal_points.all())
    data.update(
        {
            "contacts-TOTAL_FORMS": len(contacts),
            "contacts-INITIAL_FORMS": len(contacts),
            "contacts-MIN_NUM_FORMS": 0,
            "contacts-MAX_NUM_FORMS": 1000,
        }
    )
    for i, contact in enumerate(contacts):
        for field in [
            "name",
            "name_visibility",
            "title",
            "sex",
            "email",
            "email_visibility",
            "phone",
            "phone_visibility",
        ]:
            data[f"contacts-{i}-{field}"] = getattr(contact, field)
        data[f"contacts-{i}-id"] = contact.pk
        data[f"contacts-{i}-member"] = member.pk
        if contact.is_primary:
            data[f"contacts-{i}-is_primary"] = "on"
    data.update(changes)
    return data


def test_a_focal_point_changes_their_members_phone_number(client, personas):
    client.force_login(personas.surabaya)
    member = personas.surabaya_city
    response = client.post(
        edit_url(member), form_data(member, **{"contacts-0-phone": "+62 31 123"})
    )
    assert response.status_code == 302
    assert FocalPoint.objects.get(pk=personas.surabaya_contact.pk).phone == "+62 31 123"
    page = client.get(response.url).content.decode()
    assert "+62 31 123" in page
    assert "Saved the profile of Surabaya" in page


def test_a_focal_point_cannot_change_status_or_country(client, personas):
    client.force_login(personas.surabaya)
    member = personas.surabaya_city
    client.post(edit_url(member), form_data(member, status="withdrawn", country="CN"))
    member.refresh_from_db()
    assert (member.status, member.country_id) == (Member.Status.ACTIVE, "ID")


def test_the_focal_point_of_another_city_is_refused(client, personas):
    client.force_login(personas.makassar)
    member = personas.surabaya_city
    assert client.get(edit_url(member)).status_code == 403
    response = client.post(edit_url(member), form_data(member, name="Hijacked"))
    assert response.status_code == 403
    member.refresh_from_db()
    assert member.name == "Surabaya"


def test_an_anonymous_visitor_is_sent_to_log_in(client, personas):
    response = client.get(edit_url(personas.surabaya_city))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_bad_input_is_shown_with_the_form_and_nothing_is_saved(client, personas):
    client.force_login(personas.surabaya)
    member = personas.surabaya_city
    response = client.post(
        edit_url(member),
        form_data(
            member,
            population="many",
            **{"contacts-0-email": "not-an-email", "contacts-0-phone": "+62 999"},
        ),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Enter a whole number." in html
    assert "Enter a valid email address." in html
    assert FocalPoint.objects.get(pk=personas.surabaya_contact.pk).phone != "+62 999"


def test_every_change_is_kept_in_history_with_who_made_it(client, personas):
    client.force_login(personas.surabaya)
    member = personas.surabaya_city
    client.post(
        edit_url(member),
        form_data(member, population="3000000", **{"contacts-0-phone": "+62 31 777"}),
    )
    latest = member.history.first()
    assert latest.history_user == personas.surabaya
    assert latest.population == 3_000_000
    contact_change = personas.surabaya_contact.history.first()
    assert (contact_change.history_user, contact_change.phone) == (personas.surabaya, "+62 31 777")
    client.force_login(personas.secretariat)
    html = client.get(reverse("members:history", args=[member.slug])).content.decode()
    assert "surabaya" in html and "+62 31 777" in html and "3000000" in html


def test_history_is_for_staff_only(client, personas):
    url = reverse("members:history", args=[personas.surabaya_city.slug])
    client.force_login(personas.surabaya)
    assert client.get(url).status_code == 403


def test_staff_edit_status_and_add_a_focal_point(client, personas):
    client.force_login(personas.secretariat)
    member = personas.makassar_city
    data = form_data(member, kind="city", country="ID", status="suspended", joined_on="2010-05-01")
    data.update(
        {
            "contacts-TOTAL_FORMS": 2,
            "contacts-1-name": "New Person",
            "contacts-1-name_visibility": "public",
            "contacts-1-sex": "female",
            "contacts-1-email_visibility": "staff",
            "contacts-1-phone_visibility": "staff",
        }
    )
    response = client.post(edit_url(member), data)
    assert response.status_code == 302, response.context and response.context["form"].errors
    member.refresh_from_db()
    assert member.status == Member.Status.SUSPENDED
    assert member.focal_points.filter(name="New Person").exists()
