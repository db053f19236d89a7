"""The recognizer registry: explicit, complete, and honest about which recognizers need digits."""

import json
from pathlib import Path

import pytest

from privacy.recognizers import NEEDS_DIGIT, PRESIDIO_RECOGNIZERS, PROJECT_RECOGNIZERS

ROOT = Path(__file__).resolve().parents[3]
DEV = ROOT / "bench" / "data" / "pii" / "dev.jsonl"


def digit_free_texts() -> list[str]:
    texts = [
        "my card is four one one one, call me maybe", "born on the fourth of July", "IBAN DE and then some",
        "ssn is xxx-xx-xxxx", "passport number is ABCDEFGHI", "the employee id is ABCDEF",
    ]
    if DEV.exists():
        texts += [json.loads(line)["text"] for line in DEV.read_text(encoding="utf-8").splitlines()]
    return ["".join(c for c in t if not c.isdigit()) for t in texts]


@pytest.mark.parametrize("name", sorted(NEEDS_DIGIT & (set(PRESIDIO_RECOGNIZERS) | set(PROJECT_RECOGNIZERS))))
def test_when_text_has_no_digit_then_digit_recognizers_find_nothing(name):
    cls = PROJECT_RECOGNIZERS.get(name) or PRESIDIO_RECOGNIZERS[name]
    recognizer = cls()
    hits = [t for t in digit_free_texts() if recognizer.analyze(t, recognizer.supported_entities, None)]
    assert hits == []


def test_when_listed_then_every_digit_recognizer_exists():
    assert NEEDS_DIGIT <= set(PRESIDIO_RECOGNIZERS) | set(PROJECT_RECOGNIZERS)
