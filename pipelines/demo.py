"""``expression-miner demo``: generate a sample corpus and run the whole pipeline on it."""

from __future__ import annotations

import secrets
import shutil
from pathlib import Path

import synthetic
from pipelines.config import load_config
from pipelines.run import run

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
    counts = manifest["counts"]
    print(f"run {manifest['run_id']} finished in {manifest['stage_seconds']['wall_total']:.0f} s: "
          f"{counts['records_read']} records read, {counts['conversations_ok']} conversations redacted, "
          f"{counts['dead_lettered']} dead-lettered (planted bad records)")
    print(f"  manifest:            {output / 'manifest.json'}")
    print(f"  published (aggregates only): {output / 'published'}")
    print(f"  restricted (redacted records, dead letters): {output / 'restricted'}")
    print(f"  check for leaks: python -m privacy.audit {output} --canaries {input_dir / 'canaries.txt'}")
