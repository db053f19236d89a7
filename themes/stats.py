"""Per-theme aggregates, as a mergeable accumulator (in one process, or as a Beam CombineFn).

Counts distinct conversations and accounts exactly (the publication thresholds depend on them),
and, per vocabulary term, how many events use it and which accounts do, up to ``k_accounts`` of
them: a term is publishable once ``k_accounts`` distinct accounts use it, so more need not be kept.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field

from themes.documents import TriggerDoc


@dataclass
class TermCount:
    """How many events of a theme use a term, and (up to ``cap``) which accounts."""

    events: int = 0
    accounts: set[str] = field(default_factory=set)

    def add(self, account: str, cap: int) -> None:
        self.events += 1
        if len(self.accounts) < cap:
            self.accounts.add(account)

    def merge(self, other: TermCount, cap: int) -> None:
        self.events += other.events
        for account in other.accounts:
            if len(self.accounts) >= cap:
                break
            self.accounts.add(account)


@dataclass
class ThemeStats:
    """What one theme's events add up to.

    Args:
        account_cap: Accounts remembered per term (``k_accounts``).
    """

    account_cap: int
    events: int = 0
    conversations: set[str] = field(default_factory=set)
    accounts: set[str] = field(default_factory=set)
    score_sum: float = 0.0
    turn_positions: Counter[int] = field(default_factory=Counter)
    declined_repeats: int = 0
    terms: dict[str, TermCount] = field(default_factory=dict)

    def add(self, doc: TriggerDoc) -> ThemeStats:
        self.events += 1
        self.conversations.add(doc.conversation_key)
        self.accounts.add(doc.account_key)
        self.score_sum += doc.score
        self.turn_positions[doc.turn_index] += 1
        self.declined_repeats += int(doc.after_declined_repeat)
        for term in doc.terms:
            self.terms.setdefault(term, TermCount()).add(doc.account_key, self.account_cap)
        return self

    def merge(self, other: ThemeStats) -> ThemeStats:
        self.events += other.events
        self.conversations |= other.conversations
        self.accounts |= other.accounts
        self.score_sum += other.score_sum
        self.turn_positions.update(other.turn_positions)
        self.declined_repeats += other.declined_repeats
        for term, count in other.terms.items():
            self.terms.setdefault(term, TermCount()).merge(count, self.account_cap)
        return self

    @property
    def mean_score(self) -> float:
        return self.score_sum / self.events if self.events else 0.0

    @property
    def median_turn_index(self) -> float:
        return float(statistics.median(self.turn_positions.elements())) if self.events else 0.0

    @property
    def persistence_share(self) -> float:
        return self.declined_repeats / self.events if self.events else 0.0

    def publishable_terms(self, k_accounts: int) -> dict[str, int]:
        """Term -> events using it, for the terms at least ``k_accounts`` distinct accounts use."""
        return {t: c.events for t, c in self.terms.items() if len(c.accounts) >= k_accounts}
