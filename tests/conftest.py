"""A whole run on a corpus rich in distress and joy, shared by the tests of themes, publishing and the audit.

The real CLI, the real Beam DirectRunner, the real Presidio and the real model; k is lowered in the
run's own config (5 conversations, 3 accounts), as the demo may, because the corpus is small.
"""

from __future__ import annotations

import logging
import os
import secrets
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

import synthetic
from synthetic.settings import SyntheticSettings

ROOT = Path(__file__).resolve().parents[1]
THEMED_CONFIG = """
[ingest]
max_dead_letter_ratio = 0.5
[themes]
k_conversations = 5
k_accounts = 3
"""
# The job in the test's own process: for tests of what a run reads and keeps, not of its workers.
IN_MEMORY_RUNNER = '[runner]\ndirect_running_mode = "in_memory"\n'


def cli_in_process(*args: str) -> int:
    """``expression-miner ARGS`` in this process, for tests that need no fresh one (no start-up
    cost, models already loaded); the root logger's handlers, which the CLI replaces, are restored
    so later log records do not go to a captured stream that pytest has closed."""
    from pipelines.cli import main

    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        return main(list(args))
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)


def cli(*args: str, key: str | None = None, cwd: Path | None = None, timeout: int = 900) -> subprocess.CompletedProcess:
    """``expression-miner ARGS`` in a fresh process, offline, with ``key`` as the pseudonym key."""
    env = {k: v for k, v in os.environ.items() if k != "EXPRESSION_MINER_KEY"}
    env.update(HF_HUB_OFFLINE="1", TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="")
    if key is not None:
        env["EXPRESSION_MINER_KEY"] = key
    return subprocess.run([sys.executable, "-m", "pipelines.cli", *args], capture_output=True, text=True, env=env,
                          cwd=cwd or ROOT, timeout=timeout)


@dataclass(frozen=True)
class ThemedRun:
    corpus: Path
    output: Path
    key: str
    stdout: str


@pytest.fixture(scope="session")
def themed_run(tmp_path_factory: pytest.TempPathFactory) -> ThemedRun:
    corpus = tmp_path_factory.mktemp("themed_corpus")
    synthetic.generate(corpus, conversations=400, seed=31, settings=SyntheticSettings(distress_share=0.3, joy_share=0.3))
    out = tmp_path_factory.mktemp("themed_run") / "out"
    config = out.parent / "run.toml"
    config.write_text(THEMED_CONFIG)
    key = secrets.token_hex(32)
    done = cli("run", "--input", str(corpus / synthetic.LOGS_DIR), "--output", str(out), "--config", str(config), key=key)
    assert done.returncode == 0, done.stderr[-3000:]
    return ThemedRun(corpus, out, key, done.stdout + done.stderr)
