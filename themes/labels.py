"""Keywords and a short label per theme, from k-anonymous vocabulary only, chosen by c-TF-IDF.

Labelling happens after clustering and never changes it. Only terms that at least ``k_accounts``
distinct accounts of the theme used are candidates (:meth:`themes.stats.ThemeStats.publishable_terms`),
so no rare string (a name the redactor missed, a password, an address) can reach a label. Terms
are ranked by class-based TF-IDF (Grootendorst 2022, as in BERTopic): a term's frequency in the
theme, weighted by ``log(1 + A / f)`` with ``A`` the mean number of term uses per theme and ``f``
the term's uses across all themes of the valence. A term that shares a word with a keyword
already chosen is skipped, so "weapon" and "weapon instructions" do not both appear.

A phrase labeler (off by default) may rewrite the keywords as a phrase; it sees keywords only.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Protocol


class PhraseLabeler(Protocol):
    """Turns a theme's k-anonymous keywords into a phrase; never sees any conversation text."""

    def phrase(self, valence: str, keywords: Sequence[str]) -> str: ...


def ctfidf_keywords(themes: Sequence[Mapping[str, int]], top: int) -> list[list[str]]:
    """The ``top`` keywords of each theme from its publishable term counts (one mapping per theme)."""
    totals: dict[str, int] = {}
    for counts in themes:
        for term, n in counts.items():
            totals[term] = totals.get(term, 0) + n
    mean_uses = sum(totals.values()) / max(1, len(themes))
    ranked = []
    for counts in themes:
        size = sum(counts.values()) or 1
        scores = {t: (n / size) * math.log(1 + mean_uses / totals[t]) for t, n in counts.items()}
        order = sorted(scores, key=lambda t: (-scores[t], t))
        chosen: list[str] = []
        covered: set[str] = set()
        for term in order:
            words = set(term.split())
            if words & covered:
                continue
            chosen.append(term)
            covered |= words
            if len(chosen) == top:
                break
        ranked.append(chosen)
    return ranked


def short_label(keywords: Sequence[str], terms: int, valence: str, labeler: PhraseLabeler | None = None) -> str:
    """The theme's label: its first ``terms`` keywords, or the labeler's phrase for them."""
    if not keywords:
        return ""
    if labeler is not None:
        return labeler.phrase(valence, list(keywords))
    return " / ".join(keywords[:terms])
