"""With Bahasa Indonesia or Chinese chosen, the demo's home, knowledge, dues and results pages
name no SDG, core area, country or dues tier in English. What people wrote (member names, the
items' titles and texts, the home page's text, marked by their own `lang`) and each language's
name in itself are left as written and not checked. The small demo is seeded once for the module, in a transaction rolled back at
the end."""

import re
from html.parser import HTMLParser
from io import StringIO

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import transaction
from django.test.utils import override_settings
from django.utils import translation

from kota.core.models import SDG, CoreArea, Country, Language, User
from kota.dues.models import Tier
from kota.knowledge.models import KnowledgeItem
from kota.members.models import Member

LANGUAGES = ["id", "zh-hans"]
PAGES = [
    "/",
    "/knowledge/",
    "/dues/",
    "/results/manifesto-2021-2025/",
    "/results/manifesto-2021-2025/goals/1/",
]


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    # Content types made inside the rolled-back transaction must not outlive it in Django's
    # cache (after a live-server test has flushed them, seeding makes them anew).
    ContentType.objects.clear_cache()
    with django_db_blocker.unblock(), transaction.atomic():
        with override_settings(DEBUG=True):
            call_command("seed_demo", "--scale", "small", "--seed", "1", stdout=StringIO())
        yield
        transaction.set_rollback(True)
    ContentType.objects.clear_cache()


@pytest.fixture
def staff_client(seeded, db, client):
    client.force_login(User.objects.get(username="secretariat"))
    return client


class ChromeText(HTMLParser):
    """The text of a page that Kota writes: without scripts, styles, and the subtrees people
    wrote (elements with their own `lang`, the home page's prose), or only inside `within`
    (a class name) when given."""

    VOID = {"br", "img", "input", "meta", "link", "hr", "source", "wbr"}

    def __init__(self, within=None):
        super().__init__()
        self.within, self.stack, self.parts = within, [], []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        parent_skip, parent_inside = self.stack[-1] if self.stack else (False, self.within is None)
        written = tag != "html" and "lang" in attrs and (self.within is None or parent_inside)
        skip = written or "prose" in classes or tag in ("script", "style", "title")
        inside = self.within in classes
        self.stack.append((parent_skip or skip, parent_inside or inside))

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        skip, inside = self.stack[-1] if self.stack else (False, self.within is None)
        if inside and not skip:
            self.parts.append(data)


def chrome_text(html, within=None):
    parser = ChromeText(within)
    parser.feed(html)
    text = " ".join(parser.parts)
    for name in sorted(written_as_is(), key=len, reverse=True):
        text = text.replace(name, " ")
    return text


def written_as_is():
    """What each page shows as its authors or its own language write it: members' names,
    the items' titles, and each language's name in itself (Bahasa Indonesia, 中文)."""
    return {
        *Member.objects.values_list("name", flat=True),
        *KnowledgeItem.objects.values_list("title", flat=True),
        *Language.objects.values_list("native_name", flat=True),
        *(name for _code, name in settings.LANGUAGES),
    } - {""}


def english_names(language):
    """{English name: what it is} for every taxonomy, country and tier name that `language`
    writes otherwise (Malaysia is Malaysia in Indonesian too: not looked for)."""
    names = {}
    records = [
        *((sdg.title, sdg) for sdg in SDG.objects.all()),
        *((area.name, area) for area in CoreArea.objects.all()),
        *((tier.name, tier) for tier in Tier.objects.all()),
        *(
            (country.name, country)
            for country in Country.objects.filter(members__isnull=False).distinct()
        ),
    ]
    with translation.override(language):
        for english, record in records:
            shown = record.display_name if isinstance(record, Country) else record.label
            if english not in shown:  # Myanmar (Burma) says Myanmar too
                names[english] = f"{record._meta.verbose_name} {record.pk}"
    return names


def english_found(text, names):
    return sorted(
        name for name in names if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
    )


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_taxonomy_country_or_tier_is_named_in_english(staff_client, language):
    names = english_names(language)
    assert len(names) > 17 + 5 + 5, names  # every SDG, core area and tier, and countries
    staff_client.cookies["django_language"] = language
    seen = {}
    for path in PAGES:
        response = staff_client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        assert f'<html lang="{language}"' in html
        seen[path] = english_found(chrome_text(html), names)
    item = (
        KnowledgeItem.objects.published()
        .filter(sdgs__isnull=False, core_areas__isnull=False)
        .first()
    )
    html = staff_client.get(item.get_absolute_url()).content.decode()
    facts = chrome_text(html, within="facts")
    assert facts.strip()
    seen[item.get_absolute_url()] = english_found(facts, names)
    assert seen == dict.fromkeys(seen, [])


@pytest.mark.slow
def test_the_checks_would_see_english(staff_client):
    """The same pages in English name them: the test above can fail."""
    names = english_names("id")
    html = staff_client.get("/knowledge/").content.decode()
    assert "No Poverty" in english_found(chrome_text(html), names)
    html = staff_client.get("/dues/").content.decode()
    assert "Tier A: metropolitan" in english_found(chrome_text(html), names)
