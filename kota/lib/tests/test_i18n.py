from django.utils import translation
from django.utils.translation import gettext

from kota.lib.i18n import status_in_sentence, translated

SENTENCE = "A work plan that is %(status)s cannot be %(step)s."


def test_a_status_is_lower_case_inside_an_english_sentence_and_named_in_indonesian():
    with translation.override("en"):
        assert (
            gettext(SENTENCE)
            % {
                "status": status_in_sentence("Submitted"),
                "step": "approved",
            }
            == "A work plan that is submitted cannot be approved."
        )
    with translation.override("id"):
        text = gettext(SENTENCE) % {
            "status": status_in_sentence(gettext("Submitted")),
            "step": gettext("approved"),
        }
    assert text == "Rencana kerja yang berstatus “Diajukan” tidak dapat disetujui."


def test_a_name_falls_back_to_the_one_written_in_english():
    names = {"id": "Asosiasi", "zh-hans": "协会"}
    assert translated("Associations", names, "zh-hans") == "协会"
    assert translated("Associations", names, "id") == "Asosiasi"
    assert translated("Associations", names, "en") == "Associations"
    assert translated("Associations", {}, "id") == "Associations"
