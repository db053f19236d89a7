import pytest
import regex
from presidio_analyzer import Pattern, PatternRecognizer

from privacy.regex_guard import RegexTimeout, finditer, guard_pattern_recognizer

EVIL = r"(a|aa)+$"
EVIL_TEXT = "a" * 60 + "b"


def test_when_pattern_runs_out_of_time_then_regex_timeout_not_timeout_error():
    with pytest.raises(RegexTimeout):
        list(finditer(regex.compile(EVIL), EVIL_TEXT, timeout=0.05))
    assert not issubclass(RegexTimeout, TimeoutError)  # so Presidio's handler cannot swallow it


def test_when_presidio_recognizer_guarded_then_its_timeout_escapes_presidio():
    recognizer = PatternRecognizer("X", patterns=[Pattern("evil", EVIL, 0.9)])
    assert guard_pattern_recognizer(recognizer, flags=26, timeout=0.05) == 1
    with pytest.raises(RegexTimeout):
        recognizer.analyze(EVIL_TEXT, ["X"], regex_flags=26)


def test_when_unguarded_then_presidio_swallows_the_timeout(monkeypatch):
    # The behaviour the guard exists for: without it, the match is silently skipped.
    import presidio_analyzer.pattern_recognizer as pr

    monkeypatch.setattr(pr, "REGEX_TIMEOUT_SECONDS", 0.05)
    recognizer = PatternRecognizer("X", patterns=[Pattern("evil", EVIL, 0.9)])
    assert recognizer.analyze(EVIL_TEXT, ["X"], regex_flags=26) == []
