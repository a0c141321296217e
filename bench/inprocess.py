"""Every page of bench/pages.py at one scale, in-process (Django's test client, no server):
SQL queries per request, page weight, and in-process time. Run by bench/run.py against a
database it prepared; prints one JSON line."""

import argparse
import gzip
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kota.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from measure import percentiles  # noqa: E402
from pages import PAGES, resolve  # noqa: E402


def measure(client, name, url, repeat):
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
    return {
        "name": name,
        "url": url,
        **percentiles(times),
        "queries": len(queries),
        "shown": shown(response),
        "kb": round(len(body) / 1024, 1),
        "kb_gzip": round(len(gzip.compress(body, 6)) / 1024, 1),
    }


def shown(response):
    """How many results the page shows: the items of an API list or the results of a knowledge
    search; None for other pages."""
    body = response.content.decode()
    if response["Content-Type"].startswith("application/json"):
        data = json.loads(body)
        items = data.get("items") if isinstance(data, dict) else None
        return len(items) if isinstance(items, list) else None
    if 'class="knowledge"' in body:  # the knowledge search's results, even when none
        return body.count('<article class="result"')
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", choices=["small", "large"], required=True)  # for the label
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    client = Client()
    results = [measure(client, name, resolve(url), args.repeat) for name, url in PAGES]
    print(json.dumps({"scale": args.scale, "members": _count(), "results": results}))


def _count():
    from kota.members.models import Member

    return Member.objects.count()


if __name__ == "__main__":
    main()
