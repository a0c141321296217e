"""Work plans live under /results/, beside the plan they serve (kota/urls.py includes these
before the results app's own, whose /results/<plan>/ would otherwise take /results/workplans/)."""

from django.urls import path

from kota.workplans import views

app_name = "workplans"
urlpatterns = [
    path("workplans/<int:pk>/", views.work_plan, name="workplan"),
    path("workplans/<int:pk>/items/new/", views.item_new, name="item_new"),
    path("workplans/<int:pk>/spending/", views.spending_add, name="spending_add"),
    path(
        "workplans/<int:pk>/spending/import/",
        views.spending_import_view,
        name="spending_import",
    ),
    path(
        "workplans/spending/imports/<int:pk>/",
        views.spending_import_job,
        name="spending_import_job",
    ),
    path("workplans/<int:pk>/<str:step>/", views.work_plan_step, name="workplan_step"),
    path("workplans/items/<int:pk>/", views.item_edit, name="item_edit"),
    path("<slug:plan>/workplans/", views.work_plans, name="workplans"),
    path("<slug:plan>/workplans/new/", views.work_plan_start, name="workplan_start"),
    path("<slug:plan>/export/workplans.<str:fmt>", views.export, name="export"),
]
