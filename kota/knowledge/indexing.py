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

The same writes keep each published item's FacetRow (its facet values, which searches count
in memory: kota.knowledge.snapshot) and draw a new SearchGeneration token, which tells every
process that its snapshot and the stored similar items are out of date.
"""

import secrets
from contextlib import nullcontext
from functools import lru_cache

from django.conf import settings
from django.db import connection
from django.db.models.signals import m2m_changed
from django.utils import translation

from kota.core.models import Country
from kota.knowledge.models.derived import FacetRow, SearchGeneration
from kota.lib.markdown import markdown_text
from kota.lib.search import SearchIndex, analyze

INDEX = SearchIndex("knowledge_search", ["title", "summary", "body"], weights=[10.0, 4.0, 1.0])


def backend():
    return INDEX.backend(connection)


def country_names(country):
    return _country_names(country.pk, country.name, country.iso_name)


@lru_cache(maxsize=512)
def _country_names(code, name, iso_name):
    """A country's names in every interface language (from pycountry's catalogues, which do
    not change while Kota runs; a renamed country has a new key)."""
    country = Country(code=code, name=name, iso_name=iso_name)
    names = {name, iso_name}
    for language, _label in settings.LANGUAGES:
        with translation.override(language):
            names.add(country.display_name)
    return sorted(names)


def related_parts(items):
    """For each of `items`, keyed by pk, the text of its members, SDGs, core areas and
    activities, read in four queries whatever the number of items (the index is rebuilt a
    hundred thousand items at a time, where prefetch_related's per-item work shows)."""
    ids = [item.pk for item in items]
    if not ids:
        return {}
    item_model = type(items[0])
    parts = {
        pk: {"members": [], "sdgs": [], "areas": [], "activities": [], "sdg": [], "area": []}
        for pk in ids
    }

    def through(field):
        return item_model._meta.get_field(field).remote_field.through.objects.filter(
            knowledgeitem_id__in=ids
        )

    rows = through("members").order_by("member__name", "member_id")
    for pk, name, local_name in rows.values_list(
        "knowledgeitem_id", "member__name", "member__local_name"
    ):
        parts[pk]["members"] += [name, local_name]
    rows = through("sdgs").order_by("sdg__number")
    for pk, number, title in rows.values_list("knowledgeitem_id", "sdg__number", "sdg__title"):
        parts[pk]["sdgs"].append(f"SDG {number} {title}")
        parts[pk]["sdg"].append(number)
    rows = through("core_areas").order_by("corearea__position", "corearea_id")
    for pk, slug, name in rows.values_list("knowledgeitem_id", "corearea_id", "corearea__name"):
        parts[pk]["areas"].append(name)
        parts[pk]["area"].append(slug)
    rows = through("activities").order_by("activity__position", "activity_id")
    for pk, code, title in rows.values_list(
        "knowledgeitem_id", "activity__code", "activity__title"
    ):
        parts[pk]["activities"].append(f"{code} {title}")
    return parts


def context_text(item, related=None):
    """Text about the item that is not in its own fields: who, where, which tags."""
    related = (related or related_parts([item]))[item.pk]
    parts = related["members"] + country_names(item.country)
    parts += related["sdgs"] + related["areas"] + related["activities"]
    return "\n".join(part for part in parts if part)


def document(item, related=None):
    """The analysed text of each index column for `item`; `related` is related_parts() of a
    batch of items that includes it."""
    body = [item.plain_body()]
    body += [getattr(item, name) for name in item.PRACTICE_FIELDS]
    body.append(context_text(item, related))
    return [analyze(item.title), analyze(item.summary), analyze("\n".join(body))]


def facet_row(item, related):
    """The FacetRow of `item`, from related_parts() of a batch that includes it."""
    return FacetRow(
        item_id=item.pk,
        kind=item.kind,
        country=item.country_id,
        language=item.language_id,
        year=item.year,
        published_at=item.published_at,
        sdgs=",".join(str(number) for number in sorted(related[item.pk]["sdg"])),
        core_areas=",".join(related[item.pk]["area"]),
    )


def documents(items, related=None):
    """(id, document) of each of `items` (with their country selected), in a fixed number of
    queries."""
    related = related or related_parts(items)
    return [(item.pk, document(item, related)) for item in items]


def new_generation():
    """Draw a new SearchGeneration token, in the current transaction."""
    token = secrets.token_hex(8)
    if not SearchGeneration.objects.filter(pk=1).update(token=token):
        SearchGeneration.objects.create(pk=1, token=token)


def write(items):
    """Index `items` (published, with their country selected) and write their facet rows,
    replacing what they had."""
    related = related_parts(items)
    backend().replace(documents(items, related))
    ids = [item.pk for item in items]
    FacetRow.objects.filter(item_id__in=ids).delete()
    FacetRow.objects.bulk_create([facet_row(item, related) for item in items])
    new_generation()


def sync(item):
    """Index `item` if it is published, else make sure it is not in the index."""
    if item.is_published:
        write([item])
    else:
        remove([item.pk])


def remove(ids):
    ids = list(ids)
    backend().delete(ids)
    FacetRow.objects.filter(item_id__in=ids).delete()
    new_generation()


def rebuild(published, batch_size=500, progress=None, bulk=False, lists_progress=None):
    """Empty the index and index the `published` items (a queryset: every published item)
    again, `batch_size` at a time, calling `progress(done, total)` after each batch, then
    build the top lists of the common words (kota.lib.search.backends), calling
    `lists_progress(done, total)` as it goes. Returns the number indexed. `bulk` builds
    PostgreSQL's GIN index once at the end (searches wait meanwhile: for seeding)."""
    ids = list(published.order_by("pk").values_list("pk", flat=True))
    index = backend()
    index.clear()
    FacetRow.objects.all().delete()
    done = 0
    with index.bulk() if bulk else nullcontext():
        for start in range(0, len(ids), batch_size):
            batch = list(
                published.filter(pk__in=ids[start : start + batch_size]).select_related("country")
            )
            _store_body_text(batch)
            related = related_parts(batch)
            index.insert(documents(batch, related))
            FacetRow.objects.bulk_create([facet_row(item, related) for item in batch])
            done += len(batch)
            if progress:
                progress(min(start + batch_size, len(ids)), len(ids))
    index.build_top_lists(progress=lists_progress)
    new_generation()
    return done


def _store_body_text(items):
    """Store the plain text of the descriptions of `items` written without it (in bulk)."""
    missing = [item for item in items if item.body and not item.body_text]
    for item in missing:
        item.body_text = markdown_text(item.body)
    if missing:
        type(missing[0]).objects.bulk_update(missing, ["body_text"])


def _receiver(item_model, field):
    """Re-index published items after their members or tags change, from either side."""
    item_column = f"{field.m2m_field_name()}_id"
    other_column = f"{field.m2m_reverse_field_name()}_id"

    def on_m2m_changed(sender, instance, action, reverse, pk_set, **kwargs):
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
        items = list(item_model.objects.published().filter(pk__in=pk_set).select_related("country"))
        if items:
            write(items)

    return on_m2m_changed


def connect(item_model):
    """Keep the index in step with the many-to-many fields of `item_model` (KnowledgeItem,
    handed over by the app's ready(): the models module imports this one)."""
    for name in ("members", "sdgs", "core_areas", "activities"):
        field = item_model._meta.get_field(name)
        m2m_changed.connect(
            _receiver(item_model, field),
            sender=field.remote_field.through,
            weak=False,
            dispatch_uid=f"knowledge-index-{name}",
        )
