"""Keyed HMAC-SHA256 pseudonyms for conversation and account ids."""

from __future__ import annotations

import hashlib
import hmac

_CONVERSATION_TAG = b"expression-miner/conversation/v1\x00"
_ACCOUNT_TAG = b"expression-miner/account/v1\x00"
# A conversation without an account id is its own account; a separate tag keeps its account
# pseudonym unlinkable to its conversation pseudonym and to any real account's pseudonym.
_SOLO_ACCOUNT_TAG = b"expression-miner/solo-account/v1\x00"
_HEX_CHARS = 32


class Pseudonymizer:
    """Maps ids to stable pseudonyms under a secret key.

    The same key gives the same pseudonyms on every run and worker, so accounts can be counted
    across runs; without the key the pseudonyms cannot be linked back to ids. Picklable (Beam
    ships it to workers); ``repr`` never shows the key.

    Args:
        key: The HMAC key (see :func:`privacy.keys.load_key`).
    """

    def __init__(self, key: bytes):
        if not isinstance(key, bytes) or not key:
            raise ValueError("key must be non-empty bytes")
        self._key = key

    def __repr__(self) -> str:
        return "Pseudonymizer(key=<hidden>)"

    def _digest(self, tag: bytes, value: str) -> str:
        return hmac.new(self._key, tag + value.encode("utf-8"), hashlib.sha256).hexdigest()[:_HEX_CHARS]

    def conversation_key(self, conversation_id: str) -> str:
        """``"c_"`` + 32 hex characters of HMAC-SHA256 over the tagged conversation id."""
        return "c_" + self._digest(_CONVERSATION_TAG, conversation_id)

    def account_key(self, account_id: str | None, conversation_id: str) -> str:
        """``"a_"`` + 32 hex characters; a missing account id makes the conversation its own account."""
        if account_id is None:
            return "a_" + self._digest(_SOLO_ACCOUNT_TAG, conversation_id)
        return "a_" + self._digest(_ACCOUNT_TAG, account_id)
