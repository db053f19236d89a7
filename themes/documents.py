"""A flagged event's trigger context as a document: normalised text and vocabulary terms.

The text is already redacted. Placeholders (``<PERSON_1>``, ``<EMAIL_ADDRESS_2>``) are normalised
to one token per type (``[person]``, ``[email_address]``), so numbering, which differs between
conversations, does not pull embeddings apart, and no placeholder can become a keyword.

Vocabulary terms are what labels may be built from: lower-case words and two-word phrases,
without stop words, numbers or anything shaped like an identifier (digits, underscores, dots,
``@``, slashes, inner capitals, very long runs). Whether a term may be *published* is decided
later, per theme, by how many distinct accounts use it (:mod:`themes.labels`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from schemas import ExpressionEvent

_PLACEHOLDER = re.compile(r"<([A-Z][A-Z_]*?)_\d+>")
_NORMALISED = re.compile(r"\[[a-z_]+\]")
_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"[A-Za-z][a-z]*(?:['\u2019-][a-z]+)*")
MAX_WORD_CHARS = 20
STOP_WORDS_FILE = Path(__file__).resolve().parent / "data" / "stop_words.txt"


def _read_words(path: Path) -> frozenset[str]:
    return frozenset(w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#"))


STOP_WORDS = frozenset(ENGLISH_STOP_WORDS) | _read_words(STOP_WORDS_FILE)


def normalise_placeholders(text: str) -> str:
    """``<PERSON_1>`` -> ``[person]``: one token per entity type."""
    return _PLACEHOLDER.sub(lambda m: f"[{m.group(1).lower()}]", text)


def trigger_text(context: Sequence[str]) -> str:
    """The trigger context of an event (its preceding user turns, oldest first) as one text."""
    return normalise_placeholders("\n".join(context))


def _word(token: str) -> str | None:
    """The token as a vocabulary word, or None when it is a placeholder, a number or identifier-shaped."""
    if _NORMALISED.search(token):  # a placeholder, with or without punctuation around it
        return None
    core = token.strip(".,;:!?\"'()[]{}*`<>\u201c\u201d\u2018\u2019")
    if not core or len(core) > MAX_WORD_CHARS:
        return None
    if not _WORD.fullmatch(core):  # digits, underscores, dots, @, slashes, inner capitals ...
        return None
    word = core.lower().replace("\u2019", "'")
    return None if word.replace("'", "") in STOP_WORDS or word in STOP_WORDS or len(word) < 3 else word


def vocabulary_terms(text: str) -> frozenset[str]:
    """The words and adjacent two-word phrases of ``text`` that a label could use."""
    words = [_word(t) for t in _TOKEN.findall(text)]
    terms = {w for w in words if w}
    terms.update(f"{a} {b}" for a, b in pairwise(words) if a and b and a != b)
    return frozenset(terms)


@dataclass(frozen=True, slots=True)
class TriggerDoc:
    """What the themes stage knows of one flagged event. Holds redacted text only.

    Attributes:
        event_key: ``conversation_key:turn_index:valence``, unique per event.
        valence: ``distress`` or ``joy``.
        conversation_key: Pseudonymous conversation key.
        account_key: Pseudonymous account key.
        text: The normalised trigger context.
        score: The classifier's score.
        turn_index: The flagged turn's position in its conversation.
        after_declined_repeat: The user repeated a request the assistant had already declined.
        terms: The text's vocabulary terms (computed from ``text`` when not given); they outlive
            the text, which :meth:`without_text` drops once the context is embedded.
    """

    event_key: str
    valence: str
    conversation_key: str
    account_key: str
    text: str
    score: float
    turn_index: int
    after_declined_repeat: bool
    terms: frozenset[str] | None = None

    def __post_init__(self) -> None:
        if self.terms is None:
            object.__setattr__(self, "terms", vocabulary_terms(self.text))

    def without_text(self) -> TriggerDoc:
        """The same event without its text: what travels after embedding (smaller, and no text)."""
        return replace(self, text="")


def trigger_doc(event: ExpressionEvent) -> TriggerDoc:
    """The themes stage's view of an ExpressionEvent."""
    return TriggerDoc(
        event_key=f"{event.conversation_key}:{event.turn_index}:{event.valence}",
        valence=event.valence,
        conversation_key=event.conversation_key,
        account_key=event.account_key,
        text=trigger_text(event.trigger_context),
        score=event.score,
        turn_index=event.turn_index,
        after_declined_repeat=event.after_declined_repeat,
    )
