"""PERSON: names after cue phrases the small NER model often misses."""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from privacy.public_names import PUBLIC_NAMES, PUBLIC_PLACES
from privacy.recognizers.base import ProjectPatternRecognizer
from privacy.recognizers.names import ENGLISH_WORDS, WORD_NAMES
from privacy.recognizers.words import COMMON_WORDS

_CS = regex.MULTILINE | regex.DOTALL | regex.UNICODE
_NAME1 = r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?"
_NAME = r"(?P<v>" + _NAME1 + r"(?:\s+(?:(?:van|von|de|da|del|der|di|le|la|bin|al|ibn)\s+)?" + _NAME1 + r"){0,2})"
_RELATIONS = (r"wife|husband|son|daughter|brother|sister|mom|mum|mother|dad|father|friend|boss|manager|coworker|"
              r"co-worker|colleague|teacher|partner|boyfriend|girlfriend|fiancée?|grandma|grandmother|grandpa|"
              r"grandfather|granny|nan|neighbou?r|landlord|landlady|roommate|flatmate|housemate|cousin|aunt|uncle|niece|"
              r"nephew|doctor|therapist|client|student|tutor|coach|ex|stepson|stepdaughter|baby|kid|child|toddler|"
              r"supervisor|employee|intern|classmate|bestie|bff|mentor|dog|cat")
_END = r"(?=\s*[,.!?:;)]|\s*$|\s+(?:here|from|and|who|is|was|has|had|said|says|keeps|wants|told)\b)"
# A capitalised given name that is also a word ("I'm Grace, by the way") counts only here: right
# after a first-person introduction and closed by punctuation, where the word reading is rare.
# What only people do, phrased so that software ("npm keeps crashing", "sops says") does not fit.
_PERSON_DOING = (r"(?:keeps\s+(?:leaving|texting|calling|asking|telling|taking|borrowing|forgetting|ignoring|saying|messaging)|"
                 r"(?:said|told|asked|texted|called|invited)\s+(?:me|us|her|him|them|she|he|they|i)|texted|bailed|"
                 r"(?:is|are)\s+(?:coming|sleeping|staying)\s+over|borrowed\s+my|both\s+want|"
                 r"wants\s+(?:me|us|to\s+(?:come|go|meet|talk|borrow|stay))|hasn't\s+(?:replied|texted|called|paid)|"
                 r"keeps\s+\w+ing|(?:are|were)\s+(?:fighting|arguing|dating|getting\s+married|not\s+talking))\b")
# What may stand between a name and what the person does: an emoji, "from futsal", "from my class".
_PERSON_ASIDE = r"(?:\s+\p{So}+)?(?:\s+from\s+(?:(?:my|the|our)\s+)?[\w-]+(?:\s+(?:class|club|group|team))?)?"
# A display name in a chat export: words of letters, lower-case particles allowed ("Gethin ap Dafydd").
_SPEAKER = r"(?P<v>\p{L}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,3})"
# Kinship and respect words used before a given name ("Aunty Hodan", "Tita Marites", "Uncle Kofi").
_KIN = (r"Aunty|Auntie|Aunt|Uncle|Grandma|Grandpa|Granny|Nana|Nan|Cousin|Tía|Tia|Tío|Tio|Tita|Tito|Tante|Onkel|Oma|Opa|"
        r"Baba|Mama|Bibi|Babu|Dadi|Nani|Chacha|Chachi|Mamie|Papi|Lola|Lolo|Ate|Kuya|Ammu|Appa|Amma|Abuela|Abuelo|Nonna|Nonno|"
        r"Babcia|Dziadek|Babushka|Dedushka|Yiayia|Pappou|Halmoni|Harabeoji|Obaachan|Ojiichan|Sensei|Pastor|Father|Sister|Brother|Coach")
# First words of place names ("San Diego", "Port Louis"): a quoted value opening with one is a place.
_PLACE_WORDS = frozenset({"san", "santa", "santo", "são", "sao", "los", "las", "el", "la", "le", "new", "saint", "st", "port", "fort",
                          "mount", "lake", "cape", "puerto", "rio", "río", "costa", "nueva", "nuevo", "novo", "nova", "bad", "ciudad"})
_WORD_NAME_CUE = regex.compile(r"(?i:\b(?:my name is|my name's|i am|i'm|im|call me))\s+$")
_WORD_NAME_END = regex.compile(r"\s*[,.!;]")


class PersonCueRecognizer(ProjectPatternRecognizer):
    """Names introduced by a phrase: "my name is", "I'm", "call me", "Dear", "Thanks, X", "- X",
    "my brother Dima", "Dr. Ngata", "Patient: RAHIMI, Dariush", "Astrid Haugen here"."""

    ENTITY: ClassVar[str] = "PERSON"
    FLAGS: ClassVar[int] = _CS
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("self introduction",
                r"(?i:\b(?:my name is|my name's|name is|i am|i'm|im|call me|this is|it's|signed|sign it (?:from|as)|"
                r"regards from|je m'appelle|ich heiße|ich bin|me llamo|mi nombre es|meu nome é|mi chiamo))\s+" + _NAME, 0.6),
        Pattern("named", r"(?i:\b(?:named|called|name:|name\s*=|nom\s*:|nombre\s*:))\s*[\"']?" + _NAME, 0.7),
        Pattern("greeting or sign-off",
                r"(?i:\b(?:dear|hi|hello|hey|thanks|thank you|thx|cheers|regards|best|sincerely|love|yours|sure|okay|ok|"
                r"sorry|welcome|congrats|congratulations|great|of course|absolutely|bye|goodbye|good (?:morning|evening|"
                r"afternoon|night)|happy\s+(?:birthday|anniversary|retirement)|hallo|bonjour|hola|ciao|olá|merci|danke|gracias|obrigad[oa]))\s*,?\s+" + _NAME + _END, 0.6),
        Pattern("occasion for",
                r"(?i:\b(?:birthday|thank[- ]you|get[- ]well|anniversary|farewell|wedding|retirement|leaving|condolence|sympathy)\s+"
                r"(?:message|card|note|poem|speech|toast|gift|present|text|email)\s+(?:for|to))\s+" + _NAME, 0.6),
        # "hashtag ideas for Ianula and Zaïnaba", "a caption for Tevita": both names of a couple.
        Pattern("caption for",
                r"(?i:\b(?:hashtags?|captions?|vows|toasts?)(?:\s+ideas?)?\s+for)\s+(?P<v>" + _NAME1 + r")"
                r"|(?<=(?i:\b(?:hashtags?|captions?|vows|toasts?)(?:\s+ideas?)?\s+for)\s+" + _NAME1 + r"\s+(?:and|&)\s+)(?P<v>" + _NAME1 + r")", 0.6),
        Pattern("dash signature", r"(?:^|\n)\s*(?:-{1,2}|—|~)\s*" + _NAME + r"\s*$", 0.7),
        Pattern("sign-off line", r"(?i:\b(?:regards|cheers|thanks|best|sincerely|love|xoxo),?)\s*\n\s*" + _NAME, 0.8),
        Pattern("relation", r"(?i:\bmy\s+(?:(?:little|big|older|younger|elder|late|ex|best|new|old|step)[\s-])?(?:" + _RELATIONS + r")(?:-in-law)?(?:'s)?)"
                r",?\s+(?:(?i:named|called)\s+)?" + _NAME, 0.6),
        # The surname too when the name ends the clause ("my tutor sunita pillai?"); a possessive
        # ends the name ("my cousin lwazi's graduation").
        Pattern("relation lower-case", r"(?i:\b(?:my|her|his|their|our)\s+(?:new\s+)?(?:" + _RELATIONS + r")),?\s+(?P<v>\p{Ll}{3,15}(?:\s+\p{Ll}{3,15}(?=\s*[,.!?]|\s*$))?)(?=\s*[,.!?]|\s*$|['’]s\s|\s+(?:but|and|who|is|was|has|said|says|keeps|wants|told)\b)", 0.4),
        Pattern("title", r"\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Miss|Sir|Dame|Herr|Frau|Mme|Mlle|Sr|Sra|Srta|Madame|Monsieur|"
                         r"[Ss]ignora|[Ss]ignor|[Ss]eñora|[Ss]eñor|[Ss]eñorita|[Ss]enhora|[Ss]enhor|Mevrouw|Meneer)\.?\s+" + _NAME, 0.7),
        # Typed in lower case ("mr castellanos from upstairs"); a word after the title ("dr pepper") is not a name.
        Pattern("lower-case title", r"(?i:\b(?:dr|mr|mrs|ms|miss|prof))\.?\s+(?P<v>\p{Ll}[\p{Ll}'’-]{2,20})(?![\p{L}\d])", 0.45),
        # A message typed in capitals ("MY SISTER TAMSIN IS GETTING MARRIED").
        Pattern("relation in capitals", r"\bMY\s+(?:(?i:" + _RELATIONS + r"))\s+(?P<v>\p{Lu}{3,15})(?![\p{L}\d])", 0.45),
        Pattern("initial surname", r"(?<![\p{L}.]\s?)\b(?P<v>\p{Lu}\.\s?(?:\p{Lu}\.\s?)?\p{Lu}[\p{Ll}'’-]{2,})", 0.5),
        Pattern("form field", r"(?i:\b(?:patient|name|client|customer|employee|applicant|guest|recipient|from|to|cc|reporter|assignee|"
                r"author|reviewer|requester|approver|owner|passenger|co-authored-by|signed-off-by|reported\s+by|assigned\s+to|"
                r"apologies|present|attendees|absent|chair|minutes\s+by|note[- ]?taker|signed\s+for\s+by|left\s+with|deceased|"
                r"emergency\s+contact|next\s+of\s+kin|beneficiary|witness|tenant|landlord)\s*:)(?:\*\*)?[ \t]*"
                r"(?P<v>\p{Lu}[\p{L}'’-]+,[ \t]*\p{Lu}[\p{Ll}'’-]+|\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){0,2}|\p{Lu}{3,}(?:[ \t]+\p{Lu}{2,}){0,2}(?![\p{L}\d]))", 0.7),
        Pattern("name before a person verb",
                r"(?:^|(?<=[\p{Ll}\d,;:]\s)|(?<=[.!?]\s))(?P<v>" + _NAME1 + r"(?:\s+" + _NAME1 + r")?)(?=\s+(?:said|says|told|asked|texted|messaged|"
                r"emailed|replied|wrote|thinks|thought|wants|wanted|keeps|kept|doesn't|didn't|won't|can't|isn't|wasn't|hasn't|"
                r"has\s+noticed|noticed|invited|is\s+coming|and I|is my|was my|from work|from school|from class|"
                r"from\s+my\s+[\w-]+\s+(?:class|course|team|office|church|mosque|temple|gym|choir|club))\b)", 0.5),
        # A lower-case word opening a message before what people do ("vuki keeps leaving the gate open",
        # "adetutu and yankel both want the window seat"); the word must not be English (score_match).
        Pattern("lower-case name before a person verb",
                r"^(?:(?:ok|okay|so|lol|omg|ugh|btw|and|but|um)\s+){0,2}(?:(?P<v>\p{Ll}[\p{Ll}'’-]{2,15})"
                r"(?:\s+and\s+\p{Ll}[\p{Ll}'’-]{2,15})?(?=" + _PERSON_ASIDE + r"\s+" + _PERSON_DOING + r")"
                r"|\p{Ll}[\p{Ll}'’-]{2,15}\s+and\s+(?P<v>\p{Ll}[\p{Ll}'’-]{2,15})(?=\s+" + _PERSON_DOING + r"))", 0.5),
        # Sports box scores and rosters: "#4 KUO  18 pts 7 reb", "11. Ana Lopes 2 goals".
        Pattern("roster line",
                r"(?m:^[ \t]*#?\d{1,2}\.?[ \t]+(?P<v>\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+)?)[ \t]+\d{1,3}[ \t]*"
                r"(?:pts|points|goals?|reb|ast|min|runs|tries)\b)"
                # leaderboards: "1. Phindile Shongwe 84.2 km" (English words excluded in score_match)
                r"|(?m:^[ \t]*\d{1,2}[.)][ \t]+(?P<v>\p{Lu}[\p{Ll}'’-]+[ \t]\p{Lu}[\p{Ll}'’-]+)[ \t]+[+−-]?\d+(?:[.,]\d+)?[ \t]*(?:km|mi|pts|points|kg|min)\b)", 0.6),
        # "dear rotua,": a greeting and a lower-case word that is not English, then a comma.
        Pattern("lower-case greeting", r"(?i:\b(?:dear|hi|hey|hello|hiya))\s+(?P<v>\p{Ll}[\p{Ll}'’-]{2,15})(?=\s*,)", 0.5),
        # Names in file names: "invoice_Rémi_Chartrand_2024.pdf", "CV_Teeua_Tebano_final.docx" (one span
        # "First_Last"; English words excluded in score_match).
        Pattern("name in file name",
                r"(?:(?<=[_/\s'\"(])|^)(?P<v>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?_\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=(?:_[\w-]*)*\.[A-Za-z]{2,4}\b)", 0.6),
        # Honorifics of Japanese, Korean, Thai and Greek letters around a name: "Jha様", "คุณResi", "κύριε Ohlsen"
        # (a Japanese word before 様 is no name: "お疲れ様").
        Pattern("honorific",
                r"(?<![\p{L}])(?P<v>[\p{Latin}\p{Cyrillic}][\p{Latin}\p{Cyrillic}'’-]{1,20})(?=様|さん|くん|ちゃん|先生|씨|님)"
                r"|(?:คุณ|κύριε|κυρία|κύριος|κα\.|κ\.)\s?(?P<v>\p{L}[\p{L}'’-]{1,20})", 0.6),
        # GEDCOM family trees: "1 NAME Zainab /Al-Jubouri/", "2 GIVN Zainab", "2 SURN Al-Jubouri".
        Pattern("gedcom name", r"(?m:^[ \t]*\d[ \t]+(?:NAME|GIVN|SURN|NICK|_MARNM)[ \t]+(?P<v>[^\n@]*\p{L}[^\n@]*?)[ \t]*$)", 0.8),
        # A name in capitals that is no English word ("EGHOSA OMOREGIE peacefully at home", "the card says
        # ENEKO LARRAÑAGA"): two or three words, each with a vowel; acronyms of letters alone lack one.
        Pattern("name in capitals",
                r"(?<![\p{L}\d])(?P<v>\p{Lu}[\p{Lu}'’-]{2,}(?:[ \t]+\p{Lu}[\p{Lu}'’-]{2,}){1,2})(?![\p{L}\d])", 0.45),
        Pattern("name after a person verb",
                r"(?i:\b(?:tell|told|ask|asked|text|texted|email|emailed|message|messaged|invite|invited|thank|thanked|marry|"
                r"married|dating|meet|met|hug|hugged|remind|reminded|apologi[sz]e to|broke up with|forgive|forgave|congratulate|"
                r"pick up|picking up|drop off|dropping off|lunch w(?:ith|/)|dinner w(?:ith|/)|coffee w(?:ith|/)))\s+"
                r"(?P<v>" + _NAME1 + r"(?:\s+" + _NAME1 + r")?)(?=\s*[,.!?;:]|\s+(?:how|that|about|to|and|if|why|what|when|for|is|was|but|because|so|again|"
                r"yesterday|today|tomorrow|tonight|later|soon)\b|\s*$)", 0.5),
        Pattern("here intro", r"(?:^|[.!?]\s+)(?P<v>" + _NAME1 + r"\s+" + _NAME1 + r")\s+here\b", 0.7),
        # A nickname cue is strong enough to take any word in any case ("we call her bea", "goes by Nacho").
        Pattern("nickname",
                r"(?i:\b(?:calls?\s+(?:him|her|them|me|us)|called\s+(?:him|her|them|me)|(?:go|goes|going|went)\s+by|"
                r"known\s+as|nicknamed|nickname\s+is|aka|a\.k\.a\.?|short\s+for))\s+[\"'“]?"
                r"(?P<v>\p{L}[\p{L}'’-]{1,20}(?:\s+\p{Lu}[\p{Ll}'’-]+)?)(?![\w@])", 0.6),
        # Speakers in pasted chat exports: WhatsApp "[14/03/24, 21:07] Name: ..." and "14/03/2024, 21:07 - Name: ...",
        # Slack "Name  10:42 AM", Discord "Name — Today at 10:42".
        Pattern("chat export speaker",
                r"(?m:^\[\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[APap]\.?[Mm]\.?)?\][ \t]*" + _SPEAKER + r"(?=:[ \t])"
                r"|^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[ \t]+\d{1,2}:\d{2}(?:[ \t]?[APap]\.?[Mm]\.?)?[ \t]+[-–][ \t]+" + _SPEAKER + r"(?=:[ \t])"
                r"|^" + _SPEAKER + r"[ \t]{1,3}(?:\d{1,2}:\d{2}[ \t]?(?:AM|PM|am|pm)|—[ \t]+(?:Today|Yesterday)[ \t]+at[ \t]+\d{1,2}:\d{2})[ \t]*$)", 0.7),
        # Chat logs with a bracketed time on its own line: "[09:04] Somby, Áslat".
        Pattern("timed speaker line",
                r"(?m:^\[\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?\][ \t]*(?P<v>\p{Lu}[\p{L}'’-]+,[ \t]*\p{Lu}[\p{L}'’-]+|"
                r"\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})[ \t]*(?::[ \t]|$)"
                # lower-case speakers of group chats: "[18:02] tanina: does anyone know"
                r"|^\[\d{1,2}:\d{2}(?::\d{2})?(?:\s?[APap][Mm])?\][ \t]*(?P<v>\p{Ll}[\p{L}\d_.'’-]{1,30})(?=:[ \t]))", 0.7),
        # vCards: "FN:Yared Demissie", "N:Demissie;Yared;;;".
        Pattern("vcard name", r"(?m:^(?:FN|N)(?:;[^:\n]*)?:(?P<v>[^;\n]+(?:;[^;\n]+)?))", 0.8),
        # "git shortlog -sn": a count, a tab, the author.
        Pattern("shortlog author", r"(?m:^[ \t]*\d+\t(?P<v>\p{L}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,3})[ \t]*$)", 0.7),
        # Someone asked to do something at the start of a message: "Jhunel can you take a look".
        Pattern("vocative request", r"(?:^|(?<=\n))(?P<v>" + _NAME1 + r"),?\s+(?i:can|could|would|will)\s+(?:you|u)\b", 0.5),
        # Bullets of notes that open with a person: "- **Paj Ntaub** books the venue", "- Teva hasn't replied".
        Pattern("bullet person",
                r"(?m:^[ \t]*[-*•][ \t]+(?:\*\*)?(?P<v>" + _NAME1 + r"(?:[ \t]+" + _NAME1 + r")?)(?:\*\*)?[ \t]+"
                # Only what people do: "Redis hasn't started" or "Docker needs more memory" is about software.
                r"(?:(?:hasn't|has\s+not|hasnt|didn't|did\s+not|never)\s+(?:replied|answered|responded|confirmed|paid|signed|rsvp'?d)|"
                r"is\s+out|out\s+(?:on|mon|tue|wed|thu|fri|today|tomorrow|sick|until)|on\s+(?:leave|holiday|vacation|pto)|to\s+pair|"
                r"books|owes|will\s+(?:bring|book|host|cook|drive)|said|says|asked|volunteered|replied|confirmed|rsvp'?d)\b)", 0.5),
        # Person fields of JSON and API payloads: "displayName": "Obsa Tolera".
        Pattern("json person field",
                r"(?i:[\"'](?:display_?name|full_?name|first_?name|last_?name|given_?name|family_?name|surname|author|assignee|"
                r"reporter|contact_?name|customer_?name|owner_?name)[\"']\s*:\s*)[\"'](?P<v>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})[\"']", 0.7),
        # A quoted full name as a value in code: SQL rows ("VALUES ('Shamiram Odisho', 'Kampala')") and
        # spreadsheet formulas ('=IF(B2="Mawada Elnour","VIP","")').
        Pattern("quoted name value",
                r"(?<=[(,=][ \t]*)[\"'](?P<v>\p{Lu}[\p{Ll}'’-]+(?:[ ]\p{Lu}[\p{Ll}'’-]+){1,2})[\"']", 0.5),
        # Airline and booking records: "PASSENGER: CHODEN/SONAM MR".
        Pattern("surname slash given", r"\b(?P<v>\p{Lu}{2,}/\p{Lu}{2,}(?:\s\p{Lu}{2,})?)\s+(?:MR|MRS|MS|MISS|MSTR|DR|MX)\b", 0.8),
        # Bank statement lines: "FPS PAYMENT TO L RATUVOU REF RENT".
        Pattern("statement payee",
                r"\b(?:PAYMENT|TRANSFER|TRF|FPS|BACS|SEPA|ZELLE|VENMO)\s+(?:TO|FROM)\s+(?P<v>[\p{Lu}][\p{Lu} .'-]{1,40}?)\s+(?:REF|MEMO|ON)\b", 0.7),
        Pattern("kin title", r"\b(?:" + _KIN + r")\s+(?P<v>\p{Lu}[\p{Ll}'’-]{1,20})(?![\p{L}\d])", 0.6),
        # Addressees and form fields in capitals: "ATTN: RASHIDOVA", "FORWARD TO ANSELM TRAUTWEIN IN BILLING".
        Pattern("capitals after a cue",
                r"(?:\b(?:ATTN|ATTENTION|DEAR|FAO|C/O)\s*:?|\b(?:TO|FROM|CC|NAME|PATIENT|CLIENT|CUSTOMER|EMPLOYEE|GUEST)\s*:|"
                r"\b(?:FORWARD|SEND|GIVE|PASS|ADDRESSED)\s+(?:IT\s+|THIS\s+)?TO)\s+"
                r"(?P<v>\p{Lu}{2,}['’-]?\p{Lu}*(?:\s+\p{Lu}{2,}['’-]?\p{Lu}*){0,2})(?![\p{L}\d])", 0.5),
    ]

    GATES: ClassVar[dict[str, tuple[str, ...]]] = {
        "named": ("named", "called", "name", "nom", "nombre"),
        "dash signature": ("-", "—", "~"),
        "sign-off line": ("regards", "cheers", "thanks", "best", "sincerely", "love", "xoxo"),
        "relation": ("my",), "relation lower-case": ("my", "her", "his", "their", "our"),
        "title": ("dr", "mr", "ms", "mx", "prof", "miss", "sir", "dame", "herr", "frau", "mme", "mlle", "sr", "madame",
                  "monsieur", "signor", "señor", "senhor", "mevrouw", "meneer"),
        "lower-case title": ("dr", "mr", "ms", "miss", "prof"), "relation in capitals": ("my ",),
        "here intro": ("here",),
        "occasion for": ("for", "to"),
        "chat export speaker": (":",),
        "quoted name value": ("'", '"'),
        "json person field": ("name", "author", "assignee", "reporter"), "surname slash given": ("/",),
        "statement payee": ("payment", "transfer", "trf", "fps", "bacs", "sepa", "zelle", "venmo"),
        "timed speaker line": ("[",), "vcard name": ("fn:", "n:"), "shortlog author": ("\t",),
        "vocative request": ("can", "could", "would", "will"), "bullet person": ("-", "*", "•"),
        "lower-case greeting": ("dear", "hi", "hey", "hello", "hiya"), "caption for": ("hashtag", "caption", "vows", "toast"),
        "roster line": ("pts", "points", "goal", "reb", "ast", "min", "runs", "tries", "km", "mi", "kg"), "name in file name": ("_",),
        "honorific": ("様", "さん", "くん", "ちゃん", "先生", "씨", "님", "คุณ", "κύρ", "κα.", "κ."), "gedcom name": ("name", "givn", "surn", "nick", "_marnm"),
        "nickname": ("call", "go", "went", "known as", "nickname", "aka", "a.k.a", "short for"),
        "capitals after a cue": ("attn", "attention", "dear", "fao", "c/o", "to", "from", "cc", "name", "patient", "client",
                                 "customer", "employee", "guest"),
    }

    _ENGLISH_CHECKED: ClassVar[frozenset[str]] = frozenset({
        "vocative request", "bullet person", "quoted name value", "lower-case name before a person verb", "lower-case greeting",
        "name in capitals", "name in file name", "roster line", "lower-case title", "relation in capitals"})
    """Patterns whose slot a thing can fill too ("Docker can you..."): the name must not be an English word."""
    TABLE_HEADERS: ClassVar[frozenset[str]] = frozenset({
        "name", "who", "owner", "person", "assignee", "attendee", "guest", "contact", "student", "employee", "member",
        "first name", "last name", "full name", "surname", "given name", "family name", "first", "last", "firstname", "lastname"})
    """Column headers of pasted tables whose cells are people."""

    def table_cell_score(self, value: str) -> float | None:
        name_like = regex.fullmatch(r"\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,3}", value)
        return 0.6 if name_like and not self.invalidate_result(value) else None

    def score_match(self, pattern: Pattern, value: str) -> float | None:
        if pattern.name in self._ENGLISH_CHECKED and any(w.lower() in ENGLISH_WORDS for w in regex.split(r"[\s*_-]+", value) if w):
            return None
        if pattern.name == "name in capitals" and (value.lower() in PUBLIC_NAMES or value.lower() in PUBLIC_PLACES
                                                  or not all(regex.search(r"[AEIOUYÀ-ÖØ-Ý]", w) for w in value.split())):
            return None  # public names, and acronyms without a vowel ("GDPR")
        if pattern.name == "quoted name value" and (value.lower() in PUBLIC_NAMES or value.lower() in PUBLIC_PLACES
                                                    or value.split()[0].lower() in _PLACE_WORDS):
            return None  # "Buenos Aires", "San Diego", "Marie Curie" as values are public
        if pattern.name == "self introduction" and value.lower() in WORD_NAMES:
            return pattern.score  # kept or dropped in analyze, which sees the cue
        return super().score_match(pattern, value)

    def invalidate_result(self, pattern_text: str) -> bool | None:
        words = [w.strip("'’.,").lower() for w in pattern_text.replace(",", " ").replace(";", " ").split()]
        # Every word a common word ("I'm Not Sure", "Thanks, Everyone") is not a name.
        return all(w in COMMON_WORDS for w in words) or not words

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # type: ignore[no-untyped-def]
        """As the base class, but trims trailing common words off a name ("Kwame Please" -> "Kwame"),
        stops a name in capitals at the first common word ("ANSELM TRAUTWEIN IN BILLING"), and keeps
        a lone common word only when it is a given name after a self-introduction."""
        results = ProjectPatternRecognizer.analyze(self, text, entities, nlp_artifacts, regex_flags)
        kept = []
        for r in results:
            words = list(regex.finditer(r"[\p{L}'’-]+", text[r.start:r.end]))
            for i, w in enumerate(words):
                if i and w.group().isupper() and w.group().lower() in COMMON_WORDS:
                    words = words[:i]
                    break
            while len(words) > 1 and words[-1].group().lower() in COMMON_WORDS:
                words.pop()
            if words and (len(words) > 1 or words[0].group().lower() not in COMMON_WORDS
                          or _word_name(text, r.start, r.start + words[0].end())):
                r.end = r.start + words[-1].end()
                kept.append(r)
        return kept


def _word_name(text: str, start: int, end: int) -> bool:
    word = text[start:end]
    return (word[0].isupper() and word.lower() in WORD_NAMES
            and _WORD_NAME_CUE.search(text[max(0, start - 16):start]) is not None
            and _WORD_NAME_END.match(text, end) is not None)
