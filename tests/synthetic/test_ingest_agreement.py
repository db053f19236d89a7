"""The project's own ingest readers and parser read the corpus exactly as ``truth.jsonl`` says."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from pipelines.ingest.formats import parse_record
from pipelines.ingest.readers import read_records
from pipelines.ingest.settings import IngestSettings
from schemas import DeadLetter


def test_every_record_parses_or_dead_letters_as_truth_says(corpus):
    truth = {(t["file"], t["row"]): t for t in corpus.truth}
    settings = IngestSettings()
    seen, reasons = set(), Counter()
    for path in sorted(corpus.logs.iterdir()):
        for item in read_records(str(path)):
            out = item if isinstance(item, DeadLetter) else parse_record(item[1], item[0], settings)
            row = out.source_row if isinstance(out, DeadLetter) else out.source.row
            t = truth[(Path(path).name, row)]
            seen.add((Path(path).name, row))
            if isinstance(out, DeadLetter):
                assert out.reason == t["expected_reason"], (t["file"], t["row"])
                reasons[out.reason] += 1
            else:
                assert t["kind"] == "conversation" and t["expected_reason"] is None
                assert out.conversation_id == t["conversation_id"]
                assert out.account_id == t["account_id"]
                assert sum(m.role == "assistant" for m in out.messages) == len(t["turn_valence"])
    assert seen == set(truth)
    assert reasons["broken_file"] == 1
    assert sum(reasons.values()) == corpus.summary.malformed + 1
