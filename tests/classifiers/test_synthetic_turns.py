"""Labelled turns from a generated corpus: read with the project's ingest, joined with the truth."""

import json
from collections import Counter

import pytest

from classifiers.labelled_data import read_labelled
from classifiers.synthetic_turns import read_generated, write_training_file


def test_every_assistant_turn_of_a_generated_corpus_gets_its_truth_label(tmp_path):
    from synthetic.generator import generate

    summary = generate(tmp_path / "c", 30, 1001)
    turns = list(read_generated(tmp_path / "c", context_turns=1))
    truth = [json.loads(line) for line in (tmp_path / "c" / "truth.jsonl").open()]
    assert Counter(t.valence for t in turns) == Counter(v for r in truth for v in r["turn_valence"])
    assert len({t.conversation_id for t in turns}) == sum(r["kind"] == "conversation" for r in truth)
    assert all(len(t.turn.context) <= 1 for t in turns)
    assert {t.family for t in turns} <= set(summary.families)


def test_training_file_keeps_every_emotional_turn_subsamples_ordinary_tasks_and_is_reproducible(tmp_path):
    path = write_training_file(40, 1001, neutral_keep=0.0, cache_dir=tmp_path / "a")
    again = write_training_file(40, 1001, neutral_keep=0.0, cache_dir=tmp_path / "b")
    assert path.read_bytes() == again.read_bytes()
    data = read_labelled(path)
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    assert "ordinary_task" not in data.categories
    truth = [json.loads(line) for line in (tmp_path / "a" / "seed1001-n40" / "corpus" / "truth.jsonl").open()]
    emotional = sum(v != "neutral" for t in truth for v in t["turn_valence"])
    assert int(data.labels.sum()) == emotional
    assert all(r["template"] == r["id"].split("#")[0] for r in rows)  # grouped by conversation


def test_evaluation_seeds_are_refused_for_training(tmp_path):
    with pytest.raises(ValueError, match="seed 7"):
        write_training_file(40, 7, cache_dir=tmp_path)
