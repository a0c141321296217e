"""Measures the results app computes from surveys (see kota/lib/measures.py)."""

from django.utils.translation import gettext_lazy as _

from kota.lib.measures import register
from kota.surveys.models import Response
from kota.surveys.summaries import share


@register("surveys.answer_share", label=_("Share of respondents giving chosen answers (%)"))
def answer_share(start, end, *, questionnaire, question, values):
    """Of the submitted and validated responses to campaigns of `questionnaire` (a slug)
    submitted between `start` and `end` that answered `question` (a key), the share (%) whose
    answer is one of `values` (for a multiple choice: includes one). Member satisfaction is
    this measure over the annual survey's satisfaction question, with values "4" and "5"
    (good and very good). None when nobody answered in the period."""
    responses = Response.objects.counted().filter(
        campaign__version__questionnaire__slug=questionnaire,
        submitted_at__date__gte=start,
        submitted_at__date__lte=end,
    )
    wanted = {str(v) for v in values}
    answered = chosen = 0
    for answers in responses.answer_sets():
        answer = answers.get(question)
        if answer in (None, "", []):
            continue
        answered += 1
        given = {str(a) for a in answer} if isinstance(answer, list) else {str(answer)}
        chosen += bool(given & wanted)
    return share(chosen, answered)
