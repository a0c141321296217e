"""Why a result matched, shown in its own words: the query's tokens are located in the original
text by the same analyzer that built the index, wrapped in <mark>, and everything else escaped.
This runs in Python on the page's results only, so it is identical on every database."""

from collections import deque

from django.utils.html import escape
from django.utils.safestring import mark_safe

from kota.lib.search.analyzer import iter_tokens, normalise, piece_tokens, pieces

ELLIPSIS = "…"
# Starts of the tokens just before a snippet's first match that it may begin at.
LEAD_TOKENS = 64


def _spans(tokens, wanted, stop=None):
    """Merged (start, end) of the tokens in `wanted`, up to the first token starting at `stop`."""
    spans = []
    for token in tokens:
        if stop is not None and token.start >= stop:
            break
        if token.text in wanted:
            if spans and token.start <= spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], token.end)
            else:
                spans.append([token.start, token.end])
    return spans


def _render(text, spans, start, end):
    out, at = [], start
    for a, b in spans:
        a, b = max(a, start), min(b, end)
        if a >= b:
            continue
        out.append(escape(text[at:a]))
        out.append(f"<mark>{escape(text[a:b])}</mark>")
        at = b
    out.append(escape(text[at:end]))
    return "".join(out)


def highlight(text, tokens):
    """All of `text`, escaped, with every match of `tokens` (from query_tokens) marked."""
    text = normalise(text)
    spans = _spans(iter_tokens(text), set(tokens)) if tokens else []
    return mark_safe(_render(text, spans, 0, len(text)))  # noqa: S308 - escaped in _render


def snippet(text, tokens, width=220, before=60):
    """A window of about `width` characters of `text` around its first match of `tokens`,
    marked and escaped, with an ellipsis where text was cut; None when nothing matches."""
    text = normalise(text)
    wanted = set(tokens)
    if not wanted:
        return None
    stream = _tokens_before_first_match(text, wanted)
    recent = deque(maxlen=LEAD_TOKENS)  # starts of the tokens just before the first match
    first = None
    for token in stream:
        if token.text in wanted:
            first = token
            break
        recent.append(token.start)
    if first is None:
        return None
    start = next((s for s in recent if s >= first.start - before), first.start)
    if start <= before // 2:
        start = 0
    end = min(len(text), start + width)
    if end < len(text):  # end on a separator when one is near
        space = text.rfind(" ", start + width // 2, end)
        end = space if space > 0 else end
    spans = [[first.start, first.end]]
    for a, b in _spans(stream, wanted, stop=end):
        if a <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], b)
        else:
            spans.append([a, b])
    html = _render(text, spans, start, end)
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(text) else ""
    return mark_safe(f"{prefix}{html.strip()}{suffix}")  # noqa: S308 - escaped in _render


def _tokens_before_first_match(text, wanted):
    """The tokens of `text` in order, from LEAD_TOKENS or more before the first one in
    `wanted` (none when no token is), leaving out the pieces after it that hold no token in
    `wanted`: pieces are looked up in the analyzer's cache, and only those a snippet needs
    are tokenised again, so that a match deep in a long text costs little."""
    parts = list(pieces(text))
    first = next(
        (n for n, (_, piece) in enumerate(parts) if not wanted.isdisjoint(piece_tokens(piece))),
        None,
    )
    if first is None:
        return
    begin, lead = first, 0
    while begin > 0 and lead < LEAD_TOKENS:
        begin -= 1
        lead += len(piece_tokens(parts[begin][1]))
    for n, (offset, piece) in enumerate(parts[begin:], start=begin):
        if n > first and wanted.isdisjoint(piece_tokens(piece)):
            continue  # after the first match only matches count, and this piece has none
        yield from iter_tokens(piece, offset=offset)


def excerpt(text, width=220):
    """The start of `text`, escaped, cut at a space near `width` characters."""
    text = normalise(text).strip()
    if len(text) <= width:
        return escape(text)
    space = text.rfind(" ", width // 2, width)
    return mark_safe(escape(text[: space if space > 0 else width]) + ELLIPSIS)  # noqa: S308
