"""The City Enabling Environment rating: editions with their ranking, map and table; a
country's scores with its raters' ratings and its scores across editions; the comparison of
editions; and the staff's consolidation, validation and publication."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from kota.core.access import is_secretariat, staff_required
from kota.core.models import Country
from kota.lib.web import attempt
from kota.surveys.models import CONSOLIDATION_RULE, CountryScore, Edition, Rating


def _edition_for(request, slug):
    """A published edition for anyone; a draft only for staff and the board (404 otherwise)."""
    return get_object_or_404(
        Edition.objects.visible_to(request.user).select_related("framework"), slug=slug
    )


def editions(request):
    return render(
        request,
        "surveys/cee/editions.html",
        {"editions": Edition.objects.visible_to(request.user).select_related("framework")},
    )


def edition(request, slug):
    """The ranking (ties share a rank), the regional map and every score in a table."""
    edition = _edition_for(request, slug)
    table = edition.table()
    map_data = {
        "countries": [
            {"code": row["country"].code, "name": row["country"].name, "score": str(row["overall"])}
            for row in table["countries"]
            if row["overall"] is not None
        ],
        "low": edition.framework.scale_min,
        "high": edition.framework.scale_max,
    }
    return render(
        request,
        "surveys/cee/edition.html",
        {
            "edition": edition,
            "table": table,
            "map_data": map_data,
            "rule": CONSOLIDATION_RULE,
            "staff": is_secretariat(request.user),
            "pending": edition.scores.filter(validated_at__isnull=True).count(),
        },
    )


def country(request, slug, code):
    """A country's scores per criterion in one edition, beside its scores in every other
    visible edition; staff also read each rater's rating with its justification."""
    edition = _edition_for(request, slug)
    country = get_object_or_404(Country, code=code.upper())
    criteria = list(edition.framework.criteria.all())
    visible = list(
        Edition.objects.visible_to(request.user)
        .filter(framework=edition.framework, scores__country=country)
        .distinct()
        .order_by("year")
    )
    scores = {
        (s.edition_id, s.criterion_id): s.score
        for s in CountryScore.objects.filter(edition__in=visible, country=country)
    }
    if not any(e.pk == edition.pk for e in visible):
        raise Http404
    rows = [
        (criterion, [scores.get((e.pk, criterion.pk)) for e in visible]) for criterion in criteria
    ]
    ratings = []
    if is_secretariat(request.user):
        ratings = (
            Rating.objects.filter(rater__edition=edition, rater__country=country)
            .select_related("rater", "criterion")
            .order_by("criterion__position", "rater__kind", "rater__name")
        )
    chart = {
        "labels": [c.display_name for c in criteria],
        "series": [
            {
                "name": e.display_title,
                "values": [
                    float(scores[(e.pk, c.pk)]) if scores.get((e.pk, c.pk)) is not None else None
                    for c in criteria
                ],
            }
            for e in visible
        ],
        "max": edition.framework.scale_max,
    }
    return render(
        request,
        "surveys/cee/country.html",
        {
            "edition": edition,
            "country": country,
            "editions": visible,
            "rows": rows,
            "ratings": ratings,
            "chart": chart,
            "rule": CONSOLIDATION_RULE,
        },
    )


def compare(request):
    """Every country's overall score and rank in each visible edition, side by side."""
    shown = list(
        Edition.objects.visible_to(request.user).select_related("framework").order_by("year")
    )
    countries = {}
    for index, edition in enumerate(shown):
        for row in edition.table()["countries"]:
            entry = countries.setdefault(
                row["country"].code, {"country": row["country"], "cells": [None] * len(shown)}
            )
            entry["cells"][index] = (row["overall"], row["rank"])
    rows = sorted(countries.values(), key=lambda r: r["country"].name)
    return render(request, "surveys/cee/compare.html", {"editions": shown, "rows": rows})


@require_POST
@staff_required
def edition_action(request, slug, action):
    edition = get_object_or_404(Edition, slug=slug)
    if action == "consolidate":
        changed = []
        if attempt(request, lambda: changed.append(edition.consolidate(request.user))):
            messages.success(
                request,
                ngettext(
                    "%(count)s score changed and awaits validation.",
                    "%(count)s scores changed and await validation.",
                    changed[0],
                )
                % {"count": changed[0]},
            )
    elif action == "validate":
        attempt(
            request, lambda: edition.validate_scores(request.user), _("Every score is validated.")
        )
    elif action == "publish":
        attempt(request, lambda: edition.publish(request.user), _("The edition is public."))
    return redirect(edition.get_absolute_url())


urlpatterns = [
    path("cee/", editions, name="cee_editions"),
    path("cee/compare/", compare, name="cee_compare"),
    path("cee/<slug:slug>/", edition, name="cee_edition"),
    *[
        path(f"cee/<slug:slug>/{action}/", edition_action, {"action": action}, name=f"cee_{action}")
        for action in ("consolidate", "validate", "publish")
    ],
    path("cee/<slug:slug>/<str:code>/", country, name="cee_country"),
]
