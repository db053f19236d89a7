"""Benchmark the default valence model: batched scoring versus the naive per-utterance way.

Optimised: the model as the pipeline runs it (length-sorted batches, ``torch.inference_mode``,
threads set to the cores available), with the default settings (``dtype="auto"``: bfloat16 on a
CPU with native bfloat16), in float32, and with dynamic int8 quantization. Naive: the
same encoder and head, with each utterance and each context sent alone through a transformers
``feature-extraction`` pipeline, pooled the same way (whole text and per sentence), then the head.

Speed is measured on assistant turns with their context (the validation split: realistic lengths).
AUC equality is checked on a seeded sample of GoEmotions dev, which the head never trained or
calibrated on (on the validation split the shipped head is in-sample and every AUC is ~1).

Run: ``python bench/classify.py [--turns 300] [--auc-rows 600]``. The last stdout line is one JSON object.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np
import torch
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from classifiers.encoder import default_encoder_path, default_threads, pool_windows  # noqa: E402
from classifiers.handler import ValenceModelSpec  # noqa: E402
from classifiers.head import turn_features  # noqa: E402
from classifiers.labelled_data import read_labelled  # noqa: E402
from classifiers.minilm_model import context_text  # noqa: E402
from classifiers.settings import ClassifierSettings  # noqa: E402
from classifiers.train import DEFAULT_ASSISTANT_DIR, DEFAULT_GOEMOTIONS_DIR  # noqa: E402


def naive_scorer(head, max_length: int):
    """A function scoring turns the naive way: one pipeline call per text, no batching, default threads.

    The features are the model's own: each utterance's token states, from its own pipeline call,
    are pooled per text and per sentence by the model's pooling function.
    """
    from transformers import pipeline

    path = str(default_encoder_path())
    pipe = pipeline("feature-extraction", model=path, tokenizer=path, device="cpu")
    tokenize = {"truncation": True, "max_length": max_length}

    def token_states(text: str) -> torch.Tensor:
        return torch.as_tensor(np.asarray(pipe(text, tokenize_kwargs=tokenize)[0]), dtype=torch.float32)

    def embed_context(text: str) -> np.ndarray:
        if not text:
            return np.zeros(384, dtype=np.float32)
        return token_states(text).mean(dim=0).numpy()  # one text, no padding: mean over all tokens

    def embed_utterance(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        if not text:
            return np.zeros(384, dtype=np.float32), np.zeros(384, dtype=np.float32), np.zeros((0, 384), np.float32)
        states = token_states(text)
        enc = pipe.tokenizer(text, return_offsets_mapping=True, return_special_tokens_mask=True, **tokenize)
        special = torch.as_tensor(enc["special_tokens_mask"]).bool()[None]
        starts = torch.as_tensor([s for s, _ in enc["offset_mapping"]])[None]
        whole, sentences, per = pool_windows(states[None], torch.ones_like(special), special, starts,
                                             torch.zeros(1, dtype=torch.long), [text], per_sentence=True)
        return whole[0].numpy(), sentences[0].numpy(), per[0]

    def score(turns) -> np.ndarray:
        embedded = [embed_utterance(t.utterance) for t in turns]
        utt, sent = np.stack([e[0] for e in embedded]), np.stack([e[1] for e in embedded])
        bags = (np.concatenate([e[2] for e in embedded]), np.array([len(e[2]) for e in embedded], dtype=np.int64))
        ctx = np.stack([embed_context(context_text(t.context, 1)) for t in turns])
        return head.predict(turn_features(utt, sent, ctx), bags)

    return score


def _auc(labels, scores):
    return {v: float(roc_auc_score(labels[:, i], scores[:, i])) for i, v in enumerate(("distress", "joy"))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_ASSISTANT_DIR / "val.jsonl")
    parser.add_argument("--auc-data", type=Path, default=DEFAULT_GOEMOTIONS_DIR / "dev.tsv")
    parser.add_argument("--turns", type=int, default=300)
    parser.add_argument("--auc-rows", type=int, default=600)
    parser.add_argument("--batch-size", type=int, default=ClassifierSettings().batch_size)
    parser.add_argument("--repeats", type=int, default=2, help="timed runs per variant; the fastest counts")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    rng = np.random.default_rng(args.seed)
    data, auc_data = read_labelled(args.data), read_labelled(args.auc_data)
    turns = [data.turns[i] for i in np.sort(rng.choice(len(data), min(args.turns, len(data)), replace=False))]
    pick = np.sort(rng.choice(len(auc_data), min(args.auc_rows, len(auc_data)), replace=False))
    auc_turns, auc_labels = [auc_data.turns[i] for i in pick], auc_data.labels[pick]

    result: dict = {"samples": len(turns), "auc_samples": len(auc_turns), "cores_available": default_threads()}
    config: dict = {"data": args.data.name, "auc_data": args.auc_data.name, "seed": args.seed,
                    "repeats": args.repeats}
    variants = {"default": {}, "float32": {"dtype": "float32"}, "int8": {"quantize": True, "dtype": "float32"}}
    scorers = {}
    for name, extra in variants.items():
        settings = ClassifierSettings(batch_size=args.batch_size, device="cpu", **extra)
        spec = ValenceModelSpec(settings)
        model = spec.load_model()  # sets torch threads to the cores available
        scorers[name] = lambda ts, spec=spec, model=model: np.asarray(
            [[s.distress, s.joy] for s in spec.run_inference(ts, model)])
        config[name] = settings.model_dump(mode="json")
        result["model_id"] = spec.model_id.removesuffix("+int8")
        result[f"{name}_dtype"] = str(model.model.encoder.dtype).removeprefix("torch.")
    scorers["naive"] = naive_scorer(model.model.head, settings.max_length)
    result["threads"] = torch.get_num_threads()

    aucs = {name: _auc(auc_labels, score(auc_turns)) for name, score in scorers.items()}  # also warms up
    # Repeats interleave the variants so that load from other processes hits them alike; the
    # fastest run of each counts. The first run also warms per-shape kernel caches (oneDNN builds
    # bfloat16 kernels per input shape).
    seconds = {name: float("inf") for name in scorers}
    for _ in range(args.repeats):
        for name, score in scorers.items():
            t0 = time.perf_counter()
            score(turns)
            seconds[name] = min(seconds[name], time.perf_counter() - t0)

    for name in ("default", "float32", "int8", "naive"):
        result[f"{name}_utterances_per_s"] = round(len(turns) / seconds[name], 2)
        result[f"{name}_auc_goemotions_dev"] = {k: round(v, 4) for k, v in aucs[name].items()}
    for name in variants:
        result[f"{name}_speedup_ratio"] = round(seconds["naive"] / seconds[name], 2)
        result[f"{name}_max_abs_auc_diff"] = round(max(abs(aucs[name][k] - aucs["naive"][k]) for k in aucs[name]), 4)
    result["config_hash"] = hashlib.sha256(json.dumps(config, sort_keys=True).encode()).hexdigest()[:16]
    for name in variants:
        print(f"{name}: {result[f'{name}_utterances_per_s']} utterances/s, {result[f'{name}_speedup_ratio']}x the "
              f"naive pipeline ({result['naive_utterances_per_s']} utterances/s); AUC diff "
              f"{result[f'{name}_max_abs_auc_diff']}")
    print(json.dumps(result, sort_keys=True))


if __name__ == "__main__":
    main()
