"""Table test over tests/privacy/data/recall_cases.jsonl: hand-written conversational PII the
benchmark templates do not cover (many cultures' names in lower case and odd contexts, described
homes, env and config secrets, PINs, ids after cue words, platform handles) and no-PII look-alikes.
Failures name ids and types only, never text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

CASES = [json.loads(line) for line in
         (Path(__file__).parent / "data" / "recall_cases.jsonl").read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def results(redactor):  # type: ignore[no-untyped-def]
    return dict(zip((c["id"] for c in CASES), redactor.redact_texts([c["text"] for c in CASES])))


# Written down, not fixed: "card for nana akua" (two given names, no surname, weak cue) and a PIN
# corrected later in the sentence ("... wait no it's 4490").
KNOWN_MISSES = frozenset({"recall-0179", "recall-0195"})


def _survives(value: str, redacted: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(value)}(?!\w)", redacted) is not None


def test_no_labelled_value_survives_redaction(results):  # type: ignore[no-untyped-def]
    leaks = [(c["id"], s["type"]) for c in CASES for s in c["spans"]
             if _survives(c["text"][s["start"]:s["end"]], results[c["id"]].text)]
    assert {i for i, _ in leaks} <= KNOWN_MISSES, f"leaked (id, type): {leaks}"
    assert len(leaks) / sum(len(c["spans"]) for c in CASES) <= 0.02


def test_no_pii_look_alikes_are_mostly_left_alone(results):  # type: ignore[no-untyped-def]
    nopii = [c for c in CASES if c["no_pii"]]
    assert len(nopii) >= 20
    chars = sum(len(c["text"]) for c in nopii)
    covered = sum(sum(s.end - s.start for s in results[c["id"]].spans) for c in nopii)
    # The NER model alone already tags the public figures and places in this set (about 0.13).
    assert covered / chars <= 0.16
