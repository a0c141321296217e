"""The demo network's knowledge hub: good practices, case studies, decentralisation experiences,
COVID-19 responses, publications, guidelines and webinars written by the demo members in the
languages they work in. Deterministic for a given random generator (and day: dates run up to
today).

Every item is first drawn as an `ItemPlan` (plans.py), language-neutral: a topic, a kind, its
members and the index of each phrase it uses in that topic's pools. The plan is then written out
in a language from TEXTS (kota/demo/data/knowledge/<lang>.yaml), where every language has the
same pools in the same order, written natively; so a translation of an item is the same plan
written in another language.

Items and their many-to-many rows are written with bulk_create in batches, and the search index
is rebuilt once at the end (indexing.rebuild, what `rebuild_search_index` runs). At the small
scale each item also gets its history record and review steps; the large scale is benchmark
data and has neither.
"""

import datetime

from django.db import transaction
from django.db.models.functions import Coalesce
from django.utils import timezone, translation
from django.utils.text import slugify

from kota.core.models import Country
from kota.demo.knowledge.plans import ItemPlan, add_months, between
from kota.demo.knowledge.text import (
    FAVOURITES,
    HOME,
    HOME_LANGUAGE,
    PRACTICE_KINDS,
    SHARES,
    TEXTS,
    TOPICS,
    read,
    render,
    round_figure,
)
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

REVIEW = read("review.yaml")  # what the secretariat writes back to authors


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
        indexing.rebuild(KnowledgeItem.objects.published(), bulk=True)
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
        plan = ItemPlan(
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
            numbers=tuple(round_figure(rng.randint(low, high)) for low, high in spec.ranges),
            challenge=rng.randrange(4),
            factors=tuple(sorted(rng.sample(range(6), 3))),
            partners=tuple(sorted(rng.sample(range(7), rng.randint(2, 4)))),
            replicability=rng.randrange(3),
            lead=rng.randrange(2),
            budget=round_figure(int(10 ** rng.uniform(4.3, 6.4))),
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
            start = between(rng, first, today - datetime.timedelta(days=10))
            return start, start, min(start + datetime.timedelta(days=rng.randint(1, 14)), today)
        first, last = spec.years
        if plan.kind == Kind.COVID19:
            first, last = 2020, 2022
        first = datetime.date(first, 3 if first == 2020 else 1, 1)
        last = datetime.date(last, 12, 31) if last else today
        start = between(rng, first, last)
        start = min(start, today - datetime.timedelta(days=120)).replace(day=1)
        end = add_months(start, plan.months)
        ongoing = plan.kind in PRACTICE_KINDS and rng.random() < 0.3
        if ongoing or end > today:
            end = None
        done = end or start + datetime.timedelta(days=90)
        published = between(rng, max(done, HUB_OPENED), today)
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
                reason = rng.choice(REVIEW["return_reasons"])
                days = rng.randint(3, 15)
                events.append((ReviewEvent.Action.RETURNED, item, self.secretariat, reason, days))
            elif rng.random() < 0.4:
                days = rng.randint(0, 1)
                comment = rng.choice(REVIEW["comments"])
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
