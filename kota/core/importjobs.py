"""Imports run as tasks: one ImportJob per uploaded file, whatever it imports (members,
payments, spending), with its progress, its result and a lease.

Every upload is a job, run by the task worker (`manage.py db_worker`), so no import is bound
by the web server's timeout. The page of a job shows its progress and refreshes itself (htmx;
without JavaScript a reload shows the same). A job goes

    queued -> running (checking rows) -> writing (one transaction) -> done | rejected
                                                                      | failed

While it runs, the worker renews the job's lease (`lease_expires_at`) with every report of
progress. A worker that is killed or restarted mid-import renews nothing: once the lease has
expired, whoever looks next (the job's page, the worker's next import, or the command
`fail_abandoned_imports`) marks the job failed. Nothing of it was written, since the rows are
written in one transaction that died with the worker, so the message asks for the file again.
While a job writes, its worker holds the job's row lock (PostgreSQL), which the reaper passes
by; on SQLite nobody else writes while it writes. Its lease still allows for the time the rows
take, so that a long write on SQLite is not taken for a dead one.
"""

import contextlib
import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import OperationalError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kota.lib.csvfile import ImportRejected

# How long a worker may go without a word before its job counts as abandoned. Progress is
# reported every few hundred rows, many times a minute.
LEASE = datetime.timedelta(minutes=2)
# What writing one checked row may take at most, added to the lease of a job that writes.
WRITE_ALLOWANCE = datetime.timedelta(milliseconds=20)


class ImportJobQuerySet(models.QuerySet):
    def of_kind(self, kind):
        return self.filter(kind=kind)

    def recent(self, kind, **params):
        """The last ten jobs of `kind` (with these `params`), without their files."""
        jobs = self.of_kind(kind).select_related("created_by").defer("content")
        for name, value in params.items():
            jobs = jobs.filter(**{f"params__{name}": value})
        return jobs[:10]

    def abandoned(self, now=None):
        """Jobs running or writing whose lease has expired: their worker stopped."""
        return self.filter(
            state__in=[ImportJob.State.RUNNING, ImportJob.State.WRITING],
            lease_expires_at__lt=now or timezone.now(),
        )

    def fail_abandoned(self):
        """Mark abandoned() jobs failed; returns how many. Idempotent. A job still writing
        holds its row lock and is passed by (PostgreSQL); on SQLite this waits for the
        writer, after which the job is done, not abandoned."""
        if not self.abandoned().exists():  # the usual answer, read without a write lock
            return 0
        with transaction.atomic():
            ids = list(
                self.abandoned().select_for_update(skip_locked=True).values_list("pk", flat=True)
            )
            return ImportJob.objects.filter(pk__in=ids).update(
                state=ImportJob.State.FAILED,
                summary={"abandoned": True},
                content=b"",
                lease_expires_at=None,
            )


class ImportJob(models.Model):
    """One uploaded file, imported by a task; see the module's docstring."""

    class State(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Checking rows")
        WRITING = "writing", _("Recording")
        REJECTED = "rejected", _("Rejected")
        DONE = "done", _("Imported")
        FAILED = "failed", _("Failed")

    FINISHED = (State.REJECTED, State.DONE, State.FAILED)

    kind = models.CharField(max_length=20, db_index=True)
    params = models.JSONField(default=dict, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    created_at = models.DateTimeField(auto_now_add=True)
    filename = models.CharField(max_length=255)
    content = models.BinaryField()
    state = models.CharField(max_length=10, choices=State.choices, default=State.QUEUED)
    rows_total = models.PositiveIntegerField(default=0)
    rows_done = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True)
    summary = models.JSONField(default=dict, blank=True)
    lease_expires_at = models.DateTimeField(null=True, blank=True)

    objects = ImportJobQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("import")

    def __str__(self):
        return f"{self.filename} ({self.get_state_display()})"

    @property
    def percent(self):
        return int(100 * self.rows_done / self.rows_total) if self.rows_total else 0

    @property
    def error_count(self):
        return self.summary.get("total_errors") or len(self.errors)

    @property
    def finished(self):
        return self.state in self.FINISHED

    @property
    def abandoned(self):
        return self.state == self.State.FAILED and self.summary.get("abandoned", False)

    def fail_if_abandoned(self):
        """Mark this job failed if its worker stopped (for its page). Best effort: on SQLite a
        long write elsewhere may hold the database; the next look tries again."""
        if self.finished or not ImportJob.objects.filter(pk=self.pk).abandoned().exists():
            return
        try:
            ImportJob.objects.filter(pk=self.pk).fail_abandoned()
        except OperationalError:
            return
        self.refresh_from_db(fields=["state", "summary", "lease_expires_at"])

    # Run by the task worker

    def run(self, *, check, write):
        """Import this job's file: `check(content, progress=...)` reads and checks it (the
        rows, or ImportRejected), then `write(rows)` writes them in one transaction (a summary
        dict, or ImportRejected). Jobs abandoned by a stopped worker are failed first. A job
        that is not queued (already run, or failed meanwhile) is left alone."""
        # SQLite may be busy with a long write: then the next look tries again.
        with contextlib.suppress(OperationalError):
            ImportJob.objects.fail_abandoned()
        if not self._move([self.State.QUEUED], state=self.State.RUNNING, lease=LEASE):
            return
        try:
            rows = check(bytes(self.content), progress=self.progress)
            allowance = LEASE + WRITE_ALLOWANCE * len(rows)
            if not self._move([self.State.RUNNING], state=self.State.WRITING, lease=allowance):
                return  # failed as abandoned while it checked: the file is asked for again
            with transaction.atomic():
                # Held until the rows are committed: the reaper passes by a job that writes.
                locked = ImportJob.objects.select_for_update().filter(pk=self.pk)
                if list(locked.values_list("state", flat=True)) != [self.State.WRITING]:
                    return
                summary = write(rows)
                self._move([self.State.WRITING], state=self.State.DONE, summary=summary)
        except ImportRejected as rejected:
            self._move(
                [self.State.RUNNING, self.State.WRITING],
                state=self.State.REJECTED,
                errors=[error.as_dict() for error in rejected.errors],
                summary={"total_errors": rejected.total_errors},
            )
        except ValidationError as refused:  # the whole file refused (e.g. a locked work plan)
            self._move(
                [self.State.RUNNING, self.State.WRITING],
                state=self.State.REJECTED,
                errors=[{"row": 1, "column": "", "message": " ".join(refused.messages)}],
            )
        except Exception as exc:  # recorded for the user, then re-raised for the worker's log
            self._move(
                [self.State.RUNNING, self.State.WRITING],
                state=self.State.FAILED,
                errors=[{"row": 0, "column": "", "message": str(exc)}],
            )
            raise

    def progress(self, done, total):
        """Report progress while checking, which renews the lease."""
        ImportJob.objects.filter(pk=self.pk, state=self.State.RUNNING).update(
            rows_done=done, rows_total=total, lease_expires_at=timezone.now() + LEASE
        )

    def _move(self, from_states, *, state, lease=None, **fields):
        """Move this job from one of `from_states` to `state`, with `fields`; a finished job
        also gives up its file and its lease. Returns whether it moved."""
        if state in self.FINISHED:
            fields.update(content=b"", lease_expires_at=None)
        elif lease is not None:
            fields["lease_expires_at"] = timezone.now() + lease
        moved = ImportJob.objects.filter(pk=self.pk, state__in=from_states).update(
            state=state, **fields
        )
        if moved:
            for name, value in {"state": state, **fields}.items():
                setattr(self, name, value)
        return bool(moved)
