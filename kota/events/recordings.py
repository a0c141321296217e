"""An event's recording and materials, published to the knowledge hub as a "Webinar or
video" item linked to the event: a workflow across the events and knowledge apps."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from kota.core.access import is_secretariat, require
from kota.core.models import Language
from kota.events.models import Event
from kota.knowledge.models import ExternalLink, KnowledgeItem

WORKFLOW_FIELDS = ("submitted_by", "submitted_at", "published_at")


def _language(code):
    """The knowledge hub's Language for a site language code ("zh-hans" is "zh-Hans")."""
    return (
        Language.objects.filter(code__iexact=code).first()
        or Language.objects.filter(code__iexact=code.split("-")[0]).first()
        or Language.objects.get(code="en")
    )


def recording_publish(*, event, by, recording_url, summary, country, materials=()):
    """Publish the recording of an ended `event` as a knowledge hub item with the event's
    title, description, SDGs, core areas, Manifesto activities and members, one link to the
    recording and one per material ((label, url) pairs), and link it as `event.recording`.
    Staff only; an event has one recording item."""
    require(is_secretariat(by))
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=event.pk)
        if not event.is_over():
            raise ValidationError(_("A recording is published once the event has ended."))
        if event.recording_id is not None:
            raise ValidationError(_("This event's recording is already in the knowledge hub."))
        item = KnowledgeItem(
            kind=KnowledgeItem.Kind.WEBINAR,
            title=event.title,
            summary=summary.strip(),
            body=event.description,
            language=_language(event.language),
            country=country,
            period_start=event.local_starts_at.date(),
            period_end=event.local_ends_at.date(),
            partners=event.partner_names,
            created_by=by,
        )
        # The slug and year are derived on save; the workflow fields are set by publish().
        item.full_clean(exclude=[*WORKFLOW_FIELDS, "slug", "year", "created_by"])
        item.save()
        members = [m for m in event.co_hosts.all()]
        if event.organiser_member_id:
            members.append(event.organiser_member)
        item.members.set(members)
        item.sdgs.set(event.sdgs.all())
        item.core_areas.set(event.core_areas.all())
        item.activities.set(event.activities.all())
        ExternalLink.objects.create(item=item, url=recording_url, label=_("Recording"))
        for label, url in materials:
            ExternalLink.objects.create(item=item, url=url, label=label)
        item.publish(by)
        event.recording = item
        event.save(update_fields=["recording", "updated_at"])
    return item
