from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from kota.core.models import SDG, CoreArea, Country, ImportJob, Language, User

admin.site.register(User, UserAdmin)


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "subregion", "is_asia_pacific"]
    list_filter = ["is_asia_pacific", "subregion"]
    search_fields = ["code", "alpha3", "name"]


admin.site.register(SDG)
admin.site.register(CoreArea)
admin.site.register(Language)


@admin.register(ImportJob)
class ImportJobAdmin(admin.ModelAdmin):
    list_display = ["filename", "kind", "state", "created_by", "created_at", "rows_done"]
    list_filter = ["kind", "state"]
    exclude = ["content"]
    readonly_fields = [
        "kind",
        "params",
        "created_by",
        "filename",
        "state",
        "rows_total",
        "rows_done",
        "errors",
        "summary",
        "lease_expires_at",
    ]
