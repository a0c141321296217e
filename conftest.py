import os

import pytest

from kota.core import versions
from kota.demo import presence
from kota.test import CHROMIUM, Personas, require_browser


@pytest.fixture
def personas(db):
    return Personas()


@pytest.fixture
def live_db(transactional_db):
    """A database committed for real (for live-server and concurrency tests). Flushing after
    such tests empties the taxonomies too, so load them again first."""
    from django.apps import apps

    from kota.core.taxonomy_data import load_taxonomies

    load_taxonomies(apps)


@pytest.fixture(autouse=True)
def _english_and_fast_passwords(settings):
    settings.LANGUAGE_CODE = "en"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _not_a_demo_site():
    """No demo banner, and no query asking for it, unless a test builds the demo."""
    presence.settle(False)


@pytest.fixture(autouse=True)
def _nothing_kept_from_another_test():
    """What processes keep by content versions (the directory's index, the reference
    tables) is kept by the versions it was loaded at, which a rolled-back test transaction or
    a flush winds back: each test starts without any."""
    versions.PerProcess.clear_all()


@pytest.fixture(scope="session")
def browser():
    require_browser()
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # Playwright's loop shares the test thread
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="en-US")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()
