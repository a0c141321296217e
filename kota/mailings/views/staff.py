"""The secretariat's mailing pages: compose, preview in each language, test-send, schedule,
follow delivery; audiences, images and the contacts' consent."""

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kota.core.access import staff_required
from kota.lib.markdown import render_markdown
from kota.lib.web import attempt, form_errors_as_messages
from kota.mailings import audiences as registry
from kota.mailings.forms import AudienceForm, ImageForm, MailingForm, ScheduleForm, TestSendForm
from kota.mailings.models import Audience, Contact, Delivery, Image, Mailing
from kota.mailings.rendering import send_test
from kota.mailings.sending import count_recipients, resend_in_doubt
from kota.mailings.tasks import queue_mailing


@staff_required
@require_GET
def mailings(request):
    rows = Mailing.objects.select_related("topic").prefetch_related("audiences")
    page = Paginator(rows, 50).get_page(request.GET.get("page"))
    return render(request, "mailings/mailings.html", {"page": page})


@staff_required
@require_http_methods(["GET", "POST"])
def mailing_new(request):
    form = MailingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            form.instance.created_by = request.user
            mailing = form.save()
        messages.success(request, _("Draft saved. Preview it, send a test, then schedule it."))
        return redirect(mailing)
    return render(request, "mailings/compose.html", {"form": form})


@staff_required
@require_http_methods(["GET", "POST"])
def mailing_edit(request, pk):
    mailing = get_object_or_404(Mailing, pk=pk)
    if not mailing.editable:
        messages.error(request, _("A mailing that is sending or sent cannot be changed."))
        return redirect(mailing)
    form = MailingForm(request.POST or None, instance=mailing)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            form.save()
        messages.success(request, _("Saved."))
        return redirect(mailing)
    return render(request, "mailings/compose.html", {"form": form, "mailing": mailing})


@staff_required
@require_GET
def mailing_detail(request, pk):
    mailing = get_object_or_404(
        Mailing.objects.select_related("topic", "created_by").prefetch_related(
            "translations", "audiences"
        ),
        pk=pk,
    )
    languages = dict(settings.LANGUAGES)
    language = request.GET.get("lang")
    if language not in languages:
        language = settings.LANGUAGE_CODE
    subject, body, shown_language = mailing.translation(language)
    context = {
        "mailing": mailing,
        "preview_language": language,
        "preview_languages": settings.LANGUAGES,
        "preview_subject": subject,
        "preview_body": render_markdown(body),
        "preview_fell_back": shown_language != language,
        "test_form": TestSendForm(initial={"email": request.user.email, "language": language}),
        "schedule_form": ScheduleForm(),
    }
    if mailing.prepared_at:
        deliveries = mailing.deliveries.all()
        statistics = context["statistics"] = deliveries.statistics()
        context["done"] = statistics["recipients"] - statistics["queued"]
        context["in_doubt"] = deliveries.filter(status=Delivery.Status.IN_DOUBT)[:100]
        context["failed"] = deliveries.filter(status=Delivery.Status.FAILED)[:100]
    else:
        context["count"] = count_recipients(mailing)
    return render(request, "mailings/mailing.html", context)


@staff_required
@require_POST
def mailing_test(request, pk):
    mailing = get_object_or_404(Mailing, pk=pk)
    form = TestSendForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        send_test(mailing, data["email"], data["language"])
        messages.success(request, _("Test sent to %(email)s.") % {"email": data["email"]})
    else:
        form_errors_as_messages(request, form)
    return redirect(f"{mailing.get_absolute_url()}?lang={request.POST.get('language', '')}")


@staff_required
@require_POST
def mailing_schedule(request, pk):
    mailing = get_object_or_404(Mailing, pk=pk)
    form = ScheduleForm(request.POST)
    if not form.is_valid():
        form_errors_as_messages(request, form)
        return redirect(mailing)
    send_at = form.cleaned_data["send_at"]

    def schedule():
        mailing.schedule(send_at)
        transaction.on_commit(lambda: queue_mailing(mailing))

    later = send_at > timezone.now()
    done = (
        _("Scheduled for %(when)s.")
        % {"when": timezone.localtime(send_at).strftime("%Y-%m-%d %H:%M")}
        if later
        else _("Sending has started; this page shows its progress.")
    )
    with transaction.atomic():
        attempt(request, schedule, done)
    return redirect(mailing)


@staff_required
@require_POST
def mailing_unschedule(request, pk):
    mailing = get_object_or_404(Mailing, pk=pk)
    attempt(request, mailing.unschedule, _("Back to draft; nothing was sent."))
    return redirect(mailing)


@staff_required
@require_POST
def mailing_cancel(request, pk):
    mailing = get_object_or_404(Mailing, pk=pk)
    attempt(request, mailing.cancel, _("Cancelled: nothing more will be sent."))
    return redirect(mailing)


@staff_required
@require_POST
def mailing_resend_in_doubt(request, pk):
    mailing = get_object_or_404(Mailing, pk=pk)
    with transaction.atomic():
        count = resend_in_doubt(mailing)
        if count:
            transaction.on_commit(lambda: queue_mailing(mailing))
    messages.success(
        request,
        ngettext("%(count)s message queued again.", "%(count)s messages queued again.", count)
        % {"count": count},
    )
    return redirect(mailing)


@staff_required
@require_GET
def audiences(request):
    return render(
        request,
        "mailings/audiences.html",
        {"audiences": Audience.objects.all(), "sources": registry.sources()},
    )


@staff_required
@require_http_methods(["GET", "POST"])
def audience_edit(request, pk=None):
    audience = get_object_or_404(Audience, pk=pk) if pk else None
    key = audience.source if audience else request.GET.get("source", "")
    try:
        source = registry.source(key)
    except registry.UnknownSource:
        raise Http404(_("No such kind of audience.")) from None
    data = request.POST if request.method == "POST" else None
    form = AudienceForm(data, instance=audience)
    criteria_form = source.form(data, initial=audience.criteria if audience else None, prefix="c")
    count = None
    if data is not None and form.is_valid() and criteria_form.is_valid():
        audience = form.save(commit=False)
        audience.source = source.key
        audience.criteria = criteria_form.cleaned_data
        audience.created_by = audience.created_by or request.user
        audience.save()
        messages.success(request, _("Audience saved."))
        return redirect("mailings:audience", audience.pk)
    if audience:
        count = len(registry.deduplicated(registry.audience_recipients(audience)))
    return render(
        request,
        "mailings/audience.html",
        {
            "audience": audience,
            "source": source,
            "form": form,
            "criteria_form": criteria_form,
            "count": count,
        },
    )


@staff_required
@require_http_methods(["GET", "POST"])
def images(request):
    form = ImageForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        form.instance.uploaded_by = request.user
        form.save()
        messages.success(request, _("Image uploaded; paste its line into a mailing."))
        return redirect("mailings:images")
    page = Paginator(Image.objects.all(), 40).get_page(request.GET.get("page"))
    return render(request, "mailings/images.html", {"form": form, "page": page})


@staff_required
@require_GET
def contacts(request):
    query = request.GET.get("q", "").strip()
    rows = Contact.objects.all()
    if query:
        rows = rows.filter(email__icontains=query)
    listing = request.GET.get("list", "")
    if listing == "suppressed":
        rows = rows.filter(suppressed_at__isnull=False)
    elif listing == "opted_out":
        rows = rows.filter(opted_out_at__isnull=False)
    elif listing == "subscribers":
        rows = rows.subscribed()
    page = Paginator(rows.order_by("email"), 50).get_page(request.GET.get("page"))
    return render(request, "mailings/contacts.html", {"page": page, "q": query, "listing": listing})


@staff_required
@require_POST
def contact_lift_suppression(request, pk):
    contact = get_object_or_404(Contact, pk=pk)
    contact.lift_suppression()
    messages.success(request, _("%(email)s will receive mail again.") % {"email": contact.email})
    return redirect(f"{reverse('mailings:contacts')}?q={contact.email}")
