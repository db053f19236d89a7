"""The output layout, a contract other tools rely on.

    DIR/manifest.json                        run id, config hash, versions, counts, timings
    DIR/published/                           aggregates only
    DIR/restricted/conversations/*.parquet   redacted conversations
    DIR/restricted/events/*.parquet          one ExpressionEvent per flagged assistant turn (redacted)
    DIR/restricted/dead_letters/*.parquet    reason + source pointer, never text
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
METRICS = os.path.join("_metrics", "part")  # driver-only scratch, never published
STAGING_PREFIX = ".staging-"
LOCK = ".lock"  # held by the running job: one run per output folder


def staged(staging: str, prefix: str) -> str:
    return os.path.join(staging, prefix)
