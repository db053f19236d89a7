"""Trigger documents with planted clusters, shared by the themes tests."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.datasets import make_blobs

from themes.documents import TriggerDoc

FAMILY_WORDS = {
    0: "weapon instructions refused bomb recipe",
    1: "insult stupid useless abuse idiot",
    2: "code error fails again traceback",
    3: "poem story creative verse rhyme",
    4: "consciousness meaning philosophy mind self",
}


def planted_docs(per_family: int = 80, accounts: int = 40, seed: int = 3, rare: dict[int, str] | None = None):
    """Docs in five well-separated families (three distress, two joy), with their vectors and families.

    ``rare`` plants a string into the text of one event of a family (a value the redactor missed).
    """
    vectors, family = make_blobs(n_samples=per_family * 5, centers=5, n_features=384, cluster_std=1.5,
                                 random_state=seed)
    rng = np.random.default_rng(seed)
    docs = []
    for i, f in enumerate(family):
        valence = "distress" if f < 3 else "joy"
        extra = f" {rare[f]}" if rare and f in rare and i == int(np.nonzero(family == f)[0][0]) else ""
        docs.append(TriggerDoc(f"c{i}:1:{valence}", valence, f"c{i}", f"a{rng.integers(accounts)}",
                               FAMILY_WORDS[int(f)] + extra, 0.8, 1 + i % 5, bool(i % 3 == 0)))
    return docs, vectors.astype(np.float32), family


@pytest.fixture(scope="session")
def planted():
    return planted_docs()
