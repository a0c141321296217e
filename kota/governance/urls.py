from django.urls import path

from kota.governance import views

app_name = "governance"
urlpatterns = [
    path("", views.bodies, name="bodies"),
    path("<slug:slug>/", views.body, name="body"),
]
