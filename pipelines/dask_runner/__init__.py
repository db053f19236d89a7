"""Beam's DaskRunner (2.77) with its defects fixed, one module per fix.

Each fix subclasses or wraps one piece of ``apache_beam.runners.dask`` and has a test that fails on
the stock runner and passes with the fix (``tests/pipelines/test_dask_runner.py``), so each could be
proposed upstream on its own:

- :mod:`.finish_bundle`: outputs emitted in ``finish_bundle`` were dropped, because a bundle's
  results were collected before ``finish_bundle`` ran (``BatchElements`` and ``RunInference`` lost
  their last batch, file sinks their last file).
- :mod:`.tagged_outputs`: every consumer of a multi-output ``ParDo`` received every output, main
  and tagged alike (dead letters flowed into the main branch and back).
- :mod:`.side_inputs`: each side input was recomputed inside every task that read it, so a side
  input holding a random value (a file sink's temporary folder) differed between the write and
  its finalisation, and sinks came out empty.
- :mod:`.sinks`: only the last transform's bag was computed, so every other branch of the
  pipeline (other sinks) never ran.
- :mod:`.create`: ``Create`` packed up to 128 elements into one partition, so a run over a few
  files ran on one worker.

Use it as ``--runner pipelines.dask_runner.FixedDaskRunner --dask_client_address HOST:PORT``.
"""

from pipelines.dask_runner.runner import FixedDaskRunner

__all__ = ["FixedDaskRunner"]
