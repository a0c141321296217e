"""The site's own records: the text of its public pages. Its table keeps the name it had when
it lived in `core`. (The content and area versions that key the page cache are core's:
kota.core.versions.)"""

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
