"""The public's mailing pages: the newsletter sign-up with double opt-in, a reader's choices,
one-click unsubscribe, the archive and web versions, and the open and click counters."""

import base64
import mimetypes

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from kota.lib.email import absolute_url
from kota.lib.markdown import render_markdown
from kota.mailings.forms import PreferencesForm, SubscribeForm
from kota.mailings.models import Contact, Delivery, Image, Mailing
from kota.mailings.sending import send_message

PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


@require_http_methods(["GET", "POST"])
def subscribe(request):
    form = SubscribeForm(request.POST or None, initial={"language": translation.get_language()})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if not data["website"]:
            contact = Contact.objects.for_address(
                data["email"], name=data["name"], language=data["language"]
            )
            if not contact.name and data["name"]:
                contact.name = data["name"]
            contact.request_subscription(topics=data["topics"], language=data["language"])
            url = absolute_url(reverse("mailings:confirm", args=[contact.confirmation_token()]))
            transaction.on_commit(
                lambda: send_message(
                    "mailings/email/confirm",
                    {"url": url, "contact": contact},
                    to=[contact.email],
                    language=contact.language,
                    transactional=True,
                )
            )
        # The same answer whether or not the address was known: nobody learns who subscribed.
        return redirect("mailings:subscribe_sent")
    return render(request, "mailings/subscribe.html", {"form": form})


@require_GET
def subscribe_sent(request):
    return render(request, "mailings/subscribe_sent.html")


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    contact = Contact.objects.by_confirmation_token(token)
    if contact is None:
        return render(request, "mailings/confirm.html", {"expired": True}, status=400)
    if request.method == "POST":
        contact.confirm_subscription()
        messages.success(request, _("You are subscribed. Thank you!"))
        return redirect("mailings:preferences", contact.key)
    return render(request, "mailings/confirm.html", {"contact": contact})


@never_cache
@require_http_methods(["GET", "POST"])
def preferences(request, key):
    contact = get_object_or_404(Contact, key=key)
    form = PreferencesForm(
        request.POST or None,
        initial={
            "newsletter": contact.subscription == Contact.Subscription.CONFIRMED,
            "topics": contact.topics.all(),
            "announcements": contact.announcements and contact.opted_out_at is None,
            "language": contact.language,
            "tracking": contact.tracking,
        },
    )
    if request.method == "POST" and form.is_valid():
        contact.choose(**form.cleaned_data)
        messages.success(request, _("Your choices are saved."))
        return redirect("mailings:preferences", contact.key)
    return render(request, "mailings/preferences.html", {"contact": contact, "form": form})


@never_cache
@csrf_exempt  # RFC 8058: mail programs POST here without a form; the key authorises it
@require_http_methods(["GET", "POST"])
def unsubscribe(request, key):
    contact = get_object_or_404(Contact, key=key)
    if request.method == "POST":
        contact.opt_out()
        if request.POST.get("List-Unsubscribe") == "One-Click":
            return HttpResponse(_("Unsubscribed."), content_type="text/plain; charset=utf-8")
        return render(request, "mailings/unsubscribed.html", {"contact": contact})
    return render(request, "mailings/unsubscribe.html", {"contact": contact})


@require_GET
def archive(request):
    page = Paginator(Mailing.objects.archived().select_related("topic"), 20).get_page(
        request.GET.get("page")
    )
    return render(request, "mailings/archive.html", {"page": page})


@require_GET
def archive_item(request, slug):
    mailing = get_object_or_404(
        Mailing.objects.archived().prefetch_related("translations"), slug=slug
    )
    return _web_version(request, mailing, translation.get_language())


@never_cache
@require_GET
def view(request, token):
    delivery = get_object_or_404(Delivery.objects.select_related("mailing"), token=token)
    if delivery.mailing is None:
        raise Http404
    return _web_version(request, delivery.mailing, delivery.language)


def _web_version(request, mailing, language):
    subject, body, shown_language = mailing.translation(language)
    return render(
        request,
        "mailings/web_version.html",
        {
            "mailing": mailing,
            "subject": subject,
            "body_html": render_markdown(body),
            "shown_language": shown_language,
        },
    )


@never_cache
@require_GET
def opened(request, token):
    delivery = Delivery.objects.select_related("contact").filter(token=token).first()
    if delivery:
        delivery.record_open()
    return HttpResponse(PIXEL, content_type="image/gif")


@never_cache
@require_GET
def click(request, token, n):
    delivery = get_object_or_404(Delivery.objects.select_related("contact", "mailing"), token=token)
    links = delivery.mailing.links if delivery.mailing else []
    if n >= len(links):
        raise Http404
    delivery.record_click()
    return HttpResponseRedirect(links[n])


@require_GET
def image(request, pk, name):
    picture = get_object_or_404(Image, pk=pk)
    if picture.file.name.rsplit("/", 1)[-1] != name:
        raise Http404
    with picture.file.open("rb") as file:
        content = file.read()
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    response = HttpResponse(content, content_type=content_type)
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response
