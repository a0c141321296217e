# Member imports become ImportJobs of the core app, which payments and spending share.

from django.db import migrations
from django.utils import timezone


def copy_jobs(apps, schema_editor):
    Old = apps.get_model("members", "ImportJob")
    New = apps.get_model("core", "ImportJob")
    for old in Old.objects.order_by("pk"):
        job = New.objects.create(
            kind="members",
            created_by_id=old.created_by_id,
            filename=old.filename,
            content=old.content,
            state=old.state,
            rows_total=old.rows_total,
            rows_done=old.rows_done,
            errors=old.errors,
            summary=old.summary,
            # A job left running had no lease: it is failed as abandoned at once.
            lease_expires_at=timezone.now() if old.state == "running" else None,
        )
        New.objects.filter(pk=job.pk).update(created_at=old.created_at)


class Migration(migrations.Migration):

    dependencies = [
        ("members", "0003_focalpoint_is_billing_and_more"),
        ("core", "0007_importjob"),
    ]

    operations = [
        migrations.RunPython(copy_jobs, migrations.RunPython.noop),
        migrations.DeleteModel(
            name="ImportJob",
        ),
    ]
