from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_GET

from kota.governance.models import WOMEN_SHARE_TARGET, Body, Seat

HISTORY_YEARS = range(2015, timezone.now().year + 1)


@require_GET
def bodies(request):
    today = timezone.localdate()
    rows = [(body, body.women_share) for body in Body.objects.with_women_share(today)]
    return render(
        request,
        "governance/bodies.html",
        {
            "rows": rows,
            "target": WOMEN_SHARE_TARGET,
            "today": today,
        },
    )


@require_GET
def body(request, slug):
    body = get_object_or_404(Body.objects.select_related("lead_member"), slug=slug)
    today = timezone.localdate()
    seats = Seat.objects.filter(body=body).select_related("member", "member__country")
    years = list(HISTORY_YEARS)
    history = seats.women_share_by_year(years)
    current = sorted((seat for seat in seats if seat.is_held_on(today)), key=lambda seat: seat.rank)
    past = sorted(
        (seat for seat in seats if not seat.is_held_on(today)),
        key=lambda seat: (-seat.starts_on.toordinal(), seat.rank),
    )
    return render(
        request,
        "governance/body.html",
        {
            "body": body,
            "current": current,
            "past": past,
            "share": seats.women_share(today),
            "target": WOMEN_SHARE_TARGET,
            "history": history,
            "chart": {
                "years": [str(y) for y in years],
                "share": [float(v) if v is not None else None for v in history.values()],
                "target": float(WOMEN_SHARE_TARGET),
            },
        },
    )
