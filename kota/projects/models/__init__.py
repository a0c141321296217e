from kota.projects.models.money import BudgetLine, Transaction
from kota.projects.models.partners import ProjectGrant, ProjectPartner
from kota.projects.models.projects import (
    Programme,
    Project,
    ProjectMember,
    ProjectSector,
    WorkPlanItemProject,
)
from kota.projects.models.publisher import Publisher
from kota.projects.models.results import ActualCell, IndicatorPeriod, ProjectIndicator, Result
from kota.projects.models.updates import Update

__all__ = [
    "ActualCell",
    "BudgetLine",
    "IndicatorPeriod",
    "Programme",
    "Publisher",
    "Project",
    "ProjectGrant",
    "ProjectIndicator",
    "ProjectMember",
    "ProjectPartner",
    "ProjectSector",
    "Result",
    "Transaction",
    "Update",
    "WorkPlanItemProject",
]
