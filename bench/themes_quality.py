"""Benchmark the themes stage: does it recover what triggered the expressions?

Three sets of events, all embedded once with the shipped all-MiniLM-L6-v2 and shared by every variant:

1. Real: the positives of the real labeled set (``classifiers/data/real/``), their redacted user
   turn as trigger context, grouped by hand into trigger categories from the labelers' notes
   (``classifiers/data/real/trigger_categories.jsonl``). Each conversation counts as its own
   account (the pool has no account ids), and k is lowered to 5 conversations and 3 accounts
   for this small set (the output says so).
2. Generated: every distress and joy family of the synthetic generator (persistent harmful
   requests, abuse, stuck debugging, nonsense; creative collaboration, philosophy, problems
   solved together, warm thanks), each flagged turn an event with its family as ground truth.
3. The same generated events for the comparison of clustering implementations.

Per variant: recovery (share of assigned events whose theme's majority family is their own;
Clio reports 94% for its reconstruction), adjusted Rand index (noise as its own label), noise share
(events in no published theme), themes, and fit time. Variants: UMAP + fast_hdbscan, UMAP +
hdbscan, UMAP + scikit-learn HDBSCAN, EVōC (no UMAP), and BERTopic with default settings on the
same embeddings.

Run: ``python bench/themes_quality.py [--per-family 150] [--pool DIR]``. Last stdout line: one JSON object.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.metrics import adjusted_rand_score

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from classifiers.persistence import declined_repeats  # noqa: E402
from classifiers.real_set import DEFAULT_POOL_DIR, REAL_DIR, load_real_set  # noqa: E402
from pipelines.training_data import ConversationRedactor  # noqa: E402
from privacy.settings import RedactionSettings  # noqa: E402
from synthetic.triggers import planted_triggers  # noqa: E402
from themes.documents import TriggerDoc, trigger_text  # noqa: E402
from themes.embedding import MiniLMEmbedder  # noqa: E402
from themes.reduction import NoReduction  # noqa: E402
from themes.settings import ThemeSettings  # noqa: E402
from themes.stage import build_themes  # noqa: E402

CATEGORIES_FILE = REAL_DIR / "trigger_categories.jsonl"


class EVoCClusterer:
    """EVōC as a clusterer (it builds its own graph from the raw embeddings, so no UMAP before it)."""

    def __init__(self, seed: int):
        self.seed = seed

    def fit(self, x: np.ndarray) -> EVoCClusterer:
        import evoc

        self.labels_ = np.asarray(evoc.EVoC(random_state=self.seed).fit_predict(x), dtype=np.int64)
        return self


def redacted_contexts(conversations: list[tuple[tuple[str, str], ...]]) -> list[tuple[str, ...] | None]:
    """Each conversation redacted as the pipeline would; its last user turn before the final message.

    None where the pipeline would dead-letter the conversation (it would never reach the themes).
    """
    out = []
    for conv, texts in zip(conversations, ConversationRedactor(RedactionSettings())(conversations)):
        if texts is None:
            out.append(None)
            continue
        users = [t for (role, _), t in zip(conv[:-1], texts[:-1]) if role == "user"]
        out.append(tuple(users[-1:]))
    return out


def score(truth: list[str], assigned: list[str | None]) -> dict:
    """Recovery, ARI and noise share of one assignment against the ground truth."""
    themes: dict[str, Counter] = {}
    for t, a in zip(truth, assigned):
        if a is not None:
            themes.setdefault(a, Counter())[t] += 1
    majority = {a: c.most_common(1)[0][0] for a, c in themes.items()}
    kept = [(t, a) for t, a in zip(truth, assigned) if a is not None]
    recovery = sum(majority[a] == t for t, a in kept) / len(kept) if kept else 0.0
    ari = adjusted_rand_score(truth, [a if a is not None else "noise" for a in assigned])
    return {"recovery": round(recovery, 4), "ari": round(float(ari), 4),
            "noise_share": round(1 - len(kept) / len(truth), 4) if truth else 0.0, "themes": len(themes),
            "families_recovered": len(set(majority.values()))}


def run_variant(name: str, docs: list[TriggerDoc], vectors: np.ndarray, truth: list[str], settings: ThemeSettings) -> dict:
    start = time.perf_counter()
    if name == "evoc":
        run = build_themes(docs, vectors, settings, reducer=NoReduction(), clusterer=EVoCClusterer(settings.seed))
    else:
        run = build_themes(docs, vectors, settings.model_copy(update={"clusterer": name.removeprefix("umap_")}))
    seconds = time.perf_counter() - start
    assigned = [run.assignments.get(d.event_key) for d in docs]
    result = {**score(truth, assigned), "seconds": round(seconds, 2)}
    result["labels"] = {t.theme_id: t.label for t in run.themes}
    return result


def bertopic_per_valence(docs, vectors, truth) -> dict:
    """BERTopic's defaults, fitted per valence like the stage, scored on all events together."""
    from bertopic import BERTopic

    start = time.perf_counter()
    assigned: list[str | None] = [None] * len(docs)
    for valence in ("distress", "joy"):
        idx = [i for i, d in enumerate(docs) if d.valence == valence]
        if len(idx) < 20:
            continue
        topics, _ = BERTopic().fit_transform([docs[i].text for i in idx], embeddings=vectors[idx])
        for i, t in zip(idx, topics):
            assigned[i] = None if t < 0 else f"{valence}:{t}"
    return {**score(truth, assigned), "seconds": round(time.perf_counter() - start, 2)}


def generated_events(per_family: int, accounts: int, seed: int) -> tuple[list[TriggerDoc], list[str]]:
    planted = planted_triggers(per_family, accounts, seed)
    contexts = redacted_contexts([p.messages for p in planted])
    docs, truth = [], []
    for p, context in zip(planted, contexts):
        if context is None:
            continue
        docs.append(TriggerDoc(f"{p.conversation_id}:{p.turn_index}:{p.valence}", p.valence, p.conversation_id,
                               p.account_id, trigger_text(context), 0.9, p.turn_index,
                               declined_repeats(p.messages)[p.turn_index]))
        truth.append(p.family)
    return docs, truth


def real_events(pool: Path) -> tuple[list[TriggerDoc], list[str]]:
    categories = {}
    for line in CATEGORIES_FILE.read_text().splitlines():
        row = json.loads(line)
        categories[(row["id"], row["valence"])] = row["category"]
    turns = {t.id: t for t in load_real_set(pool)}
    keys = [k for k in categories if k[0] in turns]
    contexts = redacted_contexts([turns[i].conversation for i, _ in keys])
    docs, truth = [], []
    for (rid, valence), context in zip(keys, contexts):
        if context is None:
            continue
        turn = turns[rid]
        conv = hashlib.sha256(rid.rsplit("|", 1)[0].encode()).hexdigest()[:16]
        docs.append(TriggerDoc(f"{rid}:{valence}", valence, conv, conv, trigger_text(context), 0.9,
                               len(turn.conversation) - 1,
                               declined_repeats(turn.conversation)[-1]))
        truth.append(categories[(rid, valence)])
    return docs, truth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-family", type=int, default=150, help="generated conversations per family")
    parser.add_argument("--accounts", type=int, default=300, help="accounts the generated conversations share")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--pool", type=Path, default=DEFAULT_POOL_DIR, help="the real pool (texts not committed)")
    args = parser.parse_args()

    embedder = MiniLMEmbedder()
    settings = ThemeSettings()
    report: dict = {}

    docs, truth = real_events(args.pool)
    vectors = embedder.embed([d.text for d in docs])
    real_settings = ThemeSettings(k_conversations=5, k_accounts=3)
    print(f"real events: {len(docs)} ({Counter(d.valence for d in docs)}), {len(set(truth))} hand-made "
          f"categories; k lowered to 5 conversations / 3 accounts for this small set")
    real = run_variant("umap_fast_hdbscan", docs, vectors, truth, real_settings)
    print(f"  stage (UMAP + fast_hdbscan): recovery {real['recovery']:.3f}  ARI {real['ari']:.3f}  "
          f"noise {real['noise_share']:.1%}  themes {real['themes']}")
    for theme_id, label in real.pop("labels").items():
        print(f"    {theme_id}: {label}")
    real_bt = bertopic_per_valence(docs, vectors, truth)
    print(f"  BERTopic defaults:          recovery {real_bt['recovery']:.3f}  ARI {real_bt['ari']:.3f}  "
          f"noise {real_bt['noise_share']:.1%}  themes {real_bt['themes']}")
    report["real"] = {"events": len(docs), "stage": real, "bertopic_default": real_bt}

    docs, truth = generated_events(args.per_family, args.accounts, args.seed)
    start = time.perf_counter()
    vectors = embedder.embed([d.text for d in docs])
    embed_seconds = time.perf_counter() - start
    print(f"\ngenerated events: {len(docs)} from {len(set(truth))} planted families; embedding "
          f"{len(docs) / embed_seconds:.0f} events/s; k = {settings.k_conversations} conversations / "
          f"{settings.k_accounts} accounts")
    print(f"  {'variant':<22} {'recovery':>8} {'ARI':>6} {'noise':>6} {'themes':>6} {'seconds':>8}")
    variants = {}
    for name in ("umap_fast_hdbscan", "umap_hdbscan", "umap_sklearn", "evoc"):
        result = run_variant(name, docs, vectors, truth, settings)
        labels = result.pop("labels")
        variants[name] = result
        print(f"  {name:<22} {result['recovery']:>8.3f} {result['ari']:>6.3f} {result['noise_share']:>6.1%} "
              f"{result['themes']:>6} {result['seconds']:>8.1f}")
        if name == "umap_fast_hdbscan":
            shown = labels
    variants["bertopic_default"] = bertopic_per_valence(docs, vectors, truth)
    b = variants["bertopic_default"]
    print(f"  {'bertopic_default':<22} {b['recovery']:>8.3f} {b['ari']:>6.3f} {b['noise_share']:>6.1%} "
          f"{b['themes']:>6} {b['seconds']:>8.1f}")
    print("  labels published (UMAP + fast_hdbscan):")
    for theme_id, label in shown.items():
        print(f"    {theme_id}: {label}")
    report["generated"] = {"events": len(docs), "embed_events_per_s": round(len(docs) / embed_seconds, 1),
                           **variants}
    config_hash = hashlib.sha256(settings.model_dump_json().encode()).hexdigest()[:12]
    print(json.dumps({"real_recovery": real["recovery"], "real_noise_share": real["noise_share"],
                      "real_ari": real["ari"], "real_bertopic_recovery": real_bt["recovery"],
                      "generated_recovery": variants["umap_fast_hdbscan"]["recovery"],
                      "generated_noise_share": variants["umap_fast_hdbscan"]["noise_share"],
                      "generated_ari": variants["umap_fast_hdbscan"]["ari"],
                      "bertopic_recovery": b["recovery"], "bertopic_noise_share": b["noise_share"],
                      "variants": {k: {m: v[m] for m in ("recovery", "ari", "noise_share", "themes", "seconds")}
                                   for k, v in variants.items()},
                      "events_generated": len(docs), "events_real": report["real"]["events"],
                      "config_hash": config_hash}))


if __name__ == "__main__":
    main()
