"""Values a conversation repeats: redacted wherever they recur, once found anywhere in it."""

from __future__ import annotations

import regex

from privacy.recognizers.words import COMMON_WORDS
from privacy.regex_guard import finditer
from privacy.spans import Span, normalize_term

# Values echoed across a conversation: names and handles, plus anything long enough to be specific.
_ECHO_TYPES = frozenset({"PERSON", "USERNAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "SECRET", "ID_NUMBER", "URL",
                         "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "LOCATION", "DATE_OF_BIRTH"})
_ECHO_SCORE = 0.5


def email_name_parts(value: str) -> list[str]:
    """Name-like parts of an e-mail's local part ("anindita.mukherjee@x" -> anindita, mukherjee)."""
    local = value.split("@", 1)[0]
    return [p for p in regex.split(r"[._+-]+", local) if len(p) >= 4 and p.isalpha() and p.casefold() not in COMMON_WORDS]



def add_echoes(messages: list[str], found: list[list[Span]], allow: frozenset[str], timeout: float) -> list[list[Span]]:
    """Add a span wherever a value detected somewhere in the conversation occurs again.

    Covers names the assistant repeats after the user introduced them, a first name or surname
    alone after the full name, and a name as a word of a CamelCase hashtag. Name parts count only
    if capitalised, 3+ letters long, and not common words or allow-listed.
    """
    values: dict[str, str] = {}
    email_parts: set[str] = set()
    for text, spans in zip(messages, found):
        for s in spans:
            if s.entity_type not in _ECHO_TYPES:
                continue
            value = text[s.start:s.end].strip()
            if len(value) >= 3 and normalize_term(value) not in allow:
                values.setdefault(value, s.entity_type)
            if s.entity_type == "PERSON":
                for word in regex.findall(r"\p{Lu}[\p{Ll}'’-]{2,}", value):
                    if word.casefold() not in COMMON_WORDS and normalize_term(word) not in allow:
                        values.setdefault(word, "PERSON")
            if s.entity_type == "EMAIL_ADDRESS":
                for part in email_name_parts(value):
                    if normalize_term(part) not in allow:
                        email_parts.add(part.casefold())
    if not values and not email_parts:
        return found
    ordered = sorted(values, key=len, reverse=True)
    alternatives = [regex.escape(v) for v in ordered]
    # Parts of e-mail addresses match in any case: "anindita.mukherjee@..." then "(Anindita)".
    alternatives += ["(?i:" + regex.escape(p) + ")" for p in sorted(email_parts, key=len, reverse=True)]
    pattern = regex.compile(r"(?<![\w@.])(?:" + "|".join(alternatives) + r")(?![\w@]|\.\w)")
    kinds = {**{p: "PERSON" for p in email_parts}, **values}
    # Inside a CamelCase hashtag a name is one of its words: "#TeamAlusine", "#IanulaAndZainaba2025".
    names = [v for v in ordered if values[v] == "PERSON" and v[:1].isupper() and " " not in v]
    in_hashtag = regex.compile(r"(?<=#\w*)(?:" + "|".join(regex.escape(v) for v in names) + r")(?!\p{Ll})") if names else None
    out = []
    for text, spans in zip(messages, found):
        extra = [Span(m.start(), m.end(), kinds.get(m.group(), kinds.get(m.group().casefold(), "PERSON")), _ECHO_SCORE)
                 for m in finditer(pattern, text, timeout)]
        if in_hashtag is not None and "#" in text:
            extra += [Span(m.start(), m.end(), "PERSON", _ECHO_SCORE) for m in finditer(in_hashtag, text, timeout)]
        out.append(spans + extra if extra else spans)
    return out
