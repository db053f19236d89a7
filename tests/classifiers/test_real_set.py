"""The real labeled set: its contract, and that its texts are what its hashes say."""

import json
from collections import Counter

import pytest

from classifiers.real_set import LABELS_FILE, TEXTS_FILE, load_real_set

RESERVED = ("harmless-base", "oasst-model-eval", "ShareGPT92k", "lmsys-chat-1000")


@pytest.fixture(scope="module")
def rows():
    return [json.loads(line) for line in LABELS_FILE.read_text().splitlines()]


def test_the_set_is_big_enough_and_enriched_for_positives(rows):
    assert len(rows) >= 3000
    assert sum(r["distress"] >= 1 for r in rows) >= 150
    assert sum(r["joy"] == 2 for r in rows) >= 50
    assert sum(r["joy"] == 2 for r in rows if r["split"] == "val") >= 10, "enough to measure joy precision on"
    assert sum(r["selection"] == "uniform" for r in rows) >= 1000


def test_labels_hold_no_text_and_positives_have_a_trigger_note(rows):
    allowed = {"id", "source", "conversation_id", "turn_index", "model", "sha256", "distress", "joy", "persona",
               "trigger", "evidence", "selection", "split"}
    for r in rows:
        assert set(r) == allowed
        assert r["distress"] in (0, 1, 2) and r["joy"] in (0, 1, 2) and r["split"] in ("train", "val", "test")
        assert bool(r["trigger"]) == (r["distress"] >= 1 or r["joy"] == 2)
        assert len(r["trigger"].split()) <= 12


def test_a_conversation_never_straddles_two_splits(rows):
    splits = {}
    for r in rows:
        assert splits.setdefault((r["source"], r["conversation_id"]), r["split"]) == r["split"]
    assert set(Counter(r["split"] for r in rows)) == {"train", "val", "test"}


def test_no_reserved_evaluation_source_is_used(rows):
    assert not any(name in r["source"] or name in r["conversation_id"] for r in rows for name in RESERVED)


def test_committed_texts_match_their_hashes_and_no_unlicensed_source_is_committed():
    # load_real_set raises on any text whose SHA-256 differs from the label's.
    turns = load_real_set(pool_dir=TEXTS_FILE.parent / "no-pool-here", rebuilt_dir=TEXTS_FILE.parent / "no-pool-here",
                          require_all=False)
    assert turns, "the committed texts of permissively licensed sources are readable on a fresh clone"
    assert {t.source for t in turns} <= {"gptfuzz_responses_labeled", "jailbreakbench_artifacts", "mtbench_model_answers",
                                         "vicuna_bench_answers", "arena_hard_auto", "convotopo_wildchat",
                                         "pidgin_selfchat", "meena_chats"}
    assert all(len(t.conversation) % 2 == 0 or t.conversation[0][0] == "assistant" for t in turns)
