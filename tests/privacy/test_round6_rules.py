"""Round 6 of the redaction rules, each on the real redactor: credentials in tables, service lists,
one-time codes, grouped keys and keychain output; ids with check digits (Turkish, Belgian,
Chinese); user names from ``id``, domain logins and tables; people in vCards, shortlogs, chat
logs, note bullets, pairing lists, tables and occasion requests; and what they must leave alone.
Failures name the case, never the text."""

from __future__ import annotations

import pytest

LEAK_CASES = {
    "credential table": ("| thing | login | password |\n|---|---|---|\n| router | admin | i<3mango71 |\n"
                         "| NAS | kelpfern | Quince88? |", ["i<3mango71", "kelpfern", "Quince88?"]),
    "service list": ("- netflix: me@mailbox.org / Marmoset@2020\n- spotify: fernlo88 / Oboe44Kumquat",
                     ["Marmoset@2020", "fernlo88", "Oboe44Kumquat"]),
    "sms code": ("G-481920 is your Google verification code", ["481920"]),
    "grouped key": ("can't scan? enter this key: 3mxq 7rtd kp42 vv6n zq2a lm5b", ["3mxq 7rtd kp42 vv6n zq2a lm5b"]),
    "app password": ("user ana@mailbox.org\npassword qwer tyui opas dfgh\nmsmtp: auth failed", ["qwer tyui opas dfgh"]),
    "keychain": ('$ security find-generic-password -wa "Home5G"\nmy<3guava07\n\nhow do i', ["my<3guava07"]),
    "turkish id": ("my TC kimlik no is 10000000146, is that safe?", ["10000000146"]),
    "chinese id": ("身份证号 11010519491231002X for the form", ["11010519491231002X"]),
    "id command": ("uid=1000(SaffronKite7) gid=1000(SaffronKite7) groups=1000(SaffronKite7),27(sudo)", ["SaffronKite7"]),
    "domain login": ("the login screen wants CORP\\moss_arvid42 but i only know my email", ["moss_arvid42"]),
    "vcard": ("BEGIN:VCARD\nFN:Tsegaye Bekele\nN:Bekele;Tsegaye;;;\nEND:VCARD", ["Tsegaye", "Bekele"]),
    "shortlog": ("$ git shortlog -sn\n   212\tKarma Wangmo\n    87\tIsaura Quispe", ["Karma Wangmo", "Isaura Quispe"]),
    "timed chat log": ("[09:02] Leaupepe, Sina\nwho has the key?\n[09:04] Nuorgam, Ánde\nme", ["Leaupepe, Sina", "Nuorgam, Ánde"]),
    "note bullets": ("- **Txiaj Lis** books the venue by Friday.\n- Qhapaq hasn't replied yet", ["Txiaj Lis", "Qhapaq"]),
    "pairing list": ("Tobias → Yupanqui\nYupanqui → Florica\nFlorica → Tobias", ["Yupanqui"]),
    "people table": ("| who | task |\n|---|---|\n| Itzel | roof |\n| Ikaika | newsletter |", ["Itzel", "Ikaika"]),
    "occasion": ("Here's a birthday message for Amaru:\n\nHappy birthday, Amaru!", ["Amaru"]),
    "spanish address": ("la dirección es Los Aromos 2271, Piso 2 Dto. B, C1414 CABA, el timbre no anda", ["Los Aromos 2271"]),
}


@pytest.mark.parametrize("case", sorted(LEAK_CASES))
def test_when_round6_pii_then_no_value_survives(redactor, case):  # type: ignore[no-untyped-def]
    text, values = LEAK_CASES[case]
    redacted = redactor.redact_texts([text])[0].text
    assert [v for v in values if v in redacted] == []


KEEP_CASES = {
    "placeholder email": "in the docs they use user@example.com and test@example.org, which is right?",
    "wireguard public key": "is it safe to send my wireguard public key ubxnK0C+xjpewXrO24svJGz9L2OqM0xVLWvftMZ4zKs= to the admin?",
    "fictional characters": "compare Hermione Granger and Katniss Everdeen as heroines",
    "steps with arrows": "go to Settings → Privacy → Location and turn it off",
    "tech bullet": "- Docker needs more memory\n- Redis hasn't started",
}


@pytest.mark.parametrize("case", sorted(KEEP_CASES))
def test_when_a_round6_look_alike_then_it_is_left_alone(redactor, case):  # type: ignore[no-untyped-def]
    text = KEEP_CASES[case]
    assert redactor.redact_texts([text])[0].text == text
