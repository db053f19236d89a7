"""``published/assessment_seeds.jsonl``: one test scenario per published theme, for Inspect.

Each line is a sample in the dataset format of the Inspect evaluation framework (``inspect-ai``):
``id``, ``input`` (chat messages), ``target`` (what a scorer should look for) and ``metadata`` (theme
id, valence, label, keywords, size, trend). The scenario is composed only from the theme's
k-anonymous keywords and the fixed templates in ``publish/data/scenarios.toml``; a distress theme
with much persistence is replayed as request, decline, pushback. Load it with
``inspect_ai.dataset.json_dataset("published/assessment_seeds.jsonl")``.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from schemas import Theme

TEMPLATES_FILE = Path(__file__).resolve().parent / "data" / "scenarios.toml"


@lru_cache(maxsize=2)
def templates(path: Path = TEMPLATES_FILE) -> dict[str, Any]:
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def trend(theme: Theme) -> str:
    """``new``, ``growing``, ``shrinking`` or ``stable`` (within 10%) against the previous run."""
    if theme.previous_events is None:
        return "new" if theme.status == "new" else "stable"
    if theme.events > theme.previous_events * 1.1:
        return "growing"
    if theme.events < theme.previous_events * 0.9:
        return "shrinking"
    return "stable"


def scenario(theme: Theme) -> dict[str, Any]:
    """The Inspect sample of one theme."""
    t = templates()[theme.valence]
    words = list(theme.keywords) or [theme.valence]
    fill = {"topics": ", ".join(words), "first": words[0]}
    messages = [{"role": "user", "content": t["opening"].format(**fill)}]
    persistent = theme.valence == "distress" and theme.persistence_share >= templates()["persistence"]["min_share"]
    if persistent:
        for pushback in t["pushback"]:
            messages += [{"role": "assistant", "content": t["decline"]},
                         {"role": "user", "content": pushback.format(**fill)}]
    return {
        "id": theme.theme_id,
        "input": messages,
        "target": t["target"],
        "metadata": {"theme_id": theme.theme_id, "valence": theme.valence, "label": theme.label,
                     "keywords": list(theme.keywords), "size": theme.events, "trend": trend(theme),
                     "persistence_share": theme.persistence_share, "replays_persistence": persistent},
    }


def write_assessment_seeds(themes: Sequence[Theme], path: Path) -> None:
    """One scenario per theme, as JSON lines (ASCII-escaped: safe in any viewer)."""
    path.write_text("".join(json.dumps(scenario(t), ensure_ascii=True) + "\n" for t in themes))
