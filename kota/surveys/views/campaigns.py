"""Campaigns: the list, a campaign's progress (staff), a response to answer (its respondent)
or to review (staff), the summary of the answers and their export."""

import os

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.files.storage import default_storage
from django.db.models import Count, Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from kota.core.access import is_secretariat, require, staff_required
from kota.core.models import Country
from kota.lib.tables import FORMATS
from kota.lib.text import unique_slug
from kota.lib.web import attempt, private_download
from kota.mailings import audiences as registry
from kota.surveys import tasks
from kota.surveys.exports import export_answers
from kota.surveys.forms import CampaignForm, ResponseForm, ReturnForm, SummaryFilterForm
from kota.surveys.models import Campaign, Questionnaire, Response, Version
from kota.surveys.models.campaigns import RESERVED_SLUGS


def _campaign_for_staff(slug):
    return get_object_or_404(Campaign.objects.select_related("version__questionnaire"), slug=slug)


def _response_for(request, slug, pk):
    """The response if `request.user` may see it (staff, its member's focal points, the person
    it is for); anyone else gets 404, as if it did not exist."""
    return get_object_or_404(
        Response.objects.visible_to(request.user).select_related(
            "campaign__version__questionnaire", "member"
        ),
        campaign__slug=slug,
        pk=pk,
    )


@login_required
def index(request):
    """Staff: every campaign with its progress, and the questionnaires. Everyone else: the
    responses they answer for, and the published results."""
    context = {
        "mine": Response.objects.visible_to(request.user)
        .filter(campaign__status=Campaign.Status.OPEN)
        .select_related("campaign", "member")
        if not is_secretariat(request.user)
        else [],
        "published": Campaign.objects.filter(results_published=True),
    }
    if is_secretariat(request.user):
        context["campaigns"] = Campaign.objects.select_related("version__questionnaire").annotate(
            total=Count("responses"),
            answered=Count(
                "responses",
                filter=Q(
                    responses__status__in=[Response.Status.SUBMITTED, Response.Status.VALIDATED]
                ),
            ),
        )
        context["questionnaires"] = Questionnaire.objects.prefetch_related("versions")
    return render(request, "surveys/index.html", context)


@staff_required
def version(request, slug, number):
    version = get_object_or_404(
        Version.objects.select_related("questionnaire"), questionnaire__slug=slug, number=number
    )
    questions = version.ordered_questions()
    by_key = {q.key: q for q in questions}
    rows = [(q, q.condition_text(by_key) if q.show_if_question else "") for q in questions]
    return render(request, "surveys/version.html", {"version": version, "rows": rows})


@require_POST
@staff_required
def version_action(request, slug, number, action):
    version = get_object_or_404(Version, questionnaire__slug=slug, number=number)
    if action == "publish":
        attempt(request, version.publish, _("The version is published and frozen."))
        return redirect("surveys:version", slug, number)
    copy = version.new_version()
    messages.success(request, _("Version %(number)s is a draft to edit.") % {"number": copy.number})
    return redirect("surveys:version", slug, copy.number)


@staff_required
def new_campaign(request):
    """A new campaign in draft: without a source chosen, the kinds of audience to choose from
    (the mailings' audiences: members' focal points by country, kind, status, tier or seat on a
    committee; participants of an event...); with one, its criteria beside the campaign's."""
    key = request.GET.get("source", "")
    if not key:
        return render(request, "surveys/new_campaign.html", {"sources": registry.sources()})
    try:
        source = registry.source(key)
    except registry.UnknownSource:
        raise Http404 from None
    data = request.POST if request.method == "POST" else None
    form = CampaignForm(data)
    criteria_form = source.form(data, prefix="c")
    if data is not None and form.is_valid() and criteria_form.is_valid():
        campaign = form.save(commit=False)
        campaign.slug = unique_slug(
            campaign.title, Campaign.objects.all(), default="campaign", reserved=RESERVED_SLUGS
        )
        campaign.audience_source = source.key
        campaign.audience_criteria = criteria_form.cleaned_data
        campaign.save()
        messages.success(request, _("The campaign is a draft: open it to send the invitations."))
        return redirect("surveys:campaign", campaign.slug)
    return render(
        request,
        "surveys/new_campaign.html",
        {"source": source, "form": form, "criteria_form": criteria_form},
    )


@staff_required
def campaign(request, slug):
    """A campaign's progress: how many answered, and each respondent's status and reminders."""
    campaign = _campaign_for_staff(slug)
    responses = campaign.responses.select_related("member__country").order_by("status", "pk")
    return render(
        request,
        "surveys/campaign.html",
        {"campaign": campaign, "progress": campaign.progress(), "responses": responses},
    )


@require_POST
@staff_required
def campaign_action(request, slug, action):
    campaign = _campaign_for_staff(slug)
    if action == "open":
        if attempt(request, campaign.open):
            invited = tasks.invite_uninvited(campaign)
            messages.success(
                request,
                ngettext(
                    "The campaign is open; %(count)s invitation is being sent.",
                    "The campaign is open; %(count)s invitations are being sent.",
                    invited,
                )
                % {"count": invited},
            )
    elif action == "remind":
        sent = tasks.send_due_reminders(campaign=campaign)
        messages.success(
            request,
            ngettext(
                "%(count)s reminder is being sent.", "%(count)s reminders are being sent.", sent
            )
            % {"count": sent},
        )
    elif action == "close":
        attempt(request, campaign.close, _("The campaign is closed."))
    elif action == "publish":
        campaign.publish_results()
        messages.success(request, _("The results are public."))
    return redirect("surveys:campaign", slug)


@login_required
def response(request, slug, pk):
    """The response's questions: its respondent saves a draft or submits (a returned one is
    resubmitted); staff see the answers with what to do next."""
    response = _response_for(request, slug, pk)
    campaign = response.campaign
    questions = campaign.version.ordered_questions()
    editable = (
        response.is_editable
        and campaign.status == Campaign.Status.OPEN
        and response.can_be_answered_by(request.user)
    )
    if request.method == "POST":
        require(editable)
        complete = "submit" in request.POST
        form = ResponseForm(
            request.POST,
            request.FILES,
            questions=questions,
            answers=response.answers,
            complete=complete,
            response=response,
        )
        if form.is_valid():
            answers = form.cleaned_data["answers"]
            if not complete:
                done = _("Your answers are saved as a draft. You can come back to finish them.")
                step = lambda: response.save_draft(answers, request.user)  # noqa: E731
            elif response.status == Response.Status.RETURNED:
                done = _("Your answers are submitted again. Thank you.")
                step = lambda: response.resubmit(answers, request.user)  # noqa: E731
            else:
                done = _("Your answers are submitted. Thank you.")
                step = lambda: response.submit(answers, request.user)  # noqa: E731
            if attempt(request, step, done):
                return redirect(response.get_absolute_url())
        else:
            messages.error(request, _("Some answers need your attention."))
    else:
        form = ResponseForm(questions=questions, answers=response.answers, response=response)
    for question in questions:  # a file answered before: its private link
        question.file_url = (
            reverse("surveys:answer_file", args=[campaign.slug, response.pk, question.key])
            if question.kind == question.Kind.FILE and response.answers.get(question.key)
            else ""
        )
    answered = []
    if not editable:
        answered = [
            (q, _display(q, response.answers[q.key]))
            for q in questions
            if q.key in response.answers
        ]
    return render(
        request,
        "surveys/response.html",
        {
            "response": response,
            "campaign": campaign,
            "form": form,
            "editable": editable,
            "answered": answered,
            "staff": is_secretariat(request.user),
            "return_form": ReturnForm(),
        },
    )


def _display(question, answer):
    """An answer as a reader sees it: option labels instead of values."""
    labels = dict(question.choices()) if question.kind in question.CHOICE_KINDS else {}
    if isinstance(answer, list):
        return ", ".join(str(labels.get(str(a), a)) for a in answer)
    if isinstance(answer, dict):
        rows = dict(question.row_choices())
        return "; ".join(f"{rows.get(r, r)}: {labels.get(str(v), v)}" for r, v in answer.items())
    return labels.get(str(answer), answer)


@login_required
def answer_file(request, slug, pk, key):
    """A file uploaded as an answer, to those who may see the response; never a public URL."""
    response = _response_for(request, slug, pk)
    stored = response.answers.get(key)
    question = next(
        (q for q in response.campaign.version.questions.filter(key=key, kind="file")), None
    )
    if question is None or not isinstance(stored, str) or not stored:
        raise Http404
    try:
        handle = default_storage.open(stored, "rb")
    except FileNotFoundError:
        raise Http404 from None
    name = os.path.basename(stored)
    return private_download(FileResponse(handle, as_attachment=True, filename=name))


@require_POST
@staff_required
def review(request, slug, pk, action):
    response = _response_for(request, slug, pk)
    if action == "validate":
        attempt(request, lambda: response.validate(request.user), _("The response is validated."))
    else:
        form = ReturnForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Say what to correct when returning a response."))
        elif attempt(
            request,
            lambda: response.return_with_comment(form.cleaned_data["comment"], request.user),
            _("The response is returned to its respondent with your comment."),
        ):
            tasks.notify(response, "returned")
    return redirect(response.get_absolute_url())


def _summary_campaign(request, slug):
    """Staff see any campaign's summary; everyone else only a published one."""
    campaign = get_object_or_404(
        Campaign.objects.visible_to(request.user).select_related("version__questionnaire"),
        slug=slug,
    )
    return campaign


def summary(request, slug):
    campaign = _summary_campaign(request, slug)
    countries = (
        Country.objects.filter(members__survey_responses__campaign=campaign)
        .distinct()
        .values_list("code", "name")
    )
    form = SummaryFilterForm(request.GET or None, countries=countries)
    filters = form.cleaned_data if form.is_valid() else {}
    summaries = campaign.summary(
        country=filters.get("country") or None,
        kind=filters.get("kind") or None,
        subregion=filters.get("subregion") or None,
    )
    return render(
        request,
        "surveys/summary.html",
        {
            "campaign": campaign,
            "summaries": summaries,
            "form": form,
            "staff": is_secretariat(request.user),
            "counted": max((s.answered for s in summaries), default=0),
        },
    )


@staff_required
def export(request, slug, fmt):
    if fmt not in FORMATS:
        raise Http404
    campaign = _campaign_for_staff(slug)
    return export_answers(campaign, campaign.responses.all(), fmt)


urlpatterns = [
    path("", index, name="index"),
    path("new/", new_campaign, name="new_campaign"),
    path("questionnaires/<slug:slug>/v<int:number>/", version, name="version"),
    *[
        path(
            f"questionnaires/<slug:slug>/v<int:number>/{action}/",
            version_action,
            {"action": action},
            name=f"version_{action.replace('-', '_')}",
        )
        for action in ("publish", "new-version")
    ],
]
campaign_urlpatterns = [
    path("<slug:slug>/", campaign, name="campaign"),
    path("<slug:slug>/summary/", summary, name="summary"),
    path("<slug:slug>/answers.<str:fmt>", export, name="export"),
    path("<slug:slug>/responses/<int:pk>/", response, name="response"),
    path("<slug:slug>/responses/<int:pk>/files/<slug:key>", answer_file, name="answer_file"),
    *[
        path(f"<slug:slug>/responses/<int:pk>/{action}/", review, {"action": action}, name=action)
        for action in ("validate", "return")
    ],
    *[
        path(
            f"<slug:slug>/{action}/", campaign_action, {"action": action}, name=f"campaign_{action}"
        )
        for action in ("open", "remind", "close", "publish")
    ],
]
