"""The analyzer configuration file: load, validate, and build the recognizers it names.

A bad file is an error naming the file and the field; there is no fallback to a packaged default
and no recognizer is found by scanning subclasses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from presidio_analyzer import EntityRecognizer
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from privacy.nlp import LANGUAGE
from privacy.recognizers import PRESIDIO_RECOGNIZERS, PROJECT_RECOGNIZERS

DEFAULT_CONFIG = Path(__file__).resolve().parent / "conf" / "analyzer.yaml"


class AnalyzerConfigError(Exception):
    """The analyzer configuration cannot be used; the message names the file and the field."""


class NerMapping(BaseModel):
    """How spaCy NER labels become Presidio entity types (see Presidio's NerModelConfiguration)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    model_to_presidio_entity_mapping: dict[str, str]
    labels_to_ignore: list[str] = []
    default_score: float = Field(0.85, ge=0.0, le=1.0)
    low_score_entity_names: list[str] = []
    low_confidence_score_multiplier: float = Field(0.4, ge=0.0, le=1.0)

    @model_validator(mode="after")
    def _mapping_not_empty(self) -> NerMapping:
        if not self.model_to_presidio_entity_mapping:
            raise ValueError("model_to_presidio_entity_mapping must not be empty")
        return self


class RecognizerEntry(BaseModel):
    """One recognizer to enable: its class name and where that name resolves.

    ``drop_patterns`` names patterns of a Presidio pattern recognizer to leave out (for example
    one whose cost grows with the square of a message's length).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    source: Literal["presidio", "project"]
    enabled: bool = True
    drop_patterns: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _known(self) -> RecognizerEntry:
        registry = PRESIDIO_RECOGNIZERS if self.source == "presidio" else PROJECT_RECOGNIZERS
        if self.name not in registry:
            raise ValueError(f"unknown {self.source} recognizer {self.name!r}; known: {', '.join(sorted(registry))}")
        if self.drop_patterns:
            known = [p.name for p in getattr(registry[self.name], "PATTERNS", [])] if self.source == "presidio" else []
            unknown = [n for n in self.drop_patterns if n not in known]
            if unknown:
                raise ValueError(f"{self.name}: drop_patterns names {unknown!r}, not among its patterns {known!r}")
        return self

    def build(self, timeout: float) -> EntityRecognizer:
        if self.source == "project":
            return PROJECT_RECOGNIZERS[self.name](timeout=timeout)
        cls = PRESIDIO_RECOGNIZERS[self.name]
        # Every text is analysed as "en"; the Spanish and Italian id recognizers default to their
        # own language and would otherwise never run.
        if not self.drop_patterns:
            return cls(supported_language=LANGUAGE)
        kept = [p for p in cls.PATTERNS if p.name not in self.drop_patterns]
        return cls(supported_language=LANGUAGE, patterns=kept)


class AnalyzerConfig(BaseModel):
    """The whole analyzer file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    ner: NerMapping
    global_regex_flags: int = Field(26, ge=0)
    recognizers: list[RecognizerEntry]

    @model_validator(mode="after")
    def _unique(self) -> AnalyzerConfig:
        names = [r.name for r in self.recognizers]
        if len(names) != len(set(names)):
            raise ValueError("recognizers: each recognizer may be listed once")
        if not any(r.enabled for r in self.recognizers):
            raise ValueError("recognizers: at least one recognizer must be enabled")
        return self

    def build_recognizers(self, timeout: float, skip: frozenset[str] = frozenset()) -> list[EntityRecognizer]:
        """Instantiate every enabled recognizer not named in ``skip`` (ours with the regex ``timeout``)."""
        return [entry.build(timeout) for entry in self.recognizers if entry.enabled and entry.name not in skip]


def load_analyzer_config(path: Path | str | None = None) -> AnalyzerConfig:
    """Read and validate an analyzer YAML file (None: the packaged ``conf/analyzer.yaml``).

    Raises:
        AnalyzerConfigError: the file is missing, not YAML, or fails validation.
    """
    file = Path(path) if path is not None else DEFAULT_CONFIG
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except OSError as err:
        raise AnalyzerConfigError(f"{file}: cannot be read ({type(err).__name__})") from None
    except yaml.YAMLError as err:
        raise AnalyzerConfigError(f"{file}: not valid YAML ({type(err).__name__})") from None
    if not isinstance(data, dict):
        raise AnalyzerConfigError(f"{file}: must hold a mapping at the top level")
    try:
        return AnalyzerConfig.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top level)"
        raise AnalyzerConfigError(f"{file}: {where}: {first['msg']}") from None
