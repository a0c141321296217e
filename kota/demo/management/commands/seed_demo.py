import datetime
import random
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from kota.core.models import User
from kota.demo.cooperation import build_cooperation
from kota.demo.dues import build_dues
from kota.demo.events import build_events
from kota.demo.governance import build_governance
from kota.demo.home import build_home
from kota.demo.knowledge import build_knowledge
from kota.demo.mailings import build_mailings
from kota.demo.members import build_members
from kota.demo.models import DemoRecord
from kota.demo.partners import build_partners
from kota.demo.projects import build_projects, reviewer_for
from kota.demo.registry import delete_demo, recording
from kota.demo.results import ACCOUNTS as RESULTS_ACCOUNTS
from kota.demo.results import build_results, ensure_plan, reset_results, snapshot_computed
from kota.demo.surveys import build_surveys
from kota.dues import models as dues
from kota.governance.models import Body, Seat
from kota.knowledge.models import KnowledgeItem
from kota.mailings import models as mailings
from kota.members.models import FocalPoint, Member

SCALES = {"small": None, "large": 10_000}
# Fee schedules: five years of history, the current one and next year's (whose invoices are not
# issued yet: README.md shows how), or the current one at the benchmark scale.
DUES_YEARS = {"small": range(2021, 2028), "large": range(2026, 2027)}

# One account per role. Passwords are printed only when DEBUG is on.
ACCOUNTS = [
    ("secretariat", "Secretariat officer", "staff"),
    ("surabaya", "Focal point of Surabaya", "focal:Surabaya"),
    ("makassar", "Focal point of Makassar", "focal:Makassar"),
    ("board", "Executive Bureau member", "board"),
]


class Command(BaseCommand):
    help = "Build a deterministic demo network: members, focal points, bodies, seats, accounts."

    def add_arguments(self, parser):
        parser.add_argument("--scale", choices=SCALES, default="small")
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--reset",
            action="store_true",
            help="delete the existing network (members, bodies, seats, demo accounts) first",
        )

    def handle(self, *args, scale, seed, reset, **options):
        if Member.objects.exists():
            if not reset:
                self.stdout.write(
                    "The database already holds members; nothing done. "
                    "Use --reset to replace them with the demo network."
                )
                self.print_accounts(self.existing_accounts())
                return
            self.reset()
        started = time.monotonic()
        rng = random.Random(seed)
        ensure_plan()  # the Manifesto is the site's, not the demo's
        with transaction.atomic(), recording():
            members = build_members(rng, SCALES[scale])
            users = self.create_users()
            secretariat = users["secretariat"]
            build_dues(rng, members, secretariat, DUES_YEARS[scale])
            # The dues lapsed and reinstated members: seats go by the status they have now.
            members = list(
                Member.objects.filter(external_id__startswith="demo-").order_by("external_id")
            )
            bodies = build_governance(rng, members)
            self.give_roles(users, bodies)
            results = build_results(
                rng,
                scale=scale,
                members=members,
                bodies=bodies,
                secretariat=secretariat,
                board_user=users["board"],
            )
            items = build_knowledge(rng, scale=scale, members=members, secretariat=secretariat)
            events, participants = build_events(rng, members, secretariat)
            partners = build_partners(secretariat)
            projects = build_projects(
                random.Random(seed),  # its own draws: the builders after it stay as they were
                scale=scale,
                secretariat=secretariat,
                reviewer=reviewer_for(secretariat),
            )
            cooperations, learning, pledges = build_cooperation(secretariat)
            answers, ratings = build_surveys(rng, members, secretariat)
            # The participants and satisfaction KPIs are computed from the records just built.
            snapshot_computed(ensure_plan(), datetime.date.today())
            build_home()
            newsletters = build_mailings(rng)
        accounts = [(name, f"{name}-kota-demo", label) for name, label, _r in ACCOUNTS]
        accounts += results["accounts"]
        with connection.cursor() as cursor:
            # Planner statistics for the tables just filled; on PostgreSQL (outside a
            # transaction) also the visibility map and hint bits that autovacuum gives a
            # database in use: counting 10,000 members took 7 ms before it, 1 ms after.
            if connection.vendor == "postgresql" and not connection.in_atomic_block:
                cursor.execute("VACUUM (ANALYZE)")
            else:
                cursor.execute("ANALYZE")
        self.stdout.write(
            f"Demo network ({scale}, seed {seed}): {len(members):,} members in "
            f"{len({m.country_id for m in members})} countries, {len(bodies)} bodies, "
            f"{Seat.objects.count():,} seats, {dues.Invoice.objects.count():,} invoices, "
            f"{results['indicators']} indicators with {results['values']} values, "
            f"{results['work_plans']} work plans, {items:,} knowledge items, "
            f"{events} events with {participants:,} registrations, {partners} partners, "
            f"{projects:,} projects, "
            f"{newsletters} newsletters, {cooperations} cooperations, "
            f"{learning} learning requests, {pledges} solidarity pledges, "
            f"{answers:,} survey responses, {ratings:,} CEE ratings, "
            f"in {time.monotonic() - started:.1f} s."
        )
        self.print_accounts(accounts)

    def reset(self):
        delete_demo()  # what a previous seed_demo recorded
        reset_results()  # work plans and decisions protect bodies and accounts
        with transaction.atomic():
            for model in (  # dependants first
                mailings.Delivery,
                mailings.Mailing,
                mailings.Audience,
                mailings.Contact,
                mailings.Topic,
            ):
                model.objects.all().delete()
            KnowledgeItem.objects.all().delete()  # keeps the search index in step
            for model in (  # dependants first
                dues.Reminder,
                dues.Payment,
                dues.Adjustment,
                dues.Invoice,
                dues.Dues,
                dues.InvoiceSequence,
                dues.FeeOverride,
                dues.TierRule,
                dues.FeeRate,
                dues.FeeSchedule,
                dues.Tier,
            ):
                model.objects.all().delete()
            Seat.objects.all().delete()
            Body.objects.all().delete()
            FocalPoint.objects.all().delete()
            Member.objects.all().delete()
            demo_users = [name for name, _l, _r in ACCOUNTS] + [
                name for name, _l, _f in RESULTS_ACCOUNTS
            ]
            User.objects.filter(username__in=demo_users).delete()
            DemoRecord.objects.all().delete()

    def create_users(self):
        """The demo accounts, one per role. {username: user}"""
        users = {}
        for username, label, role in ACCOUNTS:
            users[username] = User.objects.create_user(
                username=username,
                password=f"{username}-kota-demo",
                email=f"{username}@example.org",
                first_name=label,
                is_staff=role == "staff",
                is_superuser=role == "staff",
            )
        return users

    def give_roles(self, users, bodies):
        """Make the focal point accounts their member's contacts and the board account the
        holder of a current Executive Bureau seat."""
        for username, _label, role in ACCOUNTS:
            user = users[username]
            if role.startswith("focal:"):
                member = Member.objects.get(name=role.split(":", 1)[1])
                contact = member.focal_points.order_by("-is_primary").first()
                contact.user = user
                contact.save(update_fields=["user"])
            elif role == "board":
                seat = (
                    Seat.objects.current()
                    .filter(body=bodies["executive-bureau"])
                    .order_by("pk")
                    .first()
                )
                if seat is None:
                    raise CommandError("The demo Executive Bureau has no current seat.")
                seat.user = user
                seat.save(update_fields=["user"])

    def existing_accounts(self):
        """The demo accounts still in the database with the password the demo gave them (a
        second `make demo` lists them again; one whose password was changed is left out)."""
        labels = {name: label for name, label, _r in ACCOUNTS}
        labels.update({name: label for name, label, _f in RESULTS_ACCOUNTS})
        users = User.objects.filter(username__in=labels)
        return [
            (user.username, f"{user.username}-kota-demo", labels[user.username])
            for user in sorted(users, key=lambda user: list(labels).index(user.username))
            if user.check_password(f"{user.username}-kota-demo")
        ]

    def print_accounts(self, accounts):
        if not accounts:
            return
        self.stdout.write("Demo accounts:")
        for username, password, label in accounts:
            shown = password if settings.DEBUG else "(hidden: DEBUG is off)"
            self.stdout.write(f"  {label:<32} user {username:<12} password {shown}")
