"""Events' pages: each part of the domain keeps its routes beside its views."""

from kota.events.views import after, attendance, calendar, registration, scholarships

app_name = "events"

# Scholarships first: their literal prefix must not be read as an event's slug.
urlpatterns = [
    *scholarships.urlpatterns,
    *calendar.urlpatterns,
    *registration.urlpatterns,
    *attendance.urlpatterns,
    *after.urlpatterns,
]
