import pytest

from privacy.recognizers.personal_url_recognizer import PersonalUrlRecognizer, is_personal_url
from tests.privacy.conftest import spans_of

R = PersonalUrlRecognizer()


@pytest.mark.parametrize("text, expected", [
    ("my portfolio is https://www.facebook.com/chiamaka.nwachukwu.594, does it", ["https://www.facebook.com/chiamaka.nwachukwu.594"]),
    ("here: https://1drv.ms/u/s!ulSMDqtdrIVYf0CnjJ2ZWx2ZNat0?e=FvYq1M can you", ["https://1drv.ms/u/s!ulSMDqtdrIVYf0CnjJ2ZWx2ZNat0?e=FvYq1M"]),
    ("open https://ember.shop/account/activate/3140638/7473367a33 please", ["https://ember.shop/account/activate/3140638/7473367a33"]),
    ("see https://janedoe.github.io/.", ["https://janedoe.github.io/"]),
])
def test_when_url_points_at_a_person_then_it_is_found(text, expected):
    assert spans_of(R, text) == expected


@pytest.mark.parametrize("text", [
    "the docs at https://www.bbc.co.uk/news confuse me",
    "is https://docs.python.org/3/library/re.html reliable?",
    "open main.py and config.yaml",
])
def test_when_public_reference_link_then_nothing_is_found(text):
    assert spans_of(R, text) == []


def test_when_url_unparsable_then_it_counts_as_personal():
    assert is_personal_url("http://[::1")


@pytest.mark.parametrize("url, personal", [
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", False),          # a published video
    ("https://youtube.com/watch?v=dQw4w9WgXcQ&t=42&list=PL123", False),
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&si=Hx81kQ", True),  # a share id names the sharer
    ("https://www.youtube.com/@someone", True),
])
def test_youtube_watch_links_are_public_unless_they_carry_more(url, personal):
    assert is_personal_url(url) is personal
