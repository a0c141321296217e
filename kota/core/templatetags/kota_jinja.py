from django import template
from django.template import engines
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def jinja(name, **values):
    """The Jinja2 fragment `name` (in templates/jinja2/, see kota.lib.jinja) rendered with
    `values` alone: `{% jinja "knowledge/_result_cards.html" items=page.object_list %}`."""
    fragment = engines["jinja2"].get_template(name).template  # the jinja2.Template itself
    return mark_safe(fragment.render(values))  # noqa: S308 - escaped by Jinja2's autoescape
