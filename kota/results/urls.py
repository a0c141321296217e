from django.urls import path

from kota.results.views import dashboard, exports, lessons, values

app_name = "results"
urlpatterns = [
    path("", dashboard.index, name="index"),
    path("review/", values.review, name="review"),
    path("values/<int:pk>/", values.value, name="value"),
    path("values/<int:pk>/submit/", values.value_submit, name="value_submit"),
    path("values/<int:pk>/approve/", values.value_approve, name="value_approve"),
    path("values/<int:pk>/return/", values.value_return, name="value_return"),
    path("values/<int:pk>/evidence/", dashboard.evidence, name="evidence"),
    path("<slug:plan>/", dashboard.dashboard, name="dashboard"),
    path("<slug:plan>/goals/<str:code>/", dashboard.goal, name="goal"),
    path("<slug:plan>/indicators/<str:code>/", dashboard.indicator, name="indicator"),
    path("<slug:plan>/indicators/<str:code>/values/new/", values.value_new, name="value_new"),
    path("<slug:plan>/activities/<str:code>/lessons/", lessons.lesson_add, name="lesson_add"),
    path("<slug:plan>/lessons/", lessons.lessons, name="lessons"),
    path("<slug:plan>/export/<str:what>.<str:fmt>", exports.export, name="export"),
]
