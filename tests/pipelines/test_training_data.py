"""The real labeled set as the model sees it: redacted, and redacted only once per conversation."""

from __future__ import annotations

import json
import logging

from classifiers.real_set import LABELS_FILE, TEXTS_FILE
from pipelines.training_data import redacted_real_set
from privacy.settings import RedactionSettings


def _committed_rows(n: int) -> list[dict]:
    """The first ``n`` labeled turns of distinct conversations whose texts are committed."""
    committed = {json.loads(line)["source"] for line in TEXTS_FILE.read_text().splitlines()}
    rows, seen = [], set()
    for line in LABELS_FILE.read_text().splitlines():
        row = json.loads(line)
        if row["source"] in committed and row["conversation_id"] not in seen:
            rows.append(row)
            seen.add(row["conversation_id"])
        if len(rows) == n:
            return rows
    raise AssertionError("too few committed conversations")


def test_more_labels_redact_only_the_new_conversations(tmp_path, caplog):
    rows = _committed_rows(3)
    labels = tmp_path / "labels.jsonl"
    nowhere = tmp_path / "no-pool"

    def load(count: int) -> list:
        labels.write_text("".join(json.dumps(r) + "\n" for r in rows[:count]))
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="expression_miner.training_data"):
            return redacted_real_set(nowhere, RedactionSettings(), 1, labels_file=labels, cache_dir=tmp_path / "cache")

    first = load(2)
    assert "redacting 2 labeled conversations" in caplog.text
    again = load(3)
    assert "redacting 1 labeled conversations" in caplog.text
    assert [(t.id, i) for t, i in again[:2]] == [(t.id, i) for t, i in first]
    load(3)
    assert "redacting" not in caplog.text
