"""The output audit: scan every file under a directory for planted canaries and PII patterns.

Findings name the file, the kind of hit and where (line, or Parquet column and row), never the
matched value. Run as ``python -m privacy.audit ROOT --canaries FILE``; the exit code is 1 when
anything is found, 0 when the outputs are clean, 2 on a usage error.

The patterns here are written independently of the recognizers on purpose: the audit is a second
line of defence and should not share the redactor's blind spots.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

from privacy.checksums import iban_ok, luhn_ok, ssn_ok


@dataclass(frozen=True, slots=True)
class AuditFinding:
    """One hit. ``detail`` names the canary index or the pattern and the place, never the value."""

    path: str
    kind: str  # "canary" or "pii"
    detail: str


def _card_ok(value: str) -> bool:
    digits = [c for c in value if c.isdigit()]
    return 13 <= len(digits) <= 19 and len(set(digits)) >= 2 and luhn_ok(value)


def _ip_ok(value: str) -> bool:
    return all(0 <= int(part) <= 255 for part in value.split(".")) and not value.startswith("0.")


# (name, pattern, extra check). Placeholders such as <EMAIL_ADDRESS_1> never match these.
PII_PATTERNS: tuple[tuple[str, regex.Pattern, Any], ...] = (
    ("email", regex.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b"), None),
    ("us_ssn", regex.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])"), ssn_ok),
    # Not inside a longer word: digit runs in hex pseudonyms (c_…, a_…) are not card numbers.
    ("credit_card", regex.compile(r"(?<![\w.-])\d(?:[ -]?\d){12,18}(?![\w-])"), _card_ok),
    ("iban", regex.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b"), iban_ok),
    ("ipv4", regex.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.]*\d)"), _ip_ok),
    ("aws_access_key", regex.compile(r"\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b"), None),
    ("github_token", regex.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{22,})"), None),
    ("sk_api_key", regex.compile(r"\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}"), None),
    ("stripe_key", regex.compile(r"\b(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{10,}"), None),
    ("slack_token", regex.compile(r"\bxox[abposre]-[A-Za-z0-9-]{10,}"), None),
    ("google_api_key", regex.compile(r"\bAIza[0-9A-Za-z_-]{35}"), None),
    ("jwt", regex.compile(r"\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}"), None),
    ("private_key", regex.compile(r"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----"), None),
)
_TIMEOUT_SECONDS = 5.0


def _strings(value: Any) -> Iterator[str]:
    """Every string inside a (possibly nested) Arrow-to-Python value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, bytes):
        yield value.decode("utf-8", errors="replace")
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def _parquet_units(path: Path) -> Iterator[tuple[str, str]]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    row0 = 0
    for group in range(pf.num_row_groups):
        table = pf.read_row_group(group)
        for name in table.column_names:
            for i, value in enumerate(table.column(name).to_pylist()):
                for text in _strings(value):
                    yield f"column {name}, row {row0 + i}", text
        row0 += table.num_rows


def _text_units(path: Path) -> Iterator[tuple[str, str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as fh:  # type: ignore[operator]
        for lineno, line in enumerate(fh, 1):
            yield f"line {lineno}", line


def _units(path: Path) -> Iterator[tuple[str, str]]:
    with path.open("rb") as fh:
        is_parquet = fh.read(4) == b"PAR1"
    return _parquet_units(path) if is_parquet else _text_units(path)


def audit_paths(root: Path, canaries: Sequence[str]) -> list[AuditFinding]:
    """Scan every file under ``root`` (or ``root`` itself if a file).

    Parquet files (by magic bytes) are read column by column, including strings nested in lists
    and structs; every other file is read as UTF-8 text (``.gz`` decompressed). Canaries match
    case-insensitively anywhere; PII patterns need their checksum where one exists.

    Returns:
        Findings, in file order; empty when clean.
    """
    root = Path(root)
    wanted = [c.strip() for c in canaries if c.strip()]
    canary_re = None
    if wanted:
        order = sorted(range(len(wanted)), key=lambda i: -len(wanted[i]))
        canary_re = regex.compile("|".join(f"(?P<c{i}>{regex.escape(wanted[i])})" for i in order), regex.IGNORECASE)
    files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
    findings: list[AuditFinding] = []
    for path in files:
        try:
            for where, text in _units(path):
                findings.extend(_scan(str(path), where, text, canary_re))
        except Exception as err:  # noqa: BLE001 - an unreadable output is itself a finding
            findings.append(AuditFinding(str(path), "unreadable", f"cannot be scanned ({type(err).__name__})"))
    return findings


def _scan(path: str, where: str, text: str, canary_re: regex.Pattern | None) -> Iterator[AuditFinding]:
    if canary_re is not None:
        for match in canary_re.finditer(text, timeout=_TIMEOUT_SECONDS):
            index = int(match.lastgroup[1:])  # type: ignore[index]
            yield AuditFinding(path, "canary", f"canary #{index} at {where}")
    for name, pattern, check in PII_PATTERNS:
        for match in pattern.finditer(text, timeout=_TIMEOUT_SECONDS):
            if check is None or check(match.group()):
                yield AuditFinding(path, "pii", f"pattern {name} at {where}")


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print findings (never values) and return the exit code."""
    parser = argparse.ArgumentParser(prog="python -m privacy.audit", description="Scan outputs for canaries and PII.")
    parser.add_argument("roots", type=Path, nargs="+", metavar="root",
                        help="directories (scanned recursively) or files")
    parser.add_argument("--canaries", type=Path, help="a file with one canary string per line")
    args = parser.parse_args(argv)
    for root in args.roots:
        if not root.exists():
            print(f"audit: {root} does not exist", file=sys.stderr)
            return 2
    canaries: list[str] = []
    if args.canaries is not None:
        try:
            canaries = args.canaries.read_text(encoding="utf-8").splitlines()
        except OSError as err:
            print(f"audit: canary file {args.canaries} cannot be read ({type(err).__name__})", file=sys.stderr)
            return 2
    findings = [f for root in args.roots for f in audit_paths(root, canaries)]
    for f in findings:
        print(f"{f.kind}\t{f.path}\t{f.detail}")
    n_files = sum(1 if root.is_file() else sum(1 for p in root.rglob("*") if p.is_file()) for root in args.roots)
    print(f"audit: {len(findings)} findings in {n_files} files, {len([c for c in canaries if c.strip()])} canaries checked")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
