"""Themes: what triggers the flagged expressions, as aggregated, anonymized clusters.

The parts, each swappable and testable alone:

- :mod:`themes.documents` -- a flagged event's trigger context as a :class:`TriggerDoc`
  (placeholders normalised, vocabulary terms extracted).
- :mod:`themes.embedding` -- the embedder (all-MiniLM-L6-v2 from its package).
- :mod:`themes.reduction`, :mod:`themes.clustering` -- UMAP and HDBSCAN, with pass-through and
  fixed-label stand-ins.
- :mod:`themes.fitting` -- fit themes on a bounded sample, assign every event by nearest centroid.
- :mod:`themes.stats`, :mod:`themes.labels` -- per-theme aggregates and k-anonymous labels.
- :mod:`themes.identity` -- stable theme ids across runs.
- :mod:`themes.stage` -- the in-process assembly used by tests and benchmarks; the Beam job in
  ``pipelines/`` wires the same functions.

Light imports only here, so that loading the configuration does not import numba or torch.
"""

from themes.settings import ThemeSettings

__all__ = ["ThemeSettings"]
