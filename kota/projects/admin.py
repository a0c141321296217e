from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from kota.projects.models import (
    BudgetLine,
    IndicatorPeriod,
    Programme,
    Project,
    ProjectGrant,
    ProjectIndicator,
    ProjectMember,
    ProjectPartner,
    ProjectSector,
    Publisher,
    Result,
    Transaction,
    Update,
    WorkPlanItemProject,
)


@admin.register(Publisher)
class PublisherAdmin(admin.ModelAdmin):
    list_display = ["display_name", "ref", "organisation_type"]


@admin.register(Programme)
class ProgrammeAdmin(admin.ModelAdmin):
    list_display = ["code", "title"]
    search_fields = ["code", "title"]


class MemberInline(admin.TabularInline):
    model = ProjectMember
    extra = 0
    raw_id_fields = ["member"]


class PartnerInline(admin.TabularInline):
    model = ProjectPartner
    extra = 0
    raw_id_fields = ["partner"]


class GrantInline(admin.TabularInline):
    model = ProjectGrant
    extra = 0
    raw_id_fields = ["grant"]


class SectorInline(admin.TabularInline):
    model = ProjectSector
    extra = 0


class BudgetLineInline(admin.TabularInline):
    model = BudgetLine
    extra = 0


@admin.register(Project)
class ProjectAdmin(SimpleHistoryAdmin):
    list_display = ["code", "title", "programme", "status", "is_public"]
    list_filter = ["programme", "status", "is_public"]
    search_fields = ["code", "title"]
    filter_horizontal = ["activities", "countries"]
    inlines = [MemberInline, PartnerInline, GrantInline, SectorInline, BudgetLineInline]


@admin.register(Transaction)
class TransactionAdmin(SimpleHistoryAdmin):
    list_display = ["project", "kind", "date", "amount", "currency"]
    list_filter = ["kind", "currency"]
    raw_id_fields = ["project", "grant", "budget_line"]


@admin.register(Update)
class UpdateAdmin(SimpleHistoryAdmin):
    list_display = ["project", "period_end", "status", "author"]
    list_filter = ["status"]
    raw_id_fields = ["project"]
    readonly_fields = ["status", "submitted_by", "submitted_at", "reviewed_by", "reviewed_at"]


class IndicatorInline(admin.TabularInline):
    model = ProjectIndicator
    extra = 0


@admin.register(Result)
class ResultAdmin(admin.ModelAdmin):
    list_display = ["title", "project", "kind"]
    raw_id_fields = ["project"]
    inlines = [IndicatorInline]


@admin.register(IndicatorPeriod)
class IndicatorPeriodAdmin(SimpleHistoryAdmin):
    list_display = ["indicator", "period_start", "period_end", "target", "actual"]
    raw_id_fields = ["indicator"]


@admin.register(WorkPlanItemProject)
class WorkPlanItemProjectAdmin(admin.ModelAdmin):
    list_display = ["item", "project"]
    raw_id_fields = ["item", "project"]
