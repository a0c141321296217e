"""The analyzer gives the same tokens to documents and queries, in every script."""

from kota.lib.search import analyze, highlight, query_tokens, snippet
from kota.lib.search.analyzer import MAX_QUERY_TOKENS, MAX_TOKEN, is_character


def test_chinese_is_cut_into_overlapping_bigrams():
    assert query_tokens("垃圾分类") == ["垃圾", "圾分", "分类"]


def test_documents_also_carry_unigrams_so_one_character_finds_a_longer_run():
    assert analyze("广州市").split() == ["广", "广州", "州", "州市", "市"]
    assert query_tokens("市") == ["市"]


def test_a_thai_character_keeps_its_marks():
    assert query_tokens("ที่นี่") == ["ที่นี่"]
    assert "ขย" in analyze("การคัดแยกขยะ").split()


def test_korean_and_japanese_runs_are_bigrams_and_latin_words_stay_whole():
    assert query_tokens("서울특별시") == ["서울", "울특", "특별", "별시"]
    assert query_tokens("COVID-19ワクチン") == ["covid", "19", "ワク", "クチ", "チン"]


def test_spaced_scripts_are_folded_words():
    assert analyze("Đà Nẵng") == "da nang"
    assert query_tokens("PEMULIHAN Ekonomi") == ["pemulihan", "ekonomi"]


def test_devanagari_keeps_the_marks_that_are_part_of_its_letters():
    assert query_tokens("क्षेत्र") == ["क्षेत्र"]


def test_query_syntax_and_symbols_only_separate_tokens():
    assert query_tokens('"a" AND (b OR c* NEAR d)') == ["a", "and", "b", "or", "c", "near", "d"]
    assert query_tokens("'; DROP TABLE x; --") == ["drop", "table", "x"]
    assert query_tokens("😀 ⑴ \x00") == ["1"]


def test_queries_and_tokens_are_capped():
    assert len(query_tokens(" ".join(f"w{n}" for n in range(1000)))) == MAX_QUERY_TOKENS
    assert query_tokens("x" * 10_000) == ["x" * MAX_TOKEN]


def test_highlight_marks_matches_and_escapes_the_rest():
    html = highlight("<b>Kota</b> Đà Nẵng", query_tokens("da nang"))
    assert html == "&lt;b&gt;Kota&lt;/b&gt; <mark>Đà</mark> <mark>Nẵng</mark>"


def test_a_snippet_marks_a_bigram_match_inside_a_run():
    assert snippet("广州市推进垃圾分类", query_tokens("垃圾")) == "广州市推进<mark>垃圾</mark>分类"
    assert (
        snippet("广州市推进垃圾分类", query_tokens("垃圾分类")) == "广州市推进<mark>垃圾分类</mark>"
    )


def test_a_snippet_is_a_window_around_the_first_match():
    text = "lorem " * 200 + "the flood plan " + "ipsum " * 200
    html = snippet(text, ["flood"])
    assert html.startswith("…") and html.endswith("…")
    assert "<mark>flood</mark>" in html
    assert len(html) < 300
    assert snippet(text, ["absent"]) is None


def test_a_snippet_starts_at_the_first_token_starting_at_most_before_characters_ahead():
    # "ab" starts at 0, 3, 6 ... and the match at 150: 90 is exactly 60 characters before.
    assert snippet("ab " * 50 + "flood", ["flood"]) == "…" + "ab " * 20 + "<mark>flood</mark>"
    # In an unspaced run every character starts a token (a unigram and a bigram).
    assert (
        snippet("市" * 100 + "垃圾", ["垃圾"], before=20) == "…" + "市" * 20 + "<mark>垃圾</mark>"
    )
    # ... of the last LEAD_TOKENS tokens: 32 characters of a run, two tokens each.
    assert snippet("市" * 100 + "垃圾", ["垃圾"]) == "…" + "市" * 32 + "<mark>垃圾</mark>"


def test_snippets_and_highlights_are_the_same_as_from_tokenising_the_whole_text(monkeypatch):
    """Snippets skip the pieces of text well before the first match, highlights the pieces
    without a match, and both the texts in ASCII that cannot match, and search the others
    in ASCII with regular expressions; on long mixed texts both are exactly those found by
    tokenising every character from the start."""
    import importlib
    import random

    from kota.lib.search.analyzer import iter_tokens

    module = importlib.import_module("kota.lib.search.highlight")

    rng = random.Random(7)
    words = ["banjir", "flood", "Flood,", "垃圾分类", "广州市推进", "น้ำท่วม", "เมือง", "ĐÀ", "x"]
    separators = [" ", ", ", "。", "\n", " — ", "！"]
    cases = []
    for _ in range(300):
        text = "".join(
            rng.choice(words) + rng.choice(separators) for _ in range(rng.randint(1, 120))
        )
        cases.append((text, query_tokens(rng.choice(["flood", "垃圾", "น้ำ", "đà", "x banjir"]))))
    ascii_words = ["banjir", "Flood,", "floods", "CLIMATE", "climates", "x", "resilience."]
    for _ in range(200):  # in ASCII only, where a text that cannot match is not read
        text = " ".join(rng.choice(ascii_words) for _ in range(rng.randint(1, 60)))
        cases.append((text, query_tokens(rng.choice(["flood", "climate", "x banjir", "垃圾"]))))
    ascii_pieces = ["Flood", "FLOODS", "flood_2020", "x", "A1b2", "co-op", "(banjir)", "3.5"]
    ascii_pieces += ["a" * 70, "flood" * 13, "\tflood\n", "don't", "e.g.", "Flood!", "..."]
    for _ in range(300):  # ASCII searched by regular expressions, matches at any distance
        text = "".join(
            rng.choice(ascii_pieces) + rng.choice([" ", "", "-", ", ", "  ", "_"])
            for _ in range(rng.randint(1, 80))
        )
        query = rng.choice(["flood", "x", "a1b2 banjir", "op co", "2020", "5", "a" * 70])
        cases.append((text, query_tokens(query)))
    unspaced = ["垃圾分类", "广州市推进", "น้ำท่วม", "เมือง"]
    for _ in range(50):  # runs longer than the pieces the analyzer caches
        text = "".join(rng.choice(unspaced) for _ in range(rng.randint(40, 120)))
        cases.append((text + "。" + text[:30], query_tokens(rng.choice(["垃圾", "น้ำ", "市推"]))))
    found = [snippet(text, tokens) for text, tokens in cases]
    marked = [highlight(text, tokens) for text, tokens in cases]
    whole = lambda text, wanted: iter_tokens(text)  # noqa: E731
    monkeypatch.setattr(
        module,
        "_pieces_window",
        lambda text, wanted, before: module._window(whole(text, wanted), wanted),
    )
    monkeypatch.setattr(module, "_tokens_of_matching_pieces", whole)
    monkeypatch.setattr(module, "_cannot_match", lambda text, wanted: False)
    monkeypatch.setattr(module, "_located_matches", lambda text, wanted, before=None: None)
    assert found == [snippet(text, tokens) for text, tokens in cases]
    assert marked == [highlight(text, tokens) for text, tokens in cases]
    assert sum(1 for s in found if s) > 450  # most of them match somewhere
    assert sum(1 for html in marked if "<mark>" in html) == sum(1 for s in found if s)


def test_plain_runs_give_the_tokens_of_normalising_every_character(monkeypatch):
    """Runs without marks or anything to normalise skip the per-character work; the tokens,
    offsets included, are those of the general path, in documents and queries alike."""
    from kota.lib.search import analyzer

    texts = [
        "广州市垃圾分类，減少廢棄物。",
        "서울특별시 교통 가각",  # Hangul syllables, and Jamo that NFKC composes
        "ﾃﾞｰﾀとデータ、ｶﾀｶﾅ",  # half-width Katakana with sound marks
        "การคัดแยกขยะ ໂຮງຮຽນ",  # Thai and Lao, with marks
        "㍻平成 ＡＢＣ全角 ⅧⅨ Σσς",  # compatibility forms and case
        "豈更車 𠀀𠀁 々〆〇",  # compatibility ideographs, extension B, iteration marks
    ]
    fast = {(t, q): list(analyzer.iter_tokens(t, query=q)) for t in texts for q in (False, True)}
    monkeypatch.setattr(analyzer, "_is_plain", lambda run: False)
    for (text, query), tokens in fast.items():
        assert tokens == list(analyzer.iter_tokens(text, query=query)), text


def test_one_character_of_an_unspaced_script_with_its_marks_is_a_character():
    assert is_character("垃") and is_character("ที่") and is_character("가")
    assert not is_character("垃圾") and not is_character("ที่ไ")
    assert not is_character("a") and not is_character("7") and not is_character("")
