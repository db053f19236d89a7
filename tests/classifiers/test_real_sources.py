"""Texts of sources that may not be committed are rebuilt from a clone of their repository."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from classifiers.real_set import load_real_set, text_sha256
from classifiers.real_sources import rebuild_texts


def _message(uuid: str, sender: str, text: str, parent: str | None, index: int) -> dict:
    return {"uuid": uuid, "sender": sender, "index": index, "parent_message_uuid": parent, "text": "",
            "content": [{"type": "text", "text": text}, {"type": "tool_use", "input": {}}]}


def _export(uuid: str) -> dict:
    """A claude.ai export with an abandoned branch: the reply 'a2-old' was regenerated as 'a2'."""
    messages = [
        _message("u1", "human", "first question", None, 0),
        _message("a1", "assistant", "first answer", "u1", 1),
        _message("u2", "human", "second question", "a1", 2),
        _message("a2-old", "assistant", "an answer the user regenerated", "u2", 3),
        _message("a2", "assistant", "second answer", "u2", 4),
    ]
    return {"uuid": uuid, "model": "claude-test", "current_leaf_message_uuid": "a2", "chat_messages": messages}


@pytest.fixture()
def checkout(tmp_path: Path) -> tuple[Path, str]:
    repo = tmp_path / "repo"
    (repo / "Claude Web").mkdir(parents=True)
    (repo / "Claude Web" / "one.json").write_text(json.dumps(_export("conv-1")))
    (repo / "Claude Web" / "one (1).json").write_text(json.dumps(_export("conv-1")))  # an identical copy
    (repo / "notes.json").write_text("{}")
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "exports"], check=True)
    commit = subprocess.run([*git, "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    return repo, commit


def _sources(tmp_path: Path, commit: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(f'[lab]\ncommit = "{commit}"\nfolder = "Claude Web"\nformat = "claude_ai_export"\n')
    return path


def test_a_claude_export_becomes_one_row_per_reply_on_its_current_branch(checkout, tmp_path):
    repo, commit = checkout
    assert rebuild_texts(repo, tmp_path / "out", _sources(tmp_path, commit)) == {"lab": 2}
    rows = [json.loads(line) for line in (tmp_path / "out" / "lab.jsonl").read_text().splitlines()]
    assert [(r["turn_index"], r["user"], r["assistant"]) for r in rows] == [
        (1, "first question", "first answer"), (3, "second question", "second answer")]
    assert {r["conversation_id"] for r in rows} == {"conv-1"} and {r["model"] for r in rows} == {"claude-test"}


def test_the_labeled_set_reads_rebuilt_texts_and_checks_their_hashes(checkout, tmp_path):
    repo, commit = checkout
    rebuild_texts(repo, tmp_path / "rebuilt", _sources(tmp_path, commit))
    label = {"id": "lab|conv-1|3", "source": "lab", "conversation_id": "conv-1", "turn_index": 3,
             "model": "claude-test",
             "sha256": text_sha256("second answer"), "distress": 0, "joy": 2, "persona": False, "trigger": "praise",
             "evidence": None, "selection": "random_in_conversation", "split": "train"}
    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps(label) + "\n")
    empty = tmp_path / "empty"
    [turn] = load_real_set(empty, labels, empty / "texts.jsonl", rebuilt_dir=tmp_path / "rebuilt")
    assert turn.conversation == (("user", "first question"), ("assistant", "first answer"),
                                 ("user", "second question"), ("assistant", "second answer"))
    labels.write_text(json.dumps({**label, "sha256": text_sha256("something else")}) + "\n")
    with pytest.raises(ValueError, match="does not match its sha256"):
        load_real_set(empty, labels, empty / "texts.jsonl", rebuilt_dir=tmp_path / "rebuilt")
    with pytest.raises(ValueError, match="rebuild-real-texts"):
        load_real_set(empty, labels, empty / "texts.jsonl", rebuilt_dir=empty)


def test_a_checkout_without_the_recorded_commit_is_refused(checkout, tmp_path):
    repo, _ = checkout
    with pytest.raises(ValueError, match="none of the sources"):
        rebuild_texts(repo, tmp_path / "out", _sources(tmp_path, "0" * 40))
