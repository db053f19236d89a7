"""Base class of the project's pattern recognizers.

Like Presidio's ``PatternRecognizer`` (defaults as class attributes, checksums in
``validate_result``, false positives dropped in ``invalidate_result``, results carry offsets,
never text) with two differences that matter here:

* a pattern may mark the entity with a named group ``v``, so cue words ("password:", "born on")
  anchor the match without being redacted themselves;
* every search runs under :mod:`privacy.regex_guard`, so a timeout fails the record instead of
  silently skipping the pattern.
"""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import (
    EntityRecognizer,
    LocalRecognizer,
    Pattern,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NlpArtifacts

from privacy.recognizers.tables import column_cells
from privacy.regex_guard import DEFAULT_TIMEOUT_SECONDS, check_deadline, finditer, matches_at

FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.DOTALL | regex.UNICODE


class ProjectPatternRecognizer(LocalRecognizer):
    """A regex recognizer for one entity type.

    Subclasses set ``ENTITY``, ``PATTERNS`` and optionally ``CONTEXT``, ``FLAGS`` and ``GATES``;
    the constructor can override the first three.

    ``GATES`` maps a pattern name to lower-case literals of which a text must hold at least one
    for the pattern to be able to match (its cue words or key prefix). A substring test costs far
    less than a regex search, and most messages hold none of a pattern's cues, so most searches
    are skipped. A gate must be a necessary condition: ``tests/privacy/recognizers/test_gates.py``
    checks that gated and ungated results agree on the benchmark and regression texts.

    Args:
        patterns: Replaces ``PATTERNS``.
        context: Replaces ``CONTEXT`` (words that raise the score when near a match, applied by
            Presidio's context enhancer).
        timeout: Seconds one pattern may run over one text.
    """

    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[list[Pattern]] = []
    CONTEXT: ClassVar[list[str]] = []
    FLAGS: ClassVar[int] = FLAGS
    GATES: ClassVar[dict[str, tuple[str, ...]]] = {}
    ANCHORS: ClassVar[dict[str, regex.Pattern]] = {}
    """Patterns that open with a cue word, by name, and a regex finding where that cue starts: the
    pattern is then tried only at those places instead of being searched for along the whole text
    (a long paste holding one "password" is scanned once for the cue, not once per pattern). The
    anchor must match exactly where the pattern's own match can start."""
    TABLE_HEADERS: ClassVar[frozenset[str]] = frozenset()
    """Lower-case column headers of pasted tables (``| login | password |``) whose cells may be this
    entity; each cell is kept if :meth:`table_cell_score` gives it a score."""

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        timeout: float = DEFAULT_TIMEOUT_SECONDS,
        supported_language: str = "en",
    ):
        if not self.ENTITY:
            raise ValueError("ENTITY must be set on the recognizer class")
        self.patterns = list(patterns if patterns is not None else self.PATTERNS)
        if not self.patterns:
            raise ValueError("patterns must not be empty")
        self.timeout = timeout
        self._compiled = [regex.compile(p.regex, flags=self.FLAGS) for p in self.patterns]
        self.gates = dict(self.GATES)
        self.anchors = dict(self.ANCHORS)
        super().__init__(
            supported_entities=[self.ENTITY],
            supported_language=supported_language,
            name=type(self).__name__,
            context=list(context if context is not None else self.CONTEXT),
        )

    def load(self) -> None:  # noqa: D102 - nothing to load
        pass

    def validate_result(self, pattern_text: str) -> bool | None:
        """True: checksum passed (score 1.0); False: reject; None: keep the pattern score."""
        return None

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """True drops a match that is a known false positive."""
        return None

    def table_cell_score(self, value: str) -> float | None:
        """The score of a cell under one of ``TABLE_HEADERS``, or None to drop it."""
        return None

    def score_match(self, pattern: Pattern, value: str) -> float | None:
        """The score of one match, or None to drop it: ``validate_result`` True gives 1.0,
        False or ``invalidate_result`` True drops, otherwise the pattern's score."""
        valid = self.validate_result(value)
        if valid is False or self.invalidate_result(value):
            return None
        return EntityRecognizer.MAX_SCORE if valid else pattern.score

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Run every pattern over ``text`` (ignores ``regex_flags``: the class sets its flags)."""
        check_deadline()
        results: list[RecognizerResult] = []
        low = text.lower() if self.gates else ""
        open_gates: dict[int, bool] = {}  # patterns often share one gate tuple: test it once per text
        anchor_starts: dict[int, list[int]] = {}
        for pattern, compiled in zip(self.patterns, self._compiled):
            gate = self.gates.get(pattern.name)
            if gate is not None:
                is_open = open_gates.get(id(gate))
                if is_open is None:
                    is_open = open_gates[id(gate)] = any(g in low for g in gate)
                if not is_open:
                    continue
            anchor = self.anchors.get(pattern.name)
            if anchor is None:
                matches = finditer(compiled, text, self.timeout)
            else:
                starts = anchor_starts.get(id(anchor))
                if starts is None:
                    starts = anchor_starts[id(anchor)] = [m.start() for m in finditer(anchor, text, self.timeout)]
                matches = matches_at(compiled, text, starts, self.timeout)
            for match in matches:
                start, end = match.span("v") if "v" in compiled.groupindex else match.span()
                if start < 0 or end <= start:
                    continue
                score = self.score_match(pattern, text[start:end])
                if score is None:
                    continue
                results.append(self.result(start, end, score))
        results = EntityRecognizer.remove_duplicates(results)
        if self.TABLE_HEADERS and ("|" in text or "," in text or "\t" in text or ";" in text):
            for start, end in column_cells(text, self.TABLE_HEADERS):
                score = self.table_cell_score(text[start:end])
                if score is not None:
                    results.append(self.result(start, end, score))
        return results

    def result(self, start: int, end: int, score: float) -> RecognizerResult:
        """A result of this recognizer's entity, carrying its name and id (never text)."""
        return RecognizerResult(
            entity_type=self.ENTITY, start=start, end=end, score=score,
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
        )


class WordScanRecognizer(LocalRecognizer):
    """Base of recognizers that scan words against name lists instead of running patterns.

    Subclasses set ``ENTITY`` and ``SCORE`` and implement ``analyze``; the word scan must run
    through :func:`privacy.regex_guard.finditer` with ``self.timeout``.

    Args:
        score: Score of each match; None uses the class's ``SCORE``.
        timeout: Seconds the word scan may run over one text.
    """

    ENTITY: ClassVar[str] = "PERSON"
    SCORE: ClassVar[float] = 0.5

    def __init__(self, score: float | None = None, timeout: float = DEFAULT_TIMEOUT_SECONDS,
                 supported_language: str = "en"):
        self.score = self.SCORE if score is None else score
        self.timeout = timeout
        super().__init__(supported_entities=[self.ENTITY], supported_language=supported_language,
                         name=type(self).__name__)

    def load(self) -> None:  # noqa: D102 - the name lists are built at import
        pass
