from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kota.core.access import staff_required
from kota.core.models import Country, ImportJob
from kota.dues.forms import (
    AdjustmentForm,
    InvoiceFilterForm,
    PaymentForm,
    VoidForm,
    YearForm,
)
from kota.dues.models import FeeSchedule, Invoice, Payment, Tier
from kota.dues.payments_import import COLUMNS as PAYMENT_COLUMNS
from kota.dues.pdf import invoice_pdf
from kota.dues.services import issue_invoices, preview_invoices
from kota.dues.tasks import PAYMENTS, queue_payment_import
from kota.lib.money import money_text
from kota.lib.tables import FORMATS, table_response
from kota.lib.web import (
    attempt,
    confirm_page,
    confirmed,
    csv_import_page,
    form_errors_as_messages,
    import_job_page,
    private_download,
)


def _get_invoice_for_user(request, number):
    """The invoice if `request.user` may see it (staff, or its member's focal point); 404
    otherwise, so guessing numbers tells nothing."""
    invoices = Invoice.objects.for_member_of(request.user).select_related(
        "dues__member__country", "dues__tier"
    )
    return get_object_or_404(invoices, number=number)


@staff_required
@require_GET
def overview(request):
    year = YearForm(request.GET).year_or_current()
    invoices = Invoice.objects.filter(year=year)
    return render(
        request,
        "dues/overview.html",
        {
            "year": year,
            "schedule": FeeSchedule.objects.filter(year=year).first(),
            "years": FeeSchedule.objects.values_list("year", flat=True),
            "rate": invoices.collection_rate(),
            "by_tier": _named(
                invoices.collection_by("dues__tier"), Tier, lambda tier: (tier.position, str(tier))
            ),
            "by_country": _named(invoices.collection_by("dues__member__country"), Country, str),
            "statuses": {
                Invoice.Status(row["status"]).label: row["n"]
                for row in invoices.values("status").annotate(n=Count("pk")).order_by("status")
            },
        },
    )


def _named(rows, model, order):
    """Rows of collection_by() a foreign key, each keyed by its record's name in the reader's
    language (not a stored English name), sorted by `order(record)`."""
    records = model.objects.in_bulk([row["key"] for row in rows])
    rows = sorted(rows, key=lambda row: order(records[row["key"]]))
    return [{**row, "key": str(records[row["key"]])} for row in rows]


@staff_required
@require_http_methods(["GET", "POST"])
def issue(request, year):
    """Issue the year's invoices, once staff have seen what that will do: the button on the
    dues page (or this URL) shows how many invoices, for how much, and whom no rule places;
    its own button issues them."""
    back = f"{reverse('dues:overview')}?year={year}"
    if not FeeSchedule.objects.filter(year=year).exists():
        messages.error(request, _("There is no fee schedule for %(year)s yet.") % {"year": year})
        return redirect(back)
    if not confirmed(request):
        return confirm_page(
            request,
            title=_("Issue the %(year)s invoices?") % {"year": year},
            consequences=issue_consequences(preview_invoices(year=year)),
            button=_("Issue the %(year)s invoices") % {"year": year},
            cancel=back,
        )
    summary = issue_invoices(year=year, by=request.user)
    messages.success(
        request,
        ngettext(
            "%(issued)s invoice issued for %(year)s",
            "%(issued)s invoices issued for %(year)s",
            len(summary.issued),
        )
        % {"issued": len(summary.issued), "year": year}
        + "; "
        + ngettext(
            "%(already)s member already had one.",
            "%(already)s members already had one.",
            summary.already,
        )
        % {"already": summary.already},
    )
    if summary.unplaced:
        messages.warning(
            request,
            _("No tier rule places these members: %(names)s.")
            % {"names": ", ".join(m.name for m in summary.unplaced[:20])},
        )
    return redirect(back)


def issue_consequences(preview):
    """What issuing will do, in sentences, for the confirmation page."""
    sentences = [
        ngettext(
            "%(count)s member will be sent an invoice for %(year)s, %(total)s in all.",
            "%(count)s members will be sent an invoice for %(year)s, %(total)s in all.",
            preview.count,
        )
        % {
            "count": preview.count,
            "year": preview.year,
            "total": money_text(preview.total, preview.currency),
        },
        _(
            "Each invoice takes the next number of the year and cannot be deleted, only voided "
            "or credited; the members' focal points see it on their member's page at once."
        ),
    ]
    if preview.already:
        sentences.append(
            ngettext(
                "%(count)s member already has an invoice for the year and is skipped.",
                "%(count)s members already have an invoice for the year and are skipped.",
                preview.already,
            )
            % {"count": preview.already}
        )
    if preview.unplaced:
        sentences.append(
            ngettext(
                "%(count)s member is placed by no tier rule and will not be invoiced: %(names)s.",
                "%(count)s members are placed by no tier rule and will not be invoiced: %(names)s.",
                len(preview.unplaced),
            )
            % {
                "count": len(preview.unplaced),
                "names": ", ".join(m.name for m in preview.unplaced[:20]),
            }
        )
    return sentences


@staff_required
@require_GET
def invoices(request):
    form = InvoiceFilterForm(request.GET)
    year = form.year_or_current()
    rows = Invoice.objects.ledger(year)
    if form.is_valid():
        if form.cleaned_data["status"]:
            rows = rows.filter(status=form.cleaned_data["status"])
        if form.cleaned_data["q"]:
            q = form.cleaned_data["q"]
            rows = rows.filter(Q(number__icontains=q) | Q(dues__member__name__icontains=q))
    page = Paginator(rows, 50).get_page(request.GET.get("page"))
    return render(request, "dues/invoices.html", {"form": form, "page": page, "year": year})


@require_GET
def invoice(request, number):
    invoice = _get_invoice_for_user(request, number)
    return render(
        request,
        "dues/invoice.html",
        {
            "invoice": invoice,
            "totals": invoice.totals(),
            "payments": invoice.payments.all(),
            "adjustments": invoice.adjustments.select_related("approved_by"),
            "reminders": invoice.reminders.all(),
            "payment_form": PaymentForm(initial={"currency": invoice.currency}),
            "adjustment_form": AdjustmentForm(auto_id="adjust-%s"),  # ids apart from payment's
            "void_form": VoidForm(auto_id="void-%s"),
        },
    )


@require_GET
def invoice_pdf_view(request, number):
    invoice = _get_invoice_for_user(request, number)
    response = HttpResponse(invoice_pdf(invoice), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{invoice.number}.pdf"'
    return private_download(response)


def _act(request, number, form_class, action, done):
    """Run a staff action on an invoice from a posted form; errors come back as messages."""
    invoice = _get_invoice_for_user(request, number)
    form = form_class(request.POST)
    if form.is_valid():
        attempt(request, lambda: action(invoice, form.cleaned_data), done)
    else:
        form_errors_as_messages(request, form)
    return redirect(invoice)


@staff_required
@require_POST
def record_payment(request, number):
    def action(invoice, data):
        invoice.record_payment(by=request.user, **data)

    return _act(request, number, PaymentForm, action, _("Payment recorded."))


@staff_required
@require_POST
def adjust(request, number):
    def action(invoice, data):
        invoice.adjust(approved_by=request.user, by=request.user, **data)

    return _act(request, number, AdjustmentForm, action, _("Recorded."))


@staff_required
@require_POST
def void(request, number):
    def action(invoice, data):
        invoice.void(reason=data["reason"], by=request.user)

    return _act(request, number, VoidForm, action, _("The invoice is void."))


@staff_required
@require_GET
def arrears(request):
    today = timezone.localdate()
    rows = Invoice.objects.arrears_report(today)
    return render(request, "dues/arrears.html", {"rows": rows, "today": today})


EXPORTS = {
    "invoices": (
        [
            "number",
            "year",
            "member",
            "country",
            "tier",
            "issued_on",
            "due_on",
            "currency",
            "amount",
            "paid",
            "adjusted",
            "balance",
            "status",
        ],
        lambda year: (
            (
                i.number,
                i.year,
                i.dues.member.name,
                i.dues.member.country_id,
                i.dues.tier.name,
                i.issued_on,
                i.due_on,
                i.currency,
                i.amount,
                i.paid_total,
                i.adjusted_total,
                i.balance_due,
                i.status,
            )
            for i in Invoice.objects.ledger(year)
        ),
    ),
    "payments": (
        [
            "invoice_number",
            "member",
            "paid_on",
            "amount",
            "currency",
            "exchange_rate",
            "amount_in_invoice_currency",
            "invoice_currency",
            "method",
            "reference",
        ],
        lambda year: (
            (
                p.invoice.number,
                p.invoice.dues.member.name,
                p.paid_on,
                p.amount,
                p.currency,
                p.exchange_rate,
                p.amount_in_invoice_currency,
                p.invoice.currency,
                p.method,
                p.reference,
            )
            for p in Payment.objects.filter(invoice__year=year)
            .select_related("invoice__dues__member")
            .order_by("paid_on", "pk")
        ),
    ),
    "arrears": (
        ["number", "member", "country", "due_on", "days_overdue", "currency", "balance"],
        lambda year: (
            (
                i.number,
                i.dues.member.name,
                i.dues.member.country_id,
                i.due_on,
                (timezone.localdate() - i.due_on).days,
                i.currency,
                i.balance_due,
            )
            for i in Invoice.objects.arrears_report()
        ),
    ),
}


@staff_required
@require_GET
def export(request, what, fmt):
    if what not in EXPORTS or fmt not in FORMATS:
        raise Http404
    year = YearForm(request.GET).year_or_current()
    headers, rows = EXPORTS[what]
    name = f"{what}-{year}" if what != "arrears" else f"arrears-{timezone.localdate()}"
    return table_response(headers, rows(year), name, fmt)


@staff_required
def import_payments_view(request):
    def start(upload):
        job = queue_payment_import(upload, by=request.user)
        return reverse("dues:import_payments_job", args=[job.pk])

    return csv_import_page(
        request,
        start=start,
        label=_("Bank CSV file"),
        context={
            "title": _("Import bank payments"),
            "intro": _(
                "Rows are matched on the invoice number. Every row is checked first; if one is "
                "wrong, nothing is recorded. A row whose invoice already has a payment with the "
                "same reference is skipped, so a statement can be imported twice safely."
            ),
            "columns": PAYMENT_COLUMNS,
        },
        jobs=[
            (job, reverse("dues:import_payments_job", args=[job.pk]))
            for job in ImportJob.objects.recent(PAYMENTS)
        ],
    )


@staff_required
def import_payments_job(request, pk):
    job = get_object_or_404(ImportJob.objects.of_kind(PAYMENTS).defer("content"), pk=pk)
    return import_job_page(
        request,
        job,
        title=_("Import bank payments"),
        done=lambda summary: (
            ngettext(
                "%(recorded)s payment recorded; %(skipped)s were already recorded.",
                "%(recorded)s payments recorded; %(skipped)s were already recorded.",
                summary["recorded"],
            )
            % summary
        ),
        back=reverse("dues:import_payments"),
    )
