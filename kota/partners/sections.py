"""Sections that apps above `partners` add to a partner's page.

`partners` may not import the apps above it (projects, cooperation...), so each of them says
what it shows about a partner in its own `partner_sections.py`, found at start-up by
`PartnersConfig.ready()`:

    from kota.partners.sections import partner_section

    @partner_section(order=10, template="projects/_partner_projects.html")
    def projects(request, partner):
        projects = Project.objects.visible_to(request.user).with_partner(partner)
        return {"projects": projects} if projects else None

The partner's page renders every registered section in order, after its own; one that returns
None (nothing to show, or nothing this visitor may see) is left out. The template receives
`partner`, `request` and what the function returned.
"""

from dataclasses import dataclass
from typing import Any

from django.template.loader import render_to_string


@dataclass(frozen=True)
class PartnerSection:
    name: str
    order: int
    template: str
    context: Any

    def render(self, request, partner):
        context = self.context(request, partner)
        if context is None:
            return None
        return render_to_string(self.template, {"partner": partner, **context}, request=request)


_sections: dict[str, PartnerSection] = {}


def partner_section(*, order, template):
    """Decorator: add a section, rendered with `template`, to every partner's page."""

    def decorator(function):
        name = f"{function.__module__}.{function.__name__}"
        _sections[name] = PartnerSection(name, order, template, function)
        return function

    return decorator


def render_partner_sections(request, partner):
    """The HTML of every section that has something to show on `partner`'s page."""
    rendered = (
        section.render(request, partner)
        for section in sorted(_sections.values(), key=lambda section: (section.order, section.name))
    )
    return [html for html in rendered if html]
