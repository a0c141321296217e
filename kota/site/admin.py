from django.contrib import admin

from kota.site.models import Page


@admin.register(Page)
class PageAdmin(admin.ModelAdmin):
    list_display = ["slug", "language", "title", "updated_at"]
    list_filter = ["language"]
