"""Cells of pasted tables, by their column's header ("| thing | login | password |")."""

from __future__ import annotations

from collections.abc import Iterator

import regex

_ROW = regex.compile(r"(?m)^[ \t]*\|?(.*\|.*?)\|?[ \t]*$")
_RULE = regex.compile(r"^[\s|:\-+]+$")


def column_cells(text: str, header_words: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Spans of the non-empty cells below a header cell that is one of ``header_words`` (lower
    case), in pipe-separated tables (markdown or plain) of two or more columns."""
    columns: set[int] = set()
    for line in _ROW.finditer(text):
        body_start, body = line.start(1), line.group(1)
        if _RULE.fullmatch(body):
            continue
        cells = [(m.start(), m.end()) for m in regex.finditer(r"[^|]+", body)]
        if len(cells) < 2:
            columns = set()
            continue
        names = [body[a:b].strip().lower() for a, b in cells]
        if any(n in header_words for n in names):
            columns = {i for i, n in enumerate(names) if n in header_words}
            continue
        for i in columns:
            if i < len(cells):
                a, b = cells[i]
                value = body[a:b]
                lead = len(value) - len(value.lstrip())
                if value.strip():
                    yield body_start + a + lead, body_start + a + lead + len(value.strip())
