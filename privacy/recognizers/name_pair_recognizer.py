"""PERSON: two or three adjacent name words that the given-name and surname lists both vouch for."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from privacy.recognizers.base import WordScanRecognizer
from privacy.recognizers.name_gazetteer_recognizer import AMBIGUOUS_NAMES
from privacy.recognizers.names import NAME_WORDS, is_given_name, is_surname
from privacy.recognizers.words import COMMON_WORDS
from privacy.regex_guard import finditer

# A word of letters with at most one inner hyphen or apostrophe part ("Seo-yeon", "O'Neil").
_WORD = regex.compile(r"(?<![\p{L}\d_@/.#:-])\p{L}[\p{Ll}\p{Lu}]{0,24}(?:[-'’]\p{L}[\p{Ll}\p{Lu}]{0,24})?(?![\p{L}\d_@/-])",
                      regex.UNICODE)
# First words of place and organisation names ("Los Angeles", "San Jose"): never start a name.
_PLACE_HEADS = frozenset("""
san santa santo sao los las la le el al de del da di du van von new north south east west port fort mount mt
lake saint st bay cape isla isle glen upper lower great little old royal grand university college hotel bank
""".split())
# Street-type words: a run ending in one is a street ("baker street", "Abbey Road"), not a person.
_PLACE_TAILS = frozenset("""
street st road rd avenue ave lane ln drive boulevard blvd close crescent terrace court place square row gardens
""".split())


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    text: str
    given: bool
    surname: bool
    lower: bool  # all lower case or ALL CAPS: no capital marks the name, so every word must be known
    caps: bool


def _word(match: regex.Match) -> _Word | None:
    text = match.group()
    low = text.lower()
    if low in COMMON_WORDS:
        return None
    caps = text.isupper() and len(text) > 1
    lower = text.islower() or caps
    if not lower and not text[0].isupper():
        return None
    return _Word(match.start(), match.end(), text, is_given_name(low), is_surname(low), lower, caps)


class NamePairRecognizer(WordScanRecognizer):
    """A given name next to a surname, in either order, capitalised or all lower case.

    * ``Seo-yeon Park``, ``Yamada Hanako``, ``Tran Van Duc``: capitalised words, one a known
      given name and one a known surname (a third known name word may follow);
    * ``Haruki Raghunathan``: an unknown capitalised word before a known surname of 4+ letters
      (not after a place head such as "San" or "Lake");
    * ``arjun mehta``, ``PHAM QUOC BAO``: lower-case or all-capital words, all known, one a surname
      and one a given name. Ambiguous names ("will", "rose") never count in these cases.

    Args:
        score: Score of each match.
        timeout: Seconds the word scan may run over one text.
    """

    ENTITY: ClassVar[str] = "PERSON"
    SCORE: ClassVar[float] = 0.6


    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """Find name pairs (and triples) in ``text``."""
        words: list[_Word | None] = [_word(m) for m in finditer(_WORD, text, self.timeout)]
        results: list[RecognizerResult] = []
        i = 0
        while i < len(words) - 1:
            run = self._run(text, words, i)
            if run is None:
                i += 1
                continue
            results.append(RecognizerResult(
                self.ENTITY, run[0].start, run[-1].end, self.score,
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
            ))
            i += len(run)
        return EntityRecognizer.remove_duplicates(results)

    @staticmethod
    def _run(text: str, words: list[_Word | None], i: int) -> list[_Word] | None:
        """The longest name run (2 or 3 words) starting at word ``i``, or None."""
        run: list[_Word] = []
        for w in words[i:i + 3]:
            if w is None or (run and (text[run[-1].end:w.start] != " " or (w.lower, w.caps) != (run[0].lower, run[0].caps))):
                break
            run.append(w)
        while len(run) >= 2:
            if NamePairRecognizer._is_name(run):
                return run
            run.pop()
        return None

    @staticmethod
    def _is_name(run: list[_Word]) -> bool:
        if run[-1].text.lower() in _PLACE_TAILS:
            return False
        if run[0].lower:
            known = all((w.given or w.surname) and len(w.text) >= 3 and w.text.lower() not in AMBIGUOUS_NAMES
                        and w.text.lower() not in NAME_WORDS for w in run)
            return known and any(w.surname for w in run) and any(w.given for w in run)
        if run[0].text.lower() in _PLACE_HEADS:
            return False
        if all(w.given or w.surname for w in run) and any(w.surname for w in run) and any(w.given for w in run):
            return not all(w.text.lower() in AMBIGUOUS_NAMES for w in run)
        if len(run) != 2:
            return False
        first, last = run
        # One unknown word next to a distinctive known one: "Priyanka Raghunathan", "Haruki Tanaka".
        if last.surname and not first.given and len(last.text) >= 4 and last.text.lower() not in AMBIGUOUS_NAMES:
            return len(first.text) >= 3
        return False
