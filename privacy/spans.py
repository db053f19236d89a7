"""Pure span logic: which detected spans are redacted (policy) and how overlapping spans merge."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

from privacy.field_labels import LABEL_LINE, is_label
from privacy.public_names import is_public_name
from privacy.recognizers.words import MONTH_RE


@dataclass(frozen=True, slots=True)
class Span:
    """A detected entity: ``[start, end)`` in the original text, its type and score (no text)."""

    start: int
    end: int
    entity_type: str
    score: float


# Lower rank wins when overlapping spans merge: the most sensitive and most specific type names the
# placeholder (a URL holding a password becomes SECRET; a phone number NER called a DATE stays PHONE).
TYPE_RANK: dict[str, int] = {t: i for i, t in enumerate((
    "SECRET", "IBAN_CODE", "CREDIT_CARD", "US_SSN", "US_ITIN", "ID_NUMBER", "US_PASSPORT", "UK_NHS", "UK_NINO",
    "IN_AADHAAR", "IN_PAN", "ES_NIF", "ES_NIE", "IT_FISCAL_CODE", "AU_TFN", "CA_SIN", "SG_NRIC_FIN",
    "MEDICAL_LICENSE", "CRYPTO", "EMAIL_ADDRESS", "IP_ADDRESS", "MAC_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
    "USERNAME", "URL", "PERSON", "LOCATION", "ORGANIZATION", "NRP", "DATE_TIME",
))}
_UNRANKED = len(TYPE_RANK)

_FULL_DATE = regex.compile(
    r"\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
    r"|\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+" + MONTH_RE + r",?\s+\d{4}"
    r"|" + MONTH_RE + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}",
    regex.IGNORECASE,
)

# Loopback and "any" addresses name this machine in every log and tutorial, never a person's.
_NON_PERSONAL_IP = regex.compile(r"127(?:\.\d{1,3}){3}|0\.0\.0\.0|::1?|0:0:0:0:0:0:0:[01]")
# Placeholder addresses at domains reserved for documentation (RFC 2606): "user@example.com". A
# person-like local part ("maria.lopez@example.org") is still redacted: it may stand for a real one.
_RESERVED_EMAIL = regex.compile(
    r"^(?:user|username|test|tester|testuser|name|your\.?name|yourname|you|someone|somebody|foo|bar|baz|"
    r"example|email|noreply|no-reply)\d*@(?:[\w-]+\.)*(?:example\.(?:com|org|net)|"
    r"[\w-]+\.(?:example|test|invalid|localhost))$", regex.IGNORECASE)
# Four or more dotted groups without a trunk "0" ("124.0.6367.91", "10.0.19045.4291") is a version;
# "07.49.66.67.81" (French) and "1.415.555.0132" (North American) are phone numbers.
_VERSION_NUMBER = regex.compile(r"(?!1\.\d{3}\.\d{3}\.\d{4}$)[1-9]\d{0,3}(?:\.\d{1,5}){3,}")

NAME_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP", "USERNAME"})


def is_full_date(value: str) -> bool:
    """True if ``value`` holds a calendar date with day, month and year ("12 March 2024", "2024-03-12")."""
    return _FULL_DATE.search(value) is not None


def normalize_term(term: str) -> str:
    """Case-folded, whitespace-collapsed, edge-punctuation-stripped form used by the allow list."""
    return " ".join(term.casefold().split()).strip(".,;:!?\"'()[]")


def is_allowed(value: str, allow: frozenset[str]) -> bool:
    """True if ``value`` is an allow-listed term, or every word of it is ("GPT-4 Turbo" is not)."""
    norm = normalize_term(value)
    if norm in allow:
        return True
    words = [normalize_term(w) for w in regex.split(r"[\s,/]+", norm) if w]
    return bool(words) and all(w in allow for w in words)


def apply_policy(
    text: str,
    spans: Iterable[Span],
    allow: frozenset[str],
    redact_full_dates: bool,
    ignored_types: frozenset[str] = frozenset(),
) -> list[Span]:
    """Drop spans the policy keeps in the clear.

    * ``DATE_TIME``: relative dates, weekdays, months, years and times are kept (they carry
      meaning for the analysis and identify no one); a full calendar date is redacted when
      ``redact_full_dates``. Birth dates come as ``DATE_OF_BIRTH`` and are always redacted.
    * Names (PERSON, ORGANIZATION, LOCATION, NRP, USERNAME) that are allow-listed assistant or
      model names are kept, and so are spans that are a whole well-known public figure or
      landmark, or a country or city in a sentence that says nothing about the writer
      (:mod:`privacy.public_names`).
    * Loopback and unspecified IP addresses (``127.0.0.1``, ``0.0.0.0``, ``::1``) are kept, and so
      are version numbers read as phone numbers (see ``_VERSION_NUMBER``) and placeholder e-mail
      addresses at domains reserved for documentation (``user@example.com``).
    * Types in ``ignored_types`` are kept.
    * A field label ("Tel", "iban", "Dirección") is never an entity: see :func:`without_labels`.
    """
    kept = []
    for span in without_labels(text, spans):
        if span.entity_type in ignored_types:
            continue
        value = text[span.start:span.end]
        if span.entity_type == "DATE_TIME" and not (redact_full_dates and is_full_date(value)):
            continue
        if span.entity_type in NAME_TYPES and is_allowed(value, allow):
            continue
        if is_public_name(text, span.start, span.end, span.entity_type):
            continue
        if span.entity_type == "IP_ADDRESS" and _NON_PERSONAL_IP.fullmatch(value.strip()):
            continue
        if span.entity_type == "PHONE_NUMBER" and _VERSION_NUMBER.fullmatch(value.strip()):
            continue
        if span.entity_type == "EMAIL_ADDRESS" and _RESERVED_EMAIL.search(value.strip()):
            continue
        kept.append(span)
    return kept


def merge_spans(spans: Sequence[Span]) -> list[Span]:
    """Merge overlapping spans into their union (so no character of either escapes).

    The merged span takes the type of its best-ranked member (:data:`TYPE_RANK`, then higher
    score, then longer) and the highest score.
    """
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    merged: list[Span] = []
    group: list[Span] = []
    end = -1
    for span in ordered:
        if group and span.start < end:
            group.append(span)
            end = max(end, span.end)
            continue
        if group:
            merged.append(_union(group, end))
        group, end = [span], span.end
    if group:
        merged.append(_union(group, end))
    return merged


def _union(group: list[Span], end: int) -> Span:
    best = min(group, key=lambda s: (TYPE_RANK.get(s.entity_type, _UNRANKED), -s.score, s.start - s.end))
    return Span(group[0].start, end, best.entity_type, max(s.score for s in group))


NAME_SPLIT_TYPES = frozenset({"PERSON", "ORGANIZATION", "NRP"})


def without_labels(text: str, spans: Iterable[Span]) -> list[Span]:
    """Spans as a form lays them out: a span that is only a field label is dropped, a span is cut
    before a line that opens with ``label:``, and a name is cut at its line breaks (a name never
    runs over lines; the next line is often the street that another recognizer found)."""
    kept = []
    for span in spans:
        value = text[span.start:span.end]
        if is_label(value):
            continue
        end = span.end
        for line in regex.finditer(r"\n", value):
            if LABEL_LINE.match(text, span.start + line.end()):
                end = span.start + line.start()
                break
        pieces = [(span.start, end)]
        if span.entity_type in NAME_SPLIT_TYPES:
            pieces = [(span.start + m.start(), span.start + m.end())
                      for m in regex.finditer(r"[^\n]+", text[span.start:end])]
        for start, stop in pieces:
            while stop > start and text[stop - 1].isspace():
                stop -= 1
            while start < stop and text[start].isspace():
                start += 1
            if stop > start and not is_label(text[start:stop]):
                kept.append(Span(start, stop, span.entity_type, span.score))
    return kept
