"""Cooperation's pages: each part of the domain keeps its routes beside its views."""

from kota.cooperation.views import cooperations, learning, solidarity

app_name = "cooperation"

urlpatterns = [*learning.urlpatterns, *solidarity.urlpatterns, *cooperations.urlpatterns]
