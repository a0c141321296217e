"""What everyone sees: the search page, an item's page, and the replication-interest button."""

from urllib.parse import parse_qsl, urlencode

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from kota.core import reference
from kota.core.access import is_focal_point, is_secretariat, require
from kota.knowledge.forms import CommentForm, KnowledgeSearchForm, ReturnForm
from kota.knowledge.models import Attachment, KnowledgeItem, ReplicationInterest
from kota.knowledge.search import FACET_LABELS, SORTS, Search, similar
from kota.lib.web import is_htmx, private_download
from kota.members.models import Member


def get_item_for_viewer(request, pk):
    """The item if `request.user` may see it (published, or theirs, or staff), else 404."""
    item = get_object_or_404(KnowledgeItem.objects.select_related("country", "language"), pk=pk)
    if not item.can_be_seen_by(request.user):
        raise Http404
    return item


def _facet_links(params, facets):
    """Give each facet value the query string that selects it (or, when selected, clears
    it), starting again from the first page: the other parameters keep their order, and the
    facet's own takes its place among them (at the end if it had none). The parameters are
    echoed from the query string, which the page cache does not count as reading them
    (kota.site.pagecache)."""
    echoed = parse_qsl(params.urlencode(), keep_blank_values=True)
    pairs = [(key, value) for key, value in echoed if key != "page"]
    for name, values in facets.items():
        keys = [key for key, _value in pairs]
        at = keys.index(name) if name in keys else len(keys)
        others = [(key, value) for key, value in pairs if key != name]
        before, after = urlencode(others[:at]), urlencode(others[at:])
        cleared = "&".join(part for part in (before, after) if part)
        for value in values:
            if value.selected:
                value.query = cleared
            else:
                own = urlencode([(name, value.value)])
                value.query = "&".join(part for part in (before, own, after) if part)
    return [(name, FACET_LABELS[name], values) for name, values in facets.items() if values]


@require_GET
def search(request):
    form = KnowledgeSearchForm(request.GET)
    criteria = form.criteria()
    found = Search(criteria)
    page = found.page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    active = {
        name: value
        for name in KnowledgeSearchForm.FILTERS
        if (value := getattr(criteria, name)) not in (None, "")
    }
    context = {
        "form": form,
        "criteria": criteria,
        "page": page,
        "count": found.count,
        "facets": _facet_links(request.GET, found.facets()),
        "active": active,
        "sorts": SORTS,
        "query": query.urlencode(),
        "is_focal_point": is_focal_point(request.user),
    }
    if is_htmx(request):
        return render(request, "knowledge/_results.html", {**context, "oob": True})
    return render(request, "knowledge/search.html", context)


@require_GET
def item_redirect(request, pk):
    return redirect(get_item_for_viewer(request, pk), permanent=False)


@require_GET
def item_detail(request, pk, slug):
    item = get_item_for_viewer(request, pk)
    if slug != item.slug:
        return redirect(item, permanent=True)
    user = request.user
    insider = is_secretariat(user) or item.is_owned_by(user)
    tables = reference.current()
    KnowledgeItem.objects.with_members_and_tags([item], tables)
    context = {
        "item": item,
        "members": item.card_members,
        "sdgs": item.card_sdgs,
        "core_areas": item.card_core_areas,
        "activities": item.activities.select_related("strategy"),
        "attachments": item.attachments.all(),
        "links": item.links.all(),
        # Combined as one WHERE: "pk in (every visible item)" made SQLite list them all.
        "translations": item.translation_group() & KnowledgeItem.objects.visible_to(user),
        "similar": similar(item, reference=tables) if item.is_published else [],
        "insider": insider,
        "can_edit": item.can_be_edited_by(user),
        "can_submit": item.status in item.EDITABLE_BY_MEMBERS and item.can_be_edited_by(user),
        "events": item.events.select_related("author") if insider else [],
        "interests": (
            item.interests.select_related("member__country", "marked_by") if insider else []
        ),
        "interest": _interest_state(item, user),
    }
    if is_secretariat(user):
        context["comment_form"] = CommentForm()
        context["return_form"] = ReturnForm()
    elif insider:
        context["comment_form"] = CommentForm()
    return render(request, "knowledge/item.html", context)


@require_GET
def attachment(request, name):
    """An attachment's file (its storage URL is /knowledge/files/<name>), to those who may see
    its item: a draft's documents are as private as the draft. Always a download, never
    rendered in Kota's origin."""
    attachment = get_object_or_404(Attachment.objects.select_related("item"), file=name)
    if not attachment.item.can_be_seen_by(request.user):
        raise Http404
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=attachment.filename,
        content_type=attachment.content_type,
    )
    if not attachment.item.is_published:
        private_download(response)
    return response


def _interest_state(item, user):
    """None when `user` cannot mark interest in `item`, else whether they already have."""
    if not (item.is_published and user.is_authenticated):
        return None
    members = Member.objects.focal_point_of(user).exclude(knowledge_items=item)
    if not members.exists():
        return None
    return ReplicationInterest.objects.filter(item=item, member__in=members).exists()


@require_POST
@login_required
def mark_interest(request, pk):
    """Say, or take back (want=0), "we want to replicate this" for the user's members. The
    button posts the state it wants, so a repeated click changes nothing (htmx or a form)."""
    item = get_object_or_404(KnowledgeItem.objects.published(), pk=pk)
    require(_interest_state(item, request.user) is not None)
    interested = request.POST.get("want", "1") != "0"
    ReplicationInterest.objects.mark(item, request.user, wanted=interested)
    if is_htmx(request):
        return render(request, "knowledge/_interest.html", {"item": item, "interest": interested})
    return redirect(item)
