"""Kota's main pages on a phone over a slow link: the bytes on the wire and the load time.

    .venv/bin/python bench/slowlink.py [--label after] [--latency 400] [--kbps 50]

Seeds the small demo network once into var/bench-slowlink/ (reused by later runs), collects
the static files, serves them with gunicorn in production mode (DEBUG off, so HTML
compression and WhiteNoise's compressed static files are what a visitor gets), and opens
each page in headless Chromium at 390x844 with an empty cache and the network emulated
through the DevTools protocol (Network.emulateNetworkConditions: 400 ms latency, 50 KB/s
down and up by default).

For every page it prints the bytes received (compressed, headers included) and the time
from the start of navigation to the load event; for a page with a chart or the map, also
the bytes and the time once the chart is drawn, having scrolled it into view (or opened the
map) as soon as the page had loaded. The dues page is measured as the demo's secretariat
officer (it is staff-only), with the cache emptied after logging in. Each page is visited
once unthrottled first (so no measure pays for a server process's first request), then
measured --repeat times (3), and the median is reported. Results go to
bench/results/slowlink-<date>-<label>.json.

To compare with an older Kota, extract it and serve it from there (same database):

    mkdir -p var/bench-slowlink/before-src
    git archive <commit> | tar -x -C var/bench-slowlink/before-src
    .venv/bin/python bench/slowlink.py --label before --source var/bench-slowlink/before-src
"""

import argparse
import datetime
import json
import os
import secrets
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import PYTHON, ROOT, Gunicorn, log  # noqa: E402

DATA = ROOT / "var" / "bench-slowlink"
PLAN = "/results/manifesto-2021-2025/"

# (name, path, how to find the path, the selector of the chart or map, what reveals it)
PAGES = [
    ("home", "/", None, None),
    ("directory", "/members/", None, None),
    ("knowledge", "/knowledge/", None, None),
    ("knowledge item", "/knowledge/", ".result h2 a", None),
    ("results dashboard", PLAN, None, "[data-chart=statuses]"),
    ("indicator", PLAN, "table.indicators a", "#indicator-chart"),
    ("body (women's share)", "/governance/executive-bureau/", None, "[data-chart=share]"),
    ("map", "/members/", None, "#member-map"),
    ("dues (officer)", "/dues/", None, None),
]


def environment():
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SITE_URL="http://127.0.0.1:8000",
        SECURE_SSL_REDIRECT="false",
        SECURE_COOKIES="false",
        SECURE_HSTS_SECONDS="0",
        AXES_ENABLED="false",
        SQLITE_PATH=str(DATA / "kota.sqlite3"),
        MEDIA_ROOT=str(DATA / "media"),
    )
    return env


def prepare(env, source):
    DATA.mkdir(parents=True, exist_ok=True)
    if not (DATA / "kota.sqlite3").exists():
        log("Seeding the small demo network (once) ...")
        for args in (["migrate", "--noinput"], ["seed_demo", "--scale", "small", "--seed", "1"]):
            subprocess.run(
                [PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True
            )
    log("Collecting static files ...")
    subprocess.run(
        [PYTHON, "manage.py", "collectstatic", "--noinput", "--clear"],
        cwd=source,
        env=env,
        check=True,
        capture_output=True,
    )


class Wire:
    """Counts the bytes Chromium received, through the DevTools protocol."""

    def __init__(self, page, latency, kbps):
        self.cdp = page.context.new_cdp_session(page)
        self.bytes = 0
        self.files = {}
        self.urls = {}
        self.cdp.on("Network.responseReceived", self.received)
        self.cdp.on("Network.loadingFinished", self.finished)
        self.cdp.send("Network.enable")
        self.cdp.send("Network.clearBrowserCache")  # the log-in page's static files
        self.cdp.send(
            "Network.emulateNetworkConditions",
            {
                "offline": False,
                "latency": latency,
                "downloadThroughput": kbps * 1024,
                "uploadThroughput": kbps * 1024,
            },
        )

    def received(self, event):
        self.urls[event["requestId"]] = event["response"]["url"]

    def finished(self, event):
        self.bytes += event["encodedDataLength"]
        url = self.urls.get(event["requestId"], "?").split("?")[0].rsplit("/", 1)[-1]
        self.files[url or "(page)"] = self.files.get(url or "(page)", 0) + int(
            event["encodedDataLength"]
        )


def since_navigation(page):
    return page.evaluate("performance.now()")


def measure(browser, base, name, path, chart, latency, kbps):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(180_000)
    if name.startswith("dues"):
        page.goto(base + "/accounts/login/")
        page.get_by_label("Username").fill("secretariat")
        page.get_by_label("Password").fill("secretariat-kota-demo")
        page.get_by_role("button", name="Log in").click()
        page.wait_for_load_state("load")
    wire = Wire(page, latency, kbps)
    page.goto(base + path, wait_until="load")
    timing = page.evaluate("performance.getEntriesByType('navigation')[0].toJSON()")
    row = {
        "page": name,
        "path": path,
        "load_kb": round(wire.bytes / 1024, 1),
        "load_s": round(timing["loadEventEnd"] / 1000, 2),
        "html_kb": round(timing["encodedBodySize"] / 1024, 1),
        "html_raw_kb": round(timing["decodedBodySize"] / 1024, 1),
    }
    if chart:
        area = page.locator(chart)
        if chart == "#member-map":
            page.locator(".map-panel summary").click()
        else:
            area.scroll_into_view_if_needed()
        area.locator("canvas").first.wait_for(state="attached")
        row["chart_kb"] = round(wire.bytes / 1024, 1)
        row["chart_s"] = round(since_navigation(page) / 1000, 2)
    row["files_kb"] = {k: round(v / 1024, 1) for k, v in sorted(wire.files.items())}
    context.close()
    return row


def resolve(browser, base, path, link):
    """The first link matching `link` on `path`, read without throttling."""
    page = browser.new_page()
    page.goto(base + path)
    href = page.locator(link).first.get_attribute("href")
    page.close()
    return href


def warm_up(browser, base, path):
    """One visit without throttling, so that no measured load pays for a server process's
    first request (template loading, the page cache's first fill)."""
    page = browser.new_page()
    for _ in range(3):  # each of gunicorn's workers, most likely
        page.goto(base + path)
    page.close()


def median_row(rows):
    """The run whose load time is the median, with the median of every figure."""
    middle = sorted(rows, key=lambda r: r["load_s"])[len(rows) // 2]
    row = dict(middle)
    for key in ("load_kb", "load_s", "chart_kb", "chart_s"):
        if key in middle:
            row[key] = round(statistics.median(r[key] for r in rows), 2)
    row["runs"] = [{k: r[k] for k in r if k in ("load_s", "chart_s", "load_kb")} for r in rows]
    return row


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--label", default="now", help="a name for this run (before, after)")
    parser.add_argument("--latency", type=int, default=400, help="added latency, ms")
    parser.add_argument("--kbps", type=int, default=50, help="bandwidth, KB/s each way")
    parser.add_argument("--repeat", type=int, default=3, help="runs per page (the median)")
    parser.add_argument(
        "--source",
        type=Path,
        default=ROOT,
        help="serve the Kota in this directory (e.g. an older version, extracted with "
        "`git archive <commit> | tar -x -C DIR`), with this checkout's virtualenv",
    )
    args = parser.parse_args()
    source = args.source.resolve()

    from playwright.sync_api import sync_playwright

    env = environment()
    prepare(env, source)
    server = Gunicorn(env, cwd=source)
    base = f"http://127.0.0.1:{server.port}"
    rows = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium",
                headless=True,
                args=["--no-sandbox", "--disable-gpu"],
            )
            for name, path, link, chart in PAGES:
                if link:
                    path = resolve(browser, base, path, link)
                log(f"{name}: {path}")
                warm_up(browser, base, path)
                runs = [
                    measure(browser, base, name, path, chart, args.latency, args.kbps)
                    for _ in range(args.repeat)
                ]
                rows.append(median_row(runs))
            browser.close()
    finally:
        server.stop()

    print(
        f"\nOn {args.latency} ms latency and {args.kbps} KB/s, at 390x844, empty cache, "
        f"median of {args.repeat} (label: {args.label}, Kota in {source})\n"
    )
    print("| page | HTML KB (raw) | KB at load | load s | KB with chart | chart drawn s |")
    print("| --- | --- | --- | --- | --- | --- |")
    for r in rows:
        print(
            f"| {r['page']} | {r['html_kb']} ({r['html_raw_kb']}) | {r['load_kb']} | "
            f"{r['load_s']} | {r.get('chart_kb', '')} | {r.get('chart_s', '')} |"
        )
    out = ROOT / "bench" / "results" / f"slowlink-{datetime.date.today()}-{args.label}.json"
    out.write_text(
        json.dumps(
            {
                "command": "bench/slowlink.py " + " ".join(sys.argv[1:]),
                "source": str(source),
                "repeat": args.repeat,
                "latency_ms": args.latency,
                "kbps": args.kbps,
                "viewport": "390x844",
                "measured_at": datetime.datetime.now().isoformat(timespec="seconds"),
                "pages": rows,
            },
            indent=2,
        )
        + "\n"
    )
    print(f"\nWritten to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
