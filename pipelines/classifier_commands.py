"""``score``, ``eval-classifier`` and ``train-classifier``: the classifier on its own, outside Beam.

Each redacts first, as the pipeline does, so its figures are the pipeline's own: the real labeled
set is redacted with the run's ``[redact]`` settings before training or evaluation, and ``score``
redacts every conversation before scoring it unless ``--no-redact`` says otherwise.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

from classifiers.labelled_data import DEFAULT_GOEMOTIONS_DIR
from classifiers.real_set import DEFAULT_POOL_DIR, DEFAULT_REBUILT_DIR, LABELS_FILE
from pipelines.config import ConfigError, RunConfig


def add_arguments(sub: argparse._SubParsersAction) -> None:
    """The three commands' flags."""
    score = sub.add_parser("score", help="score every assistant turn of canonical conversations (JSONL)")
    score.add_argument("--input", type=Path, required=True, metavar="FILE")
    score.add_argument("--output", type=Path, required=True, metavar="FILE")
    score.add_argument("--config", type=Path, help="TOML run configuration; its [redact] and [classify] tables apply")
    score.add_argument("--model", help="'default' or a Hugging Face model name or local path (classify.model)")
    score.add_argument("--no-redact", action="store_true",
                       help="score the raw text (the pipeline never does: its figures differ)")

    evaluate = sub.add_parser("eval-classifier", help="precision, recall, AUC and flagged rates on labeled real turns")
    evaluate.add_argument("--data", type=Path, metavar="FILE",
                          help="labeled JSONL (context, utterance, distress, joy) or a GoEmotions .tsv; "
                               "default: the real labeled set (classifiers/data/real/), redacted first")
    evaluate.add_argument("--split", choices=("test", "val", "train", "all"), default="test",
                          help="which part of the real labeled set (default: test, never tuned on)")
    evaluate.add_argument("--cross-source", action="store_true",
                          help="train one model per source without it and test on it (about 50 minutes each)")
    evaluate.add_argument("--source", action="append", metavar="NAME",
                          help="with --cross-source: hold out only this source (repeatable; default: every source)")
    evaluate.add_argument("--pool", type=Path, default=DEFAULT_POOL_DIR, metavar="DIR",
                          help="the real pool, for the texts not committed")
    evaluate.add_argument("--labels", type=Path, default=LABELS_FILE, metavar="FILE",
                          help="labels of real turns in the labeled set's schema (default: the labeled set; "
                               "classifiers/data/real/outside/ holds turns kept out of training)")
    evaluate.add_argument("--config", type=Path, help="TOML run configuration; its [redact] and [classify] tables apply")
    evaluate.add_argument("--model", help="'default' or a Hugging Face model name or local path (classify.model)")
    evaluate.add_argument("--weights", type=Path, metavar="DIR",
                          help="the default model's weights and thresholds from DIR (as train-classifier --output "
                               "writes them) instead of the shipped ones, to judge a retrained model before it ships")

    train = sub.add_parser("train-classifier", help="fine-tune the default model, calibrate it and choose its thresholds")
    train.add_argument("--output", type=Path, metavar="DIR", help="default: the shipped classifiers/default_model")
    train.add_argument("--pool", type=Path, default=DEFAULT_POOL_DIR, metavar="DIR",
                       help="the real pool, for the texts not committed")
    train.add_argument("--goemotions", type=Path, default=DEFAULT_GOEMOTIONS_DIR, metavar="DIR",
                       help="GoEmotions folder (train.tsv), the auxiliary task")
    train.add_argument("--seed", type=int, help="training seed (default: the shipped model's)")
    train.add_argument("--config", type=Path, help="TOML run configuration; its [redact] table applies")

    rebuild = sub.add_parser("rebuild-real-texts",
                             help="rebuild the texts of labeled sources that may not be committed, from a clone "
                                  "of their public repository")
    rebuild.add_argument("--checkout", type=Path, required=True, metavar="DIR",
                         help="a git clone of a repository listed in classifiers/data/real/rebuilt_sources.toml")
    rebuild.add_argument("--output", type=Path, default=DEFAULT_REBUILT_DIR, metavar="DIR",
                         help="where load_real_set finds them (default: %(default)s)")


def check_arguments(args: argparse.Namespace) -> None:
    """What argparse cannot check alone, before the configuration and its libraries load."""
    if getattr(args, "source", None) and not args.cross_source:
        raise ConfigError("--source picks the folds of --cross-source; add --cross-source")


def score_command(args: argparse.Namespace, config: RunConfig) -> str:
    from classifiers.score_file import score_file
    from pipelines.training_data import ConversationRedactor

    redact = None if args.no_redact else ConversationRedactor(config.redact)
    counts = score_file(args.input, args.output, config.classify, redact=redact)
    return (f"scored {counts['assistant_turns']} assistant turns into {args.output}"
            f"{' (raw text)' if args.no_redact else ' (redacted first)'}: {counts['flagged_distress']} flagged "
            f"distress, {counts['flagged_joy']} flagged joy; {counts['dead_lettered']} conversations not scored "
            "(the redactor would dead-letter them)")


def eval_command(args: argparse.Namespace, config: RunConfig) -> str:
    import numpy as np

    from classifiers.evaluate import (
        cross_source,
        eval_classifier,
        evaluate_real,
        format_real_report,
        format_report,
        score_turns,
    )
    from classifiers.model import DEFAULT_MODEL_DIR
    from classifiers.spec import check_model_available
    from pipelines.training_data import redacted_real_set

    if args.data is not None:
        return format_report(eval_classifier(args.data, config.classify))
    model_dir = args.weights or DEFAULT_MODEL_DIR
    check_model_available(config.classify, model_dir)  # before the set is redacted, which takes minutes
    examples = redacted_real_set(args.pool, config.redact, config.classify.context_turns, labels_file=args.labels)
    if args.cross_source:
        # Each fold is printed as soon as it is done: a fold takes most of an hour.
        folds = 0
        for source, report in cross_source(examples, sources=args.source):
            print(format_real_report(report, f"held out: {source}") + "\n", flush=True)
            folds += 1
        return f"{folds} leave-one-source-out fold(s) done"
    part = [(t, ti) for t, ti in examples if args.split == "all" or t.split == args.split]
    scores, thresholds, model_id = score_turns([ti for _, ti in part], config.classify, model_dir)
    labels = np.array([t.flagged for t, _ in part])
    report = evaluate_real(scores, labels, [t.source for t, _ in part], [t.selection == "uniform" for t, _ in part],
                           thresholds)
    labels = "the real labeled set" if args.labels == LABELS_FILE else str(args.labels)
    return format_real_report(report, f"model {model_id} on the {args.split} part of {labels} "
                                      f"({len(part)} turns, redacted)")


def rebuild_command(args: argparse.Namespace) -> str:
    from classifiers.real_sources import rebuild_texts

    written = rebuild_texts(args.checkout, args.output)
    return "; ".join(f"{source}: {turns} assistant turns" for source, turns in written.items()) + f" into {args.output}"


def train_command(args: argparse.Namespace, config: RunConfig) -> str:
    from classifiers.finetune import FinetuneConfig
    from classifiers.train import train_classifier
    from pipelines.training_data import redacted_real_set

    finetune = FinetuneConfig() if args.seed is None else replace(FinetuneConfig(), seed=args.seed)
    examples = redacted_real_set(args.pool, config.redact, finetune.context_turns)
    kwargs = {"output_dir": args.output} if args.output else {}
    return json.dumps(train_classifier(examples, goemotions_dir=args.goemotions, config=finetune, **kwargs), indent=2)

