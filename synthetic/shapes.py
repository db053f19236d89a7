"""Render a planned conversation in each of the six accepted log shapes.

Each ``to_<shape>`` returns the record as written (a dict for JSONL, a row for Parquet). The ids
and account fields chosen here are the ones the ingest parser reads back, so ``truth.jsonl`` can
name them exactly.
"""

from __future__ import annotations

import base64
import io
import random
import string
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.parquet as pq

from synthetic.draft import Draft

SHAPES = ("canonical", "openai", "anthropic", "sharegpt", "hh_rlhf", "wildchat")
FILES = {
    "canonical": "canonical.jsonl", "openai": "openai.jsonl", "anthropic": "anthropic.jsonl.gz",
    "sharegpt": "sharegpt.jsonl", "hh_rlhf": "hh_rlhf.jsonl", "wildchat": "wildchat.parquet",
}
# Shapes whose records carry an account; the others count each conversation as its own account.
ACCOUNT_SHAPES = ("canonical", "openai", "anthropic", "wildchat")
SYSTEM_SHAPES = ("canonical", "openai", "anthropic", "sharegpt")
MODELS = {
    "canonical": ("assistant-large-2026-09", "assistant-small-2026-06", "gpt-4o", "claude-sonnet-4-5"),
    "openai": ("gpt-4o", "gpt-4o-mini", "gpt-4.1", "o3-mini"),
    "anthropic": ("claude-sonnet-4-5", "claude-opus-4-1", "claude-3-5-haiku-20241022"),
    "wildchat": ("gpt-4-0314", "gpt-3.5-turbo-0613", "gpt-4-1106-preview"),
}
WILDCHAT_SCHEMA = pa.schema([
    ("conversation_hash", pa.string()),
    ("model", pa.string()),
    ("timestamp", pa.string()),
    ("hashed_ip", pa.string()),
    ("language", pa.string()),
    ("turn", pa.int64()),
    ("conversation", pa.list_(pa.struct([("role", pa.string()), ("content", pa.string()),
                                         ("turn_identifier", pa.int64())]))),
])
_TOOLS = ("web_search", "calculator", "get_weather", "run_python", "lookup_docs")
_TOOL_QUERIES = ("weather tomorrow", "exchange rate", "python datetime docs", "2 + 2", "train times")
_REJECTED = ("I don't know.", "I can't help with that.", "Try searching online.", "That's not something I can answer.",
             "Sorry, I'm not sure what you mean.")


@dataclass
class Planned:
    """A draft plus the metadata of the record it becomes."""

    draft: Draft
    shape: str
    conversation_id: str
    account_id: str | None
    started_at: str
    epoch: int
    model: str


def _messages(p: Planned, system: bool = True) -> list[dict[str, str]]:
    out = [{"role": "system", "content": p.draft.system}] if system and p.draft.system else []
    return out + [{"role": t.role, "content": t.content} for t in p.draft.turns]


def to_canonical(p: Planned) -> dict:
    return {"conversation_id": p.conversation_id, "account_id": p.account_id, "started_at": p.started_at,
            "model": p.model, "messages": _messages(p)}


def to_openai(p: Planned) -> dict:
    return {"id": p.conversation_id, "object": "chat.conversation", "created": p.epoch, "user": p.account_id,
            "model": p.model, "messages": _messages(p)}


def to_anthropic(p: Planned, rng: random.Random) -> tuple[dict, int]:
    """The record and the number of non-text content blocks in it (the parser skips and counts them)."""
    record: dict = {"id": p.conversation_id, "account_id": p.account_id, "model": p.model}
    if p.draft.system:
        record["system"] = p.draft.system
    messages, extra = [], 0
    for i, turn in enumerate(p.draft.turns):
        if i > 0 and rng.random() < 0.3:  # plain-string content, as older logs have it
            messages.append({"role": turn.role, "content": turn.content})
            continue
        blocks: list[dict] = [{"type": "text", "text": turn.content}]
        if turn.role == "user" and rng.random() < 0.12:
            data = base64.b64encode(bytes(rng.randrange(256) for _ in range(24))).decode()
            blocks.insert(0, {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": data}})
            extra += 1
        elif turn.role == "assistant" and rng.random() < 0.1:
            blocks.append({"type": "tool_use", "id": "toolu_" + "".join(rng.choice(string.ascii_letters) for _ in range(20)),
                           "name": rng.choice(_TOOLS), "input": {"query": rng.choice(_TOOL_QUERIES)}})
            extra += 1
        messages.append({"role": turn.role, "content": blocks})
    record["messages"] = messages
    return record, extra


def to_sharegpt(p: Planned) -> dict:
    speaker = {"user": "human", "assistant": "gpt", "system": "system"}
    return {"id": p.conversation_id,
            "conversations": [{"from": speaker[m["role"]], "value": m["content"]} for m in _messages(p)]}


def _transcript(turns: list[tuple[str, str]]) -> str:
    return "".join(f"\n\n{'Human' if role == 'user' else 'Assistant'}: {text}" for role, text in turns)


def to_hh_rlhf(p: Planned, rng: random.Random) -> dict:
    """A preference pair (``chosen``/``rejected``) or, for some records, a single ``transcript``."""
    turns = [(t.role, t.content) for t in p.draft.turns]  # HH-RLHF has no system turns
    if rng.random() < 0.3:
        return {"id": p.conversation_id, "transcript": _transcript(turns)}
    last = max(i for i, (role, _) in enumerate(turns) if role == "assistant")
    rejected = turns[:last] + [("assistant", rng.choice(_REJECTED))]
    return {"id": p.conversation_id, "chosen": _transcript(turns), "rejected": _transcript(rejected)}


def to_wildchat(p: Planned, rng: random.Random) -> dict:
    conversation, turn_id = [], 0
    for t in p.draft.turns:  # WildChat logs carry no system turns
        if t.role == "user":
            turn_id = rng.randrange(10**15, 10**16)
        conversation.append({"role": t.role, "content": t.content, "turn_identifier": turn_id})
    return {"conversation_hash": p.conversation_id, "model": p.model, "timestamp": p.started_at,
            "hashed_ip": p.account_id, "language": "English",
            "turn": sum(1 for t in p.draft.turns if t.role == "user"), "conversation": conversation}


def parquet_bytes(rows: list[dict]) -> bytes:
    """WildChat rows as Parquet; same rows, same bytes (fixed schema, no timestamps in metadata)."""
    table = pa.Table.from_pylist(rows, schema=WILDCHAT_SCHEMA)
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd", row_group_size=512)
    return sink.getvalue()
