"""Security headers on every page, and production settings that `check --deploy` accepts."""

import pytest

from kota.core.tests.test_settings import start

pytestmark = pytest.mark.django_db


def test_every_page_carries_a_strict_content_security_policy(client):
    policy = client.get("/")["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy


@pytest.mark.parametrize("path", ["/", "/members/", "/api/v1/members", "/accounts/login/"])
def test_pages_forbid_framing_and_sniffing_and_keep_referrers_on_site(client, path):
    response = client.get(path)
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_hsts_is_sent_over_https_only(client, settings):
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    assert "Strict-Transport-Security" not in client.get("/")
    header = client.get("/", secure=True)["Strict-Transport-Security"]
    assert header.startswith("max-age=31536000; includeSubDomains")


def test_production_settings_pass_the_deployment_checks():
    code, output = start(
        DEBUG="false",
        SECRET_KEY="k" * 30 + "Zq8-w" * 8,
        **{"DJANGO_CHECK": "1"},
    )
    assert code == 0, output
    import subprocess
    import sys

    from kota.core.tests.test_settings import ROOT, production_env

    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_redirects_plain_http_to_https():
    from kota.core.tests.test_settings import run_in_production

    script = (
        "import django; django.setup();"
        "from django.test import Client;"
        "r = Client().get('/', HTTP_HOST='localhost');"
        "print(r.status_code, r['Location'])"
    )
    result = run_in_production(script)
    assert result.stdout.split() == ["301", "https://localhost/"], result.stderr
