"""Rules learned before the blind round 8 was written, from round 7's leftovers and the project's own
probes, each on the real redactor: passwords read aloud character by
character, sent in labelled pieces or named by what they open ("пароль от вайфая X"), values in a
list whose other lines hold credentials, keys of further providers, ``net user``, PUKs and
voicemail codes, a value after a password word with words before the colon or none at all, login
and password on lines of their own, hex keys in environment lines, passwords in more languages,
names quoted as values in SQL rows and spreadsheet formulas; and the look-alikes they must leave
alone. Failures name the case, never the text."""

from __future__ import annotations

import pytest

LEAK_CASES = {
    "password read aloud": ("mum read the router password to me as capital T, r, o, u, t, 7, two, hash sign. is that right?",
                            ["capital T, r, o, u, t, 7, two, hash sign"]),
    "nato spelling": ("the wifi code is bravo, kilo, seven, seven, echo, zulu", ["bravo, kilo, seven, seven, echo, zulu"]),
    "password in pieces": ("so it's not all in one message:\nfirst half: Pelican*83\nsecond half: quartz512?\nno space between",
                           ["Pelican*83", "quartz512?"]),
    "password for thing": ("пароль от роутера lantern.okapi.72 не подходит", ["lantern.okapi.72"]),
    "passwort fuer": ("Passwort für das WLAN Kiefer-Moos-55 geht nicht", ["Kiefer-Moos-55"]),
    "listed hex key": ("keys from the old wiki, still valid?\n• Linear — lin_api_Zq8HkP2mWd7RtY4nBv6XcJ1sLf9Ga3Ue\n"
                       "• Groq — gsk_Tb4Nw8Qe2Rm6Yp1Xk9Lc3Hd7Vf5Js0Gz\n"
                       "• Fireworks — 9a3f5c7e1b2d4f6a8c0e9b7d5f3a1c2e4b6d8f0a9c7e5b3d1f2a4c6e8b0d9f7a\n"
                       "• Sentry — sntrys_eyJpYXQiOjE3MDAwMDAwMDB9_Qm9PdXk3Tm1YcVp2",
                       ["9a3f5c7e1b2d4f6a8c0e9b7d5f3a1c2e4b6d8f0a9c7e5b3d1f2a4c6e8b0d9f7a"]),
    "databricks token in prose": ("the job fails with dapi3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e but works in the notebook",
                                  ["dapi3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e"]),
    "sql row names": ("INSERT INTO members (full_name, town) VALUES\n  ('Teodora Vlașin', 'Cluj'),\n  ('Kaveh Zand', 'Shiraz');",
                      ["Teodora Vlașin", "Kaveh Zand"]),
    "formula name": ('=IF(C4="Maelle Quéré","late","") flags nobody', ["Maelle Quéré"]),
    "net user": ("net user backupsvc Xr7!kPq2Lm /add", ["Xr7!kPq2Lm"]),
    "puk and voicemail": ("sim pin 4827, puk 93847561, and the voicemail code is 5521", ["4827", "93847561", "5521"]),
    "label with words before the colon": ("Senha do wifi: casaazul2020", ["casaazul2020"]),
    "same as another": ("my banking password is the same as my email one: Kiwi!9981", ["Kiwi!9981"]),
    "value right after the word": ("WiFi name is Casa_Lopez, password casa2019lopez", ["casa2019lopez"]),
    "adverb before the value": ("my password is literally password123", ["password123"]),
    "creds on their own lines": ("here are the creds\nm.ortiz\nPl4ntpot!", ["Pl4ntpot!"]),
    "hex key in env": ("OPENWEATHER=4f9e2a1b7c3d5e6f8a9b0c1d2e3f4a5b", ["4f9e2a1b7c3d5e6f8a9b0c1d2e3f4a5b"]),
    "dotted client secret": ("the client secret is 8Q~rT5bN.xY2vK9mL-pW4sH7jD1fG3aZ6cE0qU", ["8Q~rT5bN.xY2vK9mL-pW4sH7jD1fG3aZ6cE0qU"]),
    "password ending in a bang": ("I changed my password from Autumn2023! to Winter2024#", ["Autumn2023!", "Winter2024#"]),
    "turkish inflected word": ("şifrem Lale1990! ama giremiyorum", ["Lale1990!"]),
    "listed password without login": ("for dad's tablet:\n- netflix: dad@example.net / Heron#2020\n- prime: same login, Heron#1961\n"
                                      "- youtube: harlowe61 / Toucan44Mango", ["Heron#1961"]),
}


@pytest.mark.parametrize("case", sorted(LEAK_CASES))
def test_when_probe_pii_then_no_value_survives(redactor, case):  # type: ignore[no-untyped-def]
    text, values = LEAK_CASES[case]
    redacted = redactor.redact_texts([text])[0].text
    assert [v for v in values if v in redacted] == []


KEEP_CASES = {
    "letters without a password word": "the answers to the quiz were b, c, a, d, a, b in that order",
    "password advice": "the password for the router should be long, and a password manager helps",
    "labelled parts of an essay": "first part: the introduction\nsecond part: the method",
    "quoted places and titles in code": "rows = [('Buenos Aires', 5)]\nplt.title(\"Monthly Revenue\")",
    "connection string placeholder": "DATABASE_URL=postgres://app:${DB_PASSWORD}@localhost:5432/app",
    "commit in env": "COMMIT_SHA=4f9e2a1b7c3d5e6f8a9b0c1d2e3f4a5b6c7d8e9f",
    "password policy": "Password requirements: at least 12 characters",
    "listed package digests": "pinned wheels:\n- requests — 9a3f5c7e1b2d4f6a8c0e9b7d5f3a1c2e4b6d8f0a9c7e5b3d1f2a4c6e8b0d9f7a\n"
                              "- idna — 1c2e4b6d8f0a9c7e5b3d1f2a4c6e8b0d9f7a9a3f5c7e1b2d4f6a8c0e9b7d5f3a\n"
                              "- certifi — 5b3d1f2a4c6e8b0d9f7a9a3f5c7e1b2d4f6a8c0e9b7d5f3a1c2e4b6d8f0a9c7e",
}


@pytest.mark.parametrize("case", sorted(KEEP_CASES))
def test_when_a_probe_look_alike_then_it_is_left_alone(redactor, case):  # type: ignore[no-untyped-def]
    text = KEEP_CASES[case]
    assert redactor.redact_texts([text])[0].text == text
