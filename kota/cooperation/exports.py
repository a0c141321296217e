"""Cooperations and learning requests as rows for CSV and XLSX downloads (kota/lib/tables.py
writes them, a text a spreadsheet would run as a formula written as text). Labels are in the
reader's language; the rows come from a fixed number of queries whatever their number."""

from django.utils.translation import gettext as _


def COOPERATION_HEADERS():  # noqa: N802 - a constant, translated when asked
    return [
        _("Title"),
        _("Kind"),
        _("Status"),
        _("Sides"),
        _("Countries"),
        _("Core areas"),
        _("SDGs"),
        _("Started on"),
        _("Valid until"),
        _("Source"),
        _("Fictional"),
    ]


def cooperation_rows(cooperations):
    for c in cooperations.for_list():
        parties = list(c.parties.all())
        yield (
            c.title,
            c.get_kind_display(),
            c.get_status_display(),
            "; ".join(p.name for p in parties),
            "; ".join(sorted({p.country_code for p in parties if p.country_code})),
            "; ".join(str(a.label) for a in c.core_areas.all()),
            "; ".join(str(s.number) for s in c.sdgs.all()),
            c.started_on,
            c.ends_on or "",
            c.source,
            _("yes") if c.is_fictional else "",
        )


def LEARNING_HEADERS():  # noqa: N802
    return [
        _("Opened"),
        _("Member"),
        _("Country"),
        _("Theme"),
        _("Practice"),
        _("Stage"),
        _("Provider"),
        _("Exchange"),
        _("Exchange date"),
        _("Outcome at 6 months"),
        _("Outcome at 12 months"),
    ]


def learning_rows(requests):
    for r in requests.for_list().prefetch_related("outcomes"):
        outcomes = {o.months: o.get_result_display() for o in r.outcomes.all()}
        yield (
            r.created_at.date(),
            r.member.name,
            r.member.country_id,
            str(r.core_area.label) if r.core_area else "",
            r.practice.title if r.practice else "",
            r.get_stage_display(),
            r.provider.name if r.provider else "",
            r.get_exchange_kind_display() if r.exchange_kind else "",
            r.exchange_on or "",
            outcomes.get(6, ""),
            outcomes.get(12, ""),
        )
