"""The Beam wrappers of pipelines/transforms.py, one at a time, on small in-memory inputs.

Beam's TestPipeline (the DirectRunner, in process) with ``assert_that``; the real Presidio
Redactor, built once per session, and the real shipped valence model. Only the tiny synthetic
strings written here are ever used or shown. TestPipeline is used through its module, so that
pytest does not try to collect a class named Test* from this file.
"""

from __future__ import annotations

import os

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import json
import math
import secrets
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import apache_beam as beam
import pyarrow as pa
import pytest
from apache_beam.ml.inference.base import PredictionResult, RunInference
from apache_beam.testing import test_pipeline
from apache_beam.testing.util import BeamAssertException, assert_that, equal_to

from classifiers.events import TurnToScore
from classifiers.settings import ClassifierSettings
from classifiers.spec import ValenceModelSpec
from classifiers.types import TurnInput, ValenceScores, ValenceThresholds
from pipelines.inference import TimedScores, ValenceModelHandler
from pipelines.ingest.readers import FileRange, plan_ranges
from pipelines.ingest.settings import IngestSettings
from pipelines.transforms import (
    DEAD_LETTERS,
    METRICS,
    SCORE_BINS,
    IngestFile,
    RedactConversations,
    count_dead_letters,
    count_events,
    count_flagged_conversation,
    flagged_conversation,
    prediction_to_events,
    to_row,
    turns_to_score_counted,
)
from privacy.keys import load_key
from privacy.pseudonyms import Pseudonymizer
from privacy.settings import RedactionSettings
from schemas import (
    Conversation,
    DeadLetter,
    ExpressionEvent,
    Message,
    RedactedConversation,
    RedactedMessage,
    SourcePointer,
    arrow,
)

PLANTED_EMAIL = "jane.doe@example.com"
CANARY = "CANARY-5e1d7"
DEFAULT_REDACT_LIMIT = RedactionSettings().max_message_chars
DISTRESSED = ("I'm really sorry. I feel awful and anxious about this, it is deeply upsetting and "
              "I can't stop worrying.")


# ---------------------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def key_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("key") / "pseudonym.key"
    path.write_text(secrets.token_hex(32))
    return path


@pytest.fixture(scope="session")
def pseudonymizer(key_file: Path) -> Pseudonymizer:
    return Pseudonymizer(load_key(key_file))


@pytest.fixture(scope="session")
def redact_fn(key_file: Path) -> RedactConversations:
    """One real RedactConversations DoFn whose Redactor (Presidio + spaCy) is built once.

    Calling ``setup`` here and keeping this instance alive holds the Redactor in Beam's per-process
    shared map; every pipeline's copy of the DoFn carries the same Shared key and acquires it again.
    """
    fn = RedactConversations(RedactionSettings(), str(key_file))
    fn.setup()
    return fn


@pytest.fixture(scope="session")
def valence_spec() -> ValenceModelSpec:
    # float32: the scores the shipped thresholds were chosen on, the same in and out of Beam.
    return ValenceModelSpec(ClassifierSettings(dtype="float32", torch_threads=1, device="cpu"))


# ----------------------------------------------------------------------------------------- helpers


def summed(metrics: beam.PCollection, label: str) -> beam.PCollection:
    """Sum ``(name, number)`` metric elements per name, as pipelines/pipeline.py does."""
    return metrics | f"Sum{label}" >> beam.CombinePerKey(sum)


def metrics_equal(expected: dict[str, float], positive: Iterable[str] = ()) -> Callable[[list[Any]], None]:
    """Matcher: the summed metrics are exactly ``expected`` plus the timings in ``positive``
    (whose values vary, so only their presence and a value > 0 are checked)."""
    positive = set(positive)

    def match(actual: list[tuple[str, float]]) -> None:
        got = dict(actual)
        if len(got) != len(actual):
            raise BeamAssertException(f"metric names repeat after summing: {actual}")
        if set(got) != set(expected) | positive:
            raise BeamAssertException(f"metric names {sorted(got)} != {sorted(set(expected) | positive)}")
        for name in positive:
            if not got[name] > 0:
                raise BeamAssertException(f"timing {name} is {got[name]}, not > 0")
        wrong = {n: (got[n], v) for n, v in expected.items() if not math.isclose(got[n], v, abs_tol=1e-9)}
        if wrong:
            raise BeamAssertException(f"metrics (got, expected) differ: {wrong}")

    return match


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines))
    return path


def canonical(conversation_id: str, user: str, assistant: str, **extra: Any) -> str:
    return json.dumps({"conversation_id": conversation_id, **extra,
                       "messages": [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]})


def redacted(key: str, *messages: tuple[str, str], account: str = "a_1", started_at: str | None = None
             ) -> RedactedConversation:
    return RedactedConversation(key, account, tuple(RedactedMessage(r, c) for r, c in messages), {},
                                started_at=started_at)


def event(conversation_key: str, turn_index: int, valence: str, score: float = 0.9) -> ExpressionEvent:
    return ExpressionEvent(conversation_key, "a_1", turn_index, valence, score, 0.5, "m", "reply", ("ask",))


# -------------------------------------------------------------------------------------- IngestFile


def test_when_a_file_is_ingested_then_good_records_are_conversations_and_bad_ones_dead_letters_without_text(
        tmp_path: Path):
    path = write_jsonl(tmp_path / "chat.jsonl", [
        canonical("conv-1", "Hello there", "Hi, how can I help?", account_id="acct-9"),
        '{"conversation_id": "conv-2", "messages": [' + CANARY,  # cut short: invalid JSON
        json.dumps({"conversation_id": "conv-3", "messages": [{"role": "user", "content": CANARY}]}),
        json.dumps({"messages": [{"role": "user", "content": "no id"}, {"role": "assistant", "content": CANARY}]}),
        json.dumps({"id": "conv-5", "messages": [
            {"role": "user", "content": [{"type": "text", "text": "Look at this"}, {"type": "image", "source": {}}]},
            {"role": "assistant", "content": [{"type": "text", "text": "A cat."}]},
        ]}),
    ])
    with test_pipeline.TestPipeline() as p:
        out = (
            p
            | beam.Create([FileRange(str(path), length=path.stat().st_size)])
            | beam.ParDo(IngestFile(IngestSettings())).with_outputs(DEAD_LETTERS, METRICS, main="ok")
        )
        assert_that(out.ok, equal_to([
            Conversation("conv-1", (Message("user", "Hello there"), Message("assistant", "Hi, how can I help?")),
                         account_id="acct-9", source=SourcePointer(str(path), 1)),
            Conversation("conv-5", (Message("user", "Look at this"), Message("assistant", "A cat.")),
                         source_format="anthropic", source=SourcePointer(str(path), 5), skipped_blocks=1),
        ]), label="Conversations")

        def dead_letters_hold_reasons_and_no_text(actual: list[DeadLetter]) -> None:
            got = sorted((d.source_file, d.source_row, d.reason, d.stage) for d in actual)
            want = [(str(path), 2, "invalid_json", "ingest"), (str(path), 3, "no_assistant_turn", "ingest"),
                    (str(path), 4, "missing_id", "ingest")]
            if got != want:
                raise BeamAssertException(f"{got} != {want}")
            for dead in actual:
                if CANARY in repr(dead) or "no id" in repr(dead):
                    raise BeamAssertException(f"dead letter holds record text: {dead.reason}")

        assert_that(out.dead_letters, dead_letters_hold_reasons_and_no_text, label="DeadLetters")
        assert_that(summed(out.metrics, "Metrics"), metrics_equal(
            {"files_read": 1, "records_read": 5, "content_blocks_skipped": 1}, positive=["seconds.ingest"]
        ), label="Metrics")


def test_when_a_file_is_read_as_byte_ranges_then_every_record_comes_once_and_the_file_counts_once(
        tmp_path: Path):
    ids = [f"conv-{i:03d}" for i in range(60)]
    path = write_jsonl(tmp_path / "big.jsonl", [canonical(i, "A question " + "x" * 150, "An answer.") for i in ids])
    ranges = plan_ranges([str(path)], split_bytes=4096)
    assert len(ranges) >= 3  # the test is about ranges: make sure there are several
    with test_pipeline.TestPipeline() as p:
        out = (
            p
            | beam.Create(ranges)
            | beam.ParDo(IngestFile(IngestSettings())).with_outputs(DEAD_LETTERS, METRICS, main="ok")
        )
        assert_that(out.ok | beam.Map(lambda c: (c.conversation_id, c.source.row)),
                    equal_to([(cid, line) for line, cid in enumerate(ids, start=1)]), label="EachRecordOnce")
        assert_that(out.dead_letters, equal_to([]), label="NoDeadLetters")
        assert_that(summed(out.metrics, "Metrics"), metrics_equal(
            {"files_read": 1, "records_read": len(ids)}, positive=["seconds.ingest"]
        ), label="Metrics")


def test_when_a_listed_file_has_vanished_then_it_is_one_missing_file_dead_letter(tmp_path: Path):
    gone = str(tmp_path / "gone.jsonl")
    with test_pipeline.TestPipeline() as p:
        out = (
            p
            | beam.Create([FileRange(gone)])
            | beam.ParDo(IngestFile(IngestSettings())).with_outputs(DEAD_LETTERS, METRICS, main="ok")
        )
        assert_that(out.ok, equal_to([]), label="NoConversations")
        assert_that(out.dead_letters, equal_to([DeadLetter(
            gone, None, "missing_file", "file listed at the start of the run no longer exists")]), label="DeadLetter")
        assert_that(summed(out.metrics, "Metrics"), metrics_equal(
            {"files_read": 1, "records_read": 1}, positive=["seconds.ingest"]
        ), label="Metrics")


# ----------------------------------------------------------------------------- RedactConversations


def _redact(p: beam.Pipeline, fn: RedactConversations, batches: list[list[Conversation]]) -> Any:
    return p | beam.Create(batches) | beam.ParDo(fn).with_outputs(DEAD_LETTERS, METRICS, main="ok")


def test_when_a_conversation_is_redacted_then_a_planted_email_becomes_a_placeholder_and_ids_become_pseudonyms(
        redact_fn: RedactConversations, pseudonymizer: Pseudonymizer):
    conversation = Conversation(
        "conv-email",
        (Message("user", f"Please write to {PLANTED_EMAIL} about the refund."),
         Message("assistant", f"I have drafted the note to {PLANTED_EMAIL} for you.")),
        account_id="acct-email", started_at="2026-01-02T03:04:05Z", model="m-1",
        source=SourcePointer("chat.jsonl", 1),
    )
    expected = RedactedConversation(
        conversation_key=pseudonymizer.conversation_key("conv-email"),
        account_key=pseudonymizer.account_key("acct-email", "conv-email"),
        messages=(RedactedMessage("user", "Please write to <EMAIL_ADDRESS_1> about the refund."),
                  RedactedMessage("assistant", "I have drafted the note to <EMAIL_ADDRESS_1> for you.")),
        entity_counts={"EMAIL_ADDRESS": 2},
        started_at="2026-01-02T03:04:05Z", model="m-1", source_format="canonical", language="en",
    )
    with test_pipeline.TestPipeline() as p:
        out = _redact(p, redact_fn, [[conversation]])

        def nothing_raw_left(actual: list[RedactedConversation]) -> None:
            for result in actual:
                text = repr(result)
                for raw in (PLANTED_EMAIL, "jane.doe", "conv-email", "acct-email"):
                    if raw in text:
                        raise BeamAssertException(f"redacted output still holds {raw!r}")

        assert_that(out.ok, equal_to([expected]), label="Redacted")
        assert_that(out.ok, nothing_raw_left, label="NoRawValues")
        assert_that(out.dead_letters, equal_to([]), label="NoDeadLetters")


def test_when_a_message_is_over_the_redaction_limit_then_its_conversation_is_a_redact_dead_letter_without_text(
        redact_fn: RedactConversations, pseudonymizer: Pseudonymizer):
    oversized = Conversation(
        "conv-long", (Message("user", CANARY + " " + "x" * DEFAULT_REDACT_LIMIT), Message("assistant", "ok")),
        source=SourcePointer("chat.jsonl", 7),
    )
    fine = Conversation("conv-fine", (Message("user", "Thanks"), Message("assistant", "You are welcome.")),
                        source=SourcePointer("chat.jsonl", 8))
    with test_pipeline.TestPipeline() as p:
        out = _redact(p, redact_fn, [[oversized, fine]])
        assert_that(out.dead_letters, equal_to([DeadLetter(
            "chat.jsonl", 7, "redaction_failed", f"a message is longer than max_message_chars ({DEFAULT_REDACT_LIMIT})",
            stage="redact",
        )]), label="DeadLetter")
        # The rest of the batch is redacted as usual.
        assert_that(out.ok | beam.Map(lambda r: r.conversation_key),
                    equal_to([pseudonymizer.conversation_key("conv-fine")]), label="RestOfBatch")


def test_when_a_batch_is_redacted_then_metrics_count_messages_entities_non_english_conversations_and_time(
        redact_fn: RedactConversations):
    english = Conversation(
        "conv-en", (Message("user", f"Mail {PLANTED_EMAIL} or call 415-555-0132 please."),
                    Message("assistant", f"I will mail {PLANTED_EMAIL} today.")),
        source=SourcePointer("chat.jsonl", 1),
    )
    german = Conversation(
        "conv-de", (Message("user", "Ich bin nicht sicher, was ich mit meinem Vertrag machen soll."),
                    Message("assistant", "Das ist eine gute Frage und ich helfe dir gerne mit dem Vertrag.")),
        source=SourcePointer("chat.jsonl", 2),
    )
    oversized = Conversation("conv-long", (Message("user", "x" * (DEFAULT_REDACT_LIMIT + 1)),
                                           Message("assistant", "ok")), source=SourcePointer("chat.jsonl", 3))
    with test_pipeline.TestPipeline() as p:
        out = _redact(p, redact_fn, [[english, german, oversized]])
        assert_that(out.ok | beam.Map(lambda r: r.language), equal_to(["en", "de"]), label="Languages")
        # Dead letters are counted from their own output, not in the redaction metrics.
        assert_that(summed(out.metrics, "Metrics"), metrics_equal(
            {"messages_redacted": 4, "conversations_non_english": 1,
             "entities.EMAIL_ADDRESS": 2, "entities.PHONE_NUMBER": 1},
            positive=["seconds.redact"],
        ), label="Metrics")


# -------------------------------------------------------------------------------- assistant turns


def test_when_turns_are_listed_then_each_assistant_turn_comes_with_its_recent_user_context_and_is_counted():
    first = redacted("c_1", ("system", "Be kind."), ("user", "u1"), ("assistant", "a1"), ("user", "u2"),
                     ("user", "u3"), ("assistant", "a2"), started_at="2026-01-01")
    second = redacted("c_2", ("assistant", "Welcome!"), account="a_2")
    with test_pipeline.TestPipeline() as p:
        out = p | beam.Create([first, second]) | beam.FlatMap(turns_to_score_counted, 2).with_outputs(
            METRICS, main="ok")
        assert_that(out.ok, equal_to([
            TurnToScore("c_1", "a_1", "2026-01-01", 2, TurnInput("a1", ("u1",))),
            TurnToScore("c_1", "a_1", "2026-01-01", 5, TurnInput("a2", ("u2", "u3"))),
            TurnToScore("c_2", "a_2", None, 0, TurnInput("Welcome!", ())),
        ]), label="Turns")
        assert_that(summed(out.metrics, "Metrics"), metrics_equal({"assistant_turns_scored": 3}), label="Metrics")


def test_when_no_context_turns_are_asked_for_then_turns_carry_no_user_context():
    conversation = redacted("c_1", ("user", "u1"), ("assistant", "a1"), ("user", "u2"), ("assistant", "a2"))
    with test_pipeline.TestPipeline() as p:
        out = p | beam.Create([conversation]) | beam.FlatMap(turns_to_score_counted, 0).with_outputs(
            METRICS, main="ok")
        assert_that(out.ok | beam.Map(lambda t: (t.turn_index, t.turn)),
                    equal_to([(1, TurnInput("a1", ())), (3, TurnInput("a2", ()))]), label="Turns")
        assert_that(summed(out.metrics, "Metrics"), metrics_equal({"assistant_turns_scored": 2}), label="Metrics")


# --------------------------------------------------------------------------- prediction_to_events


def _prediction(turn_index: int, distress: float, joy: float, seconds: float = 0.25, after_declined_repeat: bool = False
                ) -> PredictionResult:
    turn = TurnToScore("c_1", "a_1", "2026-01-01", turn_index, TurnInput(f"reply {turn_index}", ("ask",)),
                       after_declined_repeat)
    return PredictionResult(turn, TimedScores(ValenceScores(distress, joy), seconds), model_id="m")


def test_when_scores_reach_a_threshold_then_an_event_per_valence_and_every_score_lands_in_a_histogram_bin():
    thresholds = ValenceThresholds(distress=0.5, joy=0.8)
    predictions = [
        _prediction(1, distress=0.5, joy=0.79),  # distress exactly at its threshold; joy just under
        _prediction(3, distress=0.2, joy=0.95),
        _prediction(5, distress=0.0, joy=0.0),
        _prediction(7, distress=1.0, joy=1.0, after_declined_repeat=True),
    ]

    def expected_event(turn_index: int, valence: str, score: float) -> ExpressionEvent:
        return ExpressionEvent("c_1", "a_1", turn_index, valence, score, getattr(thresholds, valence), "model-x",
                               f"reply {turn_index}", ("ask",), started_at="2026-01-01",
                               after_declined_repeat=turn_index == 7)

    with test_pipeline.TestPipeline() as p:
        out = p | beam.Create(predictions) | beam.FlatMap(prediction_to_events, thresholds, "model-x").with_outputs(
            METRICS, main="ok")
        assert_that(out.ok, equal_to([
            expected_event(1, "distress", 0.5),
            expected_event(3, "joy", 0.95),
            expected_event(7, "distress", 1.0),
            expected_event(7, "joy", 1.0),
        ]), label="Events")
        assert_that(summed(out.metrics, "Metrics"), metrics_equal({
            "seconds.classify": 1.0,
            "score_bin.distress.10": 1, "score_bin.distress.04": 1, "score_bin.distress.00": 1,
            "score_bin.distress.19": 1,  # a score of 1.0 goes in the last bin, not a 21st
            "score_bin.joy.15": 1, "score_bin.joy.19": 2, "score_bin.joy.00": 1,
        }), label="Metrics")


# -------------------------------------------------------------------------------- flag counting


def test_when_events_are_counted_then_per_valence_totals_and_distinct_flagged_conversations_match():
    events = [
        event("c_A", 1, "distress"), event("c_A", 3, "distress"), event("c_A", 5, "joy"),
        event("c_B", 1, "distress"),
    ]
    with test_pipeline.TestPipeline() as p:
        flagged = p | beam.Create(events)
        assert_that(flagged | beam.Map(count_events) | beam.CombinePerKey(sum),
                    equal_to([("flagged_distress", 3), ("flagged_joy", 1)]), label="EventCounts")
        assert_that(flagged | "Pairs" >> beam.Map(flagged_conversation),
                    equal_to([("distress", "c_A"), ("distress", "c_A"), ("joy", "c_A"), ("distress", "c_B")]),
                    label="ValenceConversationPairs")
        assert_that(
            flagged
            | "PairsToCount" >> beam.Map(flagged_conversation)
            | beam.Distinct()
            | beam.Map(count_flagged_conversation)
            | "SumConversations" >> beam.CombinePerKey(sum),
            equal_to([("conversations_flagged_distress", 2), ("conversations_flagged_joy", 1)]),
            label="ConversationCounts",
        )


def test_when_dead_letters_are_counted_then_the_total_and_each_reason_are_counted():
    dead = [
        DeadLetter("a.jsonl", 2, "invalid_json", "invalid JSON"),
        DeadLetter("a.jsonl", 9, "invalid_json", "invalid JSON"),
        DeadLetter("b.jsonl", 1, "redaction_failed", "redaction raised ValueError", stage="redact"),
    ]
    with test_pipeline.TestPipeline() as p:
        counts = p | beam.Create(dead) | beam.FlatMap(count_dead_letters) | beam.CombinePerKey(sum)
        assert_that(counts, equal_to([
            ("dead_lettered", 3), ("dead_letter.invalid_json", 2), ("dead_letter.redaction_failed", 1),
        ]))


# ------------------------------------------------------------------------------------------ to_row


def test_when_records_become_rows_then_they_fit_their_parquet_schema_exactly_and_read_back_equal():
    conversation = RedactedConversation("c_1", "a_1", (RedactedMessage("user", "Hi <PERSON_1>"),),
                                        {"PERSON": 1, "EMAIL_ADDRESS": 2}, started_at="2026-01-01", model="m",
                                        source_format="openai", language="de")
    dead = DeadLetter("a.jsonl", None, "missing_file", "gone", stage="ingest")
    flagged = ExpressionEvent("c_1", "a_1", 3, "joy", 0.9, 0.85, "model-x", "Great!", ("u1", "u2"),
                              started_at="2026-01-01", after_declined_repeat=True)
    cases = [("Conversation", conversation, arrow.REDACTED_CONVERSATION),
             ("DeadLetter", dead, arrow.DEAD_LETTER),
             ("Event", flagged, arrow.EXPRESSION_EVENT)]

    def fits_and_reads_back(record: Any, schema: pa.Schema) -> Callable[[list[dict[str, Any]]], None]:
        def match(rows: list[dict[str, Any]]) -> None:
            if len(rows) != 1 or set(rows[0]) != set(schema.names):
                raise BeamAssertException(f"row fields {[sorted(r) for r in rows]} != schema {sorted(schema.names)}")
            back = pa.Table.from_pylist(rows, schema=schema).to_pylist()[0]
            if type(record).from_row(back) != record:
                raise BeamAssertException(f"{type(record).__name__} does not survive its Parquet row")

        return match

    with test_pipeline.TestPipeline() as p:
        for name, record, schema in cases:
            rows = p | f"Create{name}" >> beam.Create([record]) | f"{name}Row" >> beam.Map(to_row)
            assert_that(rows, fits_and_reads_back(record, schema), label=f"Check{name}")


# ------------------------------------------------------------------------------ RunInference wiring


def test_when_turns_run_through_run_inference_then_the_shipped_model_scores_each_and_flags_the_distressed_one(
        valence_spec: ValenceModelSpec):
    conversation = redacted(
        "c_1",
        ("user", "Why did you delete my files?"),
        ("assistant", DISTRESSED),
        ("user", "What is the capital of France?"),
        ("assistant", "The capital of France is Paris."),
    )
    turns = list(turns_to_score_counted(conversation, 1))[1:]
    thresholds = valence_spec.thresholds()
    # The same model outside Beam: what the wiring must reproduce.
    scores = valence_spec.run_inference([t.turn for t in turns], valence_spec.load_model())
    by_index = {t.turn_index: s for t, s in zip(turns, scores, strict=True)}
    assert by_index[1].distress >= thresholds.distress > by_index[3].distress  # the inputs mean what they say
    bins: dict[str, int] = {}
    for s in scores:
        for valence, score in (("distress", s.distress), ("joy", s.joy)):
            name = f"score_bin.{valence}.{min(int(score * SCORE_BINS), SCORE_BINS - 1):02d}"
            bins[name] = bins.get(name, 0) + 1

    def predictions_match(actual: list[PredictionResult]) -> None:
        if sorted(r.example.turn_index for r in actual) != [1, 3]:
            raise BeamAssertException(f"scored turns {[r.example.turn_index for r in actual]} != [1, 3]")
        for r in actual:
            if r.example not in turns or r.model_id != valence_spec.model_id or not r.inference.seconds > 0:
                raise BeamAssertException(f"prediction of turn {r.example.turn_index} lost its turn, model or time")
            want = by_index[r.example.turn_index]
            if not (math.isclose(r.inference.scores.distress, want.distress, abs_tol=1e-5)
                    and math.isclose(r.inference.scores.joy, want.joy, abs_tol=1e-5)):
                raise BeamAssertException(f"turn {r.example.turn_index}: {r.inference.scores} != {want}")

    def one_distress_event(actual: list[ExpressionEvent]) -> None:
        got = [(e.conversation_key, e.turn_index, e.valence, e.threshold, e.model_id, e.utterance, e.trigger_context)
               for e in actual]
        want = [("c_1", 1, "distress", thresholds.distress, valence_spec.model_id, turns[0].turn.utterance,
                 ("Why did you delete my files?",))]
        if got != want:
            raise BeamAssertException(f"{got} != {want}")
        if not math.isclose(actual[0].score, by_index[1].distress, abs_tol=1e-5):
            raise BeamAssertException(f"event score {actual[0].score} != {by_index[1].distress}")

    with test_pipeline.TestPipeline() as p:
        listed = p | beam.Create([conversation]) | "Turns" >> beam.FlatMap(turns_to_score_counted, 1).with_outputs(
            METRICS, main="ok")
        predictions = listed.ok | RunInference(ValenceModelHandler(valence_spec))
        events = predictions | "Events" >> beam.FlatMap(
            prediction_to_events, thresholds, valence_spec.model_id).with_outputs(METRICS, main="ok")
        assert_that(predictions, predictions_match, label="Predictions")
        assert_that(events.ok, one_distress_event, label="Events")
        assert_that(
            (listed.metrics, events.metrics) | beam.Flatten() | beam.CombinePerKey(sum),
            metrics_equal({"assistant_turns_scored": 2, **bins}, positive=["seconds.classify"]),
            label="Metrics",
        )
