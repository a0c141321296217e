from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from kota.knowledge.models import KnowledgeItem


class NewlyPublished(Feed):
    """The 30 most recently published items, as Atom."""

    feed_type = Atom1Feed
    link = reverse_lazy("knowledge:search")
    subtitle = _("Practices, case studies and publications newly shared by members.")

    def title(self):
        return _("%(name)s knowledge") % {"name": settings.KOTA_NAME}

    def items(self):
        return KnowledgeItem.objects.published().for_cards().order_by("-published_at", "-pk")[:30]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return ", ".join(member.name for member in item.members.all())

    def item_categories(self, item):
        return [item.get_kind_display(), item.country.name]
