"""Benchmark the themes stage at scale: wall time and peak memory for 10k, 100k and 1M events.

Runs the stage as the job runs it: the Beam transform ``BuildThemeCandidates`` on the DirectRunner
(one worker per core), fed by events generated inside the workers, then the driver's finishing
step. The trigger contexts are the generator's planted families, each event with its own account
drawn from a pool. Embedding is the one part replaced: at a million events MiniLM alone would take
hours on 2 cores (it is measured apart, in ``bench/themes_quality.py``), so each event's vector is
its context's real MiniLM embedding (computed once per distinct context) plus seeded noise. What is
measured is everything after the encoder: sampling, UMAP and HDBSCAN on the bounded sample,
assignment of every event, per-theme aggregation, labels, thresholds.

Run: ``python bench/themes_scale.py [--sizes 10000 100000 1000000]``. Last stdout line: one JSON object.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import apache_beam as beam
import numpy as np
from apache_beam.options.pipeline_options import PipelineOptions

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from pipelines.theme_outputs import finish_run_themes  # noqa: E402
from pipelines.theme_transforms import BuildThemeCandidates  # noqa: E402
from schemas import ExpressionEvent, layout  # noqa: E402
from synthetic.triggers import planted_triggers  # noqa: E402
from themes.documents import trigger_text  # noqa: E402
from themes.embedding import MiniLMEmbedder  # noqa: E402
from themes.settings import ThemeSettings  # noqa: E402

NOISE = 0.15
CHUNK = 5_000


class NoisyContextEmbedder:
    """A context's real MiniLM vector plus noise seeded by the event's own suffix (``#<n>``)."""

    def __init__(self, vectors: dict[str, np.ndarray]):
        self.vectors = vectors

    def embed(self, texts):
        out = []
        for text in texts:
            base, _, n = text.rpartition(" #")
            noise = np.random.default_rng(int(n)).normal(scale=NOISE, size=384).astype(np.float32)
            v = self.vectors[base] + noise / np.sqrt(384)
            out.append(v / np.linalg.norm(v))
        return np.stack(out)


def make_events(chunk: int, contexts: list[tuple[str, str]], accounts: int, size: int):
    """The events of one chunk, generated on the worker."""
    rng = np.random.default_rng(chunk)
    for i in range(chunk * CHUNK, min(size, (chunk + 1) * CHUNK)):
        valence, text = contexts[rng.integers(len(contexts))]
        yield ExpressionEvent(f"c_{i:08d}", f"a_{rng.integers(accounts):06d}", 3, valence, 0.9, 0.5, "bench",
                              "", (f"{text} #{i}",), None, bool(rng.integers(2)))


def run_size(size: int, contexts, embedder, settings: ThemeSettings, workdir: Path) -> dict:
    staging = workdir / f"staging-{size}"
    staging.mkdir(parents=True)
    options = PipelineOptions(["--runner=DirectRunner", f"--direct_num_workers={os.cpu_count()}",
                               "--direct_running_mode=multi_processing", "--default_sdk_harness_log_level=ERROR"])
    start = time.perf_counter()
    with beam.Pipeline(options=options) as p:
        events = (p | beam.Create(range((size + CHUNK - 1) // CHUNK)) | beam.Reshuffle()
                  | beam.FlatMap(make_events, contexts, max(1000, size // 20), size))
        themes = events | BuildThemeCandidates(settings, make_embedder=lambda: embedder)
        _ = themes["candidates"] | "C" >> beam.io.WriteToText(str(staging / layout.THEME_CANDIDATES), ".jsonl")
        _ = themes["fits"] | "F" >> beam.io.WriteToText(str(staging / layout.THEME_FITS), ".jsonl")
        _ = (themes["metrics"] | beam.CombinePerKey(sum) | beam.Map(json.dumps)
             | "M" >> beam.io.WriteToText(str(staging / "metrics"), ".jsonl"))
    metrics = {}
    for part in staging.glob("metrics*"):
        for line in part.read_text().splitlines():
            k, v = json.loads(line)
            metrics[k] = v
    (staging / layout.PUBLISHED).mkdir()
    run = finish_run_themes(settings, staging, workdir, metrics, [f"size={size}"], f"bench-{size}")
    seconds = time.perf_counter() - start
    return {"events": size, "seconds": round(seconds, 1), "themes": len(run.themes),
            "noise_share": {v: round(s.noise_share, 4) for v, s in run.summary.items()},
            "fitted_on": {v: s.fitted_on for v, s in run.summary.items()},
            "peak_rss_mb_workers": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
            "peak_rss_mb_driver": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--per-family", type=int, default=150, help="generated conversations per planted family")
    args = parser.parse_args()

    planted = planted_triggers(args.per_family, 300, seed=5)
    contexts = sorted({(p.valence, trigger_text(p.context)) for p in planted})
    vectors = MiniLMEmbedder().embed([t for _, t in contexts])
    embedder = NoisyContextEmbedder(dict(zip([t for _, t in contexts], vectors)))
    settings = ThemeSettings()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            result = run_size(size, contexts, embedder, settings, Path(tmp))
            results.append(result)
            print(f"{size:>9} events: {result['seconds']:7.1f} s, {result['themes']} themes, noise "
                  f"{result['noise_share']}, fitted on {result['fitted_on']}, peak RSS workers "
                  f"{result['peak_rss_mb_workers']} MB, driver {result['peak_rss_mb_driver']} MB", flush=True)
    config_hash = hashlib.sha256(settings.model_dump_json().encode()).hexdigest()[:12]
    print(json.dumps({"results": results, "distinct_contexts": len(contexts), "cores": os.cpu_count(),
                      "config_hash": config_hash}))


if __name__ == "__main__":
    main()
