"""Lessons learned: reflections written on an activity by staff and board members."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class LessonQuerySet(models.QuerySet):
    def search(self, text):
        """Lessons whose text or tags contain `text` (any case); all of them for no text."""
        text = (text or "").strip()
        if not text:
            return self
        return self.filter(models.Q(text__icontains=text) | models.Q(tags__icontains=text))

    def of_plan(self, plan):
        """The lessons written on the activities of `plan`."""
        return self.filter(activity__strategy__goal__plan=plan)


class Lesson(models.Model):
    activity = models.ForeignKey(
        "results.Activity",
        on_delete=models.CASCADE,
        related_name="lessons",
        verbose_name=_("activity"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("author"),
    )
    written_on = models.DateField(_("date"), default=timezone.localdate)
    text = models.TextField(_("lesson"))
    tags = models.CharField(
        _("tags"), max_length=200, blank=True, help_text=_("Optional, separated by commas.")
    )

    history = HistoricalRecords()
    objects = LessonQuerySet.as_manager()

    class Meta:
        ordering = ["-written_on", "-pk"]
        verbose_name = _("lesson learned")
        verbose_name_plural = _("lessons learned")

    def __str__(self):
        return f"{self.activity.code} {self.written_on}: {self.text[:60]}"

    @property
    def tag_list(self):
        return [tag.strip() for tag in self.tags.split(",") if tag.strip()]
