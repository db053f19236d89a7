"""Make Presidio's dependencies run with no network access.

Presidio's e-mail recognizer validates domains with ``tldextract``, whose module-level extractor
fetches the public-suffix list over HTTP on first use unless told otherwise. We point it at no
URLs, so it uses the snapshot bundled in the ``tldextract`` wheel. Call :func:`ensure_offline`
before anything builds an analyzer; it is idempotent and cheap.
"""

from __future__ import annotations

import os

_ENV = "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"


def ensure_offline() -> None:
    """Configure ``tldextract`` (and so Presidio) to never fetch anything.

    Sets ``TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS`` to the empty string (read when ``tldextract`` is
    first imported) and also clears the URL list of the already-built module-level extractor, for
    the case where something imported ``tldextract`` before us.
    """
    os.environ[_ENV] = ""
    import tldextract.tldextract as tld  # imported here: the env var must be set first

    tld.TLD_EXTRACTOR.suffix_list_urls = ()
    tld.TLD_EXTRACTOR.fallback_to_snapshot = True


def is_offline() -> bool:
    """True when the module-level ``tldextract`` extractor has no URL to fetch from."""
    import tldextract.tldextract as tld

    return tld.TLD_EXTRACTOR.suffix_list_urls == () and tld.TLD_EXTRACTOR.fallback_to_snapshot
