"""Checks that Kota's browser tests run on its pages: axe-core for accessibility (vendored
from npm in `vendor/`, injected into the page under test, never served), the page's width for
phones, and the Nu Html Checker for valid HTML (the vnu-jar package from npm, too big to
commit: `make test-tools` installs it into frontend/testing/node_modules; Java runs it).
Rebuild the vendored axe-core with `cd frontend/testing && npm ci && npm run build`."""

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

VENDOR = Path(__file__).parent / "vendor"
AXE = VENDOR / "axe.min.js"
SERIOUS = ("serious", "critical")


def axe_violations(page, impacts=SERIOUS):
    """axe-core's violations on `page` (a Playwright page) with one of `impacts`, as short
    descriptions: the rule, its impact, its help text and the first few elements it names."""
    if not page.evaluate("typeof window.axe === 'object'"):
        # Evaluated through the DevTools protocol, so the page's CSP does not block it.
        page.evaluate(AXE.read_text(encoding="utf-8"))
    results = page.evaluate(
        """async () => {
            const r = await axe.run(document, {resultTypes: ["violations"]});
            return r.violations.map((v) => ({
                id: v.id, impact: v.impact, help: v.help,
                targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
                count: v.nodes.length,
            }));
        }"""
    )
    return [
        f"{v['id']} ({v['impact']}, {v['count']}x): {v['help']} at {', '.join(v['targets'])}"
        for v in results
        if v["impact"] in impacts
    ]


def page_width(page):
    """How wide the page is, in CSS pixels: more than the viewport means a sideways scroll."""
    return page.evaluate(
        "Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
    )


ROOT = Path(__file__).resolve().parents[3]
VNU_JAR = ROOT / "frontend" / "testing" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def java():
    return shutil.which("java")


def vnu_jar():
    """The Nu Html Checker's jar, or None when `make test-tools` has not installed it."""
    return VNU_JAR if VNU_JAR.exists() else None


def require_nu_checker():
    """Skip when Java or the Nu Html Checker is absent, except in CI, where it is a failure."""
    import pytest

    missing = [name for name, found in (("java", java()), ("vnu.jar", vnu_jar())) if not found]
    if missing:
        message = f"{' and '.join(missing)} missing: run make test-tools (and install Java)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


def nu_errors(pages):
    """The Nu Html Checker's errors for `pages`, a dict of a name to an HTML document, as
    {name: ["line N: message", ...]} for the pages with errors. One Java process checks them
    all."""
    with tempfile.TemporaryDirectory() as folder:
        names = {}
        for number, (name, html) in enumerate(pages.items()):
            path = os.path.join(folder, f"page-{number}.html")
            Path(path).write_text(html, encoding="utf-8")
            names[path] = name
        run = subprocess.run(
            [java(), "-jar", str(vnu_jar()), "--format", "json", "--errors-only", *names],
            capture_output=True,
            text=True,
            timeout=300,
        )
        messages = json.loads(run.stderr or run.stdout)["messages"]
    errors = {}
    for message in messages:
        if message.get("type") not in ("error", "non-document-error"):
            continue
        path = message.get("url", "").removeprefix("file:")
        name = names.get(path) or next((n for p, n in names.items() if path.endswith(p)), path)
        errors.setdefault(name, []).append(
            f"line {message.get('lastLine', '?')}: {message.get('message')}"
            f" [{message.get('extract', '').strip()[:80]}]"
        )
    return errors
