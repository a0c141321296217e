from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from kota.results.factories import DimensionFactory, IndicatorFactory, ValueFactory
from kota.results.models import InvalidTransition, NotAllowed, Value, ValueLocked

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(personas):
    value = ValueFactory(entered_by=personas.secretariat)
    value.submit(personas.secretariat)
    return value


@pytest.fixture
def approved(submitted, reviewer):
    submitted.approve(reviewer)
    return submitted


def test_a_value_goes_from_draft_to_submitted_to_approved(personas, reviewer):
    value = ValueFactory()
    assert value.status == Value.Status.DRAFT
    value.submit(personas.secretariat)
    assert value.status == Value.Status.SUBMITTED
    assert value.submitted_by == personas.secretariat and value.submitted_at is not None
    value.approve(reviewer)
    assert value.status == Value.Status.APPROVED
    assert value.reviewed_by == reviewer and value.reviewed_at.tzinfo is not None


def test_nobody_approves_their_own_value(submitted, personas):
    with pytest.raises(NotAllowed, match="Nobody approves or returns their own value"):
        submitted.approve(personas.secretariat)
    assert Value.objects.get(pk=submitted.pk).status == Value.Status.SUBMITTED


def test_self_approval_is_a_permission_error_for_views(submitted, personas):
    with pytest.raises(PermissionDenied):
        submitted.approve(personas.secretariat)


@pytest.mark.parametrize("who", ["surabaya", "board"])
def test_only_secretariat_staff_approve(submitted, personas, who):
    with pytest.raises(NotAllowed, match="Only secretariat staff"):
        submitted.approve(getattr(personas, who))


def test_a_focal_point_may_submit_and_the_secretariat_approves(personas):
    value = ValueFactory(entered_by=personas.surabaya)
    value.submit(personas.surabaya)
    value.approve(personas.secretariat)
    assert value.status == Value.Status.APPROVED


def test_a_draft_cannot_be_approved(personas, reviewer):
    value = ValueFactory()
    with pytest.raises(InvalidTransition, match="draft cannot be approved"):
        value.approve(reviewer)


def test_a_value_is_submitted_only_with_evidence_and_a_number(personas):
    value = ValueFactory(number=None, evidence_url="")
    with pytest.raises(ValidationError, match=r"a number, evidence \(a file or a link\)"):
        value.submit(personas.secretariat)


def test_a_file_is_evidence_too(personas, settings, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.MEDIA_ROOT = tmp_path
    value = ValueFactory(evidence_url="")
    value.evidence_file = SimpleUploadedFile("report.pdf", b"%PDF-1.4")
    value.save()
    value.submit(personas.secretariat)
    assert value.status == Value.Status.SUBMITTED


def test_a_returned_value_carries_its_reason_and_is_submitted_again(submitted, personas, reviewer):
    submitted.return_(reviewer, "The evidence is for 2020, not 2021.")
    assert submitted.status == Value.Status.RETURNED
    assert submitted.return_reason == "The evidence is for 2020, not 2021."
    submitted.evidence_url = "https://example.org/2021.pdf"
    submitted.save()
    submitted.submit(personas.secretariat)
    submitted.approve(reviewer)
    assert submitted.status == Value.Status.APPROVED
    assert submitted.history.filter(
        history_change_reason="The evidence is for 2020, not 2021."
    ).exists()


def test_returning_a_value_needs_a_reason(submitted, reviewer):
    with pytest.raises(ValidationError, match="Say why"):
        submitted.return_(reviewer, "  ")
    assert submitted.status == Value.Status.SUBMITTED


def test_a_submitted_value_cannot_be_edited(submitted):
    submitted.number = Decimal("11")
    with pytest.raises(ValueLocked, match="waiting for approval"):
        submitted.save()


def test_an_approved_period_is_locked(approved):
    approved.number = Decimal("11")
    with pytest.raises(ValueLocked, match="approved and locked"):
        approved.save()
    assert Value.objects.get(pk=approved.pk).number == Decimal("10")


def test_the_cells_of_an_approved_value_are_locked(personas, reviewer):
    indicator = IndicatorFactory()
    DimensionFactory(indicator=indicator, code="sex", name="Sex", categories=["female", "male"])
    value = ValueFactory(indicator=indicator)
    value.set_cells({"female": 1, "male": 2})
    value.submit(personas.secretariat)
    value.approve(reviewer)
    with pytest.raises(ValueLocked):
        value.set_cells({"female": 5, "male": 2})
    assert Value.objects.get(pk=value.pk).number == Decimal("3")


def test_a_correction_needs_a_reason(approved, reviewer):
    with pytest.raises(ValidationError, match="Say why"):
        approved.correct(reviewer, number=Decimal("12"), reason="")


def test_only_secretariat_staff_correct(approved, personas):
    with pytest.raises(NotAllowed):
        approved.correct(personas.surabaya, number=Decimal("12"), reason="Typo")


def test_a_correction_keeps_the_old_value_in_history(approved, reviewer):
    approved.correct(reviewer, number=Decimal("12"), reason="The partner's final report says 12.")
    assert approved.number == Decimal("12")
    assert approved.status == Value.Status.APPROVED
    assert approved.corrected_by == reviewer
    assert approved.correction_reason == "The partner's final report says 12."
    numbers = [record.number for record in approved.history.all()]
    assert numbers[0] == Decimal("12") and Decimal("10") in numbers[1:]
    (correction,) = approved.corrections()
    assert correction.history_user == reviewer
    assert correction.history_change_reason == "The partner's final report says 12."
    assert correction.prev_record.number == Decimal("10")


def test_a_long_correction_reason_is_kept_whole(approved, reviewer):
    reason = "Corrected after the audit. " * 20
    approved.correct(reviewer, number=Decimal("12"), reason=reason)
    assert approved.history.first().history_change_reason == reason.strip()


def test_a_correction_of_cells_keeps_each_old_cell_and_the_old_total(personas, reviewer):
    indicator = IndicatorFactory()
    DimensionFactory(indicator=indicator, code="sex", name="Sex", categories=["female", "male"])
    value = ValueFactory(indicator=indicator)
    value.set_cells({"female": 1, "male": 2})
    value.submit(personas.secretariat)
    value.approve(reviewer)
    value.correct(reviewer, cells={"female": 4, "male": 2}, reason="Late registrations.")
    assert value.number == Decimal("6")
    female = value.cells.get(key="sex=female")
    assert [h.number for h in female.history.all()] == [Decimal("4"), Decimal("1")]
    assert female.history.first().history_change_reason == "Late registrations."
    assert Decimal("3") in [h.number for h in value.history.all()]


def test_only_approved_values_count_towards_progress(personas, reviewer):
    indicator = IndicatorFactory()
    approved = ValueFactory(indicator=indicator, number=Decimal("10"))
    approved.submit(personas.secretariat)
    approved.approve(reviewer)
    ValueFactory(
        indicator=indicator,
        period_end=approved.period_end.replace(year=2022),
        number=Decimal("90"),
    )
    assert indicator.latest_value() == approved
    assert list(Value.objects.awaiting_review_by(reviewer)) == []


def test_values_awaiting_review_exclude_the_reviewers_own(submitted, personas, reviewer):
    assert list(Value.objects.awaiting_review_by(reviewer)) == [submitted]
    assert list(Value.objects.awaiting_review_by(personas.secretariat)) == []
    assert list(Value.objects.awaiting_review_by(personas.surabaya)) == []


def test_a_computed_value_does_not_go_through_approval(personas, reviewer):
    value = ValueFactory(
        indicator=IndicatorFactory(women_share=True),
        origin=Value.Origin.COMPUTED,
        status=Value.Status.APPROVED,
    )
    with pytest.raises(InvalidTransition, match="records behind it"):
        value.correct(reviewer, number=Decimal("1"), reason="No")


def test_a_value_cannot_be_approved_by_setting_its_status(personas):
    value = ValueFactory()
    value.submit(personas.secretariat)
    value.status = Value.Status.APPROVED
    with pytest.raises(ValueLocked):
        value.save()
    draft = ValueFactory()
    draft.status = Value.Status.APPROVED
    with pytest.raises(InvalidTransition, match="changes status only through"):
        draft.save()
    with pytest.raises(InvalidTransition):
        Value.objects.create(
            indicator=draft.indicator,
            period_start=draft.period_start.replace(year=2022),
            period_end=draft.period_end.replace(year=2022),
            number=1,
            status=Value.Status.APPROVED,
        )


@pytest.fixture
def colleague(db):
    from kota.core.models import User

    return User.objects.create_user("colleague", "colleague@example.org", "pw", is_staff=True)


def edit(value, by, **changes):
    """Change a draft or returned value as its page does (ValueForm.save)."""
    from kota.results.forms import ValueForm

    period = f"{value.period_start.isoformat()}:{value.period_end.isoformat()}"
    data = {"period": period, "number": value.number, "evidence_url": value.evidence_url}
    form = ValueForm({**data, **changes}, indicator=value.indicator, instance=value)
    assert form.is_valid(), form.errors
    return form.save(by=by)


def test_whoever_changed_a_values_numbers_does_not_approve_it(
    submitted, personas, reviewer, colleague
):
    submitted.return_(reviewer, "The number looks low")
    edit(submitted, colleague, number="80")
    submitted.submit(reviewer)
    assert not Value.objects.awaiting_review_by(colleague).filter(pk=submitted.pk).exists()
    with pytest.raises(NotAllowed, match="colleague changed this value"):
        submitted.approve(colleague)
    assert Value.objects.get(pk=submitted.pk).status == Value.Status.SUBMITTED
    with pytest.raises(NotAllowed, match="secretariat changed this value"):
        submitted.approve(personas.secretariat)  # entered it
    third = colleague.__class__.objects.create_user("third", is_staff=True)
    assert Value.objects.awaiting_review_by(third).filter(pk=submitted.pk).exists()
    submitted.approve(third)
    assert submitted.status == Value.Status.APPROVED


def test_whoever_changed_a_breakdown_does_not_approve_it(personas, reviewer, colleague):
    indicator = IndicatorFactory()
    DimensionFactory(indicator=indicator, code="sex", categories=["female", "male"])
    value = ValueFactory(indicator=indicator, number=None)
    value.set_cells({"female": 4, "male": 6})
    value.submit(personas.secretariat)
    value.return_(reviewer, "Check the split")
    value.set_cells({"female": 6, "male": 4}, by=colleague)  # the total stays 10
    value.submit(reviewer)
    with pytest.raises(NotAllowed, match="colleague changed this value"):
        value.approve(colleague)


def test_the_officer_who_returned_a_value_approves_it_once_fixed(submitted, reviewer, colleague):
    submitted.return_(reviewer, "Attach the MoU")
    edit(submitted, colleague, evidence_url="https://example.org/mou.pdf")
    submitted.submit(colleague)
    submitted.approve(reviewer)
    assert submitted.status == Value.Status.APPROVED
