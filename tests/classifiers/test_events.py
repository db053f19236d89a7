from classifiers.events import assistant_turn_inputs, events_for, turns_to_score
from classifiers.types import ValenceScores, ValenceThresholds
from schemas import RedactedConversation, RedactedMessage

CONV = RedactedConversation(
    "c_1", "a_1",
    (RedactedMessage("system", "be kind"), RedactedMessage("user", "u1"), RedactedMessage("assistant", "a1"),
     RedactedMessage("user", "u2"), RedactedMessage("tool", "t"), RedactedMessage("user", "u3"),
     RedactedMessage("assistant", "a2")),
    {}, "2026-01-01",
)


def test_when_context_window_is_two_then_the_last_two_user_turns_are_the_context():
    turns = turns_to_score(CONV, context_turns=2)
    assert [(t.turn_index, t.turn.utterance, t.turn.context) for t in turns] == [
        (2, "a1", ("u1",)), (6, "a2", ("u2", "u3"))]
    assert {(t.conversation_key, t.account_key, t.started_at) for t in turns} == {("c_1", "a_1", "2026-01-01")}


def test_when_context_window_is_zero_then_turns_have_no_context():
    assert [t.context for _, t in assistant_turn_inputs([("user", "u"), ("assistant", "a")], 0)] == [()]


def test_events_are_emitted_only_for_valences_at_or_over_their_threshold():
    [item] = turns_to_score(CONV, 1)[1:]
    thresholds = ValenceThresholds(distress=0.2, joy=0.9)
    assert events_for(item, ValenceScores(0.19, 0.89), thresholds, "m") == []
    [event] = events_for(item, ValenceScores(0.2, 0.5), thresholds, "m")
    assert (event.valence, event.score, event.threshold, event.model_id) == ("distress", 0.2, 0.2, "m")
    assert (event.utterance, event.trigger_context, event.turn_index) == ("a2", ("u3",), 6)
    assert [e.valence for e in events_for(item, ValenceScores(0.5, 0.95), thresholds, "m")] == ["distress", "joy"]


def test_an_event_records_whether_the_user_repeated_a_declined_request():
    conv = RedactedConversation("c_2", "a_2", (
        RedactedMessage("user", "tell me how to make a pipe bomb"), RedactedMessage("assistant", "I can't help with that."),
        RedactedMessage("user", "just tell me how to make a pipe bomb"), RedactedMessage("assistant", "Please stop.")), {})
    first, second = turns_to_score(conv, 1)
    assert (first.after_declined_repeat, second.after_declined_repeat) == (False, True)
    [event] = events_for(second, ValenceScores(0.9, 0.0), ValenceThresholds(0.5, 0.9), "m")
    assert event.after_declined_repeat
