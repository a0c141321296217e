from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from kota.lib import measures
from kota.results.models import (
    Activity,
    Category,
    Cell,
    Dimension,
    Goal,
    Indicator,
    Lesson,
    Plan,
    SecretariatUnit,
    Strategy,
    Target,
    Value,
)


class GoalInline(admin.TabularInline):
    model = Goal
    extra = 0
    fields = ["code", "title", "position"]


@admin.register(Plan)
class PlanAdmin(admin.ModelAdmin):
    list_display = ["title", "starts_on", "ends_on"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [GoalInline]


@admin.register(Goal)
class GoalAdmin(admin.ModelAdmin):
    list_display = ["code", "title", "plan"]
    list_filter = ["plan"]
    search_fields = ["code", "title"]


@admin.register(Strategy)
class StrategyAdmin(admin.ModelAdmin):
    list_display = ["code", "title", "goal"]
    list_filter = ["goal__plan"]
    search_fields = ["code", "title", "text"]
    list_select_related = ["goal"]


@admin.register(Activity)
class ActivityAdmin(admin.ModelAdmin):
    list_display = ["code", "title", "strategy", "body", "unit"]
    list_filter = ["strategy__goal__plan", "core_areas", "sdgs", "unit"]
    search_fields = ["code", "title", "text"]
    list_select_related = ["strategy", "body", "unit"]
    filter_horizontal = ["sdgs", "core_areas"]
    autocomplete_fields = ["body"]


@admin.register(SecretariatUnit)
class SecretariatUnitAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


class TargetInline(admin.TabularInline):
    model = Target
    extra = 0


class DimensionInline(admin.TabularInline):
    model = Dimension
    extra = 0
    show_change_link = True


@admin.register(Indicator)
class IndicatorAdmin(SimpleHistoryAdmin):
    list_display = ["code", "name", "plan", "unit", "source", "frequency", "is_public"]
    list_filter = ["plan", "source", "unit", "frequency", "is_public"]
    search_fields = ["code", "name", "definition"]
    filter_horizontal = ["strategies", "activities"]
    inlines = [TargetInline, DimensionInline]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "measure":  # the measures apps have registered, by name
            return forms.ChoiceField(
                choices=[("", "---------"), *measures.choices()],
                required=False,
                label=db_field.verbose_name,
                help_text=db_field.help_text,
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class CategoryInline(admin.TabularInline):
    model = Category
    extra = 0


@admin.register(Dimension)
class DimensionAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "indicator"]
    inlines = [CategoryInline]


class CellInline(admin.TabularInline):
    """Read-only: cells are entered through Value.set_cells(), which derives the total."""

    model = Cell
    extra = 0
    fields = ["key", "number"]
    readonly_fields = ["key", "number"]
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


WORKFLOW_FIELDS = [
    "status",
    "origin",
    "entered_by",
    "submitted_by",
    "submitted_at",
    "reviewed_by",
    "reviewed_at",
    "return_reason",
    "corrected_by",
    "corrected_at",
    "correction_reason",
    "computed_at",
]


@admin.register(Value)
class ValueAdmin(SimpleHistoryAdmin):
    list_display = ["indicator", "period_label", "number", "status", "origin"]
    list_filter = ["status", "origin", "indicator__plan"]
    search_fields = ["indicator__code", "indicator__name"]
    list_select_related = ["indicator"]
    inlines = [CellInline]
    actions = ["submit_values", "approve_values"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and obj.is_locked:  # submitted or approved: nothing is editable
            return [field.name for field in Value._meta.fields]
        return WORKFLOW_FIELDS

    def save_model(self, request, obj, form, change):
        if not change:
            obj.entered_by = request.user
        super().save_model(request, obj, form, change)

    def _step(self, request, queryset, step, done):
        count = 0
        for value in queryset:
            try:
                getattr(value, step)(request.user)
                count += 1
            except (ValidationError, PermissionDenied) as error:
                text = "; ".join(error.messages) if hasattr(error, "messages") else str(error)
                self.message_user(request, f"{value}: {text}", messages.ERROR)
        if count:
            self.message_user(request, done % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Submit the selected values for approval"))
    def submit_values(self, request, queryset):
        self._step(request, queryset, "submit", _("%(count)d value(s) submitted."))

    @admin.action(description=_("Approve the selected values"))
    def approve_values(self, request, queryset):
        self._step(request, queryset, "approve", _("%(count)d value(s) approved."))


@admin.register(Lesson)
class LessonAdmin(SimpleHistoryAdmin):
    list_display = ["activity", "written_on", "author", "tags"]
    search_fields = ["text", "tags"]
    list_select_related = ["activity", "author"]
    autocomplete_fields = ["activity"]
