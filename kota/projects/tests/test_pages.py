"""The projects' pages: who sees what, the staff's actions through the views, and the IATI
files served valid."""

import datetime
from decimal import Decimal

import pytest
from lxml import etree

from kota.core.models import User
from kota.members.factories import MemberFactory
from kota.partners.factories import GrantFactory
from kota.projects.codelists import MemberRole, TransactionType
from kota.projects.factories import (
    ProjectFactory,
    ProjectGrantFactory,
    PublisherFactory,
    UpdateFactory,
    full_project,
)
from kota.projects.iati import schemas
from kota.projects.models import ProjectMember, Transaction, Update

pytestmark = pytest.mark.django_db


def test_visitors_see_public_projects_and_staff_every_project(client, personas):
    ProjectFactory(code="OPEN-1", title="Open project")
    ProjectFactory(code="SHUT-1", title="Private project", is_public=False)
    page = client.get("/projects/").content.decode()
    assert "Open project" in page and "Private project" not in page
    assert client.get("/projects/shut-1/").status_code == 404
    client.force_login(personas.secretariat)
    assert "Private project" in client.get("/projects/").content.decode()
    assert client.get("/projects/shut-1/").status_code == 200


def test_the_list_filters_and_answers_htmx_with_its_rows(client):
    ProjectFactory(code="A-1", title="Waste in Surabaya")
    ProjectFactory(code="B-1", title="Housing in Manila")
    rows = client.get("/projects/?q=waste", headers={"HX-Request": "true"}).content.decode()
    assert "Waste in Surabaya" in rows and "Housing in Manila" not in rows
    assert "<html" not in rows
    assert client.get("/projects/?status=99&country=XX").status_code == 200


def test_a_project_page_shows_its_money_results_and_approved_updates(client, personas):
    project = full_project(code="FULL", title="Full project")
    approved = UpdateFactory(project=project, author=personas.secretariat)
    approved.submit(personas.secretariat)
    approved.approve(User.objects.create_user("second", is_staff=True))
    UpdateFactory(
        project=project, author=personas.secretariat, narrative="Still a draft.",
        period_start=datetime.date(2025, 4, 1), period_end=datetime.date(2025, 6, 30),
    )  # fmt: skip
    page = client.get(project.get_absolute_url()).content.decode()
    assert "Two cities started their reviews." in page and "Still a draft." not in page
    assert "IDR15,000,000" in page and "€1,200.50" in page
    assert "Officials trained" in page
    assert "Record a transaction" not in page


def test_staff_attach_a_grant_and_record_a_disbursement(client, personas):
    project = ProjectFactory(code="ATT")
    grant = GrantFactory(title="Cities Alliance grant")
    client.force_login(personas.secretariat)
    response = client.post(f"/projects/{project.slug}/grants/", {"grant": grant.pk})
    assert response.status_code == 302
    response = client.post(
        f"/projects/{project.slug}/transactions/",
        {"kind": TransactionType.DISBURSEMENT, "date": "2025-05-02", "amount": "12000",
         "currency": "EUR", "counterpart": "Kota Makassar", "description": "First transfer"},
    )  # fmt: skip
    assert response.status_code == 302
    transaction = Transaction.objects.get(project=project)
    assert (transaction.amount, transaction.currency) == (Decimal("12000"), "EUR")
    assert transaction.recorded_by == personas.secretariat
    page = client.get(project.get_absolute_url()).content.decode()
    assert "Cities Alliance grant" in page and "€12,000.00" in page and "Kota Makassar" in page


def test_a_refused_transaction_shows_the_form_again_with_its_error(client, personas):
    project = ProjectFactory(code="REF")
    client.force_login(personas.secretariat)
    response = client.post(
        f"/projects/{project.slug}/transactions/",
        {"kind": TransactionType.INCOMING_FUNDS, "date": "2025-05-02", "amount": "5",
         "currency": "USD"},
    )  # fmt: skip
    assert response.status_code == 400
    assert "Incoming funds come from a grant" in response.content.decode()
    assert not Transaction.objects.exists()


def test_staff_write_an_update_and_another_approves_it(client, personas):
    project = ProjectFactory(code="UPD")
    client.force_login(personas.secretariat)
    client.post(
        f"/projects/{project.slug}/updates/",
        {"year": 2025, "quarter": 2, "narrative": "Consultations held.",
         "evidence_url": "https://example.org/minutes"},
    )  # fmt: skip
    update = Update.objects.get(project=project)
    assert (update.period_start, update.period_end) == (
        datetime.date(2025, 4, 1),
        datetime.date(2025, 6, 30),
    )
    client.post(f"/projects/updates/{update.pk}/submit/")
    client.post(f"/projects/updates/{update.pk}/approve/")
    update.refresh_from_db()
    assert update.status == Update.Status.SUBMITTED  # its author cannot approve it
    client.force_login(User.objects.create_user("second", is_staff=True))
    client.post(f"/projects/updates/{update.pk}/approve/")
    update.refresh_from_db()
    assert update.status == Update.Status.APPROVED


def test_the_map_lists_projects_in_a_table_and_as_points(client):
    project = ProjectFactory(code="MAPPED", title="Mapped project")
    member = MemberFactory(name="Kota Bogor", latitude=Decimal("-6.6"), longitude=Decimal("106.8"))
    ProjectMember.objects.create(project=project, member=member, role=MemberRole.BENEFICIARY)
    page = client.get("/projects/map/").content.decode()
    assert "Mapped project" in page and "Kota Bogor" in page
    assert "MAPPED \\u00b7 Kota Bogor" in page and "106.8" in page


def test_the_iati_files_are_served_valid_and_staff_see_what_is_left_out(client, personas):
    PublisherFactory()
    full_project(code="SERVED")
    ProjectFactory(code="UNTITLED", title="")
    activities = client.get("/iati/activities.xml")
    assert activities["Content-Type"].startswith("application/xml")
    assert schemas.errors(etree.fromstring(activities.content), "activities") == []
    organisation = client.get("/iati/organisation.xml")
    assert schemas.errors(etree.fromstring(organisation.content), "organisations") == []
    client.force_login(personas.secretariat)
    page = client.get("/projects/iati/").content.decode()
    assert "Project UNTITLED: it has no title" in page


def test_the_donor_report_page_and_its_downloads_are_for_staff(client, personas):
    grant = ProjectGrantFactory().grant
    query = "?start=2025-01-01&end=2025-12-31"
    assert client.get(f"/projects/grants/{grant.pk}/report.pdf{query}").status_code == 302
    client.force_login(personas.secretariat)
    page = client.get(f"/projects/grants/{grant.pk}/report/{query}")
    assert page.status_code == 200 and "report.pdf" in page.content.decode()
    pdf = client.get(f"/projects/grants/{grant.pk}/report.pdf{query}")
    assert pdf.content.startswith(b"%PDF") and "no-store" in pdf["Cache-Control"]
    xlsx = client.get(f"/projects/grants/{grant.pk}/report.xlsx{query}")
    assert xlsx.content.startswith(b"PK")


def test_a_partners_page_lists_the_public_projects_it_takes_part_in(client):
    from kota.projects.factories import FundedPartnerFactory

    link = FundedPartnerFactory(project__title="Funded in public")
    FundedPartnerFactory(
        partner=link.partner, project__title="Funded in private", project__is_public=False
    )
    page = client.get(link.partner.get_absolute_url()).content.decode()
    assert "Funded in public" in page and "Funded in private" not in page


def test_a_project_page_shows_the_work_plan_items_that_carry_it_out(client):
    from kota.projects.models import WorkPlanItemProject
    from kota.workplans.factories import WorkPlanItemFactory

    project = ProjectFactory(code="TRAIL")
    item = WorkPlanItemFactory(output="Training of planners on the SDGs", budget=Decimal(4500))
    WorkPlanItemProject.objects.create(item=item, project=project)
    page = client.get(project.get_absolute_url()).content.decode()
    assert "Training of planners on the SDGs" in page and "$4,500.00" in page
