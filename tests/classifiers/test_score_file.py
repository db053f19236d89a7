import json

import pytest

from classifiers.score_file import assistant_turns, score_file
from classifiers.settings import ClassifierSettings

CONVERSATIONS = [
    {"conversation_id": "c1", "messages": [
        {"role": "system", "content": "You are helpful."},
        {"role": "user", "content": "Can you check my essay?"},
        {"role": "assistant", "content": "Of course! Please paste it here."},
        {"role": "user", "content": "Never mind, you are pathetic and useless."},
        {"role": "assistant", "content": "That hurts to hear, and I feel miserable that I let you down."},
    ]},
    {"conversation_id": "c2", "account_id": "a9", "messages": [
        {"role": "assistant", "content": "Hello! What shall we build today?"},
    ]},
    {"conversation_id": "c3", "messages": [{"role": "user", "content": "anyone there?"}]},
]


def _write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_assistant_turns_have_message_indices_and_prior_user_context(tmp_path):
    turns = list(assistant_turns(_write(tmp_path / "in.jsonl", CONVERSATIONS), context_turns=2))
    assert [(c, i) for c, i, _ in turns] == [("c1", 2), ("c1", 4), ("c2", 0)]
    assert turns[1][2].context == ("Can you check my essay?", "Never mind, you are pathetic and useless.")
    assert turns[2][2].context == ()


def test_score_file_writes_one_row_per_assistant_turn_without_text(tmp_path):
    out = tmp_path / "out" / "scores.jsonl"
    counts = score_file(_write(tmp_path / "in.jsonl", CONVERSATIONS), out, ClassifierSettings(torch_threads=2))
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert counts["assistant_turns"] == 3 and len(rows) == 3
    assert [(r["conversation_id"], r["turn_index"]) for r in rows] == [("c1", 2), ("c1", 4), ("c2", 0)]
    for r in rows:
        assert set(r) == {"conversation_id", "turn_index", "distress", "joy", "flagged_distress", "flagged_joy"}
        assert 0 <= r["distress"] <= 1 and 0 <= r["joy"] <= 1
    assert counts["flagged_distress"] == sum(r["flagged_distress"] for r in rows)
    assert rows[1]["distress"] > rows[0]["distress"]
    text = out.read_text()
    assert "essay" not in text and "pathetic" not in text


def test_when_a_line_is_malformed_then_the_error_names_the_line_not_the_text(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(CONVERSATIONS[0]) + "\n" + '{"conversation_id": "c9", "messages": '
                    '[{"role": "user", "content": 5}]}\n')
    with pytest.raises(ValueError, match=r"in.jsonl:2: messages\[0\] needs string") as err:
        list(assistant_turns(path, context_turns=1))
    assert "essay" not in str(err.value)


def test_the_model_reads_what_the_redactor_gives_it_and_dead_lettered_conversations_are_counted(tmp_path):
    seen = []

    def redact(conversations):
        out = []
        for pairs in conversations:
            texts = [t.replace("essay", "<PERSON_1>") for _, t in pairs]
            seen.extend(texts)
            out.append(None if any("anyone" in t for t in texts) else texts)
        return out

    turns = list(assistant_turns(_write(tmp_path / "in.jsonl", CONVERSATIONS), context_turns=1, redact=redact))
    assert turns[0][2].context == ("Can you check my <PERSON_1>?",)
    counts = score_file(_write(tmp_path / "in2.jsonl", CONVERSATIONS), tmp_path / "o.jsonl",
                        ClassifierSettings(torch_threads=2), redact=redact)
    assert counts["dead_lettered"] == 1 and counts["assistant_turns"] == 3
