from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation


def invoice_pdf(invoice):
    """The invoice as a PDF in its member's language."""
    from weasyprint import HTML  # imported here: it loads Pango, which only PDFs need

    member = invoice.dues.member
    with translation.override(member.language):
        html = render_to_string(
            "dues/invoice_pdf.html",
            {
                "invoice": invoice,
                "member": member,
                "totals": invoice.totals(),
                "payments": invoice.payments.all(),
                "adjustments": invoice.adjustments.all(),
                "language": member.language,
                "KOTA_NAME": settings.KOTA_NAME,
            },
        )
    return HTML(string=html).write_pdf()
