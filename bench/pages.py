"""The pages and endpoints every benchmark measures, anonymous, as the public sees them.
(name, path); the knowledge hub and results dashboard join when their apps are in place."""

PAGES = [
    ("home", "/"),
    ("directory", "/members/"),
    ("directory, filtered", "/members/?country=ID&kind=city&sort=-population"),
    ("directory, search", "/members/?q=%E5%B9%BF%E5%B7%9E"),
    ("member profile", "/members/surabaya/"),
    ("body page", "/governance/executive-bureau/"),
    ("API members", "/api/v1/members?country=PH"),
    ("API members, search", "/api/v1/members?q=kota&page=2"),
    ("API bodies", "/api/v1/bodies"),
]
