"""The site's own records: the text of its public pages and the content version that keys the
anonymous page cache. Their tables keep the names they had when they lived in `core`."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from kota.lib.markdown import render_markdown


class PageQuerySet(models.QuerySet):
    def for_language(self, slug, language):
        """The page in `language`, else in English; None when neither exists."""
        pages = {page.language: page for page in self.filter(slug=slug)}
        base = (language or "en").split("-")[0]
        return pages.get(language) or pages.get(base) or pages.get("en")


class Page(models.Model):
    """Text of the public pages, written by staff in Markdown, one row per language."""

    slug = models.SlugField(max_length=50)
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=[("en", "English"), ("id", "Bahasa Indonesia"), ("zh-hans", "简体中文")],
    )
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("body (Markdown)"))
    updated_at = models.DateTimeField(auto_now=True)

    objects = PageQuerySet.as_manager()

    class Meta:
        db_table = "core_page"
        constraints = [
            models.UniqueConstraint(fields=["slug", "language"], name="page_slug_language")
        ]
        verbose_name = _("page")

    def __str__(self):
        return f"{self.slug} ({self.language})"

    def body_html(self):
        return render_markdown(self.body)


class ContentVersion(models.Model):
    """One row whose number grows after every committed write to Kota's content: the
    anonymous page cache (kota.site.pagecache) keys pages by it, so a change shows at once.
    `epoch` is random and changed by every restore, which winds the number back: the pair
    (epoch, number) never repeats, so no page kept before a restore is served after it."""

    number = models.PositiveBigIntegerField(default=0)
    epoch = models.CharField(max_length=32, default="", db_default="")

    class Meta:
        db_table = "core_contentversion"
        verbose_name = _("content version")

    def __str__(self):
        return str(self.number)


class AreaVersion(models.Model):
    """How many committed writes each area of Kota's content (an app: knowledge, members,
    dues...) has had: the page cache keys a page by the areas it shows, so that a dues payment
    leaves the cached knowledge pages valid (kota.site.pagecache)."""

    area = models.CharField(max_length=40, primary_key=True)
    number = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = _("area version")

    def __str__(self):
        return f"{self.area} {self.number}"
