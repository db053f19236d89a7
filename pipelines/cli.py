"""``expression-miner``: the command-line interface.

User errors (bad path, missing key, bad config value) print one line saying what to fix and exit
with status 2, without a traceback. An unexpected error prints only its exception class and
where it happened, never its message, which could quote conversation text.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from pipelines.config import ConfigError, RunConfig, load_config
from pipelines.failures import describe_failure
from pipelines.ingest.readers import InputError
from pipelines.run import OutputBusy, RunFailed
from privacy.keys import MissingKeyError

USER_ERRORS = (ConfigError, InputError, MissingKeyError, OutputBusy, RunFailed)
log = logging.getLogger("expression_miner")


def _add_config_flags(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--config", type=Path, help="TOML run configuration (see README); defaults apply to what it omits")
    cmd.add_argument("--key-file", type=Path,
                     help="file holding the pseudonym key; default: the EXPRESSION_MINER_KEY environment variable")
    cmd.add_argument("--format", help="force one record shape instead of detecting it per record (ingest.format)")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="expression-miner",
        description="Redact assistant conversation logs, find apparent distress and joy, and publish aggregates only.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run the pipeline over log files",
                         epilog="Unrecognised flags are passed to Apache Beam as pipeline options.")
    run.add_argument("--input", nargs="+", required=True, metavar="PATH", help="files, directories or globs")
    run.add_argument("--output", type=Path, required=True, metavar="DIR")
    run.add_argument("--runner", help="Beam runner (runner.runner), e.g. DirectRunner or DataflowRunner")
    _add_config_flags(run)

    redact = sub.add_parser("redact", help="redact one file of conversations to redacted JSONL, without Beam")
    redact.add_argument("--input", required=True, metavar="FILE")
    redact.add_argument("--output", type=Path, required=True, metavar="FILE")
    _add_config_flags(redact)

    generate = sub.add_parser("generate", help="write a synthetic sample corpus with planted PII and canaries")
    generate.add_argument("--output", type=Path, required=True, metavar="DIR")
    generate.add_argument("--conversations", type=int, default=2000)
    generate.add_argument("--seed", type=int, default=7)

    score = sub.add_parser("score", help="score every assistant turn of canonical conversations (JSONL)")
    score.add_argument("--input", type=Path, required=True, metavar="FILE")
    score.add_argument("--output", type=Path, required=True, metavar="FILE")
    score.add_argument("--config", type=Path, help="TOML run configuration; its [classify] table applies")
    score.add_argument("--model", help="'default' or a Hugging Face model name or local path (classify.model)")

    evaluate = sub.add_parser("eval-classifier", help="precision, recall, F1, AUC and flagged rate on labelled data")
    evaluate.add_argument("--data", type=Path, required=True, metavar="FILE",
                          help="labelled JSONL (context, utterance, distress, joy) or a GoEmotions .tsv")
    evaluate.add_argument("--config", type=Path, help="TOML run configuration; its [classify] table applies")
    evaluate.add_argument("--model", help="'default' or a Hugging Face model name or local path (classify.model)")

    train = sub.add_parser("train-classifier", help="retrain the default model's head and thresholds (seeded)")
    train.add_argument("--output", type=Path, metavar="DIR", help="default: the shipped classifiers/default_model")
    train.add_argument("--goemotions", type=Path, metavar="DIR", help="GoEmotions train.tsv/dev.tsv folder")
    train.add_argument("--seed", type=int, help="training seed (default 13, the shipped model's)")

    demo = sub.add_parser("demo", help="generate a sample corpus and run the pipeline on it")
    demo.add_argument("--output", type=Path, default=Path("out/demo"), metavar="DIR")
    demo.add_argument("--conversations", type=int, default=2000)
    demo.add_argument("--seed", type=int, default=7)
    return parser


def _config(args: argparse.Namespace) -> RunConfig:
    overrides = {
        "ingest": {"format": getattr(args, "format", None)},
        "runner": {"runner": getattr(args, "runner", None)},
        "classify": {"model": getattr(args, "model", None)},
    }
    return load_config(getattr(args, "config", None), overrides)


def _dispatch(args: argparse.Namespace, beam_args: list[str]) -> int:
    if args.command in ("score", "eval-classifier", "train-classifier"):
        try:
            return _classifier_command(args)
        except (ValueError, FileNotFoundError) as err:
            # These commands name the field, file or line of bad input, never its text.
            raise ConfigError(str(err)) from None
    if args.command == "run":
        from pipelines.run import print_summary, run

        print_summary(run(_config(args), args.input, args.output, args.key_file, beam_args), args.output)
    elif args.command == "redact":
        from pipelines.redact_file import redact_file

        counts = redact_file(_config(args), args.input, args.output, args.key_file)
        print(f"redacted {counts['conversations_ok']} conversations into {args.output}; "
              f"{counts['dead_lettered']} dead-lettered of {counts['records_read']} records read")
    elif args.command == "generate":
        import synthetic

        summary = synthetic.generate(args.output, args.conversations, args.seed)
        print(f"wrote a synthetic corpus to {args.output}: {summary}")
    elif args.command == "demo":
        from pipelines.demo import demo

        demo(args.output, args.conversations, args.seed)
    return 0


def _classifier_command(args: argparse.Namespace) -> int:
    if args.command == "score":
        from classifiers.score_file import score_file

        counts = score_file(args.input, args.output, _config(args).classify)
        print(f"scored {counts['assistant_turns']} assistant turns into {args.output}: "
              f"{counts['flagged_distress']} flagged distress, {counts['flagged_joy']} flagged joy")
    elif args.command == "eval-classifier":
        from classifiers.evaluate import eval_classifier, format_report

        print(format_report(eval_classifier(args.data, _config(args).classify)))
    elif args.command == "train-classifier":
        import json

        from classifiers.train import HeadTrainingConfig, train_classifier

        kwargs = {k: v for k, v in (("output_dir", args.output), ("goemotions_dir", args.goemotions)) if v}
        if args.seed is not None:
            kwargs["config"] = HeadTrainingConfig(seed=args.seed)
        print(json.dumps(train_classifier(**kwargs), indent=2))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    # force: importing Beam may already have given the root logger a handler
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(message)s", force=True)
    log.setLevel(logging.INFO)
    args, beam_args = _parser().parse_known_args(argv)
    if beam_args and args.command != "run":
        print(f"error: unrecognised arguments: {' '.join(beam_args)}", file=sys.stderr)
        return 2
    try:
        return _dispatch(args, beam_args)
    except USER_ERRORS as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted; no partial output was published", file=sys.stderr)
        return 130
    except Exception as err:  # privacy: the message could quote input, so only class and place
        print(f"internal error: {describe_failure(err)}; no partial output was published", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
