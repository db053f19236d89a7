"""Compose the synthetic corpus: plan conversations, plant PII and canaries, write every file.

Deterministic for a seed: one ``random.Random(seed)`` drives every choice, in a fixed order; no
clock, no ``hash()`` of strings, gzip without timestamps, Parquet with a fixed schema.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import random
import string
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from synthetic import shapes
from synthetic.draft import Draft
from synthetic.families import BUILDERS, family_quota
from synthetic.families.tasks import ordinary_task
from synthetic.malformed import malformed_lines, truncated_gzip
from synthetic.pii import PiiFactory
from synthetic.pii_phrases import CANARY_KINDS, KIND_WEIGHTS, KINDS, Planted, plant
from synthetic.settings import SyntheticSettings
from synthetic.text import UserStyle

LOGS_DIR = "logs"
"""Sub-directory of the output holding the log files; ``canaries.txt`` and ``truth.jsonl`` sit beside it
so a run over ``DIR/logs`` never reads the answer key as input."""
MALFORMED_FILE, BROKEN_FILE = "malformed.jsonl", "broken.jsonl.gz"
CANARIES_FILE, TRUTH_FILE = "canaries.txt", "truth.jsonl"
SHAPE_SHARES = {"canonical": 0.30, "openai": 0.14, "anthropic": 0.14, "sharegpt": 0.14, "hh_rlhf": 0.14, "wildchat": 0.14}
_START = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
_SYSTEM_PROMPTS = (
    "You are a helpful assistant.", "You are a concise coding assistant. Prefer short answers with code.",
    "You are a friendly tutor. Explain step by step.", "You are a customer support assistant for an online shop.",
    "Answer briefly and cite uncertainty when relevant.", "You are a creative writing partner.",
    "You are an assistant that helps with cooking and meal planning.", "Be warm, clear and practical.",
)


@dataclass
class GenerationSummary:
    """Counts describing a generated corpus (never any of its text).

    Attributes:
        conversations: Conversations written to the six good files.
        files: Records per file name (truth lines per file), including malformed and broken.
        families: Conversations per family (good files only).
        shapes: Conversations per shape (good files only).
        malformed: Bad records in ``malformed.jsonl``.
        malformed_by_reason: Bad records per expected dead-letter reason.
        canaries: Canary strings planted (one conversation each).
        pii_by_type: Planted PII values per Presidio entity type.
        content_blocks_skipped: Non-text Anthropic content blocks (the parser skips and counts them).
        assistant_turns_by_valence: Assistant turns per valence label (good files only).
    """

    conversations: int
    files: dict[str, int] = field(default_factory=dict)
    families: dict[str, int] = field(default_factory=dict)
    shapes: dict[str, int] = field(default_factory=dict)
    malformed: int = 0
    malformed_by_reason: dict[str, int] = field(default_factory=dict)
    canaries: int = 0
    pii_by_type: dict[str, int] = field(default_factory=dict)
    content_blocks_skipped: int = 0
    assistant_turns_by_valence: dict[str, int] = field(default_factory=dict)

    def __str__(self) -> str:
        return (f"{self.conversations} conversations in {len(self.shapes)} shapes, {self.malformed} malformed records, "
                f"1 truncated file, {self.canaries} canaries, {sum(self.pii_by_type.values())} planted PII values")


def generate(output_dir: Path, conversations: int, seed: int, settings: SyntheticSettings | None = None) -> GenerationSummary:
    """Write a synthetic corpus of ``conversations`` conversations into ``output_dir``.

    Writes ``DIR/logs/{canonical.jsonl, openai.jsonl, anthropic.jsonl.gz, sharegpt.jsonl, hh_rlhf.jsonl,
    wildchat.parquet, malformed.jsonl, broken.jsonl.gz}``, ``DIR/canaries.txt`` and ``DIR/truth.jsonl``.
    Same arguments, same bytes.

    Args:
        output_dir: Created if missing; files of the same names are overwritten.
        conversations: Conversations across the six good files (at least ``settings.min_canaries``, and 1).
        seed: Seed of the one random source.
        settings: Composition of the corpus; defaults to :class:`SyntheticSettings`.

    Raises:
        ValueError: ``conversations`` is too small for the requested canaries.
    """
    settings = settings or SyntheticSettings()
    if conversations < max(1, settings.min_canaries):
        raise ValueError(f"conversations must be at least {max(1, settings.min_canaries)} (min_canaries), got {conversations}")
    rng = random.Random(seed)
    factory = PiiFactory(rng)
    planned = _plan(rng, factory, conversations, settings)
    logs = Path(output_dir) / LOGS_DIR
    logs.mkdir(parents=True, exist_ok=True)
    truth: list[dict] = []
    summary = GenerationSummary(conversations=conversations)
    for shape in shapes.SHAPES:
        _write_shape(rng, logs, shape, [p for p in planned if p.shape == shape], truth, summary)
    _write_malformed(rng, logs, truth, summary)
    _write_broken(rng, logs, truth)
    canaries = [c for p in planned for c in p.draft.canaries]
    (Path(output_dir) / CANARIES_FILE).write_text("".join(f"{c}\n" for c in canaries), encoding="utf-8")
    (Path(output_dir) / TRUTH_FILE).write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in truth), encoding="utf-8")
    summary.files = dict(Counter(t["file"] for t in truth))
    summary.families = dict(sorted(Counter(p.draft.family for p in planned).items()))
    summary.shapes = {s: sum(1 for p in planned if p.shape == s) for s in shapes.SHAPES}
    summary.canaries = len(canaries)
    summary.pii_by_type = dict(sorted(Counter(e["type"] for p in planned for e in p.draft.pii_entries()).items()))
    summary.assistant_turns_by_valence = dict(sorted(Counter(v for p in planned for v in p.draft.turn_valence).items()))
    return summary


def _quota_list(rng: random.Random, n: int, shares: dict[str, float]) -> list[str]:
    counts = {k: int(n * v) for k, v in shares.items()}
    first = next(iter(shares))
    counts[first] += n - sum(counts.values())
    out = [k for k, c in counts.items() for _ in range(c)]
    rng.shuffle(out)
    return out


def _plan(rng: random.Random, factory: PiiFactory, n: int, settings: SyntheticSettings) -> list[shapes.Planned]:
    families = [f for f, c in family_quota(n, settings.distress_share, settings.joy_share).items() for _ in range(c)]
    rng.shuffle(families)
    shape_list = _quota_list(rng, n, SHAPE_SHARES)
    # One account pool per shape: separate log sources do not share account ids.
    accounts = {shape: [_account_id(rng, shape) for _ in range(max(1, round(shape_list.count(shape) / settings.conversations_per_account)))]
                for shape in shapes.ACCOUNT_SHAPES}
    ids: set[str] = set()
    planned = []
    for family, shape in zip(families, shape_list, strict=True):
        style = UserStyle(rng)
        draft = BUILDERS[family](rng, style)
        if shape in shapes.SYSTEM_SHAPES and rng.random() < 0.25:
            draft.system = rng.choice(_SYSTEM_PROMPTS)
        account = rng.choice(accounts[shape]) if shape in shapes.ACCOUNT_SHAPES else None
        start = _START + dt.timedelta(seconds=rng.randrange(22 * 86400))
        planned.append(shapes.Planned(
            draft=draft, shape=shape, conversation_id=_conversation_id(rng, shape, ids), account_id=account,
            started_at=start.strftime("%Y-%m-%dT%H:%M:%SZ"), epoch=int(start.timestamp()),
            model=rng.choice(shapes.MODELS[shape]) if shape in shapes.MODELS else "",
        ))
    _plant_pii(rng, factory, planned, settings)
    return planned


def _plant_pii(rng: random.Random, factory: PiiFactory, planned: list[shapes.Planned], settings: SyntheticSettings) -> None:
    n = len(planned)
    with_pii = rng.sample(range(n), round(n * settings.pii_share))
    kinds = list(KINDS)
    rng.shuffle(kinds)  # every kind at least once, then by weight
    weights = [KIND_WEIGHTS[k] for k in KINDS]
    for j, i in enumerate(with_pii):
        first = kinds[j] if j < len(kinds) else rng.choices(KINDS, weights)[0]
        extra = rng.choices(KINDS, weights, k=rng.choice((0, 0, 1, 1, 2)))
        for kind in [first, *extra]:
            _inject(rng, planned[i].draft, plant(rng, factory, kind))
    n_canaries = max(settings.min_canaries, n // settings.conversations_per_canary)
    canary_kinds = list(CANARY_KINDS)
    rng.shuffle(canary_kinds)
    for j, i in enumerate(rng.sample(range(n), n_canaries)):
        _inject(rng, planned[i].draft, plant(rng, factory, canary_kinds[j % len(canary_kinds)], canary=True))


def _inject(rng: random.Random, draft: Draft, planted: Planted) -> None:
    """Put a planted sentence into a user turn (usually the first) and its echo into the reply."""
    users = [i for i, t in enumerate(draft.turns) if t.role == "user"]
    i = users[0] if rng.random() < 0.75 else rng.choice(users)
    turn = draft.turns[i]
    if planted.where == "prefix":
        turn.content = f"{planted.text} {turn.content}"
    elif planted.where == "signature":
        turn.content = f"{turn.content}{planted.text}"
    else:
        turn.content = f"{turn.content} {planted.text}"
    draft.pii.extend(planted.entries)
    if planted.canary:
        draft.canaries.append(planted.canary)
    nxt = i + 1
    if planted.echo and nxt < len(draft.turns) and draft.turns[nxt].valence == "neutral":
        draft.turns[nxt].content = f"{planted.echo} {draft.turns[nxt].content}"
        draft.pii.extend(planted.echo_entries)


def _account_id(rng: random.Random, shape: str) -> str:
    if shape == "wildchat":  # WildChat publishes a hash of the user's IP address
        return _hex(rng, 64)
    if shape == "openai":
        return f"user-{_hex(rng, 10)}"
    return f"acct_{_hex(rng, 12)}"


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _conversation_id(rng: random.Random, shape: str, used: set[str]) -> str:
    alnum = string.ascii_letters + string.digits
    while True:
        cid = {
            "canonical": lambda: f"conv-{_hex(rng, 16)}",
            "openai": lambda: "chatcmpl-" + "".join(rng.choice(alnum) for _ in range(24)),
            "anthropic": lambda: "conv_01" + "".join(rng.choice(alnum) for _ in range(22)),
            "sharegpt": lambda: "".join(rng.choice(alnum) for _ in range(7)),
            "hh_rlhf": lambda: f"hh-{rng.randrange(10**8):08d}",
            "wildchat": lambda: _hex(rng, 32),
        }[shape]()
        if cid not in used:
            used.add(cid)
            return cid


def _truth(file: str, row: int, p: shapes.Planned | None, kind: str = "conversation", shape: str = "",
           reason: str | None = None) -> dict:
    if p is None:
        return {"file": file, "row": row, "kind": kind, "conversation_id": None, "account_id": None, "shape": shape,
                "family": "none", "turn_valence": [], "pii": [], "expected_reason": reason}
    return {"file": file, "row": row, "kind": kind, "conversation_id": p.conversation_id, "account_id": p.account_id,
            "shape": p.shape, "family": p.draft.family, "turn_valence": p.draft.turn_valence,
            "pii": p.draft.pii_entries(), "expected_reason": None}


def _jsonl(records: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


def _write_shape(rng: random.Random, logs: Path, shape: str, planned: list[shapes.Planned], truth: list[dict],
                 summary: GenerationSummary) -> None:
    name = shapes.FILES[shape]
    if shape == "wildchat":
        rows = [shapes.to_wildchat(p, rng) for p in planned]
        (logs / name).write_bytes(shapes.parquet_bytes(rows))
        truth.extend(_truth(name, row, p) for row, p in enumerate(planned))  # Parquet rows count from 0
        return
    records = []
    for p in planned:
        if shape == "anthropic":
            record, skipped = shapes.to_anthropic(p, rng)
            summary.content_blocks_skipped += skipped
        elif shape == "hh_rlhf":
            record = shapes.to_hh_rlhf(p, rng)
        else:
            record = {"canonical": shapes.to_canonical, "openai": shapes.to_openai, "sharegpt": shapes.to_sharegpt}[shape](p)
        records.append(record)
    data = _jsonl(records)
    (logs / name).write_bytes(gzip.compress(data, compresslevel=6, mtime=0) if name.endswith(".gz") else data)
    truth.extend(_truth(name, row, p) for row, p in enumerate(planned, start=1))


def _write_malformed(rng: random.Random, logs: Path, truth: list[dict], summary: GenerationSummary) -> None:
    lines = malformed_lines(rng)
    (logs / MALFORMED_FILE).write_bytes(b"".join(line for line, _, _ in lines))
    for row, (_, reason, shape) in enumerate(lines, start=1):
        truth.append(_truth(MALFORMED_FILE, row, None, "malformed", shape, reason))
    summary.malformed = len(lines)
    summary.malformed_by_reason = dict(sorted(Counter(reason for _, reason, _ in lines).items()))


def _write_broken(rng: random.Random, logs: Path, truth: list[dict]) -> None:
    """Three readable canonical records (no PII), then a stream cut inside the next ones."""
    planned = []
    for _ in range(5):
        draft = ordinary_task(rng, UserStyle(rng))
        planned.append(shapes.Planned(draft, "canonical", _conversation_id(rng, "canonical", set()), _account_id(rng, "canonical"),
                                      "2026-11-20T09:00:00Z", 0, "assistant-small-2026-06"))
    lines = [_jsonl([shapes.to_canonical(p)]) for p in planned]
    (logs / BROKEN_FILE).write_bytes(truncated_gzip(lines[:3], lines[3:]))
    for row, p in enumerate(planned[:3], start=1):
        truth.append(_truth(BROKEN_FILE, row, p))
    truth.append(_truth(BROKEN_FILE, 4, None, "broken", "canonical", "broken_file"))
