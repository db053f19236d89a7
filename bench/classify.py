"""Benchmark the default valence model: the pipeline's way against the naive way, on real turns.

Pipeline way: the sentence gate (only prose sentences that can carry the assistant's own state,
:mod:`classifiers.gate`), windows batched by length, ``torch.inference_mode``, threads set to the
cores available. Naive way: the same weights reading every sentence of every turn, one turn at a
time, in the order given. Both read the redacted text the pipeline gives the model.

Speed is measured on real-length assistant turns of the real labeled set (those of at least
``--min-words`` words, median several hundred); AUC equality is checked on the validation split
(the thresholds were chosen there, the test split is left alone).

Run: ``python bench/classify.py [--turns 300] [--pool DIR]``. The last stdout line is one JSON object.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import torch
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from classifiers.encoder import available_cores  # noqa: E402
from classifiers.gate import SentenceGate  # noqa: E402
from classifiers.model import DEFAULT_MODEL_DIR, ValenceModel  # noqa: E402
from classifiers.real_set import DEFAULT_POOL_DIR  # noqa: E402
from classifiers.settings import ClassifierSettings  # noqa: E402
from pipelines.training_data import redacted_real_set  # noqa: E402
from privacy.settings import RedactionSettings  # noqa: E402

READ_EVERYTHING = SentenceGate(short_turn_words=10**9, max_windows=10**6)


def naive(model: ValenceModel) -> ValenceModel:
    """The same weights reading every sentence, one turn per forward pass."""
    reading = dataclasses.replace(model.reading, gate=dataclasses.replace(READ_EVERYTHING, window_words=model.reading.gate.window_words))
    return dataclasses.replace(model, reading=reading, batch_size=1)


def timed(score, turns) -> tuple[np.ndarray, float]:
    start = time.perf_counter()
    scores = score(turns)
    return scores, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--turns", type=int, default=300, help="real-length turns timed each way")
    parser.add_argument("--min-words", type=int, default=150, help="a turn counts as real-length from this many words")
    parser.add_argument("--pool", type=Path, default=DEFAULT_POOL_DIR)
    args = parser.parse_args()

    torch.set_num_threads(available_cores())
    settings = ClassifierSettings()
    examples = redacted_real_set(args.pool, RedactionSettings(), settings.context_turns)
    model = ValenceModel.load(DEFAULT_MODEL_DIR, batch_size=settings.batch_size)
    slow = naive(model)

    long_turns = [ti for t, ti in examples if len(ti.utterance.split()) >= args.min_words][: args.turns]
    words = sum(len(t.utterance.split()) for t in long_turns)
    model.score(long_turns[:8])  # warm-up: first-call allocations
    _, fast_s = timed(model.score, long_turns)
    _, slow_s = timed(lambda ts: np.concatenate([slow.score([t]) for t in ts]), long_turns)
    median_words = statistics.median(len(t.utterance.split()) for t in long_turns)
    print(f"speed on {len(long_turns)} real assistant turns of >= {args.min_words} words (median {median_words:.0f}), "
          f"{torch.get_num_threads()} threads")
    print(f"  pipeline way: {len(long_turns) / fast_s:8.1f} utterances/s  {words / fast_s:9.0f} words/s")
    print(f"  naive way:    {len(long_turns) / slow_s:8.1f} utterances/s  {words / slow_s:9.0f} words/s")
    print(f"  speed-up: {slow_s / fast_s:.2f}x")

    val = [(t, ti) for t, ti in examples if t.split == "val"]
    labels = np.array([t.flagged for t, _ in val])
    fast_scores = model.score([ti for _, ti in val])
    slow_scores = np.concatenate([slow.score([ti]) for _, ti in val])
    auc = {}
    for i, valence in enumerate(("distress", "joy")):
        if 0 < labels[:, i].sum() < len(labels):
            auc[valence] = (float(roc_auc_score(labels[:, i], fast_scores[:, i])),
                            float(roc_auc_score(labels[:, i], slow_scores[:, i])))
            print(f"  {valence} AUC on the validation split ({int(labels[:, i].sum())} positives): pipeline way "
                  f"{auc[valence][0]:.4f}, naive way {auc[valence][1]:.4f}")
    config_hash = hashlib.sha256((DEFAULT_MODEL_DIR / "model.json").read_bytes()).hexdigest()[:12]
    print(json.dumps({
        "pipeline_utterances_per_s": round(len(long_turns) / fast_s, 2), "pipeline_words_per_s": round(words / fast_s),
        "naive_utterances_per_s": round(len(long_turns) / slow_s, 2), "naive_words_per_s": round(words / slow_s),
        "speedup": round(slow_s / fast_s, 2), "median_words": median_words, "turns": len(long_turns),
        "val_auc_pipeline": {k: round(v[0], 4) for k, v in auc.items()},
        "val_auc_naive": {k: round(v[1], 4) for k, v in auc.items()},
        "val_rows": len(val), "config_hash": config_hash,
    }))


if __name__ == "__main__":
    main()
