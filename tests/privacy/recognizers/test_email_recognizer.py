import pytest

from privacy.offline import ensure_offline
from privacy.recognizers.email_recognizer import FastEmailRecognizer
from tests.privacy.conftest import spans_of

ensure_offline()
R = FastEmailRecognizer()


@pytest.mark.parametrize("text, expected", [
    ("write to maria.lopez@example.org today", ["maria.lopez@example.org"]),
    # '=' is legal in a local part, so Presidio's pattern takes the log key along: over-, not under-redaction.
    ("owner=kaveh-pemberton@gmx.de node_ip=1.2.3.4", ["owner=kaveh-pemberton@gmx.de"]),
])
def test_when_address_present_then_it_is_found(text, expected):
    assert spans_of(R, text) == expected


@pytest.mark.parametrize("text", ["no address here at all", "peer react@v2.6.23 from x", "user@localhost"])
def test_when_no_valid_address_then_nothing_is_found(text):
    assert spans_of(R, text) == []
