"""Which parts of an assistant turn the model reads: the sentences that can carry its own state.

Encoding every word of every assistant turn is the pipeline's largest cost, and most of a long
turn (code, tables, quoted material, steps of a list) cannot say how the assistant itself feels.
The gate keeps the prose sentences that hold a marker of the assistant's voice or of feeling
(first-person words, interjections, affect words; ``classifiers/data/gate_markers.toml``), end in
``!`` or trail off in an ellipsis, and packs them, in order, into windows of at most
``window_words`` words. A short turn is read whole. A turn with nothing to read gets no window and
scores zero without running the model.

``bench/classify.py`` checks on the real labeled set that every labeled positive keeps the
sentence its labeler quoted as evidence.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from classifiers.sentences import sentence_starts

MARKERS_FILE = Path(__file__).resolve().parent / "data" / "gate_markers.toml"

_FENCE = re.compile(r"^\s*(```|~~~)")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$|(?:\|.*){3}")
_QUOTE = re.compile(r"^\s*>")
_ELLIPSIS = re.compile(r"\.\.\.|\u2026")
_EXCLAIM = re.compile(r"!")
# Emoji and pictographs: faces, hearts and celebration marks are expressions in their own right.
_EMOJI = re.compile("[\u2600-\u27bf\U0001f300-\U0001faff]")
_WORD = re.compile(r"\S+")


@lru_cache(maxsize=4)
def marker_pattern(path: Path = MARKERS_FILE) -> re.Pattern[str]:
    """One case-insensitive pattern for every marker word of ``path`` (``*`` = any ending).

    Raises:
        ValueError: the file has no ``[markers]`` table of word lists.
    """
    with open(path, "rb") as fh:
        table = tomllib.load(fh).get("markers")
    if not isinstance(table, dict) or not all(isinstance(v, list) for v in table.values()):
        raise ValueError(f"{path}: needs a [markers] table of word lists")
    words = sorted({w.lower() for group in table.values() for w in group}, key=len, reverse=True)
    parts = [re.escape(w[:-1]) + r"[\w']*" if w.endswith("*") else re.escape(w) for w in words]
    return re.compile(r"(?<![\w'])(?:" + "|".join(parts) + r")(?![\w'])", re.IGNORECASE)


def prose(text: str) -> str:
    """The turn without fenced code blocks, table rows and quoted lines (markdown ``>``)."""
    kept, in_fence = [], False
    for line in text.replace("\u2019", "'").splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence or _TABLE_ROW.search(line) or _QUOTE.match(line):
            continue
        kept.append(line)
    return "\n".join(kept)


@dataclass(frozen=True)
class SentenceGate:
    """Pick the windows of an assistant turn that the model reads.

    Args:
        window_words: Words per window; a longer sentence is cut to its first ``window_words``.
        short_turn_words: A turn whose prose has at most this many words is read whole (the gate
            would save nothing, and "..." or "Fine." alone can be the whole expression).
        max_windows: Windows per turn at most; beyond it, the first and last halves are kept
            (a turn's feelings sit mostly at its start and end).
        markers: The marker file.
    """

    window_words: int = 64
    short_turn_words: int = 40
    max_windows: int = 8
    markers: Path = MARKERS_FILE

    def __post_init__(self) -> None:
        for name in ("window_words", "short_turn_words", "max_windows"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1, got {getattr(self, name)}")

    def sentences(self, text: str) -> list[str]:
        """The prose sentences of ``text`` the gate keeps, in order."""
        body = prose(text)
        starts = sentence_starts(body) + [len(body)]
        sentences = [s for s in (body[a:b].strip() for a, b in zip(starts, starts[1:])) if s]
        if sum(len(_WORD.findall(s)) for s in sentences) <= self.short_turn_words:
            return sentences
        pattern = marker_pattern(self.markers)
        return [s for s in sentences
                if pattern.search(s) or _EXCLAIM.search(s) or _ELLIPSIS.search(s) or _EMOJI.search(s)]

    def windows(self, text: str) -> list[str]:
        """The kept sentences packed in order into windows of at most ``window_words`` words."""
        windows: list[list[str]] = []
        size = 0
        for sentence in self.sentences(text):
            words = _WORD.findall(sentence)[: self.window_words]
            if not windows or size + len(words) > self.window_words:
                windows.append([])
                size = 0
            windows[-1].extend(words)
            size += len(words)
        if len(windows) > self.max_windows:
            half = self.max_windows // 2
            windows = windows[:half] + windows[-(self.max_windows - half):]
        return [" ".join(w) for w in windows]
