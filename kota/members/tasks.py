from django.db import transaction
from django_tasks import task

from kota.core.models import ImportJob
from kota.members.importing import check, write

KIND = "members"


@task()
def run_member_import(job_id):
    """Check and import an uploaded member file, recording progress on its ImportJob."""
    job = ImportJob.objects.get(pk=job_id)
    job.run(check=check, write=lambda rows: write(rows).as_dict())


def enqueue_member_import(job):
    transaction.on_commit(lambda: run_member_import.enqueue(job.pk))
