from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from kota.mailings.models import Audience, Contact, Delivery, Image, Mailing, Topic


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "public", "position"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Contact)
class ContactAdmin(SimpleHistoryAdmin):
    list_display = ["email", "language", "subscription", "opted_out_at", "suppressed_at"]
    list_filter = ["subscription", "language"]
    search_fields = ["email", "name"]
    filter_horizontal = ["topics"]


@admin.register(Mailing)
class MailingAdmin(SimpleHistoryAdmin):
    list_display = ["subject", "kind", "status", "scheduled_at", "finished_at"]
    list_filter = ["kind", "status"]
    readonly_fields = ["status", "prepared_at", "started_at", "finished_at"]


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ["email", "mailing", "category", "status", "sent_at"]
    list_filter = ["category", "status"]
    search_fields = ["email"]
    list_select_related = ["mailing"]
    raw_id_fields = ["mailing", "contact", "member"]


admin.site.register(Audience)
admin.site.register(Image)
