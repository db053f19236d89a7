"""PERSON: names written in their own (non-Latin) scripts, found by script, case and cue words."""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from privacy.recognizers.base import WordScanRecognizer
from privacy.regex_guard import finditer

_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー"
# A word of letters (and combining marks: Devanagari, Thai, Bengali vowel signs) in one non-Latin
# script; consecutive words of the same script separated by one space form a run.
# A word starts with a letter: a lone mark such as an emoji's variation selector (U+FE0F) is no word.
_RUN = regex.compile(r"(?<![\p{L}\p{M}])((?!\p{Latin})\p{L}(?:(?!\p{Latin})[\p{L}\p{M}])*)"
                     r"(?:[ \u00a0]((?!\p{Latin})\p{L}(?:(?!\p{Latin})[\p{L}\p{M}])*)){0,5}"
                     r"(?![\p{L}\p{M}])", regex.UNICODE)
# Context that makes a foreign word a language question, not a person: "what does 谢谢 mean".
_LANGUAGE_QUESTION = regex.compile(
    r"(?i:\b(?:mean|means|meaning|pronounce|pronounced|pronunciation|translate|translated|translation|say|says|said|"
    r"word|words|phrase|character|characters|kanji|hanzi|hangul|hiragana|katakana|cyrillic|alphabet|script|letter|"
    r"spell|spelled|spelt|written|write|writing|read|grammar|tone|tones|stroke|plural|verb|noun|"
    r"in\s+(?:chinese|japanese|korean|russian|ukrainian|greek|arabic|hebrew|hindi|thai|bengali|georgian|armenian|persian|farsi)|"
    r"city|town|capital|country|river|province|region|street|restaurant|dish|food|song|film|movie|book|brand)\b)")
# Cue words right before a name, in English and in the name's own languages.
_CUE_BEFORE = regex.compile(
    r"(?i:\b(?:dear|hi|hello|hey|thanks|thank you|from|to|with|for|named|called|name(?:\s+is|:)?|mr|mrs|ms|dr|"
    r"my\s+(?:[\w-]+\s+)?(?:wife|husband|son|daughter|brother|sister|mother|father|mum|mom|dad|friend|boss|manager|"
    r"colleague|coworker|co-worker|neighbou?r|landlord|landlady|teacher|student|partner|boyfriend|girlfriend|"
    r"mother-in-law|father-in-law|cousin|aunt|uncle|grandma|grandpa|tutor|client|doctor)))[\s,:.\"'“]*$"
    r"|(?:меня\s+зовут|зовут|я|мой|моя|με\s+λένε|λέγομαι|اسمي|أنا|שמי|אני|मेरा\s+नाम|मैं|ฉันชื่อ|ชื่อ|"
    r"我叫|我是|名叫|私の名前は|私は|제\s*이름은|저는|나는)\s*$")
# A name right before a Japanese, Korean or Chinese honorific ("佐々木さん", "혜진씨", "王老师"), anywhere in a text.
_HONORIFIC_NAME = regex.compile(r"(?:[\p{Han}々]{1,4}|[\p{Katakana}ー]{2,8}|\p{Hangul}{2,4})"
                                r"(?=さん|様|さま|君|くん|ちゃん|先生|氏|씨|님|선생님|女士|小姐|老师|同学)", regex.UNICODE)
_HONORIFIC_END = regex.compile(r"(?:さん|様|さま|君|くん|ちゃん|先生|氏|씨|님|선생님|女士|小姐|老师|同学)$")
_WORD = regex.compile(r"[\p{L}\p{M}]+", regex.UNICODE)
# Chinese: a relation or self-introduction word, then a common family name and one or two characters.
_ZH_CUE = (r"(?:我叫|我是|名叫|叫做|同事|朋友|老板|经理|老师|妈妈|爸爸|妻子|丈夫|老婆|老公|男朋友|女朋友|邻居|房东|同学|"
           r"哥哥|姐姐|弟弟|妹妹|客户|医生|给|和|跟)")
_ZH_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
                "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
_ZH_NAME = regex.compile(_ZH_CUE + r"(?P<v>[" + _ZH_SURNAMES + r"]\p{Han}{1,2})", regex.UNICODE)
_CASED_SCRIPTS = ("Cyrillic", "Greek", "Armenian")


def _script(ch: str) -> str:
    for name in ("Han", "Hiragana", "Katakana", "Hangul", *_CASED_SCRIPTS, "Arabic", "Hebrew", "Devanagari", "Thai",
                 "Bengali", "Tamil", "Telugu", "Gujarati", "Gurmukhi", "Georgian", "Ethiopic", "Sinhala", "Khmer"):
        if regex.match(r"\p{Script=" + name + "}", ch):
            return name
    return "Other"


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) holding ``text[start:end]``."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n")
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return text[left + 1:min(rights) if rights else len(text)]


class NativeScriptNameRecognizer(WordScanRecognizer):
    """Names in Cyrillic, Greek, Han, kana, Hangul, Arabic, Hebrew, Devanagari, Thai and other scripts.

    Neither the English NER model nor the romanised gazetteers see these. A run of one to three
    words in one non-Latin script is a name when:

    * (caseless scripts) the message is mostly Latin script and the run is short (an embedded
      foreign word in an English message is far more often a name than anything else), unless the
      sentence asks about language or names a place or work ("what does 谢谢 mean");
    * (cased scripts) two or three capitalised words follow each other ("Ольга Иванова"), in any
      message;
    * a cue word precedes it ("Dear", "my colleague", "меня зовут", "我叫") or an honorific
      follows it ("田中さん", "민준씨"); in Chinese text, a family name after a relation word.
    """

    ENTITY: ClassVar[str] = "PERSON"
    SCORE: ClassVar[float] = 0.55

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """Find native-script names in ``text`` (nothing to do for ASCII text)."""
        if text.isascii():
            return []
        letters = [c for c in text if c.isalpha()]
        latin_share = sum(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters) / max(1, len(letters))
        spans: list[tuple[int, int]] = []
        for m in finditer(_RUN, text, self.timeout):
            words = [w for w in m.captures(1) + m.captures(2) if w]
            scripts = {_script(w[0]) for w in words}
            if len(scripts) != 1:
                continue
            script = scripts.pop()
            span = self._name_in_run(text, m, words, script, latin_share)
            if span is not None:
                spans.append(span)
        if regex.search(r"[\p{Han}\p{Hangul}\p{Katakana}]", text):
            spans.extend(m.span("v") for m in finditer(_ZH_NAME, text, self.timeout))
            spans.extend(m.span() for m in finditer(_HONORIFIC_NAME, text, self.timeout))
        return EntityRecognizer.remove_duplicates([
            RecognizerResult(self.ENTITY, s, e, self.score,
                             recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                   RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})
            for s, e in spans])

    def _name_in_run(self, text: str, m: regex.Match, words: list[str], script: str,
                     latin_share: float) -> tuple[int, int] | None:
        start, end = m.span()
        cjk = script in ("Han", "Hiragana", "Katakana", "Hangul")
        if script in _CASED_SCRIPTS:
            return self._cased_name(text, m)
        if cjk:
            honorific = _HONORIFIC_END.search(m.group())
            if honorific and honorific.start() > 0:
                end = start + honorific.start()
                words = [m.group()[:honorific.start()]]
        if _CUE_BEFORE.search(text[max(0, start - 40):start]) and (not cjk or len("".join(words)) <= 4):
            return start, end
        if latin_share >= 0.6 and len(m.group()) <= 30 and (not cjk or 2 <= len("".join(words)) <= 4) \
                and not _LANGUAGE_QUESTION.search(_sentence_around(text, start, end)):
            return start, end
        return None

    @staticmethod
    def _cased_name(text: str, m: regex.Match) -> tuple[int, int] | None:
        """In Cyrillic, Greek or Armenian: two or three capitalised words in a row, or a capitalised
        word after a cue ("меня зовут Лидия Орлова", "my colleague Ольга")."""
        words = [w for w in _WORD.finditer(text, m.start(), m.end())]
        caps = [w.group()[0].isupper() and (len(w.group()) == 1 or not w.group()[1:].isupper()) for w in words]
        for i in range(len(words)):
            j = i
            while j < len(words) and caps[j]:
                j += 1
            cue = _CUE_BEFORE.search(text[max(0, words[i].start() - 40):words[i].start()])
            if j - i >= 2 or (j - i == 1 and cue):
                return words[i].start(), words[j - 1].end()
        return None
