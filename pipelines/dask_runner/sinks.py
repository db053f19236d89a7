"""Fix: run every branch of the pipeline, not only the one ending in the last transform.

The stock runner computes the bag of the last transform visited and relies on it to depend on
everything else, which holds only for a pipeline with a single sink. :func:`leaves` finds every bag
no other transform reads, and the runner computes them all.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def leaves(bags: Mapping[Any, Any], consumed: set[Any]) -> list[Any]:
    """The bags of the transforms no other transform consumes (in visiting order)."""
    return [bag for node, bag in bags.items() if node not in consumed and bag is not None]
