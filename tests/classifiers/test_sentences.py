"""Sentence boundaries the gate reads by."""

from classifiers.sentences import sentence_starts


def test_sentences_end_at_final_punctuation_and_line_breaks():
    text = 'Here is the fix. I\'m upset, honestly! Is that ok?\n- item one\n- item "two."\n\n### Next'
    starts = sentence_starts(text)
    pieces = [text[a:b].strip() for a, b in zip(starts, starts[1:] + [len(text)])]
    assert pieces == ["Here is the fix.", "I'm upset, honestly!", "Is that ok?", "- item one", '- item "two."',
                      "### Next"]


def test_text_without_boundaries_is_one_sentence():
    assert sentence_starts("no punctuation here") == [0]
    assert sentence_starts("Ends with a period.") == [0]
    assert sentence_starts("") == [0]
