"""What the search index holds for a knowledge item, and keeping it in step.

The index (table `knowledge_search`, see kota.lib.search.backends) has one row per PUBLISHED
item, with three weighted columns of analysed text:

- title    weight A (bm25 10)
- summary  weight B (bm25 4)
- body     weight C (bm25 1): the description, the good-practice fields, the members' names
           in both scripts, the country's name in every interface language, and the names of
           the SDGs, core areas and Manifesto activities it is tagged with.

Every write keeps it in step in the same transaction: KnowledgeItem.save() and delete(), the
item queryset's delete(), and, for tags and members, the m2m_changed receivers below (the only
hook every write path to a many-to-many passes through: forms, the admin, the shell). A rename
of a member, SDG or core area is caught by `manage.py rebuild_search_index`.
"""

from django.conf import settings
from django.db import connection
from django.db.models.signals import m2m_changed
from django.utils import translation

from kota.lib.search import SearchIndex, analyze
from kota.lib.search.highlight import markdown_text

INDEX = SearchIndex("knowledge_search", ["title", "summary", "body"], weights=[10.0, 4.0, 1.0])


def backend():
    return INDEX.backend(connection)


def country_names(country):
    names = {country.name, country.iso_name}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            names.add(country.display_name)
    return sorted(names)


def context_text(item):
    """Text about the item that is not in its own fields: who, where, which tags."""
    parts = []
    for member in item.members.all():
        parts += [member.name, member.local_name]
    parts += country_names(item.country)
    parts += [f"SDG {sdg.number} {sdg.title}" for sdg in item.sdgs.all()]
    parts += [area.name for area in item.core_areas.all()]
    parts += [str(activity) for activity in item.activities.all()]
    return "\n".join(part for part in parts if part)


def document(item):
    """The analysed text of each index column for `item`."""
    body = [markdown_text(item.body)]
    body += [getattr(item, name) for name in item.PRACTICE_FIELDS]
    body.append(context_text(item))
    return [analyze(item.title), analyze(item.summary), analyze("\n".join(body))]


def sync(item):
    """Index `item` if it is published, else make sure it is not in the index."""
    if item.is_published:
        backend().replace([(item.pk, document(item))])
    else:
        backend().delete([item.pk])


def remove(ids):
    backend().delete(ids)


def for_indexing(queryset):
    """`queryset` with what document() reads, in a fixed number of queries."""
    return queryset.select_related("country").prefetch_related(
        "members", "sdgs", "core_areas", "activities"
    )


def rebuild(batch_size=500, progress=None):
    """Empty the index and index every published item again, `batch_size` at a time, calling
    `progress(done, total)` after each batch. Returns the number indexed."""
    from kota.knowledge.models import KnowledgeItem

    items = KnowledgeItem.objects.published().order_by("pk")
    total = items.count()
    index = backend()
    index.clear()
    done, last = 0, 0
    while True:
        batch = list(for_indexing(items.filter(pk__gt=last))[:batch_size])
        if not batch:
            break
        index.replace([(item.pk, document(item)) for item in batch])
        done, last = done + len(batch), batch[-1].pk
        if progress:
            progress(done, total)
    return done


def _receiver(field):
    """Re-index published items after their members or tags change, from either side."""
    item_column = f"{field.m2m_field_name()}_id"
    other_column = f"{field.m2m_reverse_field_name()}_id"

    def on_m2m_changed(sender, instance, action, reverse, pk_set, **kwargs):
        from kota.knowledge.models import KnowledgeItem

        if not reverse:
            if action in ("post_add", "post_remove", "post_clear") and instance.is_published:
                sync(instance)
            return
        if action == "pre_clear":  # remember whose items lose this tag
            instance._knowledge_cleared = list(
                sender.objects.filter(**{other_column: instance.pk}).values_list(
                    item_column, flat=True
                )
            )
            return
        if action == "post_clear":
            pk_set = instance.__dict__.pop("_knowledge_cleared", [])
        elif action not in ("post_add", "post_remove"):
            return
        for item in for_indexing(KnowledgeItem.objects.published().filter(pk__in=pk_set)):
            sync(item)

    return on_m2m_changed


def connect():
    from kota.knowledge.models import KnowledgeItem

    for name in ("members", "sdgs", "core_areas", "activities"):
        field = KnowledgeItem._meta.get_field(name)
        m2m_changed.connect(
            _receiver(field),
            sender=field.remote_field.through,
            weak=False,
            dispatch_uid=f"knowledge-index-{name}",
        )
