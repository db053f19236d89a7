"""``expression-miner demo``: generate a sample corpus and run the whole pipeline on it."""

from __future__ import annotations

import secrets
import shutil
from pathlib import Path

import synthetic
from schemas import layout
from pipelines.config import load_config
from pipelines.run import RunFailed, print_summary, run
from publish.audit import audit_output

DEMO_INPUT = "input"


def demo_key_file(output: Path) -> Path:
    """The demo's own pseudonym key, beside (never inside) the demo's outputs; made once."""
    key_file = output.parent / f".{output.name}.key"
    if not key_file.exists():
        key_file.parent.mkdir(parents=True, exist_ok=True)
        key_file.touch(mode=0o600)
        key_file.write_text(secrets.token_hex(32))
    return key_file


def demo(output: Path, conversations: int, seed: int) -> None:
    input_dir = output / DEMO_INPUT
    shutil.rmtree(input_dir, ignore_errors=True)
    synthetic.generate(input_dir, conversations, seed)
    print(f"generated {conversations} synthetic conversations into {input_dir}")
    manifest = run(load_config(), [str(input_dir / synthetic.LOGS_DIR)], output, demo_key_file(output))
    print_summary(manifest, output)
    _audit(output, input_dir / synthetic.CANARIES_FILE)


def _audit(output: Path, canary_file: Path) -> None:
    """Audit what the run wrote (``expression-miner audit --restricted``).

    The demo fails on a canary anywhere, and on any finding about ``published/``, the labels or
    the permissions. PII-pattern hits inside ``restricted/`` are counted but do not fail it: the
    redactor is not perfect, which is why that folder is owner-only personal data.
    """
    canaries = [c for c in canary_file.read_text(encoding="utf-8").splitlines() if c.strip()]
    findings = audit_output(output, canaries, include_restricted=True)
    restricted = str(output / layout.RESTRICTED)
    tolerated = [f for f in findings if f.kind == "pii" and f.path.startswith(restricted)]
    failing = [f for f in findings if f not in tolerated]
    print(f"audit: {len(failing)} findings that fail the demo (canaries, published/, labels, permissions), "
          f"{len(tolerated)} PII-pattern hits inside restricted/ "
          f"(again: expression-miner audit {output} --canaries {canary_file} --restricted)")
    for f in failing:
        print(f"  {f.kind}\t{f.path}\t{f.detail}")
    if failing:
        raise RunFailed(f"the audit found {len(failing)} problems in the outputs: see above")
