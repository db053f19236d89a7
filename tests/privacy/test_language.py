import pytest

from privacy.language import conversation_language, detect_language


@pytest.mark.parametrize("text, lang", [
    ("Can you help me write a cover letter for a job?", "en"),
    ("Ich habe ein Problem mit meiner Wohnung und der Vermieter antwortet nicht", "de"),
    ("Bonjour, je ne sais pas comment faire pour la déclaration", "fr"),
    ("Привет, как у тебя дела сегодня?", "ru"),
    ("こんにちは、元気ですか", "ja"),
    ("def add(a, b): return a + b", "en"),
    ("", "en"),
    ("42", "en"),
])
def test_when_text_given_then_language_is_guessed(text, lang):
    assert detect_language(text) == lang


def test_when_conversation_mixed_then_most_characters_win():
    assert conversation_language(["en", "de"], [10, 100]) == "de"
    assert conversation_language([], []) == "en"
