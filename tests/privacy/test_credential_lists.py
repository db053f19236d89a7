"""Values listed beside credentials: a list line whose siblings hold credentials holds one too."""

from privacy.credential_lists import add_credential_siblings
from privacy.spans import Span
from tests.privacy.conftest import SecretFamilies, spans_of

KEYS = ("- OpenAI: sk-proj-4fG7hJ2kL9mN3pQ8rS1tV6wX0yZ5aB7cD9eF2gH4\n"
        "- GitHub: ghp_yVVVTnQ4pnEf4sysVHIGSWZoow2STPTSbMpY\n"
        "- Together AI: f477c1d93be0a8d25e6b1c4f09a7e3d5b2c8f1e6a4d7b0c3\n")


def test_a_value_with_no_known_format_in_a_list_of_keys_is_a_credential():
    found = spans_of(SecretFamilies(), KEYS)
    assert "f477c1d93be0a8d25e6b1c4f09a7e3d5b2c8f1e6a4d7b0c3" in found and len(found) == 3


def test_a_list_with_one_credential_adds_nothing():
    text = "- Gmail: ghp_yVVVTnQ4pnEf4sysVHIGSWZoow2STPTSbMpY\n- Router: 4821\n- Door: 7734\n"
    one = Span(text.index("ghp_"), text.index("ghp_") + 40, "SECRET", 1.0)
    assert add_credential_siblings(text, [one], 1.0) == [one]


def test_two_credential_shaped_values_make_the_third_line_value_one():
    text = "Router: Kiwi!9981\nNAS: Mongoose@1976\nKids' Switch: 99726\n"
    spans = [Span(text.index(v), text.index(v) + len(v), "SECRET", 0.8) for v in ("Kiwi!9981", "Mongoose@1976")]
    added = add_credential_siblings(text, spans, 1.0)[2:]
    assert [text[s.start:s.end] for s in added] == ["99726"] and added[0].entity_type == "SECRET"


def test_other_entities_do_not_make_a_list_of_credentials():
    text = "Router: 4821\nNAS: 7734\nKids' Switch: 99726\n"
    phones = [Span(text.index(v), text.index(v) + len(v), "PHONE_NUMBER", 0.8) for v in ("4821", "7734")]
    assert add_credential_siblings(text, phones, 1.0) == phones
    secrets = [Span(s.start, s.end, "SECRET", 0.8) for s in phones]
    assert [text[s.start:s.end] for s in add_credential_siblings(text, secrets, 1.0)[2:]] == ["99726"]


def test_a_one_line_text_is_returned_as_it_is():
    spans = [Span(0, 5, "SECRET", 1.0)]
    assert add_credential_siblings("abc: Kiwi!9981, Mongoose@1976, 99726", spans, 1.0) is spans
