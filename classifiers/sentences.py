"""Where the sentences of an assistant turn start, so the gate can read a turn sentence by sentence.

A long turn can show distress in one sentence inside otherwise helpful text ("...here is the
fix. Honestly, I'm finding this conversation upsetting. The next step is..."); the gate keeps that
sentence and the model reads it with the user context, so it is never averaged away.

Sentences end at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or brackets) followed by
white space, and at every line break, so markdown list items and headings are sentences too.
"""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"(?<=[.!?\u2026])[\"'\u201d\u2019)\]]*\s+|\s*\n\s*")


def sentence_starts(text: str) -> list[int]:
    """Character offsets where the sentences of ``text`` start; always begins with 0."""
    starts = [0]
    for match in _BOUNDARY.finditer(text):
        if 0 < match.end() < len(text) and match.end() > starts[-1]:
            starts.append(match.end())
    return starts
