"""Round 5 of the redaction rules, each on the real redactor: names in chat exports, after kinship
words and in lists after a people cue (and never a lower-case everyday word from ``name_words.txt``); user names in shell prompts, ``ls -l`` and ``/user:``;
credentials in URL queries, cookies and PowerShell; and the look-alikes they must leave alone.
Failures name the case, never the text."""

from __future__ import annotations

import pytest

from privacy.spans import apply_policy, Span

LEAK_CASES = {
    "whatsapp speaker": ("[14/03/24, 21:07] Bronwen ap Hywel: are we still on for sunday?", ["Bronwen ap Hywel"]),
    "android whatsapp speaker": ("03/02/2024, 09:15 - Tavita Leiataua: running late", ["Tavita Leiataua"]),
    "slack speaker with time": ("pasted from slack:\nZdenka Hrubá  10:44 AM\non it after lunch", ["Zdenka Hrubá"]),
    "kinship word": ("Aunty Nimco sent money for my graduation, what should I write?", ["Nimco"]),
    "lower-case invite list": ("invite list: halldóra, ceinwen, vaiva and maybe sigrún if she's back",
                               ["halldóra", "ceinwen", "vaiva", "sigrún"]),
    "surname-first attendees": ("attendees: andrianina, fara; zubizarreta, koldo. please format", ["andrianina, fara",
                                                                                                  "zubizarreta, koldo"]),
    "shell prompt user": ("terminal shows kestrel.vane@MacBook-Air ~ % before every command", ["kestrel.vane"]),
    "ls owner": ("-rw-r--r--  1 mossbank77  staff  4096 Mar  3 10:12 notes.txt", ["mossbank77"]),
    "net use user": ("net use Z: \\\\nas01\\family /user:HOME\\ilka_varga91 Pw4Home!x /persistent:yes", ["ilka_varga91",
                                                                                                         "Pw4Home!x"]),
    "sas signature": ("https://acct.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=Qx7mZ2pL9vR4tY8wK3nB6cD1fG5hJ0aS%3D",
                      ["Qx7mZ2pL9vR4tY8wK3nB6cD1fG5hJ0aS%3D"]),
    "session cookie": ("curl https://portal.example.edu -b 'sessionid=7k2m9x4q1z8w3r6t5y0u2i4o; lang=en'",
                       ["7k2m9x4q1z8w3r6t5y0u2i4o"]),
    "wp-config define": ("define( 'DB_PASSWORD', 'wombatfig42' );", ["wombatfig42"]),
    "powershell secure string": ('$s = ConvertTo-SecureString "3edc4rfvotter7" -AsPlainText -Force', ["3edc4rfvotter7"]),
    "japanese password": ("ルーターのパスワードは「Kestrel!8842」です。", ["Kestrel!8842"]),
    "portuguese wifi password": ("a senha do wi-fi é %rT7_wq^Lm2x, anota pra visita", ["%rT7_wq^Lm2x"]),
}


@pytest.mark.parametrize("case", sorted(LEAK_CASES))
def test_when_round5_pii_then_no_value_survives(redactor, case):  # type: ignore[no-untyped-def]
    text, values = LEAK_CASES[case]
    redacted = redactor.redact_texts([text])[0].text
    assert [v for v in values if v in redacted] == []


KEEP_CASES = {
    "docs url": "the guide at https://docs.github.com/en/authentication/managing-your-personal-access-tokens says so",
    "tutorial url password": "the tutorial says postgresql://user:password@localhost:5432/mydb, what goes there?",
    "masked keys": ".env.example\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nSENDGRID_API_KEY=SG.xxxxx",
    "otpauth template": "otpauth://totp/{label}?secret={base32}&issuer={issuer} as a qr code in python?",
    "age public key": "sops recipient: age1glfzsqv8d2x75x77u2w96ddg7lcvg6ejcrq6nanrlsx6plpusl4skxeth5 is the public half",
    "github issue word": "is it safe to paste my public key in the github issue?",
    "lorem ipsum": "Lorem ipsum dolor sit amet, consectetur adipiscing elit - what language is this?",
    "version number": "after chrome updated to 124.0.6367.91 the extension stopped loading",
    "kubernetes state": "the pod is stuck in CrashLoopBackOff after the deploy",
    "lower-case words that are names elsewhere": "and sad kinda said it was worth a lot, mate. tho it was ages ago",
    "chat openers, a platform and an emoji": "Kinda wild. Idk why Reddit took it down ❤️ Hang in there",
}


@pytest.mark.parametrize("case", sorted(KEEP_CASES))
def test_when_a_look_alike_then_it_is_left_alone(redactor, case):  # type: ignore[no-untyped-def]
    text = KEEP_CASES[case]
    assert redactor.redact_texts([text])[0].text == text


def test_when_a_french_phone_has_dots_then_it_is_not_taken_for_a_version():
    text = "ring me on 07.49.66.67.81 or 1.415.555.0132"
    spans = [Span(11, 25, "PHONE_NUMBER", 0.5), Span(29, 43, "PHONE_NUMBER", 0.5)]
    assert apply_policy(text, spans, frozenset(), False) == spans
