"""Round 7 of the redaction rules, each on the real redactor: codes of safes and doors, passwords a
device refuses or was just set to, generated passphrases and wallet word lists, wallet private keys,
secrets handed to client constructors, user names from ``whoami``, ``sudo``, ``ps`` and SQL
accounts, people in ticket fields, JSON payloads, booking records and bank statements, Romanian and
Korean ids, German birth dates; and the look-alikes they must leave alone. Failures name the case,
never the text."""

from __future__ import annotations

import pytest

LEAK_CASES = {
    "room safe": ("set the room safe to 58213 and now it says ERROR", ["58213"]),
    "door and lockbox": ("the inner door is 0912, spare key's in the lockbox under the stairs (47106).", ["0912", "47106"]),
    "refused password": ("it keeps rejecting Walrus#58 even though that's what I set", ["Walrus#58"]),
    "generated passphrase": ("bitwarden generated kettle-otter-mosaic-lantern-quiver for me", ["kettle-otter-mosaic-lantern-quiver"]),
    "wallet words": ("these are the 12 words it showed me: orbit velvet cactus harbor pickle summit walnut glacier "
                     "tundra violin copper lagoon", ["orbit velvet cactus harbor pickle summit walnut glacier tundra violin copper lagoon"]),
    "wallet key": ("imported my key into metamask: 0x3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d2f4a",
                   ["0x3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d2f4a"]),
    "client literal": ('dg := deepgram.NewClient("9c4e1a7b3d5f2e8c6a0b4d9f1e3c5a7b")', ["9c4e1a7b3d5f2e8c6a0b4d9f1e3c5a7b"]),
    "whoami and sudo": ("$ whoami\nmarrow_teal31\n$ sudo ls\n[sudo] password for marrow_teal31:", ["marrow_teal31"]),
    "sql account": ("CREATE USER 'fennrik'@'%' IDENTIFIED BY 'x';", ["fennrik"]),
    "ticket fields": ("SUP-1 Printer jams\nReporter: Ruqaya Haddad\nAssignee: Tamatea Ngata", ["Ruqaya Haddad", "Tamatea Ngata"]),
    "json person": ('{"id": 8812, "displayName": "Ilse Vermeulen", "manager": {"displayName": "Kebede Alemu"}}',
                    ["Ilse Vermeulen", "Kebede Alemu"]),
    "booking record": ("PASSENGER: DORJI/PEMA MR\nFROM: DOH TO: JNB", ["DORJI/PEMA"]),
    "bank statement": ("FPS PAYMENT TO K NAIVALU REF RENT MARCH -650.00", ["K NAIVALU"]),
    "romanian cnp": ("CNP-ul meu e 2670312066524, do I put it on the form?", ["2670312066524"]),
    "korean rrn": ("주민등록번호 700226-1787091 for the hotel", ["700226-1787091"]),
    "german birth date": ("Anmeldung: geb. 28.10.2004 in Skopje", ["28.10.2004"]),
}


@pytest.mark.parametrize("case", sorted(LEAK_CASES))
def test_when_round7_pii_then_no_value_survives(redactor, case):  # type: ignore[no-untyped-def]
    text, values = LEAK_CASES[case]
    redacted = redactor.redact_texts([text])[0].text
    assert [v for v in values if v in redacted] == []


KEEP_CASES = {
    "transaction hash": "tx 0x57dbc23206c76397086125599205599f5b879c1aa91e891322b79609b2b74fda is stuck pending",
    "kubernetes pod": "pod payments-api-deployment-7f9c8d6b5-x2k4p restarted twice",
}


@pytest.mark.parametrize("case", sorted(KEEP_CASES))
def test_when_a_round7_look_alike_then_it_is_left_alone(redactor, case):  # type: ignore[no-untyped-def]
    text = KEEP_CASES[case]
    assert redactor.redact_texts([text])[0].text == text
