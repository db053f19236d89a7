"""ID_NUMBER: passport, licence, national, tax and medical ids after a cue word."""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from privacy.recognizers.base import ProjectPatternRecognizer

_CS = regex.MULTILINE | regex.DOTALL | regex.UNICODE
_CUE = (
    r"(?i:\b(?:nric|hkid|curp|rut|c[ée]dula|cnp|pps|medicare|ird|national\s+insurance|insurance\s+number|"
    r"customer\s+(?:id|number|no)|client\s+(?:id|number|no)|claim|passport|licen[cs]e|permit|DEA|prescriber|registration|certificate|account|acct|routing|sort\s+code|driver'?s?\s+licen[cs]e|driving\s+licen[cs]e|DL|national\s+id(?:entity)?|"
    r"national\s+insurance|NI|NINO|NIN|NHS|medical\s+record|MRN|patient\s+(?:id|number)|member(?:ship)?\s+(?:id|number)|"
    r"policy|health\s+card|insurance|tax\s+(?:id|number|file\s+number|code)|TIN|TFN|SIN|SSN|social\s+security|social\s+insurance|"
    r"aadhaar|aadhar|PAN|CPF|CURP|RFC|DNI|NIE|NIF|personnummer|BSN|PESEL|codice\s+fiscale|steuer-?id|"
    r"ahv(?:-?nr)?|avs|passeport|reisepass|pasaporte|passaporto|paspoort|pass(?:nummer|nr)|(?:personal)?ausweis(?:nummer)?|"
    r"id-?nummer|steuernummer|sozialversicherungsnummer|s[ée]curit[ée]\s+sociale|carte\s+vitale|carte\s+d'identit[ée]|"
    r"num[ée]ro\s+fiscal|documento(?:\s+de\s+identidad)?|n[úu]mero\s+de\s+identidad|sofinummer|burgerservicenummer|"
    r"f[øo]dselsnummer|henkil[öo]tunnus|hetu|rodn[ée]\s+[čc][íi]slo|tc\s+kimlik|kimlik|amka|ppsn?|oib|egn|jmbg|snils|"
    r"nric|mykad|emirates\s+id|iqama|cnh|rg|ktp|nik|travel\s+document|document|doc|visa|residence\s+permit|"
    r"isikukood|isikukoodi|asmens\s+kodas|personas\s+kods|cuil|cuit|dui|nuip|cin|nic|taj(?:\s+sz[áa]m)?|"
    r"personal\s+(?:code|number|id)|birth\s+number|身分證(?:字號|號碼)?|身份证(?:号码?)?|マイナンバー|"
    r"ID|identity\s+card|id\s+card|identification|employee\s+(?:id|number|no)|student\s+(?:id|number|no)|"
    r"staff\s+(?:id|number)|employee|staff|student|member|patient|badge|voter\s+id|EIN|ITIN|case\s+(?:number|no)|file\s+(?:number|no)|reference\s+(?:number|no))\b)"
)
_FILLER = (r"(?:\s*(?i:['’]s\b|number|numbers|no\.?|num|nr\.?|n[°º]|#|is|was|:|=|-|,|\(|of|card|code|id|my|the|reads|on\s+file|es|est|ist|"
           r"reference|ref\.?|identifier|details))*\s*")
# Chunks of letters and digits joined by single separators; every chunk holds a digit, so the
# value ends before the next word ("2309 7798 5047 linked", "SW216124D - how").
_CHUNK = r"[A-Za-z0-9]*\d[A-Za-z0-9]*"
# An upper-case letter prefix may lead and one letter may end ("HMX-4481-2290", "QQ 12 34 56 C").
_VALUE = r"(?P<v>(?:[A-Z]{1,5}[- ])?" + _CHUNK + r"(?:[ .\-/]" + _CHUNK + r"){0,5}(?:[ -][A-Z](?![A-Za-z0-9]))?)"


class IdNumberRecognizer(ProjectPatternRecognizer):
    """An identifier that follows an id cue word ("passport number is E06327206", "MRN5151335")."""

    ENTITY: ClassVar[str] = "ID_NUMBER"
    FLAGS: ClassVar[int] = _CS
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("id after cue", _CUE + _FILLER + _VALUE + r"(?![A-Za-z0-9])", 0.7),
        Pattern("prefixed record id", r"\b(?P<v>(?:MRN|PID|NHS|EMP|STU)[-#:]?\d{5,12})\b", 0.7),
    ]

    def invalidate_result(self, pattern_text: str) -> bool | None:
        digits = sum(c.isdigit() for c in pattern_text)
        compact = regex.sub(r"[ .\-/]", "", pattern_text)
        letters = sum(c.isalpha() for c in compact)
        # Digits alone need five; a mixed value ("6XV8THPGZ") needs two digits and six characters.
        if len(compact) < 6 or digits < (2 if letters else 5):
            return True
        # A bare year or a version-like value is not an id.
        if regex.fullmatch(r"(?:19|20)\d{2}", compact) or regex.fullmatch(r"\d+(?:\.\d+){1,3}", pattern_text):
            return True
        return False
