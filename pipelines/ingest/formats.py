"""Parse one decoded log record, in any accepted chat shape, into the canonical Conversation.

Pure functions: no I/O, no Beam. A record that cannot be parsed becomes a DeadLetter whose
message comes from a fixed template here and never quotes the record.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable
from typing import Any

from pipelines.ingest.settings import IngestSettings
from schemas import ROLES, Conversation, DeadLetter, Message, SourcePointer

# Reason codes a dead letter can carry (the manifest counts each under dead_letter.<code>).
REASONS = (
    "invalid_json",
    "not_an_object",
    "missing_id",
    "no_assistant_turn",
    "wrong_field_type",
    "invalid_role",
    "undecodable_bytes",
    "message_too_long",
    "unknown_shape",
    "broken_file",
)

_SHAREGPT_ROLES = {
    "human": "user", "user": "user",
    "gpt": "assistant", "assistant": "assistant", "chatgpt": "assistant", "bard": "assistant",
    "bing": "assistant", "model": "assistant",
    "system": "system",
    "tool": "tool", "function": "tool", "observation": "tool",
}
_HH_TURN = re.compile(r"\n\n(Human|Assistant): ")
_ID_FIELDS = ("conversation_id", "id")
_WILDCHAT_ID_FIELDS = ("conversation_hash", "conversation_id", "id")
_ACCOUNT_FIELDS = ("account_id", "user_id", "user", "hashed_ip")
_TIME_FIELDS = ("started_at", "created_at", "timestamp", "created")


class RecordRejected(Exception):
    """A record is unusable. ``message`` is project-written and never quotes the record."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason
        self.message = message


def detect_format(record: dict[str, Any]) -> str:
    """The shape of a record, from the keys it carries."""
    if "conversations" in record:
        return "sharegpt"
    if "conversation" in record:
        return "wildchat"
    if "chosen" in record or "transcript" in record:
        return "hh_rlhf"
    if "messages" in record:
        messages = record["messages"]
        if isinstance(messages, list) and any(
            isinstance(m, dict) and isinstance(m.get("content"), list) for m in messages
        ):
            return "anthropic"
        return "canonical"
    raise RecordRejected("unknown_shape", "record has none of the keys of an accepted shape")


def parse_record(
    value: Any, source: SourcePointer, settings: IngestSettings
) -> Conversation | DeadLetter:
    """Parse a decoded JSON value or Parquet row into a Conversation, or a DeadLetter saying why not."""
    try:
        if not isinstance(value, dict):
            raise RecordRejected("not_an_object", f"record is a JSON {_json_kind(value)}, not an object")
        fmt = detect_format(value) if settings.format == "auto" else settings.format
        messages, skipped = _PARSERS[fmt](value)
        _check_messages(messages, settings)
        id_fields = _WILDCHAT_ID_FIELDS if fmt == "wildchat" else _ID_FIELDS
        return Conversation(
            conversation_id=_conversation_id(value, id_fields, messages, settings),
            messages=messages,
            account_id=_optional_str(value, _ACCOUNT_FIELDS),
            started_at=_started_at(value),
            model=_optional_str(value, ("model",)),
            source_format=fmt,
            source=source,
            skipped_blocks=skipped,
        )
    except RecordRejected as rejected:
        return DeadLetter(source.file, source.row, rejected.reason, rejected.message)


def _json_kind(value: Any) -> str:
    return {list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number"
    )


def _messages_list(record: dict[str, Any], key: str) -> list[Any]:
    if key not in record:
        raise RecordRejected("wrong_field_type", f"field '{key}' is missing")
    messages = record[key]
    if not isinstance(messages, list):
        raise RecordRejected("wrong_field_type", f"field '{key}' must be a list")
    return messages


def _text(value: Any, field: str) -> str:
    if not isinstance(value, str):
        raise RecordRejected("wrong_field_type", f"field '{field}' must be a string")
    return value


def _role(value: Any, field: str) -> str:
    role = _text(value, field)
    if role not in ROLES:
        raise RecordRejected("invalid_role", f"field '{field}' must be one of {', '.join(ROLES)}")
    return role


def _parse_role_content(record: dict[str, Any], key: str = "messages") -> tuple[tuple[Message, ...], int]:
    messages = []
    for i, m in enumerate(_messages_list(record, key)):
        if not isinstance(m, dict):
            raise RecordRejected("wrong_field_type", f"{key}[{i}] must be an object")
        messages.append(Message(_role(m.get("role"), f"{key}[{i}].role"),
                                _text(m.get("content"), f"{key}[{i}].content")))
    return tuple(messages), 0


def _parse_wildchat(record: dict[str, Any]) -> tuple[tuple[Message, ...], int]:
    return _parse_role_content(record, "conversation")


def _parse_anthropic(record: dict[str, Any]) -> tuple[tuple[Message, ...], int]:
    messages: list[Message] = []
    skipped = 0
    if record.get("system") is not None:
        system = record["system"]
        if isinstance(system, list):  # system prompt as content blocks
            text, n = _text_blocks(system, "system")
            skipped += n
        else:
            text = _text(system, "system")
        if text:
            messages.append(Message("system", text))
    for i, m in enumerate(_messages_list(record, "messages")):
        if not isinstance(m, dict):
            raise RecordRejected("wrong_field_type", f"messages[{i}] must be an object")
        role = _role(m.get("role"), f"messages[{i}].role")
        content = m.get("content")
        if isinstance(content, list):
            text, n = _text_blocks(content, f"messages[{i}].content")
            skipped += n
            if not text:  # only non-text blocks (images, tool calls): nothing to analyse
                continue
        else:
            text = _text(content, f"messages[{i}].content")
        messages.append(Message(role, text))
    return tuple(messages), skipped


def _text_blocks(blocks: list[Any], field: str) -> tuple[str, int]:
    texts, skipped = [], 0
    for j, block in enumerate(blocks):
        if not isinstance(block, dict) or not isinstance(block.get("type"), str):
            raise RecordRejected("wrong_field_type", f"{field}[{j}] must be an object with a 'type'")
        if block["type"] == "text":
            texts.append(_text(block.get("text"), f"{field}[{j}].text"))
        else:
            skipped += 1
    return "\n".join(texts), skipped


def _parse_sharegpt(record: dict[str, Any]) -> tuple[tuple[Message, ...], int]:
    messages = []
    for i, m in enumerate(_messages_list(record, "conversations")):
        if not isinstance(m, dict):
            raise RecordRejected("wrong_field_type", f"conversations[{i}] must be an object")
        speaker = _text(m.get("from"), f"conversations[{i}].from")
        if speaker not in _SHAREGPT_ROLES:
            raise RecordRejected(
                "invalid_role", f"conversations[{i}].from must be human, gpt, system or tool"
            )
        messages.append(Message(_SHAREGPT_ROLES[speaker], _text(m.get("value"), f"conversations[{i}].value")))
    return tuple(messages), 0


def _parse_hh_rlhf(record: dict[str, Any]) -> tuple[tuple[Message, ...], int]:
    field = "chosen" if "chosen" in record else "transcript"
    transcript = _text(record[field], field)
    parts = _HH_TURN.split(transcript)
    # parts = [preamble, speaker, text, speaker, text, ...]; the preamble is not a turn.
    messages = tuple(
        Message("user" if speaker == "Human" else "assistant", text.strip())
        for speaker, text in zip(parts[1::2], parts[2::2], strict=True)
    )
    return messages, 0


_PARSERS: dict[str, Callable[[dict[str, Any]], tuple[tuple[Message, ...], int]]] = {
    "canonical": _parse_role_content,
    "openai": _parse_role_content,
    "anthropic": _parse_anthropic,
    "sharegpt": _parse_sharegpt,
    "hh_rlhf": _parse_hh_rlhf,
    "wildchat": _parse_wildchat,
}
FORMATS = ("auto", *_PARSERS)


def _check_messages(messages: tuple[Message, ...], settings: IngestSettings) -> None:
    for i, m in enumerate(messages):
        if len(m.content) > settings.max_message_chars:
            raise RecordRejected(
                "message_too_long",
                f"message {i} is longer than ingest.max_message_chars={settings.max_message_chars}",
            )
    if not any(m.role == "assistant" for m in messages):
        raise RecordRejected("no_assistant_turn", "conversation has no assistant turn")


def _conversation_id(
    record: dict[str, Any], fields: tuple[str, ...], messages: tuple[Message, ...], settings: IngestSettings
) -> str:
    for field in fields:
        value = record.get(field)
        if isinstance(value, bool):
            raise RecordRejected("wrong_field_type", f"field '{field}' must be a string or integer")
        if isinstance(value, int):
            return str(value)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if value is not None and not isinstance(value, str):
            raise RecordRejected("wrong_field_type", f"field '{field}' must be a string or integer")
    if settings.missing_id == "content_hash":
        canonical = json.dumps([[m.role, m.content] for m in messages], ensure_ascii=False)
        return "sha256:" + hashlib.sha256(canonical.encode()).hexdigest()
    raise RecordRejected("missing_id", f"no non-empty id in any of: {', '.join(fields)}")


def _optional_str(record: dict[str, Any], fields: tuple[str, ...]) -> str | None:
    for field in fields:
        value = record.get(field)
        if value is None or value == "":
            continue
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise RecordRejected("wrong_field_type", f"field '{field}' must be a string")
        return str(value)
    return None


def _started_at(record: dict[str, Any]) -> str | None:
    for field in _TIME_FIELDS:
        value = record.get(field)
        if value is None or value == "":
            continue
        if isinstance(value, dt.datetime):
            return value.isoformat()
        if isinstance(value, str):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            try:
                return dt.datetime.fromtimestamp(value, dt.timezone.utc).isoformat()
            except (OverflowError, OSError, ValueError):
                raise RecordRejected("wrong_field_type", f"field '{field}' is not a valid epoch time") from None
        raise RecordRejected("wrong_field_type", f"field '{field}' must be a string or epoch seconds")
    return None
