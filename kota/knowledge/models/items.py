from functools import lru_cache
from typing import NamedTuple
from urllib.parse import quote

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connections, models, transaction
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import timezone
from django.utils.http import RFC3986_SUBDELIMS, escape_leading_slashes
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kota.core import reference as core_reference
from kota.core.access import focal_point_member_ids, is_secretariat, require
from kota.knowledge import indexing
from kota.knowledge.models.related import ReviewEvent
from kota.knowledge.tasks import notify_submitter
from kota.lib.i18n import ChoiceLabels
from kota.lib.markdown import markdown_text, render_markdown
from kota.lib.workflow import InvalidTransition
from kota.members.models import Member


def item_url(pk, slug):
    """reverse("knowledge:item") of the item `pk` whose slug is `slug`, the same address, with
    the URL pattern found once for each script prefix and URL configuration instead of once a
    link: a page of results has 20 links, and reverse() took 21-24 µs for each, quoting a
    Chinese slug included, against 5-8 µs here (quote() with reverse()'s safe characters)."""
    head, tail = _item_url_parts(get_script_prefix(), get_urlconf())
    if head is None or pk is None or not slug or "/" in slug:  # as reverse() does (or refuses)
        return reverse("knowledge:item", kwargs={"pk": pk, "slug": slug})
    return escape_leading_slashes(quote(f"{head}{int(pk)}-{slug}{tail}", safe=_URL_SAFE))


_URL_SAFE = RFC3986_SUBDELIMS + "/~:@"  # what reverse() does not quote in an address


@lru_cache(maxsize=16)
def _item_url_parts(script_prefix, urlconf):
    """(head, tail) of the address of an item, around its "<pk>-<slug>", unquoted; (None,
    None) when the prefix holds what reverse() quoted, which quoting again would change."""
    head, found, tail = reverse("knowledge:item", kwargs={"pk": 0, "slug": "s"}).rpartition("0-s")
    if not found or "%" in head + tail:
        return None, None
    return head, tail


class MemberName(NamedTuple):
    """A member as a search result names it (KnowledgeItemQuerySet.as_results())."""

    slug: str
    name: str
    local_name: str

    def get_absolute_url(self):
        return Member.url_of(self.slug)


class KnowledgeItemQuerySet(models.QuerySet):
    def published(self):
        """What the public sees and searches."""
        return self.filter(status=KnowledgeItem.Status.PUBLISHED)

    def of_members(self, members):
        """Items written by any of `members`."""
        return self.filter(members__in=members).distinct()

    def visible_to(self, user):
        """Published items, plus every item for staff and their own members' items for a
        focal point."""
        published = models.Q(status=KnowledgeItem.Status.PUBLISHED)
        if is_secretariat(user):
            return self
        own = focal_point_member_ids(user)
        if not own:
            return self.filter(published)
        return self.filter(published | models.Q(pk__in=self.of_members(own).values("pk")))

    def for_cards(self):
        """The items with what a listed item shows (country, language, members), in two
        queries however many items: the feed and the review queue."""
        members = Member.objects.only("slug", "name", "local_name")  # names and links only
        return self.select_related("country", "language").prefetch_related(
            models.Prefetch("members", queryset=members)
        )

    def as_results(self, reference=None):
        """The items, as a list, each with what a search result shows (on the page and in
        the API), in two queries however many items, and without a model built for each
        member and tag: `country` and `language` from the reference tables
        (kota.core.reference), and the members and tags of with_members_and_tags(). Only
        the columns a result shows are read (RESULT_FIELDS)."""
        items = list(self.only(*self.model.RESULT_FIELDS))
        if not items:
            return items
        reference = reference or core_reference.current(self.db)
        for item in items:
            item.country = reference.countries[item.country_id]
            item.language = reference.languages[item.language_id]
        return self.with_members_and_tags(items, reference)

    def with_members_and_tags(self, items, reference=None):
        """`items` (already read), each given `card_members`, the slug, name and local name of
        each member, by name, and `card_sdgs` and `card_core_areas`, the reference tables'
        SDGs and core areas, in their order: one query however many items (and the version
        check of the reference tables when `reference` is not given)."""
        if not items:
            return items
        reference = reference or core_reference.current(self.db)
        ids = [item.pk for item in items]
        members = {pk: [] for pk in ids}
        sdgs = {pk: set() for pk in ids}
        areas = {pk: set() for pk in ids}
        for item_id, kind, key, name, local_name in self._members_and_tags(ids):
            if kind == "member":
                members[item_id].append(MemberName(key, name, local_name))
            elif kind == "area":
                areas[item_id].add(key)
            else:
                sdgs[item_id].add(int(key))
        for item in items:
            item.card_members = members[item.pk]
            mine_sdgs, mine_areas = sdgs[item.pk], areas[item.pk]
            item.card_sdgs = [sdg for n, sdg in reference.sdgs.items() if n in mine_sdgs]
            item.card_core_areas = [
                area for slug, area in reference.core_areas.items() if slug in mine_areas
            ]
        return items

    def _members_and_tags(self, ids):
        """(item id, "member", slug, name, local name) of the members of the items `ids`, by
        name, then (item id, "sdg" or "area", key, "", "") of their tags: one query. Written
        as SQL: the ORM took 2.3-4 ms to build this union of three querysets (every results
        page, on the page and in the API), the statement itself 0.3-1.2 ms."""
        tables = {
            name: getattr(self.model, name).through._meta.db_table
            for name in ("members", "sdgs", "core_areas")
        }
        marks = ", ".join(["%s"] * len(ids))
        sql = (
            "SELECT t.knowledgeitem_id, 'member', m.slug, m.name, m.local_name, t.member_id "
            f"FROM {tables['members']} t JOIN {Member._meta.db_table} m ON m.id = t.member_id "
            f"WHERE t.knowledgeitem_id IN ({marks}) "
            "UNION ALL SELECT knowledgeitem_id, 'sdg', CAST(sdg_id AS varchar(20)), '', '', 0 "
            f"FROM {tables['sdgs']} WHERE knowledgeitem_id IN ({marks}) "
            "UNION ALL SELECT knowledgeitem_id, 'area', corearea_id, '', '', 0 "
            f"FROM {tables['core_areas']} WHERE knowledgeitem_id IN ({marks}) "
            "ORDER BY 2, 4, 6"  # kind, then a member's name, then its id
        )
        with connections[self.db].cursor() as cursor:
            cursor.execute(sql, [*ids, *ids, *ids])
            return [row[:5] for row in cursor.fetchall()]

    def awaiting_review(self):
        """Submitted items, the longest-waiting first: the secretariat's review queue."""
        return self.filter(status=KnowledgeItem.Status.SUBMITTED).order_by("submitted_at", "pk")

    def delete(self):
        """Deleting many items removes them from the search index in the same transaction."""
        with transaction.atomic(using=self.db):
            indexing.remove(list(self.values_list("pk", flat=True)))
            return super().delete()


class KnowledgeItem(ChoiceLabels, models.Model):
    """A practice, case study, publication or recording shared by members. It is searchable
    once published; the search index is kept in step on save and delete (kota.knowledge.indexing)
    in the same transaction."""

    class Kind(models.TextChoices):
        GOOD_PRACTICE = "good_practice", _("Good practice")
        CASE_STUDY = "case_study", _("Case study")
        DECENTRALISATION = "decentralisation", _("Decentralisation experience")
        COVID19 = "covid19", _("COVID-19 response")
        PUBLICATION = "publication", _("Publication")
        GUIDELINE = "guideline", _("Guideline or training module")
        WEBINAR = "webinar", _("Webinar or video")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted for review")
        RETURNED = "returned", _("Returned for changes")
        PUBLISHED = "published", _("Published")

    EDITABLE_BY_MEMBERS = (Status.DRAFT, Status.RETURNED)

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, editable=False
    )
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(max_length=80, allow_unicode=True, editable=False)
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences."))
    body = models.TextField(_("description (Markdown)"), blank=True)
    # The description as plain text, derived on save, for search snippets.
    body_text = models.TextField(blank=True, default="", editable=False)
    language = models.ForeignKey(
        "core.Language", on_delete=models.PROTECT, related_name="+", verbose_name=_("language")
    )
    members = models.ManyToManyField(
        "members.Member", related_name="knowledge_items", verbose_name=_("members")
    )
    country = models.ForeignKey(
        "core.Country", on_delete=models.PROTECT, related_name="+", verbose_name=_("country")
    )
    period_start = models.DateField(_("started on"), null=True, blank=True)
    period_end = models.DateField(_("ended on"), null=True, blank=True)
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, editable=False, help_text=_("Year it started, else year published.")
    )

    objectives = models.TextField(_("objectives"), blank=True)
    implementation = models.TextField(_("implementation"), blank=True)
    results = models.TextField(_("results and impact"), blank=True)
    challenges = models.TextField(_("challenges"), blank=True)
    success_factors = models.TextField(_("success factors"), blank=True)
    replicability = models.TextField(_("replicability"), blank=True)
    partners = models.TextField(_("partners"), blank=True)
    resources = models.TextField(_("resources (budget, staff)"), blank=True)

    sdgs = models.ManyToManyField(
        "core.SDG", blank=True, related_name="knowledge_items", verbose_name=_("SDGs")
    )
    core_areas = models.ManyToManyField(
        "core.CoreArea", blank=True, related_name="knowledge_items", verbose_name=_("core areas")
    )
    # The plan's activities (kota.results): a real relation, since the results app and its
    # migrations exist; an activity's code ("1.2.1") is what the API shows.
    activities = models.ManyToManyField(
        "results.Activity",
        blank=True,
        related_name="knowledge_items",
        verbose_name=_("Manifesto activities"),
    )

    contact_name = models.CharField(_("contact name"), max_length=150, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)

    translation_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="translations",
        verbose_name=_("translation of"),
        help_text=_("The original this item translates."),
    )

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, editable=False)
    published_at = models.DateTimeField(null=True, editable=False)

    history = HistoricalRecords(excluded_fields=["slug", "year", "updated_at", "body_text"])
    objects = KnowledgeItemQuerySet.as_manager()

    PRACTICE_FIELDS = (
        "objectives",
        "implementation",
        "results",
        "challenges",
        "success_factors",
        "replicability",
        "partners",
        "resources",
    )

    # What a search result shows, its snippet included (KnowledgeItemQuerySet.as_results()).
    RESULT_FIELDS = (
        *("kind", "status", "title", "slug", "summary", "body", "body_text"),
        *("language", "country", "year", "published_at", *PRACTICE_FIELDS),
    )

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("knowledge item")
        indexes = [
            models.Index(fields=["status", "-published_at"]),
            models.Index(fields=["status", "kind"]),
            models.Index(fields=["status", "country"]),
            models.Index(fields=["status", "language"]),
            models.Index(fields=["status", "year"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(period_end__gte=models.F("period_start"))
                | models.Q(period_end=None)
                | models.Q(period_start=None),
                name="knowledge_period_ends_after_start",
            )
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.slug = slugify(self.title, allow_unicode=True)[:80].strip("-") or "item"
        start = self.period_start or self.published_at
        self.year = start.year if start else None
        self.body_text = markdown_text(self.body)
        if kwargs.get("update_fields") is not None:
            derived = {"slug", "year", "updated_at", "body_text"}
            kwargs["update_fields"] = {*kwargs["update_fields"], *derived}
        with transaction.atomic():
            super().save(*args, **kwargs)
            indexing.sync(self)

    def get_absolute_url(self):
        return item_url(self.pk, self.slug)

    def delete(self, *args, **kwargs):
        with transaction.atomic():
            indexing.remove([self.pk])
            return super().delete(*args, **kwargs)

    def clean(self):
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("The end comes before the start.")})
        original = self.translation_of
        if original is not None:
            if original.pk == self.pk:
                raise ValidationError({"translation_of": _("An item cannot translate itself.")})
            if original.translation_of_id is not None:
                self.translation_of = original.translation_of  # link to the original itself

    @property
    def is_published(self):
        return self.status == self.Status.PUBLISHED

    def body_html(self):
        return render_markdown(self.body)

    def plain_body(self):
        """The description as a reader sees it, without markup: stored on save (items
        written in bulk before it was stored are converted now)."""
        if self.body_text or not self.body:
            return self.body_text
        return markdown_text(self.body)

    def practice_sections(self):
        """(label, text) of the filled-in good-practice fields, in the form's order."""
        return [
            (self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in self.PRACTICE_FIELDS
            if getattr(self, name).strip()
        ]

    def translation_group(self):
        """The other language versions of this item: the original and its translations."""
        root_id = self.translation_of_id or self.pk
        return (
            KnowledgeItem.objects.filter(models.Q(pk=root_id) | models.Q(translation_of_id=root_id))
            .exclude(pk=self.pk)
            .select_related("language")
            .order_by("language__name")
        )

    # Who may do what -------------------------------------------------------------------

    def is_owned_by(self, user):
        """Whether `user` is a focal point of one of this item's members."""
        own = focal_point_member_ids(user)
        if not own or self.pk is None:
            return False
        return self.members.filter(pk__in=own).exists()

    def can_be_seen_by(self, user):
        return self.is_published or is_secretariat(user) or self.is_owned_by(user)

    def can_be_edited_by(self, user):
        """Staff edit any item; a focal point edits their member's drafts and returned items."""
        if is_secretariat(user):
            return True
        return self.status in self.EDITABLE_BY_MEMBERS and self.is_owned_by(user)

    # The review workflow: each step is recorded, and the submitter emailed after commit ----

    def _step(self, by, allowed, new_status, action, text=""):
        with transaction.atomic():
            # Lock the row: two officers clicking at once must not both publish.
            current = KnowledgeItem.objects.select_for_update().only("status").get(pk=self.pk)
            if current.status not in allowed:
                raise InvalidTransition(
                    _("This item is now “%(status)s”: “%(action)s” does not apply to it.")
                    % {"status": current.get_status_display(), "action": action.label}
                )
            now = timezone.now()
            self.status = new_status
            if action == ReviewEvent.Action.SUBMITTED:
                self.submitted_at, self.submitted_by = now, by
            if action == ReviewEvent.Action.PUBLISHED and self.published_at is None:
                self.published_at = now
            self.save()
            return self._record(by, action, text)

    def _record(self, by, action, text=""):
        """Log a review step and, once the transaction commits, email the submitter about it
        (unless they are the one who commented)."""
        event = ReviewEvent.objects.create(item=self, author=by, action=action, text=text)
        if event.concerns_the_submitter():
            transaction.on_commit(lambda: notify_submitter.enqueue(event.pk))
        return event

    def submit(self, by):
        """Send a draft or returned item to the secretariat for review."""
        require(self.can_be_edited_by(by))
        return self._step(
            by, self.EDITABLE_BY_MEMBERS, self.Status.SUBMITTED, ReviewEvent.Action.SUBMITTED
        )

    def publish(self, by):
        """Make the item public and searchable. Secretariat only."""
        require(is_secretariat(by))
        allowed = (self.Status.DRAFT, self.Status.SUBMITTED, self.Status.RETURNED)
        return self._step(by, allowed, self.Status.PUBLISHED, ReviewEvent.Action.PUBLISHED)

    def return_to_submitter(self, by, reason):
        """Send a submitted (or published) item back to its member with the reason why; a
        published item leaves the public pages and the search index."""
        require(is_secretariat(by))
        if not (reason or "").strip():
            raise ValidationError({"reason": _("Say what should change.")})
        allowed = (self.Status.SUBMITTED, self.Status.PUBLISHED)
        return self._step(
            by, allowed, self.Status.RETURNED, ReviewEvent.Action.RETURNED, reason.strip()
        )

    def comment(self, by, text):
        """A remark in the review thread, from the secretariat or the item's focal points."""
        require(is_secretariat(by) or self.is_owned_by(by))
        if not (text or "").strip():
            raise ValidationError({"text": _("Write a comment.")})
        return self._record(by, ReviewEvent.Action.COMMENTED, text.strip())
