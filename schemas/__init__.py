"""Data contracts: the typed records every stage passes, with Arrow and JSON Schemas."""

from schemas.records import (
    ROLES,
    SCHEMA_VERSION,
    VALENCES,
    Conversation,
    DeadLetter,
    ExpressionEvent,
    Message,
    RedactedConversation,
    RedactedMessage,
    SourcePointer,
    Theme,
)

__all__ = [
    "ROLES",
    "SCHEMA_VERSION",
    "VALENCES",
    "Conversation",
    "DeadLetter",
    "ExpressionEvent",
    "Message",
    "RedactedConversation",
    "RedactedMessage",
    "SourcePointer",
    "Theme",
]
