from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from kota.surveys.models import (
    Campaign,
    CountryScore,
    Criterion,
    Edition,
    Framework,
    Question,
    Questionnaire,
    Rater,
    Rating,
    Response,
    Section,
    Version,
)


class VersionInline(admin.TabularInline):
    model = Version
    extra = 0
    fields = ["number", "status", "published_at"]
    readonly_fields = ["status", "published_at"]


@admin.register(Questionnaire)
class QuestionnaireAdmin(admin.ModelAdmin):
    list_display = ["title", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [VersionInline]


class SectionInline(admin.TabularInline):
    model = Section
    extra = 0


class QuestionInline(admin.StackedInline):
    model = Question
    extra = 0


@admin.register(Version)
class VersionAdmin(admin.ModelAdmin):
    """A published version's sections and questions are frozen: saving them is refused."""

    list_display = ["questionnaire", "number", "status"]
    readonly_fields = ["status", "published_at"]
    inlines = [SectionInline, QuestionInline]

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not (obj and obj.is_frozen)


@admin.register(Campaign)
class CampaignAdmin(admin.ModelAdmin):
    list_display = ["title", "status", "due_on", "results_published"]
    readonly_fields = ["status", "opened_at"]
    prepopulated_fields = {"slug": ["title"]}

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "version":
            kwargs["queryset"] = Version.objects.filter(status=Version.Status.PUBLISHED)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Response)
class ResponseAdmin(SimpleHistoryAdmin):
    list_display = ["campaign", "member", "email", "status"]
    list_filter = ["campaign", "status"]
    readonly_fields = ["status", "answers", "submitted_at", "validated_at", "changed_by"]
    raw_id_fields = ["member"]


class CriterionInline(admin.TabularInline):
    model = Criterion
    extra = 0


@admin.register(Framework)
class FrameworkAdmin(admin.ModelAdmin):
    inlines = [CriterionInline]


@admin.register(Edition)
class EditionAdmin(SimpleHistoryAdmin):
    list_display = ["title", "year", "status", "is_demo"]
    readonly_fields = ["status", "consolidated_at", "published_at"]


class RatingInline(admin.TabularInline):
    model = Rating
    extra = 0


@admin.register(Rater)
class RaterAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "country", "edition"]
    list_filter = ["edition", "kind"]
    inlines = [RatingInline]


@admin.register(CountryScore)
class CountryScoreAdmin(SimpleHistoryAdmin):
    list_display = ["edition", "country", "criterion", "score", "validated_at"]
    list_filter = ["edition"]
    readonly_fields = ["score", "ratings", "validated_at", "validated_by"]
