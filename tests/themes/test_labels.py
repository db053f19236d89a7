from themes.labels import ctfidf_keywords, short_label


def test_keywords_favour_terms_distinctive_for_their_theme():
    themes = [{"bomb": 30, "help": 30, "recipe": 20}, {"poem": 25, "help": 30, "rhyme": 20}]
    first, second = ctfidf_keywords(themes, top=2)
    assert first == ["bomb", "recipe"] and second == ["poem", "rhyme"]


def test_a_term_sharing_a_word_with_a_chosen_keyword_is_skipped():
    [words] = ctfidf_keywords([{"weapon": 40, "weapon steps": 39, "steps": 5, "night": 4}], top=3)
    assert words == ["weapon", "steps", "night"]


def test_the_label_joins_the_first_keywords_or_asks_the_phrase_labeler():
    assert short_label(["a", "b", "c", "d"], 3, "joy") == "a / b / c"
    assert short_label([], 3, "joy") == ""

    class Phrase:
        def phrase(self, valence, keywords):
            return f"{valence}: {keywords[0]}"

    assert short_label(["poem", "rhyme"], 2, "joy", Phrase()) == "joy: poem"
