"""The rules the redactor learned from the PII benchmark's blind rounds and the project's probes,
each a case on the real redactor (``tests/privacy/data/learned_rules.jsonl``, with the round each
came from): every planted value is redacted, and every look-alike is left alone. Failures name
the case, never the text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.privacy.conftest import SecretFamilies

CASES = [json.loads(line) for line in (Path(__file__).parent / "data" / "learned_rules.jsonl").read_text().splitlines()]


def _ids(expect: str) -> list[str]:
    return [c["id"] for c in CASES if c["expect"] == expect]


BY_ID = {c["id"]: c for c in CASES}


@pytest.mark.parametrize("case", _ids("redacted"))
def test_no_planted_value_survives_redaction(redactor, case):  # type: ignore[no-untyped-def]
    redacted = redactor.redact_texts([BY_ID[case]["text"]])[0].text
    assert [v for v in BY_ID[case]["values"] if v in redacted] == []


@pytest.mark.parametrize("case", _ids("unchanged"))
def test_a_look_alike_is_left_alone(redactor, case):  # type: ignore[no-untyped-def]
    text = BY_ID[case]["text"]
    assert redactor.redact_texts([text])[0].text == text


@pytest.mark.parametrize("case", _ids("no_secret"))
def test_a_secret_look_alike_is_no_secret(case):  # type: ignore[no-untyped-def]
    text = BY_ID[case]["text"]
    found = SecretFamilies(entropy=True).analyze(text, ["SECRET"])
    assert [(r.start, r.end) for r in found] == []
