"""``expression-miner audit OUTPUT_DIR``: check what a run wrote before anyone reads it.

Three checks, each finding naming a file and a place, never the text there:

1. Canaries and PII patterns in every file under ``published/`` (and ``restricted/`` with
   ``--restricted``), by :func:`privacy.audit.audit_paths`, whose patterns are written apart from the
   redactor's on purpose (a second line of defence should not share the first one's blind spots).
2. The k-anonymous vocabulary: every keyword and label term a published theme shows must occur in
   the trigger contexts of at least ``k_accounts`` distinct accounts of that theme, recounted from
   the restricted events and the theme assignments (``publish/`` is the only reader of both).
3. ``restricted/`` readable only by its owner: a folder or file others on the machine could read is
   a finding.
"""

from __future__ import annotations

import json
import stat
from collections import defaultdict
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from schemas import layout
from privacy.audit import AuditFinding, audit_paths
from themes.documents import trigger_text, vocabulary_terms


def _parquet_rows(folder: Path, columns: list[str]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for part in sorted(folder.glob("*.parquet")):
        rows.extend(pq.read_table(part, columns=columns).to_pylist())
    return rows


def _theme_vocabulary(output_dir: Path) -> dict[str, dict[str, set[str]]]:
    """theme_id -> term -> accounts that used it, recounted from the restricted tables."""
    restricted = output_dir / layout.RESTRICTED
    clusters = {(c["valence"], c["cluster"]): c["theme_id"]
                for c in json.loads((output_dir / layout.THEME_CLUSTERS).read_text())}
    theme_of = {}
    for row in _parquet_rows(restricted / "themes" / "assignments", ["event_key", "valence", "cluster"]):
        theme_id = clusters.get((row["valence"], row["cluster"]))
        if theme_id is not None:
            theme_of[row["event_key"]] = theme_id
    vocabulary: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    columns = ["conversation_key", "account_key", "turn_index", "valence", "trigger_context"]
    for event in _parquet_rows(restricted / "events", columns):
        key = f"{event['conversation_key']}:{event['turn_index']}:{event['valence']}"
        theme_id = theme_of.get(key)
        if theme_id is None:
            continue
        for term in vocabulary_terms(trigger_text(event["trigger_context"])):
            vocabulary[theme_id][term].add(event["account_key"])
    return vocabulary


def vocabulary_findings(output_dir: Path) -> list[AuditFinding]:
    """Published keywords and label terms used by fewer than ``k_accounts`` accounts of their theme."""
    themes_file = output_dir / layout.THEMES_JSON
    if not themes_file.is_file():
        return [AuditFinding(str(themes_file), "missing", "no published themes file to check")]
    doc = json.loads(themes_file.read_text())
    k = doc["privacy"]["k_accounts"]
    try:
        vocabulary = _theme_vocabulary(output_dir)
    except (OSError, KeyError, ValueError) as err:
        return [AuditFinding(str(output_dir / layout.RESTRICTED), "vocabulary",
                             f"cannot recount the vocabulary: the restricted tables are unreadable ({type(err).__name__})")]
    sources = [(str(themes_file), t["theme_id"], t["label"], t["keywords"]) for t in doc["themes"]]
    seeds = output_dir / layout.PUBLISHED / layout.ASSESSMENT_SEEDS
    if seeds.is_file():
        for line in seeds.read_text().splitlines():
            meta = json.loads(line)["metadata"]
            sources.append((str(seeds), meta["theme_id"], meta["label"], meta["keywords"]))
    findings = []
    for path, theme_id, label, keywords in sources:
        terms = [("keyword", i + 1, term) for i, term in enumerate(keywords)]
        terms += [("label term", i + 1, term.strip()) for i, term in enumerate(label.split(" / ")) if term.strip()]
        for kind, position, term in terms:
            accounts = len(vocabulary.get(theme_id, {}).get(term, ()))
            if accounts < k:
                findings.append(AuditFinding(path, "vocabulary", f"theme {theme_id}: {kind} {position} is used by "
                                                                 f"{accounts} accounts of the theme (k_accounts is {k})"))
    return findings


def permission_findings(restricted: Path) -> list[AuditFinding]:
    """Folders and files under ``restricted/`` that group or others may read, write or enter."""
    if not restricted.exists():
        return []
    findings = []
    for path in [restricted, *sorted(restricted.rglob("*"))]:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            findings.append(AuditFinding(str(path), "permissions", f"mode {mode:04o}: readable beyond its owner"))
    return findings


def audit_output(output_dir: Path, canaries: list[str], include_restricted: bool = False) -> list[AuditFinding]:
    """Every finding of the three checks for one run's output folder."""
    findings = audit_paths(output_dir / layout.PUBLISHED, canaries)
    if include_restricted:
        findings += audit_paths(output_dir / layout.RESTRICTED, canaries)
    findings += vocabulary_findings(output_dir)
    findings += permission_findings(output_dir / layout.RESTRICTED)
    return findings
