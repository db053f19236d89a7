"""End-to-end speed of the whole job: ingest, redact, classify, events, themes, publish.

Two inputs, each one JSONL file (the hard case: one big file must still keep every core busy):

1. Real conversations rebuilt from the real pool (``../shared/data/real_pool/``): a seeded sample
   of ``--real N`` of its conversations, whole, as logged (multi-turn where the source has them:
   WildChat and Chatbot Arena via Convo-topo, the red-team evaluations, MT-Bench's two turns).
2. ``--generated N`` conversations whose lengths follow real logs: the generator's conversations
   with their turns stretched by real assistant turns of the pool, to a mean of about 8 messages and
   900 words with a long tail.

Prints words/s and conversations/s, each stage's share of the worker time, CPU utilisation (CPU
seconds of the run and its workers over wall seconds, out of 100% per core) and peak memory per
worker, from one ``expression-miner run`` on the DirectRunner with one worker per core. Last line
one JSON object with ``words_per_s``, ``conversations_per_s``, ``mean_words_per_conversation``,
``cpu_utilisation``, ``peak_rss_mb`` (per input).

Run: ``python bench/e2e.py [--real 3000] [--generated 20000] [--pool DIR]``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import secrets
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from classifiers.real_set import DEFAULT_POOL_DIR  # noqa: E402
from classifiers.labelled_data import json_objects  # noqa: E402


def real_conversations(pool: Path, n: int, seed: int) -> list[dict]:
    """``n`` conversations of the pool (seeded sample), rebuilt in order as canonical records."""
    convs: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for path in sorted(pool.glob("*.jsonl")):
        for _, row in json_objects(path):
            convs[(row["source"], row["conversation_id"])].append(row)
    out = []
    for (source, cid), rows in sorted(convs.items()):
        messages = []
        for row in sorted(rows, key=lambda r: r["turn_index"]):
            if row.get("user"):
                messages.append({"role": "user", "content": row["user"]})
            messages.append({"role": "assistant", "content": row["assistant"]})
        out.append({"conversation_id": f"{source}:{cid}", "account_id": f"{source}:{cid}", "messages": messages})
    return random.Random(seed).sample(out, min(n, len(out)))


def generated_conversations(n: int, pool: Path, seed: int) -> list[dict]:
    """``n`` conversations shaped like real logs: user turns from the generator's families, assistant
    turns drawn from real assistant turns of the pool; turns per conversation from a long-tailed law."""
    import synthetic
    from synthetic.families import BUILDERS, family_quota
    from synthetic.text import UserStyle

    rng = random.Random(seed)
    assistant = [row["assistant"] for path in sorted(pool.glob("*.jsonl")) for _, row in json_objects(path)]
    families = [f for f, c in family_quota(n, 0.06, 0.06).items() for _ in range(c)]
    out = []
    for i, family in enumerate(families):
        draft = BUILDERS[family](rng, UserStyle(rng))
        pairs = max(1, min(40, int(rng.lognormvariate(1.1, 0.6))))  # mean about 4 exchanges, long tail
        users = [t.content for t in draft.turns if t.role == "user"] or ["hello"]
        messages = []
        for j in range(pairs):
            messages.append({"role": "user", "content": users[j % len(users)]})
            messages.append({"role": "assistant", "content": rng.choice(assistant)})
        out.append({"conversation_id": f"gen-{i:06d}", "account_id": f"acct-{rng.randrange(n // 5 + 1)}",
                    "messages": messages})
    del synthetic
    return out


def words(conversations: list[dict]) -> int:
    return sum(len(m["content"].split()) for c in conversations for m in c["messages"])


def run_job(conversations: list[dict], workdir: Path, name: str) -> dict:
    data = workdir / name / "logs.jsonl"
    data.parent.mkdir(parents=True)
    data.write_text("".join(json.dumps(c) + "\n" for c in conversations))
    out = workdir / name / "out"
    env = {**os.environ, "EXPRESSION_MINER_KEY": secrets.token_hex(32), "HF_HUB_OFFLINE": "1",
           "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": ""}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pipelines.cli", "run", "--input", str(data), "--output", str(out)],
                          capture_output=True, text=True, env=env, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{name}: the run failed: {done.stderr[-500:]}")
    manifest = json.loads((out / "manifest.json").read_text())
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    stages = {k: v for k, v in manifest["stage_seconds"].items() if k != "wall_total"}
    total_stage = sum(stages.values()) or 1.0
    n_words = words(conversations)
    return {
        "conversations": len(conversations), "words": n_words, "wall_s": round(wall, 1),
        "words_per_s": round(n_words / wall), "conversations_per_s": round(len(conversations) / wall, 2),
        "mean_words_per_conversation": round(n_words / len(conversations)),
        "mean_messages_per_conversation": round(sum(len(c["messages"]) for c in conversations) / len(conversations), 1),
        "cpu_utilisation": round(100 * cpu / wall), "peak_rss_mb": round(after.ru_maxrss / 1024),
        "stage_share": {k: round(v / total_stage, 3) for k, v in sorted(stages.items())},
        "flagged": {"distress": manifest["counts"]["flagged_distress"], "joy": manifest["counts"]["flagged_joy"]},
    }


def report(name: str, r: dict) -> None:
    print(f"{name}: {r['conversations']:,} conversations, {r['words']:,} words (mean {r['mean_words_per_conversation']} "
          f"words, {r['mean_messages_per_conversation']} messages) in {r['wall_s']} s")
    print(f"  {r['words_per_s']:,} words/s, {r['conversations_per_s']} conversations/s, CPU {r['cpu_utilisation']}% "
          f"of {100 * (os.cpu_count() or 1)}%, peak RSS of a worker {r['peak_rss_mb']} MB")
    print("  share of worker time: " + ", ".join(f"{k} {v:.0%}" for k, v in r["stage_share"].items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--real", type=int, default=3_000, help="real conversations sampled from the pool")
    parser.add_argument("--generated", type=int, default=20_000, help="generated conversations (0: none)")
    parser.add_argument("--pool", type=Path, default=DEFAULT_POOL_DIR)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        real = real_conversations(args.pool, args.real, args.seed)
        results["real"] = run_job(real, Path(tmp), "real")
        report("real conversations (real pool)", results["real"])
        if args.generated:
            results["generated"] = run_job(generated_conversations(args.generated, args.pool, args.seed), Path(tmp),
                                           "generated")
            report("generated conversations of real lengths", results["generated"])
    print(json.dumps({**{k: results["real"][k] for k in ("words_per_s", "conversations_per_s",
                                                          "mean_words_per_conversation", "cpu_utilisation",
                                                          "peak_rss_mb")},
                      "inputs": results, "cores": os.cpu_count()}))


if __name__ == "__main__":
    main()
