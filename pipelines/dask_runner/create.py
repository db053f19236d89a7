"""Fix: spread ``Create``'s elements over enough partitions for every worker.

The stock runner puts up to 128 elements in one partition by default, so a pipeline created from a
list of files runs on one worker. Here each element is its own partition up to ``MAX_PARTITIONS``
(beyond that, partitions hold equal shares); ``--dask_npartitions`` and ``--dask_partition_size``
still win.
"""

from __future__ import annotations

import math
import typing as t

import dask.bag as db
from apache_beam.runners.dask import transform_evaluator as stock

MAX_PARTITIONS = 1024


class Create(stock.Create):
    def apply(self, input_bag: t.Any, side_inputs: t.Any = None) -> db.Bag:
        if self.bag_kwargs.get("npartitions") or self.bag_kwargs.get("partition_size"):
            return super().apply(input_bag, side_inputs)
        items = self.transform.values
        size = max(1, math.ceil(len(items) / MAX_PARTITIONS))
        return db.from_sequence(items, partition_size=size)
