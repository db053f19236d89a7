"""Dev-only ninth-round material for the PII benchmark: how ordinary, non-technical people write to an
assistant in long chatty messages, and what personal data those messages carry.

Why: these rows were written blind by a new author (without reading the redactor's code or the
held-out split, and without running the redactor or the evaluator) before any recognizer change of
round 9, so the redactor's first score on them ("before") estimates how it generalises to messages
nobody tuned it on.

Rules as for ``pii_dev_round7``: appended to ``dev.jsonl`` only, generated after test and after the
earlier dev-only rows from their own RNG (so test.jsonl stays byte-identical), with value pools that
share nothing with any earlier pool (``check_round9_disjoint``). Template ids continue each
category's numbering from 320 (``secret_320``...). Slot kinds start with ``jj``.

What they exercise (every secret is random text or a random combination of words, never a real one):

* SECRET, about 40% of the messages, in everyday prose rather than config or code: a parent's fridge
  note of the children's Netflix, tablet and school-portal logins; an elderly user reading a password
  off a sticky note with spelling help ("the 0 is a zero not an o"); a password with its hint (the
  hint is not labelled); a password described by its parts ("our dog's name, Pipoca, then 1987, then
  a dollar sign": the whole description from the first literal part is one span, as round 6 did for
  dictated chunks); a typo corrected ("sorry, it's X not Y": both are labelled, the wrong one differs
  by one character and discloses nearly all of the right one); two PINs a parent is unsure between
  (both labelled); a password inside a story; a bank card PIN from the PIN letter; a phone unlock
  pattern written as keypad digits; an iPad passcode; a voicemail PIN; a TV parental-lock PIN;
  security-question answers (a first pet's name and a mother's maiden name, labelled SECRET: they
  work as passwords, so the maiden name here is not PERSON); twelve recovery words in a text message,
  comma-separated (one span); a Wi-Fi password and gate code in a guest welcome note and a WhatsApp
  export line; a gift-card code (SECRET: a bearer code anyone can spend); passwords in Spanish,
  Portuguese, Taglish, Indonesian, Swahili, Amharic in Latin script, Hungarian, Finnish, Irish,
  Basque and Nigerian Pidgin sentences; passwords in a notes-app paste wrapped in Markdown (backticks,
  asterisks, a struck-through old password, straight quotes; the markup is never part of the span);
  a school's forwarded e-mail with a temporary password; a voice-to-text transcript; a letter to be
  opened after the writer's death; the assistant echoing logins back.
* PERSON, about 40%: names of cultures no earlier pool had (Angolan, Mozambican and Cape Verdean,
  Malagasy, Eritrean, Somali, Hausa, Igbo, Yoruba, Akan, Shona, Sotho, Amazigh, Kurdish, Pashto and
  Dari, Javanese, Sundanese, Balinese, Batak, Minang, Ilocano and Cebuano, Aymara, Mapuche,
  Jamaican, Trinidadian, Dominican, Irish, Welsh, Scottish Gaelic, Breton, Basque, Catalan, Yiddish,
  Romani, Sámi, Finnish, Hungarian, Vietnamese-American, Chinese with Western given names,
  Korean-American, Japanese-Brazilian) in a family tree told in prose, an obituary draft, a school
  group-chat export in lower case, lower-case names with no cue word, names after "with" and
  "into", nicknames, names written in their own script beside the Latin form (Ge'ez, Sorani, Pashto,
  Hebrew-script Yiddish, Vietnamese, Han, Hangul, kana), possessives, a wedding speech, a leavers'
  assembly speech, sentence-initial names, a name in capitals on a found wallet, "Ms <surname>",
  honorifics ("Ninang", "bubbe"), given names that are English words ("Lovely", "Mamy"), and names in
  the assistant's reply.
* Other types, the rest: user names (a child's TikTok, a Windows ``C:\\Users\\<u>`` path, a Discord
  name, a Skype name); home addresses of Hungary, Finland, Angola, Ecuador and Morocco written as
  locals write them, and precise private places ("the flat above the pastelaria on Rua da Mulemba");
  Irish PPS, Hungarian TAJ, Ecuadorian cédula and Argentine CUIL numbers with valid check characters;
  phone numbers drawn from ten more countries (all pass ``phonenumbers.is_valid_number``); e-mail
  addresses; dates of birth; share links to a Google Doc, a Drive file, a Dropbox file and an iCloud
  album (URL, the whole link).
* no-PII look-alikes, under round 4's policy: a password described only by reference ("my dog's
  name plus the year I was born": no literal value, not labelled), placeholders (``[PASSWORD]``, a
  blank line), a masked card (``••••4821``) and a masked password, a documented camera default, the
  famous bad examples ``Password123!`` and ``Summer2024``; public promo codes, order numbers and
  parcel tracking numbers (new category ``nopii_commerce``: they identify a purchase, not a person,
  and unlock nothing; a gift-card code, by contrast, is SECRET); public figures; streets named after
  dates and people as history; famous places; words that are also names in this round's pool
  ("lovely", "tatenda", "saudade"); security-question and recovery-word questions without values; a
  Wi-Fi network name; a fictional family; a public government URL; a phone model.
"""

from __future__ import annotations

import string

import pii_dev_extra as X
import pii_dev_round3 as R3
import pii_dev_round4 as R4
import pii_dev_round5 as R5
import pii_dev_round6 as R6
import pii_dev_round7 as R7
import pii_dev_round8 as R8
import pii_pools as P
from pii_common import (
    ALNUM,
    Attrs,
    Ctx,
    ascii_fold_all,
    country_gen,
    digits,
    name_tokens,
    nick_attrs,
    one,
    rand_token,
    secret,
    unlabelled,
    valid_phone_gen,
)

URLSAFE = ALNUM + "-_"
LOWER_DIGITS = string.ascii_lowercase + string.digits
# Gift-card alphabets avoid 0/O and 1/I, as the printed cards do.
GIFT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

# ---------------------------------------------------------------- pools (dev only)
# (first, last, region, gender): cultures and spellings no earlier pool has. Region is "<continent>.<group>"
# so a template can keep a family or a group chat within one culture; gender ("f", "m", "x" for either)
# keeps pronouns in agreement.
R9NAMES: list[tuple[str, str, str, str]] = [
    # Lusophone Africa: Angola, Mozambique, Cape Verde
    ("Nzinga", "Kiluange", "af.lus", "f"), ("Celestina", "Macuácua", "af.lus", "f"), ("Djenifer", "Semedo", "af.lus", "f"),
    ("Albertina", "Nhantumbo", "af.lus", "f"), ("Edvaldo", "Capitango", "af.lus", "m"), ("Dércio", "Tembe", "af.lus", "m"),
    ("Adilson", "Furtado", "af.lus", "m"), ("Hermenegildo", "Chipenda", "af.lus", "m"),
    # Malagasy
    ("Fanja", "Andriamanantena", "af.mg", "f"), ("Tojo", "Razafindrabe", "af.mg", "m"),
    ("Voahirana", "Rasoanaivo", "af.mg", "f"), ("Mamy", "Ravelojaona", "af.mg", "m"),
    # Horn of Africa: Eritrean, Somali
    ("Yodit", "Tekle", "af.horn", "f"), ("Filmon", "Ghebremedhin", "af.horn", "m"), ("Ubax", "Cabdullaahi", "af.horn", "f"),
    ("Liban", "Xirsi", "af.horn", "m"),
    # West Africa: Hausa, Igbo, Yoruba, Akan
    ("Hauwa", "Shehu", "af.wa", "f"), ("Garba", "Yakasai", "af.wa", "m"), ("Chinwendu", "Onwudiwe", "af.wa", "f"),
    ("Ikechukwu", "Obiakor", "af.wa", "m"), ("Adetutu", "Olatunji", "af.wa", "f"), ("Kolawole", "Ajanaku", "af.wa", "m"),
    ("Efua", "Amponsah", "af.wa", "f"), ("Yaw", "Darko", "af.wa", "m"),
    # Southern Africa: Shona, Sotho
    ("Tatenda", "Makoni", "af.south", "x"), ("Rumbidzai", "Chigumba", "af.south", "f"),
    ("Lerato", "Mokhethi", "af.south", "f"), ("Teboho", "Ramokoena", "af.south", "m"),
    # Amazigh
    ("Massinissa", "Oubelaid", "af.amz", "m"), ("Tanina", "Idir", "af.amz", "f"),
    # Kurdish, Pashto and Dari
    ("Hêvî", "Zaxoyî", "me.kur", "f"), ("Dilovan", "Berwari", "me.kur", "m"), ("Shilan", "Barzinji", "me.kur", "f"),
    ("Wazhma", "Mangal", "me.afg", "f"), ("Mirwais", "Popalzai", "me.afg", "m"), ("Freshta", "Hotak", "me.afg", "f"),
    ("Sohrab", "Wardak", "me.afg", "m"),
    # Indonesia: Javanese, Sundanese, Balinese, Batak, Minang
    ("Sekar Ayu", "Prameswari", "as.ido", "f"), ("Suryo", "Atmodjo", "as.ido", "m"), ("Ujang", "Sukmana", "as.ido", "m"),
    ("Euis", "Rohaeti", "as.ido", "f"), ("Ni Luh", "Sukerti", "as.ido", "f"), ("I Ketut", "Arsana", "as.ido", "m"),
    ("Rotua", "Hutagalung", "as.ido", "f"), ("Togar", "Sitompul", "as.ido", "m"), ("Yusrizal", "Chaniago", "as.ido", "m"),
    # Philippines: Ilocano, Cebuano
    ("Marites", "Dumlao", "as.fil", "f"), ("Reynante", "Lapinig", "as.fil", "m"), ("Lovely", "Sumalinog", "as.fil", "f"),
    ("Dodong", "Abellana", "as.fil", "m"),
    # Andes: Aymara, Mapuche
    ("Nayra", "Choque", "am.and", "f"), ("Amaru", "Yucra", "am.and", "m"), ("Ayelén", "Calfuqueo", "am.and", "f"),
    ("Lautaro", "Painemal", "am.and", "m"),
    # Caribbean: Jamaican, Trinidadian, Dominican
    ("Shanique", "McFarlane", "am.car", "f"), ("Delroy", "Spence", "am.car", "m"), ("Keron", "Ramdass", "am.car", "m"),
    ("Yokasta", "Almonte", "am.car", "f"),
    # Diaspora: Vietnamese-American, Chinese with a Western given name, Korean-American, Japanese-Brazilian
    ("Tammy", "Truong", "am.dia", "f"), ("Vinh", "Huynh", "am.dia", "m"), ("Jessica", "Zhao", "am.dia", "f"),
    ("Kevin", "Guo", "am.dia", "m"), ("Esther", "Hwang", "am.dia", "f"), ("Justin", "Baek", "am.dia", "m"),
    ("Érika", "Hayashida", "am.dia", "f"), ("Tadashi", "Shimabukuro", "am.dia", "m"),
    # Celtic: Irish, Welsh, Scottish Gaelic, Breton
    ("Clodagh", "Ní Bhraonáin", "eu.celt", "f"), ("Oisín", "Ó Tuathail", "eu.celt", "m"), ("Cerys", "Llwyd", "eu.celt", "f"),
    ("Bleddyn", "Pugh", "eu.celt", "m"), ("Mòrag", "NicLeòid", "eu.celt", "f"), ("Ruaraidh", "MacAonghais", "eu.celt", "m"),
    ("Maiwenn", "Kerbrat", "eu.celt", "f"), ("Erwan", "Quéré", "eu.celt", "m"),
    # Iberia: Basque, Catalan
    ("Garazi", "Uriarte", "eu.ib", "f"), ("Eneko", "Larrañaga", "eu.ib", "m"), ("Roser", "Puigvert", "eu.ib", "f"),
    ("Oriol", "Rovira", "eu.ib", "m"),
    # Yiddish, Romani
    ("Chaya Rivka", "Teitelbaum", "eu.yr.yid", "f"), ("Yankel", "Zilberman", "eu.yr.yid", "m"),
    ("Tsura", "Boswell", "eu.yr.rom", "f"), ("Nicolae", "Rostaș", "eu.yr.rom", "m"),
    # Uralic: Sámi, Finnish, Hungarian
    ("Biret", "Hætta", "eu.ural", "f"), ("Ánde", "Buljo", "eu.ural", "m"), ("Sanni", "Kärkkäinen", "eu.ural", "f"),
    ("Oskari", "Hyvönen", "eu.ural", "m"), ("Boglárka", "Vámos", "eu.ural", "f"), ("Csongor", "Fekete", "eu.ural", "m"),
    ("Ildikó", "Pálffy", "eu.ural", "f"),
]
# Capitalised particles and given-name prefixes; the token clash check ignores them.
R9PARTICLES = {"Ni", "I"}
# (diminutive, given name)
R9NICKS: list[tuple[str, str]] = [
    ("Bogi", "Boglárka"), ("Rumbi", "Rumbidzai"), ("Kola", "Kolawole"), ("Ike", "Ikechukwu"), ("Ceri", "Cerys"),
    ("Voa", "Voahirana"), ("Oski", "Oskari"), ("Yanky", "Yankel"), ("Tati", "Tatenda"), ("Hermé", "Hermenegildo"),
]
# (name in its own script, the same person's Latin-script name from R9NAMES)
R9SCRIPT: list[tuple[str, str]] = [
    ("ዮዲት ተክለ", "Yodit Tekle"), ("شیلان بەرزنجی", "Shilan Barzinji"), ("وږمه منګل", "Wazhma Mangal"),
    ("חיה רבקה טייטלבוים", "Chaya Rivka Teitelbaum"), ("Huỳnh Văn Vinh", "Vinh Huynh"), ("赵佳怡", "Jessica Zhao"),
    ("황에스더", "Esther Hwang"), ("林田エリカ", "Érika Hayashida"),
]
# Security-question answers: pets' names and mothers' maiden names (SECRET in this round, see the docstring).
R9PETS = ["Pipoca", "Farofa", "Bolacha", "Chispita", "Tamago", "Biskit", "Pirulito", "Kaju", "Tembi", "Fidgel"]
R9MAIDEN = ["Bwalya", "Sithebe", "Quarshie", "Mbulaheni", "Gyamfi", "Tshabangu", "Okwuosa"]
R9PASSWORD_WORDS = ["Buttercup", "Tortoise", "Peppermint", "Scooter", "Popcorn", "Goldfish", "Daffodil", "Muffin", "Teapot",
                    "Pinecone", "Sparrow", "Hazelnut", "Cupcake", "Pudding", "Rainbow", "Doughnut"]
# Words of passwords typed in other languages, by language.
R9LANG_WORDS: dict[str, list[str]] = {
    "es": ["Mariposa", "Girasol", "Tortuga", "Aguacate", "Cangrejo"],
    "pt": ["Jabuticaba", "Brigadeiro", "Cajueiro", "Passarinho", "Goiabada"],
    "tl": ["Bahaghari", "Sampalok", "Kalabaw", "Paruparo", "Sinigang"],
    "id": ["Rambutan", "Kelinci", "Melati", "Durian", "Cendol"],
    "sw": ["Twiga", "Tembo", "Kiboko", "Nyota", "Chungwa"],
    "am": ["Buna", "Injera", "Berbere", "Gursha", "Mesob"],
    "hu": ["Pogácsa", "Katica", "Palacsinta", "Süni", "Dió"],
    "fi": ["Mustikka", "Pulla", "Lumiukko", "Sieni", "Revontuli"],
    "ga": ["Madra", "Bóthar", "Féileacán", "Sionnach", "Réalta"],
    "eu": ["Txori", "Itsasoa", "Sagarra", "Mendia", "Tximeleta"],
    "pcm": ["Jollof", "Suya", "Agege", "Puffpuff", "Zobo"],
}
# Ordinary English words of recovery phrases written casually.
R9PHRASE_WORDS = ["harvest", "blanket", "candle", "carpet", "castle", "chimney", "coconut", "crystal", "elephant", "engine",
                  "feather", "festival", "forest", "giraffe", "glove", "helmet", "honey", "kitten", "lobster", "magnet",
                  "mirror", "mountain", "olive", "palace", "panda", "parrot", "peanut", "piano", "planet", "potato",
                  "spider", "squirrel", "trumpet", "turtle", "whale", "window"]
R9HANDLE_WORDS = ["baobab", "cassava", "hibiscus", "sisal", "tamarillo", "manatee", "okapi", "caracal"]
R9EMAIL_DOMAINS = ["freemail.hu", "citromail.hu", "kolumbus.fi", "elisanet.fi", "telkom.net", "iol.pt", "netcabo.pt",
                   "menara.ma", "hotmail.es", "fibertel.com.ar", "tvcabo.co.mz", "blueline.mg"]
R9PUBLIC_FIGURES = ["Amílcar Cabral", "Cesária Évora", "Samora Machel", "Seamus Heaney", "Dylan Thomas", "Béla Bartók",
                    "Tove Jansson", "Alvar Aalto", "Bob Marley", "Marcus Garvey", "Pablo Neruda", "Gabriela Mistral",
                    "Apolinario Mabini", "Isaac Bashevis Singer", "Raden Adjeng Kartini"]
# Street stems by country (none in an earlier street pool).
R9STREETS: dict[str, list[str]] = {
    "hu": ["Pipacs", "Búzavirág", "Gesztenyefa"], "fi": ["Kanerva", "Puolukka", "Kataja"],
    "ao": ["da Mulemba", "do Imbondeiro", "da Mutiati"], "ec": ["Los Arupos", "Los Guabos", "Las Cucardas"],
    "ma": ["Al Yasmine", "Al Arz", "Zitoun"],
}
R9LANDMARKS = ["pastelaria", "hairdresser's", "shoe-repair kiosk", "bike shop", "hardware store", "internet café", "tailor's"]


def _tokens(names: set[str]) -> set[str]:
    """Capitalised words of the names, particles and given-name prefixes left out."""
    return name_tokens(names, R9PARTICLES | R7.R7PARTICLES | R6.R6PARTICLES)


def check_round9_disjoint() -> None:
    """Raise ValueError if a round-9 pool shares a value with an earlier pool (dev, test, extra, rounds 3 to 8),
    or a round-9 slot kind could collide with another round's."""
    earlier_names = {n for _, fs, ls in P.CULTURES for n in fs + ls} | set(P.NICKNAMES.values()) \
        | set(P.NICKNAMES) | {n for half in P.NATIVE_SCRIPT for pair in half for n in pair} \
        | {n for pair in X.XNAMES for n in pair} | {n for t in X.XNICKS for n in t} \
        | {n for f, l, _ in X.XNATIVE for n in (f, l)} \
        | {n for pair in R3.R3NAMES for n in pair} | {n for pair in R3.R3NICKS for n in pair} \
        | {n for pair in R4.R4NAMES for n in pair} | {n for pair in R4.R4NICKS for n in pair} \
        | {n for pair in R5.R5NAMES for n in pair} | {n for pair in R5.R5NICKS for n in pair} \
        | {n for pair in R6.R6NAMES for n in pair} | {n for pair in R6.R6NICKS for n in pair} \
        | {n for f, l, _, _ in R7.R7NAMES for n in (f, l)} | {n for pair in R7.R7NICKS for n in pair} \
        | {n for f, l, _, _ in R8.R8NAMES for n in (f, l)} | {n for pair in R8.R8NICKS for n in pair}
    names = {n for f, l, _, _ in R9NAMES for n in (f, l)} | {n for pair in R9NICKS for n in pair} \
        | {native for native, _ in R9SCRIPT} | set(R9PETS) | set(R9MAIDEN)
    earlier_figures = {f for half in P.PUBLIC_FIGURES for f in half} | set(R3.R3PUBLIC_FIGURES) \
        | set(R5.R5PUBLIC_FIGURES) | set(R6.R6PUBLIC_FIGURES) | set(R7.R7PUBLIC_FIGURES) \
        | set(R8.R8PUBLIC_FIGURES)
    earlier_words = {w.lower() for half in P.PASSWORD_WORDS for w in half} | {w.lower() for w in X.XPASSWORD_WORDS} \
        | {w.lower() for w in R3.R3PASSWORD_WORDS} | {w.lower() for w in R4.R4PASSWORD_WORDS} \
        | set(R4.R4PHRASE_WORDS) | {w.lower() for w in R4.R4WIFI} | {w.lower() for w in R5.R5PASSWORD_WORDS} \
        | {w.lower() for w in R6.R6PASSWORD_WORDS} | {w.lower() for w in R7.R7PASSWORD_WORDS + R7.R7UNICODE_WORDS} \
        | set(R7.R7PHRASE_WORDS) | {w.lower() for w in R8.R8PASSWORD_WORDS}
    pw_words = {w.lower() for w in R9PASSWORD_WORDS} | {w.lower() for ws in R9LANG_WORDS.values() for w in ws} \
        | {w.lower() for w in R9PETS}
    words = pw_words | set(R9PHRASE_WORDS)
    earlier_handles = {w for half in P.HANDLE_WORDS for w in half} | set(X.XHANDLE_WORDS) | set(R5.R5HANDLE_WORDS) \
        | set(R6.R6HANDLE_WORDS) | set(R7.R7HANDLE_WORDS) | set(R8.R8HANDLE_WORDS)
    earlier_streets = {s.lower() for half in P.STREETS + P.DE_STREETS + P.FR_STREETS + P.IN_SOCIETIES for s in half} \
        | {s.lower() for s in X.XSTREETS} | {s.lower() for stems in R5.R5STREETS.values() for s in stems} \
        | {s.lower() for stems in R6.R6STREETS.values() for s in stems} \
        | {s.lower() for stems in R7.R7STREETS.values() for s in stems} | {s.lower() for stems in R8.R8STREETS.values() for s in stems}
    earlier_domains = set(P.EMAIL_DOMAINS) | {d for half in P.WORK_DOMAINS for d in half} | set(R5.R5EMAIL_DOMAINS) \
        | set(R6.R6EMAIL_DOMAINS) | set(R7.R7EMAIL_DOMAINS) | set(R8.R8EMAIL_DOMAINS)
    earlier_landmarks = set(P.LANDMARKS) | set(X.XLANDMARKS) | set(R5.R5LANDMARKS) | set(R6.R6LANDMARKS)
    streets = {s.lower() for stems in R9STREETS.values() for s in stems}
    clashes = (names & earlier_names) | (_tokens(names) & _tokens(earlier_names)) \
        | (set(R9PUBLIC_FIGURES) & earlier_figures) | (_tokens(set(R9PUBLIC_FIGURES)) & _tokens(names | earlier_names)) \
        | (words & earlier_words) | (pw_words & set(R9PHRASE_WORDS)) | (set(R9HANDLE_WORDS) & earlier_handles) \
        | (streets & earlier_streets) | (set(R9EMAIL_DOMAINS) & earlier_domains) | (set(R9LANDMARKS) & earlier_landmarks) \
        | ({p.lower() for p in R9PETS + R9MAIDEN} & {t.lower() for t in _tokens(names - set(R9PETS) - set(R9MAIDEN))})
    if clashes:
        raise ValueError(f"{len(clashes)} round-9 pool values are also in earlier pools: {sorted(clashes)}")
    if len({f for f, _, _, _ in R9NAMES}) != len(R9NAMES) or any(g not in "fmx" for *_, g in R9NAMES):
        raise ValueError("R9NAMES needs distinct first names, each with a gender f, m or x")
    full_names = {f"{f} {l}" for f, l, _, _ in R9NAMES}
    if any(latin not in full_names for _, latin in R9SCRIPT) or any(g not in {f for f, *_ in R9NAMES} for _, g in R9NICKS):
        raise ValueError("R9SCRIPT and R9NICKS must name people of R9NAMES")
    earlier_kinds = set(R3.ROUND3_GENERATORS) | set(R4.ROUND4_GENERATORS) | set(R5.ROUND5_GENERATORS) \
        | set(R6.ROUND6_GENERATORS) | set(R7.ROUND7_GENERATORS) | set(X.EXTRA_GENERATORS)
    if any(not k.startswith("jj") for k in ROUND9_GENERATORS) or set(ROUND9_GENERATORS) & earlier_kinds:
        raise ValueError("round-9 slot kinds must start with 'jj' and be new")


# ---------------------------------------------------------------- helpers


# ---------------------------------------------------------------- people, handles, contact details
def gen_jj_person(ctx: Ctx, gender: str | None = None, region: str | None = None) -> Attrs:
    """A person of the round-9 pool; ``gender`` "f"/"m" keeps to names read that way (or either), ``region``
    to one group ("lus", "wa", "celt"...) or continent ("af", "eu"...)."""
    rng = ctx.rng
    pool = [n for n in R9NAMES if (gender is None or n[3] in (gender, "x")) and (region is None or region in n[2].split("."))]
    first, last, _, _ = ctx.pick_fresh(pool, "jjnames", 6)
    full = f"{first} {last}"
    f, l = ascii_fold_all(first), ascii_fold_all(last)
    # The initial of the given name proper ("I Ketut" -> "K."), not of a Balinese birth-order prefix.
    initial = next(t for t in first.split() if t not in R9PARTICLES)[0]

    def make_email() -> str:
        local = rng.choice([f"{f}.{l}", f"{f}{l[:2]}{rng.randrange(1, 99)}", f"{l}.{f[0]}", f"{f}_{rng.choice(R9HANDLE_WORDS)}",
                            f"{f[0]}{l}{rng.randrange(1950, 2008)}", f"{f}{l}", f"{l}-{f}"])
        return f"{local}@{rng.choice(R9EMAIL_DOMAINS)}"

    return {"full": one(full, "PERSON"), "first": one(first, "PERSON"), "last": one(last, "PERSON"),
            "first_lc": one(first.lower(), "PERSON"), "full_lc": one(full.lower(), "PERSON"),
            "poss": [(first, "PERSON"), ("'s", None)], "poss_lc": [(first.lower(), "PERSON"), ("'s", None)],
            "poss_full": [(full, "PERSON"), ("'s", None)], "initial": one(f"{initial}. {last}", "PERSON"),
            "caps": one(full.upper(), "PERSON"), "email": one(ctx.unique(make_email), "EMAIL_ADDRESS")}


def gen_jj_nick(ctx: Ctx) -> Attrs:
    return nick_attrs(ctx, R9NICKS, "jjnicks", 6)


def gen_jj_script(ctx: Ctx) -> Attrs:
    """A name in its own script (``native``) and the same person's Latin-script name (``latin``)."""
    native, latin = ctx.pick_fresh(R9SCRIPT, "jjscript", 6)
    return {"native": one(native, "PERSON"), "latin": one(latin, "PERSON")}


def _handle(ctx: Ctx) -> str:
    rng = ctx.rng
    first, last, _, _ = rng.choice(R9NAMES)
    f, l = ascii_fold_all(first), ascii_fold_all(last)
    word = rng.choice(R9HANDLE_WORDS)
    return rng.choice([f"{f}.{l}", f"{word}_{f}{digits(rng, 2)}", f"{f[0]}{l}", f"{l}{f[:3]}{digits(rng, 2)}", f"{f}.{word}",
                       f"{f}{digits(rng, 4)}", f"{f[:3]}{l[:4]}", f"x{f}{word}x"])


def gen_jj_user(ctx: Ctx) -> Attrs:
    """A person's own login or handle (USERNAME)."""
    return {"v": one(ctx.unique(lambda: _handle(ctx)), "USERNAME")}


def gen_jj_email(ctx: Ctx) -> Attrs:
    return {"v": gen_jj_person(ctx)["email"]}


PHONE_REGIONS = {"ao": "AO", "mz": "MZ", "mg": "MG", "hu": "HU", "fi": "FI", "ec": "EC", "jm": "JM", "ma": "MA",
                 "iq": "IQ", "cv": "CV"}


def _phone(ctx: Ctx, country: str) -> str:
    rng = ctx.rng
    d = lambda n: digits(rng, n)
    return rng.choice({
        "ao": [f"+244 9{rng.choice('1234')}{d(1)} {d(3)} {d(3)}", f"9{rng.choice('1234')}{d(1)} {d(3)} {d(3)}"],
        "mz": [f"+258 8{rng.choice('2456')} {d(3)} {d(4)}", f"8{rng.choice('2456')} {d(3)} {d(4)}"],
        "mg": [f"+261 3{rng.choice('234')} {d(2)} {d(3)} {d(2)}", f"03{rng.choice('234')} {d(2)} {d(3)} {d(2)}"],
        "hu": [f"+36 {rng.choice(['20', '30', '70'])} {d(3)} {d(4)}", f"06 {rng.choice(['20', '30', '70'])} {d(3)} {d(4)}",
               f"06-{rng.choice(['20', '30', '70'])}/{d(3)}-{d(4)}"],
        "fi": [f"+358 {rng.choice(['40', '44', '50'])} {d(3)} {d(4)}", f"0{rng.choice(['40', '44', '50'])} {d(3)} {d(4)}"],
        "ec": [f"+593 9{rng.choice('6789')} {d(3)} {d(4)}", f"09{rng.choice('6789')} {d(3)} {d(4)}"],
        "jm": [f"+1 876 {rng.choice('34589')}{d(2)} {d(4)}", f"(876) {rng.choice('34589')}{d(2)}-{d(4)}"],
        "ma": [f"+212 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}"],
        "iq": [f"+964 7{rng.choice('5789')}{d(1)} {d(3)} {d(4)}", f"07{rng.choice('5789')}{d(1)} {d(3)} {d(4)}"],
        "cv": [f"+238 9{d(2)} {d(2)} {d(2)}", f"9{d(2)} {d(2)} {d(2)}"],
    }[country])


def _address(ctx: Ctx, country: str) -> str:
    rng = ctx.rng
    st = rng.choice(R9STREETS[country])
    n = rng.randrange(1, 90)
    if country == "hu":
        pc, city = rng.choice([("1118", "Budapest"), ("1145", "Budapest"), ("4032", "Debrecen"), ("6722", "Szeged")])
        return rng.choice([f"{pc} {city}, {st} utca {n}. {rng.randrange(1, 6)}. em. {rng.randrange(1, 12)}.",
                           f"{st} u. {n}. fsz. {rng.randrange(1, 4)}., {pc} {city}"])
    if country == "fi":
        pc, city = rng.choice([("00940", "Helsinki"), ("33720", "Tampere"), ("90570", "Oulu")])
        return rng.choice([f"{st}tie {n} B {rng.randrange(10, 60)}, {pc} {city}",
                           f"{st}polku {n} as {rng.randrange(1, 20)}, {pc} {city}"])
    if country == "ao":
        bairro = rng.choice(["Maculusso", "Alvalade", "Talatona", "Maianga"])
        return rng.choice([f"Rua {st}, casa n.º {n}, Bairro {bairro}, Luanda",
                           f"Rua {st} n.º {n}, {rng.randrange(1, 9)}.º andar, Bairro {bairro}, Luanda"])
    if country == "ec":
        return rng.choice([f"{st} N{rng.randrange(20, 70)}-{n} y Av. {rng.choice(['Eloy Alfaro', 'de los Shyris', '6 de Diciembre'])}, Quito",
                           f"Cdla. Kennedy Norte, {st} Mz. {n} Villa {rng.randrange(1, 20)}, Guayaquil"])
    quarter, city, pc = rng.choice([("Maârif", "Casablanca", "20330"), ("Agdal", "Rabat", "10080"), ("Guéliz", "Marrakech", "40000")])
    return rng.choice([f"{n}, rue {st}, {quarter}, {city} {pc}",
                       f"Résidence {st}, imm. {rng.randrange(1, 12)}, appt {n}, {quarter}, {city}"])


def gen_jj_place(ctx: Ctx) -> Attrs:
    """A precise private place described by a landmark on a street (LOCATION, the whole phrase)."""
    rng = ctx.rng

    def make() -> str:
        c = rng.choice(sorted(R9STREETS))
        st = rng.choice(R9STREETS[c])
        street = {"hu": f"{st} utca", "fi": f"{st}tie", "ao": f"Rua {st}", "ec": f"calle {st}", "ma": f"rue {st}"}[c]
        mark = rng.choice(R9LANDMARKS)
        return rng.choice([f"the flat above the {mark} on {street}", f"the house with the blue gate behind the {mark} on {street}",
                           f"the second floor over the {mark} at the corner of {street}",
                           f"the yellow house next to the {mark} on {street}"])

    return {"v": one(ctx.unique(make), "LOCATION")}


# ---------------------------------------------------------------- national id numbers (valid check characters)
def _ie_pps(ctx: Ctx) -> str:
    """Irish PPS number: 7 digits, a mod-23 check letter, and (new format) a second letter counted with weight 9."""
    rng = ctx.rng
    body = digits(rng, 7)
    second = rng.choice(["", "A", "A", "W"])
    total = sum(int(c) * (8 - i) for i, c in enumerate(body))
    if second:
        total += 9 * (0 if second == "W" else ord(second) - 64)
    return body + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] + second


def _hu_taj(ctx: Ctx) -> str:
    """Hungarian TAJ (social security) number: 8 digits weighted 3,7,3,7..., check digit mod 10; written 3-3-3."""
    body = digits(ctx.rng, 8)
    n = body + str(sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(body)) % 10)
    return ctx.rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n])


def _ec_cedula(ctx: Ctx) -> str:
    """Ecuadorian cédula: province 01-24, third digit below 6, mod-10 check with coefficients 2,1,2,1..."""
    rng = ctx.rng
    body = f"{rng.randrange(1, 25):02d}{rng.randrange(0, 6)}{digits(rng, 6)}"
    total = 0
    for i, c in enumerate(body):
        p = int(c) * (2 if i % 2 == 0 else 1)
        total += p - 9 if p > 9 else p
    n = body + str((10 - total % 10) % 10)
    return rng.choice([n, f"{n[:9]}-{n[9]}"])


def _ar_cuil(ctx: Ctx) -> str:
    """Argentine CUIL: 20/23/27, an 8-digit DNI, mod-11 check digit (bodies whose check would be 10 are redrawn)."""
    rng = ctx.rng
    while True:
        body = rng.choice(["20", "23", "27"]) + str(rng.randrange(10_000_000, 45_000_000))
        r = 11 - sum(int(c) * w for c, w in zip(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if r != 10:
            return f"{body[:2]}-{body[2:]}-{0 if r == 11 else r}"


JJID_MAKERS = {"ie": _ie_pps, "hu": _hu_taj, "ec": _ec_cedula, "ar": _ar_cuil}


def make_jj_id_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return {"v": one(ctx.unique(lambda: JJID_MAKERS[kind](ctx)), "ID_NUMBER")}

    return gen


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def make_jj_dob_gen(first_year: int, last_year: int):  # type: ignore[no-untyped-def]
    """Dates of birth between two years: "2 May 1938" (``words``), "14/07/1961" (``slash``) or "14.7.1961" (``dots``)."""
    def gen(ctx: Ctx) -> Attrs:
        rng = ctx.rng

        def make() -> tuple[str, str, str]:
            y, m, d = rng.randrange(first_year, last_year + 1), rng.randrange(1, 13), rng.randrange(1, 29)
            return f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}"

        forms = make()
        while any(f in ctx.seen for f in forms):
            forms = make()
        ctx.seen.update(forms)
        words, slash, dots = forms
        return {"words": one(words, "DATE_OF_BIRTH"), "slash": one(slash, "DATE_OF_BIRTH"), "dots": one(dots, "DATE_OF_BIRTH")}

    return gen


# ---------------------------------------------------------------- private share links (URL, the whole link)
def _doc_url(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    t = lambda n, a=URLSAFE: rand_token(rng, n, a)
    if kind == "docs":
        return f"https://docs.google.com/{rng.choice(['document', 'spreadsheets'])}/d/1{t(43)}/edit?usp=sharing"
    if kind == "drive":
        return f"https://drive.google.com/file/d/1{t(32)}/view?usp=sharing"
    if kind == "dropbox":
        name = rng.choice(["reunion-list", "mum-birthday", "school-trip-form", "wedding-seating"])
        return f"https://www.dropbox.com/scl/fi/{t(21, LOWER_DIGITS)}/{name}.pdf?rlkey={t(25, LOWER_DIGITS)}&dl=0"
    return f"https://www.icloud.com/sharedalbum/#B0{t(13, ALNUM)}"


def make_jj_doc_gen(kind: str | None):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        k = kind or ctx.rng.choice(["docs", "drive", "dropbox", "icloud"])
        return {"v": one(ctx.unique(lambda: _doc_url(ctx, k)), "URL")}

    return gen


# ---------------------------------------------------------------- passwords, PINs, codes, phrases
SYMBOLS = "!#$&@"


def _password(ctx: Ctx, words: list[str]) -> str:
    """A password as ordinary people choose them: a word or two, digits, a symbol. Starts with a letter and
    has no space, quote, backtick, asterisk, tilde or underscore (so Markdown around it stays markup)."""
    rng = ctx.rng
    word, other = rng.sample(words, 2)
    return rng.choice([
        f"{word}{digits(rng, rng.choice([2, 3, 4]))}{rng.choice(SYMBOLS)}",   # "Popcorn471!"
        f"{word.lower()}{rng.randrange(1955, 2020)}",                          # "teapot1987"
        f"{word}{other}{digits(rng, 2)}",                                      # "MuffinSparrow42"
        f"{word}{rng.choice(SYMBOLS)}{other}{digits(rng, 1)}",                 # "Tortoise&Cupcake7"
        f"{word.lower()}.{other.lower()}{digits(rng, 2)}",                     # "pudding.rainbow19"
        f"{word}-{other}-{digits(rng, 3)}",                                    # "Goldfish-Teapot-303"
        f"{word.lower()}{digits(rng, 3)}",                                     # "scooter907"
    ])


def make_jj_pw_gen(lang: str | None):  # type: ignore[no-untyped-def]
    """Passwords built from English words (``lang`` None) or from words of one language."""
    words = R9PASSWORD_WORDS if lang is None else R9LANG_WORDS[lang]

    def gen(ctx: Ctx) -> Attrs:
        return secret(ctx.unique(lambda: _password(ctx, words)))

    return gen


def gen_jj_sticky(ctx: Ctx) -> Attrs:
    """A password written on a sticky note: a capitalised word whose o's are zeros, then digits (always has a 0)."""
    rng = ctx.rng
    pool = [w for w in R9PASSWORD_WORDS if "o" in w.lower()]
    return secret(ctx.unique(lambda: rng.choice(pool).replace("o", "0").replace("O", "0")
                              + digits(rng, 2) + rng.choice(["", "", "!", "#"])))


def gen_jj_typo(ctx: Ctx) -> Attrs:
    """A password (``right``) and the same password with one character wrong (``wrong``): both are SECRET."""
    rng = ctx.rng

    def make() -> tuple[str, str]:
        right = _password(ctx, R9PASSWORD_WORDS)
        pos = [i for i, c in enumerate(right) if c.isdigit()]
        chars = list(right)
        if pos:
            i = rng.choice(pos)
            chars[i] = rng.choice([d for d in string.digits if d != right[i]])
        else:
            i = rng.choice([i for i, c in enumerate(right) if c.isalpha()])
            chars[i] = chars[i].swapcase()
        return right, "".join(chars)

    right, wrong = make()
    while right in ctx.seen or wrong in ctx.seen:
        right, wrong = make()
    ctx.seen.update((right, wrong))
    return {"right": one(right, "SECRET"), "wrong": one(wrong, "SECRET")}


def gen_jj_parts(ctx: Ctx) -> Attrs:
    """A password described part by part with every part given ("Pipoca, then 1987, then a dollar sign"): one span."""
    rng = ctx.rng

    def make() -> str:
        pet, year = rng.choice(R9PETS), rng.randrange(1955, 2016)
        tail = rng.choice(["then a dollar sign", "then an exclamation mark", "then a hashtag", "then the @ sign"])
        return rng.choice([f"{pet}, then {year}, {tail}", f"{pet} with a capital {pet[0]}, then {year}, {tail}",
                           f"{pet.lower()} all small, then {year}, {tail}"])

    return secret(ctx.unique(make))


def gen_jj_pin(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: digits(ctx.rng, ctx.rng.choice([4, 4, 4, 5, 6]))))


def gen_jj_passcode(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: digits(ctx.rng, 6)))


def gen_jj_pattern(ctx: Ctx) -> Attrs:
    """A phone unlock pattern written as keypad digits ("1-5-9-6-3")."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: rng.choice(["-", " → ", ", "]).join(rng.sample("123456789", rng.randrange(4, 8)))))


def gen_jj_gift(ctx: Ctx) -> Attrs:
    """A gift-card code (Google Play, Amazon or Steam shapes)."""
    rng = ctx.rng
    t = lambda n: rand_token(rng, n, GIFT_ALPHABET)
    return secret(ctx.unique(lambda: rng.choice([t(20), f"{t(4)}-{t(6)}-{t(4)}", f"{t(5)}-{t(5)}-{t(5)}",
                                                  f"{t(4)} {t(4)} {t(4)} {t(4)}"])))


def gen_jj_secq(ctx: Ctx) -> Attrs:
    """Security-question answers: a first pet's name (``pet``) and a mother's maiden name (``maiden``), both SECRET."""
    rng = ctx.rng
    return {"pet": one(rng.choice(R9PETS), "SECRET"), "maiden": one(rng.choice(R9MAIDEN), "SECRET")}


def gen_jj_phrase(ctx: Ctx) -> Attrs:
    """Twelve recovery words written in a sentence, comma-separated (``comma``); one span."""
    rng = ctx.rng

    def make() -> str:
        words = rng.sample(R9PHRASE_WORDS, 12)
        return rng.choice([", ".join(words), ", ".join(words[:11]) + " and " + words[11]])

    return {"comma": one(ctx.unique(make), "SECRET")}


# ---------------------------------------------------------------- not PII
def gen_jj_fig(ctx: Ctx) -> Attrs:
    return unlabelled(ctx.pick_fresh(R9PUBLIC_FIGURES, "jjfigures", 6))


_REGIONS = ("af", "lus", "mg", "horn", "wa", "south", "amz", "me", "kur", "afg", "as", "ido", "fil", "am", "and", "car",
            "dia", "eu", "celt", "ib", "yr", "yid", "rom", "ural")


def _person_gen(gender: str | None, region: str | None):  # type: ignore[no-untyped-def]
    return lambda ctx: gen_jj_person(ctx, gender, region)


ROUND9_GENERATORS = {
    "jjp": _person_gen(None, None), "jjpf": _person_gen("f", None), "jjpm": _person_gen("m", None),
    **{f"jjp_{r}": _person_gen(None, r) for r in _REGIONS}, **{f"jjpf_{r}": _person_gen("f", r) for r in _REGIONS},
    **{f"jjpm_{r}": _person_gen("m", r) for r in _REGIONS},
    "jjnick": gen_jj_nick, "jjscript": gen_jj_script, "jjusr": gen_jj_user, "jjem": gen_jj_email,
    "jjph": valid_phone_gen(_phone, PHONE_REGIONS, None),
    **{f"jjph_{c}": valid_phone_gen(_phone, PHONE_REGIONS, c) for c in PHONE_REGIONS},
    "jjloc": country_gen(_address, R9STREETS, "LOCATION", None),
    **{f"jjloc_{c}": country_gen(_address, R9STREETS, "LOCATION", c) for c in R9STREETS}, "jjplace": gen_jj_place,
    **{f"jjid_{k}": make_jj_id_gen(k) for k in JJID_MAKERS}, "jjdob": make_jj_dob_gen(1940, 2010),
    "jjdob_old": make_jj_dob_gen(1924, 1956),
    "jjdoc": make_jj_doc_gen(None), **{f"jjdoc_{k}": make_jj_doc_gen(k) for k in ("docs", "drive", "dropbox", "icloud")},
    "jjpw": make_jj_pw_gen(None), **{f"jjpw_{lang}": make_jj_pw_gen(lang) for lang in R9LANG_WORDS},
    "jjsticky": gen_jj_sticky, "jjtypo": gen_jj_typo, "jjparts": gen_jj_parts, "jjpin": gen_jj_pin,
    "jjpasscode": gen_jj_passcode, "jjpattern": gen_jj_pattern, "jjgift": gen_jj_gift, "jjsecq": gen_jj_secq,
    "jjphrase": gen_jj_phrase, "jjfig": gen_jj_fig,
}

# ---------------------------------------------------------------- templates (dev only)
ROUND9_PII: list[tuple[str, str, str]] = [
    # ---- SECRET: a parent's, a grandparent's and a household's logins in long everyday messages
    ("mixed", "user", ("ok so my sister is watching the kids this weekend and i need ONE note with all the logins because i will not be "
                       "answering my phone 😅 netflix is the family email {{jjem1.v}} with {{jjpw1.v}}, the kids' tablet code is {{jjpin1.v}} "
                       "(do NOT tell {{jjp1.first_lc}} i gave it out), and {{jjp2.poss_lc}} school portal is username {{jjusr1.v}}, password "
                       "{{jjpw2.v}} — there's maths homework due monday. can you turn all that into a tidy note i can stick on the fridge?")),
    ("secret", "user", ("Hello, I hope you can help me. My grandson set up my new email account on Sunday and wrote the password on a "
                        "yellow sticky note which I have here in front of me. It says {{jjsticky1.v}} and he underlined that the 0 is a zero "
                        "not an o, he was very particular about that. But when I type it the computer says it is wrong. I have tried maybe "
                        "ten times now. Is it because of the capital letter at the start? Should I press the Shift key or the Caps Lock? "
                        "Thank you dear.")),
    ("secret", "user", ("setting up mum's new laptop and windows wants a password AND a hint. i went with {{jjpw1.v}} and the hint 'the "
                        "cat + the year we moved' — is that hint too obvious? she will 100% forget it otherwise and i'm not driving over "
                        "there every week to reset it")),
    ("secret", "user", ("My husband uses the same password for literally everything: our dog's name, {{jjparts1.v}}, no spaces. I've "
                        "told him a hundred times. How do I convince him to use a password manager without him getting defensive about "
                        "it? He's 58 and hates 'apps'.")),
    ("secret", "user", ("for the cabin guests: the wifi password is {{jjtypo1.wrong}} — sorry, it's {{jjtypo1.right}} not {{jjtypo1.wrong}}, "
                        "I always mix them up. Can you write a short welcome message with that in it, plus checkout at 11 and the bins "
                        "go out on Thursday?")),
    ("secret", "user", ("Funny story, sort of. Last night my daughter locked herself out of her own instagram, so we sat at the kitchen "
                        "table and tried everything — her birthday, the hamster's name, the band she liked in year 9 — and in the end it was "
                        "{{jjpw1.v}}, which she swears she has never seen in her life. Now she's convinced someone hacked her and CHANGED "
                        "it to that. Is that even a thing hackers do? How would we check?")),
    ("secret", "user", ("my new debit card came this morning and the PIN letter came separately, it says {{jjpin1.v}}. the bank app says "
                        "I can change it at a cash machine — is it fine to just keep it if I shred the letter? also is it bad that I've "
                        "written it on an old receipt in my wallet 🙈")),
    ("secret", "user", ("my mum's phone is locked and she only remembers her pattern as numbers like on a keypad: {{jjpattern1.v}}. when I "
                        "trace that on the dots it doesn't open. does android count the dots from the top left like a phone keypad or some "
                        "other way?")),
    ("secret", "user", ("my nephew changed the ipad passcode while he was staying with us. he texted that it's {{jjpasscode1.v}} but that "
                        "doesn't work either and now it says 'iPad unavailable, try again in 15 minutes'. if I keep getting it wrong will "
                        "it wipe everything? all my photos of the grandkids are on there")),
    ("secret", "user", ("Voicemail keeps asking for my PIN. The lady in the shop reset it and said the new one is {{jjpin1.v}}, but it "
                        "still says 'incorrect PIN, goodbye' and hangs up on me. How do I change the voicemail PIN myself on an iPhone?")),
    ("secret", "user", ("my dad, bless him, set the parental lock on the new Samsung TV to {{jjpin1.v}} and forgot it the next day. now he "
                        "swears he actually typed {{jjpin2.v}}. neither works. is there a way to reset it without calling Samsung?")),
    ("secret", "user", ("The bank wants my security answers and I can't remember what I put back in 2015. I think the first pet one was "
                        "{{jjsecq1.pet}} and mother's maiden name {{jjsecq1.maiden}}, but I might have used my dad's side instead. If I get "
                        "it wrong online will they lock me out? Should I just ring them?")),
    ("secret", "user", ("my brother-in-law got into crypto and sent me a text 'in case anything happens to me' with just these words: "
                        "{{jjphrase1.comma}}. he says that's all I'd need to get to his money. is that really true? where should I keep "
                        "this, my notebook?")),
    ("secret", "user", ("my aunt texted me the code for a google play gift card for my son's birthday: {{jjgift1.v}}. when we type it in it "
                        "says 'this code has already been redeemed'?? could someone have used it before us? she bought it at the petrol "
                        "station")),
    ("secret", "user", ("I'm 78 and writing a letter for my children to open when I'm gone, with the practical things in it. So far: the "
                        "laptop password is {{jjpw1.v}}, the phone passcode is {{jjpasscode1.v}}, and the online banking password is "
                        "{{jjpw2.v}}. Can you help me make it sound less like a shopping list and more like a letter? And where should I "
                        "keep it?")),
    ("mixed", "user", ("Evening! Quick one from a tired mum 😴 The school sent home a slip with {{jjpf1.poss}} login for the reading app: "
                       "username {{jjusr1.v}}, password {{jjpw1.v}}. She keeps typing it with a capital letter at the start and it won't let "
                       "her in. Is it case sensitive? She's 6 so I need to explain it very simply.")),
    ("secret", "user", ("write a text to my son saying the new wifi password is {{jjpw1.v}} and that if he changes it again without asking "
                        "he loses the xbox for a week 😤 keep it short, he doesn't read long texts")),
    ("mixed", "user", ("my landlord just sent this, can you translate it into French for my friend who's staying next week? 'Hi "
                       "{{jjp1.first}}, the key box by the back door is {{jjpin1.v}} and the wifi is {{jjpw1.v}}. Bins go out Thursday "
                       "night. Any problem ring me.'")),
    ("secret", "user", ("Funny how you only notice these things when you're locked out 🙃 My old router password was {{jjpw1.v}}, then the "
                        "engineer came and changed it, and the new one on the card he left is {{jjpw2.v}}. The laptop still connects but my "
                        "wife's phone keeps asking. Does the phone remember the old one somewhere? Do I need to 'forget' the network?")),
    # ---- SECRET: other languages
    ("secret", "user", ("Bem-vindos à nossa casa! O wifi é o da Vodafone e a senha é {{jjpw_pt1.v}}. A chave do portão fica debaixo do "
                        "vaso azul. — can you translate this welcome note into English and French for our guests, and make it sound warm?")),
    ("secret", "user", ("mi mamá no puede entrar a su correo, dice que la contraseña es {{jjpw_es1.v}} pero le sale 'contraseña "
                        "incorrecta' todo el tiempo. ¿me ayudas a escribirle a soporte en inglés? she's 71 and getting really stressed")),
    ("secret", "user", ("minha senha do gov.br é {{jjpw_pt1.v}} e o app diz que a conta foi bloqueada depois de três tentativas. quanto "
                        "tempo tenho que esperar? can you answer in english, my portuguese reading is slow")),
    ("secret", "user", ("hala nakalimutan ko yung password ng facebook ni lola, pero nakasulat sa notebook niya {{jjpw_tl1.v}} — ayaw "
                        "tanggapin. case sensitive ba talaga? she's panicking kasi andun lahat ng pictures niya")),
    ("secret", "user", ("kata sandi wifi di rumah nenek {{jjpw_id1.v}}, tapi HP saya nggak bisa connect terus. apa karena huruf besar "
                        "kecilnya? tolong jelaskan pakai bahasa yang gampang ya")),
    ("secret", "user", ("nenosiri la barua pepe yangu ni {{jjpw_sw1.v}} na tangu jana haifanyi kazi. naomba unisaidie kuandika ujumbe kwa "
                        "IT wa kampuni kwa kiingereza, kwa heshima")),
    ("secret", "user", ("selam, ye gmail password-e {{jjpw_am1.v}} new gin alseram alegn. silkun kekeyerku behuala new. ebakih min madreg "
                        "alebign? in english is fine")),
    ("secret", "user", ("a jelszavam {{jjpw_hu1.v}}, de az Ügyfélkapu nem fogadja el, pedig biztos, hogy ezt állítottam be. segítenél "
                        "angolul megírni egy rövid e-mailt az ügyfélszolgálatnak?")),
    ("secret", "user", ("mun salasana on {{jjpw_fi1.v}} mutta OmaKanta ei päästä sisään, sanoo vaan että tunnus on väärä. voitko "
                        "kirjottaa lyhyen viestin asiakaspalveluun englanniksi?")),
    ("secret", "user", ("Is é {{jjpw_ga1.v}} an pasfhocal don ríomhphost scoile ach níl sé ag obair ó inné — can you help me write a short "
                        "note to the teacher, half in Irish half in English?")),
    ("secret", "user", ("gure etxeko wifi-aren pasahitza {{jjpw_eu1.v}} da, baina amonaren mugikorrak ez du onartzen. zer egin dezaket? "
                        "explain in english too please")),
    ("secret", "user", ("abeg my laptop password na {{jjpw_pcm1.v}} but e no gree open since morning, e dey talk say 'incorrect password'. "
                        "i no change am o. wetin i fit do?")),
    # ---- SECRET: pasted notes, a forwarded e-mail, a voice note, a chat export
    ("secret", "user", ("here's what's in my notes app, can you turn it into a table with a column for 'last changed'?\n\n"
                        "**Bank:** `{{jjpw1.v}}`\n**Gmail:** *{{jjpw2.v}}*\n**Router:** ~~{{jjpw3.v}}~~ now {{jjpw4.v}}\n"
                        "**Kids' Switch:** \"{{jjpin1.v}}\"")),
    ("mixed", "user", ("---------- Forwarded message ---------\nFrom: Scoil Bhríde Office\nDate: Mon, 3 Mar 2025 at 08:12\n"
                       "Subject: Aladdin parent app login\nTo: {{jjpf1.full}} <{{jjpf1.email}}>\n\nDear Parent/Guardian,\n\n"
                       "Please find below your login for the Aladdin Connect app:\n\nUsername: {{jjusr1.v}}\nTemporary password: {{jjpw1.v}}\n\n"
                       "You will be asked to change this on first login.\n\nKind regards,\nThe School Office\n\n"
                       "how do I put this on my phone? I'm useless with apps and my husband usually does this")),
    ("secret", "user", ("this came out of my voice to text, can you fix it so it reads properly? 'hi Auntie um so the login for the "
                        "pharmacy website is your email and then the password is {{jjpw1.v}} yeah and then it sends a code to your phone "
                        "and you type that in okay love you bye'")),
    ("mixed", "user", ("[14/02/2025, 21:07:33] {{jjp_lus1.full}}: wifi do salão é {{jjpw1.v}}\n[14/02/2025, 21:07:51] {{jjpf_lus2.full}}: "
                       "obrigada!! 🙏\n[14/02/2025, 21:09:02] {{jjp_lus1.full}}: e o código do portão é {{jjpin1.v}}, não partilhem fora "
                       "do grupo\n\ncan you summarise this chat in English for my aunt who just joined the group?")),
    # ---- SECRET: the assistant echoes
    ("secret", "assistant", ("Here's a fridge note for your sister:\n\n**Netflix** – {{jjem1.v}} / `{{jjpw1.v}}`\n**Tablet** – code "
                             "{{jjpin1.v}}\n**School portal** – {{jjusr1.v}} / `{{jjpw2.v}}`\n\nOnce the weekend is over, it's worth "
                             "changing the Netflix password, since it's now written down in a few places.")),
    ("secret", "assistant", ("Type it exactly as it's written on the note: {{jjsticky1.v}}. The round character is the number zero from "
                             "the top row of the keyboard, not the letter O. The first letter is a capital, so hold Shift for that one "
                             "letter only and leave Caps Lock off.")),
    # ---- URL: share links
    ("url", "user", ("I'm organising our class reunion (30 years!!) and put everyone's names, numbers and addresses in a google doc: "
                     "{{jjdoc_docs1.v}} — can I post the link in the big whatsapp group or can anyone with the link see everything?")),
    ("url", "user", ("grandma wants to see the baby photos but she doesn't have whatsapp. can I just email her this? {{jjdoc_icloud1.v}} "
                     "will she need an apple account to open it?")),
    # ---- PERSON: family stories and documents
    ("person", "user", ("I'm trying to put our family tree on paper for my kids before the older ones forget. My grandfather was "
                        "{{jjpm_lus1.full}}, from a village outside Huambo, and he married {{jjpf_lus2.full}} in 1958. They had three "
                        "children: my mum {{jjpf_lus3.first}}, my uncle {{jjpm_lus4.first}}, and my uncle {{jjpm_lus5.first}}, who went to "
                        "Lisbon in the 80s and we lost touch. My mum married my dad, {{jjpm_af6.full}}, in Luanda. Can you draw this as a "
                        "simple text tree I can print?")),
    ("mixed", "user", ("Can you help me tidy this obituary for the church bulletin? It's for my grandmother.\n\n\"It is with heavy hearts "
                       "that we announce the passing of {{jjpf_wa1.full}}, beloved wife of the late {{jjpm_wa2.full}} and mother of "
                       "{{jjp_wa3.first}}, {{jjp_wa4.first}} and {{jjp_wa5.first}}. Mama was born on {{jjdob_old1.words}} in Enugu and "
                       "taught at the girls' school for thirty-one years. She will be remembered for her jollof, her hymns and her "
                       "opinions.\"\n\nIs 'her opinions' too cheeky for a church bulletin?")),
    ("person", "user", ("class 4 parents group is chaos again lol\n\n[18:02] {{jjp1.first_lc}}: does anyone know if its non uniform day tmrw\n"
                        "[18:05] {{jjp2.first_lc}}: yes £1 for the charity\n[18:06] {{jjp3.first_lc}}: 😭 nobody told us\n"
                        "[18:11] {{jjp1.first_lc}}: {{jjp4.first_lc}} said the letter went out on tuesday\n\ncan you write me a polite "
                        "message to the school asking them to text these things too, not just email?")),
    ("person", "user", ("{{jjp1.first_lc}} and {{jjp2.first_lc}} both want the window seat on the 9 hour drive to the coast and honestly "
                        "i'm about to leave them both at home, any car game ideas that aren't i spy")),
    ("person", "user", ("went with {{jjp1.first}} to the market on saturday and who do we run into but {{jjpf2.full}}, who I haven't "
                        "seen since school. she invited us to her daughter's christening but it feels weird going after 20 years — "
                        "what's a nice way to say maybe?")),
    ("person", "user", ("{{jjnick1.nick}} (well, {{jjnick1.first}} on the invite, but nobody has called them that since primary school) "
                        "turns 30 on saturday and we're doing a surprise in the garden. can you write a funny opener for my speech?")),
    ("person", "user", ("my colleague signs her emails {{jjscript1.native}} but on the staff rota it's {{jjscript1.latin}} — which one do "
                        "I put on the leaving card, or both? I don't want to get it wrong on her last day")),
    ("person", "user", ("{{jjpm1.poss}} mum rang {{jjpf2.poss}} mum about the sleepover and now {{jjpm1.first}} isn't allowed to come and "
                        "{{jjpf2.first}} is crying in her room. how do I handle this without making it worse between the two mums?")),
    ("person", "user", ("Best man speech draft, be brutal: 'I first met {{jjpm_ib1.first}} when we were eight, in Donostia, when he pushed "
                        "me off a rowing boat. Twenty years later he has found {{jjpf_ib2.full}}, the only person alive who laughs at his "
                        "jokes. {{jjpf_ib2.first}}, welcome to the family. {{jjpm_ib1.first}}, you don't deserve her.' too mean?")),
    ("person", "user", ("{{jjp1.first}} keeps taking credit for my work in meetings. {{jjp2.first}} has noticed too but won't say "
                        "anything. How do I raise it with our manager without sounding petty?")),
    ("person", "assistant", ("Here's a gentle way to open the conversation: \"{{jjp1.first}}, I've noticed that in the last two team "
                             "meetings the onboarding work came up as yours, and I'd like us to present it together from now on.\" Before "
                             "you go to your manager, it may help to ask {{jjp2.first}} whether they'd be willing to say what they saw.")),
    ("person", "assistant", ("Here's your family tree:\n\n```\n{{jjp1.full}} ── {{jjp2.full}}\n    ├── {{jjp3.first}}\n    └── "
                             "{{jjp4.first}}\n```\n\nIf you know who {{jjp3.first}} married, I can add a branch for that family too.")),
    ("person", "user", ("Dear Ms {{jjpf_celt1.last}}, — wait, do i write Ms or Mrs for {{jjpf_celt1.full}}? she's my son's teacher and i "
                        "have no idea if she's married. help me start this email about the school trip")),
    ("person", "user", ("ok so story time. my cousin {{jjpf_car1.first}} is getting married in Kingston in june and her fiancé "
                        "{{jjpm_car2.first}} wants ME to do a reading. but my aunty {{jjpf_car3.full}} already said she'd do it and she "
                        "will fight me 😭 how do i gracefully say no without upsetting {{jjpf_car1.first}}?")),
    ("person", "user", ("tolong bantu bikin ucapan ulang tahun buat {{jjpf_ido1.first}}, teman kantorku, dari aku dan {{jjp_ido2.first}} — "
                        "english version too pls, she's from Medan but her husband only speaks english")),
    ("person", "user", ("Ninang {{jjpf_fil1.first}} is turning 60 and the whole barangay is coming 😅 help me write the MC script, the "
                        "kids {{jjp_fil2.first}} and {{jjp_fil3.first}} will do a dance number before the cake")),
    ("person", "user", ("mi abuela {{jjpf_and1.full}} cumple 90 y quiero leerle algo en la fiesta — help me write it in English and "
                        "Spanish, she grew up near Temuco and still makes bread every morning")),
    ("person", "user", ("My new neighbour {{jjpf_afg1.full}} and her son {{jjpm_afg2.first}} just arrived from Kabul and I want to help "
                        "them with the school forms. What documents will the school ask for, and is there anything I should avoid "
                        "saying?")),
    ("person", "user", ("my bubbe {{jjpf_yid1.full}} kept a notebook of recipes in yiddish and english, can you help me type up the kugel "
                        "one? she signed every page '{{jjpf_yid1.first}}' with a little flower")),
    ("person", "user", ("{{jjp_ural1.full}} from the Tampere office and {{jjp_ural2.full}} from Budapest both replied-all to the wrong "
                        "thread 🙈 draft me a message that moves the conversation back to the right one without embarrassing them")),
    ("person", "user", ("my coworkers {{jjp_dia1.full}} and {{jjp_dia2.full}} are organising the lunar new year potluck, can you write a "
                        "signup message for the office slack? people always bring three bags of chips and nothing else")),
    ("person", "user", ("peux-tu m'aider à écrire un mot de remerciement à {{jjpf_mg1.full}} pour avoir gardé mes enfants pendant deux "
                        "semaines ? in english please, she's learning and wants to practise")),
    ("person", "user", ("{{jjpf_horn1.first}} from my English class invited me to a coffee ceremony at her house on Sunday. What should I "
                        "bring? I don't want to be rude")),
    ("person", "user", ("my friend {{jjpf_south1.first}} lost her dad last week and the funeral is in Harare on saturday. I can't travel. "
                        "what do I write to her and her mum, {{jjpf_south2.full}}? we're not religious but they are")),
    ("person", "user", ("{{jjpm_amz1.full}} is my new manager and I've been saying his name wrong for two weeks 😬 how do I ask him how "
                        "to pronounce it without it being awkward?")),
    ("person", "user", ("Year 6 leavers' assembly, can you polish my thank-yous? 'A huge thank you to {{jjp1.full}} for running the garden "
                        "club in all weathers, to {{jjp2.full}} for keeping the library open at lunchtimes, and to {{jjp3.initial}}, our "
                        "lollipop legend, who has seen every one of these children across the road since Reception.'")),
    ("person", "user", ("dear {{jjp1.first_lc}}, i am sorry i shouted at you at the party. — can you make this apology longer and more "
                        "sincere? we've been friends for 20 years and i really messed up")),
    ("person", "user", ("FOUND a wallet by the bus station this morning, the bank card inside says {{jjp1.caps}}. no phone number, no "
                        "address. how do I find the owner without just handing it to the police?")),
    ("person", "user", ("{{jjnick1.nick_lc}} is coming over with the new baby on sunday, what can i cook that's easy and can be eaten "
                        "with one hand?")),
    ("person", "user", ("{{jjpf_kur1.first}} from my english class invited me to newroz with her family — what's a good gift to bring, "
                        "and what do I say when I arrive?")),
    ("mixed", "user", ("{{jjpm1.first}} the plumber's number is {{jjph1.v}}, he's cheap and good but only answers texts, never calls. "
                       "can you write him a message asking if he can look at a leaking boiler this week?")),
    # ---- USERNAME
    ("username", "user", ("my daughter is 11 and her tiktok is {{jjusr1.v}} — some adult keeps commenting on every video. how do I make "
                          "it private and block him without her knowing I looked?")),
    ("username", "user", ("all my phone photos go to C:\\Users\\{{jjusr1.v}}\\Pictures\\iCloud Photos but I can't find that folder "
                          "anywhere, my grandson set it up and now he's at uni")),
    ("username", "user", "add me on discord, i'm {{jjusr1.v}} — wait how do i tell my friends my username now that the numbers are gone?"),
    ("username", "user", ("my mum made a Skype name years ago, it's {{jjusr1.v}}, and she wants to use it to call her sister in Luanda. "
                          "does Skype even still exist?? what should we use instead?")),
    # ---- LOCATION
    ("location", "user", "pls write this address the way the UK Amazon form wants it: {{jjloc_hu1.v}} — I never know where the floor and door go"),
    ("location", "user", "meidän osoite on {{jjloc_fi1.v}}, can you write directions in english for the pizza guy, the B stairwell is round the back"),
    ("location", "user", "a minha morada é {{jjloc_ao1.v}} — como é que escrevo isto no formulário da DHL? they keep sending my parcels back"),
    ("location", "user", "vivo en {{jjloc_ec1.v}}, cerca del parque — can you help me explain to the delivery driver in English how to find the gate?"),
    ("location", "user", "send the package to my uncle at {{jjloc_ma1.v}}, and write a note in french saying it's a gift, not for sale"),
    ("location", "user", "tell the taxi I'm at {{jjplace1.v}}, it's the door with no number, and I'll be outside with two big suitcases"),
    ("location", "user", ("my mum lives in {{jjplace1.v}} and the nurse wants to do a home visit on tuesday — can you write directions "
                          "so she can find it? the bell doesn't work")),
    # ---- EMAIL, PHONE, DOB
    ("email", "user", "how do I spell this out to the man at the photo shop: {{jjem1.v}} — do I say 'dot' or 'full stop'?"),
    ("email", "user", "my new email is {{jjem1.v}} — write a short message to everyone in my contacts saying the old hotmail is gone"),
    ("phone", "user", "if a man calls from {{jjph_ao1.v}} saying he's from the bank in Luanda, is that real? he knew my name"),
    ("phone", "user", "my grandson's new number is {{jjph1.v}}, how do I save it on my phone so it shows his name and photo when he calls?"),
    ("dob", "user", ("the pension form wants my mother's date of birth in six little boxes. she was born {{jjdob_old1.slash}}, so is "
                     "it day month year or the american way? and what happens to the 19?")),
    # ---- ID_NUMBER
    ("id", "user", "my PPS number is {{jjid_ie1.v}}, do I give that to the new job now or wait until they ask for it on the contract?"),
    ("id", "user", "TAJ számom {{jjid_hu1.v}} — the english hospital form asks for 'national health number', is this the same thing?"),
    ("id", "user", "mi cédula es {{jjid_ec1.v}} y el formulario de la embajada la rechaza, ¿será el último dígito? answer in english pls"),
    ("id", "user", "CUIL {{jjid_ar1.v}} — the Spanish bank wants a 'tax ID from your home country', is this the one?"),
]

ROUND9_NOPII: list[tuple[str, str, str]] = [
    ("nopii_word", "user", "my password is my dog's name plus the year I was born plus an exclamation mark — is that strong enough or should I change it?"),
    ("nopii_code", "user", ("the letter from school says 'Log in with the username and password printed below: [USERNAME] / [PASSWORD]' "
                            "— ours literally has the square brackets, no actual login. who do I ask, the teacher or the office?")),
    ("nopii_code", "user", "the welcome card in our airbnb says 'WiFi password: ________' and the blank was never filled in. is it rude to message the host at 11pm?"),
    ("nopii_code", "user", "the camera manual says the default login is admin / 12345 and to change it on first setup — where is that setting in the app?"),
    ("nopii_code", "user", "the app shows my saved password as •••••••• with a little eye icon — is it safe to tap the eye on the bus?"),
    ("nopii_code", "user", "my office training said 'Password123!' and 'Summer2024' are the worst passwords out there — why are they still so common?"),
    ("nopii_commerce", "user", "got a text: 'Your card ending ••••4821 was used for €349.00 at MEDIAMARKT' — I didn't buy anything! is the text real or a scam?"),
    ("nopii_commerce", "user", "the flyer says use code SPRING25 at checkout for 25% off but the website says 'invalid code'. is it only for new customers?"),
    ("nopii_commerce", "user", "my order 112-4839201-5573920 still says 'label created' after six days. what do I write to the seller without being rude?"),
    ("nopii_commerce", "user", "tracking number LX123456785PT hasn't moved since it left Lisbon — is the post always this slow to Angola?"),
    ("nopii_public_figure", "user", "write a short bio of {{jjfig1}} for my son's homework, 150 words, simple english"),
    ("nopii_public_figure", "user", "who had the bigger influence on their country, {{jjfig1}} or {{jjfig2}}? I need both sides for a debate club"),
    ("nopii_public_figure", "assistant", "{{jjfig1}} is a great choice for a school project: start with where they grew up, then the work people remember them for."),
    ("nopii_public_figure", "user", "why is the airport on Sal island named after Amílcar Cabral? who was he and what did he do?"),
    ("nopii_word", "user", "the hotel was lovely, the staff were lovely, the breakfast was lovely — help me find other words, my review sounds silly"),
    ("nopii_word", "user", "what does 'tatenda' mean in Shona? my colleague from Zimbabwe says it all the time"),
    ("nopii_word", "user", "is 'saudade' really untranslatable or is that just something people say about Portuguese?"),
    ("nopii_word", "user", "why are there so many streets called Rua 25 de Abril in Portugal and Avenida 4 de Fevereiro in Luanda? what happened on those dates?"),
    ("nopii_word", "user", "is Rákóczi út in Budapest named after a real person? we're staying near it and my son asked"),
    ("nopii_word", "user", "which security questions are the least guessable? 'mother's maiden name' seems silly when it's on my birth certificate"),
    ("nopii_word", "user", "why does my new wallet want 24 words when my old one only had 12? is 24 safer?"),
    ("nopii_word", "user", "my neighbour's wifi is called 'FBI Surveillance Van 3' lol — can they see what I'm doing if I never connect to it?"),
    ("nopii_public_place", "user", "is the Avenue of the Baobabs worth the drive from Morondava, or is it better to go at sunset with a tour?"),
    ("nopii_public_place", "user", "Cliffs of Moher and the Giant's Causeway on the same day — doable from Galway or am I mad?"),
    ("nopii_assistant", "assistant", ("You don't need to tell me your password, and it's safer not to. On the sign-in page, tap 'Forgot password?' "
                                      "and the bank will send a reset link to the email or phone number it has on file.")),
    ("nopii_assistant", "assistant", ("A gift card code works like cash: whoever types it in first gets the money. Scratch the silver strip only "
                                      "when you're ready to redeem it, and never read the code out to someone who calls you.")),
    ("nopii_math", "user", "a phone pattern lock uses between 4 and 9 of the 9 dots — roughly how many different patterns are there?"),
    ("nopii_public_url", "user", "is https://www.gov.br/pt-br the real government site? my mum got a text with a different link"),
    ("nopii_product", "user", "is the Nokia 3310 still sold? my nan wants a phone with big buttons and no apps"),
    ("nopii_fiction", "user", "is the Madrigal family in Encanto based on a real Colombian family? my daughter is convinced Mirabel is real 😂"),
]
