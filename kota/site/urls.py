from django.urls import path

from kota.site import views

app_name = "site"
urlpatterns = [
    path("", views.home, name="home"),
    path("me/", views.dashboard, name="dashboard"),
]
