# ruff: noqa: E501 - the texts below are prose in ten languages, one phrase per line
"""The demo network's knowledge hub: good practices, case studies, decentralisation experiences,
COVID-19 responses, publications, guidelines and webinars written by the demo members in the
languages they work in. Deterministic for a given random generator (and day: dates run up to
today).

Every item is first drawn as a `_Plan`, language-neutral: a topic, a kind, its members and the
index of each phrase it uses in that topic's pools. The plan is then written out in a language
from TEXTS, where every language has the same pools in the same order, written natively; so a
translation of an item is the same plan written in another language.

Items and their many-to-many rows are written with bulk_create in batches, and the search index
is rebuilt once at the end (indexing.rebuild, what `rebuild_search_index` runs). At the small
scale each item also gets its history record and review steps; the large scale is benchmark
data and has neither.
"""

import datetime
import re
import unicodedata
from dataclasses import dataclass

from django.db import transaction
from django.db.models.functions import Coalesce
from django.utils import timezone, translation
from django.utils.text import slugify

from kota.core.models import Country
from kota.demo.members import person_name
from kota.knowledge import indexing
from kota.knowledge.models import KnowledgeItem, ReviewEvent
from kota.members.models import FocalPoint, Sex
from kota.results.models import Activity

Kind = KnowledgeItem.Kind
Status = KnowledgeItem.Status

SCALES = {"small": 300, "large": 100_000}
BATCH = 2_000  # plans drawn, written and linked at a time
PLAN = "manifesto-2021-2025"
HUB_OPENED = datetime.date(2019, 1, 1)  # nothing is published before

# Share of each language (percent of items), and the countries whose members write in it.
# English is written by members of every country.
SHARES = {
    "en": 32,
    "id": 14,
    "zh-Hans": 9,
    "tl": 7,
    "ko": 6,
    "ja": 6,
    "th": 6,
    "vi": 6,
    "hi": 5,
    "ne": 5,
}
HOME = {
    "id": {"ID"},
    "zh-Hans": {"CN"},
    "ko": {"KR"},
    "ja": {"JP"},
    "th": {"TH"},
    "vi": {"VN"},
    "hi": {"IN"},
    "tl": {"PH"},
    "ne": {"NP"},
}
HOME_LANGUAGE = {country: lang for lang, countries in HOME.items() for country in countries}
# Topics some languages write about more often (they come up twice in that language's deck).
FAVOURITES = {
    "id": ("flood", "waste"),
    "zh-Hans": ("waste", "mobility"),
    "th": ("waste", "flood"),
    "ja": ("flood",),
    "ko": ("pb",),
    "vi": ("flood",),
    "tl": ("flood",),
    "ne": ("decentral",),
}
# Scripts a member's local name must be written in to appear in an item in that language.
SCRIPTS = {
    "zh-Hans": ("CJK",),
    "ja": ("CJK", "HIRAGANA", "KATAKANA"),
    "ko": ("HANGUL",),
    "th": ("THAI",),
    "hi": ("DEVANAGARI",),
    "ne": ("DEVANAGARI",),
    "id": ("LATIN",),
    "vi": ("LATIN",),
    "tl": ("LATIN",),
}
PRACTICE_KINDS = {Kind.GOOD_PRACTICE, Kind.CASE_STUDY, Kind.DECENTRALISATION, Kind.COVID19}
RETURN_REASONS = [
    "Please add the budget and the number of staff involved, and say who the partners were.",
    "The results need numbers: how many households or residents benefited, and by when?",
    "Please shorten the summary to two or three sentences and add the period of implementation.",
    "Could you add a contact person, and a report or photos we can attach?",
]
COMMENTS = [
    "Thank you, this is a strong practice. We are checking the figures with the programme "
    "team before publishing.",
    "Received with thanks. Could you confirm the years of implementation?",
]


@dataclass(frozen=True)
class Topic:
    sdgs: tuple  # the first is always tagged
    areas: tuple  # the first is always tagged
    activities: tuple  # codes of Manifesto activities
    kinds: dict  # kind: weight
    ranges: tuple  # (low, high) of the number in each of the topic's three results
    years: tuple = (2015, None)  # when its practices start (None: up to today)


TOPICS = {
    "waste": Topic(
        (12, 11, 13, 6),
        ("sdgs-localisation", "climate-drr"),
        ("2.1.1", "2.1.4", "3.2.1d", "3.3.1a"),
        {
            Kind.GOOD_PRACTICE: 6,
            Kind.CASE_STUDY: 3,
            Kind.COVID19: 1,
            Kind.PUBLICATION: 2,
            Kind.GUIDELINE: 2,
            Kind.WEBINAR: 2,
        },
        ((15, 45), (3_000, 60_000), (200, 5_000)),
    ),
    "flood": Topic(
        (13, 11, 1),
        ("climate-drr", "sdgs-localisation"),
        ("2.2.1", "2.2.2", "2.3.1", "3.2.1c"),
        {
            Kind.GOOD_PRACTICE: 6,
            Kind.CASE_STUDY: 3,
            Kind.PUBLICATION: 2,
            Kind.GUIDELINE: 2,
            Kind.WEBINAR: 2,
        },
        ((60, 240), (1_000, 25_000), (2, 9)),
    ),
    "pb": Topic(
        (16, 11, 10, 5),
        ("sdgs-localisation",),
        ("1.3.2", "1.3.1", "1.1.3"),
        {
            Kind.GOOD_PRACTICE: 5,
            Kind.CASE_STUDY: 3,
            Kind.DECENTRALISATION: 2,
            Kind.PUBLICATION: 2,
            Kind.GUIDELINE: 2,
            Kind.WEBINAR: 2,
        },
        ((2_000, 90_000), (20, 400), (38, 62)),
    ),
    "women": Topic(
        (5, 16, 10),
        ("sdgs-localisation",),
        ("1.4.1", "1.4.2", "1.5.2", "1.6.1", "1.3.2"),
        {
            Kind.GOOD_PRACTICE: 4,
            Kind.CASE_STUDY: 3,
            Kind.DECENTRALISATION: 1,
            Kind.PUBLICATION: 2,
            Kind.GUIDELINE: 2,
            Kind.WEBINAR: 3,
        },
        ((40, 600), (22, 48), (5, 60)),
    ),
    "covid": Topic(
        (3, 17, 10),
        ("climate-drr", "sdgs-localisation"),
        ("5.1.1", "5.1.2", "5.3.1", "5.3.2", "5.2.3"),
        {
            Kind.COVID19: 8,
            Kind.GOOD_PRACTICE: 2,
            Kind.CASE_STUDY: 2,
            Kind.PUBLICATION: 1,
            Kind.GUIDELINE: 1,
            Kind.WEBINAR: 2,
        },
        ((62, 94), (5_000, 150_000), (1, 4)),
        years=(2021, 2022),
    ),
    "mobility": Topic(
        (11, 3, 13, 7),
        ("sustainable-mobility", "climate-drr"),
        ("5.2.5", "2.1.2", "2.3.4", "3.2.1b"),
        {
            Kind.GOOD_PRACTICE: 6,
            Kind.CASE_STUDY: 3,
            Kind.COVID19: 1,
            Kind.PUBLICATION: 2,
            Kind.GUIDELINE: 1,
            Kind.WEBINAR: 2,
        },
        ((12, 60), (8, 180), (15, 55)),
    ),
    "tourism": Topic(
        (8, 11, 12),
        ("tourism-culture", "local-economic-development"),
        ("5.4.3", "2.1.2", "4.1.2", "3.1.3"),
        {
            Kind.GOOD_PRACTICE: 5,
            Kind.CASE_STUDY: 3,
            Kind.COVID19: 1,
            Kind.PUBLICATION: 2,
            Kind.GUIDELINE: 1,
            Kind.WEBINAR: 2,
        },
        ((12, 300), (30, 900), (2, 4)),
    ),
    "led": Topic(
        (8, 1, 9, 10),
        ("local-economic-development", "sdgs-localisation"),
        ("5.4.1", "5.4.2", "5.2.2", "1.1.3"),
        {
            Kind.GOOD_PRACTICE: 5,
            Kind.CASE_STUDY: 3,
            Kind.COVID19: 2,
            Kind.DECENTRALISATION: 1,
            Kind.PUBLICATION: 2,
            Kind.GUIDELINE: 2,
            Kind.WEBINAR: 2,
        },
        ((300, 12_000), (100, 5_000), (10, 70)),
    ),
    "vlr": Topic(
        (17, 11, 16),
        ("sdgs-localisation",),
        ("3.1.1", "3.1.2", "3.1.3", "3.3.1d", "3.3.1c"),
        {
            Kind.GOOD_PRACTICE: 3,
            Kind.CASE_STUDY: 3,
            Kind.DECENTRALISATION: 1,
            Kind.PUBLICATION: 3,
            Kind.GUIDELINE: 3,
            Kind.WEBINAR: 3,
        },
        ((25, 180), (40, 95), (20, 400)),
        years=(2018, None),
    ),
    "decentral": Topic(
        (16, 17, 11),
        ("sdgs-localisation", "local-economic-development"),
        ("1.1.1", "1.1.2", "1.1.3", "1.2.1", "1.2.2"),
        {
            Kind.DECENTRALISATION: 8,
            Kind.CASE_STUDY: 2,
            Kind.PUBLICATION: 3,
            Kind.GUIDELINE: 2,
            Kind.WEBINAR: 2,
        },
        ((10, 80), (50, 2_000), (45, 95)),
    ),
}


@dataclass
class _Plan:
    """One item before it is written in a language: indices into the phrase pools."""

    topic: str
    kind: str
    members: list
    title: int
    subject: int
    summary: int
    goal: int
    generic_goal: int
    measures: tuple
    results: tuple  # the topic's results, in the order told
    numbers: tuple  # the number in each of the topic's results
    challenge: int
    factors: tuple
    partners: tuple
    replicability: int
    lead: int
    budget: int
    months: int
    staff: int
    cities: int
    speakers: tuple  # (name, member, role) twice


def build_knowledge(rng, *, scale, members, secretariat):
    """Publish the knowledge of `members`: about 300 items at the "small" scale, 100,000 at
    "large", a few of them translations of others and a few still drafts, submitted or
    returned (the review queue). `secretariat` is the staff user who reviews them. Returns the
    number of items created."""
    members = list(members)
    if not members:
        return 0
    builder = _Builder(rng, members, secretariat, detailed=scale == "small")
    with transaction.atomic():
        created = builder.build(SCALES[scale])
        indexing.rebuild(bulk=True)
    return created


class _Builder:
    def __init__(self, rng, members, secretariat, detailed):
        self.rng = rng
        self.members = members
        self.secretariat = secretariat
        self.detailed = detailed
        self.today = timezone.localdate()
        self.countries = Country.objects.in_bulk({m.country_id for m in members})
        self.by_country = {}
        for member in members:
            self.by_country.setdefault(member.country_id, []).append(member)
        ids = [m.pk for m in members]
        self.contacts, self.users = {}, {}
        for n in range(0, len(ids), 5_000):
            for focal in FocalPoint.objects.filter(member_id__in=ids[n : n + 5_000]).order_by(
                "-is_primary", "pk"
            ):
                self.contacts.setdefault(focal.member_id, focal)
                if focal.user_id is not None:
                    self.users.setdefault(focal.member_id, focal.user)
        self.with_users = [m for m in members if m.pk in self.users]
        self.activities = dict(
            Activity.objects.filter(strategy__goal__plan__slug=PLAN).values_list("code", "pk")
        )
        self.decks = {}
        self.titles = set()
        self.country_names = {}

    # Drawing plans -------------------------------------------------------------------------

    def languages(self, count):
        """`count` languages in a shuffled order, in proportion to SHARES among the languages
        that some member writes in."""
        shares = {
            lang: share
            for lang, share in SHARES.items()
            if lang in TEXTS and (lang == "en" or HOME[lang] & self.by_country.keys())
        }
        total = sum(shares.values())
        quotas = {lang: count * share // total for lang, share in shares.items()}
        quotas["en"] += count - sum(quotas.values())
        order = [lang for lang, quota in quotas.items() for _n in range(quota)]
        self.rng.shuffle(order)
        return order

    def next_topic(self, lang):
        """Topics come in a shuffled deck per language, so each language covers them all."""
        deck = self.decks.setdefault(lang, [])
        if not deck:
            deck += list(TOPICS) + list(FAVOURITES.get(lang, ()))
            self.rng.shuffle(deck)
        return deck.pop()

    def authors(self, lang, wants_user):
        rng = self.rng
        if wants_user and self.with_users and rng.random() < 0.6:
            lead = rng.choice(self.with_users)
            home = HOME_LANGUAGE.get(lead.country_id)
            lang = home if home in TEXTS and rng.random() < 0.6 else "en"
        elif lang == "en":
            lead = rng.choice(self.members)
        else:
            pool = [m for code in sorted(HOME[lang]) for m in self.by_country.get(code, [])]
            lead = rng.choice(pool)
        chosen = [lead]
        neighbours = self.by_country[lead.country_id]
        if len(neighbours) > 1 and rng.random() < 0.18:
            chosen.append(rng.choice(neighbours))
        if lang == "en" and rng.random() < 0.08:
            chosen.append(rng.choice(self.members))
        return lang, list(dict.fromkeys(chosen))  # without repeats, lead first

    def plan(self, lang, wants_user=False):
        rng = self.rng
        lang, members = self.authors(lang, wants_user)
        topic = self.next_topic(lang)
        spec = TOPICS[topic]
        kinds = list(spec.kinds)
        kind = rng.choices(kinds, weights=[spec.kinds[k] for k in kinds])[0]
        results = rng.sample(range(3), 3)
        other = rng.choice(self.members)
        plan = _Plan(
            topic=topic,
            kind=kind,
            members=members,
            title=rng.randrange(6),
            subject=rng.randrange(3),
            summary=rng.randrange(6),
            goal=rng.randrange(2),
            generic_goal=rng.randrange(4),
            measures=tuple(rng.sample(range(4), 3)),
            results=tuple(results),
            numbers=tuple(_round(rng.randint(low, high)) for low, high in spec.ranges),
            challenge=rng.randrange(4),
            factors=tuple(sorted(rng.sample(range(6), 3))),
            partners=tuple(sorted(rng.sample(range(7), rng.randint(2, 4)))),
            replicability=rng.randrange(3),
            lead=rng.randrange(2),
            budget=_round(int(10 ** rng.uniform(4.3, 6.4))),
            months=rng.choice((6, 9, 12, 18, 24, 30, 36, 48)),
            staff=rng.randint(3, 40),
            cities=rng.randint(6, 40),
            speakers=(
                (self.speaker(members[0]), members[0], 0),
                (self.speaker(other), other, rng.randint(1, 2)),
            ),
        )
        return lang, plan

    def speaker(self, member):
        sex = Sex.FEMALE if self.rng.random() < 0.45 else Sex.MALE
        return person_name(self.rng, member.country_id, sex)

    def dates(self, plan):
        """(period_start, period_end, published on) for `plan`."""
        rng, today = self.rng, self.today
        spec = TOPICS[plan.topic]
        if plan.kind == Kind.WEBINAR:
            first = max(datetime.date(2020, 4, 1), datetime.date(spec.years[0], 1, 1))
            start = _between(rng, first, today - datetime.timedelta(days=10))
            return start, start, min(start + datetime.timedelta(days=rng.randint(1, 14)), today)
        first, last = spec.years
        if plan.kind == Kind.COVID19:
            first, last = 2020, 2022
        first = datetime.date(first, 3 if first == 2020 else 1, 1)
        last = datetime.date(last, 12, 31) if last else today
        start = _between(rng, first, last)
        start = min(start, today - datetime.timedelta(days=120)).replace(day=1)
        end = _add_months(start, plan.months)
        ongoing = plan.kind in PRACTICE_KINDS and rng.random() < 0.3
        if ongoing or end > today:
            end = None
        done = end or start + datetime.timedelta(days=90)
        published = _between(rng, max(done, HUB_OPENED), today)
        return start, end, published

    # Writing items -------------------------------------------------------------------------

    def build(self, count):
        translations = max(count // 100, min(8, count // 20))
        originals = count - translations
        order = self.languages(originals)
        unpublished = self.rng.sample(range(originals), max(15, originals * 5 // 100))
        # Two fifths drafts, two fifths submitted (the review queue), one fifth returned.
        cycle = [Status.DRAFT, Status.SUBMITTED] * 2 + [Status.RETURNED]
        statuses = {position: cycle[n % 5] for n, position in enumerate(unpublished)}
        created = 0
        for start in range(0, originals, BATCH):
            positions = range(start, min(start + BATCH, originals))
            drawn = []
            for position in positions:
                status = statuses.get(position, Status.PUBLISHED)
                lang, plan = self.plan(order[position], wants_user=status != Status.PUBLISHED)
                drawn.append((lang, plan, status))
            items = [self.item(lang, plan, status) for lang, plan, status in drawn]
            KnowledgeItem.objects.bulk_create(items, batch_size=1_000)
            quota = translations * positions.stop // originals - translations * start // originals
            copies = self.translate(list(zip(items, drawn, strict=True)), quota)
            KnowledgeItem.objects.bulk_create(copies, batch_size=1_000)
            chunk = items + copies
            self.link(chunk)
            self.stamp(chunk)
            created += len(chunk)
        return created

    def item(self, lang, plan, status, original=None):
        rng = self.rng
        lead = plan.members[0]
        if original is None:
            self.choose_title(plan, lang)
            start, end, published_on = self.dates(plan)
        else:
            start, end = original.period_start, original.period_end
            published_on = original.published_at.date() + datetime.timedelta(
                days=rng.randint(7, 90)
            )
            published_on = min(published_on, self.today)
        author = self.users.get(lead.pk, self.secretariat)
        fields = render(plan, lang, self.country_name)
        item = KnowledgeItem(
            kind=plan.kind,
            status=status,
            language_id=lang,
            country_id=lead.country_id,
            period_start=start,
            period_end=end,
            created_by=author,
            translation_of=original,
            **fields,
        )
        item.slug = slugify(item.title, allow_unicode=True)[:80].strip("-") or "item"
        contact = self.contacts.get(lead.pk)
        if contact is not None and plan.kind in PRACTICE_KINDS:
            item.contact_name, item.contact_email = contact.name, contact.email
            item.contact_phone = contact.phone[:40]
        if status == Status.PUBLISHED:
            item.published_at = self.moment(published_on)
            item.submitted_at = item.published_at - datetime.timedelta(
                days=rng.randint(2, 30), hours=rng.randint(0, 6)
            )
        elif status != Status.DRAFT:
            waited = rng.randint(1, 45) if status == Status.SUBMITTED else rng.randint(20, 120)
            item.submitted_at = self.moment(self.today - datetime.timedelta(days=waited))
        if item.submitted_at is not None:
            item.submitted_by = author
        moment = item.period_start or item.published_at
        item.year = moment.year if moment else None
        item._plan, item._links = plan, self.tags(plan, original)
        return item

    def choose_title(self, plan, lang):
        """Change the plan's title pattern, then its subject, while its title is taken (at
        the small scale; at the large one titles repeat)."""
        title = render(plan, lang, self.country_name, only_title=True)
        tries = 0
        while (lang, title) in self.titles and tries < 6:
            plan.title, tries = plan.title + 1, tries + 1
            if tries % 2 == 0:
                plan.subject = (plan.subject + 1) % 3
            title = render(plan, lang, self.country_name, only_title=True)
        if len(self.titles) < 20_000:
            self.titles.add((lang, title))

    def translate(self, pairs, quota):
        """Translations of `quota` published practices among `pairs` of (item, drawn)."""
        rng = self.rng
        candidates = [
            (item, plan)
            for item, (_lang, plan, status) in pairs
            if status == Status.PUBLISHED and plan.kind != Kind.WEBINAR
        ]
        copies = []
        for item, plan in rng.sample(candidates, min(len(candidates), quota)):
            if len(copies) >= quota:
                break
            # Into English or the member's own language first, then a widely read one.
            home = HOME_LANGUAGE.get(item.country_id)
            targets = [
                lang
                for lang in dict.fromkeys((home, "en", "zh-Hans", "ja", "id"))
                if lang in TEXTS and lang != item.language_id
            ]
            wanted = 2 if rng.random() < 0.4 else 1
            for lang in targets[: min(wanted, quota - len(copies))]:
                copies.append(self.item(lang, plan, Status.PUBLISHED, original=item))
        return copies

    def tags(self, plan, original):
        if original is not None:
            return original._links
        rng = self.rng
        spec = TOPICS[plan.topic]
        sdgs = [spec.sdgs[0], *rng.sample(spec.sdgs[1:], rng.randint(0, 2))]
        areas = [spec.areas[0]] + (
            [spec.areas[1]] if len(spec.areas) > 1 and rng.random() < 0.4 else []
        )
        codes = [code for code in spec.activities if code in self.activities]
        codes = rng.sample(codes, min(len(codes), rng.choice((1, 1, 2, 3))))
        activities = [self.activities[code] for code in codes]
        return ([m.pk for m in plan.members], sorted(sdgs), areas, activities)

    def link(self, items):
        """The members, SDGs, core areas and activities of `items`, in bulk."""
        for position, name in enumerate(("members", "sdgs", "core_areas", "activities")):
            field = KnowledgeItem._meta.get_field(name)
            through = field.remote_field.through
            own, other = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
            rows = [
                through(**{own: item.pk, other: value})
                for item in items
                for value in item._links[position]
            ]
            through.objects.bulk_create(rows, batch_size=5_000)

    def stamp(self, items):
        """Creation and update times that match the story (auto_now ignores ours on insert),
        and, in a small build, each item's history record and review steps."""
        ids = [item.pk for item in items]
        KnowledgeItem.objects.filter(pk__in=ids).update(
            created_at=Coalesce("submitted_at", "created_at"),
            updated_at=Coalesce("published_at", "submitted_at", "updated_at"),
        )
        if not self.detailed:
            return
        rng = self.rng
        events = []
        for item in items:
            item.created_at = item.submitted_at or item.created_at
            item._history_date, item._history_user = item.created_at, item.created_by
            if item.submitted_at is None:
                continue
            events.append((ReviewEvent.Action.SUBMITTED, item, item.submitted_by, "", 0))
            if item.status == Status.PUBLISHED:
                events.append((ReviewEvent.Action.PUBLISHED, item, self.secretariat, "", None))
            elif item.status == Status.RETURNED:
                reason = rng.choice(RETURN_REASONS)
                days = rng.randint(3, 15)
                events.append((ReviewEvent.Action.RETURNED, item, self.secretariat, reason, days))
            elif rng.random() < 0.4:
                days = rng.randint(0, 1)
                comment = rng.choice(COMMENTS)
                events.append((ReviewEvent.Action.COMMENTED, item, self.secretariat, comment, days))
        KnowledgeItem.history.bulk_history_create(items, default_user=self.secretariat)
        rows = [
            ReviewEvent(item=item, author=author, action=action, text=text)
            for action, item, author, text, _days in events
        ]
        ReviewEvent.objects.bulk_create(rows)
        for row, (_action, item, _author, _text, days) in zip(rows, events, strict=True):
            if days is None:
                row.created_at = item.published_at
            else:
                row.created_at = min(
                    item.submitted_at + datetime.timedelta(days=days), timezone.now()
                )
        ReviewEvent.objects.bulk_update(rows, ["created_at"], batch_size=500)

    def moment(self, day):
        """An office hour of `day` in the site's time zone."""
        hour, minute = self.rng.randint(8, 17), self.rng.randrange(0, 60, 5)
        moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))
        return min(moment, timezone.now())

    def country_name(self, country_id, lang):
        key = (country_id, lang)
        if key not in self.country_names:
            with translation.override(lang.lower()):
                self.country_names[key] = self.countries[country_id].display_name
        return self.country_names[key]


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


def _round(n):
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


def _between(rng, first, last):
    """A day from `first` to `last` (or `last`, if it comes first). Draws once either way, so
    that the day a build runs on changes no later draw."""
    share = rng.random()
    if last <= first:
        return last
    return first + datetime.timedelta(days=int(share * (last - first).days))


def _add_months(day, months):
    month = day.month - 1 + months
    return day.replace(year=day.year + month // 12, month=month % 12 + 1, day=1)


# The texts ---------------------------------------------------------------------------------
# Every language has the same keys, and each list the same length in the same order: a plan's
# index picks the same meaning in every language. Slots: {place} (the lead member), {country},
# {subject} ({subject_lc} mid-sentence), {goal} ({goal_obl} before a postposition), {context},
# {result}, {n} (a number of cities), and the ones named in each template.

TEXTS = {}

TEXTS["en"] = {
    "thousands": ",",
    "join": " ",
    "sep": ", ",
    "lower_after_connector": True,
    "titles": {
        Kind.GOOD_PRACTICE: ["{subject} in {place}", "{place}: {subject_lc}"],
        Kind.CASE_STUDY: ["Case study: {subject_lc} in {place}", "{subject}: lessons from {place}"],
        Kind.DECENTRALISATION: [
            "{subject}: the experience of {place}",
            "Decentralisation in practice: {subject_lc} in {place}",
        ],
        Kind.COVID19: [
            "{subject} during COVID-19 in {place}",
            "COVID-19 response in {place}: {subject_lc}",
        ],
        Kind.PUBLICATION: [
            "{subject} in {country}: a review of local practice",
            "{subject}: lessons from Asia-Pacific cities",
            "{place} report: {subject_lc}",
        ],
        Kind.GUIDELINE: [
            "Guidelines on {subject_lc} for local governments",
            "Training module: {subject_lc}",
            "A practical guide to {subject_lc} from {place}",
        ],
        Kind.WEBINAR: [
            "Webinar: {subject_lc}",
            "Peer-learning webinar: {subject_lc} in {place}",
            "Recording: {place} on {subject_lc}",
        ],
    },
    "summary": [
        "{context} {place} set out to {goal}. {result}",
        "{place} set out to {goal}. {result} This note explains how, and what other members "
        "can take from it.",
        "This practice shows how {place} worked to {goal}. {result}",
    ],
    "summary_pub": [
        "This publication reviews {subject_lc} in the local governments of {country} and the "
        "wider Asia-Pacific region. {context}",
        "A review of {subject_lc} drawing on the experience of {n} member cities and regions, "
        "with recommendations for local and national governments.",
    ],
    "summary_guide": [
        "A step-by-step guide for local government officials on {subject_lc}, with examples "
        "from member cities.",
        "This training module helps local governments plan and deliver {subject_lc}. It can be "
        "used in workshops or for self-study.",
    ],
    "summary_web": [
        "Recording of a UCLG ASPAC webinar in which {place} and other members discussed "
        "{subject_lc}.",
        "Peer-learning session on {subject_lc}: speakers shared what worked, what did not, and "
        "what they would do differently.",
    ],
    "objectives": "The programme set out to {goal} and to {goal2}.",
    "implementation": "First, {m0} Then, {m1} Finally, {m2}",
    "success": "Success rested on {a}, {b} and {c}.",
    "resources": "About USD {budget} over {months} months, with a core team of {staff} staff.",
    "body": "{context}\n\n{lead}\n\n## At a glance\n\n- {r0}\n- {r1}",
    "body_pub": (
        "{context}\n\nThe publication draws on the experience of {n} member cities and regions "
        "in {country} and across Asia-Pacific.\n\n## Contents\n\n1. Why {subject_lc} matters\n"
        "2. Case studies from member cities\n3. Recommendations for local and national "
        "governments"
    ),
    "body_guide": (
        "{context}\n\n## Steps\n\n1. {m0}\n2. {m1}\n3. {m2}\n\nEach step comes with templates, "
        "checklists and examples that officials can adapt to their own context."
    ),
    "body_web": (
        "{context}\n\n## Speakers\n\n- {s0}\n- {s1}\n- Moderator: UCLG ASPAC Secretariat\n\n"
        "The slides and a summary of the questions from participants are available from the "
        "secretariat."
    ),
    "roles": [
        "{name}, Mayor of {place}",
        "{name}, Head of Planning, {place}",
        "{name}, International Relations Officer, {place}",
    ],
    "leads": [
        "{place} documented this experience with the support of the UCLG ASPAC secretariat, "
        "so that other members can adapt it.",
        "The programme builds on national policy in {country} and on exchanges with other "
        "members of the network.",
    ],
    "goals": [
        "involve residents at every step",
        "reach the poorest households first",
        "build the skills of municipal staff",
        "use local data to target the effort",
    ],
    "challenges": [
        "Staff turnover after the local elections slowed the work for several months.",
        "The budget was tight, and co-financing from partners arrived later than planned.",
        "Coordination between departments took time to set up.",
        "Reliable baseline data was missing at the start.",
    ],
    "factors": [
        "the personal commitment of the mayor",
        "a dedicated team with a clear mandate",
        "regular, honest communication with residents",
        "partnership with a local university for data and evaluation",
        "a budget line secured in the regular annual plan",
        "peer learning with other members of the network",
    ],
    "replicability": [
        "The approach can be adapted by local governments of any size; what it needs most is a "
        "small dedicated team and the support of the mayor.",
        "Several members have already visited to learn from the programme, and {place} is "
        "ready to share its documents and tools.",
        "Most elements cost little and can be replicated step by step, starting with one pilot "
        "neighbourhood.",
    ],
    "partners": [
        "UCLG ASPAC",
        "UN-Habitat",
        "UNDP",
        "Asian Development Bank",
        "National ministry for local government",
        "Local university",
        "Community organisations and NGOs",
    ],
    "topics": {
        "waste": {
            "subject": [
                "Community waste banks",
                "Sorting household waste at source",
                "Turning market waste into compost",
            ],
            "context": "Landfill space is running out, and collection trucks cannot keep up with "
            "the household waste of a growing population.",
            "goal": [
                "cut the household waste sent to landfill",
                "create income for residents from recycling",
            ],
            "measure": [
                "A waste bank was opened in every neighbourhood, where residents deposit sorted "
                "plastics, paper and metal and are credited in a savings book.",
                "Households received two bins and a collection calendar, and volunteers "
                "explained sorting door to door.",
                "Organic waste from the main markets goes to a composting centre run with a "
                "farmers' cooperative.",
                "Informal waste pickers were registered, equipped and paid a fee for each tonne "
                "they recover.",
            ],
            "result": [
                "Waste sent to landfill fell by {n}% within two years.",
                "{n} households now sort their waste every week.",
                "The waste banks handled {n} tonnes of recyclables last year.",
            ],
            "challenge": "Sorting habits slipped whenever collection was irregular: residents "
            "need to see that sorted waste really stays separate.",
        },
        "flood": {
            "subject": [
                "A community flood early warning system",
                "River-level sensors and SMS flood alerts",
                "Flood evacuation planning with neighbourhoods at risk",
            ],
            "context": "Monsoon rains flood low-lying neighbourhoods almost every year, and "
            "warnings used to come too late to move people and belongings.",
            "goal": [
                "warn every household at risk of flooding at least three hours ahead",
                "reduce the loss of lives and property in flood-prone neighbourhoods",
            ],
            "measure": [
                "Water-level sensors were installed at upstream bridges and linked to the "
                "city's command centre.",
                "Alerts go out by SMS, messaging apps and mosque and temple loudspeakers when "
                "the river passes agreed levels.",
                "Each flood-prone neighbourhood mapped its evacuation routes and named "
                "volunteers to help older and disabled residents.",
                "Drills are held before every rainy season with schools, health centres and the "
                "disaster management agency.",
            ],
            "result": [
                "Flood warnings now reach residents {n} minutes earlier on average.",
                "{n} residents took part in evacuation drills last season.",
                "No lives were lost in the last {n} floods.",
            ],
            "challenge": "Sensors were damaged by debris and vandalism, and their maintenance "
            "budget is easy to cut in a dry year.",
        },
        "pb": {
            "subject": [
                "Participatory budgeting in every district",
                "Online voting on neighbourhood projects",
                "Participatory budgeting with women and young people",
            ],
            "context": "Residents felt that the budget was decided far away from them, and "
            "few came to planning meetings.",
            "goal": [
                "let residents decide directly on part of the capital budget",
                "make spending decisions transparent and accountable",
            ],
            "measure": [
                "A share of the annual capital budget was set aside for projects proposed and "
                "chosen by residents.",
                "Neighbourhood assemblies collected proposals, which municipal engineers "
                "checked for cost and feasibility.",
                "Residents voted on the shortlisted projects at polling booths and on a mobile "
                "app.",
                "A public dashboard follows each chosen project from tender to completion.",
            ],
            "result": [
                "{n} residents voted in the last participatory budgeting cycle.",
                "{n} projects chosen by residents have been completed.",
                "Women made up {n}% of the participants in neighbourhood assemblies.",
            ],
            "challenge": "Some projects took longer than a budget year, and trust suffered when "
            "results were slow to appear.",
        },
        "women": {
            "subject": [
                "Mentoring women councillors",
                "A women's leadership academy for local officials",
                "Gender-responsive planning and budgeting",
            ],
            "context": "Women remain a small minority of mayors, councillors and senior "
            "officials, and their priorities are often missing from local plans.",
            "goal": [
                "increase the number of women in elected and senior positions",
                "build the skills and networks of women leaders in local government",
            ],
            "measure": [
                "Newly elected women councillors were paired with experienced mentors for "
                "their first year.",
                "A six-month leadership course covered public speaking, budgeting and negotiation.",
                "Every department now reviews its budget for its effects on women and men.",
                "Childcare is provided during council meetings and training sessions.",
            ],
            "result": [
                "{n} women completed the leadership course.",
                "The share of women in senior municipal positions rose to {n}%.",
                "{n} gender-responsive budget proposals were adopted by the council.",
            ],
            "challenge": "Social expectations and the burden of care work still keep many women "
            "from standing for office.",
        },
        "covid": {
            "subject": [
                "Vaccine cold-chain logistics",
                "Mobile vaccination teams for remote villages",
                "Registering and reminding residents for vaccination",
            ],
            "context": "When COVID-19 vaccines arrived, every adult had to be reached quickly, "
            "including people in remote villages and informal settlements.",
            "goal": [
                "vaccinate every eligible resident quickly and fairly",
                "keep vaccines safe from delivery to injection",
            ],
            "measure": [
                "Freezers and temperature loggers were installed in district health centres, "
                "each with a backup generator.",
                "Mobile teams travelled by boat and motorbike to villages far from health centres.",
                "Residents registered online or through village heads, and received SMS "
                "reminders for their second dose.",
                "Sports halls and schools became vaccination centres open in the evenings and "
                "at weekends.",
            ],
            "result": [
                "{n}% of adults received two doses within the first year.",
                "Mobile teams gave {n} doses in remote villages.",
                "Vaccine wastage was kept below {n}%.",
            ],
            "challenge": "Misinformation on social media slowed uptake, and health workers were "
            "exhausted after months of emergency duty.",
        },
        "mobility": {
            "subject": [
                "Protected cycle lanes and safer streets",
                "An integrated bus rapid transit network",
                "Car-free days and a walkable city centre",
            ],
            "context": "Traffic congestion and air pollution were getting worse, and most "
            "residents had no safe alternative to motorcycles and cars.",
            "goal": [
                "make walking, cycling and public transport the easiest way to get around",
                "reduce road deaths and air pollution",
            ],
            "measure": [
                "Protected cycle lanes were built along the main corridors, linked to stations "
                "and schools.",
                "Bus routes were redesigned around dedicated lanes, with one ticket valid "
                "across all operators.",
                "The main avenue is closed to cars every Sunday morning for walking, cycling and "
                "play.",
                "Speed limits were lowered to 30 km/h around schools and markets.",
            ],
            "result": [
                "Daily public transport trips grew by {n}%.",
                "{n} kilometres of protected cycle lanes are now in use.",
                "Road deaths fell by {n}% in the redesigned corridors.",
            ],
            "challenge": "Shopkeepers feared losing customers when parking was removed, until "
            "counts showed more people passing on foot.",
        },
        "tourism": {
            "subject": [
                "Reviving the historic old town",
                "Community-based tourism in heritage villages",
                "Keeping intangible heritage alive through local festivals",
            ],
            "context": "Historic buildings were falling into disrepair, while tourism brought "
            "crowds to a few sites and little income to residents.",
            "goal": [
                "conserve the city's heritage while keeping it a living place",
                "spread the income from tourism to local families and small businesses",
            ],
            "measure": [
                "An inventory of heritage buildings was made, and owners received small grants "
                "to restore facades.",
                "Homestays run by local families were trained and listed on a joint booking "
                "platform.",
                "Traditional crafts and performances are taught to young people in a community "
                "heritage centre.",
                "Visitor numbers at the busiest sites are managed with timed tickets.",
            ],
            "result": [
                "{n} heritage buildings have been restored.",
                "Income from homestays now reaches {n} families.",
                "Visitors stay {n} nights on average, up from one.",
            ],
            "challenge": "Balancing the needs of residents and visitors remains difficult, "
            "especially in the festival season.",
        },
        "led": {
            "subject": [
                "A one-stop service for small businesses",
                "Support for street vendors and informal workers",
                "Local products on digital marketplaces",
            ],
            "context": "Most jobs in the city are in micro and small enterprises, many of them "
            "informal, with little access to credit or new markets.",
            "goal": [
                "help micro and small enterprises grow and create decent jobs",
                "bring informal businesses into the local economy and its safety nets",
            ],
            "measure": [
                "A one-stop office now issues business licences within three days.",
                "Street vendors were given registered spaces with water, lighting and waste "
                "collection.",
                "Local producers were trained in packaging, branding and selling online.",
                "A guarantee fund with local banks offers small loans without collateral.",
            ],
            "result": [
                "{n} new businesses were registered in the first year.",
                "{n} small loans were granted through the guarantee fund.",
                "Sales of participating producers rose by {n}% on average.",
            ],
            "challenge": "Many informal businesses fear that registration brings taxes and "
            "inspections, so trust has to be built step by step.",
        },
        "vlr": {
            "subject": [
                "A voluntary local review of the SDGs",
                "Aligning the local development plan with the SDGs",
                "Local SDG indicators and open data",
            ],
            "context": "National SDG reports said little about what cities do, and local plans "
            "did not show how they contribute to the 2030 Agenda.",
            "goal": [
                "report on local progress towards the SDGs in a voluntary local review",
                "align local plans and budgets with the 2030 Agenda",
            ],
            "measure": [
                "Each goal of the local development plan was mapped to the SDG targets it serves.",
                "A set of local indicators was agreed with the statistics office and published "
                "as open data.",
                "Residents, universities and businesses commented on the draft review in public "
                "consultations.",
                "The review was presented at the High-Level Political Forum alongside the "
                "national report.",
            ],
            "result": [
                "{n} local SDG indicators are now tracked every year.",
                "{n}% of the local budget is tagged to SDG targets.",
                "{n} organisations took part in the consultations.",
            ],
            "challenge": "Data for many SDG targets did not exist at city level, and collecting "
            "it took longer than planned.",
        },
        "decentral": {
            "subject": [
                "Putting a new local government law into practice",
                "Fiscal transfers and own-source revenue",
                "Building municipal capacity after decentralisation",
            ],
            "context": "A new law transferred basic services to local governments, but staff, "
            "revenue and clear rules did not follow at once.",
            "goal": [
                "take on the functions transferred by the national government",
                "raise own-source revenue and plan with predictable transfers",
            ],
            "measure": [
                "The functions transferred by law were listed and matched with staff, assets "
                "and budget.",
                "Property tax records were digitised and the tax map updated.",
                "The association of local governments negotiated the transfer formula with the "
                "ministry of finance.",
                "Municipal staff were trained in planning, procurement and financial management.",
            ],
            "result": [
                "Own-source revenue rose by {n}% in three years.",
                "{n} municipal staff completed the training programme.",
                "Property tax collection now covers {n}% of registered parcels.",
            ],
            "challenge": "Transfers from the national government often arrived late, which made "
            "planning for the year difficult.",
        },
    },
}

TEXTS["id"] = {
    "thousands": ".",
    "join": " ",
    "sep": ", ",
    "lower_after_connector": True,
    "titles": {
        Kind.GOOD_PRACTICE: ["{subject} di {place}", "{place}: {subject_lc}"],
        Kind.CASE_STUDY: [
            "Studi kasus: {subject_lc} di {place}",
            "{subject}: pelajaran dari {place}",
        ],
        Kind.DECENTRALISATION: [
            "{subject}: pengalaman {place}",
            "Desentralisasi dalam praktik: {subject_lc} di {place}",
        ],
        Kind.COVID19: [
            "{subject} selama pandemi COVID-19 di {place}",
            "Respons COVID-19 di {place}: {subject_lc}",
        ],
        Kind.PUBLICATION: [
            "{subject} di {country}: tinjauan praktik daerah",
            "{subject}: pelajaran dari kota-kota Asia-Pasifik",
            "Laporan {place}: {subject_lc}",
        ],
        Kind.GUIDELINE: [
            "Pedoman {subject_lc} bagi pemerintah daerah",
            "Modul pelatihan: {subject_lc}",
            "Panduan praktis {subject_lc} dari {place}",
        ],
        Kind.WEBINAR: [
            "Webinar: {subject_lc}",
            "Webinar berbagi pengalaman: {subject_lc} di {place}",
            "Rekaman: {place} tentang {subject_lc}",
        ],
    },
    "summary": [
        "{context} Karena itu, {place} berupaya {goal}. {result}",
        "{place} berupaya {goal}. {result} Tulisan ini menjelaskan caranya dan apa yang dapat dipetik oleh anggota lain.",
        "Praktik ini menunjukkan bagaimana {place} bekerja untuk {goal}. {result}",
    ],
    "summary_pub": [
        "Publikasi ini meninjau {subject_lc} di pemerintah daerah {country} dan kawasan Asia-Pasifik. {context}",
        "Tinjauan tentang {subject_lc} berdasarkan pengalaman {n} kota dan daerah anggota, dengan rekomendasi bagi pemerintah daerah dan pusat.",
    ],
    "summary_guide": [
        "Panduan langkah demi langkah bagi aparatur pemerintah daerah tentang {subject_lc}, dengan contoh dari kota-kota anggota.",
        "Modul pelatihan ini membantu pemerintah daerah merencanakan dan melaksanakan {subject_lc}. Modul dapat dipakai dalam lokakarya atau untuk belajar mandiri.",
    ],
    "summary_web": [
        "Rekaman webinar UCLG ASPAC tempat {place} dan anggota lain membahas {subject_lc}.",
        "Sesi berbagi pengalaman tentang {subject_lc}: para narasumber menceritakan apa yang berhasil, apa yang tidak, dan apa yang akan mereka lakukan secara berbeda.",
    ],
    "objectives": "Program ini bertujuan {goal} serta {goal2}.",
    "implementation": "Pertama, {m0} Kemudian, {m1} Terakhir, {m2}",
    "success": "Keberhasilan program bertumpu pada {a}, {b}, dan {c}.",
    "resources": "Sekitar USD {budget} selama {months} bulan, dengan tim inti {staff} orang.",
    "body": "{context}\n\n{lead}\n\n## Sekilas\n\n- {r0}\n- {r1}",
    "body_pub": "{context}\n\nPublikasi ini disusun dari pengalaman {n} kota dan daerah anggota di {country} dan kawasan Asia-Pasifik.\n\n## Isi\n\n1. Mengapa {subject_lc} penting\n2. Studi kasus dari kota-kota anggota\n3. Rekomendasi bagi pemerintah daerah dan pusat",
    "body_guide": "{context}\n\n## Langkah-langkah\n\n1. {m0}\n2. {m1}\n3. {m2}\n\nSetiap langkah dilengkapi templat, daftar periksa, dan contoh yang dapat disesuaikan dengan kondisi setempat.",
    "body_web": "{context}\n\n## Narasumber\n\n- {s0}\n- {s1}\n- Moderator: Sekretariat UCLG ASPAC\n\nSalindia dan rangkuman pertanyaan peserta dapat diminta kepada sekretariat.",
    "roles": [
        "{name}, Kepala Daerah {place}",
        "{name}, Kepala Bagian Perencanaan, {place}",
        "{name}, Staf Hubungan Internasional, {place}",
    ],
    "leads": [
        "{place} mendokumentasikan pengalaman ini dengan dukungan sekretariat UCLG ASPAC agar dapat diadaptasi oleh anggota lain.",
        "Program ini berpijak pada kebijakan nasional di {country} dan pada pertukaran pengalaman dengan anggota jaringan lainnya.",
    ],
    "goals": [
        "melibatkan warga di setiap tahap",
        "menjangkau rumah tangga termiskin lebih dulu",
        "meningkatkan kapasitas aparatur daerah",
        "memakai data lokal untuk menentukan sasaran",
    ],
    "challenges": [
        "Pergantian pejabat setelah pilkada memperlambat pekerjaan selama beberapa bulan.",
        "Anggaran terbatas, dan dana pendamping dari mitra datang lebih lambat dari rencana.",
        "Koordinasi antarperangkat daerah membutuhkan waktu untuk dibangun.",
        "Data dasar yang andal belum tersedia pada awal program.",
    ],
    "factors": [
        "komitmen pribadi kepala daerah",
        "tim khusus dengan mandat yang jelas",
        "komunikasi yang rutin dan terbuka dengan warga",
        "kemitraan dengan universitas setempat untuk data dan evaluasi",
        "pos anggaran yang masuk dalam rencana kerja tahunan",
        "belajar bersama anggota jaringan lainnya",
    ],
    "replicability": [
        "Pendekatan ini dapat diadaptasi oleh pemerintah daerah dari berbagai ukuran; yang paling dibutuhkan adalah tim kecil yang berdedikasi dan dukungan kepala daerah.",
        "Beberapa anggota sudah berkunjung untuk mempelajari program ini, dan {place} siap berbagi dokumen serta perangkatnya.",
        "Sebagian besar unsur program berbiaya rendah dan dapat direplikasi bertahap, dimulai dari satu kelurahan percontohan.",
    ],
    "partners": [
        "UCLG ASPAC",
        "UN-Habitat",
        "UNDP",
        "Bank Pembangunan Asia",
        "Kementerian Dalam Negeri",
        "Universitas setempat",
        "Organisasi masyarakat dan LSM",
    ],
    "topics": {
        "waste": {
            "subject": [
                "Bank sampah masyarakat",
                "Pemilahan sampah rumah tangga dari sumbernya",
                "Mengolah sampah pasar menjadi kompos",
            ],
            "context": "TPA hampir penuh, dan truk pengangkut tidak lagi mampu melayani sampah rumah tangga dari penduduk yang terus bertambah.",
            "goal": [
                "mengurangi sampah rumah tangga yang dibuang ke TPA",
                "menciptakan penghasilan bagi warga dari daur ulang",
            ],
            "measure": [
                "Bank sampah dibuka di setiap kelurahan; warga menyetor plastik, kertas, dan logam yang sudah dipilah dan mendapat saldo di buku tabungan.",
                "Setiap rumah tangga menerima dua tempat sampah dan jadwal pengangkutan, dan relawan menjelaskan cara memilah dari rumah ke rumah.",
                "Sampah organik dari pasar-pasar utama diolah di pusat pengomposan yang dikelola bersama koperasi petani.",
                "Pemulung didata, diberi perlengkapan, dan dibayar untuk setiap ton sampah yang mereka pulihkan.",
            ],
            "result": [
                "Sampah yang dibuang ke TPA turun {n}% dalam dua tahun.",
                "Sebanyak {n} rumah tangga kini memilah sampah setiap minggu.",
                "Bank sampah menampung {n} ton sampah daur ulang tahun lalu.",
            ],
            "challenge": "Kebiasaan memilah menurun setiap kali pengangkutan tidak teratur: warga perlu melihat bahwa sampah yang sudah dipilah tetap terpisah.",
        },
        "flood": {
            "subject": [
                "Sistem peringatan dini banjir berbasis masyarakat",
                "Sensor tinggi muka air dan peringatan banjir lewat SMS",
                "Rencana evakuasi banjir bersama warga di kawasan rawan",
            ],
            "context": "Hujan musim barat membanjiri permukiman dataran rendah hampir setiap tahun, dan peringatan sering datang terlambat untuk mengungsikan warga dan harta benda.",
            "goal": [
                "memperingatkan setiap rumah tangga di kawasan rawan banjir paling lambat tiga jam sebelumnya",
                "mengurangi korban jiwa dan kerugian harta di kawasan rawan banjir",
            ],
            "measure": [
                "Sensor tinggi muka air dipasang di jembatan-jembatan hulu dan terhubung ke pusat komando kota.",
                "Peringatan dikirim lewat SMS, aplikasi pesan, dan pengeras suara masjid serta rumah ibadah lain ketika air sungai melewati batas yang disepakati.",
                "Setiap kelurahan rawan banjir memetakan jalur evakuasinya dan menunjuk relawan untuk membantu warga lansia dan penyandang disabilitas.",
                "Simulasi digelar sebelum setiap musim hujan bersama sekolah, puskesmas, dan BPBD.",
            ],
            "result": [
                "Peringatan banjir kini sampai ke warga rata-rata {n} menit lebih awal.",
                "Sebanyak {n} warga ikut simulasi evakuasi pada musim lalu.",
                "Tidak ada korban jiwa dalam {n} kejadian banjir terakhir.",
            ],
            "challenge": "Sensor rusak terkena sampah kiriman dan vandalisme, dan anggaran pemeliharaannya mudah dipangkas pada tahun kering.",
        },
        "pb": {
            "subject": [
                "Penganggaran partisipatif di setiap kecamatan",
                "Pemungutan suara daring untuk proyek lingkungan",
                "Penganggaran partisipatif bersama perempuan dan kaum muda",
            ],
            "context": "Warga merasa anggaran diputuskan jauh dari mereka, dan hanya sedikit yang hadir dalam musrenbang.",
            "goal": [
                "memberi warga hak memutuskan langsung sebagian belanja modal",
                "membuat keputusan belanja lebih transparan dan akuntabel",
            ],
            "measure": [
                "Sebagian belanja modal tahunan disisihkan untuk proyek yang diusulkan dan dipilih warga.",
                "Musyawarah di tingkat kelurahan menampung usulan, lalu insinyur pemerintah kota memeriksa biaya dan kelayakannya.",
                "Warga memilih proyek unggulan di bilik suara dan melalui aplikasi ponsel.",
                "Dasbor publik memantau setiap proyek terpilih sejak lelang hingga selesai.",
            ],
            "result": [
                "Sebanyak {n} warga ikut memilih pada siklus penganggaran partisipatif terakhir.",
                "Sebanyak {n} proyek pilihan warga telah rampung.",
                "Perempuan mencapai {n}% peserta musyawarah kelurahan.",
            ],
            "challenge": "Sebagian proyek memakan waktu lebih dari satu tahun anggaran, dan kepercayaan warga menurun ketika hasilnya lambat terlihat.",
        },
        "women": {
            "subject": [
                "Pendampingan bagi anggota DPRD perempuan",
                "Akademi kepemimpinan perempuan bagi aparatur daerah",
                "Perencanaan dan penganggaran responsif gender",
            ],
            "context": "Perempuan masih menjadi minoritas kecil di antara kepala daerah, anggota dewan, dan pejabat senior, dan prioritas mereka sering tidak masuk dalam rencana daerah.",
            "goal": [
                "menambah jumlah perempuan di jabatan terpilih dan jabatan senior",
                "memperkuat keterampilan dan jejaring pemimpin perempuan di pemerintahan daerah",
            ],
            "measure": [
                "Anggota dewan perempuan yang baru terpilih didampingi mentor berpengalaman selama tahun pertama.",
                "Kursus kepemimpinan enam bulan mencakup berbicara di depan umum, penganggaran, dan negosiasi.",
                "Setiap perangkat daerah kini menelaah dampak anggarannya bagi perempuan dan laki-laki.",
                "Layanan penitipan anak disediakan selama rapat dewan dan pelatihan.",
            ],
            "result": [
                "Sebanyak {n} perempuan menyelesaikan kursus kepemimpinan.",
                "Porsi perempuan di jabatan senior pemerintah daerah naik menjadi {n}%.",
                "Sebanyak {n} usulan anggaran responsif gender disetujui dewan.",
            ],
            "challenge": "Harapan sosial dan beban pengasuhan masih menghalangi banyak perempuan untuk mencalonkan diri.",
        },
        "covid": {
            "subject": [
                "Logistik rantai dingin vaksin",
                "Tim vaksinasi keliling untuk desa terpencil",
                "Pendaftaran dan pengingat vaksinasi bagi warga",
            ],
            "context": "Ketika vaksin COVID-19 tiba, setiap orang dewasa harus segera dijangkau, termasuk warga desa terpencil dan permukiman informal.",
            "goal": [
                "memvaksinasi setiap warga yang memenuhi syarat secara cepat dan adil",
                "menjaga keamanan vaksin sejak diterima hingga disuntikkan",
            ],
            "measure": [
                "Lemari pembeku dan pencatat suhu dipasang di puskesmas, masing-masing dengan genset cadangan.",
                "Tim keliling berangkat dengan perahu dan sepeda motor ke desa-desa yang jauh dari puskesmas.",
                "Warga mendaftar secara daring atau melalui kepala desa, dan menerima pengingat SMS untuk dosis kedua.",
                "Gedung olahraga dan sekolah dijadikan sentra vaksinasi yang buka pada malam hari dan akhir pekan.",
            ],
            "result": [
                "{n}% orang dewasa menerima dua dosis pada tahun pertama.",
                "Tim keliling memberikan {n} dosis di desa-desa terpencil.",
                "Vaksin yang terbuang ditekan di bawah {n}%.",
            ],
            "challenge": "Hoaks di media sosial memperlambat cakupan, dan tenaga kesehatan kelelahan setelah berbulan-bulan bertugas darurat.",
        },
        "mobility": {
            "subject": [
                "Jalur sepeda terlindung dan jalan yang lebih aman",
                "Jaringan bus rapid transit terpadu",
                "Hari bebas kendaraan dan pusat kota yang ramah pejalan kaki",
            ],
            "context": "Kemacetan dan polusi udara makin parah, dan sebagian besar warga tidak punya pilihan aman selain sepeda motor dan mobil.",
            "goal": [
                "menjadikan berjalan kaki, bersepeda, dan angkutan umum cara termudah untuk bepergian",
                "mengurangi kematian di jalan dan polusi udara",
            ],
            "measure": [
                "Jalur sepeda terlindung dibangun di koridor-koridor utama dan terhubung ke halte serta sekolah.",
                "Rute bus ditata ulang di sekitar lajur khusus, dengan satu tiket yang berlaku untuk semua operator.",
                "Jalan protokol ditutup bagi kendaraan setiap Minggu pagi untuk berjalan kaki, bersepeda, dan bermain.",
                "Batas kecepatan diturunkan menjadi 30 km/jam di sekitar sekolah dan pasar.",
            ],
            "result": [
                "Perjalanan harian dengan angkutan umum naik {n}%.",
                "Sepanjang {n} kilometer jalur sepeda terlindung kini digunakan.",
                "Kematian di jalan turun {n}% di koridor yang ditata ulang.",
            ],
            "challenge": "Pemilik toko khawatir kehilangan pelanggan ketika parkir dihapus, sampai penghitungan menunjukkan makin banyak orang lewat dengan berjalan kaki.",
        },
        "tourism": {
            "subject": [
                "Menghidupkan kembali kota tua",
                "Pariwisata berbasis masyarakat di desa pusaka",
                "Merawat warisan budaya takbenda lewat festival lokal",
            ],
            "context": "Bangunan bersejarah makin rusak, sementara wisatawan menumpuk di beberapa lokasi saja dan hanya sedikit pendapatan yang sampai ke warga.",
            "goal": [
                "melestarikan pusaka kota sekaligus menjaganya tetap hidup",
                "membagi pendapatan pariwisata kepada keluarga dan usaha kecil setempat",
            ],
            "measure": [
                "Bangunan pusaka diinventarisasi, dan pemiliknya menerima hibah kecil untuk memugar fasad.",
                "Homestay milik keluarga setempat dilatih dan didaftarkan di platform pemesanan bersama.",
                "Kerajinan dan seni pertunjukan tradisional diajarkan kepada kaum muda di sanggar pusaka masyarakat.",
                "Jumlah pengunjung di lokasi terpadat diatur dengan tiket berjadwal.",
            ],
            "result": [
                "Sebanyak {n} bangunan pusaka telah dipugar.",
                "Pendapatan dari homestay kini dinikmati {n} keluarga.",
                "Wisatawan kini menginap rata-rata {n} malam, dari sebelumnya satu malam.",
            ],
            "challenge": "Menyeimbangkan kebutuhan warga dan wisatawan masih sulit, terutama pada musim festival.",
        },
        "led": {
            "subject": [
                "Layanan satu pintu bagi usaha kecil",
                "Dukungan bagi pedagang kaki lima dan pekerja informal",
                "Produk lokal di lokapasar digital",
            ],
            "context": "Sebagian besar lapangan kerja di kota ada di usaha mikro dan kecil, banyak di antaranya informal, dengan akses terbatas ke kredit dan pasar baru.",
            "goal": [
                "membantu usaha mikro dan kecil tumbuh dan menciptakan pekerjaan layak",
                "merangkul usaha informal ke dalam ekonomi lokal dan jaring pengamannya",
            ],
            "measure": [
                "Kantor pelayanan satu pintu kini menerbitkan izin usaha dalam tiga hari.",
                "Pedagang kaki lima mendapat lapak resmi yang dilengkapi air, penerangan, dan pengangkutan sampah.",
                "Produsen lokal dilatih dalam pengemasan, pemberian merek, dan penjualan daring.",
                "Dana penjaminan bersama bank daerah menyalurkan pinjaman kecil tanpa agunan.",
            ],
            "result": [
                "Sebanyak {n} usaha baru terdaftar pada tahun pertama.",
                "Sebanyak {n} pinjaman kecil disalurkan melalui dana penjaminan.",
                "Penjualan produsen peserta naik rata-rata {n}%.",
            ],
            "challenge": "Banyak pelaku usaha informal khawatir pendaftaran akan membawa pajak dan pemeriksaan, sehingga kepercayaan harus dibangun setahap demi setahap.",
        },
        "vlr": {
            "subject": [
                "Tinjauan lokal sukarela (VLR) atas SDGs",
                "Menyelaraskan RPJMD dengan SDGs",
                "Indikator SDGs daerah dan data terbuka",
            ],
            "context": "Laporan SDGs nasional hanya sedikit membahas peran kota, dan rencana daerah belum menunjukkan sumbangannya bagi Agenda 2030.",
            "goal": [
                "melaporkan kemajuan daerah menuju SDGs dalam tinjauan lokal sukarela",
                "menyelaraskan rencana dan anggaran daerah dengan Agenda 2030",
            ],
            "measure": [
                "Setiap sasaran RPJMD dipetakan ke target SDGs yang didukungnya.",
                "Seperangkat indikator daerah disepakati bersama BPS dan diterbitkan sebagai data terbuka.",
                "Warga, perguruan tinggi, dan dunia usaha memberi masukan atas rancangan tinjauan dalam konsultasi publik.",
                "Tinjauan tersebut dipaparkan di High-Level Political Forum bersama laporan nasional.",
            ],
            "result": [
                "Sebanyak {n} indikator SDGs daerah kini dipantau setiap tahun.",
                "{n}% anggaran daerah telah ditandai sesuai target SDGs.",
                "Sebanyak {n} organisasi ikut dalam konsultasi publik.",
            ],
            "challenge": "Data untuk banyak target SDGs belum tersedia di tingkat kota, dan pengumpulannya memakan waktu lebih lama dari rencana.",
        },
        "decentral": {
            "subject": [
                "Menjalankan undang-undang pemerintahan daerah yang baru",
                "Dana transfer dan pendapatan asli daerah",
                "Penguatan kapasitas daerah setelah desentralisasi",
            ],
            "context": "Undang-undang baru menyerahkan urusan pelayanan dasar kepada pemerintah daerah, tetapi pegawai, pendapatan, dan aturan yang jelas tidak langsung menyusul.",
            "goal": [
                "menjalankan urusan yang diserahkan oleh pemerintah pusat",
                "meningkatkan pendapatan asli daerah dan merencanakan dengan dana transfer yang dapat diperkirakan",
            ],
            "measure": [
                "Urusan yang diserahkan menurut undang-undang didaftar dan dipadankan dengan pegawai, aset, dan anggaran.",
                "Data pajak bumi dan bangunan didigitalkan dan peta pajak diperbarui.",
                "Asosiasi pemerintah daerah merundingkan formula dana transfer dengan Kementerian Keuangan.",
                "Aparatur daerah dilatih dalam perencanaan, pengadaan, dan pengelolaan keuangan.",
            ],
            "result": [
                "Pendapatan asli daerah naik {n}% dalam tiga tahun.",
                "Sebanyak {n} aparatur daerah menyelesaikan program pelatihan.",
                "Penagihan pajak bumi dan bangunan kini mencakup {n}% bidang tanah terdaftar.",
            ],
            "challenge": "Dana transfer dari pemerintah pusat sering terlambat, sehingga perencanaan tahunan menjadi sulit.",
        },
    },
}

TEXTS["zh-Hans"] = {
    "thousands": ",",
    "join": "",
    "sep": "、",
    "lower_after_connector": False,
    "titles": {
        Kind.GOOD_PRACTICE: ["{place}{subject}", "{subject}的{place}实践"],
        Kind.CASE_STUDY: ["案例研究：{place}{subject}", "{subject}：{place}的经验与启示"],
        Kind.DECENTRALISATION: ["{subject}：{place}的经验", "分权改革实践：{place}{subject}"],
        Kind.COVID19: ["新冠疫情期间{place}的{subject}", "{place}新冠疫情应对：{subject}"],
        Kind.PUBLICATION: [
            "{country}{subject}：地方实践综述",
            "{subject}：亚太城市的经验",
            "{place}报告：{subject}",
        ],
        Kind.GUIDELINE: [
            "地方政府{subject}指南",
            "培训模块：{subject}",
            "{place}{subject}实用指南",
        ],
        Kind.WEBINAR: [
            "网络研讨会：{subject}",
            "同行交流网络研讨会：{place}的{subject}",
            "会议录像：{place}谈{subject}",
        ],
    },
    "summary": [
        "{context}为此，{place}致力于{goal}。{result}",
        "{place}致力于{goal}。{result}本文介绍具体做法以及其他会员可以借鉴的经验。",
        "本实践介绍{place}如何努力{goal}。{result}",
    ],
    "summary_pub": [
        "本出版物综述了{country}及亚太地区地方政府在{subject}方面的实践。{context}",
        "本报告基于{n}个会员城市和地区的经验，对{subject}进行了回顾，并向地方和中央政府提出建议。",
    ],
    "summary_guide": [
        "面向地方政府工作人员的{subject}分步指南，附有会员城市的案例。",
        "本培训模块帮助地方政府规划和实施{subject}，可用于研讨培训或自学。",
    ],
    "summary_web": [
        "UCLG ASPAC网络研讨会录像：{place}与其他会员围绕{subject}展开讨论。",
        "关于{subject}的同行交流会：发言人分享了成功经验、不足之处以及今后的改进方向。",
    ],
    "objectives": "项目旨在{goal}，并{goal2}。",
    "implementation": "首先，{m0}其次，{m1}最后，{m2}",
    "success": "项目成功的关键在于{a}、{b}以及{c}。",
    "resources": "预算约{budget}美元，历时{months}个月，核心团队{staff}人。",
    "body": "{context}\n\n{lead}\n\n## 要点\n\n- {r0}\n- {r1}",
    "body_pub": "{context}\n\n本出版物汇集了{country}及亚太地区{n}个会员城市和地区的经验。\n\n## 目录\n\n1. {subject}为何重要\n2. 会员城市案例\n3. 对地方和中央政府的建议",
    "body_guide": "{context}\n\n## 步骤\n\n1. {m0}\n2. {m1}\n3. {m2}\n\n每个步骤均附有模板、检查清单和案例，工作人员可结合本地实际加以调整。",
    "body_web": "{context}\n\n## 发言嘉宾\n\n- {s0}\n- {s1}\n- 主持：UCLG ASPAC秘书处\n\n演示文稿及参会者提问摘要可向秘书处索取。",
    "roles": [
        "{name}，{place}负责人",
        "{name}，{place}规划部门主管",
        "{name}，{place}国际交流专员",
    ],
    "leads": [
        "{place}在UCLG ASPAC秘书处的支持下总结了这一经验，供其他会员借鉴。",
        "该项目以{country}的国家政策为基础，并吸收了与网络内其他会员交流的成果。",
    ],
    "goals": [
        "让居民参与每一个环节",
        "优先覆盖最贫困的家庭",
        "提升市政工作人员的能力",
        "利用本地数据精准施策",
    ],
    "challenges": [
        "地方选举后的人员更替使工作放缓了数月。",
        "预算紧张，合作伙伴的配套资金到位晚于计划。",
        "部门之间的协调机制需要时间建立。",
        "项目启动时缺乏可靠的基线数据。",
    ],
    "factors": [
        "市长的亲自推动",
        "一支职责明确的专门团队",
        "与居民定期、坦诚的沟通",
        "与本地高校在数据和评估方面的合作",
        "纳入年度常规预算的专项经费",
        "与网络内其他会员的相互学习",
    ],
    "replicability": [
        "这一做法适用于各种规模的地方政府，关键在于一支小而精的专门团队和市长的支持。",
        "已有多个会员前来考察学习，{place}愿意分享相关文件和工具。",
        "大部分措施成本不高，可以从一个试点社区开始逐步推广。",
    ],
    "partners": [
        "UCLG ASPAC",
        "联合国人居署",
        "联合国开发计划署",
        "亚洲开发银行",
        "国家地方政府主管部门",
        "本地高校",
        "社区组织和非政府组织",
    ],
    "topics": {
        "waste": {
            "subject": ["社区垃圾银行", "生活垃圾源头分类", "农贸市场垃圾堆肥"],
            "context": "填埋场库容即将用尽，清运车辆已跟不上不断增长的人口所产生的生活垃圾。",
            "goal": ["减少送往填埋场的生活垃圾", "通过回收利用为居民增加收入"],
            "measure": [
                "每个社区都设立了垃圾银行，居民将分类好的塑料、纸张和金属存入，并在存折上记入积分。",
                "每户居民领到两个垃圾桶和一份收运日历，志愿者挨家挨户讲解垃圾分类方法。",
                "主要农贸市场的有机垃圾被运往与农民合作社共同运营的堆肥中心。",
                "拾荒者经登记并配发装备，每回收一吨可获得相应报酬。",
            ],
            "result": [
                "两年内送往填埋场的垃圾减少了{n}%。",
                "目前每周坚持垃圾分类的家庭达{n}户。",
                "去年垃圾银行共回收可回收物{n}吨。",
            ],
            "challenge": "一旦收运不规律，居民的分类习惯就会松懈：居民需要看到分好类的垃圾确实被分开处理。",
        },
        "flood": {
            "subject": [
                "社区洪水预警系统",
                "河道水位传感器与短信洪水预警",
                "与易涝社区共同制定防汛疏散预案",
            ],
            "context": "季风降雨几乎每年都会淹没低洼社区，以往预警往往来得太晚，来不及转移人员和财物。",
            "goal": [
                "提前至少三小时向每一户受洪水威胁的家庭发出预警",
                "减少易涝社区的人员伤亡和财产损失",
            ],
            "measure": [
                "在上游桥梁安装了水位传感器，并接入城市指挥中心。",
                "河水超过约定水位时，通过短信、即时通讯软件以及寺庙和清真寺的广播发布警报。",
                "每个易涝社区都绘制了疏散路线图，并指定志愿者协助老年人和残障居民。",
                "每年汛期前与学校、卫生院和应急管理部门联合开展演练。",
            ],
            "result": [
                "洪水预警平均提前{n}分钟送达居民。",
                "上一个汛期共有{n}名居民参加了疏散演练。",
                "最近{n}次洪水中无人员死亡。",
            ],
            "challenge": "传感器常被漂浮物损坏或遭人为破坏，而维护经费在少雨年份很容易被削减。",
        },
        "pb": {
            "subject": ["各区推行参与式预算", "社区项目网上投票", "妇女和青年参与式预算"],
            "context": "居民觉得预算决策离自己很远，参加规划会议的人寥寥无几。",
            "goal": ["让居民直接决定部分基本建设预算的用途", "提高财政支出决策的透明度和问责性"],
            "measure": [
                "每年从基本建设预算中拿出一部分，用于居民提出并选定的项目。",
                "社区议事会征集项目建议，再由市政工程师核算成本并评估可行性。",
                "居民在投票点和手机应用上对入围项目进行投票。",
                "公开的数据看板跟踪每个入选项目从招标到完工的全过程。",
            ],
            "result": [
                "上一轮参与式预算共有{n}名居民参与投票。",
                "居民选定的{n}个项目已经完工。",
                "社区议事会参与者中女性占{n}%。",
            ],
            "challenge": "部分项目的实施周期超过一个预算年度，成果迟迟不见时居民的信任便会受损。",
        },
        "women": {
            "subject": ["女性议员导师计划", "面向地方官员的女性领导力学院", "性别敏感的规划与预算"],
            "context": "在市长、议员和高级官员中女性仍是少数，她们关注的事项常常未能纳入地方规划。",
            "goal": [
                "增加担任民选职务和高级职务的女性人数",
                "提升地方政府女性领导者的能力并拓展其人脉",
            ],
            "measure": [
                "新当选的女性议员在任职第一年与经验丰富的导师结对。",
                "为期六个月的领导力课程涵盖公开演讲、预算编制和谈判技巧。",
                "各部门现在都会评估本部门预算对女性和男性的不同影响。",
                "议会会议和培训期间提供托儿服务。",
            ],
            "result": [
                "已有{n}名女性完成领导力课程。",
                "市政高级职位中女性比例提高到{n}%。",
                "议会通过了{n}项性别敏感预算提案。",
            ],
            "challenge": "社会观念和照料家庭的负担仍使许多女性难以参选。",
        },
        "covid": {
            "subject": ["疫苗冷链物流", "偏远村庄流动接种队", "居民接种登记与提醒"],
            "context": "新冠疫苗到货后，必须尽快覆盖所有成年人，包括偏远村庄和非正规住区的居民。",
            "goal": ["快速、公平地为每一位符合条件的居民接种疫苗", "确保疫苗从接收到接种全程安全"],
            "measure": [
                "各区卫生服务中心安装了冷冻柜和温度记录仪，并各配一台备用发电机。",
                "流动接种队乘船、骑摩托车前往远离卫生院的村庄。",
                "居民可在网上或通过村委会登记，并收到第二剂接种的短信提醒。",
                "体育馆和学校被改作接种点，晚间和周末照常开放。",
            ],
            "result": [
                "第一年内{n}%的成年人完成了两剂接种。",
                "流动接种队在偏远村庄共接种{n}剂次。",
                "疫苗损耗率控制在{n}%以下。",
            ],
            "challenge": "社交媒体上的不实信息影响了接种意愿，医务人员在数月的应急值守后身心俱疲。",
        },
        "mobility": {
            "subject": [
                "隔离式自行车道与更安全的街道",
                "一体化快速公交网络",
                "无车日与步行友好的市中心",
            ],
            "context": "交通拥堵和空气污染日益严重，多数居民除了摩托车和汽车之外没有安全的出行选择。",
            "goal": ["让步行、骑行和公共交通成为最便捷的出行方式", "减少道路交通死亡和空气污染"],
            "measure": [
                "沿主要走廊修建了隔离式自行车道，连通公交站点和学校。",
                "围绕公交专用道重新规划线路，一张票可在所有运营商之间通用。",
                "每周日上午主干道禁止机动车通行，供市民步行、骑车和游玩。",
                "学校和市场周边的限速降至每小时30公里。",
            ],
            "result": [
                "公共交通日客运量增长了{n}%。",
                "已投入使用的隔离式自行车道达{n}公里。",
                "改造路段的道路交通死亡人数下降了{n}%。",
            ],
            "challenge": "取消停车位时商户担心客流减少，直到客流统计显示步行经过的人更多了。",
        },
        "tourism": {
            "subject": ["历史老城复兴", "遗产村落社区旅游", "以地方节庆传承非物质文化遗产"],
            "context": "历史建筑日益破败，而游客只集中在少数景点，当地居民从旅游中获益甚少。",
            "goal": ["在保护城市遗产的同时保持其生活气息", "让旅游收入惠及当地家庭和小微企业"],
            "measure": [
                "对历史建筑进行了普查，业主可获得小额补助用于修缮立面。",
                "对当地家庭经营的民宿进行培训，并统一上线联合预订平台。",
                "社区非遗中心向青少年传授传统手工艺和表演艺术。",
                "最热门的景点实行分时段预约，控制游客数量。",
            ],
            "result": [
                "已修缮历史建筑{n}栋。",
                "民宿收入惠及{n}户家庭。",
                "游客平均停留{n}晚，而过去只有一晚。",
            ],
            "challenge": "兼顾居民和游客的需求依然不易，节庆期间尤为突出。",
        },
        "led": {
            "subject": ["小微企业一站式服务", "扶持街头摊贩和灵活就业人员", "本地产品上线电商平台"],
            "context": "城市中大部分就业岗位集中在小微企业，其中许多属于非正规经济，难以获得贷款或开拓新市场。",
            "goal": [
                "帮助小微企业发展壮大并创造体面就业",
                "将非正规经营者纳入地方经济及其保障体系",
            ],
            "measure": [
                "一站式服务窗口现在三天内即可办结营业执照。",
                "为街头摊贩划定登记经营点位，并配套供水、照明和垃圾清运。",
                "本地生产者接受了包装、品牌和网络销售方面的培训。",
                "与本地银行共同设立担保基金，提供免抵押小额贷款。",
            ],
            "result": [
                "第一年新登记企业{n}家。",
                "担保基金共发放小额贷款{n}笔。",
                "参与项目的生产者销售额平均增长{n}%。",
            ],
            "challenge": "许多非正规经营者担心登记后会带来税收和检查，因此需要逐步建立信任。",
        },
        "vlr": {
            "subject": [
                "可持续发展目标地方自愿陈述",
                "地方发展规划与可持续发展目标对接",
                "地方可持续发展目标指标与开放数据",
            ],
            "context": "国家层面的可持续发展目标报告很少涉及城市的行动，地方规划也未体现其对2030年议程的贡献。",
            "goal": [
                "通过地方自愿陈述报告本地落实可持续发展目标的进展",
                "使地方规划和预算与2030年议程相衔接",
            ],
            "measure": [
                "地方发展规划的每项目标都与其对应的可持续发展目标具体指标进行了对接。",
                "与统计部门商定了一套地方指标，并作为开放数据发布。",
                "居民、高校和企业通过公众咨询对陈述草案提出意见。",
                "该陈述与国家报告一同在可持续发展高级别政治论坛上发布。",
            ],
            "result": [
                "目前每年跟踪的地方可持续发展目标指标达{n}项。",
                "地方预算中已有{n}%标注了对应的可持续发展目标。",
                "共有{n}家机构参与了公众咨询。",
            ],
            "challenge": "许多具体目标在城市层面缺乏数据，数据收集耗时超出预期。",
        },
        "decentral": {
            "subject": [
                "新地方政府法的落地实施",
                "财政转移支付与地方自有收入",
                "分权改革后的地方能力建设",
            ],
            "context": "新法律将基本公共服务职能下放给地方政府，但人员、财力和明确的规则并未同步到位。",
            "goal": [
                "承接中央政府下放的各项职能",
                "增加地方自有收入，并在可预期的转移支付基础上做好规划",
            ],
            "measure": [
                "逐项梳理法律下放的职能，并与人员、资产和预算一一对应。",
                "房产税档案实现数字化，税源地图完成更新。",
                "地方政府协会与财政部就转移支付分配公式进行了协商。",
                "市政工作人员接受了规划、采购和财务管理方面的培训。",
            ],
            "result": [
                "三年内地方自有收入增长了{n}%。",
                "已有{n}名市政工作人员完成培训。",
                "房产税征收现已覆盖{n}%的登记地块。",
            ],
            "challenge": "中央转移支付经常迟迟不到位，给年度规划带来困难。",
        },
    },
}

TEXTS["ja"] = {
    "thousands": ",",
    "join": "",
    "sep": "、",
    "lower_after_connector": False,
    "titles": {
        Kind.GOOD_PRACTICE: ["{place}の{subject}", "{subject}：{place}の取り組み"],
        Kind.CASE_STUDY: ["事例研究：{place}の{subject}", "{subject}：{place}からの教訓"],
        Kind.DECENTRALISATION: ["{subject}：{place}の経験", "分権改革の実践：{place}の{subject}"],
        Kind.COVID19: [
            "新型コロナ禍における{place}の{subject}",
            "{place}の新型コロナ対応：{subject}",
        ],
        Kind.PUBLICATION: [
            "{country}における{subject}：地方の実践レビュー",
            "{subject}：アジア太平洋の都市からの教訓",
            "{place}報告書：{subject}",
        ],
        Kind.GUIDELINE: [
            "自治体のための{subject}ガイドライン",
            "研修モジュール：{subject}",
            "{place}発 {subject}実践ガイド",
        ],
        Kind.WEBINAR: [
            "ウェビナー：{subject}",
            "相互学習ウェビナー：{place}の{subject}",
            "録画：{place}が語る{subject}",
        ],
    },
    "summary": [
        "{context}そこで{place}は、{goal}ことを目指した。{result}",
        "{place}は{goal}ことを目指して取り組んできた。{result}本稿では、その方法と他の会員が学べる点を紹介する。",
        "本事例は、{place}がどのように{goal}取り組みを進めたかを紹介する。{result}",
    ],
    "summary_pub": [
        "本書は、{country}およびアジア太平洋地域の自治体における{subject}の取り組みをレビューする。{context}",
        "{n}の会員都市・地域の経験をもとに{subject}を検証し、地方政府と国への提言をまとめた報告書。",
    ],
    "summary_guide": [
        "自治体職員向けの{subject}に関する段階的なガイド。会員都市の事例付き。",
        "この研修モジュールは、自治体が{subject}を計画・実施するための手引きである。ワークショップや自習に利用できる。",
    ],
    "summary_web": [
        "{place}をはじめとする会員が{subject}について議論したUCLG ASPACウェビナーの録画。",
        "{subject}に関する相互学習セッション。登壇者が、うまくいったこと、いかなかったこと、次に改善したい点を共有した。",
    ],
    "objectives": "{goal}こと、そして{goal2}ことを目的とした。",
    "implementation": "まず、{m0}次に、{m1}さらに、{m2}",
    "success": "成功の要因は、{a}、{b}、そして{c}である。",
    "resources": "予算は約{budget}米ドル、期間は{months}か月、中核チームは{staff}人。",
    "body": "{context}\n\n{lead}\n\n## 概要\n\n- {r0}\n- {r1}",
    "body_pub": "{context}\n\n本書は、{country}およびアジア太平洋地域の{n}の会員都市・地域の経験をもとにしている。\n\n## 目次\n\n1. なぜ{subject}が重要か\n2. 会員都市の事例\n3. 地方政府と国への提言",
    "body_guide": "{context}\n\n## 手順\n\n1. {m0}\n2. {m1}\n3. {m2}\n\n各手順には、職員が地域の実情に合わせて使えるテンプレート、チェックリスト、事例が付いている。",
    "body_web": "{context}\n\n## 登壇者\n\n- {s0}\n- {s1}\n- 司会：UCLG ASPAC事務局\n\nスライドと参加者からの質問の要旨は事務局に請求できる。",
    "roles": [
        "{name}（{place} 首長）",
        "{name}（{place} 企画部長）",
        "{name}（{place} 国際交流担当）",
    ],
    "leads": [
        "{place}はUCLG ASPAC事務局の支援を受けてこの経験を取りまとめ、他の会員が応用できるようにした。",
        "この取り組みは{country}の国の政策を基盤とし、ネットワーク内の他の会員との交流から生まれた。",
    ],
    "goals": [
        "あらゆる段階で住民の参加を得る",
        "最も貧しい世帯に優先的に届ける",
        "自治体職員の能力を高める",
        "地域のデータを使って対象を絞り込む",
    ],
    "challenges": [
        "首長選挙後の人事異動で、数か月間作業が停滞した。",
        "予算が厳しく、パートナーからの協調資金の到着も計画より遅れた。",
        "部局間の連携体制を整えるのに時間がかかった。",
        "開始時点で信頼できるベースラインデータがなかった。",
    ],
    "factors": [
        "首長自身の強いコミットメント",
        "明確な権限をもつ専任チーム",
        "住民との定期的で率直な対話",
        "データと評価における地元大学との連携",
        "通常の年度予算に確保された予算枠",
        "ネットワーク内の他の会員との相互学習",
    ],
    "replicability": [
        "この手法は規模を問わずどの自治体でも応用できる。最も必要なのは小規模な専任チームと首長の支援である。",
        "すでに複数の会員が視察に訪れており、{place}は関連資料やツールを共有する用意がある。",
        "多くの要素は費用がかからず、一つのモデル地区から段階的に展開できる。",
    ],
    "partners": [
        "UCLG ASPAC",
        "国連ハビタット",
        "国連開発計画（UNDP）",
        "アジア開発銀行",
        "地方自治を所管する国の省庁",
        "地元の大学",
        "地域団体・NGO",
    ],
    "topics": {
        "waste": {
            "subject": ["地域の資源ごみバンク", "家庭ごみの分別収集", "市場の生ごみの堆肥化"],
            "context": "最終処分場の残余容量が逼迫し、人口増加に伴う家庭ごみに収集車が追いつかなくなっていた。",
            "goal": ["埋立処分される家庭ごみを減らす", "リサイクルを通じて住民の収入を生み出す"],
            "measure": [
                "各地区に資源ごみバンクを開設し、住民が分別したプラスチック、紙、金属を持ち込むと通帳にポイントが記録される仕組みとした。",
                "各世帯に分別用の容器二つと収集カレンダーを配布し、ボランティアが戸別に分別方法を説明した。",
                "主要な市場の生ごみは、農業協同組合と共同運営する堆肥化施設に運ばれている。",
                "ウェイストピッカーを登録して装備を支給し、回収量1トンごとに報酬を支払った。",
            ],
            "result": [
                "2年間で埋立処分量が{n}%減少した。",
                "現在{n}世帯が毎週ごみを分別している。",
                "昨年、資源ごみバンクは{n}トンの資源物を扱った。",
            ],
            "challenge": "収集が不規則になると分別の習慣が崩れた。分別したごみが実際に分けて処理されていることを住民に示す必要がある。",
        },
        "flood": {
            "subject": [
                "地域主体の洪水早期警報システム",
                "河川水位センサーとSMSによる洪水警報",
                "浸水リスク地区と共につくる防災・避難計画",
            ],
            "context": "モンスーンの豪雨でほぼ毎年低地の地区が浸水し、これまでは警報が遅れて住民や家財を避難させる時間がなかった。",
            "goal": [
                "浸水の危険がある全世帯に少なくとも3時間前に警報を届ける",
                "浸水常襲地区での人命と財産の被害を減らす",
            ],
            "measure": [
                "上流の橋に水位センサーを設置し、市の防災指令センターと接続した。",
                "河川水位があらかじめ定めた基準を超えると、SMS、メッセージアプリ、寺院やモスクの拡声器で警報を発信する。",
                "浸水リスクのある各地区が避難経路を地図に落とし、高齢者や障害のある住民を支援するボランティアを決めた。",
                "毎年雨季の前に、学校、保健所、防災部局と合同で避難訓練を行っている。",
            ],
            "result": [
                "洪水警報は平均して{n}分早く住民に届くようになった。",
                "昨シーズンは{n}人の住民が避難訓練に参加した。",
                "直近{n}回の洪水では死者が出なかった。",
            ],
            "challenge": "センサーは漂流物やいたずらで損傷しやすく、雨の少ない年には維持管理予算が削られやすい。",
        },
        "pb": {
            "subject": [
                "全区での参加型予算",
                "地域事業へのオンライン投票",
                "女性と若者による参加型予算",
            ],
            "context": "住民は予算が自分たちの手の届かないところで決められていると感じ、計画づくりの会合への参加者も少なかった。",
            "goal": [
                "投資予算の一部の使い道を住民が直接決められるようにする",
                "予算支出の意思決定を透明にし、説明責任を果たす",
            ],
            "measure": [
                "毎年の投資予算の一部を、住民が提案し選ぶ事業に充てることにした。",
                "地区の住民集会で提案を集め、市の技術職員が費用と実現可能性を確認した。",
                "住民は投票所とスマートフォンアプリで候補事業に投票した。",
                "公開ダッシュボードで、選ばれた各事業を入札から完成まで追跡できる。",
            ],
            "result": [
                "前回の参加型予算には{n}人の住民が投票した。",
                "住民が選んだ{n}件の事業が完了した。",
                "地区住民集会の参加者の{n}%が女性だった。",
            ],
            "challenge": "一部の事業は1会計年度を超えてかかり、成果がなかなか見えないと住民の信頼が揺らいだ。",
        },
        "women": {
            "subject": [
                "女性議員のためのメンタリング",
                "自治体職員のための女性リーダーシップ・アカデミー",
                "ジェンダーに配慮した計画と予算",
            ],
            "context": "首長、議員、幹部職員に占める女性はいまだに少なく、女性の優先課題が地域の計画に反映されないことが多い。",
            "goal": [
                "選挙で選ばれる職や幹部職に就く女性を増やす",
                "地方自治体の女性リーダーの能力とネットワークを強化する",
            ],
            "measure": [
                "新たに当選した女性議員を、1年目の間、経験豊かなメンターと組み合わせた。",
                "6か月間のリーダーシップ講座で、スピーチ、予算編成、交渉術を学んだ。",
                "すべての部局が、予算が女性と男性に与える影響を点検するようになった。",
                "議会や研修の開催中は託児サービスを提供している。",
            ],
            "result": [
                "{n}人の女性がリーダーシップ講座を修了した。",
                "市の幹部職に占める女性の割合は{n}%に上昇した。",
                "ジェンダーに配慮した予算提案{n}件が議会で採択された。",
            ],
            "challenge": "社会的な期待やケア労働の負担が、今も多くの女性の立候補を妨げている。",
        },
        "covid": {
            "subject": [
                "ワクチンのコールドチェーン物流",
                "遠隔地の集落への移動接種チーム",
                "住民の接種予約とリマインダー",
            ],
            "context": "新型コロナワクチンが届くと、遠隔地の集落やインフォーマル居住地の住民を含め、すべての成人に迅速に接種する必要があった。",
            "goal": [
                "対象となるすべての住民に迅速かつ公平に接種する",
                "納品から接種までワクチンを安全に保管する",
            ],
            "measure": [
                "地区の保健センターに冷凍庫と温度記録計を設置し、それぞれに予備発電機を備えた。",
                "移動接種チームが船やバイクで保健センターから遠い集落を訪れた。",
                "住民はオンラインまたは地区の代表を通じて予約し、2回目の接種日をSMSで受け取った。",
                "体育館や学校を夜間・週末も開く接種会場とした。",
            ],
            "result": [
                "1年目に成人の{n}%が2回の接種を終えた。",
                "移動接種チームは遠隔地で{n}回分を接種した。",
                "ワクチンの廃棄率を{n}%未満に抑えた。",
            ],
            "challenge": "SNS上の誤情報が接種の広がりを妨げ、医療従事者は数か月に及ぶ緊急対応で疲弊した。",
        },
        "mobility": {
            "subject": [
                "分離型自転車レーンと安全な道路",
                "統合型バス高速輸送（BRT）網",
                "カーフリーデーと歩いて楽しい都心",
            ],
            "context": "交通渋滞と大気汚染が悪化し、ほとんどの住民にはバイクや自動車以外に安全な移動手段がなかった。",
            "goal": [
                "徒歩、自転車、公共交通を最も便利な移動手段にする",
                "交通事故死と大気汚染を減らす",
            ],
            "measure": [
                "主要な幹線沿いに分離型の自転車レーンを整備し、駅や学校とつないだ。",
                "バス専用レーンを軸に路線を再編し、全事業者共通で使える乗車券を導入した。",
                "毎週日曜の朝はメインストリートを車両通行止めにし、歩行者、自転車、遊びの場として開放している。",
                "学校や市場の周辺で制限速度を時速30キロに引き下げた。",
            ],
            "result": [
                "公共交通の1日あたり利用者数が{n}%増えた。",
                "現在{n}キロの分離型自転車レーンが使われている。",
                "再整備した区間では交通事故死者が{n}%減少した。",
            ],
            "challenge": "駐車スペースを減らすと客足が落ちると商店主は心配したが、歩いて通る人が増えたことが通行量調査で示された。",
        },
        "tourism": {
            "subject": [
                "歴史的旧市街の再生",
                "歴史的集落でのコミュニティ・ツーリズム",
                "地域の祭りを通じた無形文化遺産の継承",
            ],
            "context": "歴史的建造物の老朽化が進む一方、観光客は一部の名所に集中し、住民にはほとんど収入がもたらされていなかった。",
            "goal": [
                "都市の遺産を守りつつ、人が暮らし続けるまちとして保つ",
                "観光の収入を地元の家族や小規模事業者に行き渡らせる",
            ],
            "measure": [
                "歴史的建造物の台帳を作成し、所有者にファサード修復のための小額の補助金を交付した。",
                "地元の家族が営む民泊に研修を行い、共同の予約サイトに掲載した。",
                "地域の文化遺産センターで、若者に伝統工芸や芸能を教えている。",
                "最も混雑する名所では、時間指定チケットで来訪者数を調整している。",
            ],
            "result": [
                "{n}棟の歴史的建造物が修復された。",
                "民泊の収入は{n}世帯に及んでいる。",
                "観光客の平均滞在は1泊から{n}泊に延びた。",
            ],
            "challenge": "特に祭りの季節には、住民と観光客のニーズの両立が今も難しい。",
        },
        "led": {
            "subject": [
                "中小企業のためのワンストップ窓口",
                "露天商とインフォーマル労働者への支援",
                "地元産品のオンライン販売",
            ],
            "context": "市内の雇用の大半は零細・小規模企業にあり、その多くはインフォーマルで、融資や新たな市場へのアクセスが乏しい。",
            "goal": [
                "零細・小規模企業の成長と働きがいのある雇用の創出を支える",
                "インフォーマルな事業者を地域経済とそのセーフティネットに取り込む",
            ],
            "measure": [
                "ワンストップ窓口で営業許可を3日以内に発行できるようになった。",
                "露天商に、水道、照明、ごみ収集を備えた登録区画を用意した。",
                "地元の生産者が包装、ブランドづくり、オンライン販売の研修を受けた。",
                "地元銀行と保証基金を設け、無担保の小口融資を提供している。",
            ],
            "result": [
                "1年目に{n}件の新規事業者が登録された。",
                "保証基金を通じて{n}件の小口融資が行われた。",
                "参加した生産者の売上は平均{n}%増えた。",
            ],
            "challenge": "多くのインフォーマル事業者は、登録すると税金や検査が増えることを恐れており、信頼を少しずつ築く必要がある。",
        },
        "vlr": {
            "subject": [
                "SDGs自発的自治体レビュー（VLR）",
                "総合計画とSDGsの連動",
                "地域のSDG指標とオープンデータ",
            ],
            "context": "国のSDGs報告書には都市の取り組みがほとんど記されず、自治体の計画も2030アジェンダへの貢献を示していなかった。",
            "goal": [
                "自発的自治体レビューでSDGs達成に向けた地域の進捗を報告する",
                "自治体の計画と予算を2030アジェンダと連動させる",
            ],
            "measure": [
                "総合計画の各目標を、それが貢献するSDGsのターゲットと対応づけた。",
                "統計部局と地域指標のセットを定め、オープンデータとして公開した。",
                "住民、大学、企業がパブリックコメントでレビュー案に意見を寄せた。",
                "レビューは国の報告とともに国連ハイレベル政治フォーラムで発表された。",
            ],
            "result": [
                "現在{n}の地域SDG指標を毎年追跡している。",
                "自治体予算の{n}%がSDGsのターゲットに紐づけられている。",
                "{n}の団体が意見募集に参加した。",
            ],
            "challenge": "多くのターゲットについて市レベルのデータが存在せず、その収集に予定以上の時間がかかった。",
        },
        "decentral": {
            "subject": [
                "新しい地方自治法の実施",
                "財政移転と自主財源",
                "地方分権後の自治体の能力強化",
            ],
            "context": "新しい法律により基礎的サービスが自治体に移管されたが、人員、財源、明確なルールはすぐには伴わなかった。",
            "goal": [
                "国から移譲された事務を担えるようにする",
                "自主財源を増やし、予測可能な財政移転をもとに計画を立てる",
            ],
            "measure": [
                "法律で移譲された事務を一覧にし、人員、資産、予算と対応づけた。",
                "固定資産税の台帳をデジタル化し、課税地図を更新した。",
                "地方自治体の連合組織が、財務省と財政移転の配分方式について交渉した。",
                "自治体職員が計画策定、調達、財務管理の研修を受けた。",
            ],
            "result": [
                "3年間で自主財源が{n}%増加した。",
                "{n}人の自治体職員が研修プログラムを修了した。",
                "固定資産税の徴収は登録区画の{n}%をカバーするようになった。",
            ],
            "challenge": "国からの財政移転がたびたび遅れ、年間の計画づくりを難しくした。",
        },
    },
}

TEXTS["ko"] = {
    "thousands": ",",
    "join": " ",
    "sep": ", ",
    "lower_after_connector": False,
    "titles": {
        Kind.GOOD_PRACTICE: ["{place}의 {subject}", "{subject}: {place} 사례"],
        Kind.CASE_STUDY: ["사례 연구: {place}의 {subject}", "{subject}: {place}의 교훈"],
        Kind.DECENTRALISATION: ["{subject}: {place}의 경험", "분권의 실제: {place}의 {subject}"],
        Kind.COVID19: ["코로나19 시기 {place}의 {subject}", "{place}의 코로나19 대응: {subject}"],
        Kind.PUBLICATION: [
            "{country}의 {subject}: 지방 실천 사례 검토",
            "{subject}: 아시아태평양 도시들의 교훈",
            "{place} 보고서: {subject}",
        ],
        Kind.GUIDELINE: [
            "지방정부를 위한 {subject} 지침",
            "교육 모듈: {subject}",
            "{place}의 {subject} 실무 안내서",
        ],
        Kind.WEBINAR: [
            "웨비나: {subject}",
            "상호학습 웨비나: {place}의 {subject}",
            "다시 보기: {place}이(가) 말하는 {subject}",
        ],
    },
    "summary": [
        "{context} 이에 {place}은(는) {goal}을(를) 목표로 삼았다. {result}",
        "{place}은(는) {goal}을(를) 위해 노력해 왔다. {result} 이 글은 그 방법과 다른 회원이 얻을 수 있는 교훈을 소개한다.",
        "이 사례는 {place}이(가) {goal}을(를) 위해 어떻게 일했는지 보여 준다. {result}",
    ],
    "summary_pub": [
        "이 간행물은 {country}과(와) 아시아태평양 지역 지방정부의 {subject} 사례를 검토한다. {context}",
        "{n}개 회원 도시와 지역의 경험을 바탕으로 {subject}을(를) 검토하고, 지방정부와 중앙정부에 대한 권고를 담았다.",
    ],
    "summary_guide": [
        "지방정부 공무원을 위한 {subject} 단계별 안내서로, 회원 도시의 사례를 함께 담았다.",
        "이 교육 모듈은 지방정부가 {subject}을(를) 계획하고 실행하도록 돕는다. 워크숍이나 자율 학습에 활용할 수 있다.",
    ],
    "summary_web": [
        "{place}과(와) 다른 회원들이 {subject}에 대해 논의한 UCLG ASPAC 웨비나 녹화본.",
        "{subject}에 관한 상호학습 세션: 발표자들이 효과가 있었던 것과 없었던 것, 그리고 다시 한다면 달리 할 점을 공유했다.",
    ],
    "objectives": "사업 목표: {goal}, 그리고 {goal2}.",
    "implementation": "먼저, {m0} 이어서, {m1} 마지막으로, {m2}",
    "success": "성공 요인: {a}, {b}, {c}.",
    "resources": "예산 약 {budget}달러, 기간 {months}개월, 핵심 인력 {staff}명.",
    "body": "{context}\n\n{lead}\n\n## 한눈에 보기\n\n- {r0}\n- {r1}",
    "body_pub": "{context}\n\n이 간행물은 {country}과(와) 아시아태평양 지역 {n}개 회원 도시와 지역의 경험을 바탕으로 한다.\n\n## 목차\n\n1. {subject}이(가) 중요한 이유\n2. 회원 도시 사례\n3. 지방정부와 중앙정부에 대한 권고",
    "body_guide": "{context}\n\n## 단계\n\n1. {m0}\n2. {m1}\n3. {m2}\n\n각 단계에는 공무원이 지역 여건에 맞게 활용할 수 있는 양식, 점검표, 사례가 함께 제공된다.",
    "body_web": "{context}\n\n## 발표자\n\n- {s0}\n- {s1}\n- 사회: UCLG ASPAC 사무국\n\n발표 자료와 참가자 질의 요약은 사무국에 요청할 수 있다.",
    "roles": [
        "{name}, {place} 단체장",
        "{name}, {place} 기획 담당 국장",
        "{name}, {place} 국제협력 담당관",
    ],
    "leads": [
        "{place}은(는) UCLG ASPAC 사무국의 지원을 받아 이 경험을 정리했으며, 다른 회원들이 응용할 수 있도록 공유한다.",
        "이 사업은 {country}의 국가 정책과 네트워크 내 다른 회원들과의 교류를 바탕으로 한다.",
    ],
    "goals": [
        "모든 단계에서의 주민 참여",
        "가장 가난한 가구에 대한 우선 지원",
        "공무원 역량 강화",
        "지역 데이터에 기반한 대상 선정",
    ],
    "challenges": [
        "지방선거 이후 인사 이동으로 몇 달 동안 업무가 지연되었다.",
        "예산이 빠듯했고, 협력 기관의 매칭 자금도 계획보다 늦게 들어왔다.",
        "부서 간 협력 체계를 갖추는 데 시간이 걸렸다.",
        "사업 초기에는 신뢰할 만한 기초 자료가 없었다.",
    ],
    "factors": [
        "단체장의 강한 의지",
        "명확한 권한을 가진 전담팀",
        "주민과의 정기적이고 솔직한 소통",
        "데이터와 평가를 위한 지역 대학과의 협력",
        "연간 정기 예산에 확보된 예산 항목",
        "네트워크 내 다른 회원들과의 상호 학습",
    ],
    "replicability": [
        "이 방식은 규모와 관계없이 어느 지방정부든 응용할 수 있다. 가장 필요한 것은 작은 전담팀과 단체장의 지지이다.",
        "이미 여러 회원이 이 사업을 배우러 방문했으며, {place}은(는) 관련 문서와 도구를 공유할 준비가 되어 있다.",
        "대부분의 요소는 비용이 적게 들어 시범 동네 한 곳에서 시작해 단계적으로 확산할 수 있다.",
    ],
    "partners": [
        "UCLG ASPAC",
        "유엔 해비타트",
        "유엔개발계획(UNDP)",
        "아시아개발은행",
        "지방자치 담당 중앙부처",
        "지역 대학",
        "주민 단체와 NGO",
    ],
    "topics": {
        "waste": {
            "subject": ["주민 재활용 은행", "생활폐기물 분리배출", "시장 음식물 쓰레기의 퇴비화"],
            "context": "매립지는 포화 상태에 이르렀고, 늘어나는 인구가 배출하는 생활폐기물을 수거 차량이 감당하지 못했다.",
            "goal": ["매립되는 생활폐기물 감축", "재활용을 통한 주민 소득 창출"],
            "measure": [
                "동네마다 재활용 은행을 열어 주민이 분리한 플라스틱, 종이, 금속을 가져오면 통장에 적립해 주었다.",
                "가구마다 분리수거함 두 개와 수거 일정표를 나눠 주고, 자원봉사자가 집집마다 분리배출 방법을 설명했다.",
                "주요 시장의 음식물 쓰레기는 농업협동조합과 함께 운영하는 퇴비화 시설로 보내진다.",
                "비공식 재활용 수거인을 등록해 장비를 지급하고, 회수한 양 1톤마다 수당을 지급했다.",
            ],
            "result": [
                "2년 만에 매립되는 폐기물이 {n}% 줄었다.",
                "현재 {n}가구가 매주 쓰레기를 분리배출하고 있다.",
                "지난해 재활용 은행이 처리한 재활용품은 {n}톤에 이른다.",
            ],
            "challenge": "수거가 불규칙해질 때마다 분리배출 습관이 느슨해졌다. 주민들은 분리한 쓰레기가 실제로 따로 처리된다는 것을 확인할 수 있어야 한다.",
        },
        "flood": {
            "subject": [
                "주민 참여형 홍수 조기경보 시스템",
                "하천 수위 센서와 문자 홍수 경보",
                "침수 위험 지역 주민과 함께 세운 대피 계획",
            ],
            "context": "몬순 폭우로 저지대 마을이 거의 해마다 침수되었지만, 경보가 늦어 사람과 살림을 옮길 시간이 없었다.",
            "goal": [
                "침수 위험 가구 모두에 대한 최소 3시간 전 경보",
                "상습 침수 지역의 인명과 재산 피해 감소",
            ],
            "measure": [
                "상류 다리에 수위 센서를 설치해 시 재난안전상황실과 연결했다.",
                "강물이 미리 정한 수위를 넘으면 문자, 메신저 앱, 사찰과 모스크의 확성기로 경보를 보낸다.",
                "침수 위험이 있는 동네마다 대피 경로를 지도로 만들고, 어르신과 장애인을 도울 자원봉사자를 정했다.",
                "매년 우기 전에 학교, 보건소, 재난관리 기관과 합동 대피 훈련을 한다.",
            ],
            "result": [
                "홍수 경보가 평균 {n}분 더 일찍 주민에게 전달된다.",
                "지난 우기에 주민 {n}명이 대피 훈련에 참여했다.",
                "최근 {n}차례의 홍수에서 인명 피해가 없었다.",
            ],
            "challenge": "센서가 떠내려온 잔해와 파손 행위로 망가지곤 했고, 비가 적은 해에는 유지관리 예산이 깎이기 쉽다.",
        },
        "pb": {
            "subject": [
                "모든 구의 주민참여예산",
                "동네 사업 온라인 투표",
                "여성과 청년이 함께하는 주민참여예산",
            ],
            "context": "주민들은 예산이 자신들과 멀리 떨어진 곳에서 결정된다고 느꼈고, 계획 회의에 나오는 사람도 적었다.",
            "goal": [
                "자본 예산 일부에 대한 주민의 직접 결정",
                "예산 지출 결정의 투명성과 책임성 강화",
            ],
            "measure": [
                "매년 자본 예산의 일부를 주민이 제안하고 선정하는 사업에 배정했다.",
                "동네 주민총회에서 제안을 모으고, 시 기술직 공무원이 비용과 실현 가능성을 검토했다.",
                "주민들은 투표소와 모바일 앱에서 최종 후보 사업에 투표했다.",
                "공개 대시보드로 선정된 사업을 입찰부터 준공까지 추적한다.",
            ],
            "result": [
                "지난 주민참여예산에 주민 {n}명이 투표했다.",
                "주민이 선정한 사업 {n}건이 완료되었다.",
                "동네 주민총회 참가자의 {n}%가 여성이었다.",
            ],
            "challenge": "일부 사업은 한 회계연도를 넘겨 진행되었고, 성과가 늦게 나타나자 주민 신뢰가 흔들렸다.",
        },
        "women": {
            "subject": [
                "여성 지방의원 멘토링",
                "지방 공무원을 위한 여성 리더십 아카데미",
                "성인지 계획과 예산",
            ],
            "context": "단체장, 지방의원, 고위 공무원 가운데 여성은 여전히 소수이며, 여성의 우선순위는 지역 계획에서 자주 빠진다.",
            "goal": ["선출직과 고위직 여성 확대", "지방정부 여성 리더의 역량과 네트워크 강화"],
            "measure": [
                "새로 당선된 여성 의원을 첫해 동안 경험 많은 멘토와 짝지었다.",
                "6개월 리더십 과정에서 대중 연설, 예산 편성, 협상을 다루었다.",
                "모든 부서가 예산이 여성과 남성에게 미치는 영향을 점검한다.",
                "의회 회의와 교육 기간에 아이 돌봄 서비스를 제공한다.",
            ],
            "result": [
                "여성 {n}명이 리더십 과정을 마쳤다.",
                "시 고위직 가운데 여성 비율이 {n}%로 높아졌다.",
                "성인지 예산 제안 {n}건이 의회에서 채택되었다.",
            ],
            "challenge": "사회적 기대와 돌봄 부담 때문에 여전히 많은 여성이 선거 출마를 망설인다.",
        },
        "covid": {
            "subject": [
                "백신 콜드체인 물류",
                "외딴 마을을 찾아가는 이동 접종팀",
                "주민 접종 예약과 알림",
            ],
            "context": "코로나19 백신이 도착하자 외딴 마을과 비공식 정착지 주민을 포함해 모든 성인에게 빠르게 접종해야 했다.",
            "goal": [
                "대상 주민 모두에 대한 신속하고 공정한 접종",
                "입고부터 접종까지의 안전한 백신 관리",
            ],
            "measure": [
                "지역 보건소마다 냉동고와 온도 기록계를 설치하고 예비 발전기를 갖추었다.",
                "이동 접종팀이 배와 오토바이로 보건소에서 먼 마을을 찾아갔다.",
                "주민은 온라인이나 마을 대표를 통해 예약하고, 2차 접종 일정을 문자로 안내받았다.",
                "체육관과 학교를 저녁과 주말에도 여는 접종센터로 바꾸었다.",
            ],
            "result": [
                "첫해에 성인의 {n}%가 2차 접종까지 마쳤다.",
                "이동 접종팀이 외딴 마을에서 {n}회분을 접종했다.",
                "백신 폐기율을 {n}% 미만으로 유지했다.",
            ],
            "challenge": "소셜미디어의 허위 정보가 접종을 늦추었고, 보건 인력은 수개월의 비상 근무로 지쳐 갔다.",
        },
        "mobility": {
            "subject": [
                "분리형 자전거도로와 더 안전한 거리",
                "통합 간선급행버스(BRT) 체계",
                "차 없는 날과 걷기 좋은 도심",
            ],
            "context": "교통 혼잡과 대기오염이 심해졌지만, 대부분의 주민에게는 오토바이와 자동차 말고는 안전한 대안이 없었다.",
            "goal": [
                "걷기, 자전거, 대중교통 중심의 편리한 이동 환경 조성",
                "교통사고 사망과 대기오염 감소",
            ],
            "measure": [
                "주요 간선도로를 따라 분리형 자전거도로를 만들고 역과 학교로 연결했다.",
                "버스 전용차로를 중심으로 노선을 개편하고, 모든 운영사에서 쓸 수 있는 통합 승차권을 도입했다.",
                "매주 일요일 오전에는 중심 대로의 차량 통행을 막고 걷기, 자전거, 놀이 공간으로 개방한다.",
                "학교와 시장 주변의 제한속도를 시속 30킬로미터로 낮추었다.",
            ],
            "result": [
                "대중교통 하루 이용 건수가 {n}% 늘었다.",
                "현재 {n}킬로미터의 분리형 자전거도로가 이용되고 있다.",
                "정비한 구간의 교통사고 사망자가 {n}% 줄었다.",
            ],
            "challenge": "주차 공간을 없애자 상인들은 손님이 줄까 걱정했지만, 보행량 조사 결과 걸어서 지나가는 사람이 더 많아졌다.",
        },
        "tourism": {
            "subject": [
                "역사 구도심 재생",
                "유산 마을의 주민 주도 관광",
                "지역 축제를 통한 무형유산 계승",
            ],
            "context": "역사적 건물은 점점 낡아 가는데, 관광객은 몇몇 명소에만 몰리고 주민에게 돌아가는 소득은 적었다.",
            "goal": [
                "도시 유산 보전과 살아 있는 생활공간 유지",
                "관광 수입의 지역 가정과 소상공인 분배",
            ],
            "measure": [
                "역사적 건물 목록을 작성하고, 건물주에게 외관 복원을 위한 소액 보조금을 지원했다.",
                "지역 가정이 운영하는 민박을 교육하고 공동 예약 플랫폼에 등록했다.",
                "주민 유산센터에서 청소년에게 전통 공예와 공연을 가르친다.",
                "가장 붐비는 명소는 시간 지정 입장권으로 방문객 수를 조절한다.",
            ],
            "result": [
                "역사적 건물 {n}동이 복원되었다.",
                "민박 수입이 {n}가구에 돌아가고 있다.",
                "관광객의 평균 체류 기간이 1박에서 {n}박으로 늘었다.",
            ],
            "challenge": "주민과 관광객의 요구를 함께 맞추는 일은 특히 축제 기간에 여전히 어렵다.",
        },
        "led": {
            "subject": [
                "소상공인을 위한 원스톱 서비스",
                "노점상과 비공식 노동자 지원",
                "지역 상품의 온라인 판로",
            ],
            "context": "도시 일자리의 대부분은 영세·소기업에 있고, 그중 상당수가 비공식 부문이어서 자금과 새로운 시장에 접근하기 어렵다.",
            "goal": [
                "영세·소기업의 성장과 양질의 일자리 창출",
                "비공식 사업자의 지역 경제와 사회안전망 편입",
            ],
            "measure": [
                "원스톱 창구에서 사업 허가를 사흘 안에 발급한다.",
                "노점상에게 물, 조명, 쓰레기 수거를 갖춘 등록 판매 공간을 마련해 주었다.",
                "지역 생산자들이 포장, 브랜드, 온라인 판매 교육을 받았다.",
                "지역 은행과 보증기금을 만들어 담보 없는 소액 대출을 제공한다.",
            ],
            "result": [
                "첫해에 신규 사업체 {n}곳이 등록했다.",
                "보증기금을 통해 소액 대출 {n}건이 이루어졌다.",
                "참여 생산자의 매출이 평균 {n}% 늘었다.",
            ],
            "challenge": "많은 비공식 사업자가 등록하면 세금과 단속이 따라올까 두려워하기 때문에 신뢰를 차근차근 쌓아야 한다.",
        },
        "vlr": {
            "subject": [
                "SDGs 자발적 지역 보고서(VLR)",
                "지역 발전계획과 SDGs의 연계",
                "지역 SDG 지표와 공공데이터 개방",
            ],
            "context": "국가 SDGs 보고서에는 도시의 활동이 거의 담기지 않았고, 지역 계획도 2030 의제에 어떻게 기여하는지 보여 주지 못했다.",
            "goal": [
                "자발적 지역 보고서를 통한 SDGs 이행 현황 보고",
                "지역 계획·예산과 2030 의제의 연계",
            ],
            "measure": [
                "지역 발전계획의 목표마다 관련된 SDGs 세부목표를 연결했다.",
                "통계 부서와 지역 지표 체계를 합의하고 공공데이터로 공개했다.",
                "주민, 대학, 기업이 공개 협의에서 보고서 초안에 의견을 냈다.",
                "보고서는 국가 보고서와 함께 유엔 고위급정치포럼에서 발표되었다.",
            ],
            "result": [
                "현재 지역 SDG 지표 {n}개를 매년 추적한다.",
                "지역 예산의 {n}%가 SDGs 세부목표와 연결되어 있다.",
                "단체 {n}곳이 공개 협의에 참여했다.",
            ],
            "challenge": "많은 세부목표에 대해 시 단위 자료가 없었고, 이를 모으는 데 예상보다 오래 걸렸다.",
        },
        "decentral": {
            "subject": [
                "새 지방자치법의 현장 적용",
                "재정 이전과 자체 세입",
                "분권 이후 지방정부 역량 강화",
            ],
            "context": "새 법으로 기초 서비스가 지방정부로 이양되었지만, 인력과 재원, 명확한 규칙이 곧바로 뒤따르지는 않았다.",
            "goal": [
                "중앙정부가 이양한 사무의 원활한 수행",
                "자체 세입 확대와 예측 가능한 재정 이전에 기반한 계획",
            ],
            "measure": [
                "법으로 이양된 사무를 목록으로 정리하고 인력, 자산, 예산과 연결했다.",
                "재산세 대장을 전산화하고 과세 지도를 갱신했다.",
                "지방정부 협의체가 재정 이전 배분 공식을 재정 당국과 협상했다.",
                "지방 공무원들이 계획, 조달, 재무 관리 교육을 받았다.",
            ],
            "result": [
                "3년 동안 자체 세입이 {n}% 늘었다.",
                "지방 공무원 {n}명이 교육 과정을 마쳤다.",
                "재산세 징수가 등록 필지의 {n}%까지 확대되었다.",
            ],
            "challenge": "중앙정부의 재정 이전이 자주 늦어져 한 해 계획을 세우기 어려웠다.",
        },
    },
}

TEXTS["th"] = {
    "thousands": ",",
    "join": " ",
    "sep": ", ",
    "lower_after_connector": False,
    "titles": {
        Kind.GOOD_PRACTICE: ["{subject}ของ{place}", "{place}: {subject}"],
        Kind.CASE_STUDY: ["กรณีศึกษา: {subject}ของ{place}", "{subject}: บทเรียนจาก{place}"],
        Kind.DECENTRALISATION: [
            "{subject}: ประสบการณ์ของ{place}",
            "การกระจายอำนาจในทางปฏิบัติ: {subject}ของ{place}",
        ],
        Kind.COVID19: ["{subject}ของ{place}ในช่วงโควิด-19", "การรับมือโควิด-19 ของ{place}: {subject}"],
        Kind.PUBLICATION: [
            "{subject}ใน{country}: ทบทวนแนวปฏิบัติท้องถิ่น",
            "{subject}: บทเรียนจากเมืองในเอเชียแปซิฟิก",
            "รายงานของ{place}: {subject}",
        ],
        Kind.GUIDELINE: [
            "แนวทาง{subject}สำหรับองค์กรปกครองส่วนท้องถิ่น",
            "โมดูลฝึกอบรม: {subject}",
            "คู่มือปฏิบัติเรื่อง{subject}จาก{place}",
        ],
        Kind.WEBINAR: [
            "สัมมนาออนไลน์: {subject}",
            "สัมมนาออนไลน์แลกเปลี่ยนเรียนรู้: {subject}ของ{place}",
            "บันทึกการสัมมนา: {place}กับ{subject}",
        ],
    },
    "summary": [
        "{context} {place}จึงตั้งเป้าหมายที่จะ{goal} {result}",
        "{place}มุ่งมั่นที่จะ{goal} {result} เอกสารนี้อธิบายวิธีการดำเนินงานและสิ่งที่สมาชิกอื่นนำไปใช้ได้",
        "แนวปฏิบัตินี้แสดงให้เห็นว่า{place}ดำเนินการเพื่อ{goal}อย่างไร {result}",
    ],
    "summary_pub": [
        "เอกสารนี้ทบทวน{subject}ขององค์กรปกครองส่วนท้องถิ่นใน{country}และภูมิภาคเอเชียแปซิฟิก {context}",
        "การทบทวน{subject}จากประสบการณ์ของเมืองและภูมิภาคสมาชิก {n} แห่ง พร้อมข้อเสนอแนะต่อรัฐบาลท้องถิ่นและรัฐบาลกลาง",
    ],
    "summary_guide": [
        "คู่มือทีละขั้นตอนสำหรับเจ้าหน้าที่ท้องถิ่นเรื่อง{subject} พร้อมตัวอย่างจากเมืองสมาชิก",
        "โมดูลฝึกอบรมนี้ช่วยให้ท้องถิ่นวางแผนและดำเนินการเรื่อง{subject} ใช้ได้ทั้งในการอบรมเชิงปฏิบัติการและการเรียนรู้ด้วยตนเอง",
    ],
    "summary_web": [
        "บันทึกการสัมมนาออนไลน์ของ UCLG ASPAC ที่{place}และสมาชิกอื่นร่วมหารือเรื่อง{subject}",
        "การแลกเปลี่ยนเรียนรู้เรื่อง{subject}: วิทยากรเล่าถึงสิ่งที่ได้ผล สิ่งที่ไม่ได้ผล และสิ่งที่จะทำต่างออกไป",
    ],
    "objectives": "โครงการมีวัตถุประสงค์เพื่อ{goal} และเพื่อ{goal2}",
    "implementation": "ขั้นแรก {m0} จากนั้น {m1} และสุดท้าย {m2}",
    "success": "ปัจจัยความสำเร็จ ได้แก่ {a} {b} และ{c}",
    "resources": "งบประมาณประมาณ {budget} ดอลลาร์สหรัฐ ระยะเวลา {months} เดือน ทีมงานหลัก {staff} คน",
    "body": "{context}\n\n{lead}\n\n## สรุปผล\n\n- {r0}\n- {r1}",
    "body_pub": "{context}\n\nเอกสารนี้รวบรวมประสบการณ์ของเมืองและภูมิภาคสมาชิก {n} แห่งใน{country}และทั่วเอเชียแปซิฟิก\n\n## สารบัญ\n\n1. เหตุใด{subject}จึงสำคัญ\n2. กรณีศึกษาจากเมืองสมาชิก\n3. ข้อเสนอแนะต่อรัฐบาลท้องถิ่นและรัฐบาลกลาง",
    "body_guide": "{context}\n\n## ขั้นตอน\n\n1. {m0}\n2. {m1}\n3. {m2}\n\nแต่ละขั้นตอนมีแบบฟอร์ม รายการตรวจสอบ และตัวอย่างที่เจ้าหน้าที่ปรับใช้ให้เหมาะกับบริบทของตนได้",
    "body_web": "{context}\n\n## วิทยากร\n\n- {s0}\n- {s1}\n- ผู้ดำเนินรายการ: สำนักเลขาธิการ UCLG ASPAC\n\nขอรับสไลด์และสรุปคำถามจากผู้เข้าร่วมได้ที่สำนักเลขาธิการ",
    "roles": [
        "{name} ผู้บริหารสูงสุด {place}",
        "{name} ผู้อำนวยการกองวางแผน {place}",
        "{name} เจ้าหน้าที่วิเทศสัมพันธ์ {place}",
    ],
    "leads": [
        "{place}ได้รวบรวมประสบการณ์นี้โดยได้รับการสนับสนุนจากสำนักเลขาธิการ UCLG ASPAC เพื่อให้สมาชิกอื่นนำไปปรับใช้ได้",
        "โครงการนี้ต่อยอดจากนโยบายระดับชาติของ{country} และการแลกเปลี่ยนกับสมาชิกอื่นในเครือข่าย",
    ],
    "goals": [
        "ให้ประชาชนมีส่วนร่วมในทุกขั้นตอน",
        "เข้าถึงครัวเรือนที่ยากจนที่สุดก่อน",
        "พัฒนาทักษะของบุคลากรท้องถิ่น",
        "ใช้ข้อมูลในพื้นที่เพื่อกำหนดกลุ่มเป้าหมาย",
    ],
    "challenges": [
        "การโยกย้ายบุคลากรหลังการเลือกตั้งท้องถิ่นทำให้งานล่าช้าไปหลายเดือน",
        "งบประมาณมีจำกัด และเงินสมทบจากหน่วยงานภาคีมาถึงช้ากว่าแผน",
        "การประสานงานระหว่างหน่วยงานต้องใช้เวลาในการจัดตั้ง",
        "ขาดข้อมูลพื้นฐานที่เชื่อถือได้ในช่วงเริ่มต้น",
    ],
    "factors": [
        "ความมุ่งมั่นของผู้บริหารท้องถิ่น",
        "ทีมงานเฉพาะที่มีภารกิจชัดเจน",
        "การสื่อสารกับประชาชนอย่างสม่ำเสมอและตรงไปตรงมา",
        "ความร่วมมือกับมหาวิทยาลัยในพื้นที่ด้านข้อมูลและการประเมินผล",
        "งบประมาณที่บรรจุไว้ในแผนประจำปี",
        "การเรียนรู้ร่วมกับสมาชิกอื่นในเครือข่าย",
    ],
    "replicability": [
        "องค์กรปกครองส่วนท้องถิ่นทุกขนาดสามารถนำแนวทางนี้ไปปรับใช้ได้ สิ่งสำคัญที่สุดคือทีมงานเฉพาะขนาดเล็กและการสนับสนุนจากผู้บริหาร",
        "สมาชิกหลายแห่งได้มาศึกษาดูงานโครงการนี้แล้ว และ{place}พร้อมแบ่งปันเอกสารและเครื่องมือ",
        "องค์ประกอบส่วนใหญ่ใช้งบประมาณน้อยและขยายผลได้ทีละขั้น โดยเริ่มจากชุมชนนำร่องหนึ่งแห่ง",
    ],
    "partners": [
        "UCLG ASPAC",
        "UN-Habitat",
        "UNDP",
        "ธนาคารพัฒนาเอเชีย",
        "กรมส่งเสริมการปกครองท้องถิ่น",
        "มหาวิทยาลัยในพื้นที่",
        "องค์กรชุมชนและองค์กรพัฒนาเอกชน",
    ],
    "topics": {
        "waste": {
            "subject": [
                "ธนาคารขยะชุมชน",
                "การจัดการขยะครัวเรือนด้วยการคัดแยกที่ต้นทาง",
                "การเปลี่ยนขยะจากตลาดเป็นปุ๋ยหมัก",
            ],
            "context": "พื้นที่ฝังกลบใกล้เต็ม และรถเก็บขยะไม่สามารถรองรับขยะครัวเรือนจากประชากรที่เพิ่มขึ้นได้",
            "goal": ["ลดปริมาณขยะครัวเรือนที่ส่งไปฝังกลบ", "สร้างรายได้ให้ประชาชนจากการรีไซเคิล"],
            "measure": [
                "มีการเปิดธนาคารขยะในทุกชุมชน ประชาชนนำพลาสติก กระดาษ และโลหะที่คัดแยกแล้วมาฝากและได้รับยอดเงินในสมุดบัญชี",
                "ทุกครัวเรือนได้รับถังขยะสองใบและปฏิทินการเก็บขยะ และอาสาสมัครเดินเคาะประตูบ้านอธิบายวิธีคัดแยก",
                "ขยะอินทรีย์จากตลาดหลักถูกส่งไปยังศูนย์ทำปุ๋ยหมักที่ดำเนินการร่วมกับสหกรณ์การเกษตร",
                "ผู้เก็บขยะรายย่อยได้รับการขึ้นทะเบียน ได้รับอุปกรณ์ และได้รับค่าตอบแทนตามปริมาณขยะที่เก็บได้แต่ละตัน",
            ],
            "result": [
                "ขยะที่ส่งไปฝังกลบลดลงร้อยละ {n} ภายในสองปี",
                "ปัจจุบันมี {n} ครัวเรือนที่คัดแยกขยะทุกสัปดาห์",
                "เมื่อปีที่แล้วธนาคารขยะรับวัสดุรีไซเคิลได้ {n} ตัน",
            ],
            "challenge": "เมื่อการเก็บขยะไม่สม่ำเสมอ พฤติกรรมการคัดแยกก็ลดลง ประชาชนต้องเห็นว่าขยะที่คัดแยกแล้วถูกจัดการแยกกันจริง",
        },
        "flood": {
            "subject": [
                "ระบบเตือนภัยน้ำท่วมล่วงหน้าโดยชุมชน",
                "เซนเซอร์วัดระดับน้ำและการแจ้งเตือนน้ำท่วมทาง SMS",
                "แผนอพยพหนีน้ำท่วมร่วมกับชุมชนเสี่ยงภัย",
            ],
            "context": "ฝนมรสุมทำให้ชุมชนในพื้นที่ลุ่มต่ำถูกน้ำท่วมแทบทุกปี และที่ผ่านมาคำเตือนมักมาช้าเกินกว่าจะอพยพผู้คนและทรัพย์สินได้ทัน",
            "goal": [
                "แจ้งเตือนทุกครัวเรือนในพื้นที่เสี่ยงน้ำท่วมล่วงหน้าอย่างน้อยสามชั่วโมง",
                "ลดการสูญเสียชีวิตและทรัพย์สินในชุมชนที่น้ำท่วมซ้ำซาก",
            ],
            "measure": [
                "มีการติดตั้งเซนเซอร์วัดระดับน้ำที่สะพานต้นน้ำและเชื่อมต่อกับศูนย์บัญชาการของเมือง",
                "เมื่อระดับน้ำในแม่น้ำเกินเกณฑ์ที่ตกลงกันไว้ ระบบจะส่งคำเตือนทาง SMS แอปพลิเคชันส่งข้อความ และเสียงตามสายของวัดและมัสยิด",
                "ชุมชนเสี่ยงน้ำท่วมแต่ละแห่งจัดทำแผนที่เส้นทางอพยพและกำหนดอาสาสมัครช่วยเหลือผู้สูงอายุและคนพิการ",
                "มีการซ้อมอพยพก่อนฤดูฝนทุกปีร่วมกับโรงเรียน โรงพยาบาลส่งเสริมสุขภาพตำบล และหน่วยงานป้องกันและบรรเทาสาธารณภัย",
            ],
            "result": [
                "คำเตือนน้ำท่วมถึงประชาชนเร็วขึ้นโดยเฉลี่ย {n} นาที",
                "ประชาชน {n} คนเข้าร่วมการซ้อมอพยพในฤดูที่ผ่านมา",
                "ไม่มีผู้เสียชีวิตจากน้ำท่วม {n} ครั้งล่าสุด",
            ],
            "challenge": "เซนเซอร์มักเสียหายจากขยะและเศษไม้ที่ลอยมากับน้ำและการก่อกวน และงบบำรุงรักษามักถูกตัดในปีที่ฝนน้อย",
        },
        "pb": {
            "subject": [
                "งบประมาณแบบมีส่วนร่วมในทุกเขต",
                "การลงคะแนนออนไลน์เลือกโครงการชุมชน",
                "งบประมาณแบบมีส่วนร่วมกับผู้หญิงและเยาวชน",
            ],
            "context": "ประชาชนรู้สึกว่างบประมาณถูกตัดสินใจห่างไกลจากตน และมีผู้มาร่วมประชุมวางแผนเพียงไม่กี่คน",
            "goal": [
                "ให้ประชาชนตัดสินใจโดยตรงเกี่ยวกับงบลงทุนส่วนหนึ่ง",
                "ทำให้การตัดสินใจใช้จ่ายโปร่งใสและตรวจสอบได้",
            ],
            "measure": [
                "มีการกันงบลงทุนประจำปีส่วนหนึ่งไว้สำหรับโครงการที่ประชาชนเสนอและเลือกเอง",
                "เวทีประชาคมชุมชนรวบรวมข้อเสนอ แล้ววิศวกรของเทศบาลตรวจสอบค่าใช้จ่ายและความเป็นไปได้",
                "ประชาชนลงคะแนนเลือกโครงการที่ผ่านการคัดกรองที่หน่วยลงคะแนนและผ่านแอปพลิเคชันบนมือถือ",
                "แดชบอร์ดสาธารณะติดตามโครงการที่ได้รับเลือกตั้งแต่การประกวดราคาจนแล้วเสร็จ",
            ],
            "result": [
                "ประชาชน {n} คนร่วมลงคะแนนในรอบงบประมาณแบบมีส่วนร่วมครั้งล่าสุด",
                "โครงการที่ประชาชนเลือก {n} โครงการดำเนินการแล้วเสร็จ",
                "ผู้หญิงคิดเป็นร้อยละ {n} ของผู้เข้าร่วมเวทีประชาคม",
            ],
            "challenge": "บางโครงการใช้เวลานานกว่าหนึ่งปีงบประมาณ และความเชื่อมั่นลดลงเมื่อผลงานปรากฏช้า",
        },
        "women": {
            "subject": [
                "พี่เลี้ยงสำหรับสมาชิกสภาท้องถิ่นหญิง",
                "สถาบันพัฒนาภาวะผู้นำสตรีสำหรับบุคลากรท้องถิ่น",
                "การวางแผนและงบประมาณที่คำนึงถึงมิติเพศ",
            ],
            "context": "ผู้หญิงยังเป็นส่วนน้อยในหมู่ผู้บริหารท้องถิ่น สมาชิกสภา และข้าราชการระดับสูง และประเด็นที่ผู้หญิงให้ความสำคัญมักไม่ปรากฏในแผนท้องถิ่น",
            "goal": [
                "เพิ่มจำนวนผู้หญิงในตำแหน่งที่มาจากการเลือกตั้งและตำแหน่งระดับสูง",
                "เสริมทักษะและเครือข่ายของผู้นำหญิงในท้องถิ่น",
            ],
            "measure": [
                "สมาชิกสภาหญิงที่เพิ่งได้รับเลือกตั้งได้รับการจับคู่กับพี่เลี้ยงที่มีประสบการณ์ตลอดปีแรก",
                "หลักสูตรภาวะผู้นำหกเดือนครอบคลุมการพูดในที่สาธารณะ การจัดทำงบประมาณ และการเจรจาต่อรอง",
                "ทุกหน่วยงานทบทวนผลกระทบของงบประมาณต่อผู้หญิงและผู้ชาย",
                "มีบริการดูแลเด็กระหว่างการประชุมสภาและการฝึกอบรม",
            ],
            "result": [
                "ผู้หญิง {n} คนสำเร็จหลักสูตรภาวะผู้นำ",
                "สัดส่วนผู้หญิงในตำแหน่งบริหารระดับสูงของเทศบาลเพิ่มเป็นร้อยละ {n}",
                "สภาอนุมัติข้อเสนองบประมาณที่คำนึงถึงมิติเพศ {n} รายการ",
            ],
            "challenge": "ความคาดหวังของสังคมและภาระงานดูแลครอบครัวยังทำให้ผู้หญิงจำนวนมากไม่ลงสมัครรับเลือกตั้ง",
        },
        "covid": {
            "subject": [
                "ระบบขนส่งวัคซีนแบบห่วงโซ่ความเย็น",
                "หน่วยฉีดวัคซีนเคลื่อนที่สำหรับหมู่บ้านห่างไกล",
                "การลงทะเบียนและแจ้งเตือนการฉีดวัคซีน",
            ],
            "context": "เมื่อวัคซีนโควิด-19 มาถึง ต้องฉีดให้ผู้ใหญ่ทุกคนอย่างรวดเร็ว รวมถึงผู้คนในหมู่บ้านห่างไกลและชุมชนแออัด",
            "goal": [
                "ฉีดวัคซีนให้ประชาชนทุกคนที่มีสิทธิ์อย่างรวดเร็วและเป็นธรรม",
                "รักษาคุณภาพวัคซีนตั้งแต่รับมอบจนถึงการฉีด",
            ],
            "measure": [
                "มีการติดตั้งตู้แช่แข็งและเครื่องบันทึกอุณหภูมิในศูนย์บริการสาธารณสุข พร้อมเครื่องปั่นไฟสำรองทุกแห่ง",
                "หน่วยเคลื่อนที่เดินทางด้วยเรือและรถจักรยานยนต์ไปยังหมู่บ้านที่อยู่ไกลจากสถานพยาบาล",
                "ประชาชนลงทะเบียนทางออนไลน์หรือผ่านผู้ใหญ่บ้าน และได้รับ SMS แจ้งเตือนการฉีดเข็มที่สอง",
                "โรงยิมและโรงเรียนถูกใช้เป็นจุดฉีดวัคซีนที่เปิดช่วงเย็นและวันหยุดสุดสัปดาห์",
            ],
            "result": [
                "ร้อยละ {n} ของผู้ใหญ่ได้รับวัคซีนครบสองเข็มภายในปีแรก",
                "หน่วยเคลื่อนที่ฉีดวัคซีนในหมู่บ้านห่างไกลได้ {n} โดส",
                "อัตราการสูญเสียวัคซีนต่ำกว่าร้อยละ {n}",
            ],
            "challenge": "ข่าวปลอมในสื่อสังคมออนไลน์ทำให้การฉีดวัคซีนล่าช้า และบุคลากรสาธารณสุขเหนื่อยล้าหลังปฏิบัติงานฉุกเฉินมาหลายเดือน",
        },
        "mobility": {
            "subject": [
                "ทางจักรยานที่มีแนวกั้นและถนนที่ปลอดภัยขึ้น",
                "โครงข่ายรถโดยสารด่วนพิเศษแบบบูรณาการ",
                "วันปลอดรถและใจกลางเมืองที่เดินได้",
            ],
            "context": "การจราจรติดขัดและมลพิษทางอากาศแย่ลงเรื่อย ๆ และประชาชนส่วนใหญ่ไม่มีทางเลือกที่ปลอดภัยนอกจากรถจักรยานยนต์และรถยนต์",
            "goal": [
                "ทำให้การเดิน การปั่นจักรยาน และขนส่งสาธารณะเป็นวิธีเดินทางที่สะดวกที่สุด",
                "ลดการเสียชีวิตบนท้องถนนและมลพิษทางอากาศ",
            ],
            "measure": [
                "มีการสร้างทางจักรยานที่มีแนวกั้นตามถนนสายหลัก เชื่อมต่อกับสถานีและโรงเรียน",
                "เส้นทางรถโดยสารได้รับการปรับใหม่โดยใช้ช่องทางเฉพาะ และใช้ตั๋วใบเดียวได้กับผู้ให้บริการทุกราย",
                "ถนนสายหลักปิดการจราจรทุกเช้าวันอาทิตย์ให้ประชาชนเดิน ปั่นจักรยาน และทำกิจกรรม",
                "มีการจำกัดความเร็วไม่เกิน 30 กิโลเมตรต่อชั่วโมงรอบโรงเรียนและตลาด",
            ],
            "result": [
                "จำนวนเที่ยวการเดินทางด้วยขนส่งสาธารณะต่อวันเพิ่มขึ้นร้อยละ {n}",
                "ปัจจุบันมีทางจักรยานที่มีแนวกั้นใช้งานแล้ว {n} กิโลเมตร",
                "การเสียชีวิตบนท้องถนนลดลงร้อยละ {n} ในเส้นทางที่ปรับปรุงใหม่",
            ],
            "challenge": "ร้านค้ากังวลว่าจะเสียลูกค้าเมื่อยกเลิกที่จอดรถ จนกระทั่งผลการนับพบว่ามีคนเดินผ่านมากขึ้น",
        },
        "tourism": {
            "subject": [
                "การฟื้นฟูย่านเมืองเก่า",
                "การท่องเที่ยวโดยชุมชนในหมู่บ้านมรดก",
                "การสืบสานมรดกภูมิปัญญาผ่านเทศกาลท้องถิ่น",
            ],
            "context": "อาคารเก่าแก่ทรุดโทรมลง ขณะที่นักท่องเที่ยวกระจุกตัวอยู่ไม่กี่แห่งและรายได้ตกถึงมือชาวบ้านเพียงเล็กน้อย",
            "goal": [
                "อนุรักษ์มรดกของเมืองโดยยังคงเป็นพื้นที่ที่มีชีวิต",
                "กระจายรายได้จากการท่องเที่ยวสู่ครอบครัวและธุรกิจรายย่อยในท้องถิ่น",
            ],
            "measure": [
                "มีการสำรวจทำบัญชีอาคารมรดก และเจ้าของได้รับเงินอุดหนุนเล็กน้อยเพื่อบูรณะด้านหน้าอาคาร",
                "โฮมสเตย์ที่ครอบครัวในท้องถิ่นดำเนินการได้รับการอบรมและลงทะเบียนบนแพลตฟอร์มจองร่วมกัน",
                "ศูนย์มรดกชุมชนสอนงานหัตถกรรมและศิลปะการแสดงพื้นบ้านให้เยาวชน",
                "แหล่งท่องเที่ยวที่หนาแน่นที่สุดจำกัดจำนวนผู้เข้าชมด้วยบัตรเข้าชมแบบระบุเวลา",
            ],
            "result": [
                "อาคารมรดก {n} หลังได้รับการบูรณะแล้ว",
                "รายได้จากโฮมสเตย์ถึงมือ {n} ครอบครัว",
                "นักท่องเที่ยวพักเฉลี่ย {n} คืน จากเดิมหนึ่งคืน",
            ],
            "challenge": "การสร้างสมดุลระหว่างความต้องการของชาวบ้านกับนักท่องเที่ยวยังเป็นเรื่องยาก โดยเฉพาะในช่วงเทศกาล",
        },
        "led": {
            "subject": [
                "บริการแบบเบ็ดเสร็จสำหรับธุรกิจขนาดเล็ก",
                "การสนับสนุนผู้ค้าแผงลอยและแรงงานนอกระบบ",
                "สินค้าท้องถิ่นบนตลาดออนไลน์",
            ],
            "context": "งานส่วนใหญ่ในเมืองอยู่ในวิสาหกิจรายย่อยและขนาดเล็ก ซึ่งหลายรายอยู่นอกระบบ และเข้าถึงสินเชื่อหรือตลาดใหม่ได้น้อย",
            "goal": [
                "ช่วยให้วิสาหกิจรายย่อยและขนาดเล็กเติบโตและสร้างงานที่มีคุณค่า",
                "นำธุรกิจนอกระบบเข้าสู่เศรษฐกิจท้องถิ่นและระบบคุ้มครองทางสังคม",
            ],
            "measure": [
                "ศูนย์บริการแบบเบ็ดเสร็จออกใบอนุญาตประกอบธุรกิจได้ภายในสามวัน",
                "ผู้ค้าแผงลอยได้รับพื้นที่ค้าขายที่ขึ้นทะเบียน พร้อมน้ำประปา ไฟฟ้าแสงสว่าง และการเก็บขยะ",
                "ผู้ผลิตในท้องถิ่นได้รับการอบรมเรื่องบรรจุภัณฑ์ การสร้างแบรนด์ และการขายออนไลน์",
                "กองทุนค้ำประกันร่วมกับธนาคารในท้องถิ่นให้สินเชื่อรายย่อยโดยไม่ต้องมีหลักทรัพย์ค้ำประกัน",
            ],
            "result": [
                "มีธุรกิจใหม่จดทะเบียน {n} รายในปีแรก",
                "มีการปล่อยสินเชื่อรายย่อยผ่านกองทุนค้ำประกัน {n} ราย",
                "ยอดขายของผู้ผลิตที่เข้าร่วมเพิ่มขึ้นเฉลี่ยร้อยละ {n}",
            ],
            "challenge": "ธุรกิจนอกระบบจำนวนมากกลัวว่าการจดทะเบียนจะตามมาด้วยภาษีและการตรวจสอบ จึงต้องค่อย ๆ สร้างความไว้วางใจ",
        },
        "vlr": {
            "subject": [
                "รายงานทบทวนระดับท้องถิ่นโดยสมัครใจ (VLR) ด้าน SDGs",
                "การเชื่อมโยงแผนพัฒนาท้องถิ่นกับ SDGs",
                "ตัวชี้วัด SDGs ระดับท้องถิ่นและข้อมูลเปิด",
            ],
            "context": "รายงาน SDGs ระดับชาติแทบไม่กล่าวถึงการดำเนินงานของเมือง และแผนท้องถิ่นก็ไม่ได้แสดงว่ามีส่วนช่วยวาระการพัฒนา 2030 อย่างไร",
            "goal": [
                "รายงานความก้าวหน้าของท้องถิ่นสู่ SDGs ผ่านรายงานทบทวนโดยสมัครใจ",
                "เชื่อมโยงแผนและงบประมาณท้องถิ่นกับวาระการพัฒนา 2030",
            ],
            "measure": [
                "เป้าหมายแต่ละข้อในแผนพัฒนาท้องถิ่นถูกเชื่อมโยงกับเป้าประสงค์ของ SDGs ที่เกี่ยวข้อง",
                "มีการตกลงชุดตัวชี้วัดท้องถิ่นร่วมกับสำนักงานสถิติและเผยแพร่เป็นข้อมูลเปิด",
                "ประชาชน มหาวิทยาลัย และภาคธุรกิจให้ความเห็นต่อร่างรายงานผ่านการรับฟังความคิดเห็นสาธารณะ",
                "รายงานถูกนำเสนอในเวทีการเมืองระดับสูงของสหประชาชาติควบคู่กับรายงานระดับชาติ",
            ],
            "result": [
                "ปัจจุบันมีการติดตามตัวชี้วัด SDGs ระดับท้องถิ่น {n} ตัวทุกปี",
                "ร้อยละ {n} ของงบประมาณท้องถิ่นได้รับการระบุตามเป้าประสงค์ SDGs",
                "มีองค์กร {n} แห่งเข้าร่วมการรับฟังความคิดเห็น",
            ],
            "challenge": "ไม่มีข้อมูลระดับเมืองสำหรับเป้าประสงค์จำนวนมาก และการเก็บข้อมูลใช้เวลานานกว่าที่วางแผนไว้",
        },
        "decentral": {
            "subject": [
                "การนำกฎหมายการปกครองท้องถิ่นฉบับใหม่ไปปฏิบัติ",
                "เงินอุดหนุนจากรัฐบาลกลางและรายได้ที่จัดเก็บเอง",
                "การเสริมสร้างขีดความสามารถท้องถิ่นหลังการกระจายอำนาจ",
            ],
            "context": "กฎหมายฉบับใหม่ถ่ายโอนบริการพื้นฐานให้องค์กรปกครองส่วนท้องถิ่น แต่บุคลากร รายได้ และกฎเกณฑ์ที่ชัดเจนไม่ได้ตามมาในทันที",
            "goal": [
                "รับภารกิจที่รัฐบาลกลางถ่ายโอนมาได้อย่างมีประสิทธิภาพ",
                "เพิ่มรายได้ที่จัดเก็บเองและวางแผนบนเงินอุดหนุนที่คาดการณ์ได้",
            ],
            "measure": [
                "มีการจัดทำบัญชีภารกิจที่ถ่ายโอนตามกฎหมาย และจับคู่กับบุคลากร ทรัพย์สิน และงบประมาณ",
                "ข้อมูลภาษีที่ดินและสิ่งปลูกสร้างถูกแปลงเป็นดิจิทัล และมีการปรับปรุงแผนที่ภาษี",
                "สมาคมองค์กรปกครองส่วนท้องถิ่นเจรจาสูตรการจัดสรรเงินอุดหนุนกับกระทรวงการคลัง",
                "บุคลากรท้องถิ่นได้รับการอบรมด้านการวางแผน การจัดซื้อจัดจ้าง และการบริหารการเงิน",
            ],
            "result": [
                "รายได้ที่จัดเก็บเองเพิ่มขึ้นร้อยละ {n} ในสามปี",
                "บุคลากรท้องถิ่น {n} คนผ่านการอบรม",
                "การจัดเก็บภาษีที่ดินครอบคลุมร้อยละ {n} ของแปลงที่ดินที่ขึ้นทะเบียน",
            ],
            "challenge": "เงินอุดหนุนจากรัฐบาลกลางมักมาล่าช้า ทำให้การวางแผนประจำปีเป็นเรื่องยาก",
        },
    },
}

TEXTS["vi"] = {
    "thousands": ".",
    "join": " ",
    "sep": ", ",
    "lower_after_connector": True,
    "titles": {
        Kind.GOOD_PRACTICE: ["{subject} tại {place}", "{place}: {subject_lc}"],
        Kind.CASE_STUDY: [
            "Nghiên cứu điển hình: {subject_lc} tại {place}",
            "{subject}: bài học từ {place}",
        ],
        Kind.DECENTRALISATION: [
            "{subject}: kinh nghiệm của {place}",
            "Phân cấp trong thực tiễn: {subject_lc} tại {place}",
        ],
        Kind.COVID19: [
            "{subject} trong đại dịch COVID-19 tại {place}",
            "Ứng phó COVID-19 tại {place}: {subject_lc}",
        ],
        Kind.PUBLICATION: [
            "{subject} ở {country}: tổng quan thực tiễn địa phương",
            "{subject}: bài học từ các đô thị châu Á - Thái Bình Dương",
            "Báo cáo của {place}: {subject_lc}",
        ],
        Kind.GUIDELINE: [
            "Hướng dẫn về {subject_lc} cho chính quyền địa phương",
            "Học phần đào tạo: {subject_lc}",
            "Cẩm nang thực hành {subject_lc} từ {place}",
        ],
        Kind.WEBINAR: [
            "Hội thảo trực tuyến: {subject_lc}",
            "Hội thảo trực tuyến chia sẻ kinh nghiệm: {subject_lc} tại {place}",
            "Bản ghi: {place} chia sẻ về {subject_lc}",
        ],
    },
    "summary": [
        "{context} Vì vậy, {place} đặt mục tiêu {goal}. {result}",
        "{place} đã nỗ lực {goal}. {result} Tài liệu này giới thiệu cách làm và những điều các thành viên khác có thể học hỏi.",
        "Thực tiễn này cho thấy {place} đã làm gì để {goal}. {result}",
    ],
    "summary_pub": [
        "Ấn phẩm này tổng quan về {subject_lc} tại các chính quyền địa phương ở {country} và khu vực châu Á - Thái Bình Dương. {context}",
        "Tổng quan về {subject_lc} dựa trên kinh nghiệm của {n} đô thị và địa phương thành viên, kèm theo khuyến nghị cho chính quyền địa phương và trung ương.",
    ],
    "summary_guide": [
        "Hướng dẫn từng bước cho cán bộ chính quyền địa phương về {subject_lc}, kèm ví dụ từ các đô thị thành viên.",
        "Học phần đào tạo này giúp chính quyền địa phương lập kế hoạch và triển khai {subject_lc}. Có thể dùng trong các khóa tập huấn hoặc để tự học.",
    ],
    "summary_web": [
        "Bản ghi hội thảo trực tuyến của UCLG ASPAC, trong đó {place} và các thành viên khác thảo luận về {subject_lc}.",
        "Phiên chia sẻ kinh nghiệm về {subject_lc}: các diễn giả kể lại điều gì hiệu quả, điều gì chưa, và họ sẽ làm khác đi như thế nào.",
    ],
    "objectives": "Chương trình nhằm {goal} và {goal2}.",
    "implementation": "Trước hết, {m0} Tiếp theo, {m1} Cuối cùng, {m2}",
    "success": "Thành công dựa trên {a}, {b} và {c}.",
    "resources": "Khoảng {budget} đô la Mỹ trong {months} tháng, với nhóm nòng cốt gồm {staff} cán bộ.",
    "body": "{context}\n\n{lead}\n\n## Tóm tắt\n\n- {r0}\n- {r1}",
    "body_pub": "{context}\n\nẤn phẩm tổng hợp kinh nghiệm của {n} đô thị và địa phương thành viên ở {country} và khắp châu Á - Thái Bình Dương.\n\n## Nội dung\n\n1. Vì sao {subject_lc} quan trọng\n2. Nghiên cứu điển hình từ các đô thị thành viên\n3. Khuyến nghị cho chính quyền địa phương và trung ương",
    "body_guide": "{context}\n\n## Các bước\n\n1. {m0}\n2. {m1}\n3. {m2}\n\nMỗi bước đều có biểu mẫu, danh mục kiểm tra và ví dụ để cán bộ điều chỉnh cho phù hợp với địa phương mình.",
    "body_web": "{context}\n\n## Diễn giả\n\n- {s0}\n- {s1}\n- Điều phối: Ban Thư ký UCLG ASPAC\n\nCó thể liên hệ Ban Thư ký để nhận bài trình bày và tóm tắt các câu hỏi của người tham dự.",
    "roles": [
        "{name}, lãnh đạo {place}",
        "{name}, trưởng phòng quy hoạch, {place}",
        "{name}, cán bộ hợp tác quốc tế, {place}",
    ],
    "leads": [
        "{place} đã đúc kết kinh nghiệm này với sự hỗ trợ của Ban Thư ký UCLG ASPAC để các thành viên khác có thể vận dụng.",
        "Chương trình dựa trên chính sách quốc gia của {country} và các trao đổi với những thành viên khác trong mạng lưới.",
    ],
    "goals": [
        "huy động người dân tham gia ở mọi bước",
        "ưu tiên hỗ trợ các hộ nghèo nhất trước",
        "nâng cao năng lực cho cán bộ địa phương",
        "sử dụng dữ liệu địa phương để xác định đối tượng",
    ],
    "challenges": [
        "Việc luân chuyển cán bộ sau bầu cử địa phương làm công việc chậm lại vài tháng.",
        "Ngân sách eo hẹp, và vốn đối ứng từ các đối tác đến muộn hơn kế hoạch.",
        "Việc phối hợp giữa các sở, ngành cần thời gian để hình thành.",
        "Lúc đầu thiếu dữ liệu nền đáng tin cậy.",
    ],
    "factors": [
        "sự quyết tâm của lãnh đạo địa phương",
        "một nhóm chuyên trách có nhiệm vụ rõ ràng",
        "trao đổi thường xuyên và thẳng thắn với người dân",
        "hợp tác với trường đại học địa phương về dữ liệu và đánh giá",
        "khoản ngân sách được bố trí trong kế hoạch hằng năm",
        "học hỏi lẫn nhau với các thành viên khác trong mạng lưới",
    ],
    "replicability": [
        "Cách làm này có thể áp dụng cho chính quyền địa phương ở mọi quy mô; điều cần nhất là một nhóm chuyên trách nhỏ và sự ủng hộ của lãnh đạo.",
        "Nhiều thành viên đã đến tham quan học hỏi, và {place} sẵn sàng chia sẻ tài liệu và công cụ.",
        "Phần lớn các hoạt động có chi phí thấp và có thể nhân rộng từng bước, bắt đầu từ một khu dân cư thí điểm.",
    ],
    "partners": [
        "UCLG ASPAC",
        "UN-Habitat",
        "UNDP",
        "Ngân hàng Phát triển châu Á",
        "Bộ phụ trách chính quyền địa phương",
        "Trường đại học địa phương",
        "Các tổ chức cộng đồng và tổ chức phi chính phủ",
    ],
    "topics": {
        "waste": {
            "subject": [
                "Ngân hàng rác cộng đồng",
                "Phân loại rác thải sinh hoạt tại nguồn",
                "Biến rác chợ thành phân compost",
            ],
            "context": "Bãi chôn lấp sắp đầy, và xe thu gom không theo kịp lượng rác sinh hoạt của dân số ngày càng tăng.",
            "goal": [
                "giảm lượng rác sinh hoạt phải chôn lấp",
                "tạo thu nhập cho người dân từ tái chế",
            ],
            "measure": [
                "Mỗi khu phố có một ngân hàng rác, nơi người dân gửi nhựa, giấy và kim loại đã phân loại và được ghi điểm vào sổ tiết kiệm.",
                "Mỗi hộ gia đình được phát hai thùng rác và lịch thu gom, và tình nguyện viên đến từng nhà hướng dẫn cách phân loại.",
                "Rác hữu cơ từ các chợ chính được đưa đến trung tâm ủ phân do thành phố và hợp tác xã nông nghiệp cùng vận hành.",
                "Người nhặt rác phi chính thức được đăng ký, trang bị bảo hộ và được trả tiền theo mỗi tấn rác thu hồi.",
            ],
            "result": [
                "Lượng rác đem chôn lấp giảm {n}% trong vòng hai năm.",
                "Hiện có {n} hộ gia đình phân loại rác hằng tuần.",
                "Năm ngoái, các ngân hàng rác đã tiếp nhận {n} tấn vật liệu tái chế.",
            ],
            "challenge": "Thói quen phân loại giảm sút mỗi khi việc thu gom không đều đặn: người dân cần thấy rác đã phân loại thực sự được xử lý riêng.",
        },
        "flood": {
            "subject": [
                "Hệ thống cảnh báo sớm lũ lụt dựa vào cộng đồng",
                "Cảm biến mực nước sông và cảnh báo lũ qua tin nhắn",
                "Kế hoạch sơ tán khi ngập lụt cùng các khu dân cư có nguy cơ",
            ],
            "context": "Mưa gió mùa gây ngập các khu dân cư vùng trũng gần như hằng năm, và cảnh báo thường đến quá muộn để di dời người và tài sản.",
            "goal": [
                "cảnh báo mọi hộ gia đình trong vùng nguy cơ ngập lụt trước ít nhất ba giờ",
                "giảm thiệt hại về người và tài sản ở các khu dân cư thường xuyên ngập",
            ],
            "measure": [
                "Cảm biến mực nước được lắp tại các cây cầu thượng nguồn và kết nối với trung tâm điều hành của thành phố.",
                "Khi mực nước sông vượt ngưỡng đã thống nhất, cảnh báo được gửi qua tin nhắn, ứng dụng nhắn tin và loa phát thanh của chùa và nhà thờ.",
                "Mỗi khu dân cư có nguy cơ ngập đã vẽ bản đồ tuyến sơ tán và cử tình nguyện viên hỗ trợ người cao tuổi và người khuyết tật.",
                "Diễn tập được tổ chức trước mỗi mùa mưa cùng trường học, trạm y tế và cơ quan phòng chống thiên tai.",
            ],
            "result": [
                "Cảnh báo lũ nay đến với người dân sớm hơn trung bình {n} phút.",
                "{n} người dân đã tham gia diễn tập sơ tán trong mùa vừa qua.",
                "Không có thiệt hại về người trong {n} trận lũ gần đây nhất.",
            ],
            "challenge": "Cảm biến hay bị hư hỏng do rác trôi và phá hoại, và kinh phí bảo trì dễ bị cắt giảm vào những năm ít mưa.",
        },
        "pb": {
            "subject": [
                "Lập ngân sách có sự tham gia ở mọi quận",
                "Bỏ phiếu trực tuyến cho các dự án khu phố",
                "Lập ngân sách có sự tham gia của phụ nữ và thanh niên",
            ],
            "context": "Người dân cảm thấy ngân sách được quyết định ở nơi xa họ, và rất ít người đến dự các cuộc họp lập kế hoạch.",
            "goal": [
                "trao cho người dân quyền trực tiếp quyết định một phần vốn đầu tư công",
                "làm cho các quyết định chi tiêu minh bạch và có trách nhiệm giải trình",
            ],
            "measure": [
                "Một phần vốn đầu tư hằng năm được dành cho các dự án do người dân đề xuất và lựa chọn.",
                "Các cuộc họp khu phố thu thập đề xuất, sau đó kỹ sư của thành phố kiểm tra chi phí và tính khả thi.",
                "Người dân bỏ phiếu chọn các dự án vào vòng trong tại điểm bỏ phiếu và trên ứng dụng di động.",
                "Một bảng theo dõi công khai cập nhật từng dự án được chọn từ khâu đấu thầu đến khi hoàn thành.",
            ],
            "result": [
                "{n} người dân đã bỏ phiếu trong đợt lập ngân sách có sự tham gia gần nhất.",
                "{n} dự án do người dân lựa chọn đã hoàn thành.",
                "Phụ nữ chiếm {n}% số người tham gia các cuộc họp khu phố.",
            ],
            "challenge": "Một số dự án kéo dài hơn một năm ngân sách, và lòng tin giảm sút khi kết quả chậm xuất hiện.",
        },
        "women": {
            "subject": [
                "Kèm cặp nữ đại biểu hội đồng nhân dân",
                "Học viện lãnh đạo nữ cho cán bộ địa phương",
                "Lập kế hoạch và ngân sách có lồng ghép giới",
            ],
            "context": "Phụ nữ vẫn chỉ chiếm thiểu số trong số lãnh đạo, đại biểu và cán bộ cấp cao ở địa phương, và các ưu tiên của họ thường vắng mặt trong kế hoạch địa phương.",
            "goal": [
                "tăng số phụ nữ giữ các vị trí dân cử và lãnh đạo cấp cao",
                "nâng cao kỹ năng và mạng lưới của các nữ lãnh đạo trong chính quyền địa phương",
            ],
            "measure": [
                "Các nữ đại biểu mới trúng cử được ghép cặp với người hướng dẫn giàu kinh nghiệm trong năm đầu tiên.",
                "Khóa học lãnh đạo sáu tháng bao gồm kỹ năng nói trước công chúng, lập ngân sách và đàm phán.",
                "Mọi sở, ngành nay đều rà soát tác động của ngân sách đối với phụ nữ và nam giới.",
                "Dịch vụ trông trẻ được bố trí trong các kỳ họp hội đồng và các khóa tập huấn.",
            ],
            "result": [
                "{n} phụ nữ đã hoàn thành khóa học lãnh đạo.",
                "Tỷ lệ nữ ở các vị trí lãnh đạo cấp cao của thành phố tăng lên {n}%.",
                "{n} đề xuất ngân sách có lồng ghép giới đã được hội đồng thông qua.",
            ],
            "challenge": "Định kiến xã hội và gánh nặng chăm sóc gia đình vẫn khiến nhiều phụ nữ không ra ứng cử.",
        },
        "covid": {
            "subject": [
                "Hậu cần chuỗi lạnh vắc-xin",
                "Đội tiêm chủng lưu động cho các thôn bản vùng sâu",
                "Đăng ký và nhắc lịch tiêm chủng cho người dân",
            ],
            "context": "Khi vắc-xin COVID-19 về, cần tiêm nhanh cho mọi người trưởng thành, kể cả người dân ở thôn bản xa xôi và khu định cư tự phát.",
            "goal": [
                "tiêm vắc-xin nhanh chóng và công bằng cho mọi người dân đủ điều kiện",
                "bảo quản vắc-xin an toàn từ khi nhận đến khi tiêm",
            ],
            "measure": [
                "Tủ đông và thiết bị ghi nhiệt độ được lắp đặt tại các trung tâm y tế quận, huyện, mỗi nơi có một máy phát điện dự phòng.",
                "Các đội lưu động đi thuyền và xe máy đến những thôn bản xa trạm y tế.",
                "Người dân đăng ký trực tuyến hoặc qua trưởng thôn, và nhận tin nhắn nhắc lịch tiêm mũi thứ hai.",
                "Nhà thi đấu và trường học được dùng làm điểm tiêm mở cửa cả buổi tối và cuối tuần.",
            ],
            "result": [
                "{n}% người trưởng thành đã tiêm đủ hai mũi trong năm đầu tiên.",
                "Các đội lưu động đã tiêm {n} liều ở vùng sâu, vùng xa.",
                "Tỷ lệ hao hụt vắc-xin được giữ dưới {n}%.",
            ],
            "challenge": "Thông tin sai lệch trên mạng xã hội làm chậm tiến độ tiêm, và nhân viên y tế kiệt sức sau nhiều tháng làm nhiệm vụ khẩn cấp.",
        },
        "mobility": {
            "subject": [
                "Làn xe đạp có dải phân cách và đường phố an toàn hơn",
                "Mạng lưới xe buýt nhanh tích hợp",
                "Ngày không ô tô và trung tâm thành phố thân thiện với người đi bộ",
            ],
            "context": "Ùn tắc giao thông và ô nhiễm không khí ngày càng nặng, và phần lớn người dân không có lựa chọn an toàn nào ngoài xe máy và ô tô.",
            "goal": [
                "biến đi bộ, đi xe đạp và giao thông công cộng thành cách di chuyển thuận tiện nhất",
                "giảm tử vong do tai nạn giao thông và ô nhiễm không khí",
            ],
            "measure": [
                "Làn xe đạp có dải phân cách được xây dựng dọc các trục chính, kết nối với nhà ga và trường học.",
                "Các tuyến xe buýt được thiết kế lại quanh làn đường riêng, với một loại vé dùng chung cho mọi nhà khai thác.",
                "Đại lộ chính cấm ô tô vào mỗi sáng Chủ nhật để người dân đi bộ, đạp xe và vui chơi.",
                "Tốc độ tối đa quanh trường học và chợ được giảm xuống 30 km/giờ.",
            ],
            "result": [
                "Số chuyến đi bằng giao thông công cộng mỗi ngày tăng {n}%.",
                "{n} km làn xe đạp có dải phân cách đã được đưa vào sử dụng.",
                "Số người chết vì tai nạn giao thông giảm {n}% trên các tuyến được cải tạo.",
            ],
            "challenge": "Các chủ cửa hàng lo mất khách khi chỗ đỗ xe bị bỏ đi, cho đến khi số liệu đếm cho thấy có nhiều người đi bộ qua hơn.",
        },
        "tourism": {
            "subject": [
                "Hồi sinh khu phố cổ",
                "Du lịch cộng đồng tại các làng di sản",
                "Gìn giữ di sản phi vật thể qua lễ hội địa phương",
            ],
            "context": "Các công trình lịch sử ngày càng xuống cấp, trong khi du khách chỉ dồn vào vài điểm và người dân địa phương thu được rất ít.",
            "goal": [
                "bảo tồn di sản của thành phố mà vẫn giữ được sức sống của nơi ở",
                "chia sẻ nguồn thu du lịch cho các gia đình và doanh nghiệp nhỏ địa phương",
            ],
            "measure": [
                "Các công trình di sản được kiểm kê, và chủ nhà nhận khoản hỗ trợ nhỏ để tu bổ mặt tiền.",
                "Các homestay do gia đình địa phương vận hành được tập huấn và đưa lên một nền tảng đặt phòng chung.",
                "Nghề thủ công và nghệ thuật biểu diễn truyền thống được truyền dạy cho thanh thiếu niên tại trung tâm di sản cộng đồng.",
                "Lượng khách tại các điểm đông nhất được điều tiết bằng vé theo khung giờ.",
            ],
            "result": [
                "{n} công trình di sản đã được tu bổ.",
                "Thu nhập từ homestay nay đến với {n} gia đình.",
                "Du khách lưu trú trung bình {n} đêm, thay vì một đêm như trước.",
            ],
            "challenge": "Cân bằng nhu cầu của người dân và du khách vẫn còn khó khăn, nhất là vào mùa lễ hội.",
        },
        "led": {
            "subject": [
                "Dịch vụ một cửa cho doanh nghiệp nhỏ",
                "Hỗ trợ người bán hàng rong và lao động phi chính thức",
                "Đưa sản phẩm địa phương lên sàn thương mại điện tử",
            ],
            "context": "Phần lớn việc làm trong thành phố nằm ở các doanh nghiệp siêu nhỏ và nhỏ, nhiều cơ sở hoạt động phi chính thức, khó tiếp cận tín dụng và thị trường mới.",
            "goal": [
                "giúp doanh nghiệp siêu nhỏ và nhỏ phát triển và tạo việc làm bền vững",
                "đưa các hộ kinh doanh phi chính thức vào nền kinh tế địa phương và mạng lưới an sinh",
            ],
            "measure": [
                "Bộ phận một cửa nay cấp giấy phép kinh doanh trong vòng ba ngày.",
                "Người bán hàng rong được bố trí chỗ bán có đăng ký, có nước, đèn chiếu sáng và thu gom rác.",
                "Các nhà sản xuất địa phương được tập huấn về bao bì, xây dựng thương hiệu và bán hàng trực tuyến.",
                "Quỹ bảo lãnh cùng các ngân hàng địa phương cho vay nhỏ không cần tài sản thế chấp.",
            ],
            "result": [
                "{n} doanh nghiệp mới đã đăng ký trong năm đầu tiên.",
                "{n} khoản vay nhỏ đã được giải ngân qua quỹ bảo lãnh.",
                "Doanh số của các nhà sản xuất tham gia tăng trung bình {n}%.",
            ],
            "challenge": "Nhiều hộ kinh doanh phi chính thức lo rằng đăng ký sẽ kéo theo thuế và kiểm tra, nên cần xây dựng lòng tin từng bước.",
        },
        "vlr": {
            "subject": [
                "Báo cáo rà soát tự nguyện cấp địa phương (VLR) về các SDG",
                "Lồng ghép các SDG vào kế hoạch phát triển địa phương",
                "Bộ chỉ số SDG địa phương và dữ liệu mở",
            ],
            "context": "Các báo cáo SDG quốc gia ít đề cập đến hoạt động của đô thị, và kế hoạch địa phương chưa cho thấy đóng góp vào Chương trình nghị sự 2030.",
            "goal": [
                "báo cáo tiến độ thực hiện các SDG của địa phương qua một báo cáo rà soát tự nguyện",
                "gắn kế hoạch và ngân sách địa phương với Chương trình nghị sự 2030",
            ],
            "measure": [
                "Từng mục tiêu của kế hoạch phát triển địa phương được đối chiếu với các chỉ tiêu SDG mà nó phục vụ.",
                "Một bộ chỉ số địa phương được thống nhất với cơ quan thống kê và công bố dưới dạng dữ liệu mở.",
                "Người dân, trường đại học và doanh nghiệp góp ý dự thảo báo cáo qua các đợt tham vấn công khai.",
                "Báo cáo được trình bày tại Diễn đàn Chính trị Cấp cao của Liên Hợp Quốc cùng với báo cáo quốc gia.",
            ],
            "result": [
                "{n} chỉ số SDG địa phương hiện được theo dõi hằng năm.",
                "{n}% ngân sách địa phương đã được gắn với các chỉ tiêu SDG.",
                "{n} tổ chức đã tham gia tham vấn.",
            ],
            "challenge": "Nhiều chỉ tiêu SDG chưa có dữ liệu ở cấp thành phố, và việc thu thập mất nhiều thời gian hơn dự kiến.",
        },
        "decentral": {
            "subject": [
                "Đưa luật chính quyền địa phương mới vào thực tiễn",
                "Chuyển giao tài khóa và nguồn thu tự có",
                "Nâng cao năng lực chính quyền địa phương sau phân cấp",
            ],
            "context": "Luật mới chuyển giao các dịch vụ cơ bản cho chính quyền địa phương, nhưng nhân lực, nguồn thu và quy định rõ ràng chưa theo kịp ngay.",
            "goal": [
                "đảm nhận các nhiệm vụ được trung ương phân cấp",
                "tăng nguồn thu tự có và lập kế hoạch dựa trên nguồn chuyển giao có thể dự báo",
            ],
            "measure": [
                "Các nhiệm vụ được luật phân cấp được lập danh mục và gắn với nhân lực, tài sản và ngân sách.",
                "Hồ sơ thuế nhà đất được số hóa và bản đồ thuế được cập nhật.",
                "Hiệp hội chính quyền địa phương đàm phán công thức phân bổ với Bộ Tài chính.",
                "Cán bộ địa phương được tập huấn về lập kế hoạch, mua sắm và quản lý tài chính.",
            ],
            "result": [
                "Nguồn thu tự có tăng {n}% trong ba năm.",
                "{n} cán bộ địa phương đã hoàn thành chương trình tập huấn.",
                "Thu thuế nhà đất nay bao phủ {n}% số thửa đất đã đăng ký.",
            ],
            "challenge": "Kinh phí chuyển giao từ trung ương thường đến muộn, khiến việc lập kế hoạch hằng năm gặp khó khăn.",
        },
    },
}

TEXTS["hi"] = {
    "thousands": ",",
    "join": " ",
    "sep": ", ",
    "lower_after_connector": False,
    "titles": {
        Kind.GOOD_PRACTICE: ["{place} में {subject}", "{subject}: {place} की पहल"],
        Kind.CASE_STUDY: ["केस स्टडी: {place} में {subject}", "{subject}: {place} से सबक"],
        Kind.DECENTRALISATION: [
            "{subject}: {place} का अनुभव",
            "विकेंद्रीकरण व्यवहार में: {place} में {subject}",
        ],
        Kind.COVID19: [
            "कोविड-19 के दौरान {place} में {subject}",
            "{place} की कोविड-19 प्रतिक्रिया: {subject}",
        ],
        Kind.PUBLICATION: [
            "{country} में {subject}: स्थानीय अनुभवों की समीक्षा",
            "{subject}: एशिया-प्रशांत के शहरों से सबक",
            "{place} की रिपोर्ट: {subject}",
        ],
        Kind.GUIDELINE: [
            "स्थानीय सरकारों के लिए {subject} संबंधी दिशानिर्देश",
            "प्रशिक्षण मॉड्यूल: {subject}",
            "{place} की ओर से {subject} पर व्यावहारिक मार्गदर्शिका",
        ],
        Kind.WEBINAR: [
            "वेबिनार: {subject}",
            "सहकर्मी-शिक्षण वेबिनार: {place} में {subject}",
            "रिकॉर्डिंग: {subject} पर {place}",
        ],
    },
    "summary": [
        "{context} इसलिए {place} ने {goal_obl} का लक्ष्य रखा। {result}",
        "{place} ने {goal_obl} के लिए काम किया। {result} यह लेख बताता है कि यह कैसे किया गया और अन्य सदस्य इससे क्या सीख सकते हैं।",
        "यह अनुभव दिखाता है कि {place} ने {goal_obl} के लिए क्या कदम उठाए। {result}",
    ],
    "summary_pub": [
        "यह प्रकाशन {country} और व्यापक एशिया-प्रशांत क्षेत्र की स्थानीय सरकारों में {subject} की समीक्षा करता है। {context}",
        "{n} सदस्य शहरों और क्षेत्रों के अनुभव पर आधारित {subject} की समीक्षा, जिसमें स्थानीय और राष्ट्रीय सरकारों के लिए सिफ़ारिशें शामिल हैं।",
    ],
    "summary_guide": [
        "स्थानीय सरकार के अधिकारियों के लिए {subject} पर चरण-दर-चरण मार्गदर्शिका, सदस्य शहरों के उदाहरणों सहित।",
        "यह प्रशिक्षण मॉड्यूल स्थानीय सरकारों को {subject} की योजना बनाने और उसे लागू करने में मदद करता है। इसे कार्यशालाओं में या स्व-अध्ययन के लिए इस्तेमाल किया जा सकता है।",
    ],
    "summary_web": [
        "UCLG ASPAC वेबिनार की रिकॉर्डिंग, जिसमें {place} और अन्य सदस्यों ने {subject} पर चर्चा की।",
        "{subject} पर सहकर्मी-शिक्षण सत्र: वक्ताओं ने बताया कि क्या सफल रहा, क्या नहीं, और वे आगे क्या अलग करेंगे।",
    ],
    "objectives": "कार्यक्रम के उद्देश्य थे: {goal} और {goal2}।",
    "implementation": "सबसे पहले, {m0} इसके बाद, {m1} अंत में, {m2}",
    "success": "सफलता के मुख्य कारण रहे: {a}, {b} और {c}।",
    "resources": "लगभग {budget} अमेरिकी डॉलर, {months} महीनों में, {staff} कर्मचारियों की मुख्य टीम के साथ।",
    "body": "{context}\n\n{lead}\n\n## मुख्य बातें\n\n- {r0}\n- {r1}",
    "body_pub": "{context}\n\nयह प्रकाशन {country} और पूरे एशिया-प्रशांत के {n} सदस्य शहरों और क्षेत्रों के अनुभव पर आधारित है।\n\n## विषय-सूची\n\n1. {subject} क्यों महत्वपूर्ण है\n2. सदस्य शहरों की केस स्टडी\n3. स्थानीय और राष्ट्रीय सरकारों के लिए सिफ़ारिशें",
    "body_guide": "{context}\n\n## चरण\n\n1. {m0}\n2. {m1}\n3. {m2}\n\nहर चरण के साथ टेम्पलेट, जाँच-सूचियाँ और उदाहरण दिए गए हैं, जिन्हें अधिकारी अपने संदर्भ के अनुसार ढाल सकते हैं।",
    "body_web": "{context}\n\n## वक्ता\n\n- {s0}\n- {s1}\n- संचालन: UCLG ASPAC सचिवालय\n\nस्लाइड और प्रतिभागियों के प्रश्नों का सारांश सचिवालय से प्राप्त किया जा सकता है।",
    "roles": [
        "{name}, प्रमुख, {place}",
        "{name}, योजना विभाग प्रमुख, {place}",
        "{name}, अंतरराष्ट्रीय संबंध अधिकारी, {place}",
    ],
    "leads": [
        "यह अनुभव {place} ने UCLG ASPAC सचिवालय के सहयोग से दर्ज किया है, ताकि अन्य सदस्य इसे अपना सकें।",
        "यह कार्यक्रम {country} की राष्ट्रीय नीति और नेटवर्क के अन्य सदस्यों के साथ आदान-प्रदान पर आधारित है।",
    ],
    "goals": [
        "हर चरण में नागरिकों को शामिल करना",
        "सबसे ग़रीब परिवारों तक पहले पहुँचना",
        "नगर कर्मचारियों की क्षमता बढ़ाना",
        "स्थानीय आँकड़ों से लक्ष्य तय करना",
    ],
    "challenges": [
        "स्थानीय चुनावों के बाद कर्मचारियों के तबादलों से काम कई महीनों तक धीमा रहा।",
        "बजट सीमित था, और साझेदारों का सह-वित्तपोषण योजना से देर से मिला।",
        "विभागों के बीच समन्वय बनाने में समय लगा।",
        "शुरुआत में भरोसेमंद आधारभूत आँकड़े उपलब्ध नहीं थे।",
    ],
    "factors": [
        "महापौर की व्यक्तिगत प्रतिबद्धता",
        "स्पष्ट ज़िम्मेदारी वाली समर्पित टीम",
        "नागरिकों के साथ नियमित और ईमानदार संवाद",
        "आँकड़ों और मूल्यांकन के लिए स्थानीय विश्वविद्यालय के साथ साझेदारी",
        "वार्षिक योजना में सुनिश्चित बजट प्रावधान",
        "नेटवर्क के अन्य सदस्यों से सीखना",
    ],
    "replicability": [
        "यह तरीक़ा किसी भी आकार की स्थानीय सरकार अपना सकती है; सबसे ज़्यादा ज़रूरत एक छोटी समर्पित टीम और महापौर के समर्थन की है।",
        "कई सदस्य इस कार्यक्रम से सीखने के लिए दौरा कर चुके हैं, और {place} अपने दस्तावेज़ और उपकरण साझा करने को तैयार है।",
        "अधिकांश घटक कम ख़र्चीले हैं और एक पायलट मोहल्ले से शुरू करके चरणबद्ध तरीक़े से दोहराए जा सकते हैं।",
    ],
    "partners": [
        "UCLG ASPAC",
        "UN-Habitat",
        "UNDP",
        "एशियाई विकास बैंक",
        "स्थानीय शासन से संबंधित राष्ट्रीय मंत्रालय",
        "स्थानीय विश्वविद्यालय",
        "सामुदायिक संगठन और एनजीओ",
    ],
    "topics": {
        "waste": {
            "subject": ["सामुदायिक कचरा बैंक", "घरेलू कचरे का स्रोत पर पृथक्करण", "बाज़ार के कचरे से कम्पोस्ट"],
            "context": "लैंडफिल भरने वाला है, और बढ़ती आबादी के घरेलू कचरे को संग्रहण वाहन संभाल नहीं पा रहे थे।",
            "goal": ["लैंडफिल में जाने वाले घरेलू कचरे को कम करना", "रीसाइक्लिंग से नागरिकों के लिए आय पैदा करना"],
            "measure": [
                "हर मोहल्ले में एक कचरा बैंक खोला गया, जहाँ नागरिक छँटा हुआ प्लास्टिक, काग़ज़ और धातु जमा करते हैं और उनकी पासबुक में राशि दर्ज होती है।",
                "हर घर को दो डिब्बे और संग्रहण कैलेंडर दिया गया, और स्वयंसेवकों ने घर-घर जाकर कचरा छाँटने का तरीक़ा समझाया।",
                "मुख्य बाज़ारों का जैविक कचरा किसान सहकारी समिति के साथ चलाए जा रहे कम्पोस्ट केंद्र में भेजा जाता है।",
                "अनौपचारिक कचरा बीनने वालों का पंजीकरण किया गया, उन्हें उपकरण दिए गए और हर टन कचरे पर भुगतान किया जाता है।",
            ],
            "result": [
                "दो वर्षों में लैंडफिल में जाने वाला कचरा {n}% कम हुआ।",
                "अब {n} परिवार हर सप्ताह अपना कचरा अलग-अलग करते हैं।",
                "पिछले वर्ष कचरा बैंकों ने {n} टन पुनर्चक्रण योग्य सामग्री एकत्र की।",
            ],
            "challenge": "जब भी संग्रहण अनियमित हुआ, छँटाई की आदत ढीली पड़ गई: नागरिकों को यह दिखना चाहिए कि अलग किया गया कचरा सचमुच अलग रखा जाता है।",
        },
        "flood": {
            "subject": [
                "समुदाय-आधारित बाढ़ पूर्व चेतावनी प्रणाली",
                "नदी जल-स्तर सेंसर और एसएमएस बाढ़ अलर्ट",
                "बाढ़-प्रवण बस्तियों के साथ निकासी योजना",
            ],
            "context": "मानसून की बारिश लगभग हर साल निचली बस्तियों में बाढ़ लाती है, और पहले चेतावनी इतनी देर से मिलती थी कि लोगों और सामान को हटाने का समय नहीं बचता था।",
            "goal": [
                "बाढ़ के ख़तरे वाले हर परिवार को कम से कम तीन घंटे पहले चेतावनी देना",
                "बाढ़-प्रवण बस्तियों में जान-माल का नुक़सान घटाना",
            ],
            "measure": [
                "ऊपरी धारा के पुलों पर जल-स्तर सेंसर लगाए गए और उन्हें शहर के कमांड सेंटर से जोड़ा गया।",
                "नदी के तय स्तर पार करते ही एसएमएस, मैसेजिंग ऐप और मंदिरों व मस्जिदों के लाउडस्पीकरों से अलर्ट भेजे जाते हैं।",
                "हर बाढ़-प्रवण बस्ती ने अपने निकासी मार्गों का नक्शा बनाया और बुज़ुर्गों व दिव्यांगजनों की मदद के लिए स्वयंसेवक तय किए।",
                "हर मानसून से पहले स्कूलों, स्वास्थ्य केंद्रों और आपदा प्रबंधन प्राधिकरण के साथ मॉक ड्रिल होती है।",
            ],
            "result": [
                "बाढ़ की चेतावनी अब नागरिकों तक औसतन {n} मिनट पहले पहुँचती है।",
                "पिछले मौसम में {n} नागरिकों ने निकासी अभ्यास में भाग लिया।",
                "पिछली {n} बाढ़ों में किसी की जान नहीं गई।",
            ],
            "challenge": "बहकर आए मलबे और तोड़फोड़ से सेंसर ख़राब हुए, और सूखे वर्ष में उनके रखरखाव का बजट आसानी से कट जाता है।",
        },
        "pb": {
            "subject": [
                "हर वार्ड में सहभागी बजट",
                "मोहल्ला परियोजनाओं पर ऑनलाइन मतदान",
                "महिलाओं और युवाओं के साथ सहभागी बजट",
            ],
            "context": "नागरिकों को लगता था कि बजट उनसे दूर तय होता है, और योजना बैठकों में बहुत कम लोग आते थे।",
            "goal": [
                "पूँजीगत बजट के एक हिस्से पर नागरिकों को सीधे निर्णय लेने देना",
                "ख़र्च के फ़ैसलों को पारदर्शी और जवाबदेह बनाना",
            ],
            "measure": [
                "वार्षिक पूँजीगत बजट का एक हिस्सा नागरिकों द्वारा प्रस्तावित और चुनी गई परियोजनाओं के लिए अलग रखा गया।",
                "मोहल्ला सभाओं ने प्रस्ताव इकट्ठा किए, जिनकी लागत और व्यवहार्यता नगर के इंजीनियरों ने जाँची।",
                "नागरिकों ने चुनी हुई परियोजनाओं पर मतदान केंद्रों और मोबाइल ऐप के ज़रिए वोट दिया।",
                "एक सार्वजनिक डैशबोर्ड हर चुनी गई परियोजना को निविदा से पूरा होने तक दिखाता है।",
            ],
            "result": [
                "पिछले सहभागी बजट चक्र में {n} नागरिकों ने मतदान किया।",
                "नागरिकों द्वारा चुनी गई {n} परियोजनाएँ पूरी हो चुकी हैं।",
                "मोहल्ला सभाओं में {n}% प्रतिभागी महिलाएँ थीं।",
            ],
            "challenge": "कुछ परियोजनाओं में एक बजट वर्ष से ज़्यादा समय लगा, और नतीजे देर से दिखने पर भरोसा कम हुआ।",
        },
        "women": {
            "subject": [
                "महिला पार्षदों के लिए मेंटरिंग",
                "स्थानीय अधिकारियों के लिए महिला नेतृत्व अकादमी",
                "जेंडर-संवेदनशील योजना और बजट",
            ],
            "context": "महापौरों, पार्षदों और वरिष्ठ अधिकारियों में महिलाएँ अब भी बहुत कम हैं, और उनकी प्राथमिकताएँ अक्सर स्थानीय योजनाओं से छूट जाती हैं।",
            "goal": [
                "निर्वाचित और वरिष्ठ पदों पर महिलाओं की संख्या बढ़ाना",
                "स्थानीय सरकार में महिला नेताओं के कौशल और नेटवर्क को मज़बूत करना",
            ],
            "measure": [
                "नवनिर्वाचित महिला पार्षदों को पहले वर्ष के लिए अनुभवी मेंटरों के साथ जोड़ा गया।",
                "छह महीने के नेतृत्व पाठ्यक्रम में सार्वजनिक भाषण, बजट और बातचीत के कौशल सिखाए गए।",
                "हर विभाग अब यह देखता है कि उसके बजट का महिलाओं और पुरुषों पर क्या असर पड़ता है।",
                "परिषद की बैठकों और प्रशिक्षणों के दौरान बच्चों की देखभाल की सुविधा दी जाती है।",
            ],
            "result": [
                "{n} महिलाओं ने नेतृत्व पाठ्यक्रम पूरा किया।",
                "नगर के वरिष्ठ पदों पर महिलाओं की हिस्सेदारी बढ़कर {n}% हो गई।",
                "परिषद ने {n} जेंडर-संवेदनशील बजट प्रस्ताव पारित किए।",
            ],
            "challenge": "सामाजिक अपेक्षाएँ और देखभाल का बोझ अब भी कई महिलाओं को चुनाव लड़ने से रोकते हैं।",
        },
        "covid": {
            "subject": [
                "टीकों की कोल्ड-चेन व्यवस्था",
                "दूरदराज़ के गाँवों के लिए मोबाइल टीकाकरण दल",
                "नागरिकों का टीकाकरण पंजीकरण और रिमाइंडर",
            ],
            "context": "कोविड-19 के टीके आने पर हर वयस्क तक जल्दी पहुँचना ज़रूरी था, जिनमें दूरदराज़ के गाँवों और अनौपचारिक बस्तियों के लोग भी शामिल थे।",
            "goal": [
                "हर पात्र नागरिक को जल्दी और निष्पक्ष रूप से टीका लगाना",
                "टीकों को पहुँचने से लगने तक सुरक्षित रखना",
            ],
            "measure": [
                "ज़िला स्वास्थ्य केंद्रों में फ़्रीज़र और तापमान लॉगर लगाए गए, और हर केंद्र को बैकअप जनरेटर दिया गया।",
                "मोबाइल दल नाव और मोटरसाइकिल से स्वास्थ्य केंद्रों से दूर बसे गाँवों तक पहुँचे।",
                "नागरिकों ने ऑनलाइन या ग्राम प्रधान के माध्यम से पंजीकरण कराया, और दूसरी ख़ुराक के लिए एसएमएस रिमाइंडर पाए।",
                "खेल परिसरों और स्कूलों को शाम और सप्ताहांत में खुलने वाले टीकाकरण केंद्र बनाया गया।",
            ],
            "result": [
                "पहले वर्ष में {n}% वयस्कों को दोनों ख़ुराकें लग गईं।",
                "मोबाइल दलों ने दूरदराज़ के गाँवों में {n} ख़ुराकें दीं।",
                "टीकों की बर्बादी {n}% से कम रखी गई।",
            ],
            "challenge": "सोशल मीडिया पर ग़लत सूचनाओं ने टीकाकरण धीमा किया, और महीनों की आपात ड्यूटी से स्वास्थ्यकर्मी थक गए।",
        },
        "mobility": {
            "subject": [
                "सुरक्षित साइकिल लेन और सुरक्षित सड़कें",
                "एकीकृत बस रैपिड ट्रांज़िट नेटवर्क",
                "कार-मुक्त दिवस और पैदल चलने योग्य शहर केंद्र",
            ],
            "context": "यातायात जाम और वायु प्रदूषण बढ़ते जा रहे थे, और ज़्यादातर नागरिकों के पास मोटरसाइकिल और कार के अलावा कोई सुरक्षित विकल्प नहीं था।",
            "goal": [
                "पैदल चलने, साइकिल और सार्वजनिक परिवहन को आने-जाने का सबसे आसान तरीक़ा बनाना",
                "सड़क दुर्घटनाओं में मौतें और वायु प्रदूषण घटाना",
            ],
            "measure": [
                "मुख्य मार्गों पर अलग की गई साइकिल लेन बनाई गईं, जो स्टेशनों और स्कूलों से जुड़ी हैं।",
                "बस मार्गों को समर्पित लेन के इर्द-गिर्द नए सिरे से बनाया गया, और एक ही टिकट सभी ऑपरेटरों पर मान्य है।",
                "हर रविवार सुबह मुख्य सड़क पर वाहनों की आवाजाही बंद रहती है, ताकि लोग पैदल चल सकें, साइकिल चला सकें और खेल सकें।",
                "स्कूलों और बाज़ारों के आसपास गति सीमा घटाकर 30 किमी प्रति घंटा कर दी गई।",
            ],
            "result": [
                "सार्वजनिक परिवहन की दैनिक यात्राएँ {n}% बढ़ीं।",
                "{n} किलोमीटर सुरक्षित साइकिल लेन अब उपयोग में हैं।",
                "नए सिरे से बनाए गए मार्गों पर सड़क दुर्घटनाओं में मौतें {n}% घटीं।",
            ],
            "challenge": "पार्किंग हटाने पर दुकानदारों को ग्राहक खोने का डर था, जब तक गिनती ने यह नहीं दिखाया कि पैदल गुज़रने वाले लोग बढ़ गए हैं।",
        },
        "tourism": {
            "subject": [
                "ऐतिहासिक पुराने शहर का पुनरुद्धार",
                "विरासत गाँवों में समुदाय-आधारित पर्यटन",
                "स्थानीय उत्सवों से अमूर्त विरासत का संरक्षण",
            ],
            "context": "ऐतिहासिक इमारतें जर्जर हो रही थीं, जबकि पर्यटक कुछ ही स्थलों पर भीड़ लगाते थे और स्थानीय लोगों को बहुत कम आय होती थी।",
            "goal": [
                "शहर की विरासत को संरक्षित रखते हुए उसे जीवंत बनाए रखना",
                "पर्यटन की आय को स्थानीय परिवारों और छोटे व्यवसायों तक पहुँचाना",
            ],
            "measure": [
                "विरासत इमारतों की सूची बनाई गई, और मालिकों को अग्रभाग की मरम्मत के लिए छोटे अनुदान दिए गए।",
                "स्थानीय परिवारों द्वारा चलाए जाने वाले होमस्टे को प्रशिक्षण दिया गया और एक साझा बुकिंग प्लेटफ़ॉर्म पर जोड़ा गया।",
                "सामुदायिक विरासत केंद्र में युवाओं को पारंपरिक शिल्प और प्रदर्शन कलाएँ सिखाई जाती हैं।",
                "सबसे व्यस्त स्थलों पर समयबद्ध टिकटों से आगंतुकों की संख्या नियंत्रित की जाती है।",
            ],
            "result": [
                "{n} विरासत इमारतों का जीर्णोद्धार हो चुका है।",
                "होमस्टे की आय अब {n} परिवारों तक पहुँचती है।",
                "पर्यटक अब औसतन {n} रातें रुकते हैं, जबकि पहले एक रात रुकते थे।",
            ],
            "challenge": "निवासियों और पर्यटकों की ज़रूरतों में संतुलन बनाना अब भी कठिन है, ख़ासकर त्योहारों के मौसम में।",
        },
        "led": {
            "subject": [
                "छोटे व्यवसायों के लिए एकल-खिड़की सेवा",
                "रेहड़ी-पटरी विक्रेताओं और अनौपचारिक कामगारों को सहायता",
                "डिजिटल बाज़ारों पर स्थानीय उत्पाद",
            ],
            "context": "शहर में ज़्यादातर रोज़गार सूक्ष्म और लघु उद्यमों में है, जिनमें से कई अनौपचारिक हैं और उन्हें ऋण या नए बाज़ारों तक पहुँच बहुत कम है।",
            "goal": [
                "सूक्ष्म और लघु उद्यमों को बढ़ने और अच्छे रोज़गार पैदा करने में मदद करना",
                "अनौपचारिक व्यवसायों को स्थानीय अर्थव्यवस्था और सामाजिक सुरक्षा से जोड़ना",
            ],
            "measure": [
                "एकल-खिड़की कार्यालय अब तीन दिनों में व्यापार लाइसेंस जारी करता है।",
                "रेहड़ी-पटरी विक्रेताओं को पानी, रोशनी और कचरा संग्रहण से युक्त पंजीकृत स्थान दिए गए।",
                "स्थानीय उत्पादकों को पैकेजिंग, ब्रांडिंग और ऑनलाइन बिक्री का प्रशिक्षण दिया गया।",
                "स्थानीय बैंकों के साथ बना एक गारंटी कोष बिना ज़मानत के छोटे ऋण देता है।",
            ],
            "result": [
                "पहले वर्ष में {n} नए व्यवसाय पंजीकृत हुए।",
                "गारंटी कोष के माध्यम से {n} छोटे ऋण दिए गए।",
                "भाग लेने वाले उत्पादकों की बिक्री औसतन {n}% बढ़ी।",
            ],
            "challenge": "कई अनौपचारिक व्यवसायों को डर है कि पंजीकरण से कर और निरीक्षण आएँगे, इसलिए भरोसा धीरे-धीरे बनाना पड़ता है।",
        },
        "vlr": {
            "subject": [
                "सतत विकास लक्ष्यों की स्वैच्छिक स्थानीय समीक्षा",
                "स्थानीय विकास योजना और सतत विकास लक्ष्यों का तालमेल",
                "स्थानीय एसडीजी संकेतक और खुला डेटा",
            ],
            "context": "राष्ट्रीय एसडीजी रिपोर्टों में शहरों के काम का ज़िक्र बहुत कम था, और स्थानीय योजनाएँ यह नहीं दिखाती थीं कि वे एजेंडा 2030 में कैसे योगदान देती हैं।",
            "goal": [
                "स्वैच्छिक स्थानीय समीक्षा में एसडीजी की दिशा में स्थानीय प्रगति की रिपोर्ट देना",
                "स्थानीय योजनाओं और बजट को एजेंडा 2030 से जोड़ना",
            ],
            "measure": [
                "स्थानीय विकास योजना के हर लक्ष्य को उन एसडीजी लक्ष्यों से जोड़ा गया जिनमें वह योगदान देता है।",
                "सांख्यिकी कार्यालय के साथ स्थानीय संकेतकों का एक समूह तय किया गया और खुले डेटा के रूप में प्रकाशित किया गया।",
                "नागरिकों, विश्वविद्यालयों और व्यवसायों ने सार्वजनिक परामर्श में समीक्षा के मसौदे पर सुझाव दिए।",
                "समीक्षा को राष्ट्रीय रिपोर्ट के साथ संयुक्त राष्ट्र के उच्च-स्तरीय राजनीतिक मंच पर प्रस्तुत किया गया।",
            ],
            "result": [
                "अब हर वर्ष {n} स्थानीय एसडीजी संकेतकों पर नज़र रखी जाती है।",
                "स्थानीय बजट का {n}% हिस्सा एसडीजी लक्ष्यों से जोड़ा गया है।",
                "परामर्श में {n} संगठनों ने भाग लिया।",
            ],
            "challenge": "कई एसडीजी लक्ष्यों के लिए शहर स्तर पर आँकड़े मौजूद नहीं थे, और उन्हें जुटाने में योजना से ज़्यादा समय लगा।",
        },
        "decentral": {
            "subject": [
                "नए स्थानीय शासन क़ानून का क्रियान्वयन",
                "राजकोषीय हस्तांतरण और अपना राजस्व",
                "विकेंद्रीकरण के बाद नगर क्षमता निर्माण",
            ],
            "context": "नए क़ानून ने बुनियादी सेवाएँ स्थानीय सरकारों को सौंप दीं, लेकिन कर्मचारी, राजस्व और स्पष्ट नियम तुरंत साथ नहीं आए।",
            "goal": [
                "राष्ट्रीय सरकार द्वारा हस्तांतरित कार्यों की ज़िम्मेदारी संभालना",
                "अपना राजस्व बढ़ाकर अनुमानित हस्तांतरणों के आधार पर योजना बनाना",
            ],
            "measure": [
                "क़ानून द्वारा हस्तांतरित कार्यों की सूची बनाई गई और उन्हें कर्मचारियों, परिसंपत्तियों और बजट से मिलाया गया।",
                "संपत्ति कर के रिकॉर्ड डिजिटल किए गए और कर मानचित्र अद्यतन किया गया।",
                "स्थानीय सरकारों के संघ ने वित्त मंत्रालय के साथ हस्तांतरण फ़ॉर्मूले पर बातचीत की।",
                "नगर कर्मचारियों को योजना, ख़रीद और वित्तीय प्रबंधन का प्रशिक्षण दिया गया।",
            ],
            "result": [
                "तीन वर्षों में अपना राजस्व {n}% बढ़ा।",
                "{n} नगर कर्मचारियों ने प्रशिक्षण कार्यक्रम पूरा किया।",
                "संपत्ति कर की वसूली अब {n}% पंजीकृत भूखंडों तक पहुँच गई है।",
            ],
            "challenge": "राष्ट्रीय सरकार से हस्तांतरण अक्सर देर से आते थे, जिससे साल भर की योजना बनाना कठिन हो गया।",
        },
    },
}

TEXTS["tl"] = {
    "thousands": ",",
    "join": " ",
    "sep": ", ",
    "lower_after_connector": True,
    "titles": {
        Kind.GOOD_PRACTICE: ["{subject} sa {place}", "{place}: {subject_lc}"],
        Kind.CASE_STUDY: [
            "Pag-aaral ng kaso: {subject_lc} sa {place}",
            "{subject}: mga aral mula sa {place}",
        ],
        Kind.DECENTRALISATION: [
            "{subject}: ang karanasan ng {place}",
            "Desentralisasyon sa praktika: {subject_lc} sa {place}",
        ],
        Kind.COVID19: [
            "{subject} sa {place} sa panahon ng COVID-19",
            "Pagtugon ng {place} sa COVID-19: {subject_lc}",
        ],
        Kind.PUBLICATION: [
            "{subject} sa {country}: pagsusuri ng mga lokal na karanasan",
            "{subject}: mga aral mula sa mga lungsod sa Asya-Pasipiko",
            "Ulat ng {place}: {subject_lc}",
        ],
        Kind.GUIDELINE: [
            "Mga alituntunin sa {subject_lc} para sa mga pamahalaang lokal",
            "Modyul sa pagsasanay: {subject_lc}",
            "Praktikal na gabay sa {subject_lc} mula sa {place}",
        ],
        Kind.WEBINAR: [
            "Webinar: {subject_lc}",
            "Webinar ng palitan ng karanasan: {subject_lc} sa {place}",
            "Recording: ang {place} tungkol sa {subject_lc}",
        ],
    },
    "summary": [
        "{context} Kaya nagsikap ang {place} na {goal}. {result}",
        "Nagsikap ang {place} na {goal}. {result} Ipinapaliwanag ng talang ito kung paano ito ginawa at ano ang mapupulot ng ibang kasapi.",
        "Ipinapakita ng praktikang ito kung paano nagsikap ang {place} na {goal}. {result}",
    ],
    "summary_pub": [
        "Sinusuri ng publikasyong ito ang {subject_lc} sa mga pamahalaang lokal ng {country} at ng rehiyong Asya-Pasipiko. {context}",
        "Pagsusuri sa {subject_lc} batay sa karanasan ng {n} kasaping lungsod at rehiyon, kasama ang mga rekomendasyon para sa pamahalaang lokal at pambansa.",
    ],
    "summary_guide": [
        "Hakbang-hakbang na gabay sa {subject_lc} para sa mga kawani ng pamahalaang lokal, may mga halimbawa mula sa mga kasaping lungsod.",
        "Tinutulungan ng modyul na ito ang mga pamahalaang lokal na magplano at magpatupad ng {subject_lc}. Magagamit ito sa mga workshop o sa sariling pag-aaral.",
    ],
    "summary_web": [
        "Recording ng webinar ng UCLG ASPAC kung saan tinalakay ng {place} at ng iba pang kasapi ang {subject_lc}.",
        "Sesyon ng palitan ng karanasan tungkol sa {subject_lc}: ibinahagi ng mga tagapagsalita kung ano ang gumana, ano ang hindi, at ano ang gagawin nila nang iba.",
    ],
    "objectives": "Layunin ng programa na {goal} at {goal2}.",
    "implementation": "Una, {m0} Sumunod, {m1} Sa huli, {m2}",
    "success": "Nakasalalay ang tagumpay sa {a}, {b}, at {c}.",
    "resources": "Humigit-kumulang USD {budget} sa loob ng {months} buwan, na may pangunahing pangkat na {staff} kawani.",
    "body": "{context}\n\n{lead}\n\n## Sa madaling sabi\n\n- {r0}\n- {r1}",
    "body_pub": "{context}\n\nNakabatay ang publikasyon sa karanasan ng {n} kasaping lungsod at rehiyon sa {country} at sa buong Asya-Pasipiko.\n\n## Nilalaman\n\n1. Bakit mahalaga ang {subject_lc}\n2. Mga kaso mula sa mga kasaping lungsod\n3. Mga rekomendasyon para sa pamahalaang lokal at pambansa",
    "body_guide": "{context}\n\n## Mga hakbang\n\n1. {m0}\n2. {m1}\n3. {m2}\n\nMay kasamang template, checklist, at halimbawa ang bawat hakbang na maaaring iangkop ng mga kawani sa sarili nilang kalagayan.",
    "body_web": "{context}\n\n## Mga tagapagsalita\n\n- {s0}\n- {s1}\n- Tagapagpadaloy: Kalihiman ng UCLG ASPAC\n\nMaaaring hingin sa kalihiman ang mga slide at buod ng mga tanong ng mga kalahok.",
    "roles": [
        "{name}, Punong Ehekutibo ng {place}",
        "{name}, Pinuno ng Pagpaplano, {place}",
        "{name}, Opisyal sa Ugnayang Panlabas, {place}",
    ],
    "leads": [
        "Idinokumento ng {place} ang karanasang ito sa tulong ng kalihiman ng UCLG ASPAC, upang magamit at maiangkop ito ng ibang kasapi.",
        "Nakasandig ang programa sa pambansang patakaran ng {country} at sa palitan ng karanasan sa ibang kasapi ng network.",
    ],
    "goals": [
        "isali ang mga residente sa bawat hakbang",
        "unahin ang pinakamahihirap na sambahayan",
        "paunlarin ang kakayahan ng mga kawani ng lokal na pamahalaan",
        "gamitin ang lokal na datos upang matukoy ang mga dapat tulungan",
    ],
    "challenges": [
        "Bumagal ang trabaho nang ilang buwan dahil sa pagpapalit ng mga kawani matapos ang lokal na halalan.",
        "Masikip ang badyet, at nahuli sa plano ang kontribusyon ng mga katuwang.",
        "Natagalan ang pagbuo ng koordinasyon sa pagitan ng mga departamento.",
        "Walang maaasahang baseline na datos sa simula.",
    ],
    "factors": [
        "ang personal na paninindigan ng alkalde",
        "isang nakatalagang pangkat na may malinaw na mandato",
        "regular at tapat na pakikipag-usap sa mga residente",
        "pakikipagtulungan sa lokal na unibersidad para sa datos at ebalwasyon",
        "badyet na nakalaan sa taunang plano",
        "pagkatuto mula sa ibang kasapi ng network",
    ],
    "replicability": [
        "Maaaring iangkop ang pamamaraang ito ng mga pamahalaang lokal anuman ang laki; ang pinakakailangan ay isang maliit na nakatalagang pangkat at suporta ng alkalde.",
        "Ilang kasapi na ang bumisita upang matuto mula sa programa, at handang ibahagi ng {place} ang mga dokumento at kasangkapan nito.",
        "Mura ang karamihan sa mga bahagi nito at maaaring gayahin nang paunti-unti, simula sa isang pilot na barangay.",
    ],
    "partners": [
        "UCLG ASPAC",
        "UN-Habitat",
        "UNDP",
        "Asian Development Bank",
        "Department of the Interior and Local Government (DILG)",
        "Lokal na unibersidad",
        "Mga organisasyon ng komunidad at NGO",
    ],
    "topics": {
        "waste": {
            "subject": [
                "Mga bangko ng basura sa komunidad",
                "Paghihiwalay ng basura sa bahay mula sa pinagmulan",
                "Paggawa ng compost mula sa basura ng palengke",
            ],
            "context": "Halos puno na ang tambakan, at hindi na makasabay ang mga trak ng basura sa dami ng basura ng lumalaking populasyon.",
            "goal": [
                "bawasan ang basura ng sambahayan na napupunta sa tambakan",
                "lumikha ng kita para sa mga residente mula sa pag-recycle",
            ],
            "measure": [
                "Nagbukas ng bangko ng basura sa bawat barangay, kung saan idinedeposito ng mga residente ang nahiwalay na plastik, papel, at metal at naitatala ang halaga sa isang passbook.",
                "Tumanggap ang bawat sambahayan ng dalawang basurahan at kalendaryo ng koleksiyon, at ipinaliwanag ng mga boluntaryo ang paghihiwalay sa bahay-bahay.",
                "Dinadala ang nabubulok na basura mula sa mga pangunahing palengke sa isang composting center na pinatatakbo kasama ng kooperatiba ng mga magsasaka.",
                "Inirehistro at binigyan ng kagamitan ang mga impormal na mangangalakal ng basura, at binabayaran sila sa bawat toneladang nakokolekta.",
            ],
            "result": [
                "Bumaba nang {n}% ang basurang napupunta sa tambakan sa loob ng dalawang taon.",
                "{n} sambahayan na ngayon ang naghihiwalay ng basura linggo-linggo.",
                "Humawak ang mga bangko ng basura ng {n} toneladang recyclable noong nakaraang taon.",
            ],
            "challenge": "Humihina ang ugali ng paghihiwalay tuwing hindi regular ang koleksiyon: kailangang makita ng mga residente na talagang nananatiling hiwalay ang basurang pinaghiwalay.",
        },
        "flood": {
            "subject": [
                "Sistema ng maagang babala sa baha na nakabatay sa komunidad",
                "Mga sensor ng taas ng ilog at babala sa baha sa SMS",
                "Plano ng paglikas sa baha kasama ang mga barangay na nanganganib",
            ],
            "context": "Halos taon-taon binabaha ng ulan ng habagat ang mabababang barangay, at dati'y huli na ang babala para mailikas ang mga tao at ari-arian.",
            "goal": [
                "balaan ang bawat sambahayang nanganganib sa baha nang hindi bababa sa tatlong oras bago ito dumating",
                "bawasan ang nasasawi at napipinsalang ari-arian sa mga barangay na madalas bahain",
            ],
            "measure": [
                "Naglagay ng mga sensor ng taas ng tubig sa mga tulay sa itaas ng ilog at ikinonekta ang mga ito sa command center ng lungsod.",
                "Nagpapadala ng babala sa SMS, messaging app, at loudspeaker ng mga simbahan at moske kapag lumampas ang ilog sa napagkasunduang antas.",
                "Iginuhit ng bawat barangay na madalas bahain ang mga ruta ng paglikas nito at nagtalaga ng mga boluntaryong tutulong sa matatanda at may kapansanan.",
                "Nagsasagawa ng drill bago ang bawat tag-ulan kasama ang mga paaralan, health center, at tanggapan ng pamamahala sa kalamidad.",
            ],
            "result": [
                "Umaabot na ngayon ang babala sa baha sa mga residente nang {n} minutong mas maaga sa karaniwan.",
                "{n} residente ang lumahok sa mga drill sa paglikas noong nakaraang panahon.",
                "Walang nasawi sa huling {n} pagbaha.",
            ],
            "challenge": "Nasisira ang mga sensor dahil sa mga inanod na kalat at bandalismo, at madaling bawasan ang badyet sa pagpapanatili ng mga ito sa taong kaunti ang ulan.",
        },
        "pb": {
            "subject": [
                "Participatory budgeting sa bawat distrito",
                "Online na botohan para sa mga proyekto ng barangay",
                "Participatory budgeting kasama ang kababaihan at kabataan",
            ],
            "context": "Pakiramdam ng mga residente ay malayo sa kanila ang pagpapasya sa badyet, at kaunti lang ang dumadalo sa mga pulong sa pagpaplano.",
            "goal": [
                "hayaang direktang magpasya ang mga residente sa bahagi ng badyet para sa kapital",
                "gawing malinaw at may pananagutan ang mga desisyon sa paggastos",
            ],
            "measure": [
                "Inilaan ang bahagi ng taunang badyet para sa kapital sa mga proyektong iminungkahi at pinili ng mga residente.",
                "Nangalap ng mga mungkahi ang mga asembleya ng barangay, at sinuri ng mga inhinyero ng lungsod ang gastos at posibilidad ng mga ito.",
                "Bumoto ang mga residente sa mga napiling proyekto sa mga presinto at sa isang mobile app.",
                "Sinusubaybayan ng isang pampublikong dashboard ang bawat napiling proyekto mula bidding hanggang matapos.",
            ],
            "result": [
                "{n} residente ang bumoto sa huling siklo ng participatory budgeting.",
                "{n} proyektong pinili ng mga residente ang natapos na.",
                "{n}% ng mga lumahok sa mga asembleya ng barangay ay kababaihan.",
            ],
            "challenge": "May mga proyektong tumagal nang higit sa isang taon ng badyet, at nabawasan ang tiwala nang mabagal na lumitaw ang resulta.",
        },
        "women": {
            "subject": [
                "Mentoring para sa mga babaeng konsehal",
                "Akademya sa pamumuno ng kababaihan para sa mga lokal na opisyal",
                "Pagpaplano at pagbabadyet na tumutugon sa kasarian",
            ],
            "context": "Maliit na bahagi pa rin ng mga alkalde, konsehal, at matataas na opisyal ang kababaihan, at madalas na wala sa mga lokal na plano ang kanilang mga prayoridad.",
            "goal": [
                "dagdagan ang kababaihan sa mga halal at matataas na posisyon",
                "palakasin ang kasanayan at network ng kababaihang lider sa pamahalaang lokal",
            ],
            "measure": [
                "Ipinares ang mga bagong halal na babaeng konsehal sa mga bihasang mentor sa kanilang unang taon.",
                "Sinaklaw ng anim na buwang kurso sa pamumuno ang pagsasalita sa publiko, pagbabadyet, at negosasyon.",
                "Sinusuri na ngayon ng bawat departamento ang epekto ng badyet nito sa kababaihan at kalalakihan.",
                "May child care habang may sesyon ang konseho at mga pagsasanay.",
            ],
            "result": [
                "{n} babae ang nakatapos ng kurso sa pamumuno.",
                "Tumaas sa {n}% ang bahagi ng kababaihan sa matataas na posisyon sa lungsod.",
                "{n} mungkahing badyet na tumutugon sa kasarian ang pinagtibay ng konseho.",
            ],
            "challenge": "Pinipigilan pa rin ng mga inaasahan ng lipunan at ng pasanin ng pag-aalaga ang maraming babae na tumakbo sa halalan.",
        },
        "covid": {
            "subject": [
                "Lohistika ng cold chain ng bakuna",
                "Mga mobile vaccination team para sa malalayong barangay",
                "Pagpaparehistro at pagpapaalala sa pagbabakuna",
            ],
            "context": "Nang dumating ang mga bakuna laban sa COVID-19, kailangang maabot agad ang bawat nasa hustong gulang, kabilang ang mga nasa malalayong barangay at impormal na pamayanan.",
            "goal": [
                "mabakunahan nang mabilis at patas ang bawat kwalipikadong residente",
                "panatilihing ligtas ang bakuna mula pagdating hanggang iturok",
            ],
            "measure": [
                "Naglagay ng mga freezer at temperature logger sa mga health center ng distrito, bawat isa'y may backup na generator.",
                "Bumiyahe sakay ng bangka at motorsiklo ang mga mobile team patungo sa mga barangay na malayo sa health center.",
                "Nagparehistro ang mga residente online o sa pamamagitan ng kapitan ng barangay, at tumanggap ng paalala sa SMS para sa ikalawang dosis.",
                "Ginawang vaccination center ang mga gym at paaralan na bukas sa gabi at tuwing Sabado at Linggo.",
            ],
            "result": [
                "{n}% ng mga nasa hustong gulang ang nakatanggap ng dalawang dosis sa unang taon.",
                "Nakapagbigay ang mga mobile team ng {n} dosis sa malalayong barangay.",
                "Napanatiling mas mababa sa {n}% ang nasasayang na bakuna.",
            ],
            "challenge": "Pinabagal ng maling impormasyon sa social media ang pagpapabakuna, at napagod nang husto ang mga health worker matapos ang ilang buwang emergency duty.",
        },
        "mobility": {
            "subject": [
                "Protektadong bike lane at mas ligtas na kalye",
                "Pinagsamang network ng bus rapid transit",
                "Car-free day at sentrong lungsod na madaling lakarin",
            ],
            "context": "Lumalala ang trapiko at polusyon sa hangin, at karamihan sa mga residente ay walang ligtas na alternatibo sa motorsiklo at kotse.",
            "goal": [
                "gawing pinakamadaling paraan ng pagbiyahe ang paglalakad, pagbibisikleta, at pampublikong transportasyon",
                "bawasan ang nasasawi sa kalsada at ang polusyon sa hangin",
            ],
            "measure": [
                "Nagtayo ng protektadong bike lane sa mga pangunahing kalsada, na nakakonekta sa mga istasyon at paaralan.",
                "Binago ang mga ruta ng bus sa paligid ng mga nakalaang lane, at iisang tiket na lang ang gamit sa lahat ng operator.",
                "Isinasara sa mga sasakyan ang pangunahing abenida tuwing Linggo ng umaga para sa paglalakad, pagbibisikleta, at paglalaro.",
                "Ibinaba sa 30 km kada oras ang speed limit sa paligid ng mga paaralan at palengke.",
            ],
            "result": [
                "Tumaas nang {n}% ang araw-araw na biyahe sa pampublikong transportasyon.",
                "{n} kilometro ng protektadong bike lane ang ginagamit na ngayon.",
                "Bumaba nang {n}% ang nasasawi sa kalsada sa mga binagong koridor.",
            ],
            "challenge": "Nangamba ang mga may-ari ng tindahan na mawawalan sila ng parokyano nang alisin ang paradahan, hanggang ipakita ng bilang na mas maraming tao ang dumaraan nang naglalakad.",
        },
        "tourism": {
            "subject": [
                "Muling pagbuhay sa makasaysayang lumang bayan",
                "Turismong nakabatay sa komunidad sa mga pamanang nayon",
                "Pagpapanatiling buhay ng di-nahahawakang pamana sa mga lokal na pista",
            ],
            "context": "Nasisira na ang mga makasaysayang gusali, habang dinaragsa ng turista ang iilang lugar lamang at kakaunti ang kita ng mga residente.",
            "goal": [
                "pangalagaan ang pamana ng lungsod habang nananatili itong buhay na tirahan",
                "ipamahagi ang kita mula sa turismo sa mga lokal na pamilya at maliliit na negosyo",
            ],
            "measure": [
                "Inimbentaryo ang mga pamanang gusali, at binigyan ng maliit na grant ang mga may-ari upang ayusin ang harapan nito.",
                "Sinanay ang mga homestay na pinatatakbo ng mga lokal na pamilya at inilista sa iisang booking platform.",
                "Itinuturo sa kabataan ang tradisyonal na sining at pagtatanghal sa isang sentro ng pamana ng komunidad.",
                "Kinokontrol ang dami ng bisita sa pinakamatataong lugar sa pamamagitan ng tiket na may takdang oras.",
            ],
            "result": [
                "{n} pamanang gusali na ang naisaayos.",
                "Umaabot na sa {n} pamilya ang kita mula sa mga homestay.",
                "Nananatili na ang mga bisita nang {n} gabi sa karaniwan, mula sa dating isa.",
            ],
            "challenge": "Mahirap pa ring balansehin ang pangangailangan ng mga residente at ng mga bisita, lalo na sa panahon ng pista.",
        },
        "led": {
            "subject": [
                "One-stop shop para sa maliliit na negosyo",
                "Suporta sa mga tindero sa kalye at impormal na manggagawa",
                "Mga lokal na produkto sa mga digital na pamilihan",
            ],
            "context": "Karamihan sa trabaho sa lungsod ay nasa maliliit at napakaliit na negosyo, marami sa mga ito ay impormal at halos walang access sa pautang o bagong merkado.",
            "goal": [
                "tulungang lumago ang maliliit na negosyo at lumikha ng disenteng trabaho",
                "isama ang mga impormal na negosyo sa lokal na ekonomiya at sa mga programang pangkaligtasan nito",
            ],
            "measure": [
                "Naglalabas na ngayon ang isang one-stop shop ng business permit sa loob ng tatlong araw.",
                "Binigyan ang mga tindero sa kalye ng rehistradong puwesto na may tubig, ilaw, at koleksiyon ng basura.",
                "Sinanay ang mga lokal na prodyuser sa packaging, branding, at pagbebenta online.",
                "Nagbibigay ang isang guarantee fund kasama ng mga lokal na bangko ng maliliit na pautang nang walang kolateral.",
            ],
            "result": [
                "{n} bagong negosyo ang nagparehistro sa unang taon.",
                "{n} maliliit na pautang ang naibigay sa pamamagitan ng guarantee fund.",
                "Tumaas nang {n}% sa karaniwan ang benta ng mga kalahok na prodyuser.",
            ],
            "challenge": "Maraming impormal na negosyo ang natatakot na magdadala ng buwis at inspeksiyon ang pagpaparehistro, kaya kailangang buuin ang tiwala nang paunti-unti.",
        },
        "vlr": {
            "subject": [
                "Boluntaryong lokal na pagsusuri (VLR) ng SDGs",
                "Pag-aangkop ng lokal na plano sa pag-unlad sa SDGs",
                "Mga lokal na indicator ng SDG at bukas na datos",
            ],
            "context": "Kaunti lang ang sinasabi ng mga pambansang ulat sa SDG tungkol sa ginagawa ng mga lungsod, at hindi ipinapakita ng mga lokal na plano ang ambag nito sa Agenda 2030.",
            "goal": [
                "iulat ang lokal na pag-unlad tungo sa SDGs sa isang boluntaryong lokal na pagsusuri",
                "iayon ang mga lokal na plano at badyet sa Agenda 2030",
            ],
            "measure": [
                "Iniugnay ang bawat layunin ng lokal na plano sa pag-unlad sa mga target ng SDG na pinagsisilbihan nito.",
                "Napagkasunduan kasama ang tanggapan ng estadistika ang isang hanay ng lokal na indicator at inilathala ito bilang bukas na datos.",
                "Nagbigay ng puna ang mga residente, unibersidad, at negosyo sa borador ng pagsusuri sa mga pampublikong konsultasyon.",
                "Iniharap ang pagsusuri sa High-Level Political Forum kasabay ng pambansang ulat.",
            ],
            "result": [
                "{n} lokal na indicator ng SDG ang sinusubaybayan na ngayon taon-taon.",
                "{n}% ng lokal na badyet ang naka-tag na sa mga target ng SDG.",
                "{n} organisasyon ang lumahok sa mga konsultasyon.",
            ],
            "challenge": "Walang datos sa antas ng lungsod para sa maraming target ng SDG, at mas natagalan ang pangangalap nito kaysa sa plano.",
        },
        "decentral": {
            "subject": [
                "Pagpapatupad ng bagong batas sa pamahalaang lokal",
                "Mga fiscal transfer at sariling kita",
                "Pagpapalakas ng kakayahan ng lokal na pamahalaan matapos ang desentralisasyon",
            ],
            "context": "Inilipat ng bagong batas sa mga pamahalaang lokal ang mga pangunahing serbisyo, ngunit hindi agad sumunod ang mga tauhan, kita, at malinaw na patakaran.",
            "goal": [
                "akuin ang mga tungkuling inilipat ng pambansang pamahalaan",
                "palakihin ang sariling kita at magplano batay sa mga transfer na maaasahan",
            ],
            "measure": [
                "Inilista ang mga tungkuling inilipat ng batas at itinugma sa mga tauhan, ari-arian, at badyet.",
                "Ginawang digital ang mga rekord ng buwis sa ari-arian at in-update ang tax map.",
                "Nakipagnegosasyon ang liga ng mga pamahalaang lokal sa Department of Finance tungkol sa pormula ng transfer.",
                "Sinanay ang mga kawani ng lokal na pamahalaan sa pagpaplano, procurement, at pamamahala sa pananalapi.",
            ],
            "result": [
                "Tumaas nang {n}% ang sariling kita sa loob ng tatlong taon.",
                "{n} kawani ng lokal na pamahalaan ang nakatapos ng programa ng pagsasanay.",
                "Saklaw na ngayon ng koleksiyon ng buwis sa ari-arian ang {n}% ng mga rehistradong lote.",
            ],
            "challenge": "Madalas na nahuhuli ang mga transfer mula sa pambansang pamahalaan, kaya nahirapan ang pagpaplano para sa taon.",
        },
    },
}

TEXTS["ne"] = {
    "thousands": ",",
    "join": " ",
    "sep": ", ",
    "lower_after_connector": False,
    "titles": {
        Kind.GOOD_PRACTICE: ["{place}मा {subject}", "{subject}: {place}को पहल"],
        Kind.CASE_STUDY: ["केस अध्ययन: {place}मा {subject}", "{subject}: {place}बाट सिकाइ"],
        Kind.DECENTRALISATION: [
            "{subject}: {place}को अनुभव",
            "व्यवहारमा विकेन्द्रीकरण: {place}मा {subject}",
        ],
        Kind.COVID19: [
            "कोभिड-१९ का बेला {place}मा {subject}",
            "{place}को कोभिड-१९ प्रतिकार्य: {subject}",
        ],
        Kind.PUBLICATION: [
            "{country}मा {subject}: स्थानीय अभ्यासको समीक्षा",
            "{subject}: एसिया-प्रशान्तका सहरहरूबाट सिकाइ",
            "{place}को प्रतिवेदन: {subject}",
        ],
        Kind.GUIDELINE: [
            "स्थानीय तहका लागि {subject} सम्बन्धी निर्देशिका",
            "तालिम मोड्युल: {subject}",
            "{place}को {subject} व्यावहारिक पुस्तिका",
        ],
        Kind.WEBINAR: [
            "वेबिनार: {subject}",
            "सहकर्मी सिकाइ वेबिनार: {place}मा {subject}",
            "रेकर्डिङ: {subject}बारे {place}",
        ],
    },
    "summary": [
        "{context} त्यसैले {place}ले {goal_obl} काम सुरु गर्यो। {result}",
        "{place}ले {goal_obl} निरन्तर प्रयास गरेको छ। {result} यस लेखले काम कसरी गरियो र अन्य सदस्यले के सिक्न सक्छन् भन्ने बताउँछ।",
        "यस अनुभवले {place}ले {goal_obl} के-कस्ता कदम चाल्यो भन्ने देखाउँछ। {result}",
    ],
    "summary_pub": [
        "यस प्रकाशनले {country} र एसिया-प्रशान्त क्षेत्रका स्थानीय सरकारहरूमा {subject}को समीक्षा गर्छ। {context}",
        "{n} सदस्य सहर तथा क्षेत्रहरूको अनुभवमा आधारित {subject}को समीक्षा, स्थानीय तथा संघीय सरकारका लागि सिफारिससहित।",
    ],
    "summary_guide": [
        "स्थानीय तहका कर्मचारीहरूका लागि {subject} सम्बन्धी चरणबद्ध मार्गदर्शन, सदस्य सहरका उदाहरणसहित।",
        "यो तालिम मोड्युलले स्थानीय सरकारलाई {subject}को योजना बनाउन र कार्यान्वयन गर्न सघाउँछ। यसलाई कार्यशालामा वा स्वअध्ययनका लागि प्रयोग गर्न सकिन्छ।",
    ],
    "summary_web": [
        "UCLG ASPAC वेबिनारको रेकर्डिङ, जसमा {place} र अन्य सदस्यले {subject}बारे छलफल गरे।",
        "{subject}बारे सहकर्मी सिकाइ सत्र: वक्ताहरूले के सफल भयो, के भएन र अर्को पटक के फरक गर्थे भन्ने अनुभव सुनाए।",
    ],
    "objectives": "कार्यक्रमका उद्देश्यहरू: {goal} र {goal2}।",
    "implementation": "सबैभन्दा पहिले, {m0} त्यसपछि, {m1} अन्त्यमा, {m2}",
    "success": "सफलताका मुख्य आधार: {a}, {b} र {c}।",
    "resources": "करिब {budget} अमेरिकी डलर, {months} महिना, {staff} जना कर्मचारीको मुख्य टोली।",
    "body": "{context}\n\n{lead}\n\n## मुख्य नतिजा\n\n- {r0}\n- {r1}",
    "body_pub": "{context}\n\nयो प्रकाशन {country} र एसिया-प्रशान्तभरका {n} सदस्य सहर तथा क्षेत्रहरूको अनुभवमा आधारित छ।\n\n## विषयसूची\n\n1. {subject} किन महत्त्वपूर्ण छ\n2. सदस्य सहरहरूका केस अध्ययन\n3. स्थानीय तथा संघीय सरकारका लागि सिफारिस",
    "body_guide": "{context}\n\n## चरणहरू\n\n1. {m0}\n2. {m1}\n3. {m2}\n\nहरेक चरणसँग ढाँचा, जाँचसूची र उदाहरण दिइएका छन्, जसलाई कर्मचारीले आफ्नो सन्दर्भअनुसार प्रयोग गर्न सक्छन्।",
    "body_web": "{context}\n\n## वक्ताहरू\n\n- {s0}\n- {s1}\n- सहजकर्ता: UCLG ASPAC सचिवालय\n\nप्रस्तुतीकरण र सहभागीका प्रश्नहरूको सारांश सचिवालयबाट प्राप्त गर्न सकिन्छ।",
    "roles": [
        "{name}, प्रमुख, {place}",
        "{name}, योजना शाखा प्रमुख, {place}",
        "{name}, अन्तर्राष्ट्रिय सम्बन्ध अधिकृत, {place}",
    ],
    "leads": [
        "{place}ले UCLG ASPAC सचिवालयको सहयोगमा यो अनुभव अभिलेख गरेको छ, ताकि अन्य सदस्यले यसलाई अपनाउन सकून्।",
        "यो कार्यक्रम {country}को राष्ट्रिय नीति र सञ्जालका अन्य सदस्यहरूसँगको आदानप्रदानमा आधारित छ।",
    ],
    "goals": [
        "हरेक चरणमा नागरिकलाई सहभागी गराउनु",
        "सबैभन्दा गरिब परिवारसम्म पहिले पुग्नु",
        "स्थानीय कर्मचारीको क्षमता बढाउनु",
        "स्थानीय तथ्याङ्कका आधारमा लक्षित समूह तय गर्नु",
    ],
    "challenges": [
        "स्थानीय निर्वाचनपछि कर्मचारी सरुवा हुँदा केही महिनासम्म काम ढिलो भयो।",
        "बजेट सीमित थियो, र साझेदारको सह-लगानी योजनाभन्दा ढिलो आयो।",
        "शाखाहरूबीच समन्वय स्थापित गर्न समय लाग्यो।",
        "सुरुमा भरपर्दो आधाररेखा तथ्याङ्क थिएन।",
    ],
    "factors": [
        "नगरप्रमुखको व्यक्तिगत प्रतिबद्धता",
        "स्पष्ट जिम्मेवारीसहितको समर्पित टोली",
        "नागरिकसँग नियमित र इमानदार संवाद",
        "तथ्याङ्क र मूल्याङ्कनका लागि स्थानीय विश्वविद्यालयसँगको साझेदारी",
        "वार्षिक योजनामा सुनिश्चित बजेट",
        "सञ्जालका अन्य सदस्यहरूसँगको पारस्परिक सिकाइ",
    ],
    "replicability": [
        "यो तरिका जुनसुकै आकारका स्थानीय सरकारले अपनाउन सक्छन्; सबैभन्दा बढी चाहिने भनेको सानो समर्पित टोली र नगरप्रमुखको साथ हो।",
        "धेरै सदस्यहरू यो कार्यक्रम सिक्न भ्रमणमा आइसकेका छन्, र {place} आफ्ना कागजात र औजार साझा गर्न तयार छ।",
        "अधिकांश गतिविधिमा कम खर्च लाग्छ र एउटा नमुना टोलबाट सुरु गरेर चरणबद्ध रूपमा दोहोर्याउन सकिन्छ।",
    ],
    "partners": [
        "UCLG ASPAC",
        "UN-Habitat",
        "UNDP",
        "एसियाली विकास बैंक",
        "संघीय मामिला तथा सामान्य प्रशासन मन्त्रालय",
        "स्थानीय विश्वविद्यालय",
        "सामुदायिक संस्था तथा गैरसरकारी संस्था",
    ],
    "topics": {
        "waste": {
            "subject": [
                "सामुदायिक फोहोर बैंक",
                "घरायसी फोहोरको स्रोतमै वर्गीकरण",
                "बजारको फोहोरबाट कम्पोस्ट मल",
            ],
            "context": "ल्यान्डफिल साइट भरिन लागेको छ, र बढ्दो जनसंख्याको घरायसी फोहोर सङ्कलन गाडीहरूले धान्न सकेका थिएनन्।",
            "goal": [
                "ल्यान्डफिलमा जाने घरायसी फोहोर घटाउनु",
                "पुनर्प्रयोगबाट नागरिकका लागि आम्दानी सिर्जना गर्नु",
            ],
            "measure": [
                "हरेक टोलमा फोहोर बैंक खोलियो, जहाँ नागरिकले छुट्याइएको प्लास्टिक, कागज र धातु जम्मा गर्छन् र बचत पुस्तिकामा रकम जम्मा हुन्छ।",
                "हरेक घरलाई दुईवटा भाँडा र सङ्कलन तालिका दिइयो, र स्वयंसेवकहरूले घरदैलोमा गएर फोहोर छुट्याउने तरिका सिकाए।",
                "मुख्य बजारहरूको कुहिने फोहोर कृषक सहकारीसँग मिलेर सञ्चालित कम्पोस्ट केन्द्रमा पठाइन्छ।",
                "अनौपचारिक फोहोर सङ्कलकहरूलाई दर्ता गरी उपकरण दिइयो र प्रत्येक टन फोहोरबापत पारिश्रमिक दिइन्छ।",
            ],
            "result": [
                "दुई वर्षमा ल्यान्डफिलमा जाने फोहोर {n}% ले घट्यो।",
                "अहिले {n} घरपरिवारले हरेक हप्ता फोहोर छुट्याउँछन्।",
                "गत वर्ष फोहोर बैंकहरूले {n} टन पुनर्प्रयोगयोग्य सामग्री सङ्कलन गरे।",
            ],
            "challenge": "सङ्कलन अनियमित हुँदा फोहोर छुट्याउने बानी खस्कियो: छुट्याइएको फोहोर साँच्चै छुट्टै व्यवस्थापन भएको नागरिकले देख्न पाउनुपर्छ।",
        },
        "flood": {
            "subject": [
                "समुदायमा आधारित बाढी पूर्वसूचना प्रणाली",
                "नदीको सतह मापन सेन्सर र एसएमएस बाढी सूचना",
                "बाढी जोखिमयुक्त बस्तीसँग मिलेर बनाइएको उद्धार योजना",
            ],
            "context": "मनसुनी वर्षाले लगभग हरेक वर्ष होचो भागका बस्ती डुबाउँछ, र पहिले पूर्वसूचना यति ढिलो आउँथ्यो कि मानिस र सामान सार्ने समय हुँदैनथ्यो।",
            "goal": [
                "बाढीको जोखिममा रहेका हरेक घरपरिवारलाई कम्तीमा तीन घण्टाअघि सूचना दिनु",
                "बाढी प्रभावित बस्तीमा जनधनको क्षति घटाउनु",
            ],
            "measure": [
                "माथिल्लो तटीय पुलहरूमा पानीको सतह मापन गर्ने सेन्सर जडान गरी सहरको कमान्ड केन्द्रसँग जोडियो।",
                "नदीले तोकिएको सतह पार गर्नेबित्तिकै एसएमएस, मेसेजिङ एप र मन्दिर तथा मस्जिदका माइकबाट सूचना पठाइन्छ।",
                "हरेक जोखिमयुक्त बस्तीले सुरक्षित स्थानसम्म जाने बाटोको नक्सा बनायो र ज्येष्ठ नागरिक तथा अपाङ्गता भएका व्यक्तिलाई सघाउन स्वयंसेवक तोक्यो।",
                "हरेक मनसुनअघि विद्यालय, स्वास्थ्य संस्था र विपद् व्यवस्थापन निकायसँग मिलेर अभ्यास गरिन्छ।",
            ],
            "result": [
                "बाढीको सूचना अब नागरिकसम्म औसतमा {n} मिनेट अगाडि पुग्छ।",
                "गत मनसुनमा {n} नागरिकले उद्धार अभ्यासमा भाग लिए।",
                "पछिल्ला {n} वटा बाढीमा कसैको ज्यान गएन।",
            ],
            "challenge": "बगेर आएका काठपात र तोडफोडले सेन्सर बिग्रिए, र सुक्खा वर्षमा तिनको मर्मत बजेट सजिलै काटिन्छ।",
        },
        "pb": {
            "subject": [
                "हरेक वडामा सहभागितामूलक बजेट",
                "टोलका आयोजनामा अनलाइन मतदान",
                "महिला र युवासँग सहभागितामूलक बजेट",
            ],
            "context": "नागरिकलाई बजेट आफूभन्दा टाढा निर्णय हुन्छ जस्तो लाग्थ्यो, र योजना बैठकमा थोरै मात्र मानिस आउँथे।",
            "goal": [
                "पुँजीगत बजेटको केही भागबारे नागरिकलाई सिधै निर्णय गर्न दिनु",
                "खर्चसम्बन्धी निर्णयलाई पारदर्शी र जवाफदेही बनाउनु",
            ],
            "measure": [
                "वार्षिक पुँजीगत बजेटको एक हिस्सा नागरिकले प्रस्ताव गरेका र छानेका आयोजनाका लागि छुट्याइयो।",
                "टोल भेलाहरूले प्रस्ताव सङ्कलन गरे, जसको लागत र सम्भाव्यता नगरका इन्जिनियरहरूले जाँचे।",
                "नागरिकले छनोटमा परेका आयोजनामा मतदान केन्द्र र मोबाइल एपमार्फत मत दिए।",
                "सार्वजनिक ड्यासबोर्डले छानिएका हरेक आयोजनालाई बोलपत्रदेखि सम्पन्न नहुँदासम्म देखाउँछ।",
            ],
            "result": [
                "पछिल्लो सहभागितामूलक बजेट चक्रमा {n} नागरिकले मतदान गरे।",
                "नागरिकले छानेका {n} आयोजना सम्पन्न भइसकेका छन्।",
                "टोल भेलाका सहभागीमध्ये {n}% महिला थिए।",
            ],
            "challenge": "केही आयोजनामा एक आर्थिक वर्षभन्दा बढी समय लाग्यो, र नतिजा ढिलो देखिँदा विश्वास घट्यो।",
        },
        "women": {
            "subject": [
                "महिला जनप्रतिनिधिका लागि मेन्टरिङ",
                "स्थानीय कर्मचारीका लागि महिला नेतृत्व प्रतिष्ठान",
                "लैङ्गिक उत्तरदायी योजना र बजेट",
            ],
            "context": "नगरप्रमुख, जनप्रतिनिधि र वरिष्ठ कर्मचारीमा महिला अझै थोरै छन्, र उनीहरूका प्राथमिकता प्रायः स्थानीय योजनामा छुट्छन्।",
            "goal": [
                "निर्वाचित र वरिष्ठ पदमा महिलाको सङ्ख्या बढाउनु",
                "स्थानीय सरकारका महिला नेतृत्वको सीप र सञ्जाल बलियो बनाउनु",
            ],
            "measure": [
                "नवनिर्वाचित महिला जनप्रतिनिधिलाई पहिलो वर्षभरि अनुभवी मेन्टरसँग जोडियो।",
                "छ महिने नेतृत्व पाठ्यक्रममा सार्वजनिक वक्तृत्व, बजेट निर्माण र वार्ताको सीप सिकाइयो।",
                "हरेक शाखाले अब आफ्नो बजेटले महिला र पुरुषमा पार्ने असर समीक्षा गर्छ।",
                "सभा बैठक र तालिमका बेला बालबालिका स्याहार सेवा उपलब्ध गराइन्छ।",
            ],
            "result": [
                "{n} जना महिलाले नेतृत्व पाठ्यक्रम पूरा गरे।",
                "नगरका वरिष्ठ पदमा महिलाको हिस्सा बढेर {n}% पुग्यो।",
                "सभाले {n} वटा लैङ्गिक उत्तरदायी बजेट प्रस्ताव पारित गर्यो।",
            ],
            "challenge": "सामाजिक अपेक्षा र हेरचाहको भारले अझै धेरै महिलालाई चुनाव लड्नबाट रोक्छ।",
        },
        "covid": {
            "subject": [
                "खोपको कोल्ड चेन व्यवस्थापन",
                "दुर्गम गाउँका लागि घुम्ती खोप टोली",
                "नागरिकको खोप दर्ता र सम्झना सन्देश",
            ],
            "context": "कोभिड-१९ विरुद्धको खोप आइपुगेपछि दुर्गम गाउँ र अनौपचारिक बस्तीका बासिन्दासहित हरेक वयस्कसम्म छिट्टै पुग्नुपर्ने भयो।",
            "goal": [
                "योग्य हरेक नागरिकलाई छिटो र न्यायोचित रूपमा खोप लगाउनु",
                "खोप आइपुगेदेखि लगाउँदासम्म सुरक्षित राख्नु",
            ],
            "measure": [
                "स्वास्थ्य केन्द्रहरूमा फ्रिजर र तापक्रम मापन यन्त्र जडान गरियो, र हरेकलाई ब्याकअप जेनेरेटर दिइयो।",
                "घुम्ती टोलीहरू डुङ्गा र मोटरसाइकलमा स्वास्थ्य संस्थाभन्दा टाढाका गाउँसम्म पुगे।",
                "नागरिकले अनलाइन वा वडा कार्यालयमार्फत दर्ता गरे, र दोस्रो मात्राका लागि एसएमएस सम्झना पाए।",
                "खेलकुद हल र विद्यालयलाई साँझ र सप्ताहान्तमा पनि खुल्ने खोप केन्द्र बनाइयो।",
            ],
            "result": [
                "पहिलो वर्षमा {n}% वयस्कले दुवै मात्रा खोप लगाए।",
                "घुम्ती टोलीले दुर्गम गाउँमा {n} मात्रा खोप लगाए।",
                "खोपको खेर जाने दर {n}% भन्दा कम राखियो।",
            ],
            "challenge": "सामाजिक सञ्जालका भ्रामक सूचनाले खोप लगाउने क्रम ढिलो बनायो, र महिनौँको आपत्कालीन ड्युटीले स्वास्थ्यकर्मी थाके।",
        },
        "mobility": {
            "subject": [
                "सुरक्षित साइकल लेन र सुरक्षित सडक",
                "एकीकृत द्रुत बस सेवा सञ्जाल",
                "सवारीमुक्त दिवस र पैदलमैत्री सहर केन्द्र",
            ],
            "context": "सवारी जाम र वायु प्रदूषण बढ्दै गएको थियो, र अधिकांश नागरिकसँग मोटरसाइकल र कारबाहेक सुरक्षित विकल्प थिएन।",
            "goal": [
                "पैदल, साइकल र सार्वजनिक यातायातलाई आवतजावतको सबैभन्दा सजिलो माध्यम बनाउनु",
                "सडक दुर्घटनामा हुने मृत्यु र वायु प्रदूषण घटाउनु",
            ],
            "measure": [
                "मुख्य सडकहरूमा छुट्टै साइकल लेन बनाइयो र बस बिसौनी तथा विद्यालयसँग जोडियो।",
                "बसका रुटलाई छुट्टै लेनका आधारमा पुनःसंरचना गरियो, र एउटै टिकट सबै सञ्चालकमा चल्ने बनाइयो।",
                "हरेक शनिबार बिहान मुख्य सडकमा सवारी बन्द गरी पैदल हिँड्न, साइकल चलाउन र खेल्न खुला गरिन्छ।",
                "विद्यालय र बजार वरपर गति सीमा घटाएर प्रतिघण्टा 30 किलोमिटर बनाइयो।",
            ],
            "result": [
                "सार्वजनिक यातायातको दैनिक यात्रा {n}% ले बढ्यो।",
                "अहिले {n} किलोमिटर सुरक्षित साइकल लेन प्रयोगमा छन्।",
                "पुनःसंरचना गरिएका सडकमा दुर्घटनाबाट हुने मृत्यु {n}% ले घट्यो।",
            ],
            "challenge": "पार्किङ हटाउँदा ग्राहक घट्ने डर व्यापारीलाई थियो, तर गणनाले पैदल हिँड्नेको सङ्ख्या बढेको देखायो।",
        },
        "tourism": {
            "subject": [
                "ऐतिहासिक पुरानो बजारको पुनर्जीवन",
                "सम्पदा गाउँमा समुदायमा आधारित पर्यटन",
                "स्थानीय जात्राबाट अमूर्त सम्पदाको संरक्षण",
            ],
            "context": "ऐतिहासिक भवनहरू जीर्ण हुँदै थिए, जबकि पर्यटक केही स्थानमा मात्र थुप्रिन्थे र स्थानीयले थोरै मात्र आम्दानी पाउँथे।",
            "goal": [
                "सहरको सम्पदा जोगाउँदै यसलाई जीवन्त बस्ती बनाइराख्नु",
                "पर्यटनको आम्दानी स्थानीय परिवार र साना व्यवसायसम्म पुर्याउनु",
            ],
            "measure": [
                "सम्पदा भवनहरूको अभिलेख तयार गरियो, र धनीहरूलाई अग्रभाग मर्मतका लागि सानो अनुदान दिइयो।",
                "स्थानीय परिवारले चलाउने होमस्टेलाई तालिम दिई साझा बुकिङ प्लेटफर्ममा सूचीकृत गरियो।",
                "सामुदायिक सम्पदा केन्द्रमा युवालाई परम्परागत हस्तकला र कला सिकाइन्छ।",
                "सबैभन्दा भीडभाड हुने स्थलमा समय तोकिएको टिकटबाट आगन्तुकको सङ्ख्या मिलाइन्छ।",
            ],
            "result": [
                "{n} वटा सम्पदा भवनको पुनर्निर्माण भइसकेको छ।",
                "होमस्टेको आम्दानी अहिले {n} परिवारसम्म पुग्छ।",
                "पर्यटक अब औसतमा {n} रात बस्छन्, पहिले एक रात मात्र बस्थे।",
            ],
            "challenge": "बासिन्दा र पर्यटकको आवश्यकताबीच सन्तुलन मिलाउन अझै गाह्रो छ, विशेषगरी जात्राको मौसममा।",
        },
        "led": {
            "subject": [
                "साना व्यवसायका लागि एकद्वार सेवा",
                "फुटपाथ व्यापारी र अनौपचारिक श्रमिकलाई सहयोग",
                "डिजिटल बजारमा स्थानीय उत्पादन",
            ],
            "context": "सहरका अधिकांश रोजगारी लघु तथा साना उद्यममा छन्, जसमध्ये धेरै अनौपचारिक छन् र कर्जा वा नयाँ बजारसम्म पहुँच कम छ।",
            "goal": [
                "लघु तथा साना उद्यमलाई बढ्न र मर्यादित रोजगारी सिर्जना गर्न सघाउनु",
                "अनौपचारिक व्यवसायलाई स्थानीय अर्थतन्त्र र सामाजिक सुरक्षामा जोड्नु",
            ],
            "measure": [
                "एकद्वार सेवा केन्द्रले अब तीन दिनभित्र व्यवसाय दर्ता प्रमाणपत्र दिन्छ।",
                "फुटपाथ व्यापारीलाई पानी, बत्ती र फोहोर सङ्कलनसहितको दर्ता गरिएको स्थान दिइयो।",
                "स्थानीय उत्पादकलाई प्याकेजिङ, ब्रान्डिङ र अनलाइन बिक्रीको तालिम दिइयो।",
                "स्थानीय बैंकसँग मिलेर बनाइएको जमानत कोषले धितोबिना साना कर्जा दिन्छ।",
            ],
            "result": [
                "पहिलो वर्षमा {n} नयाँ व्यवसाय दर्ता भए।",
                "जमानत कोषमार्फत {n} वटा साना कर्जा प्रवाह भए।",
                "सहभागी उत्पादकको बिक्री औसतमा {n}% ले बढ्यो।",
            ],
            "challenge": "धेरै अनौपचारिक व्यवसायीलाई दर्ता भएपछि कर र निरीक्षण आउने डर छ, त्यसैले विश्वास बिस्तारै बनाउनुपर्छ।",
        },
        "vlr": {
            "subject": [
                "दिगो विकास लक्ष्यको स्वैच्छिक स्थानीय समीक्षा",
                "स्थानीय विकास योजना र दिगो विकास लक्ष्यबीच तादात्म्य",
                "स्थानीय दिगो विकास सूचक र खुला तथ्याङ्क",
            ],
            "context": "राष्ट्रिय दिगो विकास प्रतिवेदनमा सहरका काम विरलै समेटिन्थे, र स्थानीय योजनाले एजेन्डा 2030 मा आफ्नो योगदान देखाउँदैनथे।",
            "goal": [
                "स्वैच्छिक स्थानीय समीक्षामार्फत दिगो विकास लक्ष्यतर्फको स्थानीय प्रगति प्रतिवेदन गर्नु",
                "स्थानीय योजना र बजेटलाई एजेन्डा 2030 सँग आबद्ध गर्नु",
            ],
            "measure": [
                "स्थानीय विकास योजनाका हरेक लक्ष्यलाई सम्बन्धित दिगो विकास लक्ष्यका परिमाणात्मक लक्ष्यसँग जोडियो।",
                "तथ्याङ्क कार्यालयसँग मिलेर स्थानीय सूचकहरूको समूह तय गरियो र खुला तथ्याङ्कका रूपमा प्रकाशित गरियो।",
                "नागरिक, विश्वविद्यालय र व्यवसायीले सार्वजनिक परामर्शमा समीक्षाको मस्यौदामा सुझाव दिए।",
                "समीक्षा राष्ट्रिय प्रतिवेदनसँगै संयुक्त राष्ट्रसंघको उच्चस्तरीय राजनीतिक मञ्चमा प्रस्तुत गरियो।",
            ],
            "result": [
                "अहिले हरेक वर्ष {n} वटा स्थानीय दिगो विकास सूचकको अनुगमन हुन्छ।",
                "स्थानीय बजेटको {n}% भाग दिगो विकास लक्ष्यसँग चिन्हित गरिएको छ।",
                "{n} वटा संस्थाले परामर्शमा भाग लिए।",
            ],
            "challenge": "धेरै लक्ष्यका लागि सहर तहमा तथ्याङ्क थिएन, र त्यसलाई सङ्कलन गर्न योजनाभन्दा बढी समय लाग्यो।",
        },
        "decentral": {
            "subject": [
                "नयाँ स्थानीय सरकार सञ्चालन ऐनको कार्यान्वयन",
                "वित्तीय हस्तान्तरण र आन्तरिक राजस्व",
                "संघीयतापछि स्थानीय तहको क्षमता विकास",
            ],
            "context": "नयाँ कानुनले आधारभूत सेवाहरू स्थानीय सरकारलाई हस्तान्तरण गर्यो, तर कर्मचारी, राजस्व र स्पष्ट नियम तुरुन्तै आइपुगेनन्।",
            "goal": [
                "संघीय सरकारले हस्तान्तरण गरेका कामको जिम्मेवारी सम्हाल्नु",
                "आन्तरिक राजस्व बढाएर अनुमानयोग्य हस्तान्तरणका आधारमा योजना बनाउनु",
            ],
            "measure": [
                "कानुनले हस्तान्तरण गरेका कामको सूची बनाई कर्मचारी, सम्पत्ति र बजेटसँग मिलाइयो।",
                "सम्पत्ति करको अभिलेख डिजिटल बनाइयो र कर नक्सा अद्यावधिक गरियो।",
                "स्थानीय सरकारहरूको संघले अर्थ मन्त्रालयसँग हस्तान्तरणको सूत्रबारे वार्ता गर्यो।",
                "स्थानीय कर्मचारीलाई योजना, खरिद र वित्तीय व्यवस्थापनको तालिम दिइयो।",
            ],
            "result": [
                "तीन वर्षमा आन्तरिक राजस्व {n}% ले बढ्यो।",
                "{n} जना स्थानीय कर्मचारीले तालिम कार्यक्रम पूरा गरे।",
                "सम्पत्ति कर सङ्कलन अब दर्ता भएका {n}% कित्तामा पुगेको छ।",
            ],
            "challenge": "संघीय सरकारबाट हस्तान्तरण प्रायः ढिलो आउँथ्यो, जसले वार्षिक योजना बनाउन कठिन बनायो।",
        },
    },
}
