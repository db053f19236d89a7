"""The themes stage on Beam: thin wrappers around :mod:`themes`.

Embedding and assignment are element-wise and run on every worker. After embedding, every event
waits for the fit, held by the runner, so it travels small: without its text (its vocabulary terms
are kept) and with its vector in half precision (cosine similarities move by about 1e-3). With
full-precision vectors a million events kept 10 GB in the DirectRunner's driver and twice stalled it.
The fit sees at most ``fit_sample`` events per valence: the lowest seeded ranks, chosen among the
ranks below a cutoff set by the valence's event count, so the one grouped element per valence
holds about ``fit_sample`` vectors however many events there are. Per-theme aggregates are
combined like any other count. What reaches the driver is one :class:`themes.stage.CandidateTheme`
per cluster (counts, centroid, k-anonymous terms) and one fit summary per valence, written as JSON
lines into the staging folder.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import Any

import apache_beam as beam
import numpy as np
from apache_beam.transforms.util import BatchElements
from apache_beam.utils import shared

from pipelines.transforms import METRICS, metric
from schemas import ExpressionEvent
from themes.documents import TriggerDoc, trigger_doc
from themes.embedding import Embedder, MiniLMEmbedder
from themes.fitting import (
    ThemeFit,
    assign,
    fit_themes,
    rank_share,
    sample_cutoff,
    sample_rank,
)
from themes.settings import ThemeSettings
from themes.stage import CandidateTheme
from themes.stats import ThemeStats

ASSIGNMENTS = "assignments"


class EmbedTriggers(beam.DoFn):
    """A batch of trigger documents -> ``(doc, vector)``; the embedder is built once per worker.

    Args:
        make_embedder: Builds the embedder on the worker (picklable; the default loads MiniLM).
    """

    def __init__(self, make_embedder: Callable[[], Embedder]):
        self._make = make_embedder
        self._shared = shared.Shared()

    def setup(self) -> None:
        self._embedder = self._shared.acquire(lambda: _Holder(self._make()))

    def process(self, batch: list[TriggerDoc]) -> Iterator[Any]:
        start = time.perf_counter()
        vectors = self._embedder.value.embed([d.text for d in batch]).astype(np.float16)
        yield metric("seconds.themes_embed", time.perf_counter() - start)
        yield from zip((d.without_text() for d in batch), vectors)


class _Holder:
    """Beam's Shared needs a weak-referenceable object."""

    def __init__(self, value: Any):
        self.value = value


class FitValence(beam.DoFn):
    """``(valence, [(rank, vector), ...])`` -> ``(valence, ThemeFit)`` on the ``fit_sample`` lowest ranks."""

    def __init__(self, settings: ThemeSettings):
        self._settings = settings

    def process(self, element: tuple[str, Iterable[tuple[str, np.ndarray]]]) -> Iterator[Any]:
        valence, candidates = element
        ranked = sorted(candidates, key=lambda rv: rv[0])[:self._settings.fit_sample]
        start = time.perf_counter()
        fit = fit_themes(np.stack([v for _, v in ranked]), self._settings)
        yield metric("seconds.themes_fit", time.perf_counter() - start)
        yield valence, fit


class AssignThemes(beam.DoFn):
    """``(doc, vector)`` -> ``((valence, theme index), doc)``, or a count of an unassigned event."""

    def __init__(self, floor: float):
        self._floor = floor

    def process(self, element: tuple[TriggerDoc, np.ndarray], fits: dict[str, ThemeFit]) -> Iterator[Any]:
        doc, vector = element
        yield metric(f"themes.events.{doc.valence}", 1)
        fit = fits.get(doc.valence)
        label = assign(vector[None, :], fit.centroids, self._floor)[0][0] if fit is not None else -1
        if label < 0:
            yield metric(f"themes.unassigned.{doc.valence}", 1)
            return
        yield (doc.valence, int(label)), doc
        yield beam.pvalue.TaggedOutput(ASSIGNMENTS, {"event_key": doc.event_key, "valence": doc.valence,
                                                      "cluster": int(label)})


class ThemeStatsFn(beam.CombineFn):
    """Combines a theme's documents into :class:`themes.stats.ThemeStats`."""

    def __init__(self, k_accounts: int):
        self._k = k_accounts

    def create_accumulator(self) -> ThemeStats:
        return ThemeStats(self._k)

    def add_input(self, acc: ThemeStats, doc: TriggerDoc) -> ThemeStats:
        return acc.add(doc)

    def merge_accumulators(self, accs: Any) -> ThemeStats:
        accs = iter(accs)
        first = next(accs)
        for acc in accs:
            first.merge(acc)
        return first

    def extract_output(self, acc: ThemeStats) -> ThemeStats:
        return acc


def candidate_line(item: tuple[tuple[str, int], ThemeStats], fits: dict[str, ThemeFit], k_accounts: int) -> str:
    (valence, index), stats = item
    return json.dumps(CandidateTheme.from_stats(valence, index, fits[valence].centroids[index], stats, k_accounts).to_json())


def fit_line(item: tuple[str, ThemeFit]) -> str:
    valence, fit = item
    return json.dumps({"valence": valence, "fitted_on": fit.fitted_on, "themes_found": fit.count, "reason": fit.reason})


class BuildThemeCandidates(beam.PTransform):
    """Flagged events -> candidate-theme lines and fit-summary lines; assignments and metrics tagged.

    Returns a dict of PCollections: ``candidates`` and ``fits`` (JSON lines), ``assignments``
    (rows for the restricted assignment table) and ``metrics``.
    """

    def __init__(self, settings: ThemeSettings, threads: int | None = None,
                 make_embedder: Callable[[], Embedder] | None = None):
        super().__init__()
        self._settings = settings
        self._make_embedder = make_embedder or partial(MiniLMEmbedder, threads=threads)

    def expand(self, events: beam.PCollection[ExpressionEvent]) -> dict[str, beam.PCollection]:
        s = self._settings
        embedded = (
            events
            | "TriggerDocs" >> beam.Map(trigger_doc)
            | "BatchTriggers" >> BatchElements(min_batch_size=1, max_batch_size=256)
            | "EmbedTriggers" >> beam.ParDo(EmbedTriggers(self._make_embedder)).with_outputs(METRICS, main="ok")
        )
        cutoffs = (
            embedded.ok
            | "ValenceOfEvent" >> beam.Map(lambda dv: dv[0].valence)
            | "EventsPerValence" >> beam.combiners.Count.PerElement()
            | "SampleCutoff" >> beam.MapTuple(lambda valence, n: (valence, sample_cutoff(n, s.fit_sample)))
        )
        fits = (
            embedded.ok
            | "SampleCandidates" >> beam.FlatMap(_sample_candidate, beam.pvalue.AsDict(cutoffs), s.seed)
            | "GroupSample" >> beam.GroupByKey()
            | "FitThemes" >> beam.ParDo(FitValence(s)).with_outputs(METRICS, main="ok")
        )
        fit_dict = beam.pvalue.AsDict(fits.ok)
        assigned = embedded.ok | "AssignThemes" >> beam.ParDo(AssignThemes(s.assign_floor), fits=fit_dict).with_outputs(
            METRICS, ASSIGNMENTS, main="ok")
        candidates = (
            assigned.ok
            | "ThemeStats" >> beam.CombinePerKey(ThemeStatsFn(s.k_accounts))
            | "CandidateLines" >> beam.Map(candidate_line, fit_dict, s.k_accounts)
        )
        return {
            "candidates": candidates,
            "fits": fits.ok | "FitLines" >> beam.Map(fit_line),
            "assignments": assigned[ASSIGNMENTS],
            "docs": assigned.ok,
            "metrics": (embedded[METRICS], fits[METRICS], assigned[METRICS]) | "ThemeMetrics" >> beam.Flatten(),
        }


def _sample_candidate(item: tuple[TriggerDoc, np.ndarray], cutoffs: dict[str, float],
                      seed: int) -> Iterator[tuple[str, tuple[str, np.ndarray]]]:
    doc, vector = item
    rank = sample_rank(doc.event_key, seed)
    if rank_share(rank) < cutoffs[doc.valence]:
        yield doc.valence, (rank, vector)


def _first_of_conversation(item: tuple[tuple[str, int, str], Any]) -> Iterator[tuple[str, tuple[str, int], float]]:
    (valence, index, _), docs = item
    for i, doc in enumerate(docs):
        yield doc.account_key, (valence, index), 1.0 if i == 0 else 0.0


def _noisy_line(item: tuple[tuple[str, int], Any]) -> str:
    (valence, index), counts = item
    return json.dumps({"valence": valence, "index": index, "events": counts.events,
                       "conversations": counts.conversations, "accounts": counts.accounts})


def dp_noisy_lines(docs: beam.PCollection, settings: ThemeSettings) -> beam.PCollection:
    """DP counts per theme with PipelineDP on Beam (see :mod:`privacy.aggregation`), as JSON lines."""
    import pipeline_dp

    from privacy.aggregation import dp_theme_counts

    records = (
        docs
        | "KeyByThemeConversation" >> beam.Map(lambda kd: ((kd[0][0], kd[0][1], kd[1].conversation_key), kd[1]))
        | "GroupThemeConversation" >> beam.GroupByKey()
        | "DPRecords" >> beam.FlatMap(_first_of_conversation)
    )
    noisy = dp_theme_counts(records, pipeline_dp.BeamBackend(), settings.epsilon, settings.delta, settings.k_accounts)
    return noisy | "NoisyLines" >> beam.Map(_noisy_line)
