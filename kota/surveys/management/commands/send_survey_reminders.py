from django.core.management.base import BaseCommand

from kota.surveys.tasks import send_due_reminders


class Command(BaseCommand):
    help = (
        "Remind every respondent of an open campaign due within two weeks (or overdue) who has "
        "not submitted, at most once a week. Idempotent; run it daily from cron."
    )

    def handle(self, *args, **options):
        sent = send_due_reminders()
        self.stdout.write(f"Reminders queued: {sent}")
