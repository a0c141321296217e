"""Sections that apps above `members` add to a member's profile page.

`members` may not import the apps above it, so each of them says what it shows about a member
in its own `profile_sections.py`, found at start-up by `MembersConfig.ready()`:

    @profile_section(order=20, template="governance/_member_seats.html")
    def seats(request, member, *, can_edit):
        seats = Seat.objects.filter(member=member)...
        return {"seats": seats} if seats else None

The profile page renders every registered section in order; one that returns None (nothing
to show, or nothing this visitor may see) is left out.
"""

from dataclasses import dataclass
from typing import Any

from django.template.loader import render_to_string


@dataclass(frozen=True)
class ProfileSection:
    name: str
    order: int
    template: str
    context: Any

    def render(self, request, member, *, can_edit):
        context = self.context(request, member, can_edit=can_edit)
        if context is None:
            return None
        return render_to_string(self.template, {"member": member, **context}, request=request)


_sections: dict[str, ProfileSection] = {}


def profile_section(*, order, template):
    """Decorator: add a section, rendered with `template`, to every member's profile page."""

    def decorator(function):
        name = f"{function.__module__}.{function.__name__}"
        _sections[name] = ProfileSection(name, order, template, function)
        return function

    return decorator


def render_profile_sections(request, member, *, can_edit):
    """The HTML of every section that has something to show on `member`'s profile."""
    rendered = (
        section.render(request, member, can_edit=can_edit)
        for section in sorted(_sections.values(), key=lambda section: (section.order, section.name))
    )
    return [html for html in rendered if html]
