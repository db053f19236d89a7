"""PERSON: capitalised first names from a gazetteer, with the capitalised words that follow."""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from privacy.ner_cleanup import word_opening_a_sentence
from privacy.recognizers.base import WordScanRecognizer
from privacy.recognizers.names import FIRST_NAMES, is_given_name  # noqa: F401 - FIRST_NAMES re-exported
from privacy.recognizers.words import COMMON_WORDS
from privacy.regex_guard import finditer

# Names that are also everyday English words, places, months, languages or products: matched
# only as part of a two-word name ("Will Smith"), never alone ("Will it work?").
AMBIGUOUS_NAMES = frozenset("""
will may june april august mark bill grace hope joy faith rose art guy max ray sky summer autumn winter dawn
gene lane page pat rich sun star angel iris ivy lily daisy holly jade amber ruby pearl crystal brook river forest
storm rain clay dale glen drew chase hunter tanner mason carter cooper parker taylor jordan austin dallas houston
paris london victoria florence georgia virginia carolina china india israel jersey sydney chelsea madison lincoln
washington jackson java python rust swift julia dart kotlin apple amazon alexa siri claude gemini bard llama sage
echo phoenix destiny harmony melody miracle trinity justice liberty honor unique precious heaven journey royal
king prince princess duke earl baron major general page price long young white black brown green gray grey
english french german dutch spanish italian china japan march christian christmas easter monday friday sunday
norman frank earnest ernest sterling miles sonny rocky buck bud rusty dusty misty sandy stormy windy sunny
america asia atlanta basil berlin berry beryl bird boston branch candy cash chance charity cherry constance coral
denver diamond dove ebony emerald felicity floor france garnet ginger hazel hill ivory jasper jay jewel lavender
lemon love memphis mercy north olive opal orlando park patience pepper prudence raven red robin rock rome rosemary
serenity silver spring stone violet west wolf nova luna aurora atlas titan apollo orion venus mars jupiter
tokyo berlin vienna florida texas arizona nevada kentucky tennessee montana dakota cheyenne sierra savannah
africa europe asia canada mexico brazil kenya nigeria ghana egypt russia germany spain italy
""".split())


_TOKEN = regex.compile(r"(?<![\p{L}\d_@/.-])\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?\p{Ll}+)?(?![\p{L}\d_@-])", regex.UNICODE)
_NEXT_CAP = regex.compile(r"[ \t]+(?:(?:van|von|de|da|del|der|di|le|la|bin|al|ibn)[ \t]+)?(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?\p{Ll}+)?)\b")


class NameGazetteerRecognizer(WordScanRecognizer):
    """A capitalised word that is a known first name is a PERSON, extended over up to two
    following capitalised words (the surname). Ambiguous names count only with a surname.

    Args:
        score: Score of a first name alone; a first name with a surname scores 0.15 more.
        timeout: Seconds the token scan may run over one text.
    """

    ENTITY: ClassVar[str] = "PERSON"
    SCORE: ClassVar[float] = 0.5


    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """Find gazetteer names in ``text``."""
        results: list[RecognizerResult] = []
        for match in finditer(_TOKEN, text, self.timeout):
            word = match.group().lower()
            if not is_given_name(word):
                continue
            end, parts = match.end(), 1
            while parts < 3:
                nxt = _NEXT_CAP.match(text, end)
                if nxt is None or nxt.group(1).lower() in COMMON_WORDS:
                    break
                end, parts = nxt.end(), parts + 1
            if parts == 1 and word in AMBIGUOUS_NAMES:
                continue
            score = min(1.0, self.score + (0.15 if parts > 1 else 0.0))
            results.append(RecognizerResult(
                self.ENTITY, match.start(), end, score,
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
            ))
        # A known first name opening a sentence is as often a word ("Will", "Grace", "Hope").
        return [r for r in EntityRecognizer.remove_duplicates(results)
                if not word_opening_a_sentence(text, r.start, r.end)]
