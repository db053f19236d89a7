"""``expression-miner audit``: clean outputs pass; a canary, a rare word or loose permissions fail."""

from __future__ import annotations

import json
import shutil

import pytest

from publish.audit import audit_output
from schemas import layout
from tests.conftest import cli


@pytest.fixture
def output(themed_run, tmp_path):
    copy = tmp_path / "out"
    shutil.copytree(themed_run.output, copy)
    return copy


def _canaries(themed_run) -> list[str]:
    return [c for c in (themed_run.corpus / "canaries.txt").read_text().splitlines() if c.strip()]


def test_the_outputs_of_a_run_pass_the_audit(themed_run):
    done = cli("audit", str(themed_run.output), "--canaries", str(themed_run.corpus / "canaries.txt"))
    assert done.returncode == 0, done.stdout[-2000:]
    assert "0 findings" in done.stdout


def test_a_planted_canary_in_a_published_file_fails_and_is_not_printed(themed_run, output):
    canary = _canaries(themed_run)[0]
    with open(output / layout.PUBLISHED / "notes.txt", "w") as fh:
        fh.write(f"summary\nsomething {canary} here\n")
    done = cli("audit", str(output), "--canaries", str(themed_run.corpus / "canaries.txt"))
    assert done.returncode == 1
    assert "canary #" in done.stdout and "notes.txt" in done.stdout and canary not in done.stdout


def test_a_rare_word_planted_in_a_label_fails_with_its_theme_and_position(output):
    doc = json.loads((output / layout.THEMES_JSON).read_text())
    doc["themes"][0]["label"] = "Wojciechowska / " + doc["themes"][0]["label"]
    (output / layout.THEMES_JSON).write_text(json.dumps(doc))
    findings = [f for f in audit_output(output, []) if f.kind == "vocabulary"]
    assert len(findings) == 1
    assert f"theme {doc['themes'][0]['theme_id']}: label term 1 is used by 0 accounts" in findings[0].detail
    assert "Wojciechowska" not in findings[0].detail


def test_a_restricted_folder_others_can_read_fails(output):
    (output / layout.RESTRICTED / "events").chmod(0o755)
    findings = [f for f in audit_output(output, []) if f.kind == "permissions"]
    assert [f.path for f in findings] == [str(output / layout.RESTRICTED / "events")]


def test_restricted_is_scanned_only_when_asked(themed_run, output):
    canary = _canaries(themed_run)[1]
    (output / layout.RESTRICTED / "leak.txt").write_text(canary)
    (output / layout.RESTRICTED / "leak.txt").chmod(0o600)
    assert not [f for f in audit_output(output, [canary]) if f.kind == "canary"]
    assert [f for f in audit_output(output, [canary], include_restricted=True) if f.kind == "canary"]
