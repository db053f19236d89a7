"""``expression-miner demo``: generate a sample corpus and run the whole pipeline on it."""

from __future__ import annotations

import secrets
import shutil
from pathlib import Path

import synthetic
from pipelines import layout
from pipelines.config import load_config
from pipelines.run import RunFailed, print_summary, run
from privacy.audit import audit_paths

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
    """Scan what the run wrote for the planted canaries and PII patterns; a canary found fails the demo."""
    canaries = [c for c in canary_file.read_text(encoding="utf-8").splitlines() if c.strip()]
    roots = [output / layout.RESTRICTED, output / layout.PUBLISHED]
    findings = [f for root in roots for f in audit_paths(root, canaries)]
    leaked = [f for f in findings if f.kind == "canary"]
    print(f"audit of restricted/ and published/: {len(leaked)} of {len(canaries)} canaries found, "
          f"{len(findings) - len(leaked)} PII-pattern findings "
          f"(again: python -m privacy.audit {' '.join(map(str, roots))} --canaries {canary_file})")
    if leaked:
        raise RunFailed(f"{len(leaked)} planted canaries appear in the outputs: see the audit command above")
