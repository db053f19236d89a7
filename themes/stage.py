"""The themes stage assembled: sample, fit, assign, aggregate, label, threshold, identify.

:func:`build_themes` runs it in one process (tests, benchmarks, small runs). The Beam job runs the
same parts spread out: the sample and the fit per valence, assignment and :class:`ThemeStats` per
element, and :func:`finish_themes` once on the few per-theme aggregates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from privacy.aggregation import NoisyCounts, local_dp_theme_counts, meets_thresholds
from schemas import VALENCES, Theme
from themes.clustering import Clusterer
from themes.documents import TriggerDoc
from themes.fitting import assign, fit_themes, sample_rank
from themes.identity import History, KnownTheme, RunRecord, match_themes, new_theme_id
from themes.labels import PhraseLabeler, ctfidf_keywords, short_label
from themes.reduction import Reducer
from themes.settings import ThemeSettings
from themes.stats import ThemeStats


@dataclass
class ValenceSummary:
    """What happened to one valence's events (counts only).

    Attributes:
        events: Flagged events of the valence.
        fitted_on: Events the clustering was fitted on.
        unassigned: Events below the similarity floor of every theme (noise).
        themes_found: Clusters found.
        themes_published: Themes that met the thresholds (and DP selection).
        themes_suppressed: Themes found but not published.
        events_suppressed: Events of the suppressed themes, so that published, suppressed and
            unassigned events add up to ``events`` (it follows from the published figures anyway).
        reason: Why no theme was found, when none was.
    """

    events: int = 0
    fitted_on: int = 0
    unassigned: int = 0
    themes_found: int = 0
    themes_published: int = 0
    themes_suppressed: int = 0
    events_suppressed: int = 0
    reason: str = ""

    @property
    def noise_share(self) -> float:
        return self.unassigned / self.events if self.events else 0.0

    def to_dict(self) -> dict:
        return {"events": self.events, "fitted_on": self.fitted_on, "unassigned": self.unassigned,
                "noise_share": round(self.noise_share, 4), "themes_found": self.themes_found,
                "themes_published": self.themes_published, "themes_suppressed": self.themes_suppressed,
                "events_suppressed": self.events_suppressed, "reason": self.reason}


@dataclass
class ThemeRun:
    """The stage's result.

    Attributes:
        themes: Published themes, distress first, largest first.
        summary: Per valence, what happened.
        theme_of: ``(valence, cluster index) -> theme_id`` of the published themes.
        history: The run history with this run added (the caller saves it).
        assignments: ``event_key -> theme_id`` of the events in published themes (restricted output:
            the audit checks labels against the events behind them).
    """

    themes: list[Theme]
    summary: dict[str, ValenceSummary]
    theme_of: dict[tuple[str, int], str] = field(default_factory=dict)
    history: History = field(default_factory=History)
    assignments: dict[str, str] = field(default_factory=dict)


def fit_sample(docs: Sequence[TriggerDoc], settings: ThemeSettings) -> list[int]:
    """Indices of the events the clustering is fitted on: the ``fit_sample`` lowest seeded ranks, in
    rank order, so that the fit does not depend on the order in which the runner delivered the events
    (UMAP's result does depend on the order of its rows)."""
    order = sorted(range(len(docs)), key=lambda i: (sample_rank(docs[i].event_key, settings.seed), docs[i].event_key))
    return order[: settings.fit_sample]


def map_coordinates(centroids: np.ndarray) -> np.ndarray:
    """2-D positions of theme centroids for the report's map: their first two principal components.

    Deterministic (signs fixed so the largest loading is positive); zeros for fewer than two themes.
    """
    out = np.zeros((len(centroids), 2))
    if len(centroids) < 2:
        return out
    centred = centroids - centroids.mean(0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    components = vt[:2]
    components *= np.sign(components[np.arange(len(components)), np.abs(components).argmax(1)])[:, None]
    out[:, : len(components)] = centred @ components.T
    return out


@dataclass
class CandidateTheme:
    """A cluster of one valence before the publication decision: aggregates only, no keys.

    What crosses from the distributed part of the job to the driver: counts, the centroid and the
    vocabulary terms enough accounts used (with how many events used each).
    """

    valence: str
    index: int
    centroid: np.ndarray
    events: int
    conversations: int
    accounts: int
    mean_score: float
    median_turn_index: float
    persistence_share: float
    terms: dict[str, int]

    @classmethod
    def from_stats(cls, valence: str, index: int, centroid: np.ndarray, stats: ThemeStats, k_accounts: int) -> CandidateTheme:
        return cls(valence, index, np.asarray(centroid, dtype=np.float32), stats.events, len(stats.conversations),
                   len(stats.accounts), stats.mean_score, stats.median_turn_index, stats.persistence_share,
                   stats.publishable_terms(k_accounts))

    def to_json(self) -> dict:
        return {**{k: v for k, v in self.__dict__.items() if k != "centroid"},
                "centroid": [float(x) for x in self.centroid]}

    @classmethod
    def from_json(cls, row: dict) -> CandidateTheme:
        return cls(**{**row, "centroid": np.asarray(row["centroid"], dtype=np.float32)})


def finish_themes(
    candidates: Sequence[CandidateTheme], summary: dict[str, ValenceSummary], settings: ThemeSettings,
    history: History, partitions: Sequence[str], run_id: str,
    noisy: Mapping[tuple[str, int], NoisyCounts] | None = None, labeler: PhraseLabeler | None = None,
) -> ThemeRun:
    """Label, threshold, identify and lay out the candidate themes of every valence.

    Args:
        candidates: Every cluster with its aggregates.
        summary: Per-valence counts so far (events, fitted_on, unassigned, themes_found); completed here.
        history: Earlier runs' themes; a copy with this run added is returned.
        partitions: The input partitions of this run (for the history and trends).
        noisy: DP counts per ``(valence, index)``; a theme missing from it was not selected. None: exact counts.
        labeler: Optional phrase labeler (sees keywords only).
    """
    published: list[tuple[CandidateTheme, list[str], int, int, int]] = []
    for valence in VALENCES:
        mine = [c for c in candidates if c.valence == valence]
        keywords = ctfidf_keywords([c.terms for c in mine], settings.keywords)
        for cand, words in zip(mine, keywords):
            if noisy is not None:
                counts = noisy.get((valence, cand.index))
                if counts is None:
                    continue
                events, conversations, accounts = counts.events, counts.conversations, counts.accounts
            else:
                events, conversations, accounts = cand.events, cand.conversations, cand.accounts
            if meets_thresholds(conversations, accounts, settings.k_conversations, settings.k_accounts):
                published.append((cand, words, events, conversations, accounts))
        shown = {id(p[0]) for p in published}
        found = summary.setdefault(valence, ValenceSummary())
        found.themes_published = sum(1 for c in mine if id(c) in shown)
        found.themes_suppressed = found.themes_found - found.themes_published
        found.events_suppressed = sum(c.events for c in mine if id(c) not in shown)

    # A re-run of the same partitions replaces the earlier run everywhere, so nothing counts twice.
    replaced = {r.run_id for r in history.runs if sorted(r.partitions) == sorted(partitions)}
    history = History({k: KnownTheme(t.theme_id, t.valence, t.centroid, t.events, [r for r in t.runs if r not in replaced])
                       for k, t in history.themes.items()},
                      [r for r in history.runs if r.run_id not in replaced])
    previous = history.previous_sizes(partitions)
    ids: dict[int, str] = {}
    for valence in VALENCES:
        rows = [i for i, p in enumerate(published) if p[0].valence == valence]
        if not rows:
            continue
        known = [k for k in history.themes.values() if k.valence == valence]
        matches = match_themes(np.stack([published[i][0].centroid for i in rows]), known, settings.match_floor)
        taken = set(history.themes)
        for i, match in zip(rows, matches):
            ids[i] = match.theme_id if match is not None else new_theme_id(valence, taken)
            taken.add(ids[i])

    coords = map_coordinates(np.stack([p[0].centroid for p in published])) if published else np.zeros((0, 2))
    themes, sizes, theme_of = [], {}, {}
    for row, (cand, words, events, conversations, accounts) in enumerate(published):
        theme_id = ids[row]
        theme_of[(cand.valence, cand.index)] = theme_id
        prior = history.themes.get(theme_id)
        runs = [r for r in (prior.runs if prior else []) if r != run_id] + [run_id]
        history.themes[theme_id] = KnownTheme(theme_id, cand.valence, [float(x) for x in cand.centroid], events, runs)
        sizes[theme_id] = events
        total = summary[cand.valence].events
        themes.append(Theme(
            theme_id=theme_id, valence=cand.valence,
            label=short_label(words, settings.label_terms, cand.valence, labeler), keywords=tuple(words),
            events=events, conversations=conversations, accounts=accounts,
            share=round(events / total, 6) if total else 0.0,
            mean_score=round(cand.mean_score, 6), median_turn_index=cand.median_turn_index,
            persistence_share=round(cand.persistence_share, 6),
            status="continuing" if prior else "new", previous_events=previous.get(theme_id),
            runs_seen=len(runs), map_x=round(float(coords[row, 0]), 6), map_y=round(float(coords[row, 1]), 6),
            noisy=noisy is not None,
        ))
    history.runs.append(RunRecord(run_id, sorted(partitions), sizes))
    themes.sort(key=lambda t: (VALENCES.index(t.valence), -t.events, t.theme_id))
    return ThemeRun(themes, summary, theme_of, history)


def build_themes(
    docs: Sequence[TriggerDoc], vectors: np.ndarray, settings: ThemeSettings, *,
    history: History | None = None, partitions: Sequence[str] = (), run_id: str = "run",
    reducer: Reducer | None = None, clusterer: Clusterer | None = None, labeler: PhraseLabeler | None = None,
) -> ThemeRun:
    """The whole stage in this process.

    Args:
        docs: Every flagged event's trigger document.
        vectors: ``(len(docs), dim)`` their embeddings.
        settings: The stage's settings.
        history: Earlier runs' themes (None: none).
        partitions, run_id: What this run covered, for the history.
        reducer, clusterer: Stand-ins for the defaults (tests fix the clusters this way; a fixed
            clusterer receives the labels of the fit sample of each valence in turn).
        labeler: Optional phrase labeler.

    Raises:
        ValueError: ``vectors`` does not have one finite row per doc.
    """
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim != 2:
        vectors = vectors.reshape(len(vectors), -1) if vectors.size else np.zeros((len(vectors), 1), np.float32)
    if len(vectors) != len(docs):
        raise ValueError(f"vectors: {len(vectors)} rows for {len(docs)} docs")
    summary: dict[str, ValenceSummary] = {}
    candidates: list[CandidateTheme] = []
    labels_by_event: dict[str, tuple[str, int]] = {}
    for valence in VALENCES:
        idx = [i for i, d in enumerate(docs) if d.valence == valence]
        mine = [docs[i] for i in idx]
        sample = [idx[j] for j in fit_sample(mine, settings)]
        fit = fit_themes(vectors[sample], settings, reducer, clusterer)
        labels, _ = assign(vectors[idx], fit.centroids, settings.assign_floor)
        stats = [ThemeStats(settings.k_accounts) for _ in range(fit.count)]
        for doc, label in zip(mine, labels):
            if label >= 0:
                stats[label].add(doc)
                labels_by_event[doc.event_key] = (valence, int(label))
        summary[valence] = ValenceSummary(events=len(mine), fitted_on=fit.fitted_on,
                                          unassigned=int((labels < 0).sum()), themes_found=fit.count, reason=fit.reason)
        candidates += [CandidateTheme.from_stats(valence, k, fit.centroids[k], stats[k], settings.k_accounts)
                       for k in range(fit.count) if stats[k].events]
        summary[valence].themes_found = sum(1 for c in candidates if c.valence == valence)
    noisy = None
    if settings.epsilon is not None:
        noisy = local_dp_theme_counts(_dp_records(docs, labels_by_event), settings.epsilon, settings.delta,
                                      settings.k_accounts)
    run = finish_themes(candidates, summary, settings, history or History(), partitions, run_id, noisy, labeler)
    run.assignments = {key: run.theme_of[vi] for key, vi in labels_by_event.items() if vi in run.theme_of}
    return run


def _dp_records(docs: Sequence[TriggerDoc], labels: Mapping[str, tuple[str, int]]) -> list[tuple[str, tuple[str, int], float]]:
    seen: set[tuple[str, int, str]] = set()
    records = []
    for doc in docs:
        key = labels.get(doc.event_key)
        if key is None:
            continue
        first = (key[0], key[1], doc.conversation_key) not in seen
        seen.add((key[0], key[1], doc.conversation_key))
        records.append((doc.account_key, key, 1.0 if first else 0.0))
    return records
