from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from kota.workplans.models import FundingSource, Spending, WorkPlan, WorkPlanDecision, WorkPlanItem


class WorkPlanItemInline(admin.TabularInline):
    model = WorkPlanItem
    extra = 0
    fields = ["code", "activity", "output", "body", "unit", "budget", "currency", "funding_source"]
    autocomplete_fields = ["activity"]

    # Only a draft's items change (WorkPlanItem.save() refuses the others'). `obj` is the plan.
    def has_add_permission(self, request, obj=None):
        return obj is None or obj.is_draft

    def has_change_permission(self, request, obj=None):
        return obj is None or obj.is_draft

    def has_delete_permission(self, request, obj=None):
        return obj is None or obj.is_draft


class WorkPlanDecisionInline(admin.TabularInline):
    """Read-only: decisions are recorded by the work plan's steps."""

    model = WorkPlanDecision
    extra = 0
    fields = ["step", "decided_on", "by", "body", "comment"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(WorkPlan)
class WorkPlanAdmin(SimpleHistoryAdmin):
    """Steps are taken on the work plan's page, where the seat rules apply; here it is read."""

    list_display = ["year", "revision", "plan", "status"]
    list_filter = ["plan", "status"]
    readonly_fields = ["plan", "year", "revision", "status", "revises", "created_by", "created_at"]
    inlines = [WorkPlanItemInline, WorkPlanDecisionInline]

    def has_add_permission(self, request):
        return False  # drafted on the plan's work plans page


@admin.register(FundingSource)
class FundingSourceAdmin(admin.ModelAdmin):
    list_display = ["name", "kind"]
    list_filter = ["kind"]


@admin.register(Spending)
class SpendingAdmin(SimpleHistoryAdmin):
    list_display = ["item", "spent_on", "amount", "currency", "reference"]
    list_filter = ["item__work_plan__year"]
    search_fields = ["item__code", "reference"]
    list_select_related = ["item"]
    readonly_fields = ["item", "amount", "currency", "spent_on", "recorded_by", "recorded_at"]

    def has_add_permission(self, request):
        return False  # recorded or imported on the work plan's page
