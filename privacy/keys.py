"""The pseudonym key: read from the environment or a key file, never written anywhere."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "EXPRESSION_MINER_KEY"
MIN_KEY_BYTES = 16


class MissingKeyError(Exception):
    """No usable pseudonym key. The message names the source and the rule, never the key."""


def load_key(key_file: Path | str | None = None) -> bytes:
    """Return the HMAC key for pseudonyms.

    Args:
        key_file: A file holding the key (surrounding whitespace is stripped). When given, it is
            the only source; when None, the environment variable ``EXPRESSION_MINER_KEY`` is used.

    Returns:
        The key as UTF-8 bytes.

    Raises:
        MissingKeyError: the source is missing, unreadable, or shorter than 16 bytes.
    """
    if key_file is not None:
        path = Path(key_file)
        try:
            raw = path.read_bytes()
        except OSError as err:
            raise MissingKeyError(f"key file {path} cannot be read ({type(err).__name__})") from None
        key = raw.strip()
        source = f"key file {path}"
    else:
        value = os.environ.get(ENV_VAR)
        if value is None or not value.strip():
            raise MissingKeyError(
                f"no pseudonym key: set the environment variable {ENV_VAR} or pass a key file"
            )
        key = value.strip().encode("utf-8")
        source = f"environment variable {ENV_VAR}"
    if len(key) < MIN_KEY_BYTES:
        raise MissingKeyError(f"pseudonym key from {source} is too short: it must be at least {MIN_KEY_BYTES} bytes")
    return key
