from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from kota.dues.models import (
    Adjustment,
    Dues,
    FeeOverride,
    FeeRate,
    FeeSchedule,
    Invoice,
    Payment,
    Tier,
    TierRule,
)


@admin.register(Tier)
class TierAdmin(SimpleHistoryAdmin):
    list_display = ["name", "slug", "position"]
    prepopulated_fields = {"slug": ["name"]}


class FeeRateInline(admin.TabularInline):
    model = FeeRate
    extra = 0


class TierRuleInline(admin.TabularInline):
    model = TierRule
    extra = 0


@admin.register(FeeSchedule)
class FeeScheduleAdmin(SimpleHistoryAdmin):
    list_display = ["year", "currency", "due_on", "grace_days"]
    inlines = [FeeRateInline, TierRuleInline]


@admin.register(FeeOverride)
class FeeOverrideAdmin(SimpleHistoryAdmin):
    list_display = ["member", "schedule", "tier", "amount", "reason", "approved_by"]
    autocomplete_fields = ["member"]


@admin.register(Dues)
class DuesAdmin(SimpleHistoryAdmin):
    list_display = ["member", "year", "tier", "amount", "currency"]
    list_filter = ["year", "tier"]
    search_fields = ["member__name"]
    readonly_fields = ["member", "year", "schedule"]


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class PaymentInline(ReadOnlyInline):
    model = Payment


class AdjustmentInline(ReadOnlyInline):
    model = Adjustment


@admin.register(Invoice)
class InvoiceAdmin(SimpleHistoryAdmin):
    """Invoices change only through their verbs (payments, waivers, voiding), on Kota's own
    invoice page, so the admin shows them read-only and never deletes one."""

    list_display = ["number", "dues", "amount", "currency", "status", "due_on"]
    list_filter = ["year", "status"]
    search_fields = ["number", "dues__member__name"]
    inlines = [PaymentInline, AdjustmentInline]

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False
