"""A failing worker must not put the text it was processing on the console."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from pipelines.failures import WITHHELD, WithholdBeamErrors, describe_failure

CANARY = "CANARY-7f3a91 Mrs Example, 12 Sample Road"

# Run the way `expression-miner run` runs a job: CLI logging, the real Beam DirectRunner with
# worker processes, the driver's options; one step raises with the element in its message.
SCRIPT = textwrap.dedent(f"""
    import logging, sys
    import apache_beam as beam
    from pipelines.config import RunConfig
    from pipelines.failures import describe_failure, install_log_filter, worker_output_withheld
    from pipelines.run import pipeline_options

    def explode(text):
        raise ValueError("could not handle " + text)

    logging.basicConfig(level=logging.WARNING, force=True)
    install_log_filter()
    config = RunConfig(runner={{"direct_num_workers": 1}})
    try:
        with worker_output_withheld(), beam.Pipeline(options=pipeline_options(config, [])) as p:
            _ = p | beam.Create([{CANARY!r}]) | "Explode" >> beam.Map(explode)
    except Exception as err:
        print("internal error:", describe_failure(err), file=sys.stderr)
        sys.exit(1)
""")


def test_a_worker_exception_reaches_the_console_as_step_and_class_without_its_text(tmp_path: Path):
    script = tmp_path / "job.py"
    script.write_text(SCRIPT)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 1
    console = done.stdout + done.stderr
    assert "Mrs Example" not in console and "CANARY" not in console
    assert "ValueError in pipeline step 'Explode' at" in console and WITHHELD in console


def test_a_driver_side_exception_keeps_class_and_location_only():
    try:
        raise KeyError("user text: " + CANARY)
    except KeyError as err:
        line = describe_failure(err)
    assert line.startswith("KeyError at ") and __file__ in line and CANARY not in line


def test_beam_error_records_lose_their_message_and_traceback_other_records_do_not():
    def record(name: str, level: int, msg: str) -> logging.LogRecord:
        rec = logging.LogRecord(name, level, __file__, 1, msg, (), None)
        WithholdBeamErrors().filter(rec)
        return rec

    worker = record("apache_beam.runners.common", logging.ERROR, f"{CANARY} [while running 'Redact']")
    assert worker.getMessage() == f"a pipeline worker reported an error in step 'Redact' ({WITHHELD})"
    retried = record("apache_beam.runners.worker", logging.WARNING, f"Traceback (most recent call last): {CANARY}")
    assert CANARY not in retried.getMessage()
    ours = record("expression_miner", logging.INFO, "redact: 1000 conversations done in this worker")
    assert ours.getMessage() == "redact: 1000 conversations done in this worker"
