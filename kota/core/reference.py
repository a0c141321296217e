"""The reference tables that pages label things with (countries, languages, SDGs and core
areas), kept in memory per process: a page of search results or its facets reads their labels
from here instead of joining or querying them each time.

Never stale: they are kept with the version of the core area (kota.core.versions) and read
again once it has changed; inside a transaction that has written to it, they are read from
the database each time. The instances are shared between requests: read them, never change
them.
"""

from dataclasses import dataclass

from kota.core import versions
from kota.core.models import SDG, CoreArea, Country, Language


@dataclass(frozen=True)
class Reference:
    countries: dict  # code -> Country
    languages: dict  # code -> Language
    sdgs: dict  # number -> SDG, in order
    core_areas: dict  # slug -> CoreArea, in order

    @classmethod
    def load(cls, using="default"):
        """The four tables in database `using`, in four queries."""
        return cls(
            countries=Country.objects.using(using).in_bulk(),
            languages=Language.objects.using(using).in_bulk(),
            sdgs={sdg.pk: sdg for sdg in SDG.objects.using(using).order_by("number")},
            core_areas={area.pk: area for area in CoreArea.objects.using(using)},
        )


_kept = versions.PerProcess(("core",), Reference.load)


def current(using="default"):
    """The reference tables of database `using` as they are now."""
    return _kept.get(using) or Reference.load(using)
