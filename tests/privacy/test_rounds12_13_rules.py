"""Rules learned from the blind dev rounds 12 and 13 and from the weak-context probe, each on the real redactor.

SECRET: tokens that only a password or a key is shaped like, in any message (a symbol inside, a
capitalised word with digits and a closing symbol, capitalised words joined around a number, leet,
random letters of both cases, base64 with ``+`` or ``/``); in a message about logging in, a word
joined to a year, two words joined by a symbol and a router's printed key; "creds", "strong
enough" and "easy to guess" as password topics; device codes after "put", "'s" and "to get in";
a PIN after a dash; a screen code; an SMS code in two groups; "with X as the key"; a JWT wrapped
over lines; a word with a number on a list line beside credentials. USERNAME: ssh config ``User``,
``curl -u``, web server access logs, a handle named later in the sentence, a login before its
password.

Then the look-alikes they must leave alone (tested on the secret recognizers alone, since other
recognizers may take other words of these texts). Failures name the case, never the text."""

from __future__ import annotations

import pytest

from privacy.recognizers.entropy_secret_recognizer import EntropySecretRecognizer
from privacy.recognizers.secret_recognizer import SecretRecognizer
from privacy.recognizers.username_recognizer import UsernameRecognizer
from tests.privacy.conftest import spans_of

LEAK_CASES = {
    "symbol inside, no cue": ("can you check if Vx7#qLm2^tRw9 is any good", ["Vx7#qLm2^tRw9"]),
    "leet with an at sign": ("try m@rzip4n12 on the one in the hall", ["m@rzip4n12"]),
    "word, digits, closing star": ("Quillfeather2291* is what I set for the family account", ["Quillfeather2291*"]),
    "word, one digit, closing hash": ("I've gone Lanternfish4#, then the next one each quarter", ["Lanternfish4#"]),
    "season at year": ("Autumn@2025 works for the shared laptop", ["Autumn@2025"]),
    "closing at sign": ("use Cormorant381@ for the staging box", ["Cormorant381@"]),
    "capitalised words around a number": ("we all use Badger-Thimble-47 for the office printer", ["Badger-Thimble-47"]),
    "leet word with a number": ("the old one was p3bbl3s or m0ssgr0ve58, not sure", ["p3bbl3s", "m0ssgr0ve58"]),
    "keyboard walk with digits": ("is 1q2w3e4r77 too obvious?", ["1q2w3e4r77"]),
    "random letters of both cases": ("the sticker under it says qWrtzKMPvbN84 and nothing else", ["qWrtzKMPvbN84"]),
    "both cases and a symbol, no digit": ("it's TRqwvZp^mKcBd, don't share it", ["TRqwvZp^mKcBd"]),
    "aws secret key alone": ("and this one? Zk3+9QvR0mT8yLw/2bXcN5pHs7JdE4uFa1GiK6oW", ["Zk3+9QvR0mT8yLw/2bXcN5pHs7JdE4uFa1GiK6oW"]),
    "after export": ("export GH=s@ndp1per42", ["s@ndp1per42"]),
    "curl user with an at sign": ("curl -u kofi:t@mb0urine7 https://api.example.org/v1", ["t@mb0urine7"]),
    "word joined to a year when logging in": ("the remote desktop one is gorse_1981 but it won't let me log in", ["gorse_1981"]),
    "creds": ("creds kwame.asante plover_2002 for the nas", ["plover_2002"]),
    "strong enough": ("is Brindle2019 strong enough for a bank?", ["Brindle2019"]),
    "printed key in a wifi message": ("everyone asks for the wifi, it's HT84KQ2M7Z by the way", ["HT84KQ2M7Z"]),
    "two words joined by a symbol": ("sign in with the family email and thistle!pebble", ["thistle!pebble"]),
    "code with an apostrophe s": ("note for the sitter: code's 4826 for the key safe", ["4826"]),
    "passcode put": ("the app wanted a 6-digit passcode and I put 730519", ["730519"]),
    "get in": ("my phone's on the desk, it's 914482 if you need to get in", ["914482"]),
    "pin after a dash": ("Wi-Fi – see router\nSky box PIN – 5163", ["5163"]),
    "screen code": ("sim PIN 2207, screen code 481930, both on a card", ["2207", "481930"]),
    "sms code in two groups": ("a text said 'your code is 318 472, never share it'", ["318 472"]),
    "value as the key": ("with marrowbonefern62 as the key the printer should connect", ["marrowbonefern62"]),
    "wrapped jwt": ("token from the log:\neyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJrb2ZpIiwicm9sZSI6ImFkbW\nluIn0.Qm9yZWFsLWZpbmNoLTQ0Ml9zaWduYXR1cmU",
                    ["eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJrb2ZpIiwicm9sZSI6ImFkbW\nluIn0.Qm9yZWFsLWZpbmNoLTQ0Ml9zaWduYXR1cmU"]),
    "word and number beside listed credentials": ("- email: Heron-Quartz-28\n- work: Winter2024#\n- gym app: pelican77\n\nwhich first?",
                                                  ["Heron-Quartz-28", "Winter2024#", "pelican77"]),
    "after a word ending in id": ("is this still valid: Mongoose7720&", ["Mongoose7720&"]),
    "ssh config user": ("Host bastion\n    HostName 203.0.113.7\n    User tkowalczyk\n", ["tkowalczyk"]),
    "curl user": ("curl -u amadou_diallo:Sq9!vLt2 https://example.org", ["amadou_diallo"]),
    "access log user": ("what is this?\n198.51.100.23 - nkemelu [04/Mar/2025:10:12:44 +0000] \"GET / HTTP/1.1\" 200", ["nkemelu"]),
    "handle named later": ("my Instagram handle got changed to adaeze.okafor overnight", ["adaeze.okafor"]),
    "someone called a handle": ("someone called rutendo_m22 keeps adding my son", ["rutendo_m22"]),
}


@pytest.mark.parametrize("case", sorted(LEAK_CASES))
def test_when_pii_of_rounds_12_and_13_then_no_value_survives(redactor, case):  # type: ignore[no-untyped-def]
    text, values = LEAK_CASES[case]
    redacted = redactor.redact_texts([text])[0].text
    assert [v for v in values if v in redacted] == []


KEEP_CASES = {
    "issue number": "see issue#4821 and order#10531 for the details",
    "time after at": "can we meet@3pm tomorrow instead?",
    "forum shouting": "Reminder!1 the deadline is friday!!1!",
    "markdown bold": "**Netflix** and **Tablet** are the two we share",
    "a famous weak password named as an example": "why do lists of common passwords have P@ssw0rd near the top?",
    "package at a version": "npm ERR! peer react@18.2.0 from @testing-library/react@14.1.2",
    "action at a version": "uses: appleboy/ssh-action@v1.0.3",
    "masked key with its tail": "the dashboard shows sk-proj-********************r3Io, is that mine?",
    "sops ciphertext": "db_password: ENC[AES256_GCM,data:Qk3mZ8+pLw2vT9xR,iv:YOYB/vUz9LoyD7V6nP6v6X25yEJUQfl1Me5xyqKI1Hc=,type:str]",
    "product names": "is the iPhone12ProMax or the Galaxy Note 20 better? w3schools says nothing",
    "question after a version": "does it run on Windows10?",
    "hex digest": "the commit is 3f9a2c1e7b4d and the image sha256:9b71d224bd62f378",
    "snake case with a year in code": "rename sales_2021 to sales_archive in the query",
    "published examples": "Binance's docs use NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j as the secret",
}


@pytest.mark.parametrize("case", sorted(KEEP_CASES))
def test_when_a_look_alike_of_rounds_12_and_13_then_no_secret_is_found(case):  # type: ignore[no-untyped-def]
    text = KEEP_CASES[case]
    found = [r for recognizer in (SecretRecognizer(), EntropySecretRecognizer()) for r in recognizer.analyze(text, ["SECRET"])]
    assert [(r.start, r.end) for r in found] == []


def test_when_stripe_puts_its_key_where_curl_wants_a_user_then_it_is_no_username():  # type: ignore[no-untyped-def]
    assert spans_of(UsernameRecognizer(), "curl https://api.stripe.com/v1/charges -u sk_test_4eC39HqLyjWDarjtT1zdp7dc:") == []
