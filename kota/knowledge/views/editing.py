"""A focal point writes, saves and submits their member's items; staff may edit any item."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from kota.core.access import is_secretariat, require
from kota.knowledge.forms import (
    AttachmentFormSet,
    ItemReferenceField,
    KnowledgeItemForm,
    LinkFormSet,
)
from kota.knowledge.models import KnowledgeItem
from kota.knowledge.views.public import get_item_for_viewer
from kota.lib.web import attempt
from kota.members.models import Member


def _members_for(user):
    """The members `user` may write for: all for staff, their own for a focal point."""
    return Member.objects.all() if is_secretariat(user) else Member.objects.focal_point_of(user)


def get_item_for_editor(request, pk):
    item = get_item_for_viewer(request, pk)
    require(item.can_be_edited_by(request.user))
    return item


@login_required
def mine(request):
    """The items of the user's members, whatever their status."""
    members = Member.objects.focal_point_of(request.user)
    items = (
        KnowledgeItem.objects.of_members(members)
        .select_related("country", "language")
        .order_by("-updated_at", "-pk")
    )
    return render(request, "knowledge/mine.html", {"items": items, "members": members})


@login_required
def create(request):
    members = _members_for(request.user)
    require(members.exists())
    return _edit(request, KnowledgeItem(created_by=request.user), members)


@login_required
def edit(request, pk):
    item = get_item_for_editor(request, pk)
    members = _members_for(request.user)
    if not is_secretariat(request.user):  # co-authoring members stay choosable
        members = Member.objects.filter(
            Q(pk__in=members.values("pk")) | Q(pk__in=item.members.values("pk"))
        )
    return _edit(request, item, members)


def _edit(request, item, members):
    data, files = (request.POST, request.FILES) if request.method == "POST" else (None, None)
    form = KnowledgeItemForm(
        data,
        files,
        instance=item,
        user=request.user,
        members=members,
        own=None if is_secretariat(request.user) else Member.objects.focal_point_of(request.user),
        language=get_language(),
    )
    attachments = AttachmentFormSet(data, files, instance=item, prefix="attachments")
    links = LinkFormSet(data, instance=item, prefix="links")
    if request.method == "POST" and all(f.is_valid() for f in (form, attachments, links)):
        try:
            with transaction.atomic():
                item = form.save()  # the index follows, tags included (kota.knowledge.indexing)
                attachments.instance = links.instance = item
                attachments.save()
                links.save()
                if "submit" in request.POST and item.status in item.EDITABLE_BY_MEMBERS:
                    item.submit(request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            if item.status == item.Status.SUBMITTED and "submit" in request.POST:
                messages.success(request, _("Submitted for review. We will email you."))
            else:
                messages.success(request, _("Saved."))
            return redirect(item)
    return render(
        request,
        "knowledge/form.html",
        {"form": form, "attachments": attachments, "links": links, "item": item},
    )


@require_GET
@login_required
def item_options(request):
    """The suggestions of the "Translation of" field as the person types (htmx): the items they
    may see whose number or title matches, as the field's datalist. For those who may write."""
    require(_members_for(request.user).exists())
    field = ItemReferenceField(KnowledgeItem.objects.visible_to(request.user))
    items = field.suggestions(request.GET.get("translation_of"))
    return render(request, "knowledge/_item_options.html", {"items": items})


@require_POST
@login_required
def submit(request, pk):
    item = get_item_for_editor(request, pk)
    attempt(
        request, lambda: item.submit(request.user), _("Submitted for review. We will email you.")
    )
    return redirect(item)
