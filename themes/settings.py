"""Settings of the themes stage (the ``themes`` table of the run configuration)."""

from __future__ import annotations

import math
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class ThemeSettings(BaseModel):
    """How flagged events become published themes.

    Attributes:
        enabled: Build themes at all (False publishes none and says so in the manifest).
        k_conversations: A theme is published only with at least this many distinct conversations.
        k_accounts: ... and at least this many distinct accounts. Also the vocabulary bar: a word
            or phrase may appear in a label or keyword list only if the trigger contexts of at
            least this many distinct accounts of that theme contain it.
        min_cluster_size: HDBSCAN's smallest cluster. None derives it per valence: the larger of
            ``k_conversations`` (a smaller cluster could never be published) and
            ``min_cluster_share`` of the events it is fitted on. The number of themes is best
            controlled here rather than by merging them afterwards.
        min_cluster_share: See ``min_cluster_size``; ignored when that is set. 1% by default: on
            the generated families of ``bench/themes_quality.py`` it keeps recovery high while
            giving a few dozen themes rather than a hundred.
        min_samples: HDBSCAN's density parameter; None means ``min(min_cluster_size, 5)``.
        clusterer: The HDBSCAN implementation (``bench/themes_quality.py`` compares them).
        reduce: ``umap`` reduces embeddings before clustering; ``none`` clusters them as they are.
        umap_components: Dimensions UMAP reduces to.
        umap_neighbors: UMAP's neighbourhood size (50: more global structure than UMAP's 15, so a
            family's variants are not torn into many small themes).
        fit_sample: Events per valence the clustering is fitted on; the rest are assigned to the
            nearest theme centroid. Bounds the memory and time of the one global step.
        assign_floor: Cosine similarity to a theme's centroid below which an event stays
            unassigned (counted as noise). 0.3 keeps the noise share of the generated families
            under 10% without lowering recovery.
        match_floor: Cosine similarity between centroids below which a theme is new rather than
            the continuation of an earlier run's theme.
        keywords: Keywords published per theme.
        label_terms: Keywords joined into a theme's short label.
        seed: Seeds UMAP, sampling and everything random in this stage.
        history: The run history file that keeps theme ids stable across runs. None means
            ``history/themes.json`` in the run's output folder.
        epsilon: Differential privacy on published counts (PipelineDP): None publishes exact
            counts; a value adds Laplace noise to each theme's counts and selects themes with DP
            partition selection.
        delta: DP delta for partition selection; used only with ``epsilon``.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    enabled: bool = True
    k_conversations: int = Field(15, ge=2, le=100_000)
    k_accounts: int = Field(5, ge=2, le=100_000)
    min_cluster_size: int | None = Field(None, ge=2, le=1_000_000)
    min_cluster_share: float = Field(0.01, gt=0.0, le=0.5)
    min_samples: int | None = Field(None, ge=1, le=1_000_000)
    clusterer: Literal["fast_hdbscan", "hdbscan", "sklearn"] = "fast_hdbscan"
    reduce: Literal["umap", "none"] = "umap"
    umap_components: int = Field(5, ge=2, le=100)
    umap_neighbors: int = Field(50, ge=2, le=200)
    fit_sample: int = Field(50_000, ge=100, le=10_000_000)
    assign_floor: float = Field(0.3, ge=-1.0, lt=1.0)
    match_floor: float = Field(0.7, ge=-1.0, lt=1.0)
    keywords: int = Field(8, ge=1, le=50)
    label_terms: int = Field(3, ge=1, le=10)
    seed: int = Field(42, ge=0)
    history: str | None = None
    epsilon: float | None = Field(None, gt=0.0, le=100.0)
    delta: float = Field(1e-6, gt=0.0, lt=1.0)

    @model_validator(mode="after")
    def _accounts_within_conversations(self) -> ThemeSettings:
        if self.k_accounts > self.k_conversations:
            raise ValueError(f"k_accounts ({self.k_accounts}) must be less than or equal to k_conversations "
                             f"({self.k_conversations}): every account holds at least one conversation")
        if self.label_terms > self.keywords:
            raise ValueError(f"label_terms ({self.label_terms}) must be less than or equal to keywords ({self.keywords})")
        return self

    def cluster_size(self, events: int) -> int:
        """``min_cluster_size`` for a fit on ``events`` events, with its derived default."""
        if self.min_cluster_size is not None:
            return self.min_cluster_size
        return max(self.k_conversations, math.ceil(self.min_cluster_share * events))

    def samples(self, events: int) -> int:
        """``min_samples`` for a fit on ``events`` events, with its derived default."""
        return self.min_samples if self.min_samples is not None else min(self.cluster_size(events), 5)
