import pickle
import re

import pytest

from privacy.pseudonyms import Pseudonymizer

KEY = b"k" * 32


def test_when_same_id_and_key_then_same_pseudonym():
    assert Pseudonymizer(KEY).conversation_key("c1") == Pseudonymizer(KEY).conversation_key("c1")


def test_when_key_differs_then_pseudonym_differs():
    assert Pseudonymizer(KEY).conversation_key("c1") != Pseudonymizer(b"j" * 32).conversation_key("c1")


def test_when_pseudonym_made_then_it_has_prefix_and_32_hex_chars():
    p = Pseudonymizer(KEY)
    assert re.fullmatch(r"c_[0-9a-f]{32}", p.conversation_key("c1"))
    assert re.fullmatch(r"a_[0-9a-f]{32}", p.account_key("acct", "c1"))


def test_when_same_string_used_as_conversation_and_account_then_digests_differ():
    p = Pseudonymizer(KEY)
    assert p.conversation_key("x")[2:] != p.account_key("x", "other")[2:]


def test_when_account_missing_then_conversation_is_its_own_account():
    p = Pseudonymizer(KEY)
    solo = p.account_key(None, "c1")
    assert solo == p.account_key(None, "c1")
    assert solo != p.account_key(None, "c2")
    assert solo != p.account_key("c1", "c1")  # domain-separated from a real account named like it
    assert solo[2:] != p.conversation_key("c1")[2:]


def test_when_two_conversations_share_an_account_then_account_keys_match():
    p = Pseudonymizer(KEY)
    assert p.account_key("acct", "c1") == p.account_key("acct", "c2")


def test_when_repr_or_pickled_then_key_is_not_shown_and_pickle_roundtrips():
    p = Pseudonymizer(KEY)
    assert "kkkk" not in repr(p) and "kkkk" not in str(p)
    clone = pickle.loads(pickle.dumps(p))
    assert clone.conversation_key("c1") == p.conversation_key("c1")


def test_when_key_empty_then_error_names_the_key():
    with pytest.raises(ValueError, match="key"):
        Pseudonymizer(b"")
