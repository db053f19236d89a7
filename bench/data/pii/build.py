"""Build the labelled conversational PII benchmark: writes dev.jsonl and test.jsonl here.

Run: ``python bench/data/pii/build.py`` (deterministic: same code, same files).

Each line is ``{"id", "role", "text", "spans": [{"start", "end", "type"}], "template", "no_pii"}``.
Messages are rendered from templates written by this project (``pii_templates.py``) filled
with generated slot values (``pii_values.py``, ``pii_secrets.py``, ``pii_lookalikes.py``).
Offsets are computed while joining pieces, so they are exact by construction, and every
render is checked: a gold value must not also appear unlabelled elsewhere in the message.

Dev also gets the rows of ``pii_dev_extra`` (fresh phrasing for weak classes), then of
``pii_dev_round3`` (names in everyday chat, secrets in pastes), of ``pii_dev_round4``
(credentials as people type them, names the gazetteer lacks), of ``pii_dev_round5``
(key files, config forms and provider keys people paste, names of cultures no pool had), of
``pii_dev_round6`` (names with no cue in messy chat and pastes, credentials dictated, listed and
logged), of ``pii_dev_round7`` (credentials typed, quoted, translated, split and pasted in
config, code, browser and wallet forms; names in documents and records), of ``pii_dev_round8``
(credentials in exports, tool output, device labels and more languages) and then of
``pii_dev_round9`` (how ordinary people write logins, PINs and names in long chatty messages), of
``pii_dev_round10`` (settings no earlier round used), of ``pii_dev_round11`` (the hardest
realistic credential forms), of ``pii_dev_round12`` (everyday credential sharing with weak cues) and
then of ``pii_dev_round13`` (the standard secret kinds in the surroundings chats paste them in), appended after test is built and drawn from their own RNGs, so test.jsonl does not change when
they do.

Leakage control between splits:
  * templates: within each category, even-position templates go to dev, odd to test;
  * slot values: names, streets, handles, domains and password words come from disjoint
    dev/test pools, and every generated value (numbers, keys, e-mails) is unique across both.
See README.md in this folder for the labelling rules.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from random import Random
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pii_dev_extra  # noqa: E402
import pii_dev_round3  # noqa: E402
import pii_dev_round4  # noqa: E402
import pii_dev_round5  # noqa: E402
import pii_dev_round6  # noqa: E402
import pii_dev_round7  # noqa: E402
import pii_dev_round8  # noqa: E402
import pii_dev_round9  # noqa: E402
import pii_dev_round10  # noqa: E402
import pii_dev_round11  # noqa: E402
import pii_dev_round12  # noqa: E402
import pii_dev_round13  # noqa: E402
import pii_pools  # noqa: E402
from pii_lookalikes import LOOKALIKE_GENERATORS  # noqa: E402
from pii_templates import NOPII_TEMPLATES, PII_TEMPLATES  # noqa: E402
from pii_common import Ctx  # noqa: E402
from pii_numbers import iban_ok, luhn_ok  # noqa: E402
from pii_values import GENERATORS  # noqa: E402

SLOT = re.compile(r"\{\{([a-z_]+?)(\d*)(?:\.([a-z_]+))?\}\}")
ALL_GENERATORS = {**GENERATORS, **LOOKALIKE_GENERATORS, **pii_dev_extra.EXTRA_GENERATORS,
                  **pii_dev_round3.ROUND3_GENERATORS, **pii_dev_round4.ROUND4_GENERATORS,
                  **pii_dev_round5.ROUND5_GENERATORS, **pii_dev_round6.ROUND6_GENERATORS,
                  **pii_dev_round7.ROUND7_GENERATORS, **pii_dev_round8.ROUND8_GENERATORS,
                  **pii_dev_round9.ROUND9_GENERATORS, **pii_dev_round10.ROUND10_GENERATORS,
                  **pii_dev_round11.ROUND11_GENERATORS, **pii_dev_round12.ROUND12_GENERATORS,
                  **pii_dev_round13.ROUND13_GENERATORS}
SPLITS = ("dev", "test")
N_PII = 450
N_NOPII = 150
N_EXTRA_PII = 75
N_EXTRA_NOPII = 25
EXTRA_FIRST_INDEX = 50
N_ROUND3_PII = 105
N_ROUND3_NOPII = 35
ROUND3_FIRST_INDEX = 80
N_ROUND4_PII = 90
N_ROUND4_NOPII = 30
ROUND4_FIRST_INDEX = 120
N_ROUND5_PII = 90
N_ROUND5_NOPII = 30
ROUND5_FIRST_INDEX = 160
N_ROUND6_PII = 90
N_ROUND6_NOPII = 30
ROUND6_FIRST_INDEX = 200
N_ROUND7_PII = 90
N_ROUND7_NOPII = 30
ROUND7_FIRST_INDEX = 240
N_ROUND8_PII = 90
N_ROUND8_NOPII = 30
ROUND8_FIRST_INDEX = 280
N_ROUND9_PII = 90
N_ROUND9_NOPII = 30
ROUND9_FIRST_INDEX = 320
N_ROUND10_PII = 90
N_ROUND10_NOPII = 30
ROUND10_FIRST_INDEX = 360
N_ROUND11_PII = 90
N_ROUND11_NOPII = 30
ROUND11_FIRST_INDEX = 400
N_ROUND12_PII = 90
N_ROUND12_NOPII = 30
ROUND12_FIRST_INDEX = 440
N_ROUND13_PII = 90
N_ROUND13_NOPII = 30
ROUND13_FIRST_INDEX = 480
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
    rng = Random(f"pii-bench-{SPLITS[split]}")
    ctx = Ctx(rng=rng, split=split, seen=ctx_seen)
    plan = [(split_templates(PII_TEMPLATES, split), N_PII, False), (split_templates(NOPII_TEMPLATES, split), N_NOPII, True)]
    rows = render_rows(rng, ctx, plan)
    return [{"id": f"{SPLITS[split]}-{i:04d}", **row} for i, row in enumerate(rows)]


def number_extra(templates: list[tuple[str, str, str]], first: int = EXTRA_FIRST_INDEX) -> list[tuple[str, str, str, str]]:
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


DEV_ROUNDS = (
    DevRound("pii-bench-dev-extra", pii_dev_extra.check_extra_disjoint, pii_dev_extra.DEV_EXTRA_PII,
             pii_dev_extra.DEV_EXTRA_NOPII, N_EXTRA_PII, N_EXTRA_NOPII, EXTRA_FIRST_INDEX),
    DevRound("pii-bench-dev-round3", pii_dev_round3.check_round3_disjoint, pii_dev_round3.ROUND3_PII,
             pii_dev_round3.ROUND3_NOPII, N_ROUND3_PII, N_ROUND3_NOPII, ROUND3_FIRST_INDEX),
    DevRound("pii-bench-dev-round4", pii_dev_round4.check_round4_disjoint, pii_dev_round4.ROUND4_PII,
             pii_dev_round4.ROUND4_NOPII, N_ROUND4_PII, N_ROUND4_NOPII, ROUND4_FIRST_INDEX),
    DevRound("pii-bench-dev-round5", pii_dev_round5.check_round5_disjoint, pii_dev_round5.ROUND5_PII,
             pii_dev_round5.ROUND5_NOPII, N_ROUND5_PII, N_ROUND5_NOPII, ROUND5_FIRST_INDEX),
    DevRound("pii-bench-dev-round6", pii_dev_round6.check_round6_disjoint, pii_dev_round6.ROUND6_PII,
             pii_dev_round6.ROUND6_NOPII, N_ROUND6_PII, N_ROUND6_NOPII, ROUND6_FIRST_INDEX),
    DevRound("pii-bench-dev-round7", pii_dev_round7.check_round7_disjoint, pii_dev_round7.ROUND7_PII,
             pii_dev_round7.ROUND7_NOPII, N_ROUND7_PII, N_ROUND7_NOPII, ROUND7_FIRST_INDEX),
    DevRound("pii-bench-dev-round8", pii_dev_round8.check_round8_disjoint, pii_dev_round8.ROUND8_PII,
             pii_dev_round8.ROUND8_NOPII, N_ROUND8_PII, N_ROUND8_NOPII, ROUND8_FIRST_INDEX),
    DevRound("pii-bench-dev-round9", pii_dev_round9.check_round9_disjoint, pii_dev_round9.ROUND9_PII,
             pii_dev_round9.ROUND9_NOPII, N_ROUND9_PII, N_ROUND9_NOPII, ROUND9_FIRST_INDEX),
    DevRound("pii-bench-dev-round10", pii_dev_round10.check_round10_disjoint, pii_dev_round10.ROUND10_PII,
             pii_dev_round10.ROUND10_NOPII, N_ROUND10_PII, N_ROUND10_NOPII, ROUND10_FIRST_INDEX),
    DevRound("pii-bench-dev-round11", pii_dev_round11.check_round11_disjoint, pii_dev_round11.ROUND11_PII,
             pii_dev_round11.ROUND11_NOPII, N_ROUND11_PII, N_ROUND11_NOPII, ROUND11_FIRST_INDEX),
    DevRound("pii-bench-dev-round12", pii_dev_round12.check_round12_disjoint, pii_dev_round12.ROUND12_PII,
             pii_dev_round12.ROUND12_NOPII, N_ROUND12_PII, N_ROUND12_NOPII, ROUND12_FIRST_INDEX),
    DevRound("pii-bench-dev-round13", pii_dev_round13.check_round13_disjoint, pii_dev_round13.ROUND13_PII,
             pii_dev_round13.ROUND13_NOPII, N_ROUND13_PII, N_ROUND13_NOPII, ROUND13_FIRST_INDEX),
)


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
    """Both splits: dev, then test, then dev's extra and round-3 to round-7 rows (so they never change test)."""
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
