"""The demo's data files and the small builders that read them."""

import random
from pathlib import Path

import pytest

from kota.demo import members
from kota.demo.data import read_yaml
from kota.demo.home import FOLDER, read_page
from kota.demo.members import person_name
from kota.members.models import Sex

DEMO = Path(members.__file__).resolve().parent


def test_no_demo_module_is_over_about_400_lines():
    lengths = {
        path.relative_to(DEMO).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in DEMO.rglob("*.py")
        if "migrations" not in path.parts
    }
    assert {name: n for name, n in lengths.items() if n > 450} == {}


@pytest.mark.parametrize(
    ("country", "sex", "pattern"),
    [
        ("CN", Sex.FEMALE, "family given"),  # Wang Fang
        ("KR", Sex.MALE, "family given"),
        ("VN", Sex.FEMALE, "family given"),  # Nguyen Thi Lan
        ("IN", Sex.MALE, "given family"),
        ("IR", Sex.FEMALE, "given family"),
        ("MY", Sex.MALE, "bin"),  # Ahmad Faizal bin Ismail
        ("MY", Sex.FEMALE, "binti"),
        ("MM", Sex.FEMALE, "whole"),  # no family name
        ("KZ", Sex.FEMALE, "ova"),
    ],
)
def test_names_follow_each_countrys_customs(country, sex, pattern):
    names = read_yaml("countries.yaml")[country]["names"]
    key = "female" if sex == Sex.FEMALE else "male"
    rng = random.Random(3)
    for _n in range(20):
        name = person_name(rng, country, sex)
        if pattern == "family given":
            assert any(name.startswith(f"{f} ") for f in names["family"]), name
            assert any(name.endswith(f" {g}") for g in names[key]), name
        elif pattern == "given family":
            assert any(name.startswith(f"{g} ") for g in names[key]), name
            assert any(name.endswith(f" {f}") for f in names["family"]), name
        elif pattern in ("bin", "binti"):
            assert f" {pattern} " in name, name
        elif pattern == "whole":
            assert name in names[key]
        else:
            assert name.split()[-1].endswith("ova") or name.split()[-1] == "Seitkali", name


def test_some_indonesians_go_by_one_name_and_the_others_by_two():
    rng = random.Random(1)
    parts = {len(person_name(rng, "ID", Sex.MALE).split()) for _n in range(60)}
    assert parts == {1, 2}


def test_every_country_has_the_same_keys_and_names_for_both_sexes():
    for code, spec in read_yaml("countries.yaml").items():
        assert {"calling_code", "languages", "names"} <= set(spec), code
        assert spec["names"]["female"] and spec["names"]["male"], code
        assert set(spec["languages"]) <= {"en", "id", "zh-hans"}, code


def test_the_home_page_files_have_a_title_and_say_the_site_is_a_demo():
    pages = sorted(FOLDER.glob("*.md"))
    assert [p.stem for p in pages] == ["en", "id", "zh-hans"]
    for path in pages:
        title, body = read_page(path)
        assert title and body.startswith("*"), path
