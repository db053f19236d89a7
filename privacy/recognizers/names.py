"""Given-name and surname gazetteers shared by the name recognizers (no recognizer here).

Built once at import (a few milliseconds) from the shipped lists in ``data/``: Faker-derived
``first_names.txt`` and ``surnames.txt`` and the nam_dict-derived ``nam_dict_first_names.txt``
(romanised Persian, Central Asian and other given names Faker lacks; see ``build_gazetteer.py``) plus the hand-kept
``extra_first_names.txt`` and ``extra_surnames.txt`` (romanised East Asian, South Asian, African
and Arabic names that Faker lacks or holds only in native script).
"""

from __future__ import annotations

from pathlib import Path

from privacy.recognizers.words import COMMON_WORDS, fold

_DATA = Path(__file__).resolve().parent / "data"
def _load_all(*files: str) -> frozenset[str]:
    words: set[str] = set()
    for name in files:
        for line in (_DATA / name).read_text(encoding="utf-8").split("\n"):
            if line and not line.startswith("#"):
                words.update(w.lower() for w in line.split())
    return frozenset(words | {fold(w) for w in words})


def _load(*files: str) -> frozenset[str]:
    return _load_all(*files) - COMMON_WORDS


_FIRST_NAME_FILES = ("first_names.txt", "extra_first_names.txt", "nam_dict_first_names.txt")

FIRST_NAMES: frozenset[str] = _load(*_FIRST_NAME_FILES)
"""Lower-cased given names (with accent-free copies), minus common English words."""

WORD_NAMES: frozenset[str] = _load_all(*_FIRST_NAME_FILES) & COMMON_WORDS
"""Given names that are also common English words ("Can", "Grace", "Will"): names only right
after a self-introduction ("I'm Can, by the way")."""

NAME_WORDS: frozenset[str] = _load_all("name_words.txt")
"""Given names that chat users write in lower case as everyday words ("said", "kinda", "sad"):
never a name when written in lower case (see ``build_gazetteer.py``)."""

ENGLISH_WORDS: frozenset[str] = _load_all("english_words.txt") | COMMON_WORDS
"""Everyday English words (see ``build_gazetteer.py``): a capitalised word outside this set, in a
slot only a person fills, is taken for a name even when no name list holds it."""

SURNAMES: frozenset[str] = _load("surnames.txt", "extra_surnames.txt")
"""Lower-cased surnames (with accent-free copies), minus common English words."""


KOREAN_SYLLABLES: frozenset[str] = frozenset("""
a ah bin bo bok chae chan chang cheol chul da dae do dong eun gi gyu ha hae han hee ho hoon hwa hwan hye hyeon
hyo hyuk hyun hyung il in ja jae jeong ji jin jong joo joon ju jun jung ki kyu kyung mi min myung na nam ra rim
ryung sang se seo seok seon seong seul seung shin sik so sol soo sook su suk sun sung tae won woo woong ye yeon
yeong yong young yoon yu yun
""".split())
"""Romanised syllables of Korean given names: "Hyun-ah" and "Seung-woo" are two of them joined by a hyphen."""


def is_given_name(word: str) -> bool:
    """True if ``word`` (any case, accents optional) is a known given name, or a hyphenated pair
    of Korean given-name syllables."""
    low = word.lower()
    if low in FIRST_NAMES or fold(low) in FIRST_NAMES:
        return True
    parts = low.split("-")
    # Reduplications ("Ha-Ha", "So-So") are words, not names.
    return len(parts) == 2 and parts[0] != parts[1] and all(p in KOREAN_SYLLABLES for p in parts)


def is_surname(word: str) -> bool:
    """True if ``word`` (any case, accents optional) is a known surname."""
    low = word.lower()
    return low in SURNAMES or fold(low) in SURNAMES
