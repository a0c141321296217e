"""Markdown written by people, rendered safe: Markdown to HTML, then nh3 keeps only a small,
known set of tags so pasted scripts or styles never reach a visitor."""

import html
import re
import threading

import markdown as md
import nh3
from django.utils.safestring import mark_safe

ALLOWED_TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "code",
    "em",
    "h2",
    "h3",
    "h4",
    "hr",
    "i",
    "img",
    "li",
    "ol",
    "p",
    "pre",
    "strong",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title"}, "abbr": {"title"}}


_local = threading.local()


def _to_html(text):
    """Markdown to (unsanitised) HTML with one converter per thread: building a converter
    costs more than most conversions."""
    converter = getattr(_local, "converter", None)
    if converter is None:
        converter = _local.converter = md.Markdown(extensions=["tables", "sane_lists"])
    return converter.reset().convert(text or "")


def render_markdown(text):
    return mark_safe(  # noqa: S308 - sanitised by nh3 just below
        nh3.clean(
            _to_html(text), tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, link_rel="noopener"
        )
    )


def markdown_text(text):
    """The words of Markdown `text` as a reader sees them: no markup, no link targets, no
    scripts or styles, whitespace collapsed."""
    if not (text or "").strip():
        return ""
    plain = html.unescape(nh3.clean(_to_html(text), tags=set()))
    return re.sub(r"\s+", " ", plain).strip()
