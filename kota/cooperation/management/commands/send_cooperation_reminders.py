from django.core.management.base import BaseCommand

from kota.cooperation.models import LearningRequest
from kota.cooperation.tasks import send_due_reminders


class Command(BaseCommand):
    help = (
        "Remind the focal points of every side of a cooperation that ends within three months "
        "to renew it, once, and prompt them to review each active cooperation once a year; "
        "turn new “we want to replicate this” marks into learning requests. Idempotent; run "
        "it daily from cron."
    )

    def handle(self, *args, **options):
        renewals, reviews = send_due_reminders()
        adopted = LearningRequest.objects.adopt_interests()
        self.stdout.write(
            f"Renewal reminders sent: {renewals}; review prompts sent: {reviews}; "
            f"learning requests from replication marks: {adopted}"
        )
