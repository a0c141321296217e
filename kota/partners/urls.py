"""Partners' pages: each part keeps its routes beside its views."""

from kota.partners.views import agreements, funding, partners

app_name = "partners"

# Fixed paths (/partners/pipeline/, /partners/grants/ ...) come before a partner's
# /partners/<slug>/, and Partner.save() never gives a partner one of their names.
urlpatterns = [
    *partners.urlpatterns,
    *funding.urlpatterns,
    *agreements.urlpatterns,
    # Last: a partner's page answers any single path segment that no route above took.
    *partners.catch_all,
]
