from django.db import transaction
from django_tasks import task

from kota.lib.csvfile import ImportRejected
from kota.members.importing import check, write
from kota.members.models import ImportJob


@task()
def run_member_import(job_id):
    """Check and import an uploaded member file, recording progress on its ImportJob."""
    job = ImportJob.objects.get(pk=job_id)
    job.state = ImportJob.State.RUNNING
    job.save(update_fields=["state"])

    def progress(done, total):
        ImportJob.objects.filter(pk=job_id).update(rows_done=done, rows_total=total)

    try:
        rows = check(bytes(job.content), progress=progress)
        summary = write(rows)
    except ImportRejected as rejected:
        job.state = ImportJob.State.REJECTED
        job.errors = [error.as_dict() for error in rejected.errors]
        job.summary = {"total_errors": rejected.total_errors}
    except Exception as exc:  # recorded for the user, then re-raised for the worker's log
        job.state = ImportJob.State.FAILED
        job.errors = [{"row": 0, "column": "", "message": str(exc)}]
        job.save(update_fields=["state", "errors"])
        raise
    else:
        job.state = ImportJob.State.DONE
        job.summary = summary.as_dict()
    job.refresh_from_db(fields=["rows_done", "rows_total"])
    job.content = b""  # the file is not kept once imported or rejected
    job.save(update_fields=["state", "errors", "summary", "content"])


def enqueue_member_import(job):
    transaction.on_commit(lambda: run_member_import.enqueue(job.pk))
