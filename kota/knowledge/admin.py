from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from kota.knowledge.forms import LinkForm
from kota.knowledge.models import (
    Attachment,
    ExternalLink,
    KnowledgeItem,
    ReplicationInterest,
    ReviewEvent,
)


class AttachmentInline(admin.TabularInline):
    model = Attachment
    extra = 0
    readonly_fields = ["content_type", "size"]


class LinkInline(admin.TabularInline):
    model = ExternalLink
    form = LinkForm
    extra = 0


class ReviewEventInline(admin.TabularInline):
    model = ReviewEvent
    extra = 0
    fields = ["created_at", "author", "action", "text"]
    readonly_fields = fields
    can_delete = False


@admin.register(KnowledgeItem)
class KnowledgeItemAdmin(SimpleHistoryAdmin):
    """Edits here keep the search index in step like every other write. Status changes go
    through the item page's review steps, so that submitters are told."""

    list_display = ["title", "kind", "status", "country", "language", "published_at"]
    list_filter = ["status", "kind", "language", "country"]
    search_fields = ["title", "summary"]
    readonly_fields = ["status", "slug", "year", "submitted_at", "published_at"]
    autocomplete_fields = ["members", "translation_of"]
    filter_horizontal = ["sdgs", "core_areas", "activities"]
    list_select_related = ["country", "language"]
    inlines = [AttachmentInline, LinkInline, ReviewEventInline]


@admin.register(ReplicationInterest)
class ReplicationInterestAdmin(admin.ModelAdmin):
    list_display = ["item", "member", "marked_by", "created_at"]
    list_select_related = ["item", "member", "marked_by"]
    autocomplete_fields = ["item", "member"]
