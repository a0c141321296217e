"""Reading the demo's data files (kota/demo/data/): YAML, CSV and Markdown that a secretariat
officer can edit without touching the builders."""

import csv
from functools import cache
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent / "data"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def read_yaml(name):
    """The parsed YAML file `name` (a path under kota/demo/data/). Cached: do not change it."""
    with (DATA / name).open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_LOADER)


def read_csv(name):
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def read_text(name):
    return (DATA / name).read_text(encoding="utf-8")
