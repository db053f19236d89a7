"""Word lists shared by the recognizers (no recognizer here)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

_EXTRA_COMMON = """
locked disabled blocked suspended banned hacked deleted correct incorrect wrong invalid taken required field
name password login logged account user email address number phone mobile there here please thanks thank
hello hi hey dear sure okay ok yes no maybe sorry great good nice fine well today tomorrow yesterday tonight
morning evening afternoon night week month year day time now then soon later again still just really very
help issue problem error question answer code file line data test example sample default null none true false
new old first last next final other same different right left best better worse world everyone everybody
someone somebody anyone team guys folks all friend friends family mom mum dad sir madam lady man woman people
support admin manager boss doctor teacher student customer client service system server app application
api key token secret access private public home work office school university college company business
expired reset changed updated weak strong short saved stored hashed encrypted visible hidden leaked compromised
stolen forgotten lost working broken accepted rejected set empty blank case sensitive protected manager
page screen form button link prompt window portal details info asap anytime staff billing accounts sales finance
reception department lorem ipsum
idk nah yup yep nope lmao lol haha hahaha omg tbh imo imho smh btw edit dang damn yeah ugh wow hmm congrats ikr
ngl bruh
""".split()

COMMON_WORDS: frozenset[str] = frozenset(w.lower() for w in STOP_WORDS) | frozenset(_EXTRA_COMMON)
"""Lower-case English function words and everyday words that are never a user name or a name."""

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
MONTH_RE = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
            r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
            r"octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|"
            r"mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\.?")
"""A month name or abbreviation in English, French, German or Spanish (use case-insensitively)."""

DATE_RE = (
    r"(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}"                                   # 1991-09-19
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"                                    # 20/1/80, 09.03.1962
    r"|\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+" + MONTH_RE + r",?\s+\d{2,4}"  # 15th of June 2003
    r"|" + MONTH_RE + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"              # August 10, 1948
    r"|" + MONTH_RE + r"\s+\d{1,2}(?:st|nd|rd|th)?\b"                       # June 24
    r"|\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+" + MONTH_RE + r"(?![a-z]))"    # 24th of June
)
"""A calendar date with day and month (year optional), in the common written orders."""

_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae", "’": "'"})


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """``word`` without diacritics ("Nguyễn" -> "Nguyen", "Đặng" -> "Dang").

    Cached: the name recognizers fold every word of every message, and words repeat a lot."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_FOLD_EXTRA))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
