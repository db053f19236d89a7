"""LOCATION: street addresses, postcodes and the place after "I live at" / "my address is"."""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from privacy.recognizers.base import ProjectPatternRecognizer

_CS = regex.MULTILINE | regex.DOTALL | regex.UNICODE
_W = r"\p{Lu}[\p{L}'’-]*"  # a capitalised word
_SUFFIX = (r"(?i:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Dr|Drive|Way|Court|Ct|Pl|Place|Terrace|Close|"
           r"Crescent|Cres|Grove|Gardens|Gdns|Mews|Row|Square|Sq|Hwy|Highway|Parkway|Pkwy|Circle|Cir|Walk|Rise|Hill|Green|Park)")
_UNIT = r"(?:,?\s*(?i:#|apt\.?|apartment|unit|suite|ste\.?|flat|fl\.?|floor)\s*[\w-]{1,6})?"
_CITY_TAIL = r"(?:,\s*(?:" + _W + r"\s?){1,3})?(?:,?\s+\p{Lu}{2}\s+\d{5}(?:-\d{4})?)?"


class StreetAddressRecognizer(ProjectPatternRecognizer):
    """Street addresses in English, continental, Japanese and Indian shapes, UK postcodes, PO boxes.

    Public places alone ("Plan a trip to Tokyo") are left to the NER model and policy; these
    patterns need a house number, a street word, or a residence cue.
    """

    ENTITY: ClassVar[str] = "LOCATION"
    FLAGS: ClassVar[int] = _CS
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("number street suffix",
                r"\b\d{1,6}[A-Za-z]?,?\s+(?:" + _W + r"\s+){1,4}" + _SUFFIX + r"\b\.?" + _UNIT + _CITY_TAIL, 0.7),
        Pattern("continental number first",
                r"\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?i:rue|avenue|boulevard|bd|place|chemin|allée|impasse|quai|via|viale|"
                r"piazza|corso|calle|avenida|av\.|rua|carrer|paseo|plaza)\s+[^,\n]{2,40}?(?=,|\n|$)"
                r"(?:,\s*\d{4,5}\s+" + _W + r")?", 0.7),
        Pattern("continental street word first",
                r"\b(?i:rua|calle|carrer|via|viale|avenida|av\.|rue|avenue|paseo|plaza|piazza|corso|travessa|alameda|"
                r"estrada|largo|praça|praca|calçada|ulica|ul\.)\s+[^,\n\d]{2,40}?,?\s+(?:n[º°o]\.?\s*)?\d{1,5}[A-Za-z]?\b", 0.6),
        Pattern("street name first",
                r"\b" + _W + r"(?i:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|laan|straat|gracht|plein|gatan|vägen|veien|gade|vej|utca|ulica)"
                r"\s+\d{1,4}[a-z]?\b(?:,\s*(?:\d{4,5}\s+)?" + _W + r")?", 0.7),
        # Central European form: street, house number (Czech "1467/29"), postcode and city
        # ("Šeříková 1467/29, 301 00 Plzeň", "ul. Lipowa 12, 15-424 Białystok").
        Pattern("street number postcode city",
                r"\b(?P<v>(?:" + _W + r"\s+){0,2}" + _W + r"\s+\d{1,5}(?:/\d{1,4})?[a-z]?,\s*(?:\d{3}\s\d{2}|\d{2}-\d{3}|\d{4,5})\s+" + _W + r")", 0.6),
        Pattern("japanese block address",
                r"\b\d{1,4}-\d{1,4}(?:-\d{1,4})?\s+" + _W + r",\s*" + _W + r"-(?:ku|shi|machi|cho|gun)\b(?:,\s*" + _W + r")?(?:\s+\d{3}-\d{4})?", 0.8),
        Pattern("indian house number",
                r"\b(?i:H\.?\s?No\.?|House\s+No\.?|Flat\s+No\.?|Door\s+No\.?|Plot\s+No\.?)\s*[\w/-]+(?:,\s*" + _W + r"(?:\s" + _W + r"){0,2}){0,4}", 0.8),
        Pattern("on named street", r"\b(?i:on|at|in|off|near|along)\s+(?P<v>(?:" + _W + r"\s+){1,3}" + _SUFFIX + r")\b", 0.5),
        Pattern("lower-case street",
                r"\b(?:\d{1,5}[a-z]?\s+|(?i:on|at|off)\s+(?!(?:the|a|an|my|this|that|our|your|their|his|her|its|which|same|other|whole|long|right|wrong|main)\b))"
                r"(?P<v>(?:\d{1,5}[a-z]?\s+)?(?:[a-z][a-z'-]+\s+){1,2}(?:street|road|avenue|lane|drive|close|crescent|boulevard|terrace|gardens|grove|court|place)\b)", 0.5),
        Pattern("postcode and city", r"\b(?P<v>\d{4,5}[ \t]+\p{Lu}\p{Ll}{2,}(?:[- ]\p{Lu}\p{Ll}+)?)\b(?!\s+(?:users|people|items|rows|records|words|years|steps))", 0.4),
        Pattern("us city state zip", r"\b(?P<v>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?)\b", 0.7),
        Pattern("uk postcode", r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}\b", 0.6),
        Pattern("po box", r"\b(?i:P\.?\s?O\.?\s+Box|Postfach|Apartado)\s+\d{1,7}\b", 0.7),
        Pattern("residence cue",
                r"(?i:\b(?:my address is|address\s*:|adresse\s*:|dirección\s*:|i live at|i live on|lives at|living at|"
                r"deliver(?:ed)? to|send (?:it|them|the \w+) to|ship(?:ped)? to|moved to|staying at|"
                r"(?:la|mi)\s+direcci[oó]n\s+es|(?:o\s+|meu\s+)?endereço\s+(?:é|:)|(?:mon|l')\s?adresse\s+est|"
                r"(?:meine|die)\s+adresse\s+(?:ist|lautet)|(?:il\s+mio\s+|l')\s?indirizzo\s+(?:è|:)|vivo\s+en|moro\s+na|j'habite))\s*"
                # Full stops of abbreviations ("Dto. E", "Av. Paulista") stay inside the address.
                r"(?P<v>(?:[^\n.;!?]|(?<=\b\p{L}{1,4})\.){4,80}?)(?=\s*[.;!?\n]|,?\s+(?i:and|but|can|could|how|what|please|so|because|"
                r"which|where|y|pero|el|la|los|las|que|e|mas|et|mais|le|und|aber|der|die|il)\b|\s+[\p{So}]|$)", 0.6),
    ]

    GATES: ClassVar[dict[str, tuple[str, ...]]] = {
        "po box": ("box", "postfach", "apartado"),
        "residence cue": ("address", "adresse", "dirección", "direccion", "endereço", "indirizzo", "live", "living", "deliver",
                          "send", "ship", "moved", "staying", "vivo", "moro", "habite"),
        "indian house number": ("no",),
    }

    def score_match(self, pattern: Pattern, value: str) -> float | None:
        # A residence-cue value must hold a number or a capitalised word ("I live at home" stays);
        # the other patterns already require a street word or a number.
        if pattern.name == "residence cue" and not (any(c.isdigit() for c in value) or regex.search(r"\p{Lu}", value)):
            return None
        return super().score_match(pattern, value)
