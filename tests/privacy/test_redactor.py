"""The redactor with the real spaCy model and Presidio (built once per session in conftest)."""

import logging
import pickle
import random
import string

import pytest
from presidio_analyzer import Pattern

from privacy.pseudonyms import Pseudonymizer
from privacy.recognizers.config_secret_recognizer import ConfigSecretRecognizer
from privacy.redactor import FAILED_PLACEHOLDER, Redactor, redact
from privacy.settings import RedactionSettings
from schemas import Conversation, DeadLetter, Message, RedactedConversation, SourcePointer
from tests.privacy.conftest import TEST_KEY


def conv(cid: str, *turns: str, account: str | None = "acct-1", row: int = 1) -> Conversation:
    roles = ["user", "assistant"]
    return Conversation(cid, tuple(Message(roles[i % 2], t) for i, t in enumerate(turns)), account_id=account,
                        source=SourcePointer("logs/x.jsonl", row))


def test_when_value_repeats_in_conversation_then_same_placeholder(redactor):
    [out] = redactor.redact_batch([conv(
        "c1",
        "My email is maria.lopez@example.org, and my friend's is tom.b@example.net.",
        "I'll write to maria.lopez@example.org first.",
    )])
    assert isinstance(out, RedactedConversation)
    assert out.messages[0].content == "My email is <EMAIL_ADDRESS_1>, and my friend's is <EMAIL_ADDRESS_2>."
    assert out.messages[1].content == "I'll write to <EMAIL_ADDRESS_1> first."
    assert out.entity_counts["EMAIL_ADDRESS"] == 3


def test_when_assistant_echoes_introduced_name_then_it_is_redacted_consistently(redactor):
    [out] = redactor.redact_batch([conv(
        "c2",
        "Hi, my name is Oluwaseun Adeyemi and I need help with a letter.",
        "Of course, Oluwaseun! I'm Claude. Let's write it together, Oluwaseun.",
    )])
    assert "Oluwaseun" not in out.messages[1].content
    assert "<PERSON_1>" in out.messages[0].content and "<PERSON_1>" in out.messages[1].content
    assert "Claude" in out.messages[1].content  # allow list


def test_when_two_conversations_then_numbering_restarts_and_reveals_nothing(redactor):
    a, b = redactor.redact_batch([conv("a", "write to ann@example.org"), conv("b", "write to bob@example.org")])
    assert a.messages[0].content == b.messages[0].content == "write to <EMAIL_ADDRESS_1>"


def test_when_redacted_then_ids_are_keyed_pseudonyms_and_raw_ids_are_gone(redactor):
    [out] = redactor.redact_batch([conv("conv-raw-id-77", "hello there", account="acct-raw-99")])
    pseudo = Pseudonymizer(TEST_KEY)
    assert out.conversation_key == pseudo.conversation_key("conv-raw-id-77")
    assert out.account_key == pseudo.account_key("acct-raw-99", "conv-raw-id-77")
    row = str(out.to_row())
    assert "conv-raw-id-77" not in row and "acct-raw-99" not in row


def test_when_batch_has_many_kinds_of_pii_then_none_survive(redactor):
    values = ["4111 1111 1111 1111", "DE89 3704 0044 0532 0130 00", "078-05-1120", "10.20.30.40",
              "ghp_yVVVTnQ4pnEf4sysVHIGSWZoow2STPTSbMpY", "+44 20 7946 0958", "jane.doe@example.com"]
    text = ("card 4111 1111 1111 1111, iban DE89 3704 0044 0532 0130 00, ssn 078-05-1120, server 10.20.30.40, "
            "token ghp_yVVVTnQ4pnEf4sysVHIGSWZoow2STPTSbMpY, phone +44 20 7946 0958, mail jane.doe@example.com")
    [out] = redactor.redact_batch([conv("c3", text)])
    assert not [v for v in values if v in out.messages[0].content]


def test_when_no_pii_then_text_is_unchanged(redactor):
    text = "I started the course two days ago. Are you ChatGPT or Llama? Compare v4.13.0 with v1.17.14."
    [out] = redactor.redact_batch([conv("c4", text)])
    assert out.messages[0].content == text and out.entity_counts == {}


def test_when_texts_redacted_then_spans_point_into_the_original(redactor):
    text = "Thanks, Kwame. I've updated your number to +34 621 075 564."
    [res] = redactor.redact_texts([text])
    found = {text[s.start:s.end]: s.entity_type for s in res.spans}
    assert found.get("Kwame") == "PERSON" and found.get("+34 621 075 564") == "PHONE_NUMBER"
    assert "Kwame" not in res.text and "621 075" not in res.text


def test_when_message_too_long_then_dead_letter_without_text(redactor):
    limit = redactor.settings.max_message_chars
    secret_text = "zebra-canary " * (limit // 13 + 2)
    out = redactor.redact_batch([conv("ok", "fine"), conv("long", secret_text, row=7), conv("ok2", "fine")])
    assert isinstance(out[0], RedactedConversation) and isinstance(out[2], RedactedConversation)
    dead = out[1]
    assert isinstance(dead, DeadLetter)
    assert (dead.stage, dead.reason, dead.source_file, dead.source_row) == ("redact", "redaction_failed", "logs/x.jsonl", 7)
    assert "zebra" not in dead.message


def test_when_non_english_then_language_is_recorded_and_patterns_still_apply(redactor):
    text = "Hallo, ich habe ein Problem mit meiner Wohnung. Meine E-Mail ist klaus.meier@example.de und der Vermieter antwortet nicht."
    [out] = redactor.redact_batch([conv("de", text)])
    assert out.language == "de"
    assert "klaus.meier@example.de" not in out.messages[0].content


def test_when_empty_or_whitespace_messages_then_no_crash(redactor):
    [out] = redactor.redact_batch([conv("e", "", "   \n", "ok")])
    assert [m.content for m in out.messages] == ["", "   \n", "ok"]


def test_when_redacting_then_logs_carry_no_text(redactor, caplog):
    caplog.set_level(logging.DEBUG)
    redactor.redact_batch([conv("log", "my name is Xanthippe Quarrington, mail xq@example.org")])
    assert "Xanthippe" not in caplog.text and "xq@example.org" not in caplog.text


def test_when_batch_processed_then_spacy_string_store_stays_flat(redactor):
    nlp = redactor._nlp_engine.get_nlp()
    rng = random.Random(0)
    words = lambda: " ".join("".join(rng.choices(string.ascii_lowercase, k=9)) for _ in range(30))  # noqa: E731
    redactor.redact_batch([conv("warm", words())])
    before = len(nlp.vocab.strings)
    redactor.redact_batch([conv(f"m{i}", words(), words()) for i in range(20)])
    assert len(nlp.vocab.strings) == before  # 1,200 new words, none kept: the memory zone works


def test_when_loaded_then_only_the_ner_component_runs(redactor):
    assert redactor._nlp_engine.get_nlp().pipe_names == ["ner"]


def test_when_pickled_before_and_after_setup_then_only_settings_and_pseudonymizer_travel(redactor):
    clone = pickle.loads(pickle.dumps(redactor))
    assert clone.settings == redactor.settings and clone._analyzer is None
    assert "test-key" not in repr(clone)


def test_when_stage_function_called_then_same_as_batch(redactor):
    c = conv("s", "mail me at stage@example.org")
    assert redact(c, redactor) == redactor.redact_batch([c])[0]


@pytest.fixture(scope="module")
def slow_redactor():
    r = Redactor(RedactionSettings(regex_timeout_seconds=0.05), Pseudonymizer(TEST_KEY)).setup()
    evil = ConfigSecretRecognizer(patterns=[Pattern("catastrophic", r"(a|aa)+$", 0.9)], timeout=0.05)
    # Texts are analysed by the variant without the recognizers they cannot trigger: add the
    # pattern to the variant of every text these tests use.
    variants = {id(a): a for a in (r._analyzers.for_text(t) for t in ("hello", "a" * 60 + "b"))}
    for analyzer in variants.values():
        analyzer.registry.add_recognizer(evil)
    return r


def test_when_a_pattern_times_out_then_only_that_conversation_is_dead_lettered(slow_redactor):
    out = slow_redactor.redact_batch([conv("fine", "hello"), conv("evil", "a" * 60 + "b", row=3)])
    assert isinstance(out[0], RedactedConversation)
    assert isinstance(out[1], DeadLetter) and out[1].reason == "redaction_timeout" and out[1].source_row == 3
    assert "aaaa" not in out[1].message


def test_when_a_text_times_out_then_redact_texts_returns_no_clear_text(slow_redactor):
    [res] = slow_redactor.redact_texts(["a" * 60 + "b"])
    assert res.text == FAILED_PLACEHOLDER and res.spans[0].end == 61
