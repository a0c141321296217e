from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from kota.members.models import FocalPoint, Member


class FocalPointInline(admin.StackedInline):
    model = FocalPoint
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Member)
class MemberAdmin(SimpleHistoryAdmin):
    list_display = ["name", "local_name", "kind", "country", "status", "joined_on"]
    list_filter = ["status", "kind", "country__subregion", "country"]
    search_fields = ["name", "local_name", "external_id"]
    readonly_fields = ["slug", "search_name"]
    inlines = [FocalPointInline]
    list_select_related = ["country"]


@admin.register(FocalPoint)
class FocalPointAdmin(SimpleHistoryAdmin):
    list_display = ["name", "member", "email", "user", "is_primary"]
    search_fields = ["name", "email", "member__name"]
    autocomplete_fields = ["member", "user"]
    list_select_related = ["member", "user"]
