"""The City Enabling Environment (CEE) rating: a framework of criteria rated on a scale, and
editions in which several raters per country rate each criterion. Staff consolidate the
ratings into one score per country and criterion (CONSOLIDATION_RULE), validate the scores and
publish the edition, which makes it public."""

import statistics
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kota.core import access
from kota.core.models import Country
from kota.lib.i18n import translated, translations_field
from kota.lib.workflow import InvalidTransition, NotAllowed

TWO_PLACES = Decimal("0.01")

CONSOLIDATION_RULE = _(
    "A country's score on a criterion is the median of the scores its raters gave that "
    "criterion. A rater who did not rate the criterion is left out (not counted as zero); "
    "with an even number of ratings the median is the mean of the two middle scores; a "
    "criterion nobody rated has no score. Scores are rounded to two decimals, half up. A "
    "country's overall score is the mean of its criterion scores, and only a country scored "
    "on every criterion is ranked. Countries with the same overall score share a rank, and "
    "the next rank is skipped (1, 2, 2, 4)."
)


def median_score(scores):
    """The consolidated score of a criterion from its raters' `scores` (None for a rater who
    did not rate it): see CONSOLIDATION_RULE."""
    given = [Decimal(score) for score in scores if score is not None]
    if not given:
        return None
    return Decimal(statistics.median(given)).quantize(TWO_PLACES, rounding=ROUND_HALF_UP)


def overall_score(criterion_scores, criteria_count):
    """The mean of a country's criterion scores, or None unless every criterion is scored."""
    scores = [s for s in criterion_scores if s is not None]
    if not criteria_count or len(scores) < criteria_count:
        return None
    return (sum(scores) / len(scores)).quantize(TWO_PLACES, rounding=ROUND_HALF_UP)


def competition_ranks(scored):
    """[(rank, key, score)] of `scored` ({key: score}) from the highest score; equal scores
    share a rank and the next rank skips (standard competition ranking, 1-2-2-4); keys with
    equal scores are listed in their own order."""
    ordered = sorted(scored.items(), key=lambda item: (-item[1], str(item[0])))
    ranks, previous, rank = [], None, 0
    for position, (key, score) in enumerate(ordered, start=1):
        if score != previous:
            rank, previous = position, score
        ranks.append((rank, key, score))
    return ranks


class Framework(models.Model):
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=200)
    translations = translations_field()
    scale_min = models.PositiveSmallIntegerField(_("lowest score"), default=1)
    scale_max = models.PositiveSmallIntegerField(_("highest score"), default=4)
    guidance = models.TextField(_("guidance"), blank=True)

    class Meta:
        verbose_name = _("rating framework")
        verbose_name_plural = _("rating frameworks")

    def __str__(self):
        return translated(self.name, self.translations)


class Criterion(models.Model):
    framework = models.ForeignKey(Framework, on_delete=models.CASCADE, related_name="criteria")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    slug = models.SlugField(_("slug"), max_length=60)
    name = models.CharField(_("name"), max_length=200)
    translations = translations_field()
    guidance = models.TextField(_("guidance"), blank=True)

    class Meta:
        ordering = ["framework", "position"]
        constraints = [
            models.UniqueConstraint(fields=["framework", "slug"], name="one_criterion_slug")
        ]
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        return translated(self.name, self.translations)


class EditionQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Published editions for everyone; drafts for staff and the board too."""
        if access.sees_everything(user):
            return self
        return self.filter(status=Edition.Status.PUBLISHED)


class Edition(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    framework = models.ForeignKey(Framework, on_delete=models.PROTECT, related_name="editions")
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    year = models.PositiveSmallIntegerField(_("year"))
    title = models.CharField(_("title"), max_length=200)
    translations = translations_field()
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    is_demo = models.BooleanField(
        _("demo"), default=False, help_text=_("Invented ratings that the site flags as such.")
    )
    consolidated_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    history = HistoricalRecords()

    objects = EditionQuerySet.as_manager()

    class Meta:
        ordering = ["-year"]
        verbose_name = _("rating edition")
        verbose_name_plural = _("rating editions")

    def __str__(self):
        return self.display_title

    def get_absolute_url(self):
        return reverse("surveys:cee_edition", args=[self.slug])

    @property
    def display_title(self):
        return translated(self.title, self.translations)

    @property
    def is_published(self):
        return self.status == self.Status.PUBLISHED

    def consolidate(self, by=None):
        """Compute every country's score per criterion from the raters' ratings by
        CONSOLIDATION_RULE. A score that changes loses its validation; each change is kept
        in the scores' history. Returns how many scores changed."""
        if by is not None and not access.is_secretariat(by):
            raise NotAllowed(_("Only the secretariat consolidates ratings."))
        if self.is_published:
            raise InvalidTransition(_("A published edition's scores are final."))
        criteria = list(self.framework.criteria.values_list("pk", flat=True))
        raters = {}
        for rater_id, country_id in self.raters.values_list("pk", "country_id"):
            raters.setdefault(country_id, []).append(rater_id)
        given = {
            (rater_id, criterion_id): score
            for rater_id, criterion_id, score in Rating.objects.filter(
                rater__edition=self
            ).values_list("rater_id", "criterion_id", "score")
        }
        changed = 0
        with transaction.atomic():
            existing = {
                (s.country_id, s.criterion_id): s
                for s in CountryScore.objects.select_for_update().filter(edition=self)
            }
            for country_id, rater_ids in raters.items():
                for criterion_id in criteria:
                    scores = [given.get((r, criterion_id)) for r in rater_ids]
                    score = median_score(scores)
                    count = sum(1 for s in scores if s is not None)
                    current = existing.get((country_id, criterion_id))
                    if current is None:
                        current = CountryScore(
                            edition=self, country_id=country_id, criterion_id=criterion_id
                        )
                    elif current.score == score and current.ratings == count:
                        continue
                    current.score, current.ratings = score, count
                    current.validated_at, current.validated_by = None, None
                    current._change_reason = "consolidated"
                    current.save()
                    changed += 1
            self.consolidated_at = timezone.now()
            Edition.objects.filter(pk=self.pk).update(consolidated_at=self.consolidated_at)
        return changed

    def validate_scores(self, by):
        """Staff accept every consolidated score not yet validated."""
        if not access.is_secretariat(by):
            raise NotAllowed(_("Only the secretariat validates scores."))
        pending = self.scores.filter(validated_at__isnull=True)
        count = 0
        for score in pending:
            score.validate(by)
            count += 1
        return count

    def publish(self, by):
        """Make the edition public; every score must be validated first."""
        if not access.is_secretariat(by):
            raise NotAllowed(_("Only the secretariat publishes an edition."))
        if self.is_published:
            raise InvalidTransition(_("This edition is already published."))
        if not self.scores.exists():
            raise InvalidTransition(_("Consolidate the ratings before publishing."))
        if self.scores.filter(validated_at__isnull=True).exists():
            raise InvalidTransition(_("Validate every score before publishing."))
        self.status, self.published_at = self.Status.PUBLISHED, timezone.now()
        self._change_reason = "published"
        self.save()

    def table(self):
        """The edition's scores: {"criteria": [Criterion], "countries": [{"country", "scores"
        (by criterion, in order), "overall", "rank"}]} ranked by CONSOLIDATION_RULE, unranked
        countries last. Three queries, whatever the number of countries."""
        criteria = list(self.framework.criteria.all())
        by_country = {}
        for score in self.scores.select_related("country"):
            by_country.setdefault(score.country, {})[score.criterion_id] = score.score
        rows = {}
        for country, scores in by_country.items():
            ordered = [scores.get(c.pk) for c in criteria]
            rows[country.pk] = {
                "country": country,
                "scores": ordered,
                "overall": overall_score(ordered, len(criteria)),
                "rank": None,
            }
        scored = {code: row["overall"] for code, row in rows.items() if row["overall"] is not None}
        ranked = []
        for rank, code, _score in competition_ranks(scored):
            rows[code]["rank"] = rank
            ranked.append(rows[code])
        unranked = sorted(
            (row for row in rows.values() if row["rank"] is None), key=lambda r: r["country"].name
        )
        return {"criteria": criteria, "countries": ranked + unranked}


class Rater(models.Model):
    class Kind(models.TextChoices):
        ASSOCIATION = "association", _("Local government association")
        LOCAL = "local", _("Local government")
        NATIONAL = "national", _("National government")
        EXPERT = "expert", _("Independent expert")

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="raters")
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="cee_raters")
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("type"), max_length=12, choices=Kind.choices)

    class Meta:
        ordering = ["edition", "country", "kind", "name"]
        verbose_name = _("rater")
        verbose_name_plural = _("raters")

    def __str__(self):
        return f"{self.name} ({self.get_kind_display()})"


class Rating(models.Model):
    rater = models.ForeignKey(Rater, on_delete=models.CASCADE, related_name="ratings")
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="ratings")
    score = models.PositiveSmallIntegerField(_("score"))
    justification = models.TextField(_("justification"), blank=True)
    evidence = models.TextField(_("evidence"), blank=True, help_text=_("Laws, reports, links."))
    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["rater", "criterion"], name="one_rating_per_criterion")
        ]
        verbose_name = _("rating")
        verbose_name_plural = _("ratings")

    def __str__(self):
        return f"{self.rater}: {self.criterion} = {self.score}"

    def clean(self):
        framework = self.criterion.framework
        if not framework.scale_min <= self.score <= framework.scale_max:
            raise ValidationError(
                {
                    "score": _("A score is from %(low)s to %(high)s.")
                    % {"low": framework.scale_min, "high": framework.scale_max}
                }
            )


class CountryScore(models.Model):
    """The consolidated score of a country on a criterion in an edition."""

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="scores")
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="cee_scores")
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="scores")
    score = models.DecimalField(_("score"), max_digits=5, decimal_places=2, null=True)
    ratings = models.PositiveSmallIntegerField(_("ratings"), default=0)
    validated_at = models.DateTimeField(null=True, blank=True)
    validated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["edition", "country", "criterion__position"]
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "country", "criterion"], name="one_score_per_criterion"
            )
        ]
        verbose_name = _("country score")
        verbose_name_plural = _("country scores")

    def __str__(self):
        return f"{self.edition} {self.country_id} {self.criterion}: {self.score}"

    def validate(self, by):
        if not access.is_secretariat(by):
            raise NotAllowed(_("Only the secretariat validates scores."))
        self.validated_at, self.validated_by = timezone.now(), by
        self._change_reason = "validated"
        self.save()
