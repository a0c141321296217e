"""The pages and endpoints every benchmark measures, anonymous, as the public sees them:
(name, path). A path in angle brackets is resolved against the database by `resolve()`."""

PAGES = [
    ("home", "/"),
    ("directory", "/members/"),
    ("directory, filtered", "/members/?country=ID&kind=city&sort=-population"),
    ("directory, search", "/members/?q=%E5%B9%BF%E5%B7%9E"),
    ("member profile", "/members/surabaya/"),
    ("body page", "/governance/executive-bureau/"),
    ("knowledge landing", "/knowledge/"),
    ("knowledge search", "/knowledge/?q=flood"),
    ("knowledge, CJK + facet", "/knowledge/?q=%E5%9E%83%E5%9C%BE&kind=good_practice"),
    ("knowledge, facets only", "/knowledge/?sdg=11"),
    ("knowledge item", "<first published knowledge item>"),
    ("results dashboard", "/results/manifesto-2021-2025/"),
    ("results goal page", "/results/manifesto-2021-2025/goals/6/"),
    ("API members", "/api/v1/members?country=PH"),
    # A second page that is full at both scales ("city": 104 members of the demo's 326, 3,181
    # of 10,000), so that its ratio compares two pages of 50 members.
    ("API members, search", "/api/v1/members?q=city&page=2"),
    ("API bodies", "/api/v1/bodies"),
    ("API knowledge", "/api/v1/knowledge?q=banjir&sort=relevance"),
    ("API results indicators", "/api/v1/results/plans/manifesto-2021-2025/indicators"),
]


def resolve(path):
    """The real path of a placeholder (needs Django set up)."""
    if path == "<first published knowledge item>":
        from kota.knowledge.models import KnowledgeItem

        item = KnowledgeItem.objects.published().order_by("pk").first()
        return item.get_absolute_url() if item else "/knowledge/"
    return path
