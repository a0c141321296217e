from django.urls import path

from kota.core import views

app_name = "core"
urlpatterns = [
    path("", views.home, name="home"),
    path("me/", views.dashboard, name="dashboard"),
]
