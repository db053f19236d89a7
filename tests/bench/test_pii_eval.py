"""Tests of the PII benchmark scorer (pure functions) and of the committed benchmark data."""

from __future__ import annotations

import importlib.util
import io
import json
import os
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from bench.pii_scoring import (
    Prediction,
    Sample,
    Span,
    any_token_leaked,
    category_of,
    check_targets,
    covered_chars,
    is_found,
    is_leaked,
    load_samples,
    score,
)

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "bench" / "data" / "pii"


# ------------------------------------------------------------------ span arithmetic
@pytest.mark.parametrize(
    ("preds", "expected"),
    [
        ([], 0),
        ([Span(0, 4, "X")], 0),              # ends where gold starts
        ([Span(5, 8, "X")], 3),
        ([Span(5, 8, "X"), Span(7, 12, "X")], 7),  # overlapping predictions counted once
        ([Span(0, 100, "X")], 10),           # clipped to the gold span
        ([Span(4, 6, "X"), Span(12, 15, "X")], 4),
    ],
)
def test_covered_chars_counts_union_inside_gold(preds, expected):
    assert covered_chars(Span(4, 14, "PERSON"), preds) == expected


def test_when_half_covered_then_found_and_when_less_then_not():
    gold = Span(0, 10, "PERSON")
    assert is_found(gold, [Span(0, 5, "PERSON")])
    assert not is_found(gold, [Span(0, 4, "PERSON")])
    assert is_found(gold, [Span(0, 2, "A"), Span(6, 9, "B")])  # union of two spans: 5 chars


def test_type_aware_found_needs_compatible_type():
    gold = Span(0, 10, "DATE_OF_BIRTH")
    assert is_found(gold, [Span(0, 10, "DATE_TIME")], compatible=frozenset({"DATE_TIME"}))
    assert not is_found(gold, [Span(0, 10, "PHONE_NUMBER")], compatible=frozenset({"DATE_TIME"}))
    assert is_found(gold, [Span(0, 10, "DATE_OF_BIRTH")], compatible=frozenset())


@pytest.mark.parametrize(
    ("value", "redacted", "leaked"),
    [
        ("Ana", "I had a banana with <PERSON>", False),  # substring inside a word is not a leak
        ("Ana", "I had lunch with Ana.", True),
        ("Ana", "i had lunch with ana", False),           # case-sensitive
        ("4111 1111 1111 1111", "card <CREDIT_CARD> ok", False),
        ("4111 1111 1111 1111", "card 4111 1111 1111 1111, ok", True),
        ("+44 7911 123456", "call +44 7911 123456", True),
        ("", "anything", False),
    ],
)
def test_is_leaked_matches_whole_tokens_only(value, redacted, leaked):
    assert is_leaked(value, redacted) is leaked


def test_any_token_leak_catches_a_surviving_surname():
    assert any_token_leaked("Arjun Malhotra", "<PERSON> Malhotra wrote")
    assert not any_token_leaked("Arjun Malhotra", "<PERSON> wrote")
    assert not is_leaked("Arjun Malhotra", "<PERSON> Malhotra wrote")


def test_category_of_strips_the_template_number():
    assert category_of("nopii_public_figure_03") == "nopii_public_figure"
    assert category_of("person_11") == "person"
    assert category_of("odd") == "odd"


# ------------------------------------------------------------------ score() on hand-made spans
def _samples() -> tuple[list[Sample], list[Prediction]]:
    t1 = "Call Ana Silva on 0412 345 678 today"
    #     0    5        14  18            31
    s1 = Sample("a", "user", t1, (Span(5, 14, "PERSON"), Span(18, 30, "PHONE_NUMBER")), "person_00", False)
    # Redactor found the phone and only "Ana"; it also flagged "today" (a false positive).
    p1 = Prediction("Call <PERSON> Silva on <PHONE> <DATE>",
                    (Span(5, 8, "PERSON"), Span(18, 30, "PHONE_NUMBER"), Span(31, 36, "DATE_TIME")))
    t2 = "Version v2.3.14 is out"  # 22 chars, no PII
    s2 = Sample("b", "user", t2, (), "nopii_version_00", True)
    p2 = Prediction("Version <X> is out", (Span(8, 15, "URL"),))  # 7 chars over-redacted
    t3 = "My DOB is 01/02/1990"
    s3 = Sample("c", "user", t3, (Span(10, 20, "DATE_OF_BIRTH"),), "dob_00", False)
    p3 = Prediction(t3, ())  # missed entirely
    return [s1, s2, s3], [p1, p2, p3]


def test_score_figures_on_hand_made_spans():
    samples, preds = _samples()
    fig = score(samples, preds)
    assert fig["gold_spans"] == 3
    # "Ana Silva" is not present verbatim any more; the DOB is.
    assert fig["leak_rate_by_type"] == {"DATE_OF_BIRTH": 1.0, "PERSON": 0.0, "PHONE_NUMBER": 0.0}
    assert fig["leak_rate_overall"] == round(1 / 3, 4)
    assert fig["leak_rate_person_any_token"] == 1.0  # "Silva" survives
    assert fig["leak_rate_by_template_category"] == {"dob": 1.0, "person": 0.0}
    # PERSON coverage 3/9 < 0.5: missed; phone found; DOB missed.
    assert fig["recall_by_type"] == {"DATE_OF_BIRTH": 0.0, "PERSON": 0.0, "PHONE_NUMBER": 1.0}
    assert fig["recall_overall"] == round(1 / 3, 4)
    assert fig["gold_char_coverage_overall"] == round((3 + 12) / (9 + 12 + 10), 4)
    assert fig["precision_overall"] == round(2 / 3, 4)
    assert fig["over_redaction_char_share"] == round(7 / 22, 4)
    assert fig["over_redaction_char_share_by_category"] == {"nopii_version": round(7 / 22, 4)}
    assert fig["false_positive_spans_by_pred_type"] == {"DATE_TIME": 1, "URL": 1}
    assert ("c", "DATE_OF_BIRTH", "leak") in fig["misses"]
    assert ("a", "PERSON", "miss") in fig["misses"]


def test_score_type_aware_recall_uses_the_compatibility_map():
    text = "born 01/02/1990"
    sample = Sample("d", "user", text, (Span(5, 15, "DATE_OF_BIRTH"),), "dob_01", False)
    for pred_type, expected in (("DATE_TIME", 1.0), ("PHONE_NUMBER", 0.0)):
        fig = score([sample], [Prediction("born <X>", (Span(5, 15, pred_type),))])
        assert fig["recall_overall"] == 1.0
        assert fig["recall_type_aware_overall"] == expected


def test_score_rejects_mismatched_lengths():
    samples, preds = _samples()
    with pytest.raises(ValueError, match="one entry per sample"):
        score(samples, preds[:2])


def test_check_targets_names_each_missed_target():
    ok = {"leak_rate_overall": 0.01, "leak_rate_by_type": {"PERSON": 0.05, "SECRET": 0.0},
          "over_redaction_char_share": 0.02}
    assert check_targets(ok) == []
    bad = {"leak_rate_overall": 0.2, "leak_rate_by_type": {"PERSON": 0.1, "SECRET": 0.01},
           "over_redaction_char_share": 0.3}
    assert check_targets(bad) == ["leak_rate_overall", "leak_rate_by_type.SECRET", "leak_rate_by_type.PERSON",
                                  "over_redaction_char_share"]


def test_load_samples_rejects_a_span_outside_its_text(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "x", "role": "user", "text": "abc", "spans": [{"start": 1, "end": 9, "type": "PERSON"}],
                               "template": "t_00", "no_pii": False}) + "\n")
    with pytest.raises(ValueError, match="line 1: span outside"):
        load_samples(bad)


# ------------------------------------------------------------------ the committed benchmark
@pytest.fixture(scope="module")
def splits() -> dict[str, list[Sample]]:
    return {name: load_samples(DATA / f"{name}.jsonl") for name in ("dev", "test")}


def test_benchmark_splits_are_disjoint_by_template_and_value(splits):
    dev, test = splits["dev"], splits["test"]
    assert {s.template for s in dev}.isdisjoint({s.template for s in test})
    values = {n: {s.text[g.start:g.end] for s in rows for g in s.spans} for n, rows in splits.items()}
    assert values["dev"].isdisjoint(values["test"])


def test_benchmark_has_every_type_and_a_quarter_no_pii(splits):
    for rows in splits.values():
        assert 500 <= len(rows) <= 2500
        assert abs(sum(s.no_pii for s in rows) / len(rows) - 0.25) < 0.03
        types = {g.type for s in rows for g in s.spans}
        assert types == {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "LOCATION", "CREDIT_CARD", "IBAN_CODE", "US_SSN",
                         "IP_ADDRESS", "URL", "DATE_OF_BIRTH", "SECRET", "USERNAME", "ID_NUMBER"}
        for s in rows:
            for g in s.spans:
                value = s.text[g.start:g.end]
                assert value and value == value.strip(), s.id


def test_committed_files_match_the_builder_output():
    spec = importlib.util.spec_from_file_location("pii_build", DATA / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    for name, rows in build.build_all().items():
        committed = [json.loads(line) for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
        assert rows == committed, f"{name}.jsonl is stale: rerun bench/data/pii/build.py"


def test_dev_extra_rows_leave_test_unchanged():
    """The dev-only rows (extra, rounds 3 to 13) are drawn after test from their own RNGs: test is
    what build_split gives alone, and their template ids continue from 50, 80, 120, 160, 200 and 240."""
    spec = importlib.util.spec_from_file_location("pii_build", DATA / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    seen: set[str] = set()
    build.build_split(0, seen)
    committed = [json.loads(line) for line in (DATA / "test.jsonl").read_text(encoding="utf-8").splitlines()]
    assert build.build_split(1, seen) == committed
    dev = build.build_all()["dev"]
    assert all(int(r["template"].rsplit("_", 1)[1]) >= 50 for r in dev[600:700])
    assert all(int(r["template"].rsplit("_", 1)[1]) >= 80 for r in dev[700:])
    assert all(int(r["template"].rsplit("_", 1)[1]) >= 120 for r in dev[840:])
    assert all(int(r["template"].rsplit("_", 1)[1]) >= 160 for r in dev[960:])
    assert all(int(r["template"].rsplit("_", 1)[1]) >= 200 for r in dev[1080:])
    assert all(int(r["template"].rsplit("_", 1)[1]) >= 240 for r in dev[1200:])



ROUND99 = """
first_index = 990
disjoint_from = ["base"]
disjoint = [{mine = "names", theirs = ["names"]}, {mine = "words", theirs = ["words"], norm = "lower"}]
distinct = ["names[0]"]

[classes]
names = ["names[0,1]"]
words = ["password_words"]

[pools]
names = [[%s, "Quenby"], ["Ysolde", "Marchbank"]]
password_words = [%s]
"""


def test_declared_disjointness_is_checked_and_a_clash_names_both_pools(tmp_path, monkeypatch):
    """A round's pools are checked against the earlier files its data declares; a shared value is
    an error naming this round's pool, the earlier pool and the value."""
    monkeypatch.syspath_prepend(str(DATA))
    import pii_data

    (tmp_path / "base.toml").write_text((DATA / "rounds" / "base.toml").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(pii_data, "ROUNDS", tmp_path)
    pii_data.load.cache_clear()
    try:
        (tmp_path / "round99.toml").write_text(ROUND99 % ('"Tamsin"', '"Gooseberry"'), encoding="utf-8")
        pii_data.check_disjoint("round99")
        pii_data.load.cache_clear()
        (tmp_path / "round99.toml").write_text(ROUND99 % ('"Oliver"', '"Gooseberry"'), encoding="utf-8")
        with pytest.raises(ValueError, match=r"round99: pool round99:names\[0,1\] shares \['Oliver'\] with pool "
                                             r"base:cultures\[1,2\]"):
            pii_data.check_disjoint("round99")
        pii_data.load.cache_clear()
        (tmp_path / "round99.toml").write_text(ROUND99 % ('"Tamsin"', '"sunflower"'), encoding="utf-8")
        with pytest.raises(ValueError, match=r"round99:password_words shares \['sunflower'\] with pool base:password_words"):
            pii_data.check_disjoint("round99")
        pii_data.load.cache_clear()
        (tmp_path / "round99.toml").write_text(ROUND99 % ('"Ysolde"', '"Gooseberry"'), encoding="utf-8")
        with pytest.raises(ValueError, match=r"pool names\[0\] has repeated values"):
            pii_data.check_disjoint("round99")
    finally:
        pii_data.load.cache_clear()


def test_every_round_is_data_and_its_slot_kinds_are_its_own():
    """Each dev-only round is a data file naming its generator module; the builder refuses a slot
    kind outside the round's prefix or already taken."""
    spec = importlib.util.spec_from_file_location("pii_build", DATA / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    names = build.pii_data.round_names()
    assert names[:2] == ["extra", "round03"] and names[-1] == "round13"
    assert [r.first_index for r in build.DEV_ROUNDS] == sorted(r.first_index for r in build.DEV_ROUNDS)
    assert not list(DATA.glob("pii_dev_*.py"))
    with pytest.raises(ValueError, match="slot kind"):
        build.data_round("round13")  # its kinds are registered already

# ------------------------------------------------------------------ the CLI, with real Presidio
def test_naive_cli_prints_figures_and_no_message_text(splits):
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    from bench import pii_eval

    out = io.StringIO()
    with redirect_stdout(out):
        summary = pii_eval.main(["--split", "dev", "--naive", "--limit", "20", "--show-misses"])
    lines = out.getvalue().strip().splitlines()
    assert json.loads(lines[-1]) == summary
    assert summary["samples"] == 20 and summary["redactor"] == "naive" and len(summary["config_hash"]) == 12
    assert 0.0 <= summary["leak_rate_overall"] <= 1.0 and summary["recall_overall"] > 0.3
    printed = out.getvalue()
    for s in splits["dev"][:20]:
        for g in s.spans:
            value = s.text[g.start:g.end]
            if len(value) >= 4:
                assert value not in printed, f"{s.id} value printed"
