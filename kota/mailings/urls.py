from django.urls import include, path

from kota.mailings.views import public, staff

app_name = "mailings"

urlpatterns = [
    path("mailings/", staff.mailings, name="mailings"),
    path("mailings/new/", staff.mailing_new, name="new"),
    path("mailings/<int:pk>/", staff.mailing_detail, name="detail"),
    path("mailings/<int:pk>/edit/", staff.mailing_edit, name="edit"),
    path("mailings/<int:pk>/test/", staff.mailing_test, name="test"),
    path("mailings/<int:pk>/schedule/", staff.mailing_schedule, name="schedule"),
    path("mailings/<int:pk>/unschedule/", staff.mailing_unschedule, name="unschedule"),
    path("mailings/<int:pk>/cancel/", staff.mailing_cancel, name="cancel"),
    path("mailings/<int:pk>/resend/", staff.mailing_resend_in_doubt, name="resend"),
    path("mailings/audiences/", staff.audiences, name="audiences"),
    path("mailings/audiences/new/", staff.audience_edit, name="audience_new"),
    path("mailings/audiences/<int:pk>/", staff.audience_edit, name="audience"),
    path("mailings/images/", staff.images, name="images"),
    path("mailings/images/<int:pk>/<str:name>", public.image, name="image"),
    path("mailings/contacts/", staff.contacts, name="contacts"),
    path(
        "mailings/contacts/<int:pk>/lift/",
        staff.contact_lift_suppression,
        name="contact_lift",
    ),
    path("mailings/preferences/<str:key>/", public.preferences, name="preferences"),
    path("mailings/unsubscribe/<str:key>/", public.unsubscribe, name="unsubscribe"),
    path("mailings/view/<str:token>/", public.view, name="view"),
    path("mailings/o/<str:token>/", public.opened, name="open"),
    path("mailings/c/<str:token>/<int:n>/", public.click, name="click"),
    # The email services' webhooks (bounces, complaints, deliveries), checked by django-anymail.
    path("mailings/anymail/", include("anymail.urls")),
    path("newsletter/", public.subscribe, name="subscribe"),
    path("newsletter/thanks/", public.subscribe_sent, name="subscribe_sent"),
    path("newsletter/confirm/<str:token>/", public.confirm, name="confirm"),
    path("newsletter/archive/", public.archive, name="archive"),
    path("newsletter/archive/<slug:slug>/", public.archive_item, name="archive_item"),
]
