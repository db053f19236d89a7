import pytest

from privacy.recognizers.id_number_recognizer import IdNumberRecognizer
from tests.privacy.conftest import spans_of

R = IdNumberRecognizer()


@pytest.mark.parametrize("text, expected", [
    ("my passport number is E06327206, do I need a visa", ["E06327206"]),
    ("ni number SW216124D - how do i check", ["SW216124D"]),
    ("aadhaar 2309 7798 5047 linked to the wrong phone", ["2309 7798 5047"]),
    ("CPF 093.469.089-80 - is this needed", ["093.469.089-80"]),
    ("form with ID number 6XV8THPGZ. Double-check", ["6XV8THPGZ"]),
    ("I'm Noa (employee 00302055). Please pay", ["00302055"]),
    ("record MRN5151335 attached", ["MRN5151335"]),
])
def test_when_id_follows_cue_then_it_is_found(text, expected):
    assert spans_of(R, text) == expected


@pytest.mark.parametrize("text", [
    "my passport expires in 2026",
    "the license is MIT",
    "id 42",
    "policy v1.2.3 applies",
])
def test_when_cue_without_id_then_nothing_is_found(text):
    assert spans_of(R, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Member ID: HMX-4481-2290", ["HMX-4481-2290"]),
    ("the claim reference is CLM88213746", ["CLM88213746"]),
    ("my employee ID is JP-30917 and", ["JP-30917"]),
    ("my passport's K9021457 - does it expire soon?", ["K9021457"]),
    ("NI number: QQ 12 34 56 C", ["QQ 12 34 56 C"]),
])
def test_when_prefixed_or_referenced_id_then_it_is_found(text, expected):
    assert spans_of(R, text) == expected
