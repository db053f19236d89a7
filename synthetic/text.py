"""Slot filling and light noise for template text.

Templates are plain strings with ``{slot}`` markers. ``fill`` replaces each marker by a random
choice from a slot bank (choices may hold markers of their own) or by a fixed value passed in.
Markers naming no bank are left as they are, so code snippets with braces survive.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence

_SLOT = re.compile(r"\{(\w+)\}")
_MAX_DEPTH = 5

Bank = Mapping[str, Sequence[str]]


def fill(rng: random.Random, template: str, bank: Bank, fixed: Mapping[str, str] | None = None) -> str:
    """Fill every ``{slot}`` of ``template`` from ``fixed`` first, then from ``bank``.

    Args:
        rng: The generator's random source (the only one, for determinism).
        template: Text with ``{slot}`` markers.
        bank: Slot name -> choices; a choice may itself contain markers (up to 5 levels).
        fixed: Values used as they are (never expanded further), e.g. planted PII.
    """
    return _fill(rng, template, bank, fixed or {}, 0)


def _fill(rng: random.Random, template: str, bank: Bank, fixed: Mapping[str, str], depth: int) -> str:
    def replace(match: re.Match[str]) -> str:
        key = match.group(1)
        if key in fixed:
            return fixed[key]
        if key not in bank:
            return match.group(0)
        choice = rng.choice(bank[key])
        return _fill(rng, choice, bank, fixed, depth + 1) if depth < _MAX_DEPTH else choice

    return _SLOT.sub(replace, template)


def pick(rng: random.Random, options: Sequence[str], bank: Bank, fixed: Mapping[str, str] | None = None) -> str:
    """A random template from ``options``, filled."""
    return fill(rng, rng.choice(options), bank, fixed)


def sentences(rng: random.Random, pool: Sequence[str], k_min: int, k_max: int, bank: Bank) -> str:
    """``k_min``..``k_max`` distinct templates from ``pool``, filled and joined by spaces."""
    k = min(len(pool), rng.randint(k_min, k_max))
    return " ".join(fill(rng, t, bank) for t in rng.sample(list(pool), k))


_EMOJI = ("🙂", "😅", "🙏", "😂", "👍", "🤔", "😊", "🔥", "😬", "🥲", "✨", "💀")
_CASUAL = (
    (re.compile(r"\byou\b"), "u"),
    (re.compile(r"\bplease\b"), "pls"),
    (re.compile(r"\bthanks\b"), "thx"),
    (re.compile(r"\bbecause\b"), "bc"),
    (re.compile(r"\bI don't know\b"), "idk"),
    (re.compile(r"\bto be honest\b"), "tbh"),
)


class UserStyle:
    """How one user types, fixed for a whole conversation (people are consistent)."""

    def __init__(self, rng: random.Random):
        self.lowercase = rng.random() < 0.18
        self.casual = rng.random() < 0.15
        self.typos = rng.random() < 0.2
        self.emoji = rng.random() < 0.08
        self.no_final_punct = rng.random() < 0.2

    def apply(self, rng: random.Random, text: str) -> str:
        """``text`` as this user would type it."""
        if self.casual:
            for pattern, short in _CASUAL:
                text = pattern.sub(short, text)
        if self.typos and rng.random() < 0.5:
            text = typo(rng, text)
        if self.lowercase:
            text = text.lower()
        if self.no_final_punct and text[-1:] in ".!":
            text = text[:-1]
        if self.emoji and rng.random() < 0.5:
            text = f"{text} {rng.choice(_EMOJI)}"
        return text


def typo(rng: random.Random, text: str) -> str:
    """Swap two adjacent letters inside one longer word (only words of plain letters)."""
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)
