import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def production_env(**env):
    """This process's environment with production settings and `env` on top."""
    environment = {
        k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DEBUG", "DATABASE_URL")
    }
    environment.update(
        {
            "DEBUG": "false",
            "SECRET_KEY": "k" * 30 + "Zq8-w" * 8,
            "SITE_URL": "https://kota.example.org",
            "DJANGO_SETTINGS_MODULE": "kota.settings",
        }
    )
    environment.update(env)
    return environment


def run_in_production(script, **env):
    """Run the Python `script` in a fresh process with production settings and `env`."""
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=production_env(**env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def start(**env):
    """Load Kota's settings in a fresh process with `env` (and a SITE_URL unless `env` gives
    one); returns (exit code, stderr)."""
    environment = {
        k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DEBUG", "DATABASE_URL")
    }
    environment.update({"SITE_URL": "https://kota.example.org", **env})
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); print('started')"],
        cwd=ROOT,
        env={**environment, "DJANGO_SETTINGS_MODULE": "kota.settings"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    return result.returncode, result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    code, output = start(DEBUG="false")
    assert code != 0
    assert "SECRET_KEY is not set" in output


def test_production_refuses_a_weak_secret_key():
    code, output = start(DEBUG="false", SECRET_KEY="django-insecure-abc")
    assert code != 0
    assert "SECRET_KEY is too weak" in output


def test_production_starts_with_a_real_secret_key():
    code, output = start(DEBUG="false", SECRET_KEY="k" * 30 + "Zq8-w" * 8)
    assert code == 0, output


def test_production_refuses_to_start_without_a_site_url():
    code, output = start(DEBUG="false", SECRET_KEY="k" * 30 + "Zq8-w" * 8, SITE_URL="")
    assert code != 0
    assert "SITE_URL is not set" in output


def test_a_site_url_that_is_not_an_absolute_http_address_is_refused():
    for bad in ("kota.example.org", "ftp://kota.example.org", "https://", "https://a.org/?x=1"):
        code, output = start(DEBUG="true", SITE_URL=bad)
        assert code != 0 and "SITE_URL must be an absolute http(s) address" in output, bad


def test_development_has_a_local_site_url_and_a_given_one_loses_its_trailing_slash():
    script = "from django.conf import settings; print(settings.SITE_URL)"
    for given, expected in (("", "http://127.0.0.1:8000"), ("https://k.example.org/", None)):
        environment = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "SITE_URL")}
        result = subprocess.run(
            [sys.executable, "-c", script],
            cwd=ROOT,
            env={
                **environment,
                "DEBUG": "true",
                "SITE_URL": given,
                "DJANGO_SETTINGS_MODULE": "kota.settings",
            },
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.stdout.strip() == (expected or given.rstrip("/")), result.stderr


def test_a_bad_debug_value_or_database_url_is_named():
    code, output = start(DEBUG="maybe")
    assert code != 0 and "DEBUG must be true or false" in output
    code, output = start(DEBUG="true", DATABASE_URL="mysql://root@localhost/kota")
    assert code != 0 and "Kota supports SQLite and PostgreSQL" in output


def test_development_defaults_to_sqlite_in_wal_mode(db):
    from django.conf import settings
    from django.db import connection

    if connection.vendor != "sqlite":
        return  # the PostgreSQL run checks its own engine below
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
    assert settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"


def test_the_database_in_use_is_the_one_database_url_names(db):
    from django.db import connection

    expected = (
        "postgresql" if os.environ.get("DATABASE_URL", "").startswith("postgres") else ("sqlite")
    )
    assert connection.vendor == expected


def test_a_production_process_keeps_what_start_up_made_out_of_garbage_collection():
    """kota.wsgi freezes what start-up made (gc.freeze): a fresh production process that
    loads the application has objects frozen and few left in the collector's generations."""
    script = (
        "import gc, kota.wsgi; "
        "print(gc.get_freeze_count(), sum(gc.get_count()), len(gc.get_objects()))"
    )
    result = run_in_production(script)
    assert result.returncode == 0, result.stderr
    frozen, _young, tracked = (int(n) for n in result.stdout.split())
    assert frozen > 10_000
    assert tracked < frozen / 10


def test_a_worker_freezes_what_its_first_requests_kept_once_after_the_hundredth():
    """kota.wsgi freezes once more after the FREEZE_AFTER_REQUESTS-th finished request: what
    was made since start-up and is still alive leaves the collector's generations, and a
    garbage cycle of that moment is collected, not frozen."""
    script = (
        "import gc, weakref, kota.wsgi\n"
        "from django.core.signals import request_finished\n"
        "gc.disable()  # no collection but the freeze's own\n"
        "class Kept: pass\n"
        "kept = [Kept() for _ in range(5000)]\n"
        "for _ in range(kota.wsgi.FREEZE_AFTER_REQUESTS - 1): request_finished.send(None)\n"
        "before = gc.get_freeze_count()\n"
        "cycle = Kept(); cycle.me = cycle; garbage = weakref.ref(cycle); del cycle\n"
        "request_finished.send(None)\n"
        "after = gc.get_freeze_count()\n"
        "for _ in range(3): request_finished.send(None)\n"
        "left = [type(o).__name__ for o in gc.get_objects()].count('Kept')\n"
        "print(after - before, gc.get_freeze_count() - after, left, garbage() is None)"
    )
    result = run_in_production(script)
    assert result.returncode == 0, result.stderr
    newly_frozen, frozen_later, left_in_generations, collected = result.stdout.split()
    assert int(newly_frozen) >= 5000
    assert (int(frozen_later), int(left_in_generations), collected) == (0, 0, "True")
