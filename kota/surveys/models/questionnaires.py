"""Questionnaires: sections and questions in versions. A published version is frozen, because
responses point at it; editing a published questionnaire means a new version (`new_version()`)."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kota.lib.i18n import translated, translations_field
from kota.lib.workflow import InvalidTransition


class Questionnaire(models.Model):
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200)
    translations = translations_field()
    description = models.TextField(_("description"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["title"]
        verbose_name = _("questionnaire")
        verbose_name_plural = _("questionnaires")

    def __str__(self):
        return self.display_title

    @property
    def display_title(self):
        return translated(self.title, self.translations)

    def latest_version(self):
        return self.versions.order_by("-number").first()


class Version(models.Model):
    """One version of a questionnaire: a draft that staff edit, then published and frozen."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.CASCADE, related_name="versions"
    )
    number = models.PositiveSmallIntegerField(_("version"), default=1)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["questionnaire", "number"]
        constraints = [
            models.UniqueConstraint(fields=["questionnaire", "number"], name="one_version_number")
        ]
        verbose_name = _("questionnaire version")
        verbose_name_plural = _("questionnaire versions")

    def __str__(self):
        return f"{self.questionnaire} v{self.number}"

    @property
    def is_frozen(self):
        return self.status == self.Status.PUBLISHED

    def check_editable(self):
        """Refuse a change to a published version's sections and questions."""
        if self.is_frozen:
            raise InvalidTransition(
                _("Version %(number)s is published and frozen; make a new version to edit it.")
                % {"number": self.number}
            )

    def ordered_questions(self):
        """The questions in the order they are asked: by section, then by position."""
        return list(
            self.questions.select_related("section").order_by(
                "section__position", "section__pk", "position", "pk"
            )
        )

    def publish(self):
        """Freeze this version so that campaigns can send it."""
        with transaction.atomic():
            locked = Version.objects.select_for_update().get(pk=self.pk)
            if locked.is_frozen:
                raise InvalidTransition(_("This version is already published."))
            if not locked.questions.exists():
                raise InvalidTransition(_("A version without questions cannot be published."))
            self.status, self.published_at = self.Status.PUBLISHED, timezone.now()
            Version.objects.filter(pk=self.pk).update(
                status=self.status, published_at=self.published_at
            )

    def new_version(self):
        """A new draft copied from this version (sections and questions), numbered after the
        questionnaire's latest; the one to edit once this one is frozen."""
        with transaction.atomic():
            latest = self.questionnaire.versions.aggregate(n=models.Max("number"))["n"] or 0
            copy = Version.objects.create(questionnaire=self.questionnaire, number=latest + 1)
            for section in self.sections.order_by("position", "pk"):
                questions = list(section.questions.order_by("position", "pk"))
                section.pk = None
                section.version = copy
                section.save()
                for question in questions:
                    question.pk = None
                    question.version, question.section = copy, section
                    question.save()
        return copy


class FrozenWithVersion(models.Model):
    """A part of a version: saving or deleting it is refused once the version is published."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        Version.objects.get(pk=self.version_id).check_editable()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        self.version.check_editable()
        return super().delete(*args, **kwargs)


class Section(FrozenWithVersion):
    version = models.ForeignKey(Version, on_delete=models.CASCADE, related_name="sections")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=200)
    translations = translations_field()

    class Meta:
        ordering = ["version", "position", "pk"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def __str__(self):
        return self.display_title

    @property
    def display_title(self):
        return translated(self.title, self.translations)


class Question(FrozenWithVersion):
    """A question. Choices (`options`) are a list of {"value", "label", "translations"}; a
    matrix asks each of its `rows` (same shape) with the same options. A question with
    `show_if_question` is asked only when that earlier question's answer is one of
    `show_if_values` (for a multiple choice: includes one of them)."""

    class Kind(models.TextChoices):
        SHORT_TEXT = "short_text", _("Short text")
        LONG_TEXT = "long_text", _("Long text")
        NUMBER = "number", _("Number")
        SINGLE = "single", _("Single choice")
        MULTIPLE = "multiple", _("Multiple choice")
        SCALE = "scale", _("Scale")
        DATE = "date", _("Date")
        FILE = "file", _("File")
        MATRIX = "matrix", _("Matrix")

    CHOICE_KINDS = (Kind.SINGLE, Kind.MULTIPLE, Kind.SCALE, Kind.MATRIX)

    version = models.ForeignKey(Version, on_delete=models.CASCADE, related_name="questions")
    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    key = models.SlugField(
        _("key"), max_length=50, help_text=_("Names the question in exports and skip rules.")
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    label = models.CharField(_("question"), max_length=500)
    translations = translations_field()
    help_text = models.CharField(_("help"), max_length=500, blank=True)
    required = models.BooleanField(_("required"), default=False)
    unit = models.CharField(_("unit"), max_length=40, blank=True)
    minimum = models.DecimalField(
        _("minimum"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    maximum = models.DecimalField(
        _("maximum"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    options = models.JSONField(_("options"), default=list, blank=True)
    rows = models.JSONField(_("matrix rows"), default=list, blank=True)
    show_if_question = models.SlugField(_("asked only if question"), max_length=50, blank=True)
    show_if_values = models.JSONField(_("was answered"), default=list, blank=True)

    class Meta:
        ordering = ["version", "position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["version", "key"], name="one_question_key_per_version")
        ]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.display_label

    @property
    def display_label(self):
        return translated(self.label, self.translations)

    def clean(self):
        if self.kind in (self.Kind.SINGLE, self.Kind.MULTIPLE, self.Kind.MATRIX) and not (
            self.options
        ):
            raise ValidationError({"options": _("A choice question needs options.")})
        if self.kind == self.Kind.MATRIX and not self.rows:
            raise ValidationError({"rows": _("A matrix needs rows.")})
        if self.kind == self.Kind.SCALE and (self.minimum is None or self.maximum is None):
            raise ValidationError({"maximum": _("A scale needs a minimum and a maximum.")})

    def choices(self):
        """(value, label in the reader's language) of each option; a scale's are its steps."""
        if self.kind == self.Kind.SCALE:
            low, high = int(self.minimum or 1), int(self.maximum or 5)
            labels = {str(o["value"]): o for o in self.options}
            return [
                (
                    str(n),
                    translated(labels[str(n)]["label"], labels[str(n)].get("translations"))
                    if str(n) in labels
                    else str(n),
                )
                for n in range(low, high + 1)
            ]
        return [
            (str(o["value"]), translated(o["label"], o.get("translations"))) for o in self.options
        ]

    def row_choices(self):
        return [(str(r["value"]), translated(r["label"], r.get("translations"))) for r in self.rows]

    def is_asked(self, answers):
        """Whether this question is asked, given the `answers` so far ({key: value})."""
        if not self.show_if_question:
            return True
        earlier = answers.get(self.show_if_question)
        wanted = {str(v) for v in self.show_if_values}
        if isinstance(earlier, list):
            return bool(wanted & {str(v) for v in earlier})
        return earlier is not None and str(earlier) in wanted

    def condition_text(self, questions_by_key):
        """ "Only if …" in the reader's language, for pages without JavaScript."""
        earlier = questions_by_key.get(self.show_if_question)
        if earlier is None:
            return ""
        labels = dict(earlier.choices())
        values = ", ".join(f"“{labels.get(str(v), v)}”" for v in self.show_if_values)
        return _("Answer only if you answered %(values)s to “%(question)s”.") % {
            "values": values,
            "question": earlier.display_label,
        }

    def in_range(self, number):
        number = Decimal(number)
        return (self.minimum is None or number >= self.minimum) and (
            self.maximum is None or number <= self.maximum
        )
