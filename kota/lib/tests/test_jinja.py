"""The Jinja2 environment of Kota's most repeated fragments (kota.lib.jinja)."""

from django.template import engines
from django.utils import translation
from django.utils.safestring import mark_safe

from kota.lib.jinja import environment


def test_values_and_translations_are_escaped_and_what_django_marked_safe_is_not():
    template = environment().from_string("{{ name }} {{ marked }} {{ _('A & B') }}")
    html = template.render(name="<i>Kota</i>", marked=mark_safe("<mark>x</mark>"))
    assert html == "&lt;i&gt;Kota&lt;/i&gt; <mark>x</mark> A &amp; B"


def test_a_translation_with_a_percent_sign_is_text_not_a_format():
    template = engines["jinja2"].from_string("{{ _('100% of members') }}")
    assert template.render() == "100% of members"


def test_strings_follow_the_active_language_and_missing_values_render_as_nothing():
    template = engines["jinja2"].from_string("{{ _('Matched in:') }}{{ item.nothing }}")
    with translation.override("id"):
        assert template.render({"item": object()}) == "Cocok pada:"
