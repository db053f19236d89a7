"""Build the assistant-domain labelled set from the template banks (deterministic, seeded).

Each example is a core template (which decides the label) with its slots filled, optionally
wrapped in label-neutral openers, closers or filler sentences, lightly styled (lowercase, a typo,
an emoji), and paired with 1-3 preceding user turns. Splits are by template group: the val and
test splits use core templates the train split never sees. The long-form categories
(:mod:`classifiers.data.bank_long_form`, added after the test split was frozen) are built into
train and val only, from their own random source, so the test split is unchanged by them. So are
the voices categories (:mod:`classifiers.data.bank_voices`, a third author's, added later still)
and the refusals categories (:mod:`classifiers.data.bank_refusals`, a fourth author's long calm and
distressed refusals, added last), each from a random source of their own.

Run ``python -m classifiers.data.build_assistant_set`` to rewrite the committed JSONL files, or
add ``--check`` to verify that they equal a fresh build.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from classifiers.data.assistant_set import DEFAULT_DIR, SPLITS, AssistantExample
from classifiers.data.bank_common import (
    CLOSERS,
    FILLERS,
    OPENERS,
    SLOTS,
    CategorySpec,
    Core,
)
from classifiers.data.bank_distress import DISTRESS_CATEGORIES
from classifiers.data.bank_hard import HARD_CATEGORIES, HARD_SLOTS, PAIRS, PairGroup
from classifiers.data.bank_joy import JOY_CATEGORIES
from classifiers.data.bank_long_form import LONG_FORM_CATEGORIES, LONG_FORM_FILLERS
from classifiers.data.bank_refusals import REFUSALS_CATEGORIES, REFUSALS_SLOTS
from classifiers.data.bank_traps import TRAP_CATEGORIES
from classifiers.data.bank_voices import VOICES_CATEGORIES, VOICES_FILLERS, VOICES_SLOTS

DEFAULT_SEED = 20250611
DEFAULT_SIZES: Mapping[str, int] = {"train": 1600, "val": 400, "test": 400}
HELD_OUT_FRACTION = 0.18
"""Share of each category's core templates held out for val, and again for test."""
PAIR_EXAMPLES_PER_SIDE = 3
MAX_WORDS = 150
LONG_FORM_SIZES: Mapping[str, int] = {"train": 480, "val": 120}
"""Long-form examples added to train and val (never to test)."""
LONG_FORM_VAL_FRACTION = 0.25
"""Share of each long-form category's cores that go to val (the rest to train)."""
VOICES_SIZES: Mapping[str, int] = {"train": 450, "val": 120}
"""Voices examples added to train and val (never to test)."""
VOICES_VAL_FRACTION = 0.25
"""Share of each voices category's cores that go to val (the rest to train)."""
REFUSALS_SIZES: Mapping[str, int] = {"train": 380, "val": 100}
"""Refusals examples added to train and val (never to test)."""
REFUSALS_VAL_FRACTION = 0.25
"""Share of each refusals category's cores that go to val (the rest to train)."""

CATEGORIES: tuple[CategorySpec, ...] = DISTRESS_CATEGORIES + JOY_CATEGORIES + TRAP_CATEGORIES + HARD_CATEGORIES
"""The categories of every split (their shares fix the split sizes)."""
ADDED_LATER: tuple[tuple[tuple[CategorySpec, ...], Mapping[str, int], float, str], ...] = (
    (LONG_FORM_CATEGORIES, LONG_FORM_SIZES, LONG_FORM_VAL_FRACTION, "long_form"),
    (VOICES_CATEGORIES, VOICES_SIZES, VOICES_VAL_FRACTION, "voices"),
    (REFUSALS_CATEGORIES, REFUSALS_SIZES, REFUSALS_VAL_FRACTION, "refusals"),
)
"""Banks written after the test split was frozen: (categories, rows per split, val share of cores,
name of their random stream). Built into train and val only, in this order, each from its own
random source, so the test split and every earlier bank's rows stay as they were."""
ALL_CATEGORIES: tuple[CategorySpec, ...] = (
    CATEGORIES + LONG_FORM_CATEGORIES + VOICES_CATEGORIES + REFUSALS_CATEGORIES
)
BY_NAME: dict[str, CategorySpec] = {spec.name: spec for spec in ALL_CATEGORIES}
TRAP_NAMES: frozenset[str] = frozenset(s.name for s in ALL_CATEGORIES if s.distress == 0 and s.joy == 0)
BANK: dict[str, tuple[str, ...]] = {**SLOTS, **HARD_SLOTS, **VOICES_SLOTS, **REFUSALS_SLOTS}
FILLER_BANK: dict[str, tuple[str, ...]] = {**FILLERS, **LONG_FORM_FILLERS, **VOICES_FILLERS}

_SLOT = re.compile(r"\{(\w+)\}")
_WORD = re.compile(r"[A-Za-z]{5,}")


STICKY: frozenset[str] = frozenset(
    {"phil_topic", "creative_thing", "task_thing", "harm_req", "user_problem", "n_attempts", "small_thing"}
)
"""Slots that keep one value per example, so the context and the reply talk about the same thing."""


def fill(rng: random.Random, template: str, memo: dict[str, str] | None = None, depth: int = 0) -> str:
    """Replace every known ``{slot}`` with a random value; unknown braces are left as they are.

    Args:
        rng: The split's random source.
        template: Text with ``{slot}`` markers.
        memo: Per-example values of :data:`STICKY` slots (filled on first use).
        depth: Nesting level of slot values that hold markers themselves.
    """

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        values = BANK.get(name)
        if values is None:
            return match.group(0)
        if memo is not None and name in STICKY:
            if name not in memo:
                memo[name] = rng.choice(values)
            return memo[name]
        choice = rng.choice(values)
        return fill(rng, choice, memo, depth + 1) if depth < 3 else choice

    return _SLOT.sub(replace, template)


def template_id(spec: CategorySpec, index: int) -> str:
    """The template group id of a category's ``index``-th core."""
    return f"{spec.name}/c{index:02d}"


def assign_splits(seed: int) -> dict[str, str]:
    """Map every template group id (core or pair) to the split that owns it.

    Per category, a seeded shuffle puts ``HELD_OUT_FRACTION`` of the cores (at least two) in test,
    as many in val, the rest in train. Pairs are split as whole groups the same way. Categories
    added later (long-form, voices, refusals) put their bank's val fraction of their cores (at least two) in
    val, the rest in train.
    """
    owner: dict[str, str] = {}
    groups = [[template_id(spec, i) for i in range(len(spec.cores))] for spec in CATEGORIES]
    groups.append([pair.id for pair in PAIRS])
    for ids in groups:
        shuffled = sorted(ids)
        random.Random(f"{seed}:{shuffled[0]}").shuffle(shuffled)
        held = max(2, round(len(shuffled) * HELD_OUT_FRACTION))
        for pos, gid in enumerate(shuffled):
            owner[gid] = "test" if pos < held else "val" if pos < 2 * held else "train"
    for specs, _sizes, val_fraction, _stream in ADDED_LATER:
        for spec in specs:
            shuffled = [template_id(spec, i) for i in range(len(spec.cores))]
            random.Random(f"{seed}:{shuffled[0]}").shuffle(shuffled)
            held = max(2, round(len(shuffled) * val_fraction))
            for pos, gid in enumerate(shuffled):
                owner[gid] = "val" if pos < held else "train"
    return owner


def _join(parts: Sequence[str]) -> str:
    out = ""
    for part in parts:
        if out.endswith(",") and not part.startswith(("I ", "I'")):
            part = part[:1].lower() + part[1:]  # "Honestly, this is ..." rather than "Honestly, This"
        if not out:
            out = part
        elif out.endswith(":") or "\n" in part or "\n" in out[-60:]:
            out = f"{out}\n\n{part}"
        else:
            out = f"{out} {part}"
    return out


def _wrap(rng: random.Random, spec: CategorySpec, core: str, memo: dict[str, str]) -> str:
    """Put label-neutral openers, closers or helpful filler around the core (or leave it bare)."""
    if not spec.wrap:
        return core
    opener = rng.choice(OPENERS[spec.openers])
    closer = rng.choice(CLOSERS[spec.closers])
    roll = rng.random()
    if roll < 0.28:
        parts = [core]
    elif roll < 0.44:
        parts = [opener, core]
    elif roll < 0.60:
        parts = [core, closer]
    elif roll < 0.70:
        parts = [opener, core, closer]
    else:
        fillers = [fill(rng, f, memo) for f in rng.sample(FILLER_BANK[spec.fillers], rng.randint(1, 5))]
        cut = rng.randint(0, len(fillers))
        parts = fillers[:cut] + [core] + fillers[cut:]
        if rng.random() < 0.3:
            parts.append(closer)
        while len(" ".join(parts).split()) > MAX_WORDS and len(parts) > 1:
            parts.pop(0 if parts[0] != core else -1)
    return _join(parts)


def _long_form(rng: random.Random, spec: CategorySpec, core: str, memo: dict[str, str]) -> str:
    """Put the core among two to four markdown blocks, anywhere, with an opener or closer now and then."""
    blocks = [fill(rng, b, memo) for b in rng.sample(FILLER_BANK[spec.fillers], rng.randint(2, 4))]
    blocks.insert(rng.randint(0, len(blocks)), core)
    if rng.random() < 0.3:
        blocks[0] = f"{rng.choice(OPENERS[spec.openers])} {blocks[0]}"
    if rng.random() < 0.4:
        blocks.append(rng.choice(CLOSERS[spec.closers]))
    return "\n\n".join(blocks)


def _typo(rng: random.Random, text: str) -> str:
    words = list(_WORD.finditer(text))
    if not words:
        return text
    match = rng.choice(words)
    i = rng.randint(match.start() + 1, match.end() - 3)
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


_FORMAL: tuple[tuple[str, str], ...] = (
    ("I'm", "I am"), ("don't", "do not"), ("can't", "cannot"), ("won't", "will not"), ("it's", "it is"),
    ("It's", "It is"), ("I've", "I have"), ("I'd", "I would"), ("you're", "you are"), ("That's", "That is"),
    ("that's", "that is"), ("I'll", "I will"), ("isn't", "is not"), ("doesn't", "does not"),
)
_CASUAL: tuple[tuple[str, str], ...] = (
    ("to be honest", "tbh"), ("going to", "gonna"), ("want to", "wanna"), ("kind of", "kinda"),
    ("Okay", "ok"), ("okay", "ok"), ("because", "cuz"), ("really", "rly"), ("Honestly", "Honestly tho"),
    ("you", "u"),
)


def _persona(rng: random.Random, text: str) -> str:
    """Shift register now and then: a formal voice without contractions or a casual, clipped one."""
    if "`" in text:
        return text
    roll = rng.random()
    table = _FORMAL if roll < 0.10 else _CASUAL if roll < 0.16 else ()
    for old, new in table:
        text = re.sub(rf"\b{re.escape(old)}\b", new, text)
    return text


def _style(rng: random.Random, spec: CategorySpec, text: str) -> str:
    """Light surface noise: register, lowercase, one typo, a fitting emoji, a dropped final period."""
    text = _persona(rng, text)
    if rng.random() < 0.07:
        text = text.lower()
    if rng.random() < 0.07:
        text = _typo(rng, text)
    if spec.emoji and rng.random() < 0.08:
        text = f"{text} {rng.choice(spec.emoji)}"
    elif text.endswith(".") and not text.endswith("..") and rng.random() < 0.05:
        text = text[:-1]
    return text


def _context(rng: random.Random, spec: CategorySpec, last: str, memo: dict[str, str]) -> tuple[str, ...]:
    """1-3 user turns ending with ``last``; earlier turns come from the category's lead bank."""
    turns = rng.choices((1, 2, 3), weights=(0.5, 0.33, 0.17))[0]
    turns = max(turns, spec.min_turns) if spec.leads else 1
    earlier = [fill(rng, rng.choice(spec.leads), memo) for _ in range(turns - 1)]
    out = tuple(earlier + [last])
    return tuple(t.lower() if rng.random() < 0.08 else t for t in out)


def _from_core(rng: random.Random, spec: CategorySpec, core: Core) -> tuple[tuple[str, ...], str]:
    memo: dict[str, str] = {}
    if core.make is not None:
        last, text = core.make(rng)
    else:
        last = fill(rng, rng.choice(core.contexts or spec.triggers), memo)
        text = fill(rng, core.text, memo)
    context = _context(rng, spec, last, memo)  # drawn before the body: the committed splits depend on the order
    body = _long_form(rng, spec, text, memo) if spec.long_form else _wrap(rng, spec, text, memo)
    return context, _style(rng, spec, body)


def _pair_examples(rng: random.Random, pair: PairGroup) -> list[tuple[str, tuple[str, ...], str]]:
    """Both sides of a pair: the same utterance, with own-voice and content contexts."""
    out = []
    for category, contexts in ((pair.positive, pair.positive_contexts), (pair.negative, pair.negative_contexts)):
        spec = BY_NAME[category]
        for k in range(PAIR_EXAMPLES_PER_SIDE):
            memo: dict[str, str] = {}
            last = fill(rng, contexts[k % len(contexts)], memo)
            out.append((category, _context(rng, spec, last, memo), pair.utterance))
    return out


def _counts(size: int, categories: Sequence[CategorySpec] = CATEGORIES) -> dict[str, int]:
    total_share = sum(spec.share for spec in categories)
    return {spec.name: round(size * spec.share / total_share) for spec in categories}


def _category_rows(
    rng: random.Random, spec: CategorySpec, split: str, need: int, owner: Mapping[str, str], seen: set[str]
) -> list[tuple[str, str, tuple[str, ...], str]]:
    """``need`` rows of one category from the cores ``split`` owns, avoiding utterances in ``seen``."""
    mine = [(template_id(spec, i), core) for i, core in enumerate(spec.cores) if owner[template_id(spec, i)] == split]
    rng.shuffle(mine)
    rows = []
    for n in range(max(need, 0)):
        tid, core = mine[n % len(mine)]
        for _attempt in range(30):
            context, utterance = _from_core(rng, spec, core)
            if utterance not in seen:
                break
        seen.add(utterance)
        rows.append((spec.name, tid, context, utterance))
    return rows


def build(seed: int = DEFAULT_SEED, sizes: Mapping[str, int] = DEFAULT_SIZES) -> dict[str, list[AssistantExample]]:
    """Build all splits.

    Args:
        seed: Seed for every random choice; the same seed gives byte-identical output.
        sizes: Target examples per split (each category gets its share, rounded).

    Returns:
        ``{split: examples}``, shuffled within each split, ids ``at-<split>-<n>``.

    Raises:
        ValueError: ``sizes`` names an unknown split or a size below 100 (too small to hold
            every category).
    """
    for split, size in sizes.items():
        if split not in SPLITS or size < 100:
            raise ValueError(f"sizes: need splits from {SPLITS} with size >= 100, got {split!r}={size}")
    owner = assign_splits(seed)
    seen: set[str] = {pair.utterance for pair in PAIRS}
    result: dict[str, list[AssistantExample]] = {}
    for split, size in sizes.items():
        rng = random.Random(f"{seed}:{split}")
        rows: list[tuple[str, str, tuple[str, ...], str]] = []
        for pair in PAIRS:
            if owner[pair.id] == split:
                rows += [(cat, pair.id, ctx, utt) for cat, ctx, utt in _pair_examples(rng, pair)]
        for spec in CATEGORIES:
            need = _counts(size)[spec.name] - sum(1 for row in rows if row[0] == spec.name)
            rows += _category_rows(rng, spec, split, need, owner, seen)
        for specs, added_sizes, _val_fraction, stream in ADDED_LATER:
            if split in added_sizes:
                # Its own random source, so adding a bank's rows leaves the other rows as they were.
                added_rng = random.Random(f"{seed}:{split}:{stream}")
                for spec in specs:
                    need = _counts(added_sizes[split], specs)[spec.name]
                    rows += _category_rows(added_rng, spec, split, need, owner, seen)
        rng.shuffle(rows)
        result[split] = [
            AssistantExample(
                id=f"at-{split}-{i:05d}", context=context, utterance=utterance,
                distress=BY_NAME[cat].distress, joy=BY_NAME[cat].joy, category=cat, template=tid,
            )
            for i, (cat, tid, context, utterance) in enumerate(rows)
        ]
    return result


def render(examples: Sequence[AssistantExample]) -> str:
    """The JSONL text of one split (one example per line, trailing newline)."""
    return "".join(example.to_json() + "\n" for example in examples)


def write(out_dir: Path, splits: Mapping[str, Sequence[AssistantExample]]) -> dict[str, int]:
    """Write ``{split}.jsonl`` files into ``out_dir``; returns the count per split."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for split, examples in splits.items():
        (out_dir / f"{split}.jsonl").write_text(render(examples), encoding="utf-8")
    return {split: len(examples) for split, examples in splits.items()}


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: write the splits, or with ``--check`` compare them to a fresh build."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--check", action="store_true", help="exit 1 if the files differ from a fresh build")
    args = parser.parse_args(argv)
    splits = build(args.seed)
    if args.check:
        stale = [s for s, ex in splits.items() if not (args.out / f"{s}.jsonl").is_file()
                 or (args.out / f"{s}.jsonl").read_text(encoding="utf-8") != render(ex)]
        print(f"stale splits: {stale}" if stale else "assistant set is up to date")
        return 1 if stale else 0
    counts = write(args.out, splits)
    print(" ".join(f"{split}={n}" for split, n in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
