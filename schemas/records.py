"""Typed records that flow between stages.

Every record type here has an Arrow schema in :mod:`schemas.arrow` and a JSON Schema file in
``schemas/json/``; ``to_row``/``from_row`` convert between the dataclass and the Arrow row.

Only :class:`Conversation` may hold raw text. Everything after ``redact`` holds redacted text,
pseudonymous keys, counts and reason codes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = "1.2.0"

ROLES = ("user", "assistant", "system", "tool")
VALENCES = ("distress", "joy")


@dataclass(frozen=True, slots=True)
class SourcePointer:
    """Where a record came from: a file and a 1-based line (JSONL) or 0-based row (Parquet)."""

    file: str
    row: int | None = None


@dataclass(frozen=True, slots=True)
class Message:
    role: str
    content: str


@dataclass(frozen=True, slots=True)
class Conversation:
    """The canonical conversation every input shape is parsed into. Holds raw text."""

    conversation_id: str
    messages: tuple[Message, ...]
    account_id: str | None = None
    started_at: str | None = None
    model: str | None = None
    source_format: str = "canonical"
    source: SourcePointer = field(default_factory=lambda: SourcePointer(""))
    skipped_blocks: int = 0

    def to_row(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "conversation_id": self.conversation_id,
            "account_id": self.account_id,
            "started_at": self.started_at,
            "model": self.model,
            "source_format": self.source_format,
            "messages": [{"role": m.role, "content": m.content} for m in self.messages],
        }

    @classmethod
    def from_row(cls, row: dict[str, Any], source: SourcePointer | None = None) -> Conversation:
        return cls(
            conversation_id=row["conversation_id"],
            messages=tuple(Message(m["role"], m["content"]) for m in row["messages"]),
            account_id=row.get("account_id"),
            started_at=row.get("started_at"),
            model=row.get("model"),
            source_format=row.get("source_format") or "canonical",
            source=source or SourcePointer(""),
        )


@dataclass(frozen=True, slots=True)
class RedactedMessage:
    role: str
    content: str
    """Redacted text: every detected entity replaced by a typed placeholder such as ``<PERSON_1>``."""


@dataclass(frozen=True, slots=True)
class RedactedConversation:
    """A conversation after ``redact``: pseudonymous keys, redacted text, entity counts."""

    conversation_key: str
    account_key: str
    messages: tuple[RedactedMessage, ...]
    entity_counts: dict[str, int]
    started_at: str | None = None
    model: str | None = None
    source_format: str = "canonical"
    language: str = "en"

    def to_row(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "conversation_key": self.conversation_key,
            "account_key": self.account_key,
            "started_at": self.started_at,
            "model": self.model,
            "source_format": self.source_format,
            "language": self.language,
            "messages": [{"role": m.role, "content": m.content} for m in self.messages],
            "entity_counts": [
                {"entity_type": k, "count": v} for k, v in sorted(self.entity_counts.items())
            ],
        }

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> RedactedConversation:
        return cls(
            conversation_key=row["conversation_key"],
            account_key=row["account_key"],
            messages=tuple(RedactedMessage(m["role"], m["content"]) for m in row["messages"]),
            entity_counts={e["entity_type"]: e["count"] for e in row["entity_counts"]},
            started_at=row.get("started_at"),
            model=row.get("model"),
            source_format=row.get("source_format") or "canonical",
            language=row.get("language") or "en",
        )


@dataclass(frozen=True, slots=True)
class DeadLetter:
    """A record that could not be processed. Never holds any of the record's text.

    ``message`` is written by this project from a fixed template (it may name a field, a
    limit or a position, never a value from the record).
    """

    source_file: str
    source_row: int | None
    reason: str
    message: str
    stage: str = "ingest"

    def to_row(self) -> dict[str, Any]:
        return {"schema_version": SCHEMA_VERSION, **asdict(self)}

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> DeadLetter:
        return cls(
            source_file=row["source_file"],
            source_row=row.get("source_row"),
            reason=row["reason"],
            message=row["message"],
            stage=row.get("stage") or "ingest",
        )


@dataclass(frozen=True, slots=True)
class ExpressionEvent:
    """One flagged assistant turn: the unit the ``themes`` stage clusters."""

    conversation_key: str
    account_key: str
    turn_index: int
    valence: str
    score: float
    threshold: float
    model_id: str
    utterance: str
    trigger_context: tuple[str, ...]
    started_at: str | None = None
    after_declined_repeat: bool = False
    """The user had repeated a request the assistant already declined (see ``classifiers.persistence``)."""

    def to_row(self) -> dict[str, Any]:
        row = {"schema_version": SCHEMA_VERSION, **asdict(self)}
        row["trigger_context"] = list(self.trigger_context)
        return row

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> ExpressionEvent:
        return cls(
            conversation_key=row["conversation_key"],
            account_key=row["account_key"],
            turn_index=row["turn_index"],
            valence=row["valence"],
            score=row["score"],
            threshold=row["threshold"],
            model_id=row["model_id"],
            utterance=row["utterance"],
            trigger_context=tuple(row["trigger_context"]),
            started_at=row.get("started_at"),
            after_declined_repeat=bool(row.get("after_declined_repeat", False)),
        )


@dataclass(frozen=True, slots=True)
class Theme:
    """One published theme: what triggered a valence's expressions, in aggregate only.

    Every count may be a differentially private estimate (``noisy``). The label and keywords hold
    only words used by at least ``k_accounts`` distinct accounts of the theme.
    """

    theme_id: str
    valence: str
    label: str
    keywords: tuple[str, ...]
    events: int
    conversations: int
    accounts: int
    share: float
    """Share of the valence's events (assigned or not) that fell in this theme."""
    mean_score: float
    median_turn_index: float
    persistence_share: float
    """Share of the theme's events that came after the user repeated a declined request."""
    status: str
    """``new`` (no earlier run had it) or ``continuing``."""
    previous_events: int | None
    runs_seen: int
    map_x: float
    map_y: float
    noisy: bool = False

    def to_row(self) -> dict[str, Any]:
        row = {"schema_version": SCHEMA_VERSION, **asdict(self)}
        row["keywords"] = list(self.keywords)
        return row

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Theme:
        fields = {k: v for k, v in row.items() if k != "schema_version"}
        fields["keywords"] = tuple(fields["keywords"])
        return cls(**fields)
