"""The one validated run configuration: a TOML file plus command-line flags.

Every table of the file maps to the settings model of one stage. Unknown keys, wrong types and
out-of-range values are startup errors naming the field; there is no fallback and no environment
variable side door (the pseudonym key is the one secret, and it is never part of the config).

Beam, torch and Presidio are imported only where a check needs them: the command line reads the
configuration before it does anything else, and a mistyped value should be reported in a moment.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from classifiers.settings import ClassifierSettings
from pipelines.ingest.settings import IngestSettings
from privacy.settings import RedactionSettings
from themes.settings import ThemeSettings


class ConfigError(Exception):
    """The configuration cannot be used. The message names the file and the field."""


class RunnerSettings(BaseModel):
    """Where the Beam pipeline runs.

    Attributes:
        runner: A Beam runner: one of Beam's known names (``DirectRunner``, ``DataflowRunner``,
            ``FlinkRunner``, ``SparkRunner``, ...) or the dotted path of a ``PipelineRunner``
            subclass. Remote runners take their own options as extra command-line flags (passed
            to Beam unchanged). Beam 2.77's own Dask runner is refused (see ``_UNSUPPORTED_RUNNERS``);
            ``pipelines.dask_runner.FixedDaskRunner`` runs on a Dask cluster.
        direct_num_workers: DirectRunner worker processes; 0 means one per core. Ignored by
            other runners.
        direct_running_mode: ``multi_processing`` (the default: Presidio and torch hold the GIL,
            so threads would not use the second core), ``multi_threading`` or ``in_memory``.
            Ignored by other runners.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    runner: str = "DirectRunner"
    direct_num_workers: int = Field(0, ge=0, le=256)

    @property
    def workers(self) -> int:
        """DirectRunner worker processes with the default resolved: one per core."""
        from classifiers.encoder import available_cores

        return self.direct_num_workers or available_cores()
    direct_running_mode: Literal["multi_processing", "multi_threading", "in_memory"] = "multi_processing"

    @field_validator("runner")
    @classmethod
    def _known_runner(cls, name: str) -> str:
        from apache_beam.options.pipeline_options import StandardOptions

        short = name.rsplit(".", 1)[-1].lower()
        if short in _UNSUPPORTED_RUNNERS:
            raise ValueError(f"'{name}' is not supported: {_UNSUPPORTED_RUNNERS[short]}")
        known = {path.rsplit(".", 1)[-1].lower() for path in StandardOptions.ALL_KNOWN_RUNNERS}
        if "." not in name and short not in known and f"{short}runner" not in known:
            raise ValueError(
                f"unknown runner '{name}'; use one of {', '.join(StandardOptions.KNOWN_RUNNER_NAMES)} "
                "or the dotted path of a PipelineRunner subclass"
            )
        return name


# Checked by running this pipeline on a local Dask cluster: with Beam 2.77's own Dask runner the
# job "succeeds" with nothing in it, which a privacy pipeline must not report as a run.
_UNSUPPORTED_RUNNERS = {
    "daskrunner": (
        "Beam 2.77's Dask runner drops what a DoFn emits in finish_bundle, sends every tagged output "
        "to every branch, recomputes side inputs (file sinks come out empty) and runs only one sink; "
        "use pipelines.dask_runner.FixedDaskRunner, which fixes these"
    ),
}


class RunConfig(BaseModel):
    """The whole configuration of a run; each field is one table of the TOML file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    ingest: IngestSettings = IngestSettings()
    redact: RedactionSettings = RedactionSettings()
    classify: ClassifierSettings = ClassifierSettings()
    themes: ThemeSettings = ThemeSettings()
    runner: RunnerSettings = RunnerSettings()

    def config_hash(self) -> str:
        """A short stable hash of the resolved configuration, recorded in the manifest."""
        canonical = json.dumps(self.model_dump(mode="json"), sort_keys=True)
        return hashlib.sha256(canonical.encode()).hexdigest()[:16]

    def flat(self) -> dict[str, str]:
        """``table.key`` -> JSON-encoded value, for the manifest."""
        return {
            f"{table}.{key}": json.dumps(value, sort_keys=True)
            for table, values in self.model_dump(mode="json").items()
            for key, value in values.items()
        }


def load_config(path: Path | None = None, overrides: dict[str, dict[str, Any]] | None = None,
                check_model: bool = True) -> RunConfig:
    """Read, merge and validate the configuration.

    Args:
        path: A TOML file; None uses the defaults.
        overrides: ``{table: {key: value}}`` from command-line flags; they win over the file.
        check_model: Resolve the classifier model now (every command but ``train-classifier``,
            which makes it).

    Raises:
        ConfigError: the file is missing or unparsable, or a value is invalid.
    """
    data: dict[str, Any] = {}
    where = "defaults"
    if path is not None:
        where = str(path)
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"config file '{path}' does not exist") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
            raise ConfigError(f"config file '{path}' is not valid TOML: {err}") from None
    for table, values in (overrides or {}).items():
        merged = data.setdefault(table, {})
        if not isinstance(merged, dict):
            raise ConfigError(f"config error in {where}: '{table}' must be a table")
        merged.update({k: v for k, v in values.items() if v is not None})
    try:
        config = RunConfig.model_validate(data)
    except ValidationError as err:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in err.errors()
        )
        raise ConfigError(f"config error in {where}: {problems}") from None
    # Every model and file is resolved before the job is built, not on a worker halfway through.
    from classifiers.spec import check_model_available
    from privacy.analyzer_config import AnalyzerConfigError, load_analyzer_config

    try:
        if check_model:
            check_model_available(config.classify)
    except ValueError as err:
        raise ConfigError(f"config error in {where}: classify.{err}") from None
    try:
        load_analyzer_config(config.redact.analyzer_config)
    except AnalyzerConfigError as err:
        raise ConfigError(f"config error in {where}: redact.analyzer_config: {err}") from None
    return config
