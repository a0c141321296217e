"""Events' pages: each part of the domain keeps its routes beside its views."""

from kota.events.views import after, attendance, calendar, registration, scholarships

app_name = "events"

# Attendance first: its fixed paths (statistics/, check-in/r/<token>/) would otherwise be read
# as an event's slug by the event page's <slug:slug>/.
urlpatterns = [
    *attendance.urlpatterns,
    *calendar.urlpatterns,
    *registration.urlpatterns,
    *after.urlpatterns,
    *scholarships.urlpatterns,
]
