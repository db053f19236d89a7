import json

import jsonschema
import pyarrow as pa
import pytest

from schemas import (
    SCHEMA_VERSION,
    Conversation,
    DeadLetter,
    ExpressionEvent,
    Message,
    RedactedConversation,
    RedactedMessage,
    SourcePointer,
)
from schemas import arrow
from schemas.jsonschema import JSON_DIR, json_schema

RECORDS = {
    "conversation": Conversation(
        "c1", (Message("user", "hi"), Message("assistant", "hello")), "acct", "2026-01-01T00:00:00Z",
        "m", "canonical", SourcePointer("f.jsonl", 3),
    ),
    "redacted_conversation": RedactedConversation(
        "c_x", "a_y", (RedactedMessage("user", "hi <PERSON_1>"),), {"PERSON": 1}, None, "m", "sharegpt", "en"
    ),
    "dead_letter": DeadLetter("f.jsonl", 4, "invalid_json", "invalid JSON", "ingest"),
    "expression_event": ExpressionEvent(
        "c_x", "a_y", 3, "distress", 0.7, 0.2, "default-minilm", "please stop", ("you are useless",), None
    ),
}


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_when_record_round_trips_through_arrow_then_it_is_unchanged(name):
    record = RECORDS[name]
    table = pa.Table.from_pylist([record.to_row()], schema=arrow.ALL[name])
    [row] = table.to_pylist()
    back = type(record).from_row(row)
    if name == "conversation":  # the source pointer is not part of the stored row
        back = Conversation(**{**{f: getattr(back, f) for f in back.__slots__}, "source": record.source})
    assert back == record
    assert table.schema.metadata[b"schema_version"] == SCHEMA_VERSION.encode()


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_when_row_is_validated_by_its_json_schema_then_it_passes(name):
    jsonschema.validate(RECORDS[name].to_row(), json_schema(name))


@pytest.mark.parametrize("name", sorted(arrow.ALL))
def test_committed_json_schema_files_match_the_arrow_schemas(name):
    committed = json.loads((JSON_DIR / f"{name}.schema.json").read_text())
    assert committed == json_schema(name), "run `python -m schemas.jsonschema` after changing schemas/arrow.py"


def test_when_row_has_an_unknown_field_then_json_schema_rejects_it():
    row = {**RECORDS["dead_letter"].to_row(), "content": "raw text"}
    with pytest.raises(jsonschema.ValidationError, match="content"):
        jsonschema.validate(row, json_schema("dead_letter"))
