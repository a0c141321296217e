from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language

from kota.api.api import api
from kota.projects.views.iati import public_files as iati_files
from kota.site.views import LogoutView

admin.site.site_header = _("Kota administration")
admin.site.site_title = _("Kota")

urlpatterns = [
    path("", include("kota.site.urls")),
    path("members/", include("kota.members.urls")),
    path("governance/", include("kota.governance.urls")),
    path("knowledge/", include("kota.knowledge.urls")),
    path("dues/", include("kota.dues.urls")),
    path("events/", include("kota.events.urls")),
    path("partners/", include("kota.partners.urls")),
    path("projects/", include("kota.projects.urls")),
    *iati_files,
    path("cooperation/", include("kota.cooperation.urls")),
    path("surveys/", include("kota.surveys.urls")),
    path("results/", include("kota.workplans.urls")),
    path("results/", include("kota.results.urls")),
    path("", include("kota.mailings.urls")),
    path("api/v1/", api.urls),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path("accounts/logout/", LogoutView.as_view(), name="logout"),
    path("accounts/", include("django.contrib.auth.urls")),
    # Choosing a language needs no CSRF token: it changes only a preference, and a token in
    # every page's language form would keep anonymous pages out of the page cache.
    path("i18n/setlang/", csrf_exempt(set_language), name="set_language"),
    path("admin/", admin.site.urls),
]
