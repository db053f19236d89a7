"""Arrow schemas of the record types. The JSON Schema files in ``schemas/json/`` are generated
from these (``python -m schemas.jsonschema``) and a test keeps them in step."""

from __future__ import annotations

import pyarrow as pa

from schemas.records import SCHEMA_VERSION

_META = {b"schema_version": SCHEMA_VERSION.encode()}

_MESSAGE = pa.struct([pa.field("role", pa.string(), nullable=False),
                      pa.field("content", pa.string(), nullable=False)])
_COUNT = pa.struct([pa.field("entity_type", pa.string(), nullable=False),
                    pa.field("count", pa.int64(), nullable=False)])

CONVERSATION = pa.schema(
    [
        pa.field("schema_version", pa.string(), nullable=False),
        pa.field("conversation_id", pa.string(), nullable=False),
        pa.field("account_id", pa.string()),
        pa.field("started_at", pa.string()),
        pa.field("model", pa.string()),
        pa.field("source_format", pa.string(), nullable=False),
        pa.field("messages", pa.list_(_MESSAGE), nullable=False),
    ],
    metadata=_META,
)

REDACTED_CONVERSATION = pa.schema(
    [
        pa.field("schema_version", pa.string(), nullable=False),
        pa.field("conversation_key", pa.string(), nullable=False),
        pa.field("account_key", pa.string(), nullable=False),
        pa.field("started_at", pa.string()),
        pa.field("model", pa.string()),
        pa.field("source_format", pa.string(), nullable=False),
        pa.field("language", pa.string(), nullable=False),
        pa.field("messages", pa.list_(_MESSAGE), nullable=False),
        pa.field("entity_counts", pa.list_(_COUNT), nullable=False),
    ],
    metadata=_META,
)

DEAD_LETTER = pa.schema(
    [
        pa.field("schema_version", pa.string(), nullable=False),
        pa.field("source_file", pa.string(), nullable=False),
        pa.field("source_row", pa.int64()),
        pa.field("reason", pa.string(), nullable=False),
        pa.field("message", pa.string(), nullable=False),
        pa.field("stage", pa.string(), nullable=False),
    ],
    metadata=_META,
)

EXPRESSION_EVENT = pa.schema(
    [
        pa.field("schema_version", pa.string(), nullable=False),
        pa.field("conversation_key", pa.string(), nullable=False),
        pa.field("account_key", pa.string(), nullable=False),
        pa.field("turn_index", pa.int64(), nullable=False),
        pa.field("valence", pa.string(), nullable=False),
        pa.field("score", pa.float64(), nullable=False),
        pa.field("threshold", pa.float64(), nullable=False),
        pa.field("model_id", pa.string(), nullable=False),
        pa.field("utterance", pa.string(), nullable=False),
        pa.field("trigger_context", pa.list_(pa.string()), nullable=False),
        pa.field("started_at", pa.string()),
        pa.field("after_declined_repeat", pa.bool_(), nullable=False),
    ],
    metadata=_META,
)

THEME = pa.schema(
    [
        pa.field("schema_version", pa.string(), nullable=False),
        pa.field("theme_id", pa.string(), nullable=False),
        pa.field("valence", pa.string(), nullable=False),
        pa.field("label", pa.string(), nullable=False),
        pa.field("keywords", pa.list_(pa.string()), nullable=False),
        pa.field("events", pa.int64(), nullable=False),
        pa.field("conversations", pa.int64(), nullable=False),
        pa.field("accounts", pa.int64(), nullable=False),
        pa.field("share", pa.float64(), nullable=False),
        pa.field("mean_score", pa.float64(), nullable=False),
        pa.field("median_turn_index", pa.float64(), nullable=False),
        pa.field("persistence_share", pa.float64(), nullable=False),
        pa.field("status", pa.string(), nullable=False),
        pa.field("previous_events", pa.int64()),
        pa.field("runs_seen", pa.int64(), nullable=False),
        pa.field("map_x", pa.float64(), nullable=False),
        pa.field("map_y", pa.float64(), nullable=False),
        pa.field("noisy", pa.bool_(), nullable=False),
    ],
    metadata=_META,
)

THEME_ASSIGNMENT = pa.schema(
    [
        pa.field("event_key", pa.string(), nullable=False),
        pa.field("valence", pa.string(), nullable=False),
        pa.field("cluster", pa.int64(), nullable=False),
    ],
    metadata=_META,
)

_VALENCE_THEMES = pa.struct([
    pa.field("events", pa.int64(), nullable=False),
    pa.field("fitted_on", pa.int64(), nullable=False),
    pa.field("unassigned", pa.int64(), nullable=False),
    pa.field("noise_share", pa.float64(), nullable=False),
    pa.field("themes_found", pa.int64(), nullable=False),
    pa.field("themes_published", pa.int64(), nullable=False),
    pa.field("themes_suppressed", pa.int64(), nullable=False),
    pa.field("events_suppressed", pa.int64(), nullable=False),
    pa.field("reason", pa.string(), nullable=False),
])

RUN_MANIFEST = pa.schema(
    [
        pa.field("schema_version", pa.string(), nullable=False),
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("status", pa.string(), nullable=False),
        pa.field("started_at", pa.string(), nullable=False),
        pa.field("finished_at", pa.string(), nullable=False),
        pa.field("config_hash", pa.string(), nullable=False),
        pa.field("config", pa.map_(pa.string(), pa.string()), nullable=False),  # table.key -> JSON value
        pa.field("inputs", pa.list_(pa.string()), nullable=False),
        pa.field("versions", pa.map_(pa.string(), pa.string()), nullable=False),
        pa.field("counts", pa.map_(pa.string(), pa.int64()), nullable=False),
        pa.field("entity_counts", pa.map_(pa.string(), pa.int64()), nullable=False),
        pa.field("stage_seconds", pa.map_(pa.string(), pa.float64()), nullable=False),
        pa.field("rates", pa.map_(pa.string(), pa.float64()), nullable=False),
        # Present once a run has scored and themed: assistant turns per score bin (20 bins of 0.05),
        # the thresholds in force, and per valence what the themes stage found.
        pa.field("score_histogram", pa.map_(pa.string(), pa.list_(pa.int64()))),
        pa.field("thresholds", pa.map_(pa.string(), pa.float64())),
        pa.field("themes", pa.struct([
            pa.field("partitions", pa.list_(pa.string()), nullable=False),
            *(pa.field(valence, _VALENCE_THEMES, nullable=False) for valence in ("distress", "joy")),
        ])),
    ],
    metadata=_META,
)

ALL = {
    "conversation": CONVERSATION,
    "redacted_conversation": REDACTED_CONVERSATION,
    "dead_letter": DEAD_LETTER,
    "expression_event": EXPRESSION_EVENT,
    "theme": THEME,
    "theme_assignment": THEME_ASSIGNMENT,
    "run_manifest": RUN_MANIFEST,
}
