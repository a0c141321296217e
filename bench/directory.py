"""Directory and members API at one scale: server time (p50/p95 over repeated requests),
SQL queries per request and page weight. Run through bench/run.py, which gives each scale its
own SQLite database; prints one JSON line."""

import argparse
import gzip
import io
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kota.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

URLS = [
    "/members/",
    "/members/?country=ID&kind=city&sort=-population",
    "/members/?q=%E5%B9%BF%E5%B7%9E",
    "/members/?subregion=035&status=active&page=3",
    "/api/v1/members?country=PH",
    "/api/v1/members?q=kota&page=2",
]


def measure(client, url, repeat):
    client.get(url)  # warm caches and connections
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    body = response.content
    times.sort()
    return {
        "url": url,
        "p50_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[int(len(times) * 0.95) - 1], 2),
        "queries": len(queries),
        "kb": round(len(body) / 1024, 1),
        "kb_gzip": round(len(gzip.compress(body, 6)) / 1024, 1),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", choices=["small", "large"], required=True)
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    call_command("seed_demo", scale=args.scale, seed=1, reset=True, stdout=io.StringIO())
    client = Client()
    results = [measure(client, url, args.repeat) for url in URLS]
    print(json.dumps({"scale": args.scale, "members": _count(), "results": results}))


def _count():
    from kota.members.models import Member

    return Member.objects.count()


if __name__ == "__main__":
    main()
