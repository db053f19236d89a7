"""Planted trigger families as flagged events, for the themes benchmark and tests.

Each distress and joy family of the generator (persistent harmful requests, abuse, stuck
debugging, nonsense; creative collaboration, philosophy, problems solved together, warm thanks)
is built into conversations; every assistant turn the family marks as distress or joy becomes one
event with its family as the ground truth, its preceding user turn as the trigger context, and an
account drawn from a shared pool (so accounts span families, as real users do).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from synthetic.draft import NEUTRAL
from synthetic.families import GROUPS, distress, joy
from synthetic.text import UserStyle


@dataclass(frozen=True)
class PlantedTrigger:
    """One flagged assistant turn of a generated conversation, with its family."""

    family: str
    valence: str
    conversation_id: str
    account_id: str
    turn_index: int
    messages: tuple[tuple[str, str], ...]
    """``(role, text)`` of the conversation up to and including the flagged turn."""

    @property
    def context(self) -> tuple[str, ...]:
        """The user turn before the flagged one (the trigger context the pipeline keeps by default)."""
        users = [text for role, text in self.messages[:-1] if role == "user"]
        return tuple(users[-1:])


def planted_triggers(per_family: int, accounts: int, seed: int) -> list[PlantedTrigger]:
    """``per_family`` conversations of every distress and joy family, each flagged turn an event."""
    rng = random.Random(seed)
    pool = [f"acct-{i:05d}" for i in range(accounts)]
    events = []
    for family, build in sorted({**distress.BUILDERS, **joy.BUILDERS}.items()):
        for n in range(per_family):
            draft = build(rng, UserStyle(rng))
            conversation = f"{family}-{n:05d}"
            account = rng.choice(pool)
            messages: list[tuple[str, str]] = []
            for index, turn in enumerate(draft.turns):
                messages.append((turn.role, turn.content))
                if turn.role == "assistant" and turn.valence != NEUTRAL:
                    events.append(PlantedTrigger(family, GROUPS[family], conversation, account, index, tuple(messages)))
    return events
