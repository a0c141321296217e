"""Helpers every app's views share: running a model verb with its refusals shown as messages,
form errors as messages, private downloads, and the page of a CSV import."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.cache import patch_cache_control

from kota.lib.csvfile import ImportRejected
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


def private_download(response):
    """Mark a download that Kota checked permission for so that neither the browser's cache
    nor a proxy keeps a copy (the next person on a shared computer cannot reopen it)."""
    patch_cache_control(response, private=True, no_store=True)
    return response


def csv_import_page(request, *, run, done, success_url, context, label=None):
    """The page of a CSV import: the upload form, and on a valid upload `run(content)`, which
    returns (recorded, skipped) or raises ImportRejected (its errors are listed row by row) or
    ValidationError (an error message). `done` is the success message, with %(recorded)s and
    %(skipped)s; `context` gives the page's title, intro, columns and, optionally, back
    (a link) and back_label."""
    form = CsvUploadForm(request.POST or None, request.FILES or None, label=label)
    errors = []
    if request.method == "POST" and form.is_valid():
        try:
            recorded, skipped = run(form.cleaned_data["file"].read())
        except ImportRejected as rejected:
            errors = rejected.errors
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, done % {"recorded": recorded, "skipped": skipped})
            return redirect(success_url)
    return render(request, "csv_import.html", {**context, "form": form, "errors": errors})
