import subprocess
import sys

from kota.core.tests.test_settings import ROOT, production_env


def test_server_timing_reports_the_time_spent_when_switched_on():
    script = (
        "import django; django.setup();"
        "from django.test import Client;"
        "r = Client().get('/api/v1/openapi.json', HTTP_HOST='localhost', secure=True);"
        "print(r.status_code, r.get('Server-Timing', 'none'))"
    )
    for flag, expect_header in (("true", True), ("false", False)):
        env = production_env(SERVER_TIMING=flag, ALLOWED_HOSTS="localhost")
        result = subprocess.run(
            [sys.executable, "-c", script],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        status, header = result.stdout.split()
        assert status == "200", result.stderr
        assert header.startswith("app;dur=") is expect_header
