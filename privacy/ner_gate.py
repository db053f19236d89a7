"""Which texts the NER model must see: those with a capitalised word that could be a name.

The spaCy model is most of the redactor's time, and in chat many messages are written with
capitals where English wants them and capitalise only their sentence openers ("Can", "The",
"What") and "I": a writer who capitalises writes names capitalised too, so such a text holds no
name for the model, and it is skipped. Any other capitalised word (a name that opens a sentence,
"Sunita set up the server", an ALL-CAPS word, an opener that is not a common English word) sends
the text to the model, and so does a text written in lower case ("yesterday oluwaseun presented
my slides"), where the model still finds names that no cue introduces.
"""

from __future__ import annotations

import regex

from privacy.recognizers.words import COMMON_WORDS

_CAPITALISED = regex.compile(r"\p{Lu}[\p{L}'’]*")
# What may stand between a sentence boundary and its first word: spaces, quotes, brackets, bullets.
_OPENER = regex.compile(r"(?:\A|[.!?:;]\s|\n)[\s\"'“‘(\[*•>#-]*\Z")
_FIRST_LETTER = regex.compile(r"\p{L}")
_PRONOUN_I = frozenset({"I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll"})


def needs_ner(text: str) -> bool:
    """True if ``text`` is written in lower case (its first letter is), or holds a capitalised
    word other than "I" and common-word sentence openers."""
    first = _FIRST_LETTER.search(text)
    if first is None or not first.group().isupper():
        return first is not None
    for match in _CAPITALISED.finditer(text):
        word = match.group()
        if word in _PRONOUN_I:
            continue
        start = match.start()
        if word.lower() in COMMON_WORDS and word[1:].islower() and \
                _OPENER.search(text, max(0, start - 12), start) is not None:
            continue
        return True
    return False
