"""Values after a field label ("Phone: 467 3395", "ZIP 94110", "cc 6304 5524 2069"), typed by the label,
the cells of pasted tables (CSV, TSV, ``|`` tables) typed by their column header, and the answer
to a question that names a field, in a pasted chat transcript.

Shapes and checks come from :mod:`privacy.field_labels`. A value that fails its check as matched
is tried again without its last group ("4111 1111 1111 1111 12" -> "4111 1111 1111 1111"), since
a form line often runs on into the next value.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from privacy.field_labels import BY_LABEL, FIELDS, Field, label_alternation, normalize_header
from privacy.regex_guard import DEFAULT_TIMEOUT_SECONDS, check_deadline, finditer

SCORE = 0.6
_GROUP_END = regex.compile(r"[\p{L}\d](?=[^\p{L}\d])")


def _checked_end(field: Field, text: str, start: int, end: int) -> int | None:
    """The longest end, at a group boundary, at which the value passes the field's check."""
    if field.check(text[start:end]):
        return end
    for cut in sorted((start + m.end() for m in _GROUP_END.finditer(text[start:end])), reverse=True):
        if field.check(text[start:cut]):
            return cut
    return None


_LINE = regex.compile(r"[^\n]+")
_DELIMITERS = ("\t", ";", "|", ",")


def _cells(line: str, offset: int, delimiter: str) -> Iterator[tuple[int, int]]:
    """Each cell of a table row as (start, end) in the text, without surrounding spaces and quotes."""
    start = 0
    for piece in line.split(delimiter):
        a, b = start, start + len(piece)
        while a < b and line[a] in " \t\"'":
            a += 1
        while b > a and line[b - 1] in " \t\"'\r":
            b -= 1
        yield offset + a, offset + b
        start += len(piece) + 1


def table_cells(text: str) -> Iterator[tuple[Field, int, int]]:
    """The cells of every table whose header row names a known column, with that column."""
    lines = [(m.start(), m.group()) for m in _LINE.finditer(text)]
    i = 0
    while i < len(lines) - 1:
        offset, header = lines[i]
        for delimiter in _DELIMITERS:
            count = header.count(delimiter)
            if count == 0 or lines[i + 1][1].count(delimiter) != count:
                continue
            columns = [BY_LABEL.get(normalize_header(text[a:b])) for a, b in _cells(header, offset, delimiter)]
            if not any(columns):
                continue
            j = i + 1
            while j < len(lines) and lines[j][1].count(delimiter) == count:
                for column, (a, b) in zip(columns, _cells(lines[j][1], lines[j][0], delimiter)):
                    if column is not None and _fits(column, text[a:b]):
                        yield column, a, b
                j += 1
            i = j - 1
            break
        i += 1


_LABELS = label_alternation(BY_LABEL)
# A question naming a field, and the answer on the next line after its timestamp and speaker:
# "[18:30] Support: What's your username on the app?" / "[18:32] Visitor: katerina_rides".
_QUESTION = regex.compile(
    r"(?<![\p{L}\d])(?P<label>" + _LABELS + r")(?![\p{L}])[^\n]{0,60}\?[ \t]*\n"
    r"[ \t]*(?:\[[^\]\n]{1,16}\][ \t]*)?(?:[\p{L}][\p{L} .'-]{0,20}:[ \t]*)?(?P<v>[^\n]{1,80})",
    regex.IGNORECASE | regex.UNICODE)


# Every field pattern, table header and question holds a label: one search skips most messages.
_ANY_LABEL = regex.compile(r"(?<![\p{L}\d])(?:" + _LABELS + r")(?![\p{L}])", regex.IGNORECASE)


def _fits(field: Field, value: str) -> bool:
    return bool(field.shape.fullmatch(value)) and field.check(value)


def answered_questions(text: str, timeout: float) -> Iterator[tuple[Field, int, int]]:
    """Answers to a question that names a field, when the whole answer fits the field."""
    for match in finditer(_QUESTION, text, timeout):
        field = BY_LABEL[normalize_header(match.group("label"))]
        a, b = match.span("v")
        while b > a and text[b - 1] in " \t.!\r":
            b -= 1
        if _fits(field, text[a:b]):
            yield field, a, b


class FieldLabelRecognizer(LocalRecognizer):
    """Phone numbers, postal codes, cards, IBANs, SSNs and birth dates named by the label before them.

    Args:
        timeout: Seconds one field's pattern may run over one text.
    """

    def __init__(self, timeout: float = DEFAULT_TIMEOUT_SECONDS):
        self.timeout = timeout
        super().__init__(supported_entities=sorted({f.entity for f in FIELDS}), supported_language="en",
                         name=type(self).__name__)

    def load(self) -> None:  # noqa: D102 - the table is read at import
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Every labelled value of ``text`` whose field is asked for."""
        check_deadline()
        results: list[RecognizerResult] = []
        if finditer(_ANY_LABEL, text, self.timeout) == ():
            return results
        for field in FIELDS:
            if entities and field.entity not in entities:
                continue
            for match in finditer(field.pattern, text, self.timeout):
                start = match.start("v")
                while text[start].isspace():  # a value on the line after its label
                    start += 1
                end = _checked_end(field, text, start, match.end("v"))
                if end is not None:
                    results.append(self._result(field.entity, start, end))
        for field, a, b in (*table_cells(text), *answered_questions(text, self.timeout)):
            if not entities or field.entity in entities:
                results.append(self._result(field.entity, a, b))
        return results

    def _result(self, entity: str, start: int, end: int) -> RecognizerResult:
        return RecognizerResult(entity, start, end, SCORE,
                                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})
