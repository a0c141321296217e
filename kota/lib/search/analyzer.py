"""Kota's one text analyzer, shared by documents and queries, by SQLite and PostgreSQL.

It turns text in any Asia-Pacific script into plain tokens, each with where it came from:

- Text is NFC-normalised first; offsets refer to that normalised text.
- A character is a *token character* when its Unicode category is a letter (L*), a mark (M*)
  or a number (N*); anything else (spaces, punctuation, symbols, emoji, control characters)
  separates tokens.
- Runs of scripts written without spaces between words — Han, Hiragana, Katakana, Hangul,
  Thai, Lao, Khmer and Myanmar — are cut into overlapping character bigrams ("垃圾分类" gives
  "垃圾 圾分 分类"); a character keeps its combining marks ("ที่" is one character). A run of one
  character is a unigram. Documents also carry every character of longer runs as a unigram, so
  that a one-character query finds it inside a longer run; queries never do (their bigrams
  are what makes them precise). Bigram tokens are NFKC-normalised and case-folded only, so
  Thai tone marks and Japanese dakuten are kept.
- Other runs (Latin, Vietnamese, Cyrillic, Arabic, Devanagari, ...) are words, folded with
  kota.lib.text.fold: lower-cased, diacritics removed ("Đà Nẵng" gives "da nang"). Words in
  the Brahmic scripts of South Asia, Thaana and Tibetan are only NFKC-normalised and case-folded:
  their combining marks (virama, nukta) are parts of letters, not accents.
- A token never holds anything but letters, marks and numbers, and is at most MAX_TOKEN
  characters, so a database tokenizer that splits on ASCII spaces sees exactly these tokens.

No stemming, no stop words: what matches is what was written, in every language alike.
"""

import re
import unicodedata
from array import array
from functools import lru_cache
from typing import NamedTuple

from kota.lib.text import fold

MAX_TOKEN = 60  # longer tokens are cut, in documents and queries alike
MAX_QUERY_TOKENS = 200  # the rest of a very long query is ignored

# Scripts written without spaces between words: (first, last) code points.
UNSPACED_RANGES = (
    (0x0E00, 0x0E7F),  # Thai
    (0x0E80, 0x0EFF),  # Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x1780, 0x17FF),  # Khmer
    (0x19E0, 0x19FF),  # Khmer symbols
    (0x3005, 0x3007),  # 々 〆 〇
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3130, 0x318F),  # Hangul compatibility Jamo
    (0x31F0, 0x31FF),  # Katakana phonetic extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xA960, 0xA97F),  # Hangul Jamo extended A
    (0xA9E0, 0xA9FF),  # Myanmar extended B
    (0xAA60, 0xAA7F),  # Myanmar extended A
    (0xAC00, 0xD7FF),  # Hangul syllables, Jamo extended B
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFFDC),  # half-width Katakana and Hangul
    (0x20000, 0x3134F),  # CJK extensions B to G
)

# Scripts whose combining marks are letters, not accents: not folded.
UNFOLDED_RANGES = (
    (0x0780, 0x07BF),  # Thaana
    (0x0900, 0x0DFF),  # Devanagari to Sinhala
    (0x0F00, 0x0FFF),  # Tibetan
)
HALF_WIDTH_SOUND_MARKS = "\uff9e\uff9f"  # letters by category, marks by use

SEPARATOR, WORD, UNSPACED, MARK = 0, 1, 2, 3


class Token(NamedTuple):
    text: str
    start: int
    end: int


@lru_cache(maxsize=8192)
def char_class(ch):
    category = unicodedata.category(ch)[0]
    if category == "M" or ch in HALF_WIDTH_SOUND_MARKS:
        return MARK
    if category not in "LN":
        return SEPARATOR
    return UNSPACED if _in(UNSPACED_RANGES, ch) else WORD


def _in(ranges, ch):
    code = ord(ch)
    return any(first <= code <= last for first, last in ranges)


@lru_cache(maxsize=65536)
def word_tokens(word):
    """The tokens of one spaced-script word: folded, unless its script's marks are letters.
    Cached: the words of a language repeat."""
    if any(_in(UNFOLDED_RANGES, ch) for ch in word):
        folded = unicodedata.normalize("NFKC", word).casefold()
    else:
        folded = fold(word)
    return tuple(_clean(folded))


def is_character(token):
    """Whether `token` is one character (with its marks) of a script written without spaces:
    what a document carries as a unigram beside its bigrams."""
    base = [ch for ch in token if char_class(ch) != MARK]
    return len(base) == 1 and char_class(base[0]) == UNSPACED


def normalise(text):
    return unicodedata.normalize("NFC", text or "")


def _clean(token):
    """Keep letters, marks and numbers only: NFKC can turn "⑴" into "(1)"."""
    kept = "".join(ch if char_class(ch) != SEPARATOR else " " for ch in token)
    return [part[:MAX_TOKEN] for part in kept.split()]


def _runs(text):
    """(kind, start, end) for each run of word or unspaced characters in `text`. A mark joins
    the run before it; a mark after a separator starts a word."""
    kind, start = None, 0
    for i, ch in enumerate(text):
        cls = char_class(ch)
        if cls == MARK:
            if kind is None:
                kind, start = WORD, i
            continue
        if cls != kind:
            if kind is not None:
                yield kind, start, i
            kind, start = (cls, i) if cls != SEPARATOR else (None, i)
    if kind is not None:
        yield kind, start, len(text)


def _clusters(text, start, end):
    """(start, end) of each character with its combining marks in text[start:end]."""
    clusters = []
    for i in range(start, end):
        if clusters and char_class(text[i]) == MARK:
            clusters[-1][1] = i + 1
        else:
            clusters.append([i, i + 1])
    return clusters


def _unspaced_tokens(text, start, end, unigrams, offset=0):
    run = text[start:end]
    if end - start > 1 and _is_plain(run):
        yield from _plain_unspaced_tokens(run, start + offset, unigrams)
        return
    clusters = _clusters(text, start, end)
    if len(clusters) == 1:
        unigrams = True
    for n, (a, b) in enumerate(clusters):
        if unigrams:
            for part in _clean(unicodedata.normalize("NFKC", text[a:b]).casefold()):
                yield Token(part, a + offset, b + offset)
        if n + 1 < len(clusters):
            c = clusters[n + 1][1]
            for part in _clean(unicodedata.normalize("NFKC", text[a:c]).casefold()):
                yield Token(part, a + offset, c + offset)


def _is_plain(run):
    """Whether every character of `run` is its own token: no combining marks, and nothing
    that NFKC normalisation or case folding would change (most Han, kana and Hangul text)."""
    return (
        unicodedata.is_normalized("NFKC", run)
        and run.casefold() == run
        and not any(char_class(ch) == MARK for ch in run)
    )


def _plain_unspaced_tokens(run, offset, unigrams):
    """The tokens of a plain run (see _is_plain) of two or more characters: what
    _unspaced_tokens gives, without normalising each character and pair again."""
    last = len(run) - 1
    for n, ch in enumerate(run):
        if unigrams:
            yield Token(ch, offset + n, offset + n + 1)
        if n < last:
            yield Token(run[n : n + 2], offset + n, offset + n + 2)


def iter_tokens(text, *, query=False, offset=0):
    """Tokens of `text` (already NFC-normalised) in order, with their offsets (plus `offset`,
    where `text` is a piece of a longer text). `query=True` leaves out the unigrams of runs
    longer than one character."""
    for kind, start, end in _runs(text):
        if kind == UNSPACED:
            yield from _unspaced_tokens(text, start, end, not query, offset)
        else:
            for part in word_tokens(text[start:end]):
                yield Token(part, start + offset, end + offset)


# Separators common in every script: whitespace and the punctuation of ASCII, CJK and
# full-width forms. Cutting text at them changes no token (a separator ends every run), so
# documents are analysed piece by piece, and the pieces, which repeat, are cached.
_COMMON_SEPARATORS = re.compile(
    "[\\s"
    + "".join(
        re.escape(chr(code))
        for block in (range(0x80), range(0x3000, 0x3040), range(0xFF00, 0xFF66))
        for code in block
        if char_class(chr(code)) == SEPARATOR
    )
    + "]+"
)
_MAX_CACHED_PIECE = 200


@lru_cache(maxsize=65536)
def _piece_tokens(piece):
    return tuple(token.text for token in iter_tokens(piece))


def piece_tokens(piece):
    """The document tokens of `piece` (text between common separators), cached when short."""
    if len(piece) <= _MAX_CACHED_PIECE:
        return _piece_tokens(piece)
    return tuple(token.text for token in iter_tokens(piece))


@lru_cache(maxsize=16384)
def _piece_bounds(piece):
    starts, ends = array("H"), array("H")  # a cached piece is short: offsets fit
    for token in iter_tokens(piece):
        starts.append(token.start)
        ends.append(token.end)
    return starts, ends


def located_tokens(piece):
    """(texts, starts, ends) of the document tokens of `piece`, in order: piece_tokens(piece)
    and where each starts and ends in `piece`. Cached when short (a few hundred bytes a
    piece), for highlighting without tokenising again; a long piece is tokenised once."""
    if len(piece) <= _MAX_CACHED_PIECE:
        return (_piece_tokens(piece), *_piece_bounds(piece))
    tokens = list(iter_tokens(piece))
    return (
        [token.text for token in tokens],
        [token.start for token in tokens],
        [token.end for token in tokens],
    )


def pieces(text):
    """(offset, piece) for each stretch of `text` (already NFC-normalised) between common
    separators. Tokenising the pieces one by one gives the tokens of the whole text."""
    at = 0
    for separator in _COMMON_SEPARATORS.finditer(text):
        if separator.start() > at:
            yield at, text[at : separator.start()]
        at = separator.end()
    if at < len(text):
        yield at, text[at:]


def _document_tokens(text):
    for piece in _COMMON_SEPARATORS.split(normalise(text)):
        yield from piece_tokens(piece)


def analyze(text):
    """The document tokens of `text`, as one space-separated string for the index."""
    return " ".join(_document_tokens(text))


def token_set(text):
    """The distinct document tokens of `text`."""
    return set(_document_tokens(text))


def query_tokens(query):
    """The distinct tokens of a user's query, in order, at most MAX_QUERY_TOKENS. Any input
    is valid: what is not a letter, mark or number only separates tokens."""
    seen = {}
    for token in iter_tokens(normalise(query), query=True):
        seen.setdefault(token.text, None)
        if len(seen) >= MAX_QUERY_TOKENS:
            break
    return list(seen)
