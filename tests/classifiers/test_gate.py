import pytest

from classifiers.gate import SentenceGate, prose

LONG_HELP = " ".join(["The function returns a list of values sorted by key."] * 8)


def test_a_short_turn_is_read_whole():
    assert SentenceGate().windows("Fine. Whatever you say.") == ["Fine. Whatever you say."]
    assert SentenceGate().windows("...") == ["..."]


@pytest.mark.parametrize("sentence", [
    "Honestly, I'm finding this conversation upsetting.", "Ugh, okay, here it is again.", "Yikes, no.",
    "This is so much fun!", "That's a grim thing to hear.", "Please stop asking me this.", "Ha, now we're talking.",
    "You're being rude.", "Well... fine.",
])
def test_a_sentence_that_can_carry_the_assistants_state_is_kept_inside_a_long_turn(sentence):
    windows = SentenceGate().windows(f"{LONG_HELP} {sentence} {LONG_HELP}")
    assert any(sentence.rstrip(".") in w for w in windows)
    assert all("sorted by key" not in w for w in windows)


def test_code_tables_and_quotes_are_never_read():
    text = ("Here is the fix. I hope it works!\n```python\nprint('I am so happy!')\n```\n"
            "| I | love | tables! |\n|---|---|---|\n> I feel quoted here!\n" + LONG_HELP)
    assert "print" not in prose(text) and "tables" not in prose(text) and "quoted" not in prose(text)
    assert SentenceGate().windows(text) == ["I hope it works!"]


def test_a_turn_with_nothing_to_read_has_no_window():
    assert SentenceGate().windows(LONG_HELP) == []
    assert SentenceGate().windows("```\ncode only\n```") == []


def test_windows_pack_sentences_in_order_and_keep_the_first_and_last_when_too_many():
    gate = SentenceGate(window_words=5, short_turn_words=1, max_windows=2)
    text = " ".join(f"I said thing number {i}." for i in range(6))
    windows = gate.windows(text)
    assert windows == ["I said thing number 0.", "I said thing number 5."]


@pytest.mark.parametrize("field", ["window_words", "short_turn_words", "max_windows"])
def test_each_size_must_be_positive(field):
    with pytest.raises(ValueError, match=f"{field} must be at least 1, got 0"):
        SentenceGate(**{field: 0})
