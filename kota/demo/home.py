"""The demo's home page, one Markdown file per language in data/home/ (a `title:` in front
matter, then the body). It replaces the home page text the site was installed with."""

from kota.demo.data import DATA
from kota.site.models import Page

FOLDER = DATA / "home"


def read_page(path):
    """(title, body) of a Markdown file with front matter."""
    text = path.read_text(encoding="utf-8")
    _before, front, body = text.split("---\n", 2)
    meta = dict(line.split(":", 1) for line in front.splitlines() if ":" in line)
    return meta["title"].strip(), body.strip()


def build_home():
    """Write the home page in every language that data/home/ has. Returns the languages."""
    languages = []
    for path in sorted(FOLDER.glob("*.md")):
        title, body = read_page(path)
        Page.objects.filter(slug="home", language=path.stem).delete()
        Page.objects.create(slug="home", language=path.stem, title=title, body=body)
        languages.append(path.stem)
    return languages
