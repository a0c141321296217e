from kota.core.tests.test_settings import run_in_production


def test_server_timing_reports_the_time_spent_when_switched_on():
    script = (
        "import django; django.setup();"
        "from django.test import Client;"
        "r = Client().get('/api/v1/openapi.json', HTTP_HOST='localhost', secure=True);"
        "print(r.status_code, r.get('Server-Timing', 'none'))"
    )
    for flag, expect_header in (("true", True), ("false", False)):
        result = run_in_production(script, SERVER_TIMING=flag, ALLOWED_HOSTS="localhost")
        status, header = result.stdout.split()
        assert status == "200", result.stderr
        assert header.startswith("app;dur=") is expect_header
