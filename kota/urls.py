from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from kota.api.api import api

admin.site.site_header = _("Kota administration")
admin.site.site_title = _("Kota")

urlpatterns = [
    path("", include("kota.core.urls")),
    path("members/", include("kota.members.urls")),
    path("governance/", include("kota.governance.urls")),
    path("knowledge/", include("kota.knowledge.urls")),
    path("dues/", include("kota.dues.urls")),
    path("results/", include("kota.results.urls")),
    path("api/v1/", api.urls),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path("accounts/", include("django.contrib.auth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
