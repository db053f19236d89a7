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

from privacy.checksums import iban_ok, luhn_ok, ssn_ok

TABLE = Path(__file__).parent / "data" / "field_labels.toml"


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def _has_digit(value: str) -> bool:
    return any(c.isdigit() for c in value)


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


# Values a form leaves in place of a name or a login.
_NOT_A_NAME = frozenset({"n/a", "na", "none", "unknown", "same", "see", "as", "above", "below", "tbd", "-", "yes", "no"})
_NOT_A_HANDLE = frozenset({"admin", "administrator", "root", "user", "guest", "test", "demo", "none", "n/a"})


def _is_name(value: str) -> bool:
    """A name: at most five words of letters, not a filler like "n/a" or "see above"."""
    words = value.replace(",", " ").split()
    return 0 < len(words) <= 5 and not any(w.casefold() in _NOT_A_NAME for w in words) and \
        not any(c.isdigit() or c == "@" for c in value)


CHECKS: dict[str, Callable[[str], bool]] = {
    "phone_digits": lambda v: 6 <= len(_digits(v)) <= 15,
    "postal_code": _has_digit,
    "card_luhn": lambda v: 12 <= len(_digits(v)) <= 19 and luhn_ok(v),
    "iban": iban_ok,
    "ssn": ssn_ok,
    "date": _date_ok,
    # An address has a number or a capitalised word ("see attached" is not one).
    "address_line": lambda v: _has_digit(v) or any(w[:1].isupper() for w in v.split()),
    "name": _is_name,
    "handle": lambda v: any(c.isalpha() for c in v) and v.casefold() not in _NOT_A_HANDLE,
    # A document number holds a digit; a word after "passport" ("renewal", "expired") does not.
    "id_document": _has_digit,
}


@dataclass(frozen=True)
class Field:
    """One kind of labelled value.

    Attributes:
        entity: What the value is.
        shape: The value's shape (a regex; a cell or an answer must match it whole).
        pattern: Finds ``label [filler] value`` in a text; the value is group ``v``.
        check: What the value must pass.
    """

    entity: str
    shape: regex.Pattern
    pattern: regex.Pattern
    check: Callable[[str], bool]


def label_alternation(labels: Iterable[str]) -> str:
    """A regex alternation of ``labels``, longest first, escaped."""
    return "|".join(regex.escape(label) for label in sorted(set(labels), key=len, reverse=True))


# "Phone No.", "card #": the filler is a word of its own, so "teléfono" keeps its "no".
_HEADER_FILLER = regex.compile(r"(?:[ .]+(?:no|nr|number|num)|[ .]*#)+$")
# Where a label must stand when it is a common word ("name", "user"): opening a line, after a bullet,
# a separator or a timestamp, not inside a sentence ("product name", "the user").
_LINE_START = r"(?:^|(?<=[\n|;\t,]))[ \t>*•·\-]*"


def normalize_header(cell: str) -> str:
    """A column header as a label: lower case, ``_`` and ``-`` as spaces, no trailing "no"/"#"."""
    header = regex.sub(r"[_\-]+", " ", cell.strip().strip("\"'").casefold()).strip(" :.#")
    return _HEADER_FILLER.sub("", header).strip() or header


def _fields(table: dict) -> tuple[list[Field], dict[str, Field], frozenset[str]]:
    """The fields, each label (normalised as a column header) -> its field, and every label word."""
    # Up to three filler words or signs between label and value; a word filler is a whole word.
    words = [f for f in table["filler"] if f[-1].isalpha()]
    signs = [f for f in table["filler"] if not f[-1].isalpha()]
    filler = (r"(?:[ \t]*(?:(?:" + label_alternation(words) + r")(?![\p{L}])|" + label_alternation(signs) + r")){0,3}"
              r"[ \t]*")
    fields, by_label, labels = [], {}, set(table["other"]["labels"])
    for entry in table["field"]:
        if entry["check"] not in CHECKS:
            raise ValueError(f"{TABLE}: unknown check {entry['check']!r}; known: {', '.join(sorted(CHECKS))}")
        labels.update(entry["labels"])
        before = _LINE_START if entry.get("line_start") else r"(?<![\p{L}\d])"
        pattern = regex.compile(
            before + r"(?:" + label_alternation(entry["labels"]) + r")(?![\p{L}])" + filler
            + r"(?P<v>" + entry["value"] + r")(?![\p{L}\d])",
            regex.IGNORECASE | regex.UNICODE | regex.MULTILINE,
        )
        field = Field(entry["entity"], regex.compile(entry["value"], regex.IGNORECASE | regex.UNICODE), pattern,
                      CHECKS[entry["check"]])
        fields.append(field)
        for label in entry["labels"]:
            by_label.setdefault(normalize_header(label), field)
    return fields, by_label, frozenset(label.casefold() for label in labels)


with TABLE.open("rb") as _fh:
    _TABLE = tomllib.load(_fh)
FIELDS, BY_LABEL, LABELS = _fields(_TABLE)
"""The fields; each label, normalised as a column header, -> its field; every label word."""
POSTAL_CODE: str = next(f["value"] for f in _TABLE["field"] if f["check"] == "postal_code")
"""The shapes of postal codes, as a regex (for :mod:`privacy.address_blocks`)."""
LABEL_LINE = regex.compile(r"[ \t]*(?:" + label_alternation(LABELS) + r")(?![\p{L}])[ \t]*[:#=\-–]", regex.IGNORECASE)
"""A line opening with ``label:``."""


def is_label(value: str) -> bool:
    """True if ``value`` is only a field label (and punctuation)."""
    return value.strip(" \t\n:#=-–.()").casefold() in LABELS
