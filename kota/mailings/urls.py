from django.urls import include, path

from kota.mailings import views

app_name = "mailings"

urlpatterns = [
    path("mailings/", views.mailings, name="mailings"),
    path("mailings/new/", views.mailing_new, name="new"),
    path("mailings/<int:pk>/", views.mailing_detail, name="detail"),
    path("mailings/<int:pk>/edit/", views.mailing_edit, name="edit"),
    path("mailings/<int:pk>/test/", views.mailing_test, name="test"),
    path("mailings/<int:pk>/schedule/", views.mailing_schedule, name="schedule"),
    path("mailings/<int:pk>/unschedule/", views.mailing_unschedule, name="unschedule"),
    path("mailings/<int:pk>/cancel/", views.mailing_cancel, name="cancel"),
    path("mailings/<int:pk>/resend/", views.mailing_resend_in_doubt, name="resend"),
    path("mailings/audiences/", views.audiences, name="audiences"),
    path("mailings/audiences/new/", views.audience_edit, name="audience_new"),
    path("mailings/audiences/<int:pk>/", views.audience_edit, name="audience"),
    path("mailings/images/", views.images, name="images"),
    path("mailings/images/<int:pk>/<str:name>", views.image, name="image"),
    path("mailings/contacts/", views.contacts, name="contacts"),
    path(
        "mailings/contacts/<int:pk>/lift/",
        views.contact_lift_suppression,
        name="contact_lift",
    ),
    path("mailings/preferences/<str:key>/", views.preferences, name="preferences"),
    path("mailings/unsubscribe/<str:key>/", views.unsubscribe, name="unsubscribe"),
    path("mailings/view/<str:token>/", views.view, name="view"),
    path("mailings/o/<str:token>/", views.opened, name="open"),
    path("mailings/c/<str:token>/<int:n>/", views.click, name="click"),
    # The email services' webhooks (bounces, complaints, deliveries), checked by django-anymail.
    path("mailings/anymail/", include("anymail.urls")),
    path("newsletter/", views.subscribe, name="subscribe"),
    path("newsletter/thanks/", views.subscribe_sent, name="subscribe_sent"),
    path("newsletter/confirm/<str:token>/", views.confirm, name="confirm"),
    path("newsletter/archive/", views.archive, name="archive"),
    path("newsletter/archive/<slug:slug>/", views.archive_item, name="archive_item"),
]
