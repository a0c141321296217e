from django import template
from django.utils import translation

from kota.lib.money import format_money

register = template.Library()


@register.simple_tag
def money(amount, currency, language=None):
    """An amount in its currency, formatted for `language` (the active one by default)."""
    if amount is None:
        return ""
    return format_money(amount, currency, language or translation.get_language() or "en")
