"""Fix: give each consumer of a multi-output ``ParDo`` only its own output.

The stock runner flattens a bundle's outputs into plain values, dropping their tags, and hands the
producer's whole bag to every consumer. Here a bundle keeps each tagged output wrapped in
``TaggedOutput`` (:func:`collect`), and :func:`select` gives a consumer the values of its tag only
(None: the main output), unwrapped.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import Any

import dask.bag as db
from apache_beam import TaggedOutput


def collect(received: Iterable[Any]) -> list:
    """A bundle's outputs: main values plain, tagged ones as ``TaggedOutput(tag, windowed value)``."""
    return [TaggedOutput(v.tag, v.value) if isinstance(v, TaggedOutput) else v.value for v in received]


def _of_tag(item: Any, tag: str | None) -> bool:
    return item.tag == tag if isinstance(item, TaggedOutput) else tag is None


def _unwrap(item: Any) -> Any:
    return item.value if isinstance(item, TaggedOutput) else item


def select(bag: db.Bag, tag: str | None) -> db.Bag:
    """The values of output ``tag`` in a producer's bag."""
    return bag.filter(partial(_of_tag, tag=tag)).map(_unwrap)
