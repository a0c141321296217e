"""Surveys' pages: questionnaires and campaigns, and the CEE rating under cee/. The fixed
paths come first; a campaign's pages answer any other slug."""

from kota.surveys.views import campaigns, cee

app_name = "surveys"

urlpatterns = [*campaigns.urlpatterns, *cee.urlpatterns, *campaigns.campaign_urlpatterns]
