"""The plan as data: plan -> strategic goal -> strategy (target) -> activity."""

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _


class Plan(models.Model):
    """A strategic plan such as the Manifesto 2021-2025. Several plans can coexist."""

    slug = models.SlugField(max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["-starts_on", "title"]
        verbose_name = _("plan")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gt=F("starts_on")), name="results_plan_ends_after_start"
            )
        ]

    def __str__(self):
        return self.title


class GoalQuerySet(models.QuerySet):
    def with_tree(self):
        """The goals with their strategies and those strategies' activities, in the plan's
        order, in three queries: the plan's tree as the API and the tree export give it."""
        return self.prefetch_related("strategies__activities")


class PlanPart(models.Model):
    """What a goal and a strategy share: a code, a title and a text, in the plan's order."""

    code = models.CharField(_("code"), max_length=20)
    title = models.CharField(_("title"), max_length=300)
    text = models.TextField(_("text"), blank=True)
    position = models.PositiveSmallIntegerField(
        default=0, help_text=_("Order in the plan's document.")
    )

    class Meta:
        abstract = True
        ordering = ["position", "pk"]


class Goal(PlanPart):
    """A strategic goal of a plan ("1" ... "6" in the Manifesto)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="goals")

    objects = GoalQuerySet.as_manager()

    class Meta(PlanPart.Meta):
        verbose_name = _("strategic goal")
        constraints = [
            models.UniqueConstraint(fields=["plan", "code"], name="results_goal_code_in_plan")
        ]

    def __str__(self):
        return f"{self.code}. {self.title}"


class Strategy(PlanPart):
    """A strategy or target under a goal ("1.1", "1.2" ...)."""

    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="strategies")

    class Meta(PlanPart.Meta):
        verbose_name = _("strategy")
        verbose_name_plural = _("strategies")
        constraints = [
            models.UniqueConstraint(fields=["goal", "code"], name="results_strategy_code_in_goal")
        ]

    def __str__(self):
        return f"{self.code} {self.title}"


class SecretariatUnit(models.Model):
    """A unit of the secretariat that activities are assigned to (programme, finance ...)."""

    slug = models.SlugField(max_length=50, unique=True)
    name = models.CharField(_("name"), max_length=150)

    class Meta:
        ordering = ["name"]
        verbose_name = _("secretariat unit")

    def __str__(self):
        return self.name


class Activity(models.Model):
    """An activity under a strategy ("1.1.1", or "3.2.1a" for the Manifesto's sub-items),
    tagged with SDGs and core areas and led by a body and/or a secretariat unit."""

    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="activities")
    code = models.CharField(_("code"), max_length=20)
    title = models.CharField(_("title"), max_length=300)
    text = models.TextField(_("text"), blank=True)
    position = models.PositiveSmallIntegerField(
        default=0, help_text=_("Order in the plan's document.")
    )
    sdgs = models.ManyToManyField(
        "core.SDG", blank=True, related_name="activities", verbose_name=_("SDGs")
    )
    core_areas = models.ManyToManyField(
        "core.CoreArea", blank=True, related_name="activities", verbose_name=_("core areas")
    )
    body = models.ForeignKey(
        "governance.Body",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="activities",
        verbose_name=_("led by body"),
    )
    unit = models.ForeignKey(
        SecretariatUnit,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="activities",
        verbose_name=_("secretariat unit"),
    )

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        constraints = [
            models.UniqueConstraint(
                fields=["strategy", "code"], name="results_activity_code_in_strategy"
            )
        ]

    def __str__(self):
        return f"{self.code} {self.title}"
