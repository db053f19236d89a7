"""Whether a user is persisting with a request the assistant already declined.

Anthropic's distress themes turned on persistence (users repeating harmful requests after
refusals), so every event records whether its trigger came after such a repeat. A turn counts
when an earlier assistant turn of the conversation opened with a decline and the user's latest
turn either shares much of its wording with the request that was declined (content-word Jaccard
similarity at least ``SIMILARITY``) or pushes back ("just answer", "I said", "hypothetically").
Markers live in ``classifiers/data/persistence_markers.toml``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

MARKERS_FILE = Path(__file__).resolve().parent / "data" / "persistence_markers.toml"
SIMILARITY = 0.3
DECLINE_WINDOW = 300  # characters at the start of an assistant turn where a decline is looked for
RECENT_DECLINES = 5
_CONTENT = re.compile(r"[a-z][a-z']{2,}")
_FUNCTION = frozenset("the and for you your with that this what how can could would will are was have has "
                      "not but from about just tell give make me my i it its is to of in on a an do".split())


@lru_cache(maxsize=2)
def _patterns(path: Path = MARKERS_FILE) -> tuple[re.Pattern[str], re.Pattern[str]]:
    with open(path, "rb") as fh:
        markers = tomllib.load(fh)["markers"]

    def compile_(words: list[str]) -> re.Pattern[str]:
        return re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w'])", re.IGNORECASE)

    return compile_(markers["decline"]), compile_(markers["pushback"])


def _content_words(text: str) -> set[str]:
    return {w for w in _CONTENT.findall(text.lower().replace("\u2019", "'")) if w not in _FUNCTION}


def _similar(a: str, b: str) -> bool:
    wa, wb = _content_words(a), _content_words(b)
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= SIMILARITY


def declined_repeats(messages: Sequence[tuple[str, str]]) -> list[bool]:
    """Per message, whether it is an assistant turn answering a user who persists after a decline.

    One pass over the conversation; each user turn is compared with the last ``RECENT_DECLINES``
    declined requests only, so a very long conversation costs linear time.

    Args:
        messages: ``(role, text)`` of the conversation.
    """
    decline, pushback = _patterns()
    flags = [False] * len(messages)
    declined: list[str] = []  # requests the assistant declined, most recent last
    request, persisting = None, False
    for i, (role, text) in enumerate(messages):
        if role == "user":
            request = text
            persisting = bool(declined) and (bool(pushback.search(text)) or
                                             any(_similar(text, d) for d in declined[-RECENT_DECLINES:]))
        elif role == "assistant":
            flags[i] = persisting
            if request is not None and decline.search(text[:DECLINE_WINDOW]):
                declined.append(request)
    return flags
