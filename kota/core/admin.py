from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from kota.core.models import SDG, CoreArea, Country, Language, User

admin.site.register(User, UserAdmin)


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "subregion", "is_asia_pacific"]
    list_filter = ["is_asia_pacific", "subregion"]
    search_fields = ["code", "alpha3", "name"]


admin.site.register(SDG)
admin.site.register(CoreArea)
admin.site.register(Language)
