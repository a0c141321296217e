"""Every "we want to replicate this" mark of the knowledge hub becomes a learning request about
that practice (the same as LearningRequest.objects.adopt_interests(), with the historical
models)."""

from django.db import migrations


def adopt(apps, schema_editor):
    ReplicationInterest = apps.get_model("knowledge", "ReplicationInterest")  # noqa: N806
    LearningRequest = apps.get_model("cooperation", "LearningRequest")  # noqa: N806
    adopted = LearningRequest.objects.filter(from_interest__isnull=False).values("from_interest")
    interests = ReplicationInterest.objects.exclude(pk__in=adopted).select_related("item")
    for interest in interests.order_by("pk").iterator(chunk_size=500):
        area = interest.item.core_areas.order_by("pk").first()
        LearningRequest.objects.create(
            member_id=interest.member_id,
            practice_id=interest.item_id,
            core_area=area,
            opened_by_id=interest.marked_by_id,
            from_interest=interest,
            description="We want to replicate this practice.",
        )


class Migration(migrations.Migration):
    dependencies = [("cooperation", "0001_initial")]

    operations = [migrations.RunPython(adopt, migrations.RunPython.noop)]
