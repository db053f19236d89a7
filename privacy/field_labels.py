"""Field labels: the words forms and messages put before personal data ("Phone:", "ZIP", "DOB").

A label says what the value after it is, so the value needs only to fit that kind's shape loosely
and pass its check; and a label is never itself personal data, although the small NER model
often tags "Tel", "iban" or "Dirección" as a place or an organisation. The table of labels,
shapes and checks is data (``privacy/data/field_labels.toml``); :data:`CHECKS` holds the checks.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import regex

from privacy.checksums import iban_ok, luhn_ok

TABLE = Path(__file__).parent / "data" / "field_labels.toml"
_FILLER = r"(?:[ \t]*(?:no\.?|nr\.?|n°|nº|number|num|#|is|:|=|-|–|—|\.|\(s\))){0,3}[ \t]*"


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def _ssn_ok(value: str) -> bool:
    d = _digits(value)
    return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def _date_ok(value: str) -> bool:
    d = _digits(value)
    if len(d) == 8 and d == value.strip():  # compact: YYYYMMDD or DDMMYYYY
        for year, month, day in ((d[:4], d[4:6], d[6:]), (d[4:], d[2:4], d[:2])):
            try:
                if 1900 <= int(year) <= 2035:
                    dt.date(int(year), int(month), int(day))
                    return True
            except ValueError:
                continue
        return False
    return len(d) >= 4


CHECKS: dict[str, Callable[[str], bool]] = {
    "phone_digits": lambda v: 6 <= len(_digits(v)) <= 15,
    "postal_code": lambda v: any(c.isdigit() for c in v),
    "card_luhn": lambda v: 12 <= len(_digits(v)) <= 19 and luhn_ok(v),
    "iban": iban_ok,
    "ssn": _ssn_ok,
    "date": _date_ok,
    # An address has a number or a capitalised word ("see attached" is not one).
    "address_line": lambda v: any(c.isdigit() for c in v) or any(w[:1].isupper() for w in v.split()),
}


@dataclass(frozen=True)
class Column:
    """The cells under one column header of a pasted table: their entity, shape and check."""

    entity: str
    shape: regex.Pattern
    check: Callable[[str], bool]


@dataclass(frozen=True)
class Field:
    """One kind of labelled value: its entity, its labels' regex and its value check."""

    entity: str
    pattern: regex.Pattern
    check: Callable[[str], bool]


def _label_alternation(labels: Iterable[str]) -> str:
    return "|".join(regex.escape(label) for label in sorted(set(labels), key=len, reverse=True))


_HEADER_FILLER = regex.compile(r"(?:[ .]*(?:no|nr|number|num|#))+$")
_NAME_CELL = regex.compile(r"[\p{L}][\p{L}'’.\- ]{1,60}")


def normalize_header(cell: str) -> str:
    """A column header as a label: lower case, ``_`` and ``-`` as spaces, no trailing "no"/"#"."""
    header = regex.sub(r"[_\-]+", " ", cell.strip().strip("\"'").casefold()).strip(" :.#")
    return _HEADER_FILLER.sub("", header).strip() or header


def _is_name_cell(value: str) -> bool:
    return len(value.split()) <= 5 and "@" not in value


def _columns(table: dict) -> dict[str, Column]:
    columns = {}
    for entry in table["field"]:
        shape = regex.compile(entry["value"], regex.IGNORECASE | regex.UNICODE)
        for label in entry["labels"]:
            columns[normalize_header(label)] = Column(entry["entity"], shape, CHECKS[entry["check"]])
    names = table["name_column"]
    for header in names["headers"]:
        columns[normalize_header(header)] = Column(names["entity"], _NAME_CELL, _is_name_cell)
    return columns


def _fields(table: dict) -> tuple[list[Field], frozenset[str]]:
    fields, labels = [], set(table["other"]["labels"])
    for entry in table["field"]:
        if entry["check"] not in CHECKS:
            raise ValueError(f"{TABLE}: unknown check {entry['check']!r}; known: {', '.join(sorted(CHECKS))}")
        labels.update(entry["labels"])
        pattern = regex.compile(
            r"(?<![\p{L}\d])(?:" + _label_alternation(entry["labels"]) + r")(?![\p{L}])" + _FILLER
            + r"(?P<v>" + entry["value"] + r")(?![\p{L}\d])",
            regex.IGNORECASE | regex.UNICODE,
        )
        fields.append(Field(entry["entity"], pattern, CHECKS[entry["check"]]))
    return fields, frozenset(label.casefold() for label in labels)


with TABLE.open("rb") as _fh:
    _TABLE = tomllib.load(_fh)
FIELDS, LABELS = _fields(_TABLE)
COLUMNS = _columns(_TABLE)
"""Normalised column header -> what its cells are."""
POSTAL_CODE: str = next(f["value"] for f in _TABLE["field"] if f["check"] == "postal_code")
"""The shapes of postal codes, as a regex (for :mod:`privacy.address_blocks`)."""
LABEL_LINE = regex.compile(r"[ \t]*(?:" + _label_alternation(LABELS) + r")(?![\p{L}])[ \t]*[:#=\-–]", regex.IGNORECASE)
"""A line opening with ``label:``."""


def is_label(value: str) -> bool:
    """True if ``value`` is only a field label (and punctuation)."""
    return value.strip(" \t\n:#=-–.()").casefold() in LABELS
