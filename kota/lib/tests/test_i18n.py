from django.db import models
from django.test.utils import isolate_apps
from django.utils import translation
from django.utils.translation import gettext

from kota.knowledge.models import KnowledgeItem
from kota.lib.i18n import ChoiceLabels, status_in_sentence, translated
from kota.members.models import Member

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


def test_choice_labels_are_django_s_own_in_every_language():
    items = [KnowledgeItem(kind=kind, status="draft") for kind in KnowledgeItem.Kind.values]
    members = [Member(kind=kind) for kind in Member.Kind.values]
    for language in ("en", "id", "zh-hans"):
        with translation.override(language):
            for record in [*items, *members]:
                expected = models.Model._get_FIELD_display(record, record._meta.get_field("kind"))
                assert record.get_kind_display() == expected
            assert items[0].get_status_display() == str(KnowledgeItem.Status.DRAFT.label)
    with translation.override("id"):
        assert KnowledgeItem(kind="publication").get_kind_display() == "Publikasi"
    assert KnowledgeItem(kind="not-a-kind").get_kind_display() == "not-a-kind"


@isolate_apps("kota.core")
def test_choices_a_callable_gives_are_read_again_on_each_call():
    offered = [("a", "Alpha")]

    class Rated(ChoiceLabels, models.Model):  # noqa: DJ008 (never shown)
        grade = models.CharField(max_length=1, choices=lambda: offered)

        class Meta:
            app_label = "core"

    assert Rated(grade="a").get_grade_display() == "Alpha"
    offered[0] = ("a", "Able")
    assert Rated(grade="a").get_grade_display() == "Able"
