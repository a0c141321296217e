from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from kota.events.models import (
    Application,
    Attendance,
    Criterion,
    Event,
    Panelist,
    Question,
    Registration,
    ScholarshipCall,
    Session,
)


class SessionInline(admin.TabularInline):
    model = Session
    extra = 0


class QuestionInline(admin.TabularInline):
    model = Question
    extra = 0


@admin.register(Event)
class EventAdmin(SimpleHistoryAdmin):
    list_display = ["title", "kind", "status", "is_public", "starts_at", "capacity"]
    list_filter = ["kind", "status", "is_public"]
    search_fields = ["title", "slug"]
    date_hierarchy = "starts_at"
    filter_horizontal = ["co_hosts", "core_areas", "sdgs", "activities"]
    raw_id_fields = ["organiser_member", "work_plan_item", "recording"]
    inlines = [SessionInline, QuestionInline]


@admin.register(Registration)
class RegistrationAdmin(SimpleHistoryAdmin):
    list_display = ["name", "event", "status", "sex", "age_group", "role", "attended"]
    list_filter = ["status", "attended", "sex", "age_group", "role"]
    search_fields = ["name", "email", "event__title"]
    raw_id_fields = ["event", "member", "registered_by"]
    readonly_fields = ["token", "consent_at", "created_at"]
    list_select_related = ["event"]


@admin.register(Attendance)
class AttendanceAdmin(admin.ModelAdmin):
    list_display = ["registration", "session", "source", "recorded_at"]
    list_filter = ["source"]
    raw_id_fields = ["registration", "session"]


class CriterionInline(admin.TabularInline):
    model = Criterion
    extra = 0


class PanelistInline(admin.TabularInline):
    model = Panelist
    extra = 0
    raw_id_fields = ["user"]


@admin.register(ScholarshipCall)
class ScholarshipCallAdmin(SimpleHistoryAdmin):
    list_display = ["title", "status", "places", "deadline"]
    list_filter = ["status"]
    inlines = [CriterionInline, PanelistInline]


@admin.register(Application)
class ApplicationAdmin(SimpleHistoryAdmin):
    list_display = ["name", "call", "member", "status"]
    list_filter = ["status", "call"]
    search_fields = ["name", "email"]
    raw_id_fields = ["call", "member", "nominated_by"]
