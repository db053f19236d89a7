"""Airflow DAG: run expression-miner each night on yesterday's partition with Beam on Dataflow.

Uses the Apache Beam provider's ``BeamRunPythonPipelineOperator`` on the job's own entry point,
``pipelines/beam_main.py`` (``expression-miner run``); the key is read by the workers from a Secret Manager-backed environment.
"""

from __future__ import annotations

import datetime as dt

from airflow import DAG
from airflow.providers.apache.beam.operators.beam import BeamRunPythonPipelineOperator

with DAG(
    dag_id="expression_miner_nightly",
    schedule="30 2 * * *",
    start_date=dt.datetime(2026, 12, 1),
    catchup=False,
    max_active_runs=1,  # one run per output folder
    tags=["model-welfare", "privacy"],
) as dag:
    BeamRunPythonPipelineOperator(
        task_id="run_expression_miner",
        py_file="pipelines/beam_main.py",
        py_options=[],
        pipeline_options={
            "input": "gs://example-logs/logs/",
            "since": "{{ ds }}",
            "until": "{{ ds }}",
            "output": "/mnt/expression-miner/out",
            "config": "/mnt/expression-miner/run.toml",
        },
        py_requirements=["expression-miner"],
        py_interpreter="python3",
        py_system_site_packages=False,
        runner="DataflowRunner",
        dataflow_config={"job_name": "expression-miner-{{ ds_nodash }}", "location": "europe-west1"},
    )
