"""The job's main module for launchers that run a Python file with Beam options (Dataflow Flex
Templates, Airflow's ``BeamRunPythonPipelineOperator``): ``python pipelines/beam_main.py --input ...``
is ``expression-miner run --input ...``."""

from __future__ import annotations

import sys

from pipelines.cli import main

if __name__ == "__main__":
    sys.exit(main(["run", *sys.argv[1:]]))
