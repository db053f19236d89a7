"""The real labeled set as the classifier sees it in the pipeline: redacted first.

The pipeline scores redacted text (placeholders such as ``<PERSON_1>`` in place), so the model is
trained, calibrated and judged on the same: every labeled conversation goes through the project's
redactor with the run's redaction settings. Redaction takes minutes, so the redacted texts are
cached under ``~/.cache/expression-miner/real_redacted/``: one file per redaction settings,
analyzer configuration and package version, one entry per conversation prefix (its id and
length; the texts behind an id are fixed by their hashes), so labeling more turns redacts only the
conversations that are new. The cache holds redacted public texts only.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path

from classifiers.real_set import LABELS_FILE, RealTurn, load_real_set, turn_inputs
from classifiers.types import TurnInput
from privacy.analyzer_config import DEFAULT_CONFIG as DEFAULT_ANALYZER_CONFIG
from privacy.pseudonyms import Pseudonymizer
from privacy.redactor import Redactor
from privacy.settings import RedactionSettings
from schemas import Conversation, Message

log = logging.getLogger("expression_miner.training_data")
DEFAULT_CACHE_DIR = Path.home() / ".cache" / "expression-miner" / "real_redacted"
_KEY = b"real-set-redaction-only-0000000000"  # pseudonyms are not used: only the texts are kept


class ConversationRedactor:
    """Redacts ``(role, text)`` conversations as the pipeline would; the redactor is built once.

    Calling it returns each conversation's redacted message texts, or None where the pipeline
    would dead-letter the conversation.
    """

    def __init__(self, settings: RedactionSettings, batch: int = 64):
        self._redactor = Redactor(settings, Pseudonymizer(_KEY))
        self._batch = batch

    def __call__(self, conversations: Sequence[Sequence[tuple[str, str]]]) -> list[list[str] | None]:
        out: list[list[str] | None] = []
        for start in range(0, len(conversations), self._batch):
            chunk = [Conversation(f"c{start + i}", tuple(Message(r, t) for r, t in conv))
                     for i, conv in enumerate(conversations[start:start + self._batch])]
            for result in self._redactor.redact_batch(chunk):
                messages = getattr(result, "messages", None)
                out.append([m.content for m in messages] if messages is not None else None)
        return out


def _cache_file(cache_dir: Path, settings: RedactionSettings) -> Path:
    digest = hashlib.sha256()
    digest.update(settings.model_dump_json().encode())
    digest.update(Path(settings.analyzer_config or DEFAULT_ANALYZER_CONFIG).read_bytes())
    digest.update(metadata.version("expression-miner").encode())
    return cache_dir / f"{digest.hexdigest()[:24]}.json"


def _conversation_key(turn: RealTurn) -> str:
    return turn.id.rsplit("|", 1)[0]


def redacted_real_set(
    pool_dir: Path, settings: RedactionSettings, context_turns: int, *,
    labels_file: Path = LABELS_FILE, cache_dir: Path | None = DEFAULT_CACHE_DIR, require_all: bool = True,
) -> list[tuple[RealTurn, TurnInput]]:
    """The labeled turns with their redacted TurnInput; turns the redactor dead-letters are left out.

    Raises:
        ValueError: a text is missing or does not match its hash (see :func:`load_real_set`).
    """
    turns = load_real_set(pool_dir, labels_file, require_all=require_all)
    # One redaction per conversation: its longest labeled prefix, which every shorter one is part of.
    longest: dict[str, tuple[tuple[str, str], ...]] = {}
    for t in turns:
        conversation = _conversation_key(t)
        if len(t.conversation) > len(longest.get(conversation, ())):
            longest[conversation] = t.conversation
    entry = {conversation: f"{conversation}|{len(messages)}" for conversation, messages in longest.items()}
    cache = _cache_file(cache_dir, settings) if cache_dir else None
    redacted: dict[str, list[str] | None] = json.loads(cache.read_text()) if cache and cache.is_file() else {}
    todo = [c for c in longest if entry[c] not in redacted]
    if todo:
        log.info("redacting %d labeled conversations (cached afterwards)", len(todo))
        redacted.update(zip((entry[c] for c in todo), ConversationRedactor(settings)([longest[c] for c in todo])))
        if cache:
            cache.parent.mkdir(parents=True, exist_ok=True)
            cache.write_text(json.dumps(redacted))
    out = []
    for t in turns:
        messages = redacted[entry[_conversation_key(t)]]
        if messages is None:
            continue
        conversation = [(role, messages[i]) for i, (role, _) in enumerate(t.conversation)]
        out.append((t, turn_inputs([conversation], context_turns)[0]))
    dropped = len(turns) - len(out)
    if dropped:
        log.info("%d labeled turns left out: the redactor dead-letters their conversations", dropped)
    return out
