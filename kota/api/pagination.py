from ninja import Field, Schema
from ninja.pagination import PageNumberPagination

MAX_PAGE = 100_000
MAX_PAGE_SIZE = 100


class BoundedPages(PageNumberPagination):
    """Ninja's page-number pagination with bounds on what a caller may ask: an absurd page
    number would overflow the database's integer offset (a server error on SQLite)."""

    class Input(Schema):
        page: int = Field(1, ge=1, le=MAX_PAGE)
        page_size: int | None = Field(None, ge=1, le=MAX_PAGE_SIZE)
