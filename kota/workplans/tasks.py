from django.db import transaction
from django_tasks import task

from kota.core.models import ImportJob
from kota.workplans.models import WorkPlan
from kota.workplans.spending_import import check_spending, record_spending_rows

SPENDING = "spending"


@task()
def run_spending_import(job_id):
    """Check and record an uploaded spending ledger, recording progress on its ImportJob."""
    job = ImportJob.objects.select_related("created_by").get(pk=job_id)
    work_plan = WorkPlan.objects.get(pk=job.params["work_plan"])

    def write(rows):
        recorded, skipped = record_spending_rows(rows, work_plan, by=job.created_by)
        return {"recorded": recorded, "skipped": skipped}

    job.run(
        check=lambda content, progress: check_spending(content, work_plan, progress=progress),
        write=write,
    )


def queue_spending_import(upload, work_plan, *, by):
    """An ImportJob for the uploaded ledger, run as a task once the request commits."""
    with transaction.atomic():
        job = ImportJob.objects.create(
            kind=SPENDING,
            params={"work_plan": work_plan.pk},
            created_by=by,
            filename=upload.name[:255],
            content=upload.read(),
        )
        transaction.on_commit(lambda: run_spending_import.enqueue(job.pk))
    return job
