from django.urls import path

from kota.members import views

app_name = "members"
urlpatterns = [
    path("", views.directory, name="directory"),
    path("map.json", views.directory_map, name="map"),
    path("import/", views.import_upload, name="import"),
    path("import/<int:pk>/", views.import_job, name="import_job"),
    path("<slug:slug>/", views.profile, name="profile"),
    path("<slug:slug>/edit/", views.edit, name="edit"),
    path("<slug:slug>/history/", views.history, name="history"),
]
