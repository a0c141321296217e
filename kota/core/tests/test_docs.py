"""The README keeps up with the code: every environment variable and make target is documented."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
README = (ROOT / "README.md").read_text()


def test_the_readme_opens_with_the_two_commands():
    lines = [line.strip() for line in README.splitlines() if line.strip()]
    assert lines[1].startswith("make demo")
    assert lines[2].startswith("make test")


def test_every_environment_variable_is_in_the_readme_table():
    settings = (ROOT / "kota" / "settings.py").read_text()
    names = set(re.findall(r'env(?:\.[a-z_]+|_bool|_secret)\(\s*"([A-Z_]+)"', settings))
    assert len(names) > 15
    documented = set(re.findall(r"^\| `([A-Z_]+)` \|", README, re.MULTILINE))
    assert names - documented == set(), "document these in README.md"


def test_every_make_target_in_the_readme_exists():
    makefile = (ROOT / "Makefile").read_text()
    targets = set(re.findall(r"^([a-z-]+):", makefile, re.MULTILINE))
    mentioned = set(re.findall(r"`make ([a-z-]+)", README))
    assert mentioned <= targets
