from kota.demo.presence import is_demo_site


def demo(request):
    """`demo_site` for the banner of base.html: a callable, so pages that do not show the
    banner (fragments) never ask."""
    return {"demo_site": is_demo_site}
