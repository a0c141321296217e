"""Shared test personas and helpers (pytest fixtures are registered in conftest.py).

The personas, built once per test that asks for them:
- secretariat: a staff officer, manages everything
- surabaya: the focal point of Surabaya
- makassar: the focal point of Makassar, another city
- board: a current member of the Executive Bureau
- anonymous: a visitor who is not logged in
"""

import datetime
import os
import shutil
import threading

import pytest
from django.db import connection

from kota.core.models import User
from kota.governance.factories import BodyFactory, SeatFactory
from kota.governance.models import Body
from kota.members.factories import FocalPointFactory, MemberFactory

CHROMIUM = "/usr/bin/chromium"


class Personas:
    def __init__(self):
        self.surabaya_city = MemberFactory(
            name="Surabaya", local_name="Kota Surabaya", country_id="ID"
        )
        self.makassar_city = MemberFactory(
            name="Makassar", local_name="Kota Makassar", country_id="ID"
        )
        self.secretariat = User.objects.create_user(
            "secretariat",
            "secretariat@example.org",
            "pw-secretariat",
            is_staff=True,
            is_superuser=True,
        )
        self.surabaya = User.objects.create_user("surabaya", "fp@surabaya.example", "pw-surabaya")
        self.makassar = User.objects.create_user("makassar", "fp@makassar.example", "pw-makassar")
        self.board = User.objects.create_user("board", "board@example.org", "pw-board")
        self.surabaya_contact = FocalPointFactory(
            member=self.surabaya_city, user=self.surabaya, is_primary=True
        )
        self.makassar_contact = FocalPointFactory(
            member=self.makassar_city, user=self.makassar, is_primary=True
        )
        self.executive_bureau = BodyFactory(
            slug="executive-bureau", name="Executive Bureau", kind=Body.Kind.EXECUTIVE_BUREAU
        )
        self.board_seat = SeatFactory(
            body=self.executive_bureau,
            user=self.board,
            member=MemberFactory(),
            starts_on=datetime.date(2024, 1, 1),
            ends_on=None,
        )

    def all(self):
        """(name, user or None) for every persona, anonymous last."""
        return [
            ("secretariat", self.secretariat),
            ("surabaya", self.surabaya),
            ("makassar", self.makassar),
            ("board", self.board),
            ("anonymous", None),
        ]


def client_for(client, user):
    if user is not None:
        client.force_login(user)
    return client


def require_browser():
    """Skip when Chromium is absent, except in CI, where it is a failure."""
    if shutil.which(CHROMIUM) is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing; CI must run the browser tests")
        pytest.skip(f"{CHROMIUM} is not installed")


def run_together(*jobs):
    """Run each job in its own thread and database connection, all released at the same
    moment (for concurrency tests on a committed database). Returns the exceptions raised."""
    start = threading.Barrier(len(jobs))
    errors = []

    def worker(job):
        try:
            start.wait()
            job()
        except Exception as exc:  # reported to the test
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return errors
