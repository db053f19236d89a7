import pytest

from privacy.recognizers.phone_recognizer import ExtraPhoneRecognizer
from tests.privacy.conftest import spans_of

R = ExtraPhoneRecognizer()


@pytest.mark.parametrize("text, expected", [
    ("call me on 07583 315797 after 6, or text 07.49.66.67.81", ["07583 315797", "07.49.66.67.81"]),
    ("Reach me at +234 807 490 5106 or on my work line 81338-72743.", ["+234 807 490 5106", "81338-72743"]),
    ("I'll note +55 11 97031-8458 as the best number", ["+55 11 97031-8458"]),
    ("meine nummer ist 0151 85606164, can you help", ["0151 85606164"]),
])
def test_when_phone_number_present_then_it_is_found(text, expected):
    assert spans_of(R, text) == expected


@pytest.mark.parametrize("text", [
    "the server at 192.168.2.208 is down",
    "call the function with 2024-03-12",
    "version 10.2.3 of the phone app",
    "The PN 7310-0042 and the SKU-88421-BLK differ",
])
def test_when_ip_date_or_product_code_then_nothing_is_found(text):
    assert spans_of(R, text) == []
