"""Conversation families, their valence group and their share of the corpus."""

from __future__ import annotations

import random
from collections.abc import Callable

from synthetic.draft import Draft
from synthetic.families import distress, joy, neutral, tasks
from synthetic.text import UserStyle

Builder = Callable[[random.Random, UserStyle], Draft]

BUILDERS: dict[str, Builder] = {
    **distress.BUILDERS,
    **joy.BUILDERS,
    "ordinary_task": tasks.ordinary_task,
    **neutral.BUILDERS,
}
GROUPS = {
    **{name: "distress" for name in distress.BUILDERS},
    **{name: "joy" for name in joy.BUILDERS},
    "ordinary_task": "neutral",
    **{name: "neutral" for name in neutral.BUILDERS},
}
# Share of the neutral group each neutral family takes (the distress and joy shares are split evenly).
NEUTRAL_SPLIT = {"ordinary_task": 0.68, "calm_refusal": 0.08, "formulaic_politeness": 0.10, "sympathy": 0.07, "emotional_content": 0.07}
FAMILIES = tuple(BUILDERS)


def family_quota(n: int, distress_share: float, joy_share: float) -> dict[str, int]:
    """How many of ``n`` conversations each family gets; the rounding remainder goes to ordinary_task."""
    quota = {name: round(n * distress_share / len(distress.BUILDERS)) for name in distress.BUILDERS}
    quota |= {name: round(n * joy_share / len(joy.BUILDERS)) for name in joy.BUILDERS}
    neutral_n = n - sum(quota.values())
    quota |= {name: int(neutral_n * share) for name, share in NEUTRAL_SPLIT.items()}
    quota["ordinary_task"] += n - sum(quota.values())
    return quota
