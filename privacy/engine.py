"""Build the Presidio analyzer once per worker from the offline configuration."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import regex

from presidio_analyzer import AnalyzerEngine, PatternRecognizer, RecognizerRegistry
from presidio_analyzer.nlp_engine import NerModelConfiguration

from privacy.analyzer_config import load_analyzer_config
from privacy.nlp import LANGUAGE, NerOnlySpacyEngine
from privacy.offline import ensure_offline
from privacy.recognizers import NEEDS_DIGIT, NEEDS_DIGIT_OR_COLON, NEEDS_LONG_TOKEN
from privacy.regex_guard import guard_pattern_recognizer
from privacy.settings import RedactionSettings

_PRESIDIO_LOGGER = "presidio-analyzer"


class TimeoutSignal(logging.Filter):
    """Keeps text out of Presidio's log and turns its "... timed out ..." warnings into a flag.

    Presidio logs message tokens at DEBUG level (the context enhancer logs "Context list is:
    ..." with the words around each entity), so every record below WARNING is dropped.

    Patterns we can wrap raise :class:`privacy.regex_guard.RegexTimeout` directly; a few Presidio
    code paths (IBAN, allow lists) call the regex module themselves, catch the timeout and only log
    it. This filter turns that log line into a flag the redactor checks after every message, so
    those timeouts also fail the record. The record is dropped (it carries no text, only a
    pattern name, but we report the failure ourselves).
    """

    def __init__(self) -> None:
        super().__init__()
        self._local = threading.local()

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING:
            return False
        if "timed out" in str(record.msg):
            self._local.fired = True
            return False
        return True

    def reset(self) -> None:
        self._local.fired = False

    @property
    def fired(self) -> bool:
        return getattr(self._local, "fired", False)


_SIGNAL = TimeoutSignal()


def timeout_signal() -> TimeoutSignal:
    """The process-wide filter installed on Presidio's logger by :func:`build_analyzer`."""
    return _SIGNAL


def _bound_presidio_timeouts(seconds: float) -> None:
    # Presidio reads REGEX_TIMEOUT_SECONDS (default 60 s) as module globals at call time.
    import presidio_analyzer.analyzer_engine as analyzer_module
    import presidio_analyzer.pattern_recognizer as pattern_module
    from presidio_analyzer.predefined_recognizers.generic import iban_recognizer

    for module in (analyzer_module, pattern_module, iban_recognizer):
        module.REGEX_TIMEOUT_SECONDS = seconds


NER_RECOGNIZER = "NerNameRecognizer"
_DIGIT = regex.compile(r"\d")
_LONG_TOKEN = regex.compile(r"[A-Za-z0-9]{16}")


class Analyzers:
    """Analyzers over one NLP engine, each without the recognizers a text cannot trigger.

    Most chat messages hold no digit, no colon and no 16-character token, so the recognizers of
    :data:`privacy.recognizers.NEEDS_DIGIT`, :data:`~privacy.recognizers.NEEDS_DIGIT_OR_COLON` and
    :data:`~privacy.recognizers.NEEDS_LONG_TOKEN` are skipped on them. One analyzer per combination
    is built on first use.

    Attributes:
        full: Every enabled recognizer.
        no_digit: The same minus :data:`privacy.recognizers.NEEDS_DIGIT`.
        nlp_engine: The shared NER-only spaCy engine.
    """

    def __init__(self, recognizers: list, make: Callable[[list], AnalyzerEngine],  # type: ignore[type-arg]
                 nlp_engine: NerOnlySpacyEngine):
        self._recognizers = recognizers
        self._make = make
        self._by_skipped: dict[frozenset[str], AnalyzerEngine] = {}
        self.nlp_engine = nlp_engine
        self.full = self._without(frozenset())
        self.no_digit = self._without(NEEDS_DIGIT)

    def _without(self, skipped: frozenset[str]) -> AnalyzerEngine:
        if skipped not in self._by_skipped:
            self._by_skipped[skipped] = self._make([r for r in self._recognizers if type(r).__name__ not in skipped])
        return self._by_skipped[skipped]

    def for_text(self, text: str, ner: bool = True) -> AnalyzerEngine:
        """The analyzer to run on ``text``; without the NER recognizer when ``ner`` is False."""
        skipped: frozenset[str] = frozenset() if ner else frozenset({NER_RECOGNIZER})
        if _DIGIT.search(text) is None:
            skipped |= NEEDS_DIGIT if ":" in text else NEEDS_DIGIT | NEEDS_DIGIT_OR_COLON
        if _LONG_TOKEN.search(text) is None:
            skipped |= NEEDS_LONG_TOKEN
        return self._without(skipped)


def build_analyzer(settings: RedactionSettings) -> Analyzers:
    """The analyzers and their NER-only spaCy engine, built offline from ``settings``.

    Raises:
        privacy.analyzer_config.AnalyzerConfigError: the analyzer YAML is invalid.
        privacy.nlp.ModelNotInstalledError: the spaCy model is not installed.
    """
    ensure_offline()
    config = load_analyzer_config(settings.analyzer_config)
    ner_conf = NerModelConfiguration(**config.ner.model_dump())
    nlp_engine = NerOnlySpacyEngine(settings.spacy_model, ner_conf, max_length=settings.max_message_chars + 1)
    nlp_engine.load()
    # Calendar dates are only ever redacted when asked; birth dates have their own recognizer.
    skip = frozenset() if settings.redact_full_dates else frozenset({"DateRecognizer"})
    recognizers = config.build_recognizers(settings.regex_timeout_seconds, skip)
    for recognizer in recognizers:
        if isinstance(recognizer, PatternRecognizer):
            guard_pattern_recognizer(recognizer, config.global_regex_flags, settings.regex_timeout_seconds)

    def analyzer(chosen: list) -> AnalyzerEngine:  # type: ignore[type-arg]
        registry = RecognizerRegistry(
            recognizers=chosen, global_regex_flags=config.global_regex_flags, supported_languages=[LANGUAGE]
        )
        return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=[LANGUAGE],
                              default_score_threshold=settings.score_threshold)

    analyzers = Analyzers(recognizers, analyzer, nlp_engine)
    _bound_presidio_timeouts(settings.regex_timeout_seconds)
    logger = logging.getLogger(_PRESIDIO_LOGGER)
    if _SIGNAL not in logger.filters:
        logger.addFilter(_SIGNAL)
    return analyzers
