from kota.projects.views import iati, manage, pages

app_name = "projects"

# Fixed paths (/projects/map/, /projects/iati/ ...) come before a project's /projects/<slug>/.
urlpatterns = [
    *pages.urlpatterns,
    *iati.urlpatterns,
    *manage.urlpatterns,
    *pages.catch_all,
]
