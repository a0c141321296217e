"""English, Bahasa Indonesia and Simplified Chinese ship complete and compiled."""

from pathlib import Path

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

LOCALE = Path(__file__).resolve().parents[3] / "locale"
LANGUAGES = ["id", "zh_Hans"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_and_none_is_fuzzy(language):
    with (LOCALE / language / "LC_MESSAGES" / "django.po").open("rb") as handle:
        catalogue = read_po(handle)
    missing = [
        m.id
        for m in catalogue
        if m.id and not (all(m.string) if isinstance(m.string, tuple) else m.string)
    ]
    fuzzy = [m.id for m in catalogue if m.id and m.fuzzy]
    assert missing == [] and fuzzy == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_matches_its_source(language):
    folder = LOCALE / language / "LC_MESSAGES"
    with (folder / "django.po").open("rb") as po, (folder / "django.mo").open("rb") as mo:
        source, compiled = read_po(po), read_mo(mo)
    assert _messages(compiled) == _messages(source), "run make messages"


def _messages(catalogue):
    def plain(value):
        return tuple(value) if isinstance(value, list | tuple) else value

    return {plain(m.id): plain(m.string) for m in catalogue if m.id}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "heading", "count"),
    [
        ("en", "Member directory", "0 members"),
        ("id", "Direktori anggota", "0 anggota"),
        ("zh-hans", "成员名录", "0 个成员"),
    ],
)
def test_the_directory_speaks_each_shipped_language(client, language, heading, count):
    client.post("/i18n/setlang/", {"language": language, "next": "/"})
    html = client.get("/members/").content.decode()
    assert heading in html
    assert count in html
    assert f'<html lang="{language}">' in html
