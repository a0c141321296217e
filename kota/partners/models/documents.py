from django.core.files.storage import FileSystemStorage


def document_storage():
    """Signed agreements and submitted reports are kept under MEDIA_ROOT, but their URLs lead
    to Kota's download view (kota.partners.views.documents), which checks who may see them."""
    return FileSystemStorage(base_url="/partners/files/")
