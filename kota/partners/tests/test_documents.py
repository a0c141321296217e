import pytest
from django.core.files.base import ContentFile

from kota.partners.factories import AgreementFactory, AgreementPartyFactory, PartnerFactory
from kota.partners.models import AgreementParty

pytestmark = pytest.mark.django_db


@pytest.fixture
def agreement(personas, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    agreement = AgreementFactory(title="Framework agreement with Surabaya and UNCDF")
    AgreementPartyFactory(agreement=agreement, partner=PartnerFactory(name="UNCDF"))
    AgreementParty.objects.create(agreement=agreement, member=personas.surabaya_city)
    agreement.document.save("signed.pdf", ContentFile(b"%PDF-1.4 signed"))
    return agreement


@pytest.mark.parametrize(
    ("persona", "status"),
    [
        ("secretariat", 200),
        ("surabaya", 200),
        ("makassar", 404),
        ("board", 404),
        ("anonymous", 404),
    ],
)
def test_the_signed_document_is_served_only_to_staff_and_focal_points_of_member_parties(
    client, personas, agreement, persona, status
):
    user = dict(personas.all())[persona]
    if user:
        client.force_login(user)

    response = client.get(agreement.document.url)

    assert response.status_code == status
    assert client.get(agreement.get_absolute_url()).status_code == status
    if status == 200:
        assert b"".join(response.streaming_content) == b"%PDF-1.4 signed"
        assert "no-store" in response["Cache-Control"]


def test_the_document_url_does_not_lead_to_public_media(agreement):
    assert agreement.document.url.startswith("/partners/files/")


def test_an_unknown_file_is_not_found(client, personas):
    client.force_login(personas.secretariat)
    assert client.get("/partners/files/partners/agreements/2026/nothing.pdf").status_code == 404


def test_the_agreement_list_shows_a_focal_point_their_members_agreements_only(
    client, personas, agreement
):
    AgreementFactory(title="MoU with another city")
    client.force_login(personas.surabaya)
    page = client.get("/partners/agreements/").content.decode()
    assert "Framework agreement with Surabaya and UNCDF" in page
    assert "MoU with another city" not in page
