from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from kota.cooperation.models import (
    Appeal,
    Cooperation,
    CooperationActivity,
    CooperationDocument,
    LearningRequest,
    Need,
    Outcome,
    Party,
    Pledge,
)


class PartyInline(admin.TabularInline):
    model = Party
    extra = 0
    raw_id_fields = ["member"]
    readonly_fields = ["confirmed_at", "confirmed_by"]


class DocumentInline(admin.TabularInline):
    model = CooperationDocument
    extra = 0


class ActivityInline(admin.TabularInline):
    model = CooperationActivity
    extra = 0
    readonly_fields = ["by"]


@admin.register(Cooperation)
class CooperationAdmin(SimpleHistoryAdmin):
    list_display = ["title", "kind", "status", "started_on", "ends_on"]
    list_filter = ["kind", "status"]
    search_fields = ["title"]
    inlines = [PartyInline, DocumentInline, ActivityInline]


class OutcomeInline(admin.TabularInline):
    model = Outcome
    extra = 0


@admin.register(LearningRequest)
class LearningRequestAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "stage", "provider", "created_at"]
    list_filter = ["stage"]
    raw_id_fields = ["member", "provider", "practice", "exchange_event", "from_interest"]
    inlines = [OutcomeInline]


class NeedInline(admin.TabularInline):
    model = Need
    extra = 0
    raw_id_fields = ["member"]


@admin.register(Appeal)
class AppealAdmin(SimpleHistoryAdmin):
    list_display = ["title", "crisis", "status", "opened_on"]
    inlines = [NeedInline]


@admin.register(Pledge)
class PledgeAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "status", "shipped_on", "received_on"]
    list_filter = ["status"]
    raw_id_fields = ["need", "member"]
