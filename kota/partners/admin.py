from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from kota.partners.models import (
    Agreement,
    AgreementParty,
    EventPartner,
    Grant,
    GrantCondition,
    Interaction,
    Opportunity,
    Partner,
    PartnerContact,
    ReportingObligation,
    Tranche,
)


class PartnerContactInline(admin.StackedInline):
    model = PartnerContact
    extra = 0


class EventPartnerInline(admin.TabularInline):
    model = EventPartner
    extra = 0
    raw_id_fields = ["event"]


@admin.register(Partner)
class PartnerAdmin(SimpleHistoryAdmin):
    list_display = ["name", "acronym", "organisation_type", "country", "iati_identifier"]
    list_filter = ["organisation_type"]
    search_fields = ["name", "acronym", "iati_identifier"]
    exclude = ["search_name"]
    inlines = [PartnerContactInline, EventPartnerInline]


class AgreementPartyInline(admin.TabularInline):
    model = AgreementParty
    extra = 1
    raw_id_fields = ["member"]


@admin.register(Agreement)
class AgreementAdmin(SimpleHistoryAdmin):
    list_display = ["title", "kind", "status", "signed_on", "valid_until"]
    list_filter = ["kind", "status"]
    search_fields = ["title", "reference"]
    readonly_fields = ["renewal_reminder_sent_for"]
    inlines = [AgreementPartyInline]


@admin.register(Opportunity)
class OpportunityAdmin(SimpleHistoryAdmin):
    list_display = ["title", "funder", "stage", "amount", "currency", "probability", "decision_on"]
    list_filter = ["stage", "currency"]
    search_fields = ["title", "call"]


class TrancheInline(admin.TabularInline):
    model = Tranche
    extra = 1


class GrantConditionInline(admin.TabularInline):
    model = GrantCondition
    extra = 0


class ReportingObligationInline(admin.TabularInline):
    model = ReportingObligation
    extra = 0
    readonly_fields = ["reminder_sent_at"]
    exclude = ["submitted_by"]


@admin.register(Grant)
class GrantAdmin(SimpleHistoryAdmin):
    list_display = ["title", "funder", "status", "amount", "currency", "starts_on", "ends_on"]
    list_filter = ["status", "currency"]
    search_fields = ["title", "reference"]
    raw_id_fields = ["opportunity", "agreement"]
    inlines = [TrancheInline, GrantConditionInline, ReportingObligationInline]


@admin.register(Interaction)
class InteractionAdmin(admin.ModelAdmin):
    list_display = ["partner", "kind", "happened_on", "next_step_due_on"]
    list_filter = ["kind"]
    raw_id_fields = ["recorded_by"]
