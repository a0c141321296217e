from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "kota.api"
    verbose_name = "API"
