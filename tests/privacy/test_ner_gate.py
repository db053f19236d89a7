"""The NER gate: texts that capitalise only sentence openers and "I" skip the model; names,
ALL CAPS and lower-case writing go to it; and the redactor still finds names either way."""

import pytest

from privacy.ner_gate import needs_ner


@pytest.mark.parametrize("text", [
    "Can you help me? The build fails on step 3.",
    "I think so. What should I do next?",
    "- The list\n- Another item",
    "1234 5678",
])
def test_when_only_openers_and_i_are_capitalised_then_the_model_is_skipped(text):
    assert not needs_ner(text)


@pytest.mark.parametrize("text", [
    "Sunita set up the server",                           # a name opening the text
    "Can you ask Bob about it?",                          # a capitalised word inside a sentence
    "ATTN: BILLING",                                       # ALL CAPS
    "yesterday oluwaseun presented my slides as his own",  # written in lower case
])
def test_when_a_name_could_be_there_then_the_model_runs(text):
    assert needs_ner(text)


def test_redactor_finds_names_on_both_sides_of_the_gate(redactor):  # type: ignore[no-untyped-def]
    out = redactor.redact_texts([
        "my manager oluwaseun adeyemi keeps taking credit for my work.",
        "Can you write a note to Wanjiru Kamau about the rota?",
    ])
    assert "oluwaseun" not in out[0].text and "Wanjiru" not in out[1].text
