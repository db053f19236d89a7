"""Pure scoring functions for the PII redaction benchmark (no Presidio, no I/O of text).

Definitions (all shares are fractions in [0, 1]):

* **leak rate**: share of gold spans whose exact value string still appears in the redacted
  text as a whole token (case-sensitive; not preceded or followed by a word character, so the
  name "Ana" does not "leak" through "banana"). Type-agnostic: it only asks whether the value
  is gone. A value split by a replacement (``4111 <X> 1111``) does not count as leaked; the
  coverage figure below catches partial redaction.
* **recall** (type-agnostic): a gold span is found when the union of predicted spans covers at
  least ``min_coverage`` (default 0.5) of its characters. The union, not one span, so an address
  predicted as street plus city still counts.
* **type-aware recall**: as recall, but only predicted spans whose type is compatible with the
  gold type (``COMPATIBLE``) count.
* **PERSON any-token leak**: share of PERSON spans of which at least one name token (split on
  whitespace) still appears as a whole token: "<PERSON> Malhotra" leaks the surname even though
  the full value "Arjun Malhotra" is gone. Stricter than the leak rate, reported beside it.
* **gold character coverage**: characters of gold spans inside any predicted span / all gold
  characters.
* **precision** (type-agnostic, PII messages only): predicted spans that overlap some gold span
  by at least one character / all predicted spans on those messages.
* **over-redaction**: on no-PII messages, characters inside the union of predicted spans /
  all characters of those messages (micro-average), also per look-alike category.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

GOLD_TYPES = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "LOCATION", "CREDIT_CARD", "IBAN_CODE", "US_SSN",
              "IP_ADDRESS", "URL", "DATE_OF_BIRTH", "SECRET", "USERNAME", "ID_NUMBER")

# Gold type -> predicted types accepted by type-aware recall (the gold name itself always counts).
# Why these: Presidio and our redactor name some entities differently (DATE_TIME for a birth
# date, national-id recognizers per country, ADDRESS vs LOCATION). A value typed within the
# same family is redacted into an equally safe placeholder.
COMPATIBLE: dict[str, frozenset[str]] = {
    "PERSON": frozenset({"PERSON", "NAME", "PER", "PERSON_NAME", "NRP"}),
    "EMAIL_ADDRESS": frozenset({"EMAIL_ADDRESS", "EMAIL"}),
    "PHONE_NUMBER": frozenset({"PHONE_NUMBER", "PHONE", "UK_PHONE_NUMBER"}),
    "LOCATION": frozenset({"LOCATION", "ADDRESS", "STREET_ADDRESS", "GPE", "LOC", "FAC", "POSTCODE",
                           "ZIP_CODE", "PRIVATE_PLACE"}),
    "CREDIT_CARD": frozenset({"CREDIT_CARD"}),
    "IBAN_CODE": frozenset({"IBAN_CODE", "IBAN", "BANK_ACCOUNT", "US_BANK_NUMBER"}),
    "US_SSN": frozenset({"US_SSN", "US_ITIN", "SSN", "ID_NUMBER", "NATIONAL_ID"}),
    "IP_ADDRESS": frozenset({"IP_ADDRESS", "IP"}),
    "URL": frozenset({"URL", "PRIVATE_URL", "URL_WITH_TOKEN", "SECRET"}),
    "DATE_OF_BIRTH": frozenset({"DATE_OF_BIRTH", "DATE_TIME", "DATE", "DOB"}),
    "SECRET": frozenset({"SECRET", "API_KEY", "PASSWORD", "PRIVATE_KEY", "CONNECTION_STRING", "CREDENTIAL",
                         "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "JWT", "TOKEN", "ACCESS_TOKEN"}),
    "USERNAME": frozenset({"USERNAME", "USER_NAME", "HANDLE", "LOGIN", "SOCIAL_HANDLE"}),
    "ID_NUMBER": frozenset({"ID_NUMBER", "NATIONAL_ID", "US_PASSPORT", "US_DRIVER_LICENSE", "MEDICAL_LICENSE",
                            "UK_NHS", "UK_NINO", "UK_PASSPORT", "UK_DRIVING_LICENCE", "IN_AADHAAR", "IN_PAN",
                            "IN_PASSPORT", "ES_NIF", "ES_NIE", "IT_FISCAL_CODE", "IT_PASSPORT", "IT_IDENTITY_CARD",
                            "IT_DRIVER_LICENSE", "DE_ID_CARD", "DE_PASSPORT", "BR_CPF", "CA_SIN", "PASSPORT",
                            "DRIVER_LICENSE", "MEDICAL_RECORD_NUMBER", "MRN", "US_SSN", "US_ITIN",
                            "US_BANK_NUMBER", "AU_TFN", "AU_MEDICARE", "SG_NRIC_FIN"}),
}

# Targets the project's redaction must reach on the test split (see the redaction issue).
TARGET_LEAK_OVERALL = 0.05
TARGET_LEAK_PERSON = 0.08
TARGET_OVER_REDACTION = 0.05
ZERO_LEAK_TYPES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS", "SECRET")


@dataclass(frozen=True, slots=True)
class Span:
    """A character span ``[start, end)`` with an entity type."""

    start: int
    end: int
    type: str

    def __len__(self) -> int:
        return max(0, self.end - self.start)


@dataclass(frozen=True, slots=True)
class Sample:
    """One benchmark message with its gold spans. ``text`` is synthetic benchmark text."""

    id: str
    role: str
    text: str
    spans: tuple[Span, ...]
    template: str
    no_pii: bool


@dataclass(frozen=True, slots=True)
class Prediction:
    """A redactor's output for one message: redacted text and spans into the original text."""

    text: str
    spans: tuple[Span, ...]


def load_samples(path: str | Path) -> list[Sample]:
    """Read a benchmark JSONL file.

    Raises:
        ValueError: if a line lacks a field or a span lies outside its text (message names the
            line number, never the text).
    """
    samples = []
    with Path(path).open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                spans = tuple(Span(int(s["start"]), int(s["end"]), str(s["type"])) for s in row["spans"])
                sample = Sample(str(row["id"]), str(row["role"]), str(row["text"]), spans, str(row["template"]),
                                bool(row["no_pii"]))
            except (KeyError, TypeError, json.JSONDecodeError) as exc:
                raise ValueError(f"line {lineno}: malformed benchmark record ({type(exc).__name__})") from None
            for s in spans:
                if not 0 <= s.start < s.end <= len(sample.text):
                    raise ValueError(f"line {lineno}: span outside its text")
            if sample.no_pii and spans:
                raise ValueError(f"line {lineno}: no_pii message has gold spans")
            samples.append(sample)
    return samples


def _union_length(intervals: Iterable[tuple[int, int]]) -> int:
    total, cur_start, cur_end = 0, None, None
    for start, end in sorted(intervals):
        if end <= start:
            continue
        if cur_end is None or start > cur_end:
            if cur_end is not None:
                total += cur_end - cur_start  # type: ignore[operator]
            cur_start, cur_end = start, end
        else:
            cur_end = max(cur_end, end)
    if cur_end is not None:
        total += cur_end - cur_start  # type: ignore[operator]
    return total


def covered_chars(gold: Span, predicted: Sequence[Span]) -> int:
    """Number of characters of ``gold`` inside the union of ``predicted`` spans."""
    clipped = ((max(gold.start, p.start), min(gold.end, p.end)) for p in predicted)
    return _union_length(clipped)


def is_found(gold: Span, predicted: Sequence[Span], min_coverage: float = 0.5,
             compatible: frozenset[str] | None = None) -> bool:
    """True if predicted spans (of a compatible type, when given) cover ``min_coverage`` of ``gold``."""
    if compatible is not None:
        predicted = [p for p in predicted if p.type in compatible or p.type == gold.type]
    return len(gold) > 0 and covered_chars(gold, predicted) >= min_coverage * len(gold)


def is_leaked(value: str, redacted_text: str) -> bool:
    """True if ``value`` still occurs in ``redacted_text`` as a whole token (case-sensitive)."""
    if not value:
        return False
    return re.search(rf"(?<!\w){re.escape(value)}(?!\w)", redacted_text) is not None


def any_token_leaked(value: str, redacted_text: str) -> bool:
    """True if any whitespace-separated token of ``value`` (2+ chars) survives as a whole token."""
    return any(is_leaked(tok, redacted_text) for tok in value.split() if len(tok) >= 2)


def overlaps_any(span: Span, others: Sequence[Span]) -> bool:
    """True if ``span`` shares at least one character with any of ``others``."""
    return any(span.start < o.end and o.start < span.end for o in others)


def covered_share(predicted: Sequence[Span], text_length: int) -> tuple[int, int]:
    """(characters inside the union of ``predicted`` clipped to the text, text length)."""
    clipped = ((max(0, p.start), min(text_length, p.end)) for p in predicted)
    return _union_length(clipped), text_length


def category_of(template: str) -> str:
    """Template id ``nopii_public_figure_03`` -> category ``nopii_public_figure``."""
    head, _, tail = template.rpartition("_")
    return head if tail.isdigit() and head else template


def _share(num: float, den: float) -> float | None:
    return round(num / den, 4) if den else None


def score(samples: Sequence[Sample], predictions: Sequence[Prediction], min_coverage: float = 0.5,
          compatible: dict[str, frozenset[str]] | None = None) -> dict:
    """Score predictions against gold; return figures and per-sample misses (ids and types only).

    Returns:
        A dict with the overall figures, per-type dicts, over-redaction per category, and
        ``misses``: a list of ``(sample id, gold type, "leak"|"miss")`` for ``--show-misses``.
    """
    if len(samples) != len(predictions):
        raise ValueError("predictions must have one entry per sample")
    compatible = COMPATIBLE if compatible is None else compatible
    n = defaultdict(int)
    leaked = defaultdict(int)
    found = defaultdict(int)
    found_typed = defaultdict(int)
    gold_chars = covered_gold = 0
    pred_total = pred_true = 0
    fp_by_pred_type: dict[str, int] = defaultdict(int)
    nopii_cov = defaultdict(int)
    nopii_len = defaultdict(int)
    nopii_touched = nopii_msgs = 0
    misses: list[tuple[str, str, str]] = []
    person_token_leaks = 0
    cat_n: dict[str, int] = defaultdict(int)
    cat_leaked: dict[str, int] = defaultdict(int)
    for sample, pred in zip(samples, predictions):
        if sample.no_pii:
            cov, length = covered_share(pred.spans, len(sample.text))
            cat = category_of(sample.template)
            nopii_cov[cat] += cov
            nopii_len[cat] += length
            nopii_msgs += 1
            nopii_touched += cov > 0
            for p in pred.spans:
                fp_by_pred_type[p.type] += 1
            continue
        for g in sample.spans:
            n[g.type] += 1
            value = sample.text[g.start:g.end]
            is_leak = is_leaked(value, pred.text)
            leaked[g.type] += is_leak
            cat_n[category_of(sample.template)] += 1
            cat_leaked[category_of(sample.template)] += is_leak
            if g.type == "PERSON":
                person_token_leaks += any_token_leaked(value, pred.text)
            hit = is_found(g, pred.spans, min_coverage)
            found[g.type] += hit
            found_typed[g.type] += is_found(g, pred.spans, min_coverage, compatible.get(g.type, frozenset()))
            gold_chars += len(g)
            covered_gold += covered_chars(g, pred.spans)
            if is_leak or not hit:
                misses.append((sample.id, g.type, "leak" if is_leak else "miss"))
        for p in pred.spans:
            pred_total += 1
            if overlaps_any(p, sample.spans):
                pred_true += 1
            else:
                fp_by_pred_type[p.type] += 1
    total = sum(n.values())
    types = sorted(n)
    return {
        "leak_rate_overall": _share(sum(leaked.values()), total),
        "leak_rate_by_type": {t: _share(leaked[t], n[t]) for t in types},
        "leak_rate_by_template_category": {c: _share(cat_leaked[c], cat_n[c]) for c in sorted(cat_n)},
        "leak_rate_person_any_token": _share(person_token_leaks, n.get("PERSON", 0)),
        "recall_overall": _share(sum(found.values()), total),
        "recall_by_type": {t: _share(found[t], n[t]) for t in types},
        "recall_type_aware_overall": _share(sum(found_typed.values()), total),
        "recall_type_aware_by_type": {t: _share(found_typed[t], n[t]) for t in types},
        "gold_char_coverage_overall": _share(covered_gold, gold_chars),
        "precision_overall": _share(pred_true, pred_total),
        "predicted_spans_pii_messages": pred_total,
        "false_positive_spans_by_pred_type": dict(sorted(fp_by_pred_type.items())),
        "over_redaction_char_share": _share(sum(nopii_cov.values()), sum(nopii_len.values())),
        "over_redaction_char_share_by_category": {c: _share(nopii_cov[c], nopii_len[c]) for c in sorted(nopii_len)},
        "nopii_messages_touched_share": _share(nopii_touched, nopii_msgs),
        "gold_spans": total,
        "gold_spans_by_type": {t: n[t] for t in types},
        "nopii_messages": nopii_msgs,
        "misses": misses,
    }


def check_targets(figures: dict) -> list[str]:
    """Names of the redaction targets that ``figures`` misses (empty list: all met)."""
    failed = []
    leak = figures.get("leak_rate_overall")
    if leak is None or leak > TARGET_LEAK_OVERALL:
        failed.append("leak_rate_overall")
    by_type = figures.get("leak_rate_by_type", {})
    for t in ZERO_LEAK_TYPES:
        if by_type.get(t):
            failed.append(f"leak_rate_by_type.{t}")
    if (by_type.get("PERSON") or 0) > TARGET_LEAK_PERSON:
        failed.append("leak_rate_by_type.PERSON")
    over = figures.get("over_redaction_char_share")
    if over is not None and over > TARGET_OVER_REDACTION:
        failed.append("over_redaction_char_share")
    return failed
