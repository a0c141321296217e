import pytest

from kota.partners import sections
from kota.partners.factories import PartnerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def registered(monkeypatch, tmp_path, settings):
    monkeypatch.setattr(sections, "_sections", {})
    (tmp_path / "with.html").write_text(
        "<section>Projects with {{ partner.acronym }}: {{ n }}</section>"
    )
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], tmp_path]}
    ]

    @sections.partner_section(order=10, template="with.html")
    def projects(request, partner):
        return {"n": 3} if partner.acronym == "ADB" else None


def test_a_registered_section_shows_on_the_partner_page_when_it_has_something(client, registered):
    adb, giz = PartnerFactory(acronym="ADB"), PartnerFactory(acronym="GIZ")

    assert "Projects with ADB: 3" in client.get(adb.get_absolute_url()).content.decode()
    assert "Projects with" not in client.get(giz.get_absolute_url()).content.decode()
