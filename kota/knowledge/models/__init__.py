from kota.knowledge.models.derived import FacetRow, SearchGeneration, SimilarItems
from kota.knowledge.models.items import InvalidTransition, KnowledgeItem
from kota.knowledge.models.related import (
    Attachment,
    ExternalLink,
    ReplicationInterest,
    ReviewEvent,
)

__all__ = [
    "Attachment",
    "ExternalLink",
    "FacetRow",
    "InvalidTransition",
    "KnowledgeItem",
    "ReplicationInterest",
    "ReviewEvent",
    "SearchGeneration",
    "SimilarItems",
]
