"""Events' pages: each part of the domain keeps its routes beside its views."""

from kota.events.views import after, attendance, calendar, registration, scholarships

app_name = "events"

urlpatterns = [
    *calendar.urlpatterns,
    *registration.urlpatterns,
    *attendance.urlpatterns,
    *after.urlpatterns,
    *scholarships.urlpatterns,
]
