import pytest
from django.urls import NoReverseMatch, clear_script_prefix, reverse, set_script_prefix
from django.utils.text import slugify

from kota.knowledge.models.items import item_url

TITLES = [
    "Community waste bank in Tianjin",
    "农贸市场垃圾堆肥的青岛市 16实践",
    "การคัดแยกขยะในเมือง",
    "서울 교통 정책",
    "Đà Nẵng: smart city (2024)",
    "ﾃﾞｰﾀ and Σσς, ½ & 100%",
    "under_score--and--dashes",
]


@pytest.mark.parametrize("prefix", ["/", "/kota/", "/市/"])
def test_an_items_address_is_the_one_reverse_gives_whatever_its_slug_and_script_prefix(prefix):
    set_script_prefix(prefix)
    try:
        for pk, title in enumerate(TITLES, start=1):
            slug = slugify(title, allow_unicode=True)
            expected = reverse("knowledge:item", kwargs={"pk": pk, "slug": slug})
            assert item_url(pk, slug) == expected, slug
        for slug in ("a%20b", "a!$&'()*+,;=~:@b", "a b?c#d"):  # not slugify()'s, but taken
            assert item_url(7, slug) == reverse("knowledge:item", kwargs={"pk": 7, "slug": slug})
        for pk, slug in ((7, "a/b"), (7, ""), (None, "a")):
            with pytest.raises(NoReverseMatch):  # as reverse() refuses them
                item_url(pk, slug)
    finally:
        clear_script_prefix()
