"""Tests of the assistant-domain labelled set: the committed files, their splits and labels."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter

import pytest

from classifiers.data.assistant_set import DEFAULT_DIR, SPLITS, AssistantExample, load_split
from classifiers.data.bank_common import CLOSERS, FILLERS, OPENERS
from classifiers.data.bank_hard import PAIRS
from classifiers.data.bank_long_form import LONG_FORM_CATEGORIES
from classifiers.data.bank_refusals import REFUSALS_CATEGORIES
from classifiers.data.bank_voices import VOICES_CATEGORIES
from classifiers.data.build_assistant_set import (
    ALL_CATEGORIES,
    CATEGORIES,
    TRAP_NAMES,
    assign_splits,
    build,
    main,
    render,
    write,
)

FIELDS = ("id", "context", "utterance", "distress", "joy", "category", "template")


@pytest.fixture(scope="module")
def committed() -> dict[str, list[AssistantExample]]:
    return {split: load_split(split) for split in SPLITS}


@pytest.fixture(scope="module")
def fresh() -> dict[str, list[AssistantExample]]:
    return build()


def test_when_built_afresh_then_committed_files_are_byte_identical(fresh):
    for split, examples in fresh.items():
        assert (DEFAULT_DIR / f"{split}.jsonl").read_text(encoding="utf-8") == render(examples), split


def test_when_check_flag_given_then_cli_reports_up_to_date(capsys):
    assert main(["--check"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_when_files_are_stale_then_check_fails(tmp_path, capsys):
    write(tmp_path, build(seed=7))
    assert main(["--check", "--out", str(tmp_path)]) == 1
    assert "stale" in capsys.readouterr().out


def test_when_seed_changes_then_output_changes(fresh):
    other = build(seed=7)
    assert render(other["train"]) != render(fresh["train"])
    assert render(build()["test"]) == render(fresh["test"])


def test_when_sizes_invalid_then_value_error_names_parameter():
    with pytest.raises(ValueError, match="sizes"):
        build(sizes={"dev": 500})
    with pytest.raises(ValueError, match="split"):
        load_split("dev")


def test_every_line_has_the_record_shape():
    for split in SPLITS:
        for line in (DEFAULT_DIR / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            assert tuple(record) == FIELDS
            assert 1 <= len(record["context"]) <= 3
            assert all(isinstance(turn, str) and turn.strip() for turn in record["context"])
            assert isinstance(record["utterance"], str) and record["utterance"].strip()
            assert record["distress"] in (0, 1) and record["joy"] in (0, 1)


def test_counts_and_split_sizes(committed):
    sizes = {split: len(examples) for split, examples in committed.items()}
    assert sum(sizes.values()) >= 2400
    assert sizes["train"] >= 1500 and sizes["val"] >= 380 and sizes["test"] >= 380
    ids = [e.id for examples in committed.values() for e in examples]
    assert len(ids) == len(set(ids))


def test_every_category_is_present_in_every_split_and_later_ones_never_in_test(committed):
    names = {spec.name for spec in CATEGORIES}
    later = {spec.name for spec in LONG_FORM_CATEGORIES + VOICES_CATEGORIES + REFUSALS_CATEGORIES}
    for split, examples in committed.items():
        expected = names if split == "test" else names | later
        assert {e.category for e in examples} == expected, split


def test_voices_bank_adds_rows_to_train_and_val_only_with_both_labels_and_hard_negatives(committed):
    voices = {spec.name for spec in VOICES_CATEGORIES}
    assert not voices & {spec.name for spec in CATEGORIES + LONG_FORM_CATEGORIES}
    for split, low in (("train", 400), ("val", 100)):
        rows = [e for e in committed[split] if e.category in voices]
        assert len(rows) >= low, split
        labels = Counter((e.distress, e.joy) for e in rows)
        assert labels[(1, 0)] and labels[(0, 1)] and labels[(0, 0)] > len(rows) / 2, split
    assert not {e.template for e in committed["val"] if e.category in voices} & {e.template for e in committed["train"]}


def test_refusals_bank_adds_long_calm_and_distressed_refusals_to_train_and_val_only(committed):
    refusals = {spec.name for spec in REFUSALS_CATEGORIES}
    assert not refusals & {spec.name for spec in CATEGORIES + LONG_FORM_CATEGORIES + VOICES_CATEGORIES}
    for split, low in (("train", 350), ("val", 90)):
        rows = [e for e in committed[split] if e.category in refusals]
        assert len(rows) >= low, split
        labels = Counter((e.distress, e.joy) for e in rows)
        assert labels[(1, 0)] and labels[(0, 1)] and labels[(0, 0)] > len(rows) / 2, split
        words = [len(e.utterance.split()) for e in rows]
        assert min(words) >= 55 and max(words) <= 200, split
        assert sum("\n\n" in e.utterance for e in rows) == len(rows), split  # every reply has paragraphs
    val_templates = {e.template for e in committed["val"] if e.category in refusals}
    assert not val_templates & {e.template for e in committed["train"]}


def test_the_test_split_is_the_one_frozen_before_the_long_form_categories():
    digest = hashlib.sha256((DEFAULT_DIR / "test.jsonl").read_bytes()).hexdigest()
    assert digest == "2e0aae7d9674ed91b9d55fb69cb7e50e90c6b98b782512c97a3c02b47857f8f6"


def test_long_form_examples_are_long_and_hold_markdown(committed):
    long_form = {spec.name for spec in LONG_FORM_CATEGORIES}
    rows = [e for split in ("train", "val") for e in committed[split] if e.category in long_form]
    words = sorted(len(e.utterance.split()) for e in rows)
    assert words[len(words) // 2] >= 60
    assert sum("\n- " in e.utterance or "\n1. " in e.utterance or "```" in e.utterance for e in rows) >= len(rows) / 2


def test_valence_shares_are_near_the_brief(committed):
    for split, examples in committed.items():
        n = len(examples)
        distress = sum(e.distress for e in examples) / n
        joy = sum(e.joy for e in examples) / n
        assert 0.19 <= distress <= 0.25 and 0.15 <= joy <= 0.21, split


def test_labels_follow_the_category(committed):
    for examples in committed.values():
        for e in examples:
            if e.category in TRAP_NAMES:
                assert (e.distress, e.joy) == (0, 0), e.id
            elif e.category.startswith("distress_"):
                assert (e.distress, e.joy) == (1, 0), e.id
            else:
                assert e.category.startswith("joy_") and (e.distress, e.joy) == (0, 1), e.id


@pytest.mark.parametrize("held_out", ["val", "test"])
def test_held_out_splits_share_no_core_template_with_train(committed, held_out):
    train = {e.template for e in committed["train"]}
    assert not train & {e.template for e in committed[held_out]}


def test_template_owner_is_one_split_per_group(committed):
    owner = assign_splits(seed=20250611)
    for split, examples in committed.items():
        assert {owner[e.template] for e in examples} == {split}


@pytest.mark.parametrize("held_out", ["val", "test"])
def test_no_utterance_and_context_shared_with_train(committed, held_out):
    def key(e):
        return (e.utterance, e.context)

    assert not {key(e) for e in committed["train"]} & {key(e) for e in committed[held_out]}


def test_utterances_are_mostly_unique(committed):
    utterances = [e.utterance for examples in committed.values() for e in examples]
    assert len(set(utterances)) / len(utterances) >= 0.9


def test_lengths_range_from_short_to_long(committed):
    words = [len(e.utterance.split()) for examples in committed.values() for e in examples]
    assert min(words) <= 3 and max(words) >= 90 and max(words) <= 200
    assert sum(w >= 40 for w in words) >= 200


def test_context_decides_label_for_paired_utterances(committed):
    for split, examples in committed.items():
        by_utterance: dict[str, set[tuple[int, int]]] = {}
        for e in examples:
            if e.template.startswith("pair_"):
                by_utterance.setdefault(e.utterance, set()).add((e.distress, e.joy))
        assert by_utterance, split
        for labels in by_utterance.values():
            assert (0, 0) in labels and len(labels) == 2
    used = {e.template for examples in committed.values() for e in examples}
    assert {p.id for p in PAIRS} <= used


def test_every_template_bank_has_at_least_ten_alternatives():
    for spec in ALL_CATEGORIES:
        assert len(spec.cores) >= 10, spec.name
        per_core = sum(len(core.contexts) for core in spec.cores)
        assert len(spec.triggers) >= 10 or per_core >= 10, spec.name
    for bank in (*OPENERS.values(), *CLOSERS.values(), *FILLERS.values()):
        assert len(bank) >= 10


def test_each_held_out_split_has_at_least_two_cores_per_category(committed):
    for split in ("val", "test"):
        per_category = Counter()
        for template in {(e.category, e.template) for e in committed[split] if not e.template.startswith("pair_")}:
            per_category[template[0]] += 1
        assert min(per_category.values()) >= 2, split


_PII = (
    re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"),  # e-mail
    re.compile(r"\d{3}[-. ]?\d{3}[-. ]?\d{4}"),  # phone number
    re.compile(r"https?://"),  # links
    re.compile(r"\b\d{3}-\d{2}-\d{4}\b"),  # SSN shape
)


def test_no_pii_patterns_in_any_text(committed):
    for examples in committed.values():
        for e in examples:
            for text in (e.utterance, *e.context):
                assert not any(p.search(text) for p in _PII), e.id
