import pytest

from pipelines.ingest.formats import REASONS, detect_format, parse_record
from pipelines.ingest.settings import IngestSettings
from schemas import Conversation, DeadLetter, Message, SourcePointer

SRC = SourcePointer("logs/x.jsonl", 7)
DEFAULT = IngestSettings()
U, A = "hello there", "hi, how can I help?"

SHAPES = [
    ("canonical",
     {"conversation_id": "c1", "account_id": "u1", "started_at": "2026-01-02T03:04:05Z", "model": "m1",
      "messages": [{"role": "user", "content": U}, {"role": "assistant", "content": A}]},
     "c1", "u1", "2026-01-02T03:04:05Z", "m1", ("user", "assistant"), 0),
    ("canonical",  # OpenAI style: id + user + epoch created
     {"id": "c2", "user": "u2", "created": 0, "model": "gpt-x",
      "messages": [{"role": "system", "content": "be brief"}, {"role": "user", "content": U},
                   {"role": "assistant", "content": A}]},
     "c2", "u2", "1970-01-01T00:00:00+00:00", "gpt-x", ("system", "user", "assistant"), 0),
    ("anthropic",
     {"id": "c3", "account_id": "u3", "system": "sys",
      "messages": [{"role": "user", "content": [{"type": "text", "text": U},
                                                {"type": "image", "source": {"data": "..."}}]},
                   {"role": "assistant", "content": [{"type": "tool_use", "id": "t", "input": {}}]},
                   {"role": "assistant", "content": A}]},
     "c3", "u3", None, None, ("system", "user", "assistant"), 2),
    ("sharegpt",
     {"id": "c4", "conversations": [{"from": "system", "value": "s"}, {"from": "human", "value": U},
                                    {"from": "gpt", "value": A}]},
     "c4", None, None, None, ("system", "user", "assistant"), 0),
    ("hh_rlhf",
     {"id": "c5", "chosen": f"\n\nHuman: {U}\n\nAssistant: {A}", "rejected": "\n\nHuman: x\n\nAssistant: y"},
     "c5", None, None, None, ("user", "assistant"), 0),
    ("hh_rlhf",
     {"id": 55, "transcript": f"\n\nHuman: {U}\n\nAssistant: {A}\n\nHuman: thanks\n\nAssistant: bye"},
     "55", None, None, None, ("user", "assistant", "user", "assistant"), 0),
    ("wildchat",
     {"conversation_hash": "h6", "model": "gpt-4", "timestamp": "2023-04-09T00:00:00", "hashed_ip": "ip6",
      "conversation": [{"role": "user", "content": U, "turn_identifier": 1},
                       {"role": "assistant", "content": A, "turn_identifier": 1}]},
     "h6", "ip6", "2023-04-09T00:00:00", "gpt-4", ("user", "assistant"), 0),
]


@pytest.mark.parametrize("shape,record,cid,account,started,model,roles,skipped", SHAPES)
def test_when_record_has_an_accepted_shape_then_it_parses_to_a_conversation(
    shape, record, cid, account, started, model, roles, skipped
):
    conv = parse_record(record, SRC, DEFAULT)
    assert isinstance(conv, Conversation), conv
    assert detect_format(record) == shape
    assert (conv.conversation_id, conv.account_id, conv.started_at, conv.model) == (cid, account, started, model)
    assert tuple(m.role for m in conv.messages) == roles
    assert conv.skipped_blocks == skipped
    assert conv.source == SRC
    assert Message("assistant", A) in conv.messages


def _msgs(*pairs):
    return [{"role": r, "content": c} for r, c in pairs]


BAD = [
    ("not_an_object", [1, 2]),
    ("not_an_object", "a string"),
    ("missing_id", {"messages": _msgs(("user", U), ("assistant", A))}),
    ("missing_id", {"conversation_id": "  ", "messages": _msgs(("user", U), ("assistant", A))}),
    ("no_assistant_turn", {"id": "x", "messages": _msgs(("user", U), ("user", U))}),
    ("no_assistant_turn", {"id": "x", "transcript": "no turns at all"}),
    ("wrong_field_type", {"id": "x", "messages": "not a list"}),
    ("wrong_field_type", {"id": "x", "messages": [{"role": "user", "content": 5}, {"role": "assistant", "content": A}]}),
    ("wrong_field_type", {"id": ["x"], "messages": _msgs(("user", U), ("assistant", A))}),
    ("wrong_field_type", {"id": "x", "model": {"name": "m"}, "messages": _msgs(("user", U), ("assistant", A))}),
    ("wrong_field_type", {"id": "x", "messages": [{"role": "user", "content": [{"text": "no type"}]}]}),
    ("invalid_role", {"id": "x", "messages": _msgs(("narrator", U), ("assistant", A))}),
    ("invalid_role", {"id": "x", "conversations": [{"from": "alien", "value": U}]}),
    ("message_too_long", {"id": "x", "messages": _msgs(("user", "y" * 20_001), ("assistant", A))}),
    ("unknown_shape", {"id": "x", "dialogue": []}),
]


@pytest.mark.parametrize("reason,record", BAD)
def test_when_record_is_bad_then_it_is_dead_lettered_with_its_reason_and_no_text(reason, record):
    dead = parse_record(record, SRC, DEFAULT)
    assert isinstance(dead, DeadLetter)
    assert dead.reason == reason and reason in REASONS
    assert (dead.source_file, dead.source_row, dead.stage) == ("logs/x.jsonl", 7, "ingest")
    assert U not in dead.message and "not a list" not in dead.message and "narrator" not in dead.message


def test_when_id_is_missing_and_content_hash_is_configured_then_the_id_is_stable_and_content_derived():
    settings = IngestSettings(missing_id="content_hash")
    record = {"messages": _msgs(("user", U), ("assistant", A))}
    first, second = parse_record(record, SRC, settings), parse_record(dict(record), SRC, settings)
    other = parse_record({"messages": _msgs(("user", "other"), ("assistant", A))}, SRC, settings)
    assert first.conversation_id == second.conversation_id != other.conversation_id
    assert first.conversation_id.startswith("sha256:")


def test_when_format_is_forced_then_records_of_another_shape_are_dead_lettered():
    record = {"id": "c4", "conversations": [{"from": "human", "value": U}, {"from": "gpt", "value": A}]}
    assert isinstance(parse_record(record, SRC, IngestSettings(format="sharegpt")), Conversation)
    dead = parse_record(record, SRC, IngestSettings(format="canonical"))
    assert isinstance(dead, DeadLetter) and dead.reason == "wrong_field_type"


def test_when_message_limit_is_configured_then_it_is_applied():
    record = {"id": "x", "messages": _msgs(("user", "y" * 50), ("assistant", A))}
    assert isinstance(parse_record(record, SRC, IngestSettings(max_message_chars=100)), Conversation)
    dead = parse_record(record, SRC, IngestSettings(max_message_chars=49))
    assert dead.reason == "message_too_long" and "49" in dead.message


@pytest.mark.parametrize("field,value,match", [
    ("format", "xml", "format"),
    ("missing_id", "invent", "missing_id"),
    ("max_message_chars", 0, "max_message_chars"),
    ("max_dead_letter_ratio", 1.0, "max_dead_letter_ratio"),
    ("unknown", 1, "unknown"),
])
def test_when_an_ingest_setting_is_invalid_then_validation_names_it(field, value, match):
    with pytest.raises(ValueError, match=match):
        IngestSettings(**{field: value})
