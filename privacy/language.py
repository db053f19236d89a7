"""A cheap language guess: English, another language we can name, or undetermined.

Why a heuristic and not a model: the only decision that depends on it is whether the English NER
model runs on a message, and it only needs to tell English from clearly-other text. Script
detection handles non-Latin text; for Latin script we count function words of English and six
other common European languages. Short or code-like text with no evidence stays English, so the
NER model keeps running where it is most useful.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

import regex

_WORD = regex.compile(r"\p{L}+")
_FUNCTION_WORDS = {
    "en": "the and is are was to of in that it you for on with this have not be what how can do my your i".split(),
    "de": "der die das und ist nicht ich sie es ein eine zu mit auf für von den dem wie was mein meine ist sind".split(),
    "fr": "le la les et est un une des du je vous pas que qui pour dans ce il elle sur avec mon ma mes".split(),
    "es": "el la los las y es un una que de en por para con no se mi mis su yo tu está como pero".split(),
    "pt": "o a os as e é um uma que de em para com não se meu minha eu você está como mas do da".split(),
    "it": "il lo la gli le e è un una che di in per con non si mio mia io tu sono come ma del della".split(),
    "nl": "de het een en is van in dat op te ik je niet met voor zijn mijn wat hoe er maar".split(),
}
# One-letter words ("a", "e", "o", "y") are left out: code and maths are full of them.
_SETS = {lang: frozenset(w for w in words if len(w) > 1) for lang, words in _FUNCTION_WORDS.items()}
_SCRIPT_LANG = {
    "HIRAGANA": "ja", "KATAKANA": "ja", "HANGUL": "ko", "CJK": "zh", "CYRILLIC": "ru", "ARABIC": "ar",
    "HEBREW": "he", "GREEK": "el", "THAI": "th", "DEVANAGARI": "hi", "BENGALI": "bn", "TAMIL": "ta",
    "GEORGIAN": "ka", "ARMENIAN": "hy",
}
UNDETERMINED = "und"


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else ""


def detect_language(text: str) -> str:
    """Return ``"en"``, another ISO 639-1 code, or ``"und"``.

    Non-Latin script letters over 40% of all letters decide by script (Cyrillic reports ``ru``,
    Han without kana ``zh``). Otherwise, with at least 4 words, the language whose function words
    are most frequent wins if it beats English by a margin; else English.
    """
    # ASCII text (most messages) is Latin script: skip the per-character script lookup.
    if not text.isascii():
        letters = [c for c in text if c.isalpha()]
        if not letters:
            return "en"
        scripts = Counter(_script(c) for c in letters)
        latin = scripts.get("LATIN", 0)
    else:
        letters, scripts, latin = [], Counter(), 0
    if letters and latin / len(letters) < 0.6:
        if scripts.get("HIRAGANA") or scripts.get("KATAKANA"):
            return "ja"
        top = max((s for s in scripts if s != "LATIN"), key=lambda s: scripts[s])
        return _SCRIPT_LANG.get(top, UNDETERMINED)
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 4:
        return "en"
    counts = {lang: sum(w in words_set for w in words) for lang, words_set in _SETS.items()}
    best = max(counts, key=lambda lang: counts[lang])
    if best != "en" and counts[best] >= 2 and counts[best] > 1.5 * counts["en"]:
        return best
    return "en"


def conversation_language(languages: list[str], lengths: list[int]) -> str:
    """The language covering most characters of a conversation's messages (``en`` if none)."""
    totals: Counter[str] = Counter()
    for lang, n in zip(languages, lengths):
        totals[lang] += n
    return totals.most_common(1)[0][0] if totals else "en"
