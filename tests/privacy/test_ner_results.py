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


def test_the_ner_recognizer_cuts_entities_at_form_lines_and_keeps_the_labels_out(redactor):  # type: ignore[no-untyped-def]
    from privacy.recognizers.ner_name_recognizer import NerNameRecognizer

    engine = redactor._nlp_engine
    text = "Reporter: Mehvish Wani\nAssignee: Aishath Shiuna"
    raw = [(e.start_char, e.end_char) for e in engine.get_nlp()(text).ents]
    found = {text[r.start:r.end] for r in NerNameRecognizer().analyze(text, ["PERSON", "ORGANIZATION", "LOCATION"],
                                                                       engine.artifacts(engine.get_nlp()(text)))}
    assert raw  # the model tags something here, so the clean-up has work to do
    assert not any("Assignee" in f or "Reporter" in f or "\n" in f for f in found)


def test_a_span_the_clean_up_rejects_no_longer_hides_a_name_inside_it(redactor):  # type: ignore[no-untyped-def]
    # The model tags "<name> - mob <number>" as one entity, which the clean-up rejects (it ends in
    # digits and a cue). Cleaned before the analyzer merges results, it cannot knock out the
    # name another recognizer finds inside it.
    texts = ["Mateus Okafor - mob 0412 555 019 - turn this into a contact card please",
             "Ingrid Solberg - mob (03) 9555 0182 - turn this into a contact card please"]
    for text, out in zip(texts, redactor.redact_texts(texts)):
        assert text.split(" - ")[0] not in out.text


def test_a_lower_case_run_of_ordinary_words_is_no_organisation_or_person_but_a_lower_case_name_is():
    from privacy.ner_cleanup import plausible_ner_name

    assert not plausible_ner_name("ORGANIZATION", "customer care team")
    assert not plausible_ner_name("PERSON", "the local council")
    assert plausible_ner_name("PERSON", "priya ramaswamy")
    assert plausible_ner_name("ORGANIZATION", "Customer Care Team")  # capitalised: the model may be right
