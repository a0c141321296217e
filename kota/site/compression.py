"""Kota's pages compressed with gzip for browsers that accept it.

Kota's users are often on phones and slow links; gzip makes a page's HTML two to five
times smaller (bench/slowlink.py). Static files are already compressed by
WhiteNoise (collectstatic writes their .gz twins), and this middleware sits below WhiteNoise
and above the page cache in MIDDLEWARE, so the anonymous pages the cache serves are
compressed too. The cache keeps them uncompressed, so each hit is compressed again: about
4.5 ms for the 64 KB knowledge page on a busy two-core machine (Django's compress_string,
timed with timeit).

BREACH: compression can leak a secret in a page through the size of the response, when an
attacker can both add text of their own to the same page (a search term) and watch the
sizes of many responses. So a page that carries a CSRF token (a form) for a logged-in user
is never compressed: the token and whatever else that user may see stay out of reach.
Everything else is compressed:

- anonymous pages hold nothing secret to a visitor (the log-in form's CSRF token is masked
  anew in each response, so it cannot be guessed byte by byte, and it protects no
  session);
- a logged-in user's htmx fragments, JSON and CSV carry no token, and Django's
  GZipMiddleware adds a random number of bytes to every compressed response ("Heal the
  Breach"), which hides a one-byte difference in size.

Only text is compressed: PDFs, spreadsheets and images are compressed already.
"""

from django.conf import settings
from django.middleware.gzip import GZipMiddleware

COMPRESSIBLE = (
    "text/html",
    "text/plain",
    "text/csv",
    "application/json",
    "application/atom+xml",
    "application/xml",
)


def carries_csrf_token_for_a_user(request, response):
    """Whether the response was rendered with a CSRF token for a logged-in user: a page that
    used the token (get_token(), what {% csrf_token %} calls) sets the CSRF cookie. The
    cookie is looked at first, so that a response without it (an API answer) costs no query
    for its user."""
    if settings.CSRF_COOKIE_NAME not in response.cookies:
        return False
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


class CompressionMiddleware(GZipMiddleware):
    """gzip for text responses, except pages with a CSRF token for a logged-in user."""

    def process_response(self, request, response):
        content_type = response.get("Content-Type", "").split(";")[0].strip().lower()
        if content_type not in COMPRESSIBLE or carries_csrf_token_for_a_user(request, response):
            return response
        return super().process_response(request, response)
