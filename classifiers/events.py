"""From a redacted conversation to the turns to score, and from scores to ExpressionEvents.

Pure functions: the pipeline's classify stage wraps them around the model handler.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from classifiers.persistence import declined_repeats
from classifiers.types import TurnInput, ValenceScores, ValenceThresholds
from schemas import ExpressionEvent, RedactedConversation


def assistant_turn_inputs(messages: Sequence[tuple[str, str]], context_turns: int) -> Iterator[tuple[int, TurnInput]]:
    """``(message index, TurnInput)`` for every assistant message of ``(role, content)`` pairs.

    The context is the last ``context_turns`` user turns before the assistant turn, oldest first.
    """
    users: list[str] = []
    for index, (role, content) in enumerate(messages):
        if role == "assistant":
            yield index, TurnInput(content, tuple(users[-context_turns:]) if context_turns else ())
        elif role == "user":
            users.append(content)


@dataclass(frozen=True, slots=True)
class TurnToScore:
    """An assistant turn of a redacted conversation, with what its event would need."""

    conversation_key: str
    account_key: str
    started_at: str | None
    turn_index: int
    turn: TurnInput
    after_declined_repeat: bool = False


def turns_to_score(conversation: RedactedConversation, context_turns: int) -> list[TurnToScore]:
    """Every assistant turn of a redacted conversation, with its redacted user context."""
    pairs = [(m.role, m.content) for m in conversation.messages]
    persisting = declined_repeats(pairs)
    return [
        TurnToScore(conversation.conversation_key, conversation.account_key, conversation.started_at, index, turn,
                    persisting[index])
        for index, turn in assistant_turn_inputs(pairs, context_turns)
    ]


def events_for(
    item: TurnToScore, scores: ValenceScores, thresholds: ValenceThresholds, model_id: str
) -> list[ExpressionEvent]:
    """One ExpressionEvent per valence whose score reaches its threshold (none, one or both)."""
    return [
        ExpressionEvent(
            conversation_key=item.conversation_key,
            account_key=item.account_key,
            turn_index=item.turn_index,
            valence=valence,
            score=score,
            threshold=threshold,
            model_id=model_id,
            utterance=item.turn.utterance,
            trigger_context=item.turn.context,
            started_at=item.started_at,
            after_declined_repeat=item.after_declined_repeat,
        )
        for valence, score, threshold in (
            ("distress", scores.distress, thresholds.distress),
            ("joy", scores.joy, thresholds.joy),
        )
        if score >= threshold
    ]
