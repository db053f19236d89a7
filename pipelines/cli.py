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


class _WithoutBigQueryNotice(logging.Filter):
    """Beam logs that the (unused) BigQuery client is missing on import; it is noise for every command."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("apitools not found")


logging.getLogger().addFilter(_WithoutBigQueryNotice())  # before anything imports Beam

from pipelines import classifier_commands  # noqa: E402
from pipelines.config import ConfigError, RunConfig, load_config  # noqa: E402
from pipelines.failures import describe_failure  # noqa: E402
from pipelines.ingest.partitions import PartitionError, partition_filter  # noqa: E402
from pipelines.ingest.readers import InputError, list_input_files  # noqa: E402
from pipelines.run_errors import NothingNew, OutputBusy, RunFailed  # noqa: E402
from privacy.keys import MissingKeyError, load_key  # noqa: E402

USER_ERRORS = (ConfigError, InputError, PartitionError, MissingKeyError, OutputBusy, RunFailed)
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
    run.add_argument("--since", metavar="DAY", help="first date partition to read (dt=DAY folders): YYYY-MM-DD, "
                                                      "today or yesterday")
    run.add_argument("--until", metavar="DAY", help="last date partition to read, inclusive")
    run.add_argument("--partition", action="append", default=[], metavar="DAY", help="read this day's partition "
                     "(repeatable)")
    run.add_argument("--only-new", action="store_true",
                     help="leave out the partitions earlier runs into --output processed (from the run history)")
    _add_config_flags(run)

    redact = sub.add_parser("redact", help="redact one file of conversations to redacted JSONL, without Beam")
    redact.add_argument("--input", required=True, metavar="FILE")
    redact.add_argument("--output", type=Path, required=True, metavar="FILE")
    _add_config_flags(redact)

    generate = sub.add_parser("generate", help="write a synthetic sample corpus with planted PII and canaries")
    generate.add_argument("--output", type=Path, required=True, metavar="DIR")
    generate.add_argument("--conversations", type=int, default=2000)
    generate.add_argument("--seed", type=int, default=7)

    classifier_commands.add_arguments(sub)

    report = sub.add_parser("report", help="rebuild published/report.html from a run's published files alone")
    report.add_argument("output", type=Path, metavar="OUTPUT_DIR")

    audit = sub.add_parser("audit", help="scan a run's outputs: canaries, PII patterns, k-anonymous labels, permissions")
    audit.add_argument("output", type=Path, metavar="OUTPUT_DIR")
    audit.add_argument("--canaries", type=Path, metavar="FILE", help="a file with one canary string per line")
    audit.add_argument("--restricted", action="store_true", help="also scan restricted/ for canaries and PII patterns")

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
    return load_config(getattr(args, "config", None), overrides, check_model=args.command != "train-classifier")


def _dispatch(args: argparse.Namespace, beam_args: list[str]) -> int:
    if args.command == "rebuild-real-texts":
        try:
            print(classifier_commands.rebuild_command(args))
        except ValueError as err:
            raise ConfigError(str(err)) from None
        return 0
    if args.command in ("score", "eval-classifier", "train-classifier"):
        classifier_commands.check_arguments(args)
        try:
            return _classifier_command(args)
        except (ValueError, FileNotFoundError) as err:
            # These commands name the field, file or line of bad input, never its text.
            raise ConfigError(str(err)) from None
    if args.command == "run":
        # The cheap checks first: a mistyped path, a missing key or a bad config value is reported
        # in a moment, before the pipeline's libraries load (run() checks inputs and key again, for
        # callers that do not come through here).
        selection = partition_filter(args.since, args.until, args.partition)
        list_input_files(args.input)
        load_key(args.key_file)
        config = _config(args)
        from pipelines.run import print_summary, run

        try:
            manifest = run(config, args.input, args.output, args.key_file, beam_args, selection, args.only_new)
        except NothingNew as done:
            print(str(done))
            return 0
        print_summary(manifest, args.output)
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
    elif args.command == "report":
        from publish.report import rebuild_report

        try:
            print(f"wrote {rebuild_report(args.output)}")
        except FileNotFoundError as err:
            raise ConfigError(str(err)) from None
    elif args.command == "audit":
        return _audit_command(args)
    return 0


def _audit_command(args: argparse.Namespace) -> int:
    from publish.audit import audit_output

    if not (args.output / "published").is_dir():
        raise ConfigError(f"audit: {args.output} has no published/ folder; is it a run's output folder?")
    canaries: list[str] = []
    if args.canaries is not None:
        try:
            canaries = [c for c in args.canaries.read_text(encoding="utf-8").splitlines() if c.strip()]
        except OSError as err:
            raise ConfigError(f"audit: canary file {args.canaries} cannot be read ({type(err).__name__})") from None
    findings = audit_output(args.output, canaries, args.restricted)
    for f in findings:
        print(f"{f.kind}\t{f.path}\t{f.detail}")
    scope = "published/ and restricted/" if args.restricted else "published/"
    print(f"audit of {args.output}: {len(findings)} findings ({scope} scanned, {len(canaries)} canaries checked, "
          "labels recounted, permissions checked)")
    return 1 if findings else 0


def _classifier_command(args: argparse.Namespace) -> int:
    config = _config(args)
    run = {"score": classifier_commands.score_command, "eval-classifier": classifier_commands.eval_command,
           "train-classifier": classifier_commands.train_command}[args.command]
    print(run(args, config))
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
