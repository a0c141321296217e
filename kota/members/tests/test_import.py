import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from kota.core.models import ImportJob
from kota.lib.csvfile import ImportRejected
from kota.members.factories import MemberFactory
from kota.members.importing import import_members
from kota.members.models import Member

pytestmark = pytest.mark.django_db

HEADER = "external_id,name,local_name,kind,country,subdivision,population,latitude,longitude,website,joined_on,status\n"
GOOD = HEADER + (
    "sby,Surabaya,Kota Surabaya,city,ID,East Java,2874314,-7.2575,112.7521,https://surabaya.go.id,2004-05-01,active\n"
    "gz,Guangzhou,广州市,city,CN,Guangdong,18676605,23.1291,113.2644,,2010-01-01,\n"
    "apeksi,Association of Indonesian Municipalities,APEKSI,association,Indonesia,,,,,,,\n"
)


def errors_of(content):
    with pytest.raises(ImportRejected) as rejected:
        import_members(content)
    return [(e.row, e.column, e.message) for e in rejected.value.errors]


def test_a_good_file_is_imported(db):
    summary = import_members(GOOD.encode())
    assert (summary.created, summary.updated, summary.unchanged) == (3, 0, 0)
    guangzhou = Member.objects.get(external_id="gz")
    assert (guangzhou.local_name, guangzhou.country_id, guangzhou.status) == (
        "广州市",
        "CN",
        "active",
    )
    assert Member.objects.get(external_id="apeksi").kind == Member.Kind.ASSOCIATION
    assert Member.objects.search("广州").get() == guangzhou
    assert guangzhou.history.count() == 1


def test_reimporting_the_same_file_changes_nothing(db):
    import_members(GOOD.encode())
    before = {m.external_id: (m.slug, m.updated_at) for m in Member.objects.all()}
    summary = import_members(GOOD.encode())
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 3)
    assert {m.external_id: (m.slug, m.updated_at) for m in Member.objects.all()} == before
    assert Member.history.count() == 3


def test_a_changed_row_updates_its_member_and_keeps_history(db):
    import_members(GOOD.encode())
    summary = import_members(GOOD.replace("2874314", "2900000").encode())
    assert (summary.created, summary.updated, summary.unchanged) == (0, 1, 2)
    surabaya = Member.objects.get(external_id="sby")
    assert surabaya.population == 2_900_000
    assert [h.population for h in surabaya.history.all()] == [2_900_000, 2_874_314]


def test_one_bad_row_rejects_the_whole_file_with_a_message_per_bad_cell(db):
    content = GOOD + (
        "bad1,,,,Atlantis,,-5,,,,2020-13-01,\nbad2,Kota Baru,,castle,ID,,,95,,,,dormant\n"
    )
    errors = errors_of(content.encode())
    assert (5, "name", "This field is required.") in errors
    assert (5, "kind", "This field is required.") in errors
    assert any(e[:2] == (5, "country") and "Unknown country “Atlantis”" in e[2] for e in errors)
    assert (5, "population", "Ensure this value is greater than or equal to 0.") in errors
    assert (5, "joined_on", "Enter a valid date.") in errors
    assert any(e[:2] == (6, "kind") and "“castle”" in e[2] for e in errors)
    assert (6, "latitude", "Ensure this value is less than or equal to 90.") in errors
    assert any(e[:2] == (6, "status") for e in errors)
    assert Member.objects.count() == 0


def test_duplicate_ids_are_rejected_naming_both_rows(db):
    content = HEADER + "x1,One,,city,ID,,,,,,,\nx2,Two,,city,ID,,,,,,,\nx1,Three,,city,ID,,,,,,,\n"
    assert errors_of(content.encode()) == [
        (
            4,
            "external_id",
            "The value “x1” is already used on row 2; every row needs its own external_id.",
        )
    ]
    assert Member.objects.count() == 0


def test_a_missing_required_column_is_named(db):
    content = "external_id,name,kind\nx1,One,city\n"
    [(row, column, message)] = errors_of(content.encode())
    assert row == 1
    assert "Required column(s) missing: country." in message


def test_a_file_in_another_encoding_gets_a_clear_error(db):
    content = (HEADER + "hz,Hangzhou,杭州市,city,CN,,,,,,,\n").encode("gb18030")
    [(row, _column, message)] = errors_of(content)
    assert row == 2
    assert "not UTF-8" in message
    assert "CSV UTF-8" in message


def test_utf8_with_a_byte_order_mark_and_semicolons_are_accepted(db):
    content = "\ufeff" + GOOD.replace(",", ";")
    assert import_members(content.encode("utf-8")).created == 3


def test_an_excel_workbook_is_recognised(db):
    [(_r, _c, message)] = errors_of(b"PK\x03\x04rest-of-a-zip")
    assert "XLSX" in message


def test_empty_and_header_only_files_are_refused(db):
    assert "empty" in errors_of(b"   \n")[0][2]
    assert "header but no rows" in errors_of(HEADER.encode())[0][2]


def test_a_row_with_more_cells_than_the_header_is_refused(db):
    [(row, _c, message)] = errors_of((HEADER + "a,b,,city,ID,,,,,,,,extra\n").encode())
    assert row == 2 and "more cells" in message


def test_a_file_above_the_limit_is_refused_before_it_is_read(db, settings):
    settings.UPLOAD_MAX_MB = 10
    content = HEADER.encode() + b"x" * (50 * 1024 * 1024)
    [(_r, _c, message)] = errors_of(content)
    assert "50.0 MB" in message and "largest file Kota accepts is 10 MB" in message


def test_existing_slugs_are_not_reused(db):
    MemberFactory(name="Surabaya", slug="surabaya")
    import_members(GOOD.encode())
    assert Member.objects.get(external_id="sby").slug == "surabaya-2"


def test_the_command_imports_and_reports_counts(tmp_path, capsys, db):
    path = tmp_path / "members.csv"
    path.write_text(GOOD, encoding="utf-8")
    call_command("import_members", str(path))
    assert "3 rows, 3 created, 0 updated, 0 unchanged" in capsys.readouterr().out
    call_command("import_members", str(path))
    assert "0 created, 0 updated, 3 unchanged" in capsys.readouterr().out


def test_the_command_exits_non_zero_and_lists_errors_when_it_rejects(tmp_path, capsys, db):
    path = tmp_path / "members.csv"
    path.write_text(GOOD + "bad,,,city,ID,,,,,,,\n", encoding="utf-8")
    with pytest.raises(CommandError, match="rejected: 1 problem"):
        call_command("import_members", str(path))
    assert "Row 5, column “name”: This field is required." in capsys.readouterr().err
    assert Member.objects.count() == 0


def test_the_command_refuses_a_missing_file(tmp_path, db):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_members", str(tmp_path / "nope.csv"))


def test_the_command_shows_progress_for_large_files(tmp_path, capsys, db):
    path = tmp_path / "large.csv"
    rows = "".join(f"id{n},Town {n},,municipality,PH,,{n},,,,,\n" for n in range(6000))
    path.write_text(HEADER + rows, encoding="utf-8")
    call_command("import_members", str(path))
    captured = capsys.readouterr()
    assert "Checked 500 of about 6,000 rows" in captured.err
    assert "6000 rows, 6000 created" in captured.out
    assert Member.objects.count() == 6000


def test_staff_upload_a_file_and_see_the_result(
    client, personas, tmp_path, django_capture_on_commit_callbacks
):
    client.force_login(personas.secretariat)
    upload = tmp_path / "members.csv"
    upload.write_text(GOOD, encoding="utf-8")
    with upload.open("rb") as handle, django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("members:import"), {"file": handle})
    response = client.get(response.url)
    html = response.content.decode()
    assert "Imported 3 rows: 3 created, 0 updated, 0 unchanged." in html
    assert ImportJob.objects.get().content == b""


def test_staff_see_every_problem_of_a_rejected_upload(
    client, personas, tmp_path, django_capture_on_commit_callbacks
):
    client.force_login(personas.secretariat)
    upload = tmp_path / "members.csv"
    upload.write_text(GOOD + "bad,Nowhere,,city,Atlantis,,,,,,,\n", encoding="utf-8")
    with upload.open("rb") as handle, django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("members:import"), {"file": handle})
    response = client.get(response.url)
    html = response.content.decode()
    assert "rejected because of 1 problem; nothing was imported" in html
    assert "Unknown country “Atlantis”" in html
    assert Member.objects.filter(external_id="sby").count() == 0


def test_an_upload_above_the_limit_is_refused_on_the_form(client, personas, tmp_path, settings):
    settings.UPLOAD_MAX_MB = 1
    client.force_login(personas.secretariat)
    upload = tmp_path / "big.csv"
    upload.write_bytes(HEADER.encode() + b"x" * (3 * 1024 * 1024 // 2))
    with upload.open("rb") as handle:
        response = client.post(reverse("members:import"), {"file": handle})
    assert response.status_code == 200
    assert "The file is 1.5 MB; the largest file Kota accepts is 1 MB." in response.content.decode()
    assert ImportJob.objects.count() == 0


def test_progress_is_polled_by_htmx_while_a_job_runs(client, personas):
    job = ImportJob.objects.create(
        kind="members",
        created_by=personas.secretariat,
        filename="big.csv",
        state=ImportJob.State.RUNNING,
        rows_total=40_000,
        rows_done=12_000,
        content=b"",
    )
    client.force_login(personas.secretariat)
    html = client.get(
        reverse("members:import_job", args=[job.pk]), headers={"HX-Request": "true"}
    ).content.decode()
    assert "12000 of 40000 rows checked" in html
    assert 'data-hx-trigger="every 1s"' in html


def test_the_import_pages_are_for_staff_only(client, personas):
    client.force_login(personas.surabaya)
    assert client.get(reverse("members:import")).status_code == 403


def test_a_column_named_twice_rejects_the_file(db):
    content = "external_id,name,kind,country,name\nx1,One,city,ID,Two\n"
    [(row, _column, message)] = errors_of(content.encode())
    assert row == 1
    assert "“name”" in message and "columns 2, 5" in message
    assert Member.objects.count() == 0


def test_errors_name_the_line_of_the_file_even_after_blank_lines(db):
    content = HEADER + "x1,One,,city,ID,,,,,,,\n\n\n\nx2,,,city,ID,,,,,,,\n"
    assert errors_of(content.encode()) == [(6, "name", "This field is required.")]


def test_a_quote_that_is_never_closed_rejects_the_file(db):
    content = HEADER + 'x1,One,,city,ID,,,,,,,\nx2,"Two,,city,ID,,,,,,,\nx3,Three,,city,ID,,,,,,,\n'
    [(row, _column, message)] = errors_of(content.encode())
    assert row == 3
    assert "quote" in message and "never closed" in message
    assert Member.objects.count() == 0


def test_the_first_thousand_errors_are_listed_and_the_rest_counted(db):
    content = HEADER + "".join(f"r{n},,,city,ID,,,,,,,\n" for n in range(1500))
    with pytest.raises(ImportRejected) as rejected:
        import_members(content.encode())
    assert len(rejected.value.errors) == 1000
    assert rejected.value.total_errors == 1500
    assert rejected.value.errors[-1].row == 1001


def test_a_file_with_only_the_required_columns_leaves_the_other_fields_as_they_are(db):
    import_members(GOOD.encode())
    Member.objects.filter(external_id="sby").update(status=Member.Status.SUSPENDED)
    before = Member.objects.values().get(external_id="sby")
    summary = import_members(
        b"external_id,name,kind,country\nsby,Surabaya,city,ID\nnew,Kota Baru,city,ID\n"
    )
    assert (summary.created, summary.updated, summary.unchanged) == (1, 0, 1)
    after = Member.objects.values().get(external_id="sby")
    assert after == before
    assert Member.objects.get(external_id="new").status == Member.Status.ACTIVE


def test_an_empty_cell_in_a_present_column_clears_the_field_but_not_the_status(db):
    import_members(GOOD.encode())
    Member.objects.filter(external_id="sby").update(status=Member.Status.SUSPENDED)
    import_members(
        b"external_id,name,kind,country,website,population,status\nsby,Surabaya,city,ID,,,\n"
    )
    surabaya = Member.objects.get(external_id="sby")
    assert (surabaya.website, surabaya.population) == ("", None)
    assert (surabaya.local_name, surabaya.joined_on.isoformat()) == ("Kota Surabaya", "2004-05-01")
    assert surabaya.status == Member.Status.SUSPENDED
