"""deploy/: every shape parses and runs the job's real entry point with its real options."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import yaml

from pipelines.cli import _parser

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"


def _run_flags() -> set[str]:
    sub = next(a for a in _parser()._actions if a.dest == "command")
    return {opt for action in sub.choices["run"]._actions for opt in action.option_strings}


def test_the_container_installs_what_the_makefile_installs_and_runs_the_cli():
    containerfile = (DEPLOY / "Containerfile").read_text()
    makefile = (ROOT / "Makefile").read_text()
    for command in ("pip install --quiet torch==2.13.0", "pip install --quiet --upgrade pip"):
        assert command in containerfile and command in makefile
    assert 'ENTRYPOINT ["expression-miner"]' in containerfile
    assert "python3 -m themes.warm_numba_cache" in containerfile
    assert "HF_HUB_OFFLINE=1" in containerfile and "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS=" in containerfile
    script = ROOT / "pyproject.toml"
    assert 'expression-miner = "pipelines.cli:main"' in script.read_text()


def test_the_cronjob_runs_the_cli_with_flags_it_knows():
    job = yaml.safe_load((DEPLOY / "cronjob.yaml").read_text())
    assert job["kind"] == "CronJob" and job["spec"]["concurrencyPolicy"] == "Forbid"
    [container] = job["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"]
    assert container["command"] == ["expression-miner"] and container["args"][0] == "run"
    flags = {a for a in container["args"] if a.startswith("--")}
    assert flags <= _run_flags()
    assert container["env"][0]["valueFrom"]["secretKeyRef"]  # the key comes from a Secret


def test_the_airflow_dag_runs_the_beam_main_module_with_known_options():
    tree = ast.parse((DEPLOY / "airflow_dag.py").read_text())
    [call] = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "BeamRunPythonPipelineOperator"]
    kwargs = {k.arg: k.value for k in call.keywords}
    assert ast.literal_eval(kwargs["py_file"]) == "pipelines/beam_main.py"
    assert (ROOT / "pipelines" / "beam_main.py").is_file()
    options = ast.literal_eval(kwargs["pipeline_options"])
    assert {f"--{k}" for k in options} <= _run_flags()
    assert ast.literal_eval(kwargs["runner"]) == "DataflowRunner"


def test_the_flex_template_names_the_beam_main_module_and_known_parameters():
    spec = json.loads((DEPLOY / "dataflow_flex_template.json").read_text())
    assert spec["defaultEnvironment"]["FLEX_TEMPLATE_PYTHON_PY_FILE"] == "pipelines/beam_main.py"
    assert {f"--{p['name']}" for p in spec["metadata"]["parameters"]} <= _run_flags()


def test_the_flink_deployment_runs_beams_job_server_and_a_worker_pool_of_the_image():
    dep = yaml.safe_load((DEPLOY / "flink_deployment.yaml").read_text())
    assert dep["kind"] == "FlinkDeployment" and dep["apiVersion"].startswith("flink.apache.org/")
    [server] = dep["spec"]["jobManager"]["podTemplate"]["spec"]["containers"]
    [pool] = dep["spec"]["taskManager"]["podTemplate"]["spec"]["containers"]
    assert re.search(r"beam_flink.*job_server:2\.77", server["image"])
    assert pool["command"][-1] == "apache_beam.runners.worker.worker_pool_main"
    submit = re.search(r"expression-miner run --runner PortableRunner[^\n]*\n#[^\n]*", (DEPLOY / "flink_deployment.yaml").read_text())
    assert submit is not None
