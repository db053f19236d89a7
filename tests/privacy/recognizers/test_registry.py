"""The recognizer registry: explicit, complete, and honest about which recognizers need digits."""

import json
import re
from pathlib import Path

import pytest

from privacy.recognizers import NEEDS_DIGIT, NEEDS_DIGIT_OR_COLON, NEEDS_LONG_TOKEN, PRESIDIO_RECOGNIZERS, PROJECT_RECOGNIZERS

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


def test_when_text_has_no_digit_and_no_colon_then_ip_recognizer_finds_nothing():
    recognizer = PRESIDIO_RECOGNIZERS["IpRecognizer"]()
    texts = [t.replace(":", " ") for t in digit_free_texts()] + ["fe abcd is not an address here", "a.b.c.d"]
    assert [t for t in texts if recognizer.analyze(t, recognizer.supported_entities, None)] == []
    assert NEEDS_DIGIT_OR_COLON == {"IpRecognizer"}


def test_when_no_sixteen_character_token_then_fiscal_code_recognizer_finds_nothing():
    recognizer = PRESIDIO_RECOGNIZERS["ItFiscalCodeRecognizer"](supported_language="en")
    assert recognizer.analyze("codice fiscale RSSMRA85T10A562S", recognizer.supported_entities, None)
    # Break every run of letters and digits after 15 characters.
    texts = [re.sub(r"([A-Za-z0-9]{15})", r"\1 ", t) for t in digit_free_texts()]
    texts += ["codice fiscale RSSMRA85T10A562 S"]
    assert [t for t in texts if recognizer.analyze(t, recognizer.supported_entities, None)] == []
    assert NEEDS_LONG_TOKEN == {"ItFiscalCodeRecognizer"}
