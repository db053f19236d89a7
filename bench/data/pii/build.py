"""Build the labelled conversational PII benchmark: writes dev.jsonl and test.jsonl here.

Run: ``python bench/data/pii/build.py`` (deterministic: same data, same code, same files).

Each line is ``{"id", "role", "text", "spans": [{"start", "end", "type"}], "template", "no_pii"}``.
The content is data: ``rounds/base.toml`` holds the dev/test templates and pools, and
``rounds/extra.toml``, ``rounds/round03.toml`` ... ``rounds/round13.toml`` the dev-only rounds
(pools, templates, counts, first template index, RNG seed, slot prefix and declared disjointness
checks; read by ``pii_data.py``). This file is the engine: templates are filled with slot values
from the generators (``pii_values.py``, ``pii_secrets.py``, ``pii_lookalikes.py``, a
``gen_<round>.py`` per round, and the slots the data files declare, ``pii_slots.py``). Offsets are
computed while joining pieces, so they are exact by construction, and every render is checked: a
gold value must not also appear unlabelled elsewhere in the message.

Order of RNG use (byte identity depends on it): dev, then test, from ``pii-bench-dev`` and
``pii-bench-test``; then each dev-only round in order of its ``first_index``, from its own RNG
(``rng`` in its data file), appended to dev after test is built, so test.jsonl does not change
when a round does.

Leakage control between splits:
  * templates: within each category, even-position templates go to dev, odd to test;
  * slot values: names, streets, handles, domains and password words come from disjoint
    dev/test pools, and every generated value (numbers, keys, e-mails) is unique across both.
See README.md in this folder for the labelling rules and the data format.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from random import Random
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pii_data
import pii_pools
import pii_slots
from pii_common import Ctx
from pii_lookalikes import LOOKALIKE_GENERATORS
from pii_numbers import iban_ok, luhn_ok
from pii_values import GENERATORS

SLOT = re.compile(r"\{\{([a-z_]+?)(\d*)(?:\.([a-z_]+))?\}\}")
ALL_GENERATORS = {**GENERATORS, **LOOKALIKE_GENERATORS, **pii_slots.slot_generators("base")}
SPLITS = ("dev", "test")
LOWERCASE_SHARE = 0.12
# Types kept verbatim when a message is lowercased (case is part of the value).
LOWERCASE_NEVER = {"secret", "username", "ip", "url"}
CASE_SENSITIVE = {"SECRET", "URL", "ID_NUMBER", "IBAN_CODE", "USERNAME", "EMAIL_ADDRESS"}


def split_templates(templates: list[tuple[str, str, str]], split: int) -> list[tuple[str, str, str, str]]:
    """Return (template_id, category, role, text) for one split: alternate positions per category."""
    seen: dict[str, int] = {}
    out = []
    for category, role, text in templates:
        i = seen.get(category, 0)
        seen[category] = i + 1
        if i % 2 == split:
            out.append((f"{category}_{i:02d}", category, role, text))
    return out


def render(text: str, ctx: Ctx, lowercase: bool) -> tuple[str, list[dict]]:
    """Fill the slots of ``text``; return the message and its gold spans."""
    instances: dict[str, dict] = {}
    pieces: list[tuple[str, str | None]] = []
    pos = 0
    for m in SLOT.finditer(text):
        pieces.append((text[pos:m.start()], None))
        kind, num, attr = m.group(1), m.group(2), m.group(3) or "v"
        key = kind + num
        if key not in instances:
            if kind not in ALL_GENERATORS:
                raise ValueError(f"template slot names unknown generator {kind}")
            instances[key] = ALL_GENERATORS[kind](ctx)
        pieces.extend(instances[key][attr])
        pos = m.end()
    pieces.append((text[pos:], None))
    out, spans, offset = [], [], 0
    for piece, typ in pieces:
        if lowercase and typ not in CASE_SENSITIVE and len(piece.lower()) == len(piece):
            piece = piece.lower()
        if typ is not None and piece:
            spans.append({"start": offset, "end": offset + len(piece), "type": typ})
        out.append(piece)
        offset += len(piece)
    return "".join(out), spans


def value_occurs_outside(text: str, spans: list[dict]) -> bool:
    """True if some gold value also appears, as a whole token, outside every gold span."""
    for s in spans:
        value = text[s["start"]:s["end"]]
        for m in re.finditer(rf"(?<![\w]){re.escape(value)}(?![\w])", text):
            if not any(o["start"] <= m.start() and m.end() <= o["end"] for o in spans):
                return True
    return False


def check_values(text: str, spans: list[dict]) -> None:
    """Raise ValueError if a checksummed gold value is invalid (a builder bug)."""
    for s in spans:
        value = text[s["start"]:s["end"]]
        if s["type"] == "CREDIT_CARD" and not luhn_ok(re.sub(r"\D", "", value)):
            raise ValueError("card fails Luhn")
        if s["type"] == "IBAN_CODE" and not iban_ok(value):
            raise ValueError("IBAN fails mod-97")
        if value != value.strip() or not value:
            raise ValueError("gold span has surrounding whitespace")


def render_rows(rng: Random, ctx: Ctx, plan: list[tuple[list[tuple[str, str, str, str]], int, bool]]) -> list[dict]:
    """Render ``n`` messages from each (templates, n, no_pii) in ``plan``, cycling through the templates."""
    rows = []
    for chosen, n, no_pii in plan:
        for k in range(n):
            tid, category, role, text = chosen[k % len(chosen)]
            # Only chatty one-line user messages get lowercased; code and logs keep their case.
            casual = role == "user" and "\n" not in text and "=" not in text and category not in LOWERCASE_NEVER
            for _ in range(50):
                lowercase = casual and rng.random() < LOWERCASE_SHARE
                message, spans = render(text, ctx, lowercase)
                if not value_occurs_outside(message, spans):
                    break
            else:
                raise RuntimeError(f"template {tid} keeps rendering a gold value outside its span")
            if no_pii and spans:
                raise ValueError(f"no-PII template {tid} produced a gold span")
            if not no_pii and not spans:
                raise ValueError(f"PII template {tid} produced no gold span")
            check_values(message, spans)
            rows.append({"role": role, "text": message, "spans": spans, "template": tid, "no_pii": no_pii})
    rng.shuffle(rows)
    return rows


def build_split(split: int, ctx_seen: set[str]) -> list[dict]:
    base = pii_data.load("base")
    rng = Random(base["rng"][SPLITS[split]])
    ctx = Ctx(rng=rng, split=split, seen=ctx_seen)
    plan = [(split_templates(pii_data.templates("base", "pii"), split), base["n_pii"], False),
            (split_templates(pii_data.templates("base", "nopii"), split), base["n_nopii"], True)]
    rows = render_rows(rng, ctx, plan)
    return [{"id": f"{SPLITS[split]}-{i:04d}", **row} for i, row in enumerate(rows)]


def number_extra(templates: list[tuple[str, str, str]], first: int) -> list[tuple[str, str, str, str]]:
    """(template_id, category, role, text) with ids numbered per category from ``first``."""
    seen: dict[str, int] = {}
    out = []
    for category, role, text in templates:
        i = first + seen.get(category, 0)
        seen[category] = seen.get(category, 0) + 1
        out.append((f"{category}_{i:02d}", category, role, text))
    return out


class DevRound(NamedTuple):
    """Dev-only rows written after test was frozen, by one author in one round, from their own RNG."""

    rng_name: str
    check_disjoint: Callable[[], None]
    pii: list[tuple[str, str, str]]
    nopii: list[tuple[str, str, str]]
    n_pii: int
    n_nopii: int
    first_index: int


def data_round(name: str) -> DevRound:
    """A dev round read from ``rounds/<name>.toml``; registers its generators (see README.md)."""
    data = pii_data.load(name)
    python = importlib.import_module(data["generators"]).GENERATORS if "generators" in data else {}
    kinds = {**python, **pii_slots.slot_generators(name)}
    prefix = data.get("slot_prefix", "")
    for kind in kinds:
        if not kind.startswith(prefix) or kind in ALL_GENERATORS:
            raise ValueError(f"{name}: slot kind {kind} must start with {prefix!r} and be new")
    ALL_GENERATORS.update(kinds)
    return DevRound(data["rng"], lambda: pii_data.check_disjoint(name), pii_data.templates(name, "pii"),
                    pii_data.templates(name, "nopii"), data["n_pii"], data["n_nopii"], data["first_index"])



DEV_ROUNDS = tuple(data_round(name) for name in pii_data.round_names())


def build_dev_round(round_: DevRound, ctx_seen: set[str], first_id: int) -> list[dict]:
    """One round's dev-only rows; call after test is built, in round order (see the module docstring)."""
    round_.check_disjoint()
    rng = Random(round_.rng_name)
    ctx = Ctx(rng=rng, split=0, seen=ctx_seen)
    plan = [(number_extra(round_.pii, round_.first_index), round_.n_pii, False),
            (number_extra(round_.nopii, round_.first_index), round_.n_nopii, True)]
    rows = render_rows(rng, ctx, plan)
    return [{"id": f"dev-{first_id + i:04d}", **row} for i, row in enumerate(rows)]


def build_all() -> dict[str, list[dict]]:
    """Both splits: dev, then test, then dev's extra and round rows in order (so they never change test)."""
    pii_pools.check_disjoint()
    seen: set[str] = set()
    dev = build_split(0, seen)
    test = build_split(1, seen)
    for round_ in DEV_ROUNDS:
        dev += build_dev_round(round_, seen, len(dev))
    return {"dev": dev, "test": test}


def main() -> None:
    splits = build_all()
    if {r["template"] for r in splits["dev"]} & {r["template"] for r in splits["test"]}:
        raise ValueError("a template is in both splits")
    for name, rows in splits.items():
        path = HERE / f"{name}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        n_spans = sum(len(r["spans"]) for r in rows)
        print(f"{name}: {len(rows)} messages, {n_spans} spans -> {path.name}")


if __name__ == "__main__":
    main()
