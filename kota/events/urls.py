"""Events' pages: each part of the domain keeps its routes beside its views."""

from kota.events.views import after, attendance, calendar, registration, scholarships

app_name = "events"

# Fixed paths (/events/scholarships/, /events/statistics/ ...) come before the calendar's
# /events/<slug>/, and Event.unique_slug() never gives an event one of their names.
urlpatterns = [
    *calendar.urlpatterns,
    *scholarships.urlpatterns,
    *attendance.urlpatterns,
    *after.urlpatterns,
    *registration.urlpatterns,
    # Last: an event's page answers any single path segment that no route above took.
    *calendar.catch_all,
]
