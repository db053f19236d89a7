"""Where the sentences of an assistant turn start, so the encoder can pool each sentence apart.

A long turn can show distress in one sentence inside otherwise helpful text ("...here is the
fix. Honestly, I'm finding this conversation upsetting. The next step is..."); a mean over the
whole turn dilutes that sentence. The encoder pools the tokens of each sentence separately (from
the same forward pass), and the head reads the strongest sentence alongside the whole turn.

Sentences end at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or brackets) followed by
white space, and at every line break, so markdown list items and headings are sentences too.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

_BOUNDARY = re.compile(r"(?<=[.!?\u2026])[\"'\u201d\u2019)\]]*\s+|\s*\n\s*")


def sentence_starts(text: str) -> list[int]:
    """Character offsets where the sentences of ``text`` start; always begins with 0."""
    starts = [0]
    for match in _BOUNDARY.finditer(text):
        if 0 < match.end() < len(text) and match.end() > starts[-1]:
            starts.append(match.end())
    return starts


def sentence_of_tokens(text: str, token_starts: Sequence[int]) -> list[int]:
    """The index of the sentence each token belongs to, from the tokens' start offsets in ``text``."""
    starts = sentence_starts(text)
    return [bisect.bisect_right(starts, s) - 1 for s in token_starts]
