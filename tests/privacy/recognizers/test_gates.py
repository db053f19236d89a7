"""Each recognizer's GATES (literals a text must hold for a pattern to run) and ANCHORS (where a
pattern's cue starts, the only places it is tried) only skip searches that could not match: gated
and anchored recognizers agree with plain ones on every benchmark and regression text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from privacy.recognizers import PROJECT_RECOGNIZERS
from privacy.recognizers.base import ProjectPatternRecognizer

ROOT = Path(__file__).resolve().parents[3]
FILES = [ROOT / "bench" / "data" / "pii" / "dev.jsonl", ROOT / "tests" / "privacy" / "data" / "recall_cases.jsonl"]
GATED = sorted(n for n, c in PROJECT_RECOGNIZERS.items() if issubclass(c, ProjectPatternRecognizer) and c.GATES)


def texts() -> list[str]:
    out = [json.loads(line)["text"] for f in FILES for line in f.read_text(encoding="utf-8").splitlines() if line]
    # Case and spacing variants: gates compare lower-cased text, patterns may not.
    return out + [t.upper() for t in out] + [t.lower() for t in out]


def _found(recognizer, text):  # type: ignore[no-untyped-def]
    return sorted((r.start, r.end, r.score) for r in recognizer.analyze(text, recognizer.supported_entities, None))


@pytest.mark.parametrize("name", GATED)
def test_gates_never_change_what_a_recognizer_finds(name):
    gated = PROJECT_RECOGNIZERS[name]()
    ungated = PROJECT_RECOGNIZERS[name]()
    ungated.gates = {}
    ungated.anchors = {}
    assert all(gate for gate in gated.gates.values())
    assert {p.name for p in gated.patterns} >= set(gated.gates)
    differ = [i for i, t in enumerate(texts()) if _found(gated, t) != _found(ungated, t)]
    assert differ == []


def test_some_recognizers_are_gated():
    assert {"PasswordCueRecognizer", "ProviderKeyRecognizer", "UsernameRecognizer", "PersonCueRecognizer"} <= set(GATED)
