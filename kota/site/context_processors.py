from django.conf import settings


def kota(request):
    return {"KOTA_NAME": settings.KOTA_NAME}
