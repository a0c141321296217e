"""The project list, a project's page, the map, the API and the IATI file run the same number
of queries for 3 rows as for 30: a new N+1 fails here. The numbers are pinned exactly."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kota.core.models import User
from kota.members.factories import MemberFactory
from kota.projects.codelists import MemberRole
from kota.projects.factories import (
    BudgetLineFactory,
    FundedPartnerFactory,
    IndicatorFactory,
    ProjectFactory,
    ProjectGrantFactory,
    PublisherFactory,
    ResultFactory,
    TransactionFactory,
    UpdateFactory,
    full_project,
)
from kota.projects.iati.activities import activities_file
from kota.projects.models import ProjectMember, WorkPlanItemProject
from kota.projects.tests.test_rules import CELLS
from kota.workplans.factories import WorkPlanFactory, WorkPlanItemFactory

pytestmark = pytest.mark.django_db
SIZES = [3, 30]


def many_projects(personas, rows):
    for n in range(rows):
        project = ProjectFactory(code=f"LIST-{n:03d}", title=f"Listed project {n}")
        project.countries.set(["ID", "PH"])
        ProjectMember.objects.create(
            project=project,
            member=MemberFactory(latitude=Decimal("-6.2"), longitude=Decimal("106.8")),
            role=MemberRole.HOST,
        )
    return "Listed project 0"


def a_busy_project(personas, rows):
    """One project with `rows` of everything its page lists."""
    project = ProjectFactory(code="BUSY", title="A busy project")
    work_plan = WorkPlanFactory()
    reviewer = User.objects.create_user("reviewer", is_staff=True)
    for n in range(rows):
        ProjectMember.objects.create(project=project, member=MemberFactory(), role="beneficiary")
        FundedPartnerFactory(project=project)
        ProjectGrantFactory(project=project)
        line = BudgetLineFactory(project=project, year=2020 + n % 7, label=f"Line {n}")
        TransactionFactory(project=project, budget_line=line, description=f"Payment {n}")
        indicator = IndicatorFactory(result=ResultFactory(project=project))
        indicator.record_period(
            datetime.date(2025, 1, 1), datetime.date(2025, 12, 31), actual=30, cells=CELLS
        )
        WorkPlanItemProject.objects.create(
            item=WorkPlanItemFactory(work_plan=work_plan), project=project
        )
        quarter = datetime.date(2000 + n, 1, 1)
        update = UpdateFactory(
            project=project,
            author=personas.secretariat,
            period_start=quarter,
            period_end=datetime.date(2000 + n, 3, 31),
        )
        update.submit(personas.secretariat)
        if n % 2:
            update.approve(reviewer)
    return "A busy project"


PAGES = {
    # name: (url, persona, builder, queries)
    "list": ("/projects/", None, many_projects, 5),
    "list-staff": ("/projects/", "secretariat", many_projects, 7),
    "map": ("/projects/map/", None, many_projects, 2),
    "project": ("/projects/busy/", None, a_busy_project, 15),
    "project-staff": ("/projects/busy/", "secretariat", a_busy_project, 21),
    "api-list": ("/api/v1/projects", None, many_projects, 3),
}


@pytest.mark.parametrize("rows", SIZES)
@pytest.mark.parametrize("page", PAGES)
def test_a_page_runs_as_many_queries_for_30_rows_as_for_3(
    client, personas, django_assert_num_queries, page, rows
):
    url, persona, build, queries = PAGES[page]
    marker = build(personas, rows)
    if persona:
        client.force_login(getattr(personas, persona))
    with django_assert_num_queries(queries):
        response = client.get(url)
    assert response.status_code == 200
    assert marker in response.content.decode()


@pytest.mark.parametrize("rows", SIZES)
def test_the_iati_file_runs_as_many_queries_for_30_projects_as_for_3(rows):
    PublisherFactory()
    for n in range(rows):
        full_project(code=f"IATI-{n:03d}")
    with CaptureQueriesContext(connection) as queries:
        published = activities_file()
    assert published.included == rows
    assert len(queries) == 12
