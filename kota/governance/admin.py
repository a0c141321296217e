from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from kota.governance.models import Body, Seat


class SeatInline(admin.TabularInline):
    model = Seat
    extra = 0
    autocomplete_fields = ["member", "user"]


@admin.register(Body)
class BodyAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "lead_member", "supporting_organisation"]
    list_filter = ["kind"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["lead_member"]
    inlines = [SeatInline]


@admin.register(Seat)
class SeatAdmin(SimpleHistoryAdmin):
    list_display = ["holder_name", "role", "body", "member", "holder_sex", "starts_on", "ends_on"]
    list_filter = ["body", "role", "holder_sex"]
    search_fields = ["holder_name", "member__name"]
    autocomplete_fields = ["member", "user"]
    list_select_related = ["body", "member"]
