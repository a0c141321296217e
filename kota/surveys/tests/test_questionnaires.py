"""Questionnaires: skip logic, required questions, ranges, and frozen published versions."""

import pytest
from django.core.exceptions import ValidationError

from kota.surveys.factories import satisfaction_version
from kota.surveys.forms import ResponseForm
from kota.surveys.models import Question, Section, Version

pytestmark = pytest.mark.django_db


def form(version, data, complete=True):
    return ResponseForm(data, questions=version.ordered_questions(), complete=complete)


def test_a_question_asked_only_after_a_low_score_is_required_then():
    version = satisfaction_version()
    answered = form(version, {"q_satisfaction": "2"})
    assert not answered.is_valid()
    assert "q_why_not" in answered.errors
    answered = form(version, {"q_satisfaction": "2", "q_why_not": "Faster replies"})
    assert answered.is_valid(), answered.errors
    assert answered.cleaned_data["answers"]["why_not"] == "Faster replies"


def test_a_skipped_question_is_not_required_and_its_answer_is_dropped():
    version = satisfaction_version()
    answered = form(version, {"q_satisfaction": "5", "q_why_not": "typed before changing my mind"})
    assert answered.is_valid(), answered.errors
    assert answered.cleaned_data["answers"] == {"satisfaction": "5"}


def test_skip_logic_on_a_multiple_choice_follows_any_chosen_value():
    version = satisfaction_version(publish=False)
    question = version.questions.get(key="comments")
    question.show_if_question, question.show_if_values = "used_services", ["advocacy"]
    question.save()
    assert question.is_asked({"used_services": ["training", "advocacy"]})
    assert not question.is_asked({"used_services": ["training"]})
    assert not question.is_asked({})


def test_a_draft_keeps_partial_answers_without_the_required_ones():
    version = satisfaction_version()
    answered = form(version, {"q_staff": "12"}, complete=False)
    assert answered.is_valid(), answered.errors
    assert answered.cleaned_data["answers"] == {"staff": "12"}


def test_a_number_outside_its_range_is_refused():
    version = satisfaction_version()
    answered = form(version, {"q_satisfaction": "4", "q_staff": "-3"})
    assert not answered.is_valid()
    assert "q_staff" in answered.errors


def test_a_matrix_keeps_one_answer_per_row():
    version = satisfaction_version()
    answered = form(
        version,
        {"q_satisfaction": "4", "q_priorities__climate": "high", "q_priorities__finance": "low"},
    )
    assert answered.is_valid(), answered.errors
    assert answered.cleaned_data["answers"]["priorities"] == {"climate": "high", "finance": "low"}


def test_labels_are_read_in_the_readers_language_with_a_fallback(settings):
    from django.utils import translation

    version = satisfaction_version()
    question = version.questions.get(key="satisfaction")
    with translation.override("id"):
        assert question.display_label == "Seberapa puas Anda dengan layanan sekretariat?"
        assert dict(question.choices())["5"] == "Sangat baik"
    with translation.override("zh-hans"):
        assert question.display_label == "How satisfied are you with the secretariat's services?"


def test_a_published_version_cannot_be_edited():
    version = satisfaction_version()
    question = version.questions.get(key="satisfaction")
    question.label = "Changed after publication"
    with pytest.raises(ValidationError):
        question.save()
    with pytest.raises(ValidationError):
        Section.objects.create(version=version, title="Added later")
    with pytest.raises(ValidationError):
        question.delete()
    with pytest.raises(ValidationError):
        version.publish()
    question.refresh_from_db()
    assert question.label != "Changed after publication"


def test_editing_a_published_questionnaire_makes_a_new_draft_version():
    version = satisfaction_version()
    draft = version.new_version()
    assert (draft.number, draft.status) == (2, Version.Status.DRAFT)
    assert sorted(draft.questions.values_list("key", flat=True)) == sorted(
        version.questions.values_list("key", flat=True)
    )
    changed = draft.questions.get(key="satisfaction")
    changed.label = "How satisfied were you this year?"
    changed.save()
    assert version.questions.get(key="satisfaction").label != changed.label
    assert draft.questions.get(key="why_not").section.version == draft


def test_a_version_without_questions_cannot_be_published():
    version = satisfaction_version(publish=False)
    Question.objects.filter(version=version).delete()
    with pytest.raises(ValidationError):
        version.publish()
