"""The one validated configuration: TOML file plus flags, errors that name the field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.config import ConfigError, RunConfig, load_config


def test_defaults_work_without_a_file():
    config = load_config()
    assert config == RunConfig()
    assert config.runner.runner == "DirectRunner"


def test_flags_win_over_the_file_and_change_the_hash(tmp_path: Path):
    path = tmp_path / "run.toml"
    path.write_text('[ingest]\nmax_dead_letter_ratio = 0.5\n[runner]\nrunner = "DirectRunner"\n')
    from_file = load_config(path)
    with_flag = load_config(path, {"ingest": {"format": "canonical"}})
    assert from_file.ingest.max_dead_letter_ratio == with_flag.ingest.max_dead_letter_ratio == 0.5
    assert with_flag.ingest.format == "canonical"
    assert from_file.config_hash() != with_flag.config_hash()
    assert json.loads(with_flag.flat()["ingest.format"]) == "canonical"


@pytest.mark.parametrize("text,names", [
    ("[ingest]\nmax_dead_letter_ratio = 2\n", "ingest.max_dead_letter_ratio"),
    ("[ingest]\nno_such_key = 1\n", "ingest.no_such_key"),
    ("[nosuchtable]\nx = 1\n", "nosuchtable"),
    ("[ingest\n", "not valid TOML"),
])
def test_a_bad_file_is_an_error_naming_the_field(tmp_path: Path, text: str, names: str):
    path = tmp_path / "run.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=names):
        load_config(path)


@pytest.mark.parametrize("runner", [
    "DirectRunner", "direct", "DataflowRunner", "apache_beam.runners.direct.direct_runner.DirectRunner",
])
def test_beam_runner_names_and_dotted_paths_are_accepted(runner: str):
    assert load_config(None, {"runner": {"runner": runner}}).runner.runner == runner


def test_an_unknown_runner_is_a_startup_error_listing_the_known_ones():
    with pytest.raises(ConfigError, match="runner.runner: .*unknown runner 'DirectRuner'.*DirectRunner"):
        load_config(None, {"runner": {"runner": "DirectRuner"}})


@pytest.mark.parametrize("runner", ["DaskRunner", "apache_beam.runners.dask.dask_runner.DaskRunner"])
def test_the_dask_runner_is_refused_because_it_loses_outputs(runner: str):
    with pytest.raises(ConfigError, match="not supported: Beam 2.77's Dask runner"):
        load_config(None, {"runner": {"runner": runner}})
