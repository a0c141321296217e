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
    "InvalidTransition",
    "KnowledgeItem",
    "ReplicationInterest",
    "ReviewEvent",
]
