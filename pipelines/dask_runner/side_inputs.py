"""Fix: compute each side input once per run, not once per task that reads it.

The stock runner wraps a side input's bag in an iterator that computes the bag anew inside every
task; a side input holding a random value (the temporary folder of a file sink) then differs
between tasks, and the sink's files are written to one folder and looked for in another. Here
each side input becomes one ``dask.delayed`` list over the partitions of its bag (one per
PCollection, however many read it), passed to every partition of each reader, where
:func:`side_input_maps` wraps it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import dask
import dask.bag as db
from apache_beam.transforms.sideinputs import SideInputMap

from pipelines.dask_runner.finish_bundle import BundleSpec, apply_dofn_to_bundle


def _concat(*partitions: list) -> list:
    return [item for part in partitions for item in part]


def materialised(bag: db.Bag) -> Any:
    """The bag as one delayed list over its partitions' keys: computed with the rest of the graph,
    once. (``delayed(list)(bag)`` would copy the bag's whole upstream graph into the task.)"""
    return dask.delayed(_concat)(*bag.to_delayed(optimize_graph=False))


def side_input_maps(specs: Sequence[tuple[Any, dict, Any]], values: Sequence[list]) -> list[SideInputMap]:
    """``SideInputMap``s over already computed values (``specs``: view class, options, window mapping)."""
    from apache_beam.runners.dask.transform_evaluator import get_windowed_value

    return [SideInputMap(view, options, [get_windowed_value(x, window_fn) for x in items])
            for (view, options, window_fn), items in zip(specs, values)]


def apply_with_side_inputs(items: Any, spec: BundleSpec, specs: Sequence[tuple[Any, dict, Any]], *values: list) -> list:
    """One bundle, its side inputs built from the values Dask computed once."""
    return apply_dofn_to_bundle(items, spec, side_input_maps(specs, values))
