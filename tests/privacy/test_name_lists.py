"""A word listed with a detected name ("A, B and sunita") is a name too."""

from privacy.name_lists import add_listed_names
from privacy.spans import Span


def _names(text: str, spans: list[Span]) -> list[str]:
    return sorted(text[s.start:s.end] for s in add_listed_names(text, spans, 1.0))


def test_list_neighbours_in_the_same_case_style_are_added():
    text = "the kids are Amaka, Bolu and Sunita. suggest chores"
    bolu = text.index("Bolu")
    assert _names(text, [Span(bolu, bolu + 4, "PERSON", 0.8)]) == ["Amaka", "Bolu", "Sunita"]
    low = "priya and rustam are coming saturday"
    assert _names(low, [Span(0, 5, "PERSON", 0.8)]) == ["priya", "rustam"]


def test_common_words_other_cases_and_non_person_spans_are_not_added():
    text = "Priya and the team, and Bob"
    assert _names(text, [Span(0, 5, "PERSON", 0.8)]) == ["Priya"]          # "the" is common
    mixed = "Priya and rustam"
    assert _names(mixed, [Span(0, 5, "PERSON", 0.8)]) == ["Priya"]         # case styles differ
    assert _names("Leeds and Sunita", [Span(0, 5, "LOCATION", 0.8)]) == ["Leeds"]
