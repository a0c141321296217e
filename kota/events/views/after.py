"""After the event: the evaluation form and its summary, certificates of attendance and their
public verification, and the recording published to the knowledge hub."""

import datetime

from django.contrib import messages
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from kota.core.access import staff_required
from kota.events.after_tasks import queue_evaluation_forms
from kota.events.certificates import certificate_pdf, certified_registration
from kota.events.forms.after import EvaluationForm, RecordingForm
from kota.events.models import Evaluation, Event, Registration
from kota.events.recordings import recording_publish
from kota.lib.web import attempt, private_download

# A participant may correct their evaluation until this long after the event ends; then
# the summary stands.
EVALUATION_OPEN_FOR = datetime.timedelta(days=30)


def _ended_event(slug):
    return get_object_or_404(Event, slug=slug)


def _evaluation_closes(event):
    return event.ends_at + EVALUATION_OPEN_FOR


@staff_required
@require_http_methods(["GET", "HEAD"])
def after(request, slug):
    """The staff page of an event after it: evaluation forms, certificates, recording."""
    event = _ended_event(slug)
    attended = event.registrations.attended().select_related("member").order_by("name", "pk")
    counts = event.registrations.attended().aggregate(
        attended=Count("pk"),
        sent=Count("pk", filter=Q(evaluation_sent_at__isnull=False)),
        answered=Count("evaluation"),
    )
    return render(
        request,
        "events/after/after.html",
        {
            "event": event,
            "is_over": event.is_over(),
            "counts": counts,
            "participants": attended,
            "recording_form": None if event.recording_id else _recording_form(event),
        },
    )


@staff_required
@require_POST
def send_evaluations(request, slug):
    event = _ended_event(slug)
    if not event.is_over():
        messages.error(request, _("The evaluation form is sent once the event has ended."))
    else:
        waiting = event.registrations.attended().filter(evaluation_sent_at=None).count()
        queue_evaluation_forms(event)
        messages.success(
            request,
            ngettext(
                "The evaluation form is being sent to %(n)s participant.",
                "The evaluation form is being sent to %(n)s participants.",
                waiting,
            )
            % {"n": waiting},
        )
    return redirect("events:after", event.slug)


@staff_required
@require_http_methods(["GET", "HEAD"])
def evaluations(request, slug):
    """The summary of an event's evaluations: mean satisfaction, its distribution and the
    answers."""
    event = _ended_event(slug)
    answers = Evaluation.objects.filter(registration__event=event)
    counted = dict(
        answers.order_by()
        .values_list("satisfaction")
        .annotate(n=Count("pk"))
        .values_list("satisfaction", "n")
    )
    total = sum(counted.values())
    distribution = [
        {
            "score": score,
            "n": counted.get(score, 0),
            "share": round(100 * counted.get(score, 0) / total) if total else 0,
        }
        for score in range(5, 0, -1)
    ]
    return render(
        request,
        "events/after/evaluations.html",
        {
            "event": event,
            "mean": answers.mean_satisfaction(),
            "total": total,
            "attended": event.registrations.attended().count(),
            "distribution": distribution,
            "answers": answers.select_related("registration").order_by("-submitted_at", "-pk"),
        },
    )


def _evaluated_registration(token):
    """The registration whose evaluation form `token` opens: a participant who attended an
    event that has ended; 404 for anyone else."""
    registration = get_object_or_404(
        Registration.objects.select_related("event"), token=token, attended=True
    )
    if not registration.event.is_over():
        raise Http404
    return registration


@require_http_methods(["GET", "HEAD", "POST"])
def evaluation(request, token):
    """A participant's evaluation of the event, reached with the link in their email: one per
    registration, which they may correct until EVALUATION_OPEN_FOR after the event."""
    registration = _evaluated_registration(token)
    event = registration.event
    existing = Evaluation.objects.filter(registration=registration).first()
    closes = _evaluation_closes(event)
    is_open = timezone.now() <= closes
    data = request.POST if is_open and request.method == "POST" else None
    form = EvaluationForm(data, instance=existing)
    if request.method == "POST" and is_open and form.is_valid():
        answer = form.save(commit=False)
        answer.registration = registration
        answer.submitted_at = timezone.now()
        answer.save()
        messages.success(request, _("Thank you: your evaluation is recorded."))
        return redirect("events:evaluation", registration.token)
    return render(
        request,
        "events/after/evaluation.html",
        {
            "registration": registration,
            "event": event,
            "form": form,
            "existing": existing,
            "is_open": is_open,
            "closes": closes,
        },
        status=400 if request.method == "POST" and is_open else 200,
    )


@require_http_methods(["GET", "HEAD"])
def certificate(request, token):
    """The participant's certificate of attendance (the token in their link is the
    permission)."""
    registration = certified_registration(token)
    response = HttpResponse(certificate_pdf(registration), content_type="application/pdf")
    filename = f"certificate-{registration.event.slug}.pdf"
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return private_download(response)


@require_http_methods(["GET", "HEAD"])
def verify_certificate(request, token):
    """Public: whether a certificate is valid, with only the name, the event and its dates."""
    registration = (
        Registration.objects.select_related("event").filter(token=token, attended=True).first()
    )
    valid = registration is not None and registration.has_certificate
    return render(
        request,
        "events/after/verify.html",
        {"registration": registration if valid else None, "valid": valid},
        status=200 if valid else 404,
    )


def _recording_form(event, data=None):
    country = event.country_id or getattr(event.organiser_member, "country_id", None) or "ID"
    summary = next((p.strip() for p in event.display_description.split("\n\n") if p.strip()), "")
    return RecordingForm(data, initial={"country": country, "summary": summary[:1000]})


@staff_required
@require_http_methods(["GET", "HEAD", "POST"])
def recording(request, slug):
    """Publish the recording and materials of an ended event to the knowledge hub."""
    event = _ended_event(slug)
    if event.recording_id:
        return redirect(event.recording.get_absolute_url())
    form = _recording_form(event, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        done = attempt(
            request,
            lambda: recording_publish(
                event=event,
                by=request.user,
                recording_url=form.cleaned_data["recording_url"],
                summary=form.cleaned_data["summary"],
                country=form.cleaned_data["country"],
                materials=form.cleaned_data["materials"],
            ),
            _("The recording is published in the knowledge hub."),
        )
        if done:
            return redirect("events:after", event.slug)
    return render(
        request,
        "events/after/recording.html",
        {"event": event, "form": form, "is_over": event.is_over()},
    )


urlpatterns = [
    path("<slug:slug>/after/", after, name="after"),
    path("<slug:slug>/after/evaluations/", evaluations, name="evaluations"),
    path("<slug:slug>/after/evaluations/send/", send_evaluations, name="send_evaluations"),
    path("<slug:slug>/after/recording/", recording, name="recording"),
    path("r/<str:token>/evaluation/", evaluation, name="evaluation"),
    path("r/<str:token>/certificate.pdf", certificate, name="certificate"),
    path("certificates/<str:token>/verify/", verify_certificate, name="verify_certificate"),
]
