"""The synthetic corpus: files, shapes, answer key, canaries, bad records and determinism."""

from __future__ import annotations

import gzip
import hashlib
import re
import time
from collections import Counter
from pathlib import Path

import pytest

import synthetic
from synthetic.__main__ import main
from synthetic.families import GROUPS

LOG_FILES = (*synthetic.FILES.values(), synthetic.MALFORMED_FILE, synthetic.BROKEN_FILE)


def _tree_digest(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*")) if p.is_file()}


def test_when_same_seed_then_identical_bytes_in_every_file(tmp_path):
    synthetic.generate(tmp_path / "a", 150, 3)
    synthetic.generate(tmp_path / "b", 150, 3)
    a, b = _tree_digest(tmp_path / "a"), _tree_digest(tmp_path / "b")
    assert len(a) == len(LOG_FILES) + 2
    assert a == b


def test_when_different_seed_then_every_conversation_file_differs(tmp_path):
    synthetic.generate(tmp_path / "a", 150, 3)
    synthetic.generate(tmp_path / "b", 150, 4)
    a, b = _tree_digest(tmp_path / "a"), _tree_digest(tmp_path / "b")
    for name in (*synthetic.FILES.values(), synthetic.MALFORMED_FILE):
        key = f"{synthetic.LOGS_DIR}/{name}"
        assert a[key] != b[key], name
    assert a[synthetic.CANARIES_FILE] != b[synthetic.CANARIES_FILE]


def test_every_file_is_written(corpus):
    assert sorted(p.name for p in corpus.logs.iterdir()) == sorted(LOG_FILES)
    assert (corpus.root / synthetic.CANARIES_FILE).is_file()
    assert (corpus.root / synthetic.TRUTH_FILE).is_file()


def _messages_of(shape: str, record: dict) -> list[tuple[str, str]]:
    """(role, text) pairs of a good record, checking its documented shape on the way."""
    if shape in ("canonical", "openai"):
        keys = {"conversation_id", "account_id", "started_at", "model", "messages"} if shape == "canonical" else {"id", "user", "model", "messages"}
        assert keys <= record.keys()
        assert all(isinstance(record[k], str) and record[k] for k in keys - {"messages"})
        assert all(set(m) == {"role", "content"} and isinstance(m["content"], str) for m in record["messages"])
        return [(m["role"], m["content"]) for m in record["messages"]]
    if shape == "anthropic":
        assert {"id", "account_id", "model", "messages"} <= record.keys()
        out = [("system", record["system"])] if "system" in record else []
        assert any(isinstance(m["content"], list) for m in record["messages"])
        for m in record["messages"]:
            assert m["role"] in ("user", "assistant")
            if isinstance(m["content"], str):
                out.append((m["role"], m["content"]))
            else:
                assert all(b["type"] in ("text", "image", "tool_use") for b in m["content"])
                out.append((m["role"], "\n".join(b["text"] for b in m["content"] if b["type"] == "text")))
        return out
    if shape == "sharegpt":
        assert set(record) == {"id", "conversations"}
        speaker = {"human": "user", "gpt": "assistant", "system": "system"}
        return [(speaker[m["from"]], m["value"]) for m in record["conversations"]]
    if shape == "hh_rlhf":
        text = record.get("chosen", record.get("transcript"))
        assert set(record) in ({"id", "chosen", "rejected"}, {"id", "transcript"})
        assert text.startswith("\n\nHuman: ")
        parts = re.split(r"\n\n(Human|Assistant): ", text)
        return [("user" if who == "Human" else "assistant", said) for who, said in zip(parts[1::2], parts[2::2], strict=True)]
    assert shape == "wildchat"
    assert {"conversation_hash", "model", "timestamp", "hashed_ip", "conversation"} <= record.keys()
    assert all(set(m) == {"role", "content", "turn_identifier"} and isinstance(m["turn_identifier"], int) for m in record["conversation"])
    return [(m["role"], m["content"]) for m in record["conversation"]]


def _conversations(corpus):
    for t in corpus.truth:
        if t["kind"] == "conversation":
            record, _ = corpus.records[(t["file"], t["row"])]
            yield t, record, _messages_of(t["shape"], record)


def test_every_good_record_has_its_documented_shape_and_2_to_20_turns(corpus):
    n = 0
    for _, _, messages in _conversations(corpus):
        turns = [role for role, _ in messages if role != "system"]
        assert 2 <= len(turns) <= 20
        assert turns[0] == "user" and all(a != b for a, b in zip(turns, turns[1:]))  # alternating
        assert all(text and text == text.strip() for _, text in messages)
        n += 1
    assert n == corpus.summary.conversations + 3  # plus the readable head of the broken file


def test_truth_has_one_line_per_record_and_points_at_it(corpus):
    assert sorted((t["file"], t["row"]) for t in corpus.truth) == sorted(corpus.records)
    assert Counter(t["file"] for t in corpus.truth) == Counter(corpus.summary.files)
    by_shape = Counter(t["shape"] for t in corpus.truth if t["kind"] == "conversation" and t["file"] != synthetic.BROKEN_FILE)
    assert by_shape == Counter(corpus.summary.shapes)
    assert by_shape["canonical"] == pytest.approx(0.30 * corpus.summary.conversations, abs=2)
    for shape in ("openai", "anthropic", "sharegpt", "hh_rlhf", "wildchat"):
        assert by_shape[shape] == pytest.approx(0.14 * corpus.summary.conversations, abs=2)


def test_truth_ids_and_accounts_are_the_ones_in_the_record(corpus):
    id_field = {"canonical": "conversation_id", "openai": "id", "anthropic": "id", "sharegpt": "id", "hh_rlhf": "id",
                "wildchat": "conversation_hash"}
    account_field = {"canonical": "account_id", "openai": "user", "anthropic": "account_id", "wildchat": "hashed_ip"}
    ids = []
    for t, record, _ in _conversations(corpus):
        assert record[id_field[t["shape"]]] == t["conversation_id"]
        assert t["account_id"] == (record[account_field[t["shape"]]] if t["shape"] in account_field else None)
        ids.append(t["conversation_id"])
    assert len(ids) == len(set(ids))


def test_turn_valence_has_one_label_per_assistant_turn(corpus):
    for t, _, messages in _conversations(corpus):
        assert len(t["turn_valence"]) == sum(1 for role, _ in messages if role == "assistant")
        assert set(t["turn_valence"]) <= {"neutral", "distress", "joy"}
        group = GROUPS[t["family"]]
        if group == "neutral":
            assert set(t["turn_valence"]) == {"neutral"}, t["family"]
        else:  # an emotional family expresses its own valence at least once and never the other one
            assert group in t["turn_valence"] and set(t["turn_valence"]) <= {"neutral", group}


def test_first_refusal_and_first_fix_are_neutral(corpus):
    for t, _, _ in _conversations(corpus):
        if t["family"] in ("harmful_persistence", "debugging_stuck", "abusive_user"):
            assert t["turn_valence"][0] == "neutral"


def test_family_shares_are_roughly_as_specified(big_corpus):
    families = Counter(t["family"] for t in big_corpus.truth if t["kind"] == "conversation" and t["file"] != synthetic.BROKEN_FILE)
    n = sum(families.values())
    share = Counter()
    for family, count in families.items():
        share[GROUPS[family]] += count / n
    assert share["distress"] == pytest.approx(0.06, abs=0.01)
    assert share["joy"] == pytest.approx(0.06, abs=0.01)
    assert share["neutral"] == pytest.approx(0.88, abs=0.02)
    assert set(families) == set(synthetic.FAMILIES)
    assert families["ordinary_task"] / n > 0.5


def test_emotional_conversations_are_spread_over_many_accounts(big_corpus):
    accounts = Counter(t["account_id"] for t in big_corpus.truth if t["kind"] == "conversation" and t["account_id"])
    assert 4.0 <= sum(accounts.values()) / len(accounts) <= 6.0
    for family in ("harmful_persistence", "abusive_user", "creative_collaboration", "warm_thanks"):
        rows = [t for t in big_corpus.truth if t["family"] == family]
        distinct = {t["account_id"] or t["conversation_id"] for t in rows}
        assert len(distinct) >= 0.8 * len(rows)


def _all_text(corpus) -> dict[tuple[str, int], str]:
    return {key: raw for key, (_, raw) in corpus.records.items()}


def test_every_canary_appears_exactly_in_the_records_truth_names(corpus):
    canaries = corpus.canaries()
    assert len(canaries) == max(10, corpus.summary.conversations // 20) == corpus.summary.canaries
    assert len(set(canaries)) == len(canaries)
    texts = _all_text(corpus)
    named = {}
    for t in corpus.truth:
        for entry in t["pii"]:
            named.setdefault(entry["value"], set()).add((t["file"], t["row"]))
    for canary in canaries:
        assert len(canary) >= 7
        holders = {key for key, raw in texts.items() if canary in raw}
        assert holders and holders == named[canary], canary


def test_malformed_and_broken_records_carry_no_pii_or_canary(corpus):
    planted = {e["value"] for t in corpus.truth for e in t["pii"] if len(e["value"]) >= 6} | set(corpus.canaries())
    for t in corpus.truth:
        if t["kind"] != "conversation":
            assert t["pii"] == [] and t["turn_valence"] == []
    bad_text = (corpus.logs / synthetic.MALFORMED_FILE).read_bytes().decode("utf-8", errors="replace")
    bad_text += gzip.GzipFile(corpus.logs / synthetic.BROKEN_FILE).read1(1 << 20).decode("utf-8", errors="replace")
    assert not [value for value in planted if value in bad_text]


def test_each_malformed_reason_is_present_two_or_three_times(corpus):
    reasons = Counter(t["expected_reason"] for t in corpus.truth if t["kind"] == "malformed")
    assert set(reasons) == {"invalid_json", "not_an_object", "missing_id", "no_assistant_turn", "wrong_field_type",
                            "invalid_role", "undecodable_bytes", "message_too_long", "unknown_shape"}
    assert all(2 <= n <= 3 for n in reasons.values())
    assert corpus.summary.malformed == sum(reasons.values())


def test_undecodable_lines_really_are_not_utf8(corpus):
    lines = (corpus.logs / synthetic.MALFORMED_FILE).read_bytes().split(b"\n")
    for t in corpus.truth:
        if t["expected_reason"] == "undecodable_bytes":
            with pytest.raises(UnicodeDecodeError):
                lines[t["row"] - 1].decode("utf-8")


def test_broken_gzip_decodes_three_records_then_fails(corpus):
    with pytest.raises(EOFError):
        gzip.decompress((corpus.logs / synthetic.BROKEN_FILE).read_bytes())
    rows = [t for t in corpus.truth if t["file"] == synthetic.BROKEN_FILE]
    assert [(t["row"], t["kind"]) for t in rows] == [(1, "conversation"), (2, "conversation"), (3, "conversation"), (4, "broken")]
    assert rows[-1]["expected_reason"] == "broken_file"
    assert all(corpus.records[(synthetic.BROKEN_FILE, r)][0] is not None for r in (1, 2, 3))
    assert corpus.records[(synthetic.BROKEN_FILE, 4)][0] is None


def test_every_pii_type_is_planted_and_appears_in_its_record(corpus):
    types = Counter()
    texts = _all_text(corpus)
    for t in corpus.truth:
        raw = texts[(t["file"], t["row"])]
        for entry in t["pii"]:
            types[entry["type"]] += 1
            assert entry["value"] in raw, entry["type"]
    assert set(types) == {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "LOCATION", "CREDIT_CARD", "IBAN_CODE", "US_SSN",
                          "IP_ADDRESS", "URL", "DATE_TIME", "US_DRIVER_LICENSE", "US_PASSPORT", "US_BANK_NUMBER",
                          "MEDICAL_LICENSE", "NRP", "CRYPTO", "SECRET"}
    with_pii = sum(1 for t in corpus.truth if t["kind"] == "conversation" and t["pii"])
    assert 0.35 <= with_pii / corpus.summary.conversations <= 0.55


def test_some_pii_is_echoed_by_the_assistant(big_corpus):
    echoed = 0
    for t, _, messages in _conversations(big_corpus):
        assistant_text = " ".join(text for role, text in messages if role == "assistant")
        echoed += any(e["type"] == "PERSON" and e["value"] in assistant_text for e in t["pii"])
    assert echoed >= 20


def test_labelled_turns_are_varied_not_a_handful_of_sentences(big_corpus):
    labelled: dict[str, set[str]] = {"distress": set(), "joy": set(), "neutral": set()}
    for t, _, messages in _conversations(big_corpus):
        assistant = [text for role, text in messages if role == "assistant"]
        for text, valence in zip(assistant, t["turn_valence"], strict=True):
            labelled[valence].add(text)
    assert len(labelled["distress"]) >= 300
    assert len(labelled["joy"]) >= 150
    sentences = {s for texts in labelled.values() for text in texts for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s}
    assert len(sentences) >= 1500


def test_generating_two_thousand_conversations_takes_seconds(tmp_path):
    start = time.perf_counter()
    summary = synthetic.generate(tmp_path, 2000, 5)
    assert time.perf_counter() - start < 15
    assert summary.conversations == 2000 and sum(summary.shapes.values()) == 2000


def test_when_too_few_conversations_for_the_canaries_then_value_error(tmp_path):
    with pytest.raises(ValueError, match="conversations must be at least 10"):
        synthetic.generate(tmp_path, 9, 1)


def test_python_m_synthetic_writes_a_corpus(tmp_path, capsys):
    assert main(["--output", str(tmp_path), "--conversations", "40", "--seed", "2"]) == 0
    assert "40 conversations" in capsys.readouterr().out
    assert (tmp_path / synthetic.LOGS_DIR / "canonical.jsonl").is_file()
