"""Why a result matched, shown in its own words: the query's tokens are located in the original
text by the same analyzer that built the index, wrapped in <mark>, and everything else escaped.
This runs in Python on the page's results only, so it is identical on every database."""

import html
import re
from bisect import bisect_left
from collections import deque
from functools import lru_cache
from itertools import chain, takewhile

from django.utils.html import escape
from django.utils.safestring import mark_safe

from kota.lib.search.analyzer import (
    MAX_TOKEN,
    SEPARATOR,
    char_class,
    located_tokens,
    normalise,
    piece_tokens,
    pieces,
)

ELLIPSIS = "…"
# Starts of the tokens just before a snippet's first match that it may begin at.
LEAD_TOKENS = 64


def _located(offset, piece):
    """The tokens of `piece`, found at `offset` in its text, as (token, start, end), from the
    analyzer's caches."""
    texts, starts, ends = located_tokens(piece)
    shift = offset.__add__
    return zip(texts, map(shift, starts), map(shift, ends), strict=True)


def _merged(spans):
    """`spans`, (start, end) in the order of their starts, with those that overlap or touch
    merged, as [start, end] lists."""
    merged = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def _render(text, spans, start, end):
    """text[start:end], escaped, the `spans` in it marked: a plain string, which the caller
    marks safe (html.escape() is what django.utils.html.escape() calls, without the
    wrapping that would make each part a safe string of its own)."""
    out, at = [], start
    for a, b in spans:
        a, b = max(a, start), min(b, end)
        if a >= b:
            continue
        out.append(html.escape(text[at:a]))
        out.append(f"<mark>{html.escape(text[a:b])}</mark>")
        at = b
    out.append(html.escape(text[at:end]))
    return "".join(out)


# In ASCII, a token is a run of the characters that do not separate, lower-cased (and cut at
# MAX_TOKEN): texts in ASCII are searched with a regular expression, not read piece by piece.
_ASCII_TOKEN_CLASS = (
    "["
    + "".join(re.escape(chr(code)) for code in range(128) if char_class(chr(code)) != SEPARATOR)
    + "]"
)
_ASCII_TOKEN = re.compile(f"(?<!{_ASCII_TOKEN_CLASS}){_ASCII_TOKEN_CLASS}+")


@lru_cache(maxsize=1024)
def _ascii_matcher(wanted):
    """A regular expression finding the tokens `wanted` (a frozenset) in a text in ASCII, or
    None when it cannot tell them (a token as long as MAX_TOKEN matches longer runs too)."""
    tokens = sorted(token for token in wanted if token.isascii())
    if not tokens or any(len(token) >= MAX_TOKEN for token in tokens):
        return None
    either = "|".join(re.escape(token) for token in tokens)
    edge = _ASCII_TOKEN_CLASS
    return re.compile(f"(?<!{edge})(?:{either})(?!{edge})", re.IGNORECASE | re.ASCII)


def _located_matches(text, wanted, before=None):
    """For a text in ASCII that _ascii_matcher() can search, found by regular expressions:
    with `before`, the tokens a snippet needs (_window()), those a snippet may start at
    (starting less than `before` characters before the first match), the first match and
    the later ones; without, the tokens of the pieces with a match (as
    _tokens_of_matching_pieces() gives them). None for other texts."""
    matcher = _ascii_matcher(frozenset(wanted)) if text.isascii() else None
    if matcher is None:
        return None
    return _ascii_tokens(text, matcher, before)


def _ascii_tokens(text, matcher, before):
    first = matcher.search(text)
    if first is None:
        return
    if before is not None:
        for lead in _ASCII_TOKEN.finditer(text, max(0, first.start() - before), first.start()):
            yield lead.group().lower()[:MAX_TOKEN], lead.start(), lead.end()
    yield first.group().lower(), first.start(), first.end()
    for match in matcher.finditer(text, first.end()):
        yield match.group().lower(), match.start(), match.end()


def _cannot_match(text, wanted):
    """Whether `text` surely holds none of the tokens `wanted`, known without reading it
    piece by piece: the tokens of a text in ASCII are lower-cased pieces of it."""
    if not text.isascii():
        return False
    lowered = text.lower()
    return not any(token in lowered for token in wanted)


def highlight(text, tokens):
    """All of `text`, escaped, with every match of `tokens` (from query_tokens) marked."""
    text = normalise(text)
    wanted = set(tokens)
    if not wanted or _cannot_match(text, wanted):
        return escape(text)
    tokens = _located_matches(text, wanted)
    if tokens is None:
        tokens = _tokens_of_matching_pieces(text, wanted)
    spans = _merged((start, end) for token, start, end in tokens if token in wanted)
    return mark_safe(_render(text, spans, 0, len(text)))  # noqa: S308 - escaped in _render


def _tokens_of_matching_pieces(text, wanted):
    """The tokens, in order, of the pieces of `text` that hold a token in `wanted`: no token
    crosses a separator, so these are all the matches, and the pieces' tokens are looked up
    in the analyzer's cache rather than found again."""
    for offset, piece in pieces(text):
        if not wanted.isdisjoint(piece_tokens(piece)):
            yield from _located(offset, piece)


def snippet(text, tokens, width=220, before=60):
    """A window of about `width` characters of `text` around its first match of `tokens`,
    marked and escaped, with an ellipsis where text was cut; None when nothing matches."""
    text = normalise(text)
    wanted = set(tokens)
    if not wanted or _cannot_match(text, wanted):
        return None
    stream = _located_matches(text, wanted, before)
    found = _window(stream, wanted) if stream is not None else _pieces_window(text, wanted, before)
    if found is None:
        return None
    lead, (first_start, first_end), later = found
    # The snippet starts at the first token that starts at most `before` characters before
    # the first match (the tokens are in the order of their starts).
    at = bisect_left(lead, first_start - before)
    start = lead[at] if at < len(lead) else first_start
    if start <= before // 2:
        start = 0
    end = min(len(text), start + width)
    if end < len(text):  # end on a separator when one is near
        space = text.rfind(" ", start + width // 2, end)
        end = space if space > 0 else end
    inside = takewhile(lambda span: span[0] < end, later)
    spans = _merged(chain([(first_start, first_end)], inside))
    marked = _render(text, spans, start, end)
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(text) else ""
    return mark_safe(f"{prefix}{marked.strip()}{suffix}")  # noqa: S308 - escaped in _render


def _window(stream, wanted):
    """(lead, first, later) of a text whose tokens are `stream`, (token, start, end) in
    order, or None when none is in `wanted`: `lead`, the starts of the LEAD_TOKENS tokens
    (or fewer) before the first match; `first`, its (start, end); `later`, an iterator of
    the (start, end) of the matches after it, in order."""
    recent = deque(maxlen=LEAD_TOKENS)
    for token, start, end in stream:
        if token in wanted:
            later = ((a, b) for token, a, b in stream if token in wanted)
            return list(recent), (start, end), later
        recent.append(start)
    return None


def _pieces_window(text, wanted, before):
    """_window() of `text`, read piece by piece up to its first match, keeping only the
    pieces a snippet may start in: the pieces' tokens and where they are come from the
    analyzer's caches, a piece without a match is looked at whole (is any of its tokens
    wanted?), and one with a match is searched in one pass, so that a long text, or a long
    run of an unspaced script (whose every character starts a token), costs little."""
    parts = pieces(text)
    lead, lead_tokens = deque(), 0  # the last pieces before the first match, and their tokens
    for offset, piece in parts:
        tokens = piece_tokens(piece)
        if not wanted.isdisjoint(tokens):
            break
        lead.append((offset, piece, len(tokens)))
        lead_tokens += len(tokens)
        while lead_tokens - lead[0][2] >= LEAD_TOKENS:  # the piece is not needed for the lead
            lead_tokens -= lead.popleft()[2]
    else:
        return None
    while lead and lead[0][0] + len(lead[0][1]) <= offset - before:
        lead.popleft()  # no token of it starts late enough to start a snippet
    starts = []
    for lead_offset, lead_piece, _count in lead:
        starts += map(lead_offset.__add__, located_tokens(lead_piece)[1])
    texts, piece_starts, piece_ends = located_tokens(piece)
    first = min(texts.index(token) for token in wanted if token in tokens)
    starts += map(offset.__add__, piece_starts[:first])
    found = (offset + piece_starts[first], offset + piece_ends[first])
    later = _later_matches(offset, piece, first + 1, parts, wanted)
    return starts[-LEAD_TOKENS:], found, later


def _later_matches(offset, piece, after, parts, wanted):
    """(start, end) of the matches in `piece` (at `offset`) from its `after`th token, then
    in the `parts` still to come, in order."""
    yield from _matches_in(offset, piece, after, wanted)
    for offset, piece in parts:
        if not wanted.isdisjoint(piece_tokens(piece)):
            yield from _matches_in(offset, piece, 0, wanted)


def _matches_in(offset, piece, after, wanted):
    texts, starts, ends = located_tokens(piece)
    for n in [n for n in range(after, len(texts)) if texts[n] in wanted]:
        yield offset + starts[n], offset + ends[n]


def excerpt(text, width=220):
    """The start of `text`, escaped, cut at a space near `width` characters."""
    text = normalise(text).strip()
    if len(text) <= width:
        return escape(text)
    space = text.rfind(" ", width // 2, width)
    return mark_safe(escape(text[: space if space > 0 else width]) + ELLIPSIS)  # noqa: S308
