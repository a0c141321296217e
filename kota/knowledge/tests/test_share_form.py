""" "Share a practice" for a focal point on a phone: required fields marked, the language they
read Kota in chosen for them, "Translation of" found by typing (htmx suggestions, or the number
or title alone without JavaScript), folded optional sections, and the button where they land
after logging in."""

import re

import pytest
from playwright.sync_api import expect

from kota.core.models import User
from kota.knowledge.factories import KnowledgeItemFactory
from kota.knowledge.models import KnowledgeItem
from kota.knowledge.tests.test_workflow import form_data
from kota.members.factories import FocalPointFactory, MemberFactory

Status = KnowledgeItem.Status


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def new_form(client, user, language="en"):
    client.force_login(user)
    client.post("/i18n/setlang/", {"language": language, "next": "/"})
    return client.get("/knowledge/new/").content.decode()


@pytest.mark.django_db
def test_the_form_marks_each_required_field(client, personas):
    html = new_form(client, personas.surabaya)
    for name in ("kind", "title", "summary", "language", "country"):
        field = re.search(
            rf'<label>([^<]*)<span class="required" aria-hidden="true">\*</span>\s*'
            rf'<(input|select|textarea)[^>]*name="{name}"[^>]*>',
            html,
        )
        assert field and " required" in field[0], name
    assert not re.search(r'\*</span>\s*<input[^>]*name="translation_of"', html)


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "code"), [("en", "en"), ("id", "id"), ("zh-hans", "zh-Hans")])
def test_the_language_starts_as_the_one_the_focal_point_reads_kota_in(
    client, personas, language, code
):
    html = new_form(client, personas.surabaya, language)
    select = re.search(r'<select name="language"[^>]*id="id_language">.*?</select>', html, re.S)[0]
    assert re.search(rf'<option value="{code}" selected>', select)


@pytest.mark.django_db
def test_translation_of_is_a_text_field_with_suggestions_not_a_select(client, personas):
    html = new_form(client, personas.surabaya)
    assert '<select name="translation_of"' not in html
    field = re.search(r'<input type="text" name="translation_of"[^>]*>', html)[0]
    assert 'list="translation-of-options"' in field
    assert 'data-hx-get="/knowledge/new/items/"' in field
    assert '<datalist id="translation-of-options"></datalist>' in html


@pytest.mark.django_db
def test_suggestions_are_the_items_the_person_may_see_whose_title_matches(client, personas):
    flood = KnowledgeItemFactory(published=True, title="Flood early warning")
    KnowledgeItemFactory(published=True, title="Waste banks")
    hidden = KnowledgeItemFactory(title="Flood drafts of another city", status=Status.DRAFT)
    client.force_login(personas.surabaya)
    html = client.get(
        "/knowledge/new/items/", {"translation_of": "flood"}, headers={"HX-Request": "true"}
    ).content.decode()
    assert f'<option value="{flood.pk} · Flood early warning">' in html
    assert "Waste banks" not in html and hidden.title not in html
    by_number = client.get("/knowledge/new/items/", {"translation_of": str(flood.pk)})
    assert "Flood early warning" in by_number.content.decode()


@pytest.mark.django_db
def test_suggestions_need_a_log_in(client):
    response = client.get("/knowledge/new/items/", {"translation_of": "flood"})
    assert response.status_code == 302


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["{pk} · Flood early warning", "{pk}", "flood early warning"])
def test_a_translation_is_linked_by_its_number_or_its_whole_title(client, personas, typed):
    original = KnowledgeItemFactory(published=True, title="Flood early warning")
    client.force_login(personas.surabaya)
    response = client.post(
        "/knowledge/new/",
        form_data(personas, translation_of=typed.format(pk=original.pk), save="1"),
    )
    assert response.status_code == 302
    assert (
        KnowledgeItem.objects.get(title="Waste banks in every kampung").translation_of == original
    )


@pytest.mark.django_db
def test_part_of_a_title_comes_back_with_the_items_it_matches(client, personas):
    one = KnowledgeItemFactory(published=True, title="Flood early warning")
    two = KnowledgeItemFactory(published=True, title="Flood-proof markets")
    client.force_login(personas.surabaya)
    html = client.post(
        "/knowledge/new/", form_data(personas, translation_of="flood", save="1")
    ).content.decode()
    assert "No item matches this. Type its number or its whole title." in html
    assert f'<option value="{one.pk} · Flood early warning">' in html
    assert f'<option value="{two.pk} · Flood-proof markets">' in html
    assert not KnowledgeItem.objects.filter(title="Waste banks in every kampung").exists()


@pytest.mark.django_db
def test_an_item_the_person_may_not_see_cannot_be_named_by_its_number(client, personas):
    draft = KnowledgeItemFactory(title="Another city's draft", status=Status.DRAFT)
    client.force_login(personas.surabaya)
    html = client.post(
        "/knowledge/new/", form_data(personas, translation_of=str(draft.pk), save="1")
    ).content.decode()
    assert "No item matches this." in html


@pytest.mark.django_db
def test_editing_shows_the_original_by_its_number_and_title(client, personas):
    original = KnowledgeItemFactory(published=True, title="Flood early warning")
    item = KnowledgeItemFactory(
        title="Peringatan dini banjir",
        translation_of=original,
        members=[personas.surabaya_city],
        created_by=personas.surabaya,
    )
    client.force_login(personas.surabaya)
    html = client.get(f"/knowledge/{item.pk}/edit/").content.decode()
    assert f'value="{original.pk} · Flood early warning"' in html


@pytest.mark.django_db
def test_the_focal_point_finds_share_a_practice_where_they_land_after_logging_in(client, personas):
    client.force_login(personas.surabaya)
    landing = client.get("/me/", follow=True)
    assert landing.redirect_chain[-1][0] == "/members/surabaya/"
    assert '<a href="/knowledge/new/" role="button">Share a practice</a>' in (
        landing.content.decode()
    )
    # A focal point of two members lands on My Kota, which has the button too.
    personas.surabaya_city.focal_points.model.objects.create(
        member=personas.makassar_city, user=personas.surabaya, name="Rini"
    )
    html = client.get("/me/").content.decode()
    assert '<a href="/knowledge/new/" role="button">Share a practice</a>' in html


@pytest.mark.django_db
def test_visitors_and_other_cities_do_not_see_the_button_on_a_profile(client, personas):
    assert "Share a practice" not in client.get("/members/surabaya/").content.decode()
    client.force_login(personas.makassar)
    assert "Share a practice" not in client.get("/members/surabaya/").content.decode()


@pytest.fixture
def focal_point(live_db):
    from kota.knowledge import indexing

    indexing.backend().clear()
    surabaya = MemberFactory(name="Surabaya", country_id="ID")
    FocalPointFactory(member=surabaya, user=User.objects.create_user("rini", password="pw-rini-1"))
    KnowledgeItemFactory(published=True, title="Flood early warning")
    KnowledgeItemFactory(published=True, title="Waste banks")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_on_a_phone_the_form_is_short_and_translation_of_suggests_as_one_types(
    browser, live_server, focal_point
):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{live_server.url}/accounts/login/")
    page.locator("main input[name=username]").fill("rini")
    page.locator("main input[name=password]").fill("pw-rini-1")
    page.locator("main button[type=submit]").click()
    page.get_by_role("button", name="Share a practice").click()
    expect(page.get_by_role("heading", name="Share a practice", level=1)).to_be_visible()
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height < 2600, f"the form is {height} px tall on a phone"

    page.get_by_label("Translation of").press_sequentially("flood", delay=30)
    expect(page.locator("#translation-of-options option")).to_have_count(1)
    original = KnowledgeItem.objects.get(title="Flood early warning")
    assert page.locator("#translation-of-options option").get_attribute("value") == (
        f"{original.pk} · Flood early warning"
    )
    page.get_by_text("The practice", exact=True).click()
    expect(page.get_by_label("Objectives")).to_be_visible()
    context.close()
