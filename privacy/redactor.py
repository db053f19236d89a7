"""The redaction stage: the only code that reads raw conversation text.

``Redactor`` runs one span pipeline over a batch of conversations: the recognizers of the
offline Presidio analyzer find spans in each message (one ``nlp.pipe`` pass inside a spaCy
memory zone, so memory stays flat; the NER model's clean-up is its recognizer's own), values
listed beside found credentials join them, the policy keeps what it should and names listed
beside a kept name join it; then, per conversation, the
names and values it repeats are added and each span is replaced with a typed placeholder
numbered per conversation. Ids become keyed pseudonyms. Failures become dead letters
that carry a reason code, the exception class and the source pointer, never text.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from privacy.address_blocks import grow_address_blocks
from privacy.credential_lists import add_credential_siblings
from privacy.echoes import add_echoes
from privacy.language import conversation_language, detect_language
from privacy.name_lists import add_listed_names
from privacy.ner_cleanup import ner_view
from privacy.ner_gate import needs_ner
from privacy.nlp import LANGUAGE
from privacy.placeholders import PlaceholderBook
from privacy.pseudonyms import Pseudonymizer
from privacy.regex_guard import RegexTimeout, record_deadline
from privacy.settings import RedactionSettings
from privacy.spans import Span, apply_policy, merge_spans, normalize_term
from schemas import (
    Conversation,
    DeadLetter,
    RedactedConversation,
    RedactedMessage,
    SourcePointer,
)

log = logging.getLogger("expression_miner.privacy")

STAGE = "redact"
REASON_TIMEOUT = "redaction_timeout"
REASON_FAILED = "redaction_failed"
FAILED_PLACEHOLDER = "<REDACTION_FAILED>"


@dataclass(frozen=True, slots=True)
class RedactionResult:
    """One redacted text and its spans (offsets in the ORIGINAL text) for scoring."""

    text: str
    spans: list[Span] = field(default_factory=list)


@dataclass
class _Outcome:
    texts: list[str] | None = None
    spans: list[list[Span]] | None = None
    language: str = "en"
    reason: str | None = None
    detail: str = ""


class Redactor:
    """Redacts conversations; build once per worker.

    ``__init__`` only stores its arguments (cheap to pickle and ship); :meth:`setup` builds the
    analyzer and spaCy model once, and the redact methods call it lazily.

    Args:
        settings: Redaction settings.
        pseudonymizer: Maps conversation and account ids to keyed pseudonyms.
    """

    def __init__(self, settings: RedactionSettings, pseudonymizer: Pseudonymizer):
        self.settings = settings
        self.pseudonymizer = pseudonymizer
        self._analyzers: Any = None
        self._analyzer: Any = None
        self._nlp_engine: Any = None
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        return {"settings": self.settings, "pseudonymizer": self.pseudonymizer}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["settings"], state["pseudonymizer"])  # type: ignore[misc]

    def __repr__(self) -> str:
        return f"Redactor(spacy_model={self.settings.spacy_model!r}, ready={self._analyzer is not None})"

    def setup(self) -> Redactor:
        """Build the analyzer and the NER model (once; later calls return at once)."""
        if self._analyzer is None:
            from presidio_anonymizer import AnonymizerEngine

            from privacy.engine import build_analyzer, timeout_signal

            self._analyzers = build_analyzer(self.settings)
            self._analyzer, self._nlp_engine = self._analyzers.full, self._analyzers.nlp_engine
            self._anonymizer = AnonymizerEngine()
            self._signal = timeout_signal()
            self._allow = frozenset(normalize_term(t) for t in self.settings.allow_list)
            self._ignored = frozenset(self.settings.ignored_entities)
            self._entities = list(self.settings.entities) if self.settings.entities else None
            self._thresholds = dict(self.settings.entity_score_thresholds)
            self._min_threshold = min([self.settings.score_threshold, *self._thresholds.values()])
        return self

    # ------------------------------------------------------------------ public API

    def redact_batch(self, conversations: Sequence[Conversation]) -> list[RedactedConversation | DeadLetter]:
        """Redact each conversation; same order; a failure is a ``DeadLetter`` for that one only."""
        outcomes = self._process([list(m.content for m in c.messages) for c in conversations])
        results: list[RedactedConversation | DeadLetter] = []
        for conv, outcome in zip(conversations, outcomes):
            if outcome.reason is not None:
                results.append(_dead_letter(conv.source, outcome.reason, outcome.detail))
                continue
            assert outcome.texts is not None and outcome.spans is not None
            counts = Counter(s.entity_type for spans in outcome.spans for s in spans)
            results.append(RedactedConversation(
                conversation_key=self.pseudonymizer.conversation_key(conv.conversation_id),
                account_key=self.pseudonymizer.account_key(conv.account_id, conv.conversation_id),
                messages=tuple(RedactedMessage(m.role, t) for m, t in zip(conv.messages, outcome.texts)),
                entity_counts=dict(sorted(counts.items())),
                started_at=conv.started_at,
                model=conv.model,
                source_format=conv.source_format,
                language=outcome.language,
            ))
        return results

    def redact_texts(self, texts: Sequence[str]) -> list[RedactionResult]:
        """Redact each text as a one-message conversation (for the benchmark scorer).

        A text whose redaction fails comes back as ``<REDACTION_FAILED>`` with one span over the
        whole text, never in the clear.
        """
        outcomes = self._process([[t] for t in texts])
        results = []
        for text, outcome in zip(texts, outcomes):
            if outcome.reason is not None or outcome.texts is None or outcome.spans is None:
                results.append(RedactionResult(FAILED_PLACEHOLDER, [Span(0, len(text), "REDACTION_FAILED", 1.0)]))
            else:
                results.append(RedactionResult(outcome.texts[0], outcome.spans[0]))
        return results

    # ------------------------------------------------------------------ internals

    def _process(self, conversations: list[list[str]]) -> list[_Outcome]:
        self.setup()
        with self._lock:
            try:
                return self._process_together(conversations)
            except Exception as err:  # noqa: BLE001 - isolate the failing conversation below
                log.warning("redact: batch failed (%s); retrying %d conversations one by one",
                            type(err).__name__, len(conversations))
            return [self._process_alone(conv) for conv in conversations]

    def _process_alone(self, messages: list[str]) -> _Outcome:
        try:
            return self._process_together([messages])[0]
        except Exception as err:  # noqa: BLE001 - a dead letter names only the class
            return _Outcome(reason=REASON_FAILED, detail=f"redaction raised {type(err).__name__}")

    def _process_together(self, conversations: list[list[str]]) -> list[_Outcome]:
        limit = self.settings.max_message_chars
        outcomes = [_Outcome() for _ in conversations]
        jobs: list[tuple[int, int]] = []
        for ci, messages in enumerate(conversations):
            if any(len(m) > limit for m in messages):
                outcomes[ci] = _Outcome(reason=REASON_FAILED, detail=f"a message is longer than max_message_chars ({limit})")
                continue
            jobs.extend((ci, mi) for mi in range(len(messages)))
        # Each distinct text is analysed once per batch: system prompts and short replies repeat a
        # lot, and a text's spans do not depend on its conversation (echoes and numbering come later).
        users: dict[str, list[tuple[int, int]]] = {}
        for ci, mi in jobs:
            users.setdefault(conversations[ci][mi], []).append((ci, mi))
        # Similar lengths in one spaCy batch waste less work on padding (about 15% faster).
        unique = sorted(users, key=len)
        found_text: dict[str, list[Span]] = {}
        language_text: dict[str, str] = {}
        nlp = self._nlp_engine.get_nlp()
        with nlp.memory_zone():
            for text, doc in zip(unique, _docs(nlp, unique, self.settings.batch_size)):
                failure = None
                try:
                    with record_deadline(self.settings.record_timeout_seconds):
                        language_text[text] = detect_language(text)
                        found_text[text] = self._message_spans(text, doc, language_text[text])
                except RegexTimeout:
                    failure = _Outcome(reason=REASON_TIMEOUT, detail="a pattern exceeded regex_timeout_seconds")
                except Exception as err:  # noqa: BLE001 - the class name only: messages could quote text
                    failure = _Outcome(reason=REASON_FAILED, detail=f"redaction raised {type(err).__name__}")
                if failure is not None:
                    for ci, _ in users[text]:
                        outcomes[ci] = failure
        found = {job: found_text[t] for t, js in users.items() if t in found_text for job in js}
        languages = {job: language_text[t] for t, js in users.items() if t in language_text for job in js}
        for ci, messages in enumerate(conversations):
            if outcomes[ci].reason is not None:
                continue
            try:
                with record_deadline(self.settings.record_timeout_seconds):
                    outcomes[ci] = self._finish(messages, [found[ci, mi] for mi in range(len(messages))],
                                                [languages[ci, mi] for mi in range(len(messages))])
            except RegexTimeout:
                outcomes[ci] = _Outcome(reason=REASON_TIMEOUT, detail="a pattern exceeded regex_timeout_seconds")
        return outcomes

    def _message_spans(self, text: str, doc: Any, language: str) -> list[Span]:
        """One message's spans: what the recognizers find, with the values listed beside found
        credentials; what the policy keeps of them, the names listed beside a kept name, and the
        rest of the address block a street address opens."""
        if not text.strip():
            return []
        found = add_credential_siblings(text, self._recognize(text, doc, language), self.settings.regex_timeout_seconds)
        kept = apply_policy(text, found, self._allow, self.settings.redact_full_dates, self._ignored)
        return grow_address_blocks(text, add_listed_names(text, kept, self.settings.regex_timeout_seconds))

    def _recognize(self, text: str, doc: Any, language: str) -> list[Span]:
        self._signal.reset()
        ner = language == LANGUAGE or self.settings.non_english_ner
        results = self._analyzers.for_text(text, ner=ner).analyze(
            text=text,
            language="en",
            entities=self._entities,
            nlp_artifacts=self._nlp_engine.artifacts(doc),
            score_threshold=self._min_threshold,
        )
        if self._signal.fired:
            raise RegexTimeout("a Presidio pattern exceeded its time budget")
        return [Span(r.start, r.end, r.entity_type, float(r.score)) for r in results
                if r.score >= self._thresholds.get(r.entity_type, self.settings.score_threshold)]

    def _replace(self, text: str, merged: list[Span], book: PlaceholderBook) -> str:
        """Replace each (non-overlapping) span with its placeholder through Presidio's anonymizer.

        Placeholders are assigned first in reading order, so the first person mentioned is
        ``<PERSON_1>``; the anonymizer's custom operator then looks each one up again.
        """
        if not merged:
            return text
        from presidio_anonymizer.entities import RecognizerResult as AnonymizerResult

        for span in merged:
            book.placeholder(span.entity_type, text[span.start:span.end])
        operators = _placeholder_operators(book, {s.entity_type for s in merged})
        results = [AnonymizerResult(s.entity_type, s.start, s.end, s.score) for s in merged]
        return self._anonymizer.anonymize(text=text, analyzer_results=results, operators=operators).text

    def _finish(self, messages: list[str], found: list[list[Span]], languages: list[str]) -> _Outcome:
        if self.settings.echo_names:
            found = add_echoes(messages, found, self._allow, self.settings.regex_timeout_seconds)
        book = PlaceholderBook()
        texts, spans_out = [], []
        for text, spans in zip(messages, found):
            merged = merge_spans(spans)
            texts.append(self._replace(text, merged, book))
            spans_out.append(merged)
        language = conversation_language(languages, [len(m) for m in messages])
        return _Outcome(texts=texts, spans=spans_out, language=language)


def _docs(nlp: Any, texts: list[str], batch_size: int) -> Any:
    """A doc per text, in order, of its NER view: the NER pipeline's for texts that need it
    (:func:`needs_ner`), the tokenizer's alone for the rest (the context enhancer still needs their tokens)."""
    flags = [needs_ner(t) for t in texts]
    ner_docs = iter(nlp.pipe([ner_view(t) for t, f in zip(texts, flags) if f], batch_size=batch_size))
    for text, flag in zip(texts, flags):
        yield next(ner_docs) if flag else nlp.make_doc(ner_view(text))


def _placeholder_operators(book: PlaceholderBook, types: set[str]) -> dict[str, Any]:
    from presidio_anonymizer.entities import OperatorConfig

    return {t: OperatorConfig("custom", {"lambda": (lambda value, t=t: book.placeholder(t, value))}) for t in types}


def _dead_letter(source: SourcePointer, reason: str, detail: str) -> DeadLetter:
    return DeadLetter(source_file=source.file, source_row=source.row, reason=reason, message=detail, stage=STAGE)


def redact(conversation: Conversation, redactor: Redactor) -> RedactedConversation | DeadLetter:
    """The stage function: one conversation in, its redacted form (or a dead letter) out."""
    return redactor.redact_batch([conversation])[0]
