"""Read endpoints of the results app under /api/v1/results (see endpoints.py)."""

from kota.results.api.endpoints import router

__all__ = ["router"]
