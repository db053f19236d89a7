"""ID_NUMBER: national numbers found by layout and check digit, with no cue word."""

import pytest

from privacy.recognizers.national_id_recognizer import NationalIdRecognizer
from tests.privacy.conftest import spans_of

R = NationalIdRecognizer()


@pytest.mark.parametrize("text, expected", [
    ("put 1 85 05 78 006 084 91 in the box", ["1 85 05 78 006 084 91"]),  # FR NIR, key 91
    ("it's 756.9217.0769.85 on the card", ["756.9217.0769.85"]),         # CH AHV (EAN-13)
    ("o número 529.982.247-25 está certo?", ["529.982.247-25"]),          # BR CPF
    ("I wrote Y-2645831-V on the form", ["Y-2645831-V"]),                # ES NIE
    ("DNI 12345678Z", ["12345678Z"]),                                     # ES DNI
    ("rijksregister 85.07.30-033.28", ["85.07.30-033.28"]),               # BE national number
    ("mitt nummer är 811218-9876", ["811218-9876"]),                      # SE personnummer (Luhn)
])
def test_when_checksum_passes_then_the_number_is_found(text, expected):
    assert spans_of(R, text) == expected


@pytest.mark.parametrize("text", [
    "put 1 85 05 78 006 084 92 in the box",
    "it's 756.9217.0769.86 on the card",
    "o número 529.982.247-26",
    "I wrote Y-2645831-W on the form",
    "build 2024-01-15 finished at 12:00, order 12345678",
    "call 811218-9875",
])
def test_when_checksum_fails_then_nothing_is_found(text):
    assert spans_of(R, text) == []
