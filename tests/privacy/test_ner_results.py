"""NER results the redactor trusts: whole words only, and the deferred artifact lists."""

from presidio_analyzer.nlp_engine import NlpArtifacts

from privacy.ner_cleanup import cuts_a_word as _cuts_a_word


def test_a_span_inside_a_word_is_cut_and_a_whole_word_is_not():
    text = "gonna visit Ada tomorrow"
    assert _cuts_a_word(text, 0, 3)                     # "gon" of "gonna"
    assert not _cuts_a_word(text, 12, 15)               # "Ada"
    assert not _cuts_a_word("Ada", 0, 3)


def test_redactor_drops_a_word_fragment_tagged_by_the_model(redactor):  # type: ignore[no-untyped-def]
    # The small model tags "gon" of "gonna" as an ORG in this sentence.
    out = redactor.redact_texts(["gonna see the match tonight"])[0]
    assert out.text == "gonna see the match tonight"


def test_lazy_artifacts_equal_presidio_eager_ones(redactor):  # type: ignore[no-untyped-def]
    engine = redactor._nlp_engine
    doc = engine.get_nlp()("Call me at home, my password: Tapir%19x, ok?")
    lazy = engine.artifacts(doc)
    lemmas = [t.lower_ for t in doc]
    eager = NlpArtifacts(list(doc.ents), doc, [t.idx for t in doc], lemmas, engine, "en")
    assert (lazy.tokens_indices, lazy.lemmas, lazy.keywords) == (eager.tokens_indices, eager.lemmas, eager.keywords)
