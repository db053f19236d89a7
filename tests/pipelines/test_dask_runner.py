"""The job on a real Dask cluster (``distributed.LocalCluster`` on 127.0.0.1, two worker processes).

Each defect of Beam 2.77's DaskRunner has one test that runs a small pipeline on the stock runner
(and shows the defect) and on ``FixedDaskRunner`` (and shows it fixed); the last test runs the
whole job on a generated corpus on both the cluster and the DirectRunner and compares the outputs,
once undisturbed and once with a worker process killed while it runs a task.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import threading
import time
import uuid
from pathlib import Path

import apache_beam as beam
import pyarrow.parquet as pq
import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from distributed import Client, LocalCluster

import synthetic
from schemas import layout
from tests.conftest import cli_in_process

STOCK = "apache_beam.runners.dask.dask_runner.DaskRunner"
FIXED = "pipelines.dask_runner.FixedDaskRunner"
KEY = secrets.token_hex(32)


@pytest.fixture(scope="module")
def cluster():
    # Workers inherit this process's environment: the key and the offline settings reach them so.
    os.environ.update(EXPRESSION_MINER_KEY=KEY, HF_HUB_OFFLINE="1", TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as local:
        yield local
    os.environ.pop("EXPRESSION_MINER_KEY", None)


def _record(value, folder):
    Path(folder, uuid.uuid4().hex).write_text(json.dumps(value))
    return value


def _recorded(folder: Path) -> list:
    return sorted((json.loads(p.read_text()) for p in folder.iterdir()), key=json.dumps) if folder.is_dir() else []


def _run(runner: str, cluster, build, tmp_path: Path) -> Path:
    out = tmp_path / runner.rsplit(".", 1)[-1]
    out.mkdir()
    options = PipelineOptions([f"--runner={runner}", f"--dask_client_address={cluster.scheduler_address}"])
    with beam.Pipeline(options=options) as p:
        build(p, out)
    return out


class _EmitsAtFinish(beam.DoFn):
    def start_bundle(self):
        self.seen = 0

    def process(self, x):
        self.seen += 1

    def finish_bundle(self):
        from apache_beam.utils.windowed_value import WindowedValue
        from apache_beam.transforms.window import GlobalWindow

        yield WindowedValue(self.seen, 0, (GlobalWindow(),))


def test_outputs_of_finish_bundle_are_kept(cluster, tmp_path):
    def build(p, out):
        _ = p | beam.Create(list(range(6))) | beam.ParDo(_EmitsAtFinish()) | beam.Map(_record, str(out))

    assert _recorded(_run(STOCK, cluster, build, tmp_path)) == []
    assert sum(_recorded(_run(FIXED, cluster, build, tmp_path))) == 6


class _Split(beam.DoFn):
    def process(self, x):
        yield beam.pvalue.TaggedOutput("odd", x) if x % 2 else x


def test_each_consumer_of_a_tagged_output_gets_only_its_own_values(cluster, tmp_path):
    def build(p, out):
        parts = p | beam.Create(list(range(6))) | beam.ParDo(_Split()).with_outputs("odd", main="even")
        _ = parts.even | "Even" >> beam.Map(_record, str(out))

    assert _recorded(_run(STOCK, cluster, build, tmp_path)) != [0, 2, 4]
    assert _recorded(_run(FIXED, cluster, build, tmp_path)) == [0, 2, 4]


def test_a_side_input_is_computed_once_for_all_its_readers(cluster, tmp_path):
    def build(p, out):
        token = p | "One" >> beam.Create([None]) | "Token" >> beam.Map(lambda _: uuid.uuid4().hex)
        # 150 elements: two partitions (tasks) even on the stock runner (128 a partition), each reading the token.
        xs = p | "Xs" >> beam.Create(list(range(150)))
        _ = (xs | beam.Map(lambda x, t: t, beam.pvalue.AsSingleton(token)) | beam.Distinct()
             | beam.Map(_record, str(out)))

    assert len(set(_recorded(_run(STOCK, cluster, build, tmp_path)))) > 1
    assert len(set(_recorded(_run(FIXED, cluster, build, tmp_path)))) == 1


def test_every_sink_runs_not_only_the_last_one(cluster, tmp_path):
    def build(p, out):
        _ = p | "First" >> beam.Create([1, 2]) | "RecordFirst" >> beam.Map(_record, str(out))
        _ = p | "Second" >> beam.Create([3]) | "RecordSecond" >> beam.Map(_record, str(out))

    assert _recorded(_run(STOCK, cluster, build, tmp_path)) == [3]
    assert _recorded(_run(FIXED, cluster, build, tmp_path)) == [1, 2, 3]


def test_a_few_created_elements_spread_over_the_workers(cluster, tmp_path):
    def slow_pid(_):
        import time

        time.sleep(0.3)
        return os.getpid()

    def build(p, out):
        _ = p | beam.Create(list(range(8))) | beam.Map(slow_pid) | beam.Map(_record, str(out))

    assert len(set(_recorded(_run(STOCK, cluster, build, tmp_path)))) == 1
    assert len(set(_recorded(_run(FIXED, cluster, build, tmp_path)))) == 2


def _rows(folder: Path) -> list[str]:
    """Every row of a Parquet folder; scores rounded, as batches of another make-up pad differently."""
    rows = [r for part in sorted(folder.glob("*.parquet")) for r in pq.read_table(part).to_pylist()]
    return sorted(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in r.items()}, sort_keys=True)
                  for r in rows)


def _run_job(runner: str, corpus: Path, out: Path, cluster) -> Path:
    """The real command line, in this process (a fresh one would spend its first seconds on imports)."""
    config, key = out.with_suffix(".toml"), out.with_suffix(".key")
    config.write_text(f'[ingest]\nmax_dead_letter_ratio = 0.5\n[runner]\nrunner = "{runner}"\n')
    key.write_text(KEY)
    extra = [f"--dask_client_address={cluster.scheduler_address}"] if runner == FIXED else []
    assert cli_in_process("run", "--input", str(corpus / synthetic.LOGS_DIR), "--output", str(out),
                          "--config", str(config), "--key-file", str(key), *extra) == 0
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    synthetic.generate(folder, conversations=60, seed=5)
    return folder


@pytest.fixture(scope="module")
def direct_outputs(corpus, cluster, tmp_path_factory) -> Path:
    return _run_job("DirectRunner", corpus, tmp_path_factory.mktemp("direct") / "out", cluster)


def _assert_same_outputs(direct: Path, dask: Path) -> None:
    counts = [json.loads((o / layout.MANIFEST).read_text())["counts"] for o in (direct, dask)]
    assert counts[0] == counts[1]
    for table in ("conversations", "events", "dead_letters"):
        assert _rows(direct / layout.RESTRICTED / table) == _rows(dask / layout.RESTRICTED / table), table
    themes = [json.loads((o / layout.THEMES_JSON).read_text())["themes"] for o in (direct, dask)]
    assert themes[0] == themes[1]


def test_the_job_on_a_dask_cluster_writes_what_the_direct_runner_writes(corpus, cluster, direct_outputs, tmp_path):
    _assert_same_outputs(direct_outputs, _run_job(FIXED, corpus, tmp_path / "out", cluster))


def _kill_a_busy_worker(cluster, killed: list[str], stop: threading.Event) -> None:
    """SIGKILL the process of the first worker seen running a task (its nanny starts a new one)."""
    with Client(cluster.scheduler_address, timeout=30) as client:
        while not stop.is_set():
            busy = [address for address, tasks in client.processing().items() if tasks]
            nannies = {n.worker_address: n for n in cluster.workers.values()}
            if busy and busy[0] in nannies:
                os.kill(nannies[busy[0]].process.process.pid, signal.SIGKILL)
                killed.append(busy[0])
                return
            time.sleep(0.05)


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(corpus, cluster, direct_outputs, tmp_path):
    killed: list[str] = []
    stop = threading.Event()
    killer = threading.Thread(target=_kill_a_busy_worker, args=(cluster, killed, stop))
    killer.start()
    try:
        dask = _run_job(FIXED, corpus, tmp_path / "out", cluster)
    finally:
        stop.set()
        killer.join()
    assert killed, "no worker was running a task while the job ran"
    _assert_same_outputs(direct_outputs, dask)
