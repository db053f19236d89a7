"""The output layout, a contract other tools rely on.

    DIR/manifest.json                        run id, config hash, versions, counts, timings
    DIR/published/                           aggregates only
    DIR/restricted/conversations/*.parquet   redacted conversations
    DIR/restricted/events/*.parquet          one ExpressionEvent per flagged assistant turn (redacted)
    DIR/restricted/dead_letters/*.parquet    reason + source pointer, never text
    DIR/restricted/themes/                   which event fell in which theme (for the audit)
    DIR/published/themes.parquet, .json      the themes: aggregates and k-anonymous labels
    DIR/published/report.html                the offline report
    DIR/published/assessment_seeds.jsonl     one Inspect scenario per theme
    DIR/history/themes.json                  theme ids across runs (centroids, sizes: aggregates)
    DIR/.lock, DIR/.staging-<run id>/        the running job's lock and unpublished results
"""

from __future__ import annotations

import os

MANIFEST = "manifest.json"
PUBLISHED = "published"
RESTRICTED = "restricted"
CONVERSATIONS = os.path.join(RESTRICTED, "conversations", "part")
EVENTS = os.path.join(RESTRICTED, "events", "part")
DEAD_LETTERS = os.path.join(RESTRICTED, "dead_letters", "part")
THEME_ASSIGNMENTS = os.path.join(RESTRICTED, "themes", "assignments", "part")
THEME_CLUSTERS = os.path.join(RESTRICTED, "themes", "clusters.json")
THEMES_PARQUET = os.path.join(PUBLISHED, "themes.parquet")
THEMES_JSON = os.path.join(PUBLISHED, "themes.json")
REPORT = "report.html"  # in published/
ASSESSMENT_SEEDS = "assessment_seeds.jsonl"  # in published/
HISTORY = os.path.join("history", "themes.json")
METRICS = os.path.join("_metrics", "part")  # driver-only scratch, never published
THEME_CANDIDATES = os.path.join("_themes", "candidates")  # driver-only scratch: aggregates per cluster
THEME_FITS = os.path.join("_themes", "fits")
THEME_NOISY = os.path.join("_themes", "noisy")
STAGING_PREFIX = ".staging-"
LOCK = ".lock"  # held by the running job: one run per output folder


def staged(staging: str, prefix: str) -> str:
    return os.path.join(staging, prefix)
