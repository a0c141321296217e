"""The demo knowledge hub's content, read from kota/demo/data/knowledge/: the phrase pools of
each language (<lang>.yaml), the topics (topics.yaml) and the languages with their countries
(languages.yaml); and `render`, which writes an item's plan out in a language."""

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from kota.knowledge.models import KnowledgeItem

Kind = KnowledgeItem.Kind
DATA = Path(__file__).resolve().parent.parent / "data" / "knowledge"
PRACTICE_KINDS = {Kind.GOOD_PRACTICE, Kind.CASE_STUDY, Kind.DECENTRALISATION, Kind.COVID19}


def read(name):
    with (DATA / name).open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@dataclass(frozen=True)
class Topic:
    sdgs: tuple  # the first is always tagged
    areas: tuple  # the first is always tagged
    activities: tuple  # codes of Manifesto activities
    kinds: dict  # kind: weight
    ranges: tuple  # (low, high) of the number in each of the topic's three results
    years: tuple = (2015, None)  # when its practices start (None: up to today)


TOPICS = {
    name: Topic(
        sdgs=tuple(spec["sdgs"]),
        areas=tuple(spec["core_areas"]),
        activities=tuple(str(code) for code in spec["activities"]),
        kinds={Kind(kind): weight for kind, weight in spec["kinds"].items()},
        ranges=tuple(tuple(pair) for pair in spec["ranges"]),
        years=tuple(spec["years"]),
    )
    for name, spec in read("topics.yaml").items()
}
LANGUAGES = read("languages.yaml")
# Share of each language (percent of items), and the countries whose members write in it.
# English is written by members of every country.
SHARES = {lang: spec["share"] for lang, spec in LANGUAGES.items()}
HOME = {lang: set(spec["countries"]) for lang, spec in LANGUAGES.items() if spec["countries"]}
HOME_LANGUAGE = {country: lang for lang, countries in HOME.items() for country in countries}
# Topics some languages write about more often (they come up twice in that language's deck).
FAVOURITES = {
    lang: tuple(spec["favourite_topics"])
    for lang, spec in LANGUAGES.items()
    if spec["favourite_topics"]
}
# Scripts a member's local name must be written in to appear in an item in that language.
SCRIPTS = {lang: tuple(spec["scripts"]) for lang, spec in LANGUAGES.items() if spec["scripts"]}
# Every language has the same keys, and each list the same length in the same order: a plan's
# index picks the same meaning in every language.
TEXTS = {lang: read(f"{lang}.yaml") for lang in LANGUAGES if (DATA / f"{lang}.yaml").exists()}


# Writing a plan in a language -------------------------------------------------------------


def render(plan, lang, country_name, only_title=False):
    """The text fields of `plan` written in `lang`."""
    text = TEXTS[lang]
    topic = text["topics"][plan.topic]
    lead = plan.members[0]
    subject = topic["subject"][plan.subject]
    goal = topic["goal"][plan.goal]
    values = {
        "place": place_name(lead, lang),
        "country": country_name(lead.country_id, lang),
        "subject": subject,
        "subject_lc": _lower(subject, lang),
        "goal": goal,
        "goal_obl": _oblique(goal, lang),
        "context": topic["context"],
        "n": _number(plan.cities, lang),
    }
    patterns = text["titles"][plan.kind]
    title = _finish(patterns[plan.title % len(patterns)].format(**values), lang)
    if only_title:
        return title
    results = [topic["result"][i].format(n=_number(plan.numbers[i], lang)) for i in plan.results]
    values["result"] = results[0]
    join = text["join"]
    fields = {"title": title[:300]}
    if plan.kind in PRACTICE_KINDS:
        fields["summary"] = _pick(text["summary"], plan.summary).format(**values)
        lower = _lower if text["lower_after_connector"] else lambda phrase, _lang: phrase
        steps = [lower(topic["measure"][i], lang) for i in plan.measures]
        lead_text = text["leads"][plan.lead].format(**values)
        fields["body"] = text["body"].format(
            context=topic["context"], lead=lead_text, r0=results[0], r1=results[1]
        )
        fields["objectives"] = text["objectives"].format(
            goal=goal, goal2=text["goals"][plan.generic_goal]
        )
        fields["implementation"] = text["implementation"].format(
            m0=steps[0], m1=steps[1], m2=steps[2]
        )
        fields["results"] = join.join(results)
        fields["challenges"] = join.join([topic["challenge"], text["challenges"][plan.challenge]])
        factors = [text["factors"][i] for i in plan.factors]
        fields["success_factors"] = text["success"].format(a=factors[0], b=factors[1], c=factors[2])
        fields["replicability"] = text["replicability"][plan.replicability].format(**values)
        fields["partners"] = text["sep"].join(text["partners"][i] for i in plan.partners)
        fields["resources"] = text["resources"].format(
            budget=_number(plan.budget, lang),
            months=_number(plan.months, lang),
            staff=_number(plan.staff, lang),
        )
    elif plan.kind == Kind.PUBLICATION:
        fields["summary"] = _pick(text["summary_pub"], plan.summary).format(**values)
        fields["body"] = text["body_pub"].format(**values)
    elif plan.kind == Kind.GUIDELINE:
        fields["summary"] = _pick(text["summary_guide"], plan.summary).format(**values)
        steps = [topic["measure"][i] for i in plan.measures]
        fields["body"] = text["body_guide"].format(m0=steps[0], m1=steps[1], m2=steps[2], **values)
    else:
        fields["summary"] = _pick(text["summary_web"], plan.summary).format(**values)
        speakers = [
            text["roles"][role].format(name=name, place=place_name(member, lang))
            for name, member, role in plan.speakers
        ]
        fields["body"] = text["body_web"].format(s0=speakers[0], s1=speakers[1], **values)
    # Places are real, the rest is invented: every item says so first.
    fields["body"] = f"*{text['fiction']}*\n\n{fields['body']}"
    return {name: _finish(value, lang) for name, value in fields.items()}


def place_name(member, lang):
    """The member's name as an item in `lang` writes it: its local name when that is in the
    language's script, else its official name."""
    local = member.local_name
    if lang != "en" and local and _script(local) in SCRIPTS.get(lang, ()):
        return local
    return member.name


def _script(text):
    for ch in text:
        if unicodedata.category(ch).startswith("L"):
            return unicodedata.name(ch, "").split(" ")[0]
    return ""


def _pick(options, index):
    return options[index % len(options)]


def _lower(phrase, lang):
    """`phrase` with a lower-case first letter in a cased language, unless it starts with an
    acronym ("SDG")."""
    if len(phrase) > 1 and phrase[0].isupper() and not phrase[1].isupper():
        return phrase[0].lower() + phrase[1:]
    return phrase


def _oblique(goal, lang):
    """An infinitive before a postposition: Hindi करना -> करने, Nepali घटाउनु -> घटाउन."""
    if lang == "hi" and goal.endswith("ना"):
        return goal[:-1] + "े"
    if lang == "ne" and goal.endswith("ु"):
        return goal[:-1]
    return goal


def _number(n, lang):
    return f"{n:,}".replace(",", TEXTS[lang]["thousands"])


def round_figure(n):
    """Two significant figures past 100, as people report numbers."""
    if n < 100:
        return n
    unit = 10 ** (len(str(n)) - 2)
    return round(n / unit) * unit


# Korean particles that depend on whether the word before ends in a consonant.
JOSA = {
    "을(를)": ("을", "를"),
    "은(는)": ("은", "는"),
    "이(가)": ("이", "가"),
    "과(와)": ("과", "와"),
}
JOSA_RE = re.compile(r"(\S)(을\(를\)|은\(는\)|이\(가\)|과\(와\))")
DIGIT_HAS_FINAL = set("013678")


def _finish(text, lang):
    if lang == "ko":
        text = JOSA_RE.sub(_josa, text)
    return text.strip()


def _josa(match):
    before, marker = match.groups()
    code = ord(before) - 0xAC00  # Hangul syllables: 28 final consonants (or none) each
    final = code % 28 != 0 if 0 <= code < 11172 else before in DIGIT_HAS_FINAL
    with_final, without = JOSA[marker]
    return before + (with_final if final else without)
