"""The admin pages where staff write questionnaires and enter ratings open, and a published
version's page is read-only."""

import pytest

from kota.surveys.factories import CampaignFactory, ResponseFactory, cee_edition
from kota.surveys.models import Rater

pytestmark = pytest.mark.django_db


def test_the_survey_admin_pages_open(client, personas):
    campaign = CampaignFactory()
    response = ResponseFactory(campaign=campaign)
    edition = cee_edition(ratings={"ID": [[1, 2, 3]]})
    edition.consolidate(personas.secretariat)
    rater = Rater.objects.get()
    client.force_login(personas.secretariat)
    version = campaign.version
    pages = [
        "/admin/surveys/questionnaire/",
        f"/admin/surveys/questionnaire/{version.questionnaire_id}/change/",
        "/admin/surveys/version/",
        f"/admin/surveys/version/{version.pk}/change/",
        "/admin/surveys/campaign/add/",
        f"/admin/surveys/campaign/{campaign.pk}/change/",
        f"/admin/surveys/response/{response.pk}/change/",
        f"/admin/surveys/response/{response.pk}/history/",
        f"/admin/surveys/edition/{edition.pk}/change/",
        f"/admin/surveys/rater/{rater.pk}/change/",
        "/admin/surveys/countryscore/",
        f"/admin/surveys/framework/{edition.framework_id}/change/",
    ]
    assert {url: client.get(url).status_code for url in pages} == dict.fromkeys(pages, 200)
    page = client.get(f"/admin/surveys/version/{version.pk}/change/").content.decode()
    assert 'name="_save"' not in page  # published: read-only
