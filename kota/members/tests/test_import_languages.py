"""The member import speaks the reader's language: its help is translated when the page is
drawn, and its result counts with the language's plural forms."""

import pytest

from kota.core.models import ImportJob
from kota.test import client_for

pytestmark = pytest.mark.django_db


def a_finished_import(personas, rows):
    return ImportJob.objects.create(
        kind="members",
        created_by=personas.secretariat,
        filename="members.csv",
        content=b"",
        state=ImportJob.State.DONE,
        summary={"rows": rows, "created": rows, "updated": 0, "unchanged": 0},
    )


def test_the_import_page_is_in_the_readers_language(client, personas):
    client = client_for(client, personas.secretariat)
    english = client.get("/members/import/").content.decode()
    assert "UTF-8 CSV with the columns described below; at most 10 MB." in english
    indonesian = client.get("/members/import/", HTTP_ACCEPT_LANGUAGE="id").content.decode()
    assert "CSV UTF-8 dengan kolom yang dijelaskan di bawah; paling besar 10 MB." in indonesian
    assert "UTF-8 CSV with the columns" not in indonesian
    chinese = client.get("/members/import/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert "UTF-8 CSV with the columns" not in chinese


@pytest.mark.parametrize(
    ("rows", "english"),
    [
        (1, "Imported 1 row: 1 created, 0 updated, 0 unchanged."),
        (2, "Imported 2 rows: 2 created, 0 updated, 0 unchanged."),
    ],
)
def test_the_result_counts_rows_in_the_singular_and_the_plural(client, personas, rows, english):
    job = a_finished_import(personas, rows)
    client = client_for(client, personas.secretariat)
    assert english in client.get(f"/members/import/{job.pk}/").content.decode()
    chinese = client.get(f"/members/import/{job.pk}/", HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert f"已导入 {rows} 行" in chinese.content.decode()
