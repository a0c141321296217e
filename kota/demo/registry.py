"""Which records the demo generated: `recording()` notes every row that the builders inside it
insert (in any model with an integer primary key, history tables included) as a DemoRecord, and
`delete_demo()` removes exactly those rows, and nothing else.

Rows are found by their primary key: every row above a table's highest key before the builders
ran is the demo's. So nothing else should write to the database while the demo is seeded (the
seed_demo command runs alone, on a new or demo site)."""

from contextlib import contextmanager

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection, models, transaction
from django.db.models import Max, ProtectedError, RestrictedError
from django.test.utils import override_settings

from kota.demo import presence
from kota.demo.models import DemoRecord

# Framework tables whose rows are never demo content.
SKIPPED_APPS = {"contenttypes", "sessions", "admin", "axes", "django_tasks_database"}


def tracked_models():
    """Every model whose rows the demo may create: an integer primary key (AutoField is one),
    not a framework table."""
    return [
        model
        for model in apps.get_models(include_auto_created=True)
        if model is not DemoRecord
        and model._meta.app_label not in SKIPPED_APPS
        and not model._meta.proxy
        and not model._meta.swapped
        and isinstance(model._meta.pk, models.IntegerField)
    ]


def _highest_keys():
    return {
        model: model._base_manager.aggregate(top=Max("pk"))["top"] or 0
        for model in tracked_models()
    }


@contextmanager
def recording():
    """Register every row inserted inside the block as a demo record (in one INSERT ... SELECT
    per table, after the block)."""
    before = _highest_keys()
    yield
    register_since(before)


def register_since(before):
    quote = connection.ops.quote_name
    registry = quote(DemoRecord._meta.db_table)
    types = ContentType.objects.get_for_models(*before, for_concrete_models=False)
    with transaction.atomic(), connection.cursor() as cursor:
        for model, highest in before.items():
            pk = quote(model._meta.pk.column)
            cursor.execute(
                f"INSERT INTO {registry} (content_type_id, object_id) "
                f"SELECT %s, {pk} FROM {quote(model._meta.db_table)} WHERE {pk} > %s",
                [types[model].pk, highest],
            )
    presence.forget()


def _depth(model, seen=()):
    """How far `model` sits from the tables it refers to: rows of deeper models go first."""
    parents = {
        field.related_model
        for field in model._meta.concrete_fields
        if field.is_relation and field.related_model not in (model, *seen)
    }
    return 1 + max((_depth(parent, (*seen, model)) for parent in parents), default=0)


def delete_demo():
    """Delete every demo record, the history kept of them, and the registry. Returns
    {model label: rows deleted}. Raises ProtectedError if a record that is not the demo's
    refers to one that is (nothing is deleted then)."""
    records = DemoRecord.objects.values("content_type")
    models_ = [ct.model_class() for ct in ContentType.objects.filter(pk__in=records).distinct()]
    pending = sorted((m for m in models_ if m is not None), key=_depth, reverse=True)
    counts = {}
    with override_settings(SIMPLE_HISTORY_ENABLED=False), transaction.atomic():
        for model in pending:
            history = getattr(model, "history", None)
            if history is not None and hasattr(history, "model"):
                # History written after the demo was built (a later edit) goes with its record.
                history.model._base_manager.filter(id__in=_ids(model)).delete()
        while pending:
            left = []
            for model in pending:
                try:
                    with transaction.atomic():
                        deleted, _by = model._default_manager.filter(pk__in=_ids(model)).delete()
                except (ProtectedError, RestrictedError):
                    left.append(model)  # something deeper refers to it: try again after
                    continue
                if deleted:
                    counts[model._meta.label] = counts.get(model._meta.label, 0) + deleted
            if len(left) == len(pending):
                model = left[0]
                raise ProtectedError(
                    f"Records that are not the demo's refer to demo {model._meta.label} rows.",
                    set(),
                )
            pending = left
        DemoRecord.objects.all().delete()
    presence.forget()
    return counts


def _ids(model):
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    return DemoRecord.objects.filter(content_type=content_type).values("object_id")
