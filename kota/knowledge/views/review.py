"""The secretariat's side: the review queue, the review steps, and coverage."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kota.core.access import is_secretariat, require, staff_required
from kota.knowledge.coverage import Coverage
from kota.knowledge.forms import CommentForm, ReturnForm
from kota.knowledge.models import KnowledgeItem
from kota.knowledge.views.public import get_item_for_viewer
from kota.lib.web import attempt, confirm_page, confirmed


@staff_required
def queue(request):
    items = KnowledgeItem.objects.awaiting_review().for_cards().select_related("submitted_by")
    return render(request, "knowledge/queue.html", {"items": items})


def _act(request, item, step, success):
    attempt(request, step, success)
    return redirect(item)


@require_POST
@login_required
def comment(request, pk):
    item = get_item_for_viewer(request, pk)
    require(is_secretariat(request.user) or item.is_owned_by(request.user))
    form = CommentForm(request.POST)
    text = form.cleaned_data["text"] if form.is_valid() else ""
    return _act(request, item, lambda: item.comment(request.user, text), _("Comment sent."))


@require_POST
@staff_required
def return_to_submitter(request, pk):
    item = get_item_for_viewer(request, pk)
    form = ReturnForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    return _act(
        request,
        item,
        lambda: item.return_to_submitter(request.user, reason),
        _("Returned to the submitter."),
    )


@require_POST
@staff_required
def publish(request, pk):
    """Publishing asks first, saying where the item will appear and who is told: the item's
    Publish button posts without confirm=yes and gets the confirmation page."""
    item = get_item_for_viewer(request, pk)
    if not confirmed(request):
        submitter = item.submitted_by or item.created_by
        consequences = [
            _(
                "“%(title)s” will be public: on the knowledge hub, in its search, its Atom feed "
                "and the open data API."
            )
            % {"title": item.title}
        ]
        if submitter is not None:
            consequences.append(
                _("%(name)s, who submitted it, is told by email.")
                % {"name": submitter.get_full_name() or submitter.username}
            )
        return confirm_page(
            request,
            title=_("Publish “%(title)s”?") % {"title": item.title},
            consequences=consequences,
            button=_("Publish"),
            cancel=item.get_absolute_url(),
        )
    return _act(request, item, lambda: item.publish(request.user), _("Published."))


@staff_required
def coverage(request):
    return render(request, "knowledge/coverage.html", {"coverage": Coverage()})
