from django.urls import path

from kota.dues import views

app_name = "dues"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("<int:year>/issue/", views.issue, name="issue"),
    path("invoices/", views.invoices, name="invoices"),
    path("invoices/<str:number>/", views.invoice, name="invoice"),
    path("invoices/<str:number>/pdf/", views.invoice_pdf_view, name="invoice_pdf"),
    path("invoices/<str:number>/payments/", views.record_payment, name="record_payment"),
    path("invoices/<str:number>/adjustments/", views.adjust, name="adjust"),
    path("invoices/<str:number>/void/", views.void, name="void"),
    path("arrears/", views.arrears, name="arrears"),
    path("export/<str:what>.<str:fmt>", views.export, name="export"),
    path("payments/import/", views.import_payments_view, name="import_payments"),
    path("payments/import/<int:pk>/", views.import_payments_job, name="import_payments_job"),
]
