"""Helpers every app's views share: running a model verb with its refusals shown as messages,
form errors as messages, private downloads, the client's address, htmx fragments, and the page
of a CSV import."""

import ipaddress

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.cache import patch_cache_control, patch_vary_headers

from kota.lib.uploads import CsvUploadForm
from kota.lib.workflow import NotAllowed


def attempt(request, step, done=None):
    """Run `step()`, a model verb. Its refusals (ValidationError, NotAllowed) become error
    messages, and success becomes the message `done` if given. Returns whether it succeeded.
    Any other PermissionDenied still refuses the request (403)."""
    try:
        step()
    except NotAllowed as refusal:
        messages.error(request, str(refusal))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if done:
            messages.success(request, done)
        return True
    return False


def form_errors_as_messages(request, form):
    """One error message per field of an invalid `form` posted from a page that does not
    show the form itself, each with the field's label."""
    for field, errors in form.errors.items():
        label = form.fields[field].label if field in form.fields else ""
        messages.error(request, f"{label}: {' '.join(errors)}" if label else " ".join(errors))


def client_address(request):
    """The address of whoever sent `request` (log-in throttling counts failures per user
    name and address). Without TRUSTED_PROXY_COUNT it is the connection's address, and
    X-Forwarded-For, which anyone may send, is ignored. Behind that many reverse proxies, each
    of which appends the address it received the request from, it is the entry that many
    places from the end of X-Forwarded-For: what stands before it was written by the client.
    (django-ipware does this too, but is not among Kota's packages; this is the whole rule.)"""
    remote = request.META.get("REMOTE_ADDR")
    count = settings.TRUSTED_PROXY_COUNT
    if not count:
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    forwarded = [part.strip() for part in forwarded if part.strip()]
    if len(forwarded) < count:
        return remote  # not through every proxy: only the connection is known
    try:
        return str(ipaddress.ip_address(forwarded[-count]))
    except ValueError:
        return remote


def private_download(response):
    """Mark a download that Kota checked permission for so that neither the browser's cache
    nor a proxy keeps a copy (the next person on a shared computer cannot reopen it)."""
    patch_cache_control(response, private=True, no_store=True)
    return response


def is_htmx(request):
    """Whether `request` is htmx asking for a fragment of a page (it sends HX-Request). When
    htmx restores a page from history it sends HX-History-Restore-Request too, and then it
    wants the whole page, as Back without htmx does."""
    return bool(request.headers.get("HX-Request")) and not request.headers.get(
        "HX-History-Restore-Request"
    )


class VaryOnHtmxMiddleware:
    """Every response says that it varies with HX-Request. A page and its htmx fragment share
    one URL (the address htmx pushes into the history), so without it the browser keeps the
    fragment under the page's URL and shows it, bare and unstyled, after Back."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        patch_vary_headers(response, ["HX-Request"])
        return response


def csv_import_page(request, *, start, context, jobs, label=None):
    """The page of a CSV import: the upload form and the recent imports (`jobs`, pairs of a
    job and its page's URL). A valid upload goes to `start(upload)`, which queues its import
    as a task and returns the URL of the job's page, or raises ValidationError (shown as an
    error message). `context` gives the page's title, intro, columns and, optionally, back
    (a link) and back_label."""
    form = CsvUploadForm(request.POST or None, request.FILES or None, label=label)
    if request.method == "POST" and form.is_valid():
        try:
            url = start(form.cleaned_data["file"])
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            return redirect(url)
    return render(request, "csv_import.html", {**context, "form": form, "jobs": jobs})


def import_job_page(request, job, *, title, done, back):
    """The page of an import run as a task (`job`, an ImportJob), or for htmx's polling its
    fragment: the progress while it runs (a job whose worker stopped is failed first), then
    `done` (the success message, formatted with the job's summary), the problems of a
    rejected file, or why it failed. `back` links to the upload page. `done` is a function
    of the summary, so that the message counts in the reader's language (ngettext)."""
    job.fail_if_abandoned()
    done = done(job.summary) if job.state == job.State.DONE else ""
    template = "imports/_job.html" if is_htmx(request) else "imports/job.html"
    return render(request, template, {"job": job, "title": title, "done": done, "back": back})


def confirmed(request):
    """Whether `request` is the second step of a staff action that asks first: a POST from
    the confirmation page (`confirm_page`). Without JavaScript as with it."""
    return request.method == "POST" and request.POST.get("confirm") == "yes"


def confirm_page(request, *, title, consequences, button, cancel, action=None):
    """The page that says what an action touching many records will do (`consequences`, a
    list of sentences) before it is done: its button posts again to `action` (this URL by
    default) with confirm=yes; `cancel` links back."""
    return render(
        request,
        "confirm.html",
        {
            "title": title,
            "consequences": consequences,
            "button": button,
            "cancel": cancel,
            "action": action or request.path,
        },
    )
