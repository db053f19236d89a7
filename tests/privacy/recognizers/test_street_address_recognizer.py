import pytest

from privacy.recognizers.street_address_recognizer import StreetAddressRecognizer
from tests.privacy.conftest import spans_of

R = StreetAddressRecognizer()


@pytest.mark.parametrize("text, expected", [
    ("I live at 90 Kestrel Avenue #995 and the noise", ["90 Kestrel Avenue #995"]),
    ("near 61 rue du Moulin, 83964 Grenoble sort of", ["61 rue du Moulin, 83964 Grenoble"]),
    ("address to Mühlenstr. 72, 69048 Leipzig.", ["Mühlenstr. 72, 69048 Leipzig"]),
    ("new flat is 2-8-8 Jingumae, Shibuya-ku, Tokyo 096-1882, how", ["2-8-8 Jingumae, Shibuya-ku, Tokyo 096-1882"]),
    ("lives at H.No. 10-242, Shanti Kunj, Gachibowli, Hyderabad and", ["H.No. 10-242, Shanti Kunj, Gachibowli, Hyderabad"]),
    ("the shop on Fairhaven Way is closed", ["Fairhaven Way"]),
    ("postcode SW1A 1AA please", ["SW1A 1AA"]),
])
def test_when_address_present_then_it_is_found(text, expected):
    assert expected[0] in spans_of(R, text)


@pytest.mark.parametrize("text", [
    "Plan a 3-day trip to Tokyo with museums.",
    "I live at home with my parents.",
    "add 3 cups of flour and stir",
    "version 2 of the way we work",
])
def test_when_no_address_then_nothing_is_found(text):
    assert spans_of(R, text) == []
