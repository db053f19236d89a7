"""Cells of pasted tables, by their column's header: pipe tables ("| thing | login | password |")
and CSV or tab-separated exports ("Order #,First Name,Last Name")."""

from __future__ import annotations

from collections.abc import Iterator

import regex

_ROW = regex.compile(r"(?m)^[ \t]*\|?(.*\|.*?)\|?[ \t]*$")
_RULE = regex.compile(r"^[\s|:\-+]+$")
_LINE = regex.compile(r"(?m)^.*$")
# A CSV header cell is short and holds no sentence punctuation.
_HEADER_CELL = regex.compile(r"[\w #/().\[\]'-]{1,30}")
# "Password [Required]", "temp_password", "Last Name (legal)": a header cell's name without notes.
_HEADER_NOTE = regex.compile(r"\s*[\[(][^\])]*[\])]\s*")


def column_cells(text: str, header_words: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Spans of the non-empty cells below a header cell that is one of ``header_words`` (lower
    case; notes in brackets and underscores ignored): in pipe-separated tables (markdown or plain) of
    two or more columns, and in comma-, semicolon- or tab-separated blocks whose header line has
    three or more short cells."""
    if "|" in text:
        yield from _pipe_cells(text, header_words)
    if "," in text or "\t" in text or ";" in text:
        yield from _csv_cells(text, header_words)


def _pipe_cells(text: str, header_words: frozenset[str]) -> Iterator[tuple[int, int]]:
    columns: set[int] = set()
    for line in _ROW.finditer(text):
        body_start, body = line.start(1), line.group(1)
        if _RULE.fullmatch(body):
            continue
        cells = [(m.start(), m.end()) for m in regex.finditer(r"[^|]+", body)]
        if len(cells) < 2:
            columns = set()
            continue
        names = [_header_name(body[a:b]) for a, b in cells]
        if any(n in header_words for n in names):
            columns = {i for i, n in enumerate(names) if n in header_words}
            continue
        for i in columns:
            if i < len(cells):
                yield from _stripped(body_start, body, *cells[i])


def _csv_cells(text: str, header_words: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Rows below a header line keep its separator and its number of cells; a line that does not
    ends the block (quoted cells holding the separator are not split: such exports are rare)."""
    columns: set[int] = set()
    sep, width = "", 0
    lines = list(_LINE.finditer(text))
    for n, line in enumerate(lines):
        body_start, body = line.start(), line.group()
        if columns and body.count(sep) + 1 == width:
            cells = _split(body, sep)
            for i in columns:
                yield from _stripped(body_start, body, *cells[i])
            continue
        columns = set()
        following = lines[n + 1].group() if n + 1 < len(lines) else ""
        for candidate in ("\t", ";", ","):
            # A header line is followed by a row of as many cells: prose rarely is.
            if body.count(candidate) < 2 or following.count(candidate) != body.count(candidate):
                continue
            cells = _split(body, candidate)
            names = [_header_name(body[a:b]) for a, b in cells]
            if len(cells) >= 3 and all(_HEADER_CELL.fullmatch(n) for n in names) and any(n in header_words for n in names):
                columns = {i for i, n in enumerate(names) if n in header_words}
                sep, width = candidate, len(cells)
                break


def _header_name(cell: str) -> str:
    return _HEADER_NOTE.sub(" ", cell).replace("_", " ").strip().lower()


def _split(body: str, sep: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for part in body.split(sep):
        spans.append((start, start + len(part)))
        start += len(part) + len(sep)
    return spans


def _stripped(offset: int, body: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    value = body[a:b]
    lead = len(value) - len(value.lstrip())
    if value.strip():
        yield offset + a + lead, offset + a + lead + len(value.strip())
