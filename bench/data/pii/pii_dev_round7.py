"""Dev-only seventh-round material for the PII benchmark: how ordinary and technical people paste,
type and quote credentials to an assistant, and name other people, in forms earlier rounds did not write.

Why: these rows were written blind by a new author (without reading the redactor's code or the
held-out split) before any recognizer change of round 7, so the redactor's first score on them
("before") estimates how it generalises to messages nobody tuned it on.

Rules as for ``pii_dev_round6``: appended to ``dev.jsonl`` only, generated after test and after the
earlier dev-only rows from their own RNG (so test.jsonl stays byte-identical), with value pools that
share nothing with any earlier pool (``check_round7_disjoint``). Template ids continue each
category's numbering from 240 (``secret_240``...). Slot kinds start with ``o``.

What they exercise (every secret is random text in its published shape, never a real one):

* SECRET, about 60% of the messages: passwords in sentences with no cue word ("it keeps rejecting
  X even though that's what I set"), quoted after "it's", "with" and "using" (straight and curly
  quotes); passwords in German, Italian, Polish, Vietnamese, Hindi and Egyptian Arabic in Latin
  script, Russian and Chinese sentences; an M-Pesa PIN in Swahili, door,
  lockbox, garage-keypad and hotel-safe codes; a password sent in two halves (each half a span, also
  echoed by the assistant); passwords with emoji, accented and non-Latin letters, spaces, or typed
  in the wrong keyboard layout; passphrases of three to six random words (spaced or hyphenated);
  secrets inside a SQLAlchemy traceback, a ``requests`` HTTPError URL and a .NET exception log; SQL
  ``CREATE USER ... IDENTIFIED BY`` and ``ALTER ROLE ... PASSWORD``; a Dockerfile ``ARG``/``ENV``,
  a docker-compose ``environment:`` list, GitHub Actions ``with:`` inputs, Helm values, Ansible
  ``group_vars`` without vault, a Laravel ``.env`` (``APP_KEY=base64:``; a Postmark server token that
  is both SMTP user and password), Spring ``application.properties`` (``GOCSPX-`` client secret),
  .NET ``appsettings.json``; Go and Java source literals; a Postman environment and an Insomnia
  export; a DevTools localStorage table, a HAR entry and ``document.cookie``; a Jupyter cell;
  crypto wallets (an Ethereum private key, a WIF key with a valid checksum, 12 and 24 recovery words
  that never say "seed"); an OpenSSH key pasted on one line into an ``ssh -i`` box; ``.yarnrc.yml``
  ``npmAuthToken`` and ``.npmrc`` ``_password``; Slack and Discord webhook URLs (the token part);
  S3 presigned (``X-Amz-Credential`` key id and ``X-Amz-Signature``) and GCS signed URLs
  (``X-Goog-Signature``); keys of providers no earlier round used (OpenRouter, NVIDIA, Voyage, Jina,
  Deepgram, AssemblyAI, Vercel, Algolia, Mailchimp, Brevo, Postmark, Plaid, Alchemy, Infura,
  Etherscan, Auth0, Stripe ``whsec_``, LaunchDarkly, Render, Neon, Google OAuth, JFrog, Cloudinary,
  Twitch, Dropbox, Upstash, OpenWeatherMap, HubSpot, ClickUp, Pusher); the assistant echoing secrets.
  Only the secret part is gold: Algolia app ids, Plaid client ids, Auth0 client ids, Cloudinary API
  keys, Pusher app keys, Google OAuth client ids, webhook ids and ``_ga`` cookies are not labelled.
* PERSON, about 25%: names of cultures no earlier pool had (Gujarati, Marathi, Telugu, Kannada,
  Odia, Assamese, Kashmiri, Sindhi, Baloch, Maldivian, Bhutanese, Tswana, Xhosa, Zulu, Ganda,
  Kinyarwanda, Wolof, Fula, Bambara, Ewe, Oromo, Sudanese, Senegalese, Navajo, Cherokee, Ojibwe,
  Inuit, Haitian, K'iche', Nahua, Guarani, Aymara, Sardinian, Romansh, Frisian, Sorbian, Corsican,
  Galician, Occitan, Croatian, Macedonian, Bulgarian, Belarusian, Slovak, Chechen, Uyghur, Assyrian,
  Coptic, Palestinian, Emirati, Yemeni, Buryat, Sakha, Karen, Okinawan, Fijian, Chamorro) in a
  boarding pass (``SURNAME/GIVEN MR``), ``Co-authored-by:`` trailers, a BibTeX entry, a seating
  chart, a pickup authorisation, a ticket's reporter and assignee, honorifics ("Mama X", "X didi"),
  bank statement lines in capitals, a lost-cat flyer, an SQL ``INSERT``, an e-mail quote line, a
  referral letter, a tenancy agreement, a JSON API response, a family history, a spreadsheet
  formula, a class register in lower case, a German registration line with ``geb.``, and the
  assistant's reply.
* Other types, the rest: user names in ``whoami``/``sudo`` and ``ps aux`` output and a MySQL login;
  addresses of South Korea, Vietnam, Kenya and Switzerland (a Greek generator too); Israeli, Romanian
  and South Korean id numbers with valid check digits (Croatian and Thai generators too); phone
  numbers drawn from ten more countries (all pass ``phonenumbers.is_valid_number``); a private link
  drawn from PayPal.me pages, Stripe invoice links and Strava profiles; e-mail addresses; a date of
  birth after ``geb.``.
* no-PII look-alikes, under round 4's policy: a transaction hash, a public contract address, the
  BIP39 test vector, Hardhat's published account key, the genesis address, GitHub's example GPG key
  id, an SSH host fingerprint, placeholders (``:app_password``, ``${{ secrets.X }}``,
  ``existingSecret``, Slack's ``T00000000/B00000000/XXXX``, ``VOTRE_MOT_DE_PASSE``), masked and
  truncated keys, ``auth_socket``, Docker secret mounts, a log without the password, a public S3
  object, an Indian postal PIN code, GPIO pins, hotel-safe instructions, public figures, public
  places, brands that are also names.
"""

from __future__ import annotations

import base64
import hashlib
import json
import string
import uuid

import pii_dev_extra as X
import pii_dev_round3 as R3
import pii_dev_round4 as R4
import pii_dev_round5 as R5
import pii_dev_round6 as R6
import pii_pools as P
from pii_common import (
    ALNUM,
    UPPER_DIGITS,
    Attrs,
    Ctx,
    ascii_fold_all,
    country_gen,
    digits,
    name_tokens,
    one,
    rand_b64,
    rand_bytes,
    rand_token,
    secret,
    unlabelled,
    valid_phone_gen,
)

HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
LOWER_DIGITS = string.ascii_lowercase + string.digits
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

# ---------------------------------------------------------------- pools (dev only)
# (first, last, region, gender): cultures and spellings no earlier pool has. Region lets a template
# keep an honorific with names it fits ("Mama" for African names, "didi" for Indian ones);
# gender ("f", "m", "x" for either) keeps pronouns and MR/MS in agreement.
R7NAMES: list[tuple[str, str, str, str]] = [
    # South Asia: Gujarati, Marathi, Telugu, Kannada, Odia, Assamese, Kashmiri, Sindhi ("in"); Baloch, Maldivian, Bhutanese
    ("Hetal", "Vaghela", "in", "f"), ("Omkar", "Deshpande", "in", "m"), ("Sai Charan", "Yarlagadda", "in", "m"),
    ("Bhuvana", "Gowda", "in", "f"), ("Subhashree", "Mohapatra", "in", "f"), ("Bhaskarjyoti", "Bora", "in", "m"),
    ("Mehvish", "Wani", "in", "f"), ("Sassui", "Memon", "in", "f"), ("Shahdad", "Baloch", "sa", "m"),
    ("Aishath", "Shiuna", "sa", "f"), ("Sonam", "Choden", "sa", "x"),
    # Africa: Tswana, Xhosa, Zulu, Ganda, Kinyarwanda, Wolof, Fula, Bambara, Ewe, Oromo, Sudanese, Senegalese
    ("Kagiso", "Molefe", "af", "m"), ("Zintle", "Ntshona", "af", "f"), ("Ayanda", "Mthembu", "af", "x"),
    ("Nakato", "Ssempijja", "af", "f"), ("Kwizera", "Habimana", "af", "m"), ("Ndèye Fatou", "Sarr", "af", "f"),
    ("Mamadou Saliou", "Barry", "af", "m"), ("Oumou", "Traoré", "af", "f"), ("Selasi", "Agbeko", "af", "x"),
    ("Chaltu", "Gemechu", "af", "f"), ("Obsa", "Tolera", "af", "m"), ("Mawada", "Elnour", "af", "f"),
    ("Aminata", "N'Diaye", "af", "f"),
    # Americas: Navajo, Cherokee, Ojibwe, Inuit, Haitian, K'iche', Nahua, Guarani, Aymara
    ("Hosteen", "Begay", "am", "m"), ("Ayita", "Sixkiller", "am", "f"), ("Nimkii", "Kakegamic", "am", "x"),
    ("Ujarak", "Akpaliapik", "am", "m"), ("Arnaq", "Kilabuk", "am", "f"), ("Wideline", "Pierre-Louis", "am", "f"),
    ("Wisly", "Dorvil", "am", "m"), ("Ixchel", "Tzul", "am", "f"), ("Yaretzi", "Coyotl", "am", "f"),
    ("Arami", "Benítez", "am", "f"), ("Wara", "Quisbert", "am", "f"),
    # Europe: Sardinian, Romansh, Frisian, Sorbian, Corsican, Galician, Occitan, Croatian, Macedonian,
    # Bulgarian, Belarusian, Slovak
    ("Bachisio", "Porcu", "eu", "m"), ("Gian Duri", "Caflisch", "eu", "m"), ("Tsjerk", "Hoekstra", "eu", "m"),
    ("Sytske", "Wijnja", "eu", "f"), ("Měrćin", "Šołta", "eu", "m"), ("Ghjuvanni", "Santoni", "eu", "m"),
    ("Uxía", "Outeiro", "eu", "f"), ("Jòrdi", "Lafont", "eu", "m"), ("Zvonimir", "Brkljačić", "eu", "m"),
    ("Biljana", "Trajkovska", "eu", "f"), ("Tsvetelina", "Hristova", "eu", "f"), ("Aleś", "Bahdanovič", "eu", "m"),
    ("Zuzana", "Hrnčiarová", "eu", "f"),
    # Caucasus, Central Asia, Middle East: Chechen, Uyghur, Assyrian, Coptic, Palestinian, Emirati, Yemeni
    ("Zelimkhan", "Magomadov", "me", "m"), ("Khava", "Tsechoeva", "me", "f"), ("Dilnur", "Tursun", "me", "f"),
    ("Ablikim", "Memet", "me", "m"), ("Shamiram", "Odisho", "me", "f"), ("Mina", "Girgis", "me", "m"),
    ("Dalia", "Hamdan", "me", "f"), ("Maitha", "Al Ketbi", "me", "f"), ("Abdulrahman", "Al-Ahdal", "me", "m"),
    # Siberia, Asia, Pacific: Buryat, Sakha, Karen, Okinawan, Fijian, Chamorro
    ("Bair", "Tsyrenov", "as", "m"), ("Sardana", "Nikiforova", "as", "f"), ("Naw Paw", "Htoo", "as", "f"),
    ("Kamado", "Chinen", "as", "f"), ("Losalini", "Ratuvou", "as", "f"), ("Apisai", "Naivalu", "as", "m"),
    ("Jovita", "Taitano", "as", "f"),
]
# Capitalised particles shared by many surnames; the token clash check ignores them.
R7PARTICLES = {"Al"}
# (diminutive, given name)
R7NICKS: list[tuple[str, str]] = [
    ("Bhuvi", "Bhuvana"), ("Subhu", "Subhashree"), ("Zeli", "Zelimkhan"), ("Tsveti", "Tsvetelina"),
    ("Zuzka", "Zuzana"), ("Bachi", "Bachisio"), ("Kagi", "Kagiso"), ("Shami", "Shamiram"), ("Abdo", "Abdulrahman"),
    ("Zvone", "Zvonimir"),
]
R7PASSWORD_WORDS = ["Pomegranate", "Toucan", "Gnocchi", "Sardine", "Hammock", "Jalapeno", "Kazoo", "Pretzel",
                    "Bonsai", "Nougat", "Capybara", "Chameleon", "Fondue", "Igloo", "Wasabi"]
# Words of passphrases and wallet recovery phrases (all in the BIP39 English list).
R7PHRASE_WORDS = ["anchor", "bamboo", "canyon", "eagle", "fabric", "garlic", "island", "jungle", "kidney", "lemon",
                  "marble", "oyster", "pepper", "quarter", "raven", "silver", "tunnel", "umbrella", "vessel", "wagon",
                  "zebra", "blossom", "cradle", "donkey", "fossil", "ladder", "mushroom", "noodle", "orchard", "pigeon",
                  "rabbit", "salmon", "tomato", "guitar", "hockey", "jacket", "lizard", "napkin", "ostrich", "pumpkin",
                  "sausage", "vintage", "ticket", "cotton", "gossip", "shrimp"]
# Accented and non-Latin words for passwords typed with unusual letters.
R7UNICODE_WORDS = ["Größenwahn", "Ñandú", "Çiçekçi", "Łódeczka", "Fjärilar", "Øyeblikk", "Żubrówka", "Šípková",
                   "Sœurette", "Ðorđe", "Медведь", "Καλημέρα"]
R7EMOJI = ["🦜", "🌶️", "🐙", "🍕", "🔥", "🌵", "🐢", "⭐", "🍩", "🦄"]
R7HANDLE_WORDS = ["puffin", "rooibos", "kombu", "ocelot", "quinoa", "marmot", "dingo", "fjord"]
R7EMAIL_DOMAINS = ["bluewin.ch", "mweb.co.za", "wanadoo.fr", "virgilio.it", "o2.pl", "hanmail.net", "rocketmail.com",
                   "ymail.com", "outlook.de", "yahoo.co.in", "freenet.de", "abv.bg", "tiscali.it"]
R7PUBLIC_FIGURES = ["Wole Soyinka", "Ellen Johnson Sirleaf", "Tenzing Norgay", "Edmund Hillary", "Benazir Bhutto",
                    "Lech Wałęsa", "Václav Havel", "Thomas Sankara", "Emiliano Zapata", "Isabel Allende",
                    "Léopold Sédar Senghor", "Yayoi Kusama", "Ibn Battuta", "Sun Yat-sen", "Wilma Mankiller"]
# Street stems by country (none in an earlier street pool).
R7STREETS: dict[str, list[str]] = {
    "kr": ["Yeonhui", "Mangwon", "Dongil"], "vn": ["Hoa Sữa", "Hoa Lan", "Phượng Vĩ"],
    "ke": ["Mvule", "Mugumo", "Mukuyu"], "gr": ["Anemonis", "Kyprou", "Agias Sofias"],
    "ch": ["Enzian", "Edelweiss", "Alpenrosen"],
}


def _tokens(names: set[str]) -> set[str]:
    """Capitalised words of the names, particles left out."""
    return name_tokens(names, R7PARTICLES | R6.R6PARTICLES)


def check_round7_disjoint() -> None:
    """Raise ValueError if a round-7 pool shares a value with an earlier pool (dev, test, extra, rounds 3 to 6)."""
    earlier_names = {n for _, fs, ls in P.CULTURES for n in fs + ls} | set(P.NICKNAMES.values()) \
        | set(P.NICKNAMES) | {n for half in P.NATIVE_SCRIPT for pair in half for n in pair} \
        | {n for pair in X.XNAMES for n in pair} | {n for t in X.XNICKS for n in t} \
        | {n for f, l, _ in X.XNATIVE for n in (f, l)} \
        | {n for pair in R3.R3NAMES for n in pair} | {n for pair in R3.R3NICKS for n in pair} \
        | {n for pair in R4.R4NAMES for n in pair} | {n for pair in R4.R4NICKS for n in pair} \
        | {n for pair in R5.R5NAMES for n in pair} | {n for pair in R5.R5NICKS for n in pair} \
        | {n for pair in R6.R6NAMES for n in pair} | {n for pair in R6.R6NICKS for n in pair}
    names = {n for f, l, _, _ in R7NAMES for n in (f, l)} | {n for pair in R7NICKS for n in pair}
    earlier_figures = {f for half in P.PUBLIC_FIGURES for f in half} | set(R3.R3PUBLIC_FIGURES) \
        | set(R5.R5PUBLIC_FIGURES) | set(R6.R6PUBLIC_FIGURES)
    earlier_words = {w.lower() for half in P.PASSWORD_WORDS for w in half} | {w.lower() for w in X.XPASSWORD_WORDS} \
        | {w.lower() for w in R3.R3PASSWORD_WORDS} | {w.lower() for w in R4.R4PASSWORD_WORDS} \
        | set(R4.R4PHRASE_WORDS) | {w.lower() for w in R4.R4WIFI} | {w.lower() for w in R5.R5PASSWORD_WORDS} \
        | {w.lower() for w in R6.R6PASSWORD_WORDS}
    words = {w.lower() for w in R7PASSWORD_WORDS + R7UNICODE_WORDS} | set(R7PHRASE_WORDS)
    earlier_handles = {w for half in P.HANDLE_WORDS for w in half} | set(X.XHANDLE_WORDS) | set(R5.R5HANDLE_WORDS) \
        | set(R6.R6HANDLE_WORDS)
    earlier_streets = {s.lower() for half in P.STREETS + P.DE_STREETS + P.FR_STREETS + P.IN_SOCIETIES for s in half} \
        | {s.lower() for s in X.XSTREETS} | {s.lower() for stems in R5.R5STREETS.values() for s in stems} \
        | {s.lower() for stems in R6.R6STREETS.values() for s in stems}
    earlier_domains = set(P.EMAIL_DOMAINS) | {d for half in P.WORK_DOMAINS for d in half} | set(R5.R5EMAIL_DOMAINS) \
        | set(R6.R6EMAIL_DOMAINS)
    streets = {s.lower() for stems in R7STREETS.values() for s in stems}
    clashes = (names & earlier_names) | (_tokens(names) & _tokens(earlier_names)) \
        | (set(R7PUBLIC_FIGURES) & earlier_figures) | (_tokens(set(R7PUBLIC_FIGURES)) & _tokens(names | earlier_names)) \
        | (words & earlier_words) | ({w.lower() for w in R7PASSWORD_WORDS} & set(R7PHRASE_WORDS)) \
        | (set(R7HANDLE_WORDS) & earlier_handles) | (streets & earlier_streets) | (set(R7EMAIL_DOMAINS) & earlier_domains)
    if clashes:
        raise ValueError(f"{len(clashes)} round-7 pool values are also in earlier pools")
    if len({f for f, _, _, _ in R7NAMES}) != len(R7NAMES) or any(g not in "fmx" for *_, g in R7NAMES):
        raise ValueError("R7NAMES needs distinct first names, each with a gender f, m or x")


# ---------------------------------------------------------------- helpers


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _b58check(payload: bytes) -> str:
    """Base58Check, as Bitcoin writes WIF keys and extended keys."""
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


# ---------------------------------------------------------------- people, handles, contact details
def gen_o_person(ctx: Ctx, gender: str | None = None, region: str | None = None) -> Attrs:
    """A person of the round-7 pool; ``gender`` "f"/"m" keeps to names read that way (or either), ``region`` to one region."""
    rng = ctx.rng
    pool = [n for n in R7NAMES if (gender is None or n[3] in (gender, "x")) and (region is None or n[2] == region)]
    first, last, _, _ = ctx.pick_recent(pool, "names")
    full = f"{first} {last}"
    f, l = ascii_fold_all(first), ascii_fold_all(last)

    def make_email() -> str:
        local = rng.choice([f"{f}.{l}", f"{f}{l[:3]}{rng.randrange(1, 99)}", f"{l}.{f[0]}", f"{f}_{rng.choice(R7HANDLE_WORDS)}",
                            f"{f[0]}{l}{rng.randrange(1970, 2008)}", f"{l}{f}"])
        return f"{local}@{rng.choice(R7EMAIL_DOMAINS)}"

    return {"full": one(full, "PERSON"), "first": one(first, "PERSON"), "last": one(last, "PERSON"),
            "first_lc": one(first.lower(), "PERSON"), "full_lc": one(full.lower(), "PERSON"),
            "poss": [(first, "PERSON"), ("'s", None)], "poss_full": [(full, "PERSON"), ("'s", None)],
            "last_first": one(f"{last}, {first}", "PERSON"), "initial": one(f"{first[0]}. {last}", "PERSON"),
            "caps": one(full.upper(), "PERSON"), "initial_caps": one(f"{first[0]} {last.upper()}", "PERSON"),
            "slash": one(f"{l.upper()}/{f.upper()}", "PERSON"),
            "email": one(ctx.unique(make_email), "EMAIL_ADDRESS")}


def gen_o_nick(ctx: Ctx) -> Attrs:
    nick, first = ctx.pick_recent(R7NICKS, "nicks")
    return {"nick": one(nick, "PERSON"), "nick_lc": one(nick.lower(), "PERSON"), "first": one(first, "PERSON")}


def _handle(ctx: Ctx) -> str:
    rng = ctx.rng
    first, last, _, _ = rng.choice(R7NAMES)
    f, l = ascii_fold_all(first), ascii_fold_all(last)
    word = rng.choice(R7HANDLE_WORDS)
    return rng.choice([f"{f}.{l}", f"{word}_{f}{digits(rng, 2)}", f"{f[0]}{l}", f"{l}{f[:3]}", f"{f}-{word}",
                       f"{f}{digits(rng, 4)}", f"{f[:4]}{l[:4]}"])


def gen_o_user(ctx: Ctx) -> Attrs:
    """A person's own login or handle (USERNAME)."""
    return {"v": one(ctx.unique(lambda: _handle(ctx)), "USERNAME")}


def gen_o_email(ctx: Ctx) -> Attrs:
    return {"v": gen_o_person(ctx)["email"]}


PHONE_REGIONS = {"za": "ZA", "mx": "MX", "nl": "NL", "pl": "PL", "kr": "KR", "sa": "SA", "ch": "CH", "ro": "RO",
                 "il": "IL", "th": "TH"}


def _phone(ctx: Ctx, country: str) -> str:
    rng = ctx.rng
    d = lambda n: digits(rng, n)
    return rng.choice({
        "za": [f"+27 {rng.choice(['72', '73', '76', '82', '83', '84'])} {d(3)} {d(4)}",
               f"0{rng.choice(['72', '82', '83'])} {d(3)} {d(4)}"],
        "mx": [f"+52 55 {d(4)} {d(4)}", f"+52 33 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}"],
        "nl": [f"+31 6 {d(4)} {d(4)}", f"06-{d(8)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}"],
        "pl": [f"+48 {rng.choice(['50', '51', '60', '69', '79'])}{d(1)} {d(3)} {d(3)}",
               f"{rng.choice(['50', '60', '79'])}{d(1)} {d(3)} {d(3)}"],
        "kr": [f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}"],
        "sa": [f"+966 5{rng.choice('03456')} {d(3)} {d(4)}", f"05{rng.choice('03456')} {d(3)} {d(4)}"],
        "ch": [f"+41 7{rng.choice('6789')} {d(3)} {d(2)} {d(2)}", f"07{rng.choice('6789')} {d(3)} {d(2)} {d(2)}"],
        "ro": [f"+40 7{rng.choice('2345')}{d(1)} {d(3)} {d(3)}", f"07{rng.choice('2345')}{d(1)} {d(3)} {d(3)}"],
        "il": [f"+972 5{rng.choice('02458')}-{d(3)}-{d(4)}", f"05{rng.choice('02458')}-{d(3)}-{d(4)}"],
        "th": [f"+66 {rng.choice('689')}{d(1)} {d(3)} {d(4)}", f"0{rng.choice('689')}{d(1)} {d(3)} {d(4)}"],
    }[country])


def _address(ctx: Ctx, country: str) -> str:
    rng = ctx.rng
    st = rng.choice(R7STREETS[country])
    n = rng.randrange(1, 90)
    if country == "kr":
        gu, city, pc = rng.choice([("Seodaemun-gu", "Seoul", "03706"), ("Mapo-gu", "Seoul", "04003"),
                                   ("Gwangjin-gu", "Seoul", "05012"), ("Haeundae-gu", "Busan", "48095")])
        return rng.choice([f"{n}, {st}-ro {rng.randrange(2, 40)}-gil, {gu}, {city} {pc}",
                           f"Apt {rng.randrange(1, 25)}0{rng.randrange(1, 9)}, {n} {st}-ro, {gu}, {city} {pc}"])
    if country == "vn":
        phuong, quan, city = rng.choice([("Dịch Vọng", "Cầu Giấy", "Hà Nội"), ("Láng Thượng", "Đống Đa", "Hà Nội"),
                                         ("Thảo Điền", "Thủ Đức", "TP.HCM")])
        return f"Số {n}, ngõ {rng.randrange(10, 200)} {st}, phường {phuong}, quận {quan}, {city}"
    if country == "ke":
        area = rng.choice(["Kilimani", "Westlands", "Lavington", "South B"])
        return rng.choice([f"House {n}, {st} Lane, off Ngong Road, {area}, Nairobi",
                           f"Apt {rng.choice('ABCD')}{rng.randrange(1, 9)}, {st} Court, {st} Lane, {area}, Nairobi"])
    if country == "gr":
        pc, town = rng.choice([("546 22", "Thessaloniki"), ("171 22", "Nea Smyrni, Athens"), ("262 21", "Patra")])
        return f"{st} {n}, {rng.randrange(1, 6)}os orofos, {pc} {town}"
    pc, town = rng.choice([("8048", "Zürich"), ("3014", "Bern"), ("6003", "Luzern")])
    return rng.choice([f"{st}weg {n}, {pc} {town}", f"{st}strasse {n}, {pc} {town}"])


# ---------------------------------------------------------------- national id numbers (valid check digits)
def _il_tz(ctx: Ctx) -> str:
    """Israeli Teudat Zehut: 9 digits, Luhn-style weights 1,2,1,2,..."""
    body = digits(ctx.rng, 8)
    total = sum(sum(divmod(int(c) * (1 + i % 2), 10)) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _ro_cnp(ctx: Ctx) -> str:
    rng = ctx.rng
    body = f"{rng.choice('12')}{rng.randrange(50, 99):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}" \
        f"{rng.randrange(1, 47):02d}{rng.randrange(1, 999):03d}"
    c = sum(int(a) * int(w) for a, w in zip(body, "279146358279")) % 11
    return body + ("1" if c == 10 else str(c))


def _kr_rrn(ctx: Ctx) -> str:
    rng = ctx.rng
    body = f"{rng.randrange(60, 99):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{rng.choice('12')}" + digits(rng, 5)
    c = (11 - sum(int(a) * w for a, w in zip(body, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5])) % 11) % 10
    return f"{body[:6]}-{body[6:]}{c}"


def _hr_oib(ctx: Ctx) -> str:
    body = str(ctx.rng.randrange(1, 10)) + digits(ctx.rng, 9)
    a = 10
    for ch in body:
        a = (a + int(ch)) % 10 or 10
        a = a * 2 % 11
    c = 11 - a
    return body + str(0 if c == 10 else c)


def _th_id(ctx: Ctx) -> str:
    rng = ctx.rng
    body = str(rng.randrange(1, 9)) + digits(rng, 11)
    c = (11 - sum(int(a) * (13 - i) for i, a in enumerate(body)) % 11) % 10
    n = body + str(c)
    return rng.choice([n, f"{n[0]} {n[1:5]} {n[5:10]} {n[10:12]} {n[12]}"])


OID_MAKERS = {"il": _il_tz, "ro": _ro_cnp, "kr": _kr_rrn, "hr": _hr_oib, "th": _th_id}


def make_o_id_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return {"v": one(ctx.unique(lambda: OID_MAKERS[kind](ctx)), "ID_NUMBER")}

    return gen


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def gen_o_dob(ctx: Ctx) -> Attrs:
    """A date of birth: German style (``de``) or "the 3rd of March 1957" (``ord``)."""
    rng = ctx.rng

    def make() -> tuple[str, str]:
        y, m, d = rng.randrange(1940, 2012), rng.randrange(1, 13), rng.randrange(1, 29)
        return f"{d:02d}.{m:02d}.{y}", f"{_ordinal(d)} of {MONTHS[m - 1]} {y}"

    de, ordinal = make()
    while de in ctx.seen or ordinal in ctx.seen:
        de, ordinal = make()
    ctx.seen.update((de, ordinal))
    return {"de": one(de, "DATE_OF_BIRTH"), "ord": one(ordinal, "DATE_OF_BIRTH")}


# ---------------------------------------------------------------- private URLs (the whole URL)
def _url(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    first, last, _, _ = rng.choice(R7NAMES)
    f, l = ascii_fold_all(first), ascii_fold_all(last)
    if kind == "paypal":
        return f"https://paypal.me/{rng.choice([f + l, f + l[:1] + digits(rng, 2), l + f[:2]])}"
    if kind == "invoice":
        return f"https://invoice.stripe.com/i/acct_1{rand_token(rng, 15)}/live_{rand_token(rng, 80, URLSAFE)}?s=ap"
    return f"https://www.strava.com/athletes/{rng.randrange(10_000_000, 140_000_000)}"


def make_o_url_gen(kind: str | None):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        k = kind or ctx.rng.choice(["paypal", "invoice", "strava"])
        return {"v": one(ctx.unique(lambda: _url(ctx, k)), "URL")}

    return gen


# ---------------------------------------------------------------- passwords, PINs, phrases
LEET = str.maketrans({"a": "@", "e": "3", "o": "0", "i": "!", "s": "$"})


def _r7password(ctx: Ctx) -> str:
    """A password as people choose them; always starts with a letter and has no quote, backslash or space."""
    rng = ctx.rng
    word, other = rng.sample(R7PASSWORD_WORDS, 2)
    return rng.choice([
        f"{word}{rng.choice('!#*?&')}{digits(rng, rng.choice([2, 3, 4]))}",          # "Pretzel#471"
        f"{word.lower()}{digits(rng, 3)}{other}",                                   # "kazoo808Toucan"
        f"{word[:2]}{word[2:].lower().translate(LEET)}{digits(rng, 2)}",            # "Ch@m3l30n55"
        f"{word}{other}{rng.randrange(1960, 2025)}",                                # "IglooWasabi1994"
        f"{word.lower()}.{other.lower()}.{digits(rng, 2)}",                         # "sardine.fondue.31"
        rng.choice(string.ascii_letters) + rand_token(rng, 15, ALNUM + "!#%^*-_=+?"),  # password-manager output
        f"Tr{rng.choice('!1')}cky{word}{digits(rng, 2)}",                          # "Tr!ckyBonsai55"
    ])


def gen_o_pw(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: _r7password(ctx)))


def gen_o_pwu(ctx: Ctx) -> Attrs:
    """A password that needs no escaping inside a URL's user info, YAML or a connection string."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: rng.choice([
        f"{rng.choice(R7PASSWORD_WORDS)}-{digits(rng, 4)}-{rand_token(rng, 3, string.ascii_lowercase)}",
        rng.choice(string.ascii_letters) + rand_token(rng, 17, ALNUM),
        f"{rng.choice(R7PASSWORD_WORDS).lower()}_{rng.choice(R7PASSWORD_WORDS)}{digits(rng, 2)}",
    ])))


# Russian and Hebrew words typed with the keyboard left on the US layout.
WRONG_LAYOUT = ["Ghbdtn", "Rjirf", "Vfibyf", "Cjkywt", "Ktnj", "Pfzw"]


def gen_o_pwx(ctx: Ctx) -> Attrs:
    """A password with emoji, accented or non-Latin letters, spaces, or typed in the wrong keyboard layout."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: rng.choice([
        f"{rng.choice(R7EMOJI)}{rng.choice(R7PASSWORD_WORDS)}{digits(rng, 2)}{rng.choice(R7EMOJI)}",
        f"{rng.choice(R7UNICODE_WORDS)}{digits(rng, 2)}{rng.choice('!#*?')}",
        f"i love {rng.choice(R7PASSWORD_WORDS)} {digits(rng, 2)} ever",
        f"{rng.choice(R7PASSWORD_WORDS)} {rng.choice(R7PASSWORD_WORDS).lower()} {rng.randrange(1970, 2020)}!",
        f"{rng.choice(WRONG_LAYOUT)}{digits(rng, 4)}",
        f"{rng.choice(R7UNICODE_WORDS).lower()}{rng.choice(R7EMOJI)}{digits(rng, 3)}",
    ])))


def gen_o_npmpw(ctx: Ctx) -> Attrs:
    """An ``.npmrc`` ``_password``: the base64 of a password (the encoded form is the secret as written)."""
    return secret(ctx.unique(lambda: base64.b64encode(_r7password(ctx).encode()).decode()))


def gen_o_pin(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: digits(ctx.rng, ctx.rng.choice([4, 4, 5, 6]))))


def gen_o_door(ctx: Ctx) -> Attrs:
    """A door or gate code: digits, sometimes with a letter key."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: rng.choice([digits(rng, 4), f"{rng.choice('ABC')}{digits(rng, 4)}",
                                                  f"{digits(rng, 2)}{rng.choice('AB')}{digits(rng, 2)}"])))


def gen_o_split(ctx: Ctx) -> Attrs:
    """A password sent in two halves: each half is a span."""
    rng = ctx.rng

    def make() -> tuple[str, str]:
        word, other = rng.sample(R7PASSWORD_WORDS, 2)
        return f"{word}{rng.choice('!#*&')}{digits(rng, 2)}", f"{other.lower()}{digits(rng, 3)}{rng.choice('?=+')}"

    a, b = make()
    while a in ctx.seen or b in ctx.seen:
        a, b = make()
    ctx.seen.update((a, b))
    return {"a": one(a, "SECRET"), "b": one(b, "SECRET")}


def gen_o_phrase(ctx: Ctx) -> Attrs:
    """A passphrase of three to six random words, spaced (``v``) or hyphenated (``hy``); the whole phrase is one span."""
    rng = ctx.rng
    words = ctx.unique(lambda: " ".join(rng.sample(R7PHRASE_WORDS, rng.randrange(3, 7))))
    return {"v": one(words, "SECRET"), "hy": one(words.replace(" ", "-"), "SECRET")}


def gen_o_seed(ctx: Ctx) -> Attrs:
    """Twelve wallet recovery words on one line; the whole phrase is one span."""
    return secret(ctx.unique(lambda: " ".join(ctx.rng.sample(R7PHRASE_WORDS, 12))))


def gen_o_ledger(ctx: Ctx) -> Attrs:
    """Twenty-four recovery words copied from a recovery sheet, numbered, one per line; one span."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: "\n".join(f"{i}. {w}" for i, w in enumerate(rng.sample(R7PHRASE_WORDS, 24), 1))))


# ---------------------------------------------------------------- keys, tokens, wallets
def gen_o_eth(ctx: Ctx) -> Attrs:
    """An Ethereum private key: with ``0x`` (``v``) or bare, as wallet exports show it (``raw``)."""
    key = ctx.unique(lambda: rand_token(ctx.rng, 64, HEX))
    return {"v": one("0x" + key, "SECRET"), "raw": one(key, "SECRET")}


def gen_o_wif(ctx: Ctx) -> Attrs:
    """A Bitcoin private key in WIF with a valid checksum (``5...`` uncompressed, ``K``/``L`` compressed)."""
    def make() -> str:
        suffix = b"\x01" if ctx.rng.random() < 0.6 else b""
        return _b58check(b"\x80" + rand_bytes(ctx, 32) + suffix)

    return secret(ctx.unique(make))


def gen_o_sshkey(ctx: Ctx) -> Attrs:
    """The base64 body of an OpenSSH private key, its lines joined by spaces as a one-line paste."""
    rng = ctx.rng

    def make() -> str:
        first = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
        lines = [first] + [rand_token(rng, 70, B64) for _ in range(rng.randrange(4, 6))] + [rand_token(rng, rng.randrange(20, 60), B64) + "="]
        return " ".join(lines)

    return {"flat": one(ctx.unique(make), "SECRET")}


def gen_o_jwt(ctx: Ctx) -> Attrs:
    rng = ctx.rng

    def make() -> str:
        header = _b64url(json.dumps({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
        iat = 1_730_000_000 + rng.randrange(10**7)
        claims = {"sub": str(rng.randrange(10**5, 10**7)), "iat": iat, "exp": iat + rng.choice([900, 3600, 86400]),
                  "scope": rng.choice(["read write", "orders:read", "user"])}
        sig = rand_token(rng, 43 if header.startswith("eyJhbGciOiJIUzI1NiIs") else 342, URLSAFE)
        return f"{header}.{_b64url(json.dumps(claims, separators=(',', ':')).encode())}.{sig}"

    return secret(ctx.unique(make))


def gen_o_refresh(ctx: Ctx) -> Attrs:
    rng = ctx.rng
    return secret(ctx.unique(lambda: rng.choice(["v1." + rand_token(rng, 86, URLSAFE), "rt_" + rand_token(rng, 48)])))


def gen_o_sess(ctx: Ctx) -> Attrs:
    """A session cookie value: express-session's ``s%3A<id>.<signature>`` (``express``) or a random id (``v``)."""
    rng = ctx.rng
    return {"express": one(ctx.unique(lambda: f"s%3A{rand_token(rng, 32, URLSAFE)}.{rand_token(rng, 43)}"), "SECRET"),
            "v": one(ctx.unique(lambda: rand_token(rng, 1) + rand_token(rng, 42, URLSAFE)), "SECRET")}


def gen_o_slack(ctx: Ctx) -> Attrs:
    """A Slack incoming-webhook URL: only its final token is secret."""
    rng = ctx.rng
    token = ctx.unique(lambda: rand_token(rng, 24))
    prefix = f"https://hooks.slack.com/services/T0{rand_token(rng, 8, UPPER_DIGITS)}/B0{rand_token(rng, 9, UPPER_DIGITS)}/"
    return {"v": [(prefix, None), (token, "SECRET")]}


def gen_o_discord(ctx: Ctx) -> Attrs:
    """A Discord webhook URL: the numeric id is not secret, the token after it is."""
    rng = ctx.rng
    token = ctx.unique(lambda: rand_token(rng, 68, URLSAFE))
    return {"v": [(f"https://discord.com/api/webhooks/{rng.randrange(10**17, 10**19)}/", None), (token, "SECRET")]}


def gen_o_amz(ctx: Ctx) -> Attrs:
    """The secret parts of an S3 presigned URL: the access key id and the signature."""
    rng = ctx.rng
    return {"akia": one(ctx.unique(lambda: "AKIA" + rand_token(rng, 16, string.ascii_uppercase + "234567")), "SECRET"),
            "sig": one(ctx.unique(lambda: rand_token(rng, 64, HEX)), "SECRET")}


def gen_o_goog(ctx: Ctx) -> Attrs:
    """A GCS V4 signed URL's ``X-Goog-Signature`` (an RSA-2048 signature in hex)."""
    return {"sig": one(ctx.unique(lambda: rand_token(ctx.rng, 512, HEX)), "SECRET")}


def gen_o_cloud(ctx: Ctx) -> Attrs:
    """A ``CLOUDINARY_URL``: the API key and cloud name are not secret, the API secret is."""
    rng = ctx.rng
    secret = ctx.unique(lambda: rand_token(rng, 27, URLSAFE))
    return {"v": [(f"cloudinary://{digits(rng, 15)}:", None), (secret, "SECRET"), (f"@{rand_token(rng, 9, LOWER_DIGITS)}", None)]}


def _o_key(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    t = lambda n, a=ALNUM: rand_token(rng, n, a)
    makers = {
        "openrouter": lambda: "sk-or-v1-" + t(64, HEX),
        "nvidia": lambda: "nvapi-" + t(64, URLSAFE),
        "voyage": lambda: "pa-" + t(43, URLSAFE),
        "jina": lambda: "jina_" + t(32, HEX) + t(28),
        "deepgram": lambda: t(40, HEX),
        "assembly": lambda: t(32, HEX),
        "vercel": lambda: t(24),
        "algolia": lambda: t(32, HEX),
        "mailchimp": lambda: f"{t(32, HEX)}-us{rng.randrange(1, 22)}",
        "brevo": lambda: f"xkeysib-{t(64, HEX)}-{t(16)}",
        "postmark": lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "plaid": lambda: t(30, HEX),
        "alchemy": lambda: t(1) + t(31, URLSAFE),
        "infura": lambda: t(32, HEX),
        "etherscan": lambda: t(34, UPPER_DIGITS),
        "auth": lambda: t(64, URLSAFE),
        "whsec": lambda: "whsec_" + t(32),
        "darkly": lambda: "sdk-" + str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "render": lambda: "rnd_" + t(32),
        "neon": lambda: "napi_" + t(64, LOWER_DIGITS),
        "gocspx": lambda: "GOCSPX-" + t(28, URLSAFE),
        "jfrog": lambda: "AKCp8" + t(68),
        "twitch": lambda: t(30, LOWER_DIGITS),
        "dropbox": lambda: "sl.B" + t(136, URLSAFE),
        "upstash": lambda: "AX" + t(62),
        "owm": lambda: t(32, HEX),
        "hubspot": lambda: f"pat-{rng.choice(['na1', 'eu1'])}-{uuid.UUID(int=rng.getrandbits(128), version=4)}",
        "clickup": lambda: f"pk_{rng.randrange(10**7, 10**8)}_{t(32, UPPER_DIGITS)}",
        "pusher": lambda: t(20, HEX),
        "laravel": lambda: rand_b64(ctx, 32),
        "hexsecret": lambda: t(64, HEX),
        "yarn": lambda: "npm_" + t(36),
    }
    return makers[kind]()


O_KEY_KINDS = ["openrouter", "nvidia", "voyage", "jina", "deepgram", "assembly", "vercel", "algolia", "mailchimp",
               "brevo", "postmark", "plaid", "alchemy", "infura", "etherscan", "auth", "whsec", "darkly", "render",
               "neon", "gocspx", "jfrog", "twitch", "dropbox", "upstash", "owm", "hubspot", "clickup", "pusher",
               "laravel", "hexsecret", "yarn"]


def make_o_key_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return secret(ctx.unique(lambda: _o_key(ctx, kind)))

    return gen


# ---------------------------------------------------------------- not PII (ids that ship publicly, digests, figures)
def make_o_public_id_gen(kind: str):  # type: ignore[no-untyped-def]
    """Identifiers printed next to a secret that are not secret themselves."""
    def gen(ctx: Ctx) -> Attrs:
        rng = ctx.rng
        return unlabelled({
            "algolia": lambda: rand_token(rng, 10, UPPER_DIGITS),
            "plaid": lambda: rand_token(rng, 24, HEX),
            "auth": lambda: rand_token(rng, 32),
            "pusher": lambda: rand_token(rng, 20, HEX),
            "twitch": lambda: rand_token(rng, 30, LOWER_DIGITS),
            "google": lambda: f"{digits(rng, 12)}-{rand_token(rng, 32, LOWER_DIGITS)}.apps.googleusercontent.com",
            "ga": lambda: f"GA1.1.{rng.randrange(10**8, 10**10)}.{rng.randrange(1_700_000_000, 1_740_000_000)}",
            "vercelorg": lambda: "team_" + rand_token(rng, 24),
        }[kind]())

    return gen


def gen_o_fig(ctx: Ctx) -> Attrs:
    return unlabelled(ctx.pick_recent(R7PUBLIC_FIGURES, "figures"))


def gen_o_uuid(ctx: Ctx) -> Attrs:
    return unlabelled(str(uuid.UUID(int=ctx.rng.getrandbits(128), version=4)))


def gen_o_hash(ctx: Ctx) -> Attrs:
    return unlabelled(rand_token(ctx.rng, 64, HEX))


def gen_o_fp(ctx: Ctx) -> Attrs:
    """An SSH host key fingerprint (public)."""
    return unlabelled(rand_b64(ctx, 32).rstrip("="))


ROUND7_GENERATORS = {
    "op": gen_o_person, "opf": lambda ctx: gen_o_person(ctx, "f"), "opm": lambda ctx: gen_o_person(ctx, "m"),
    "opf_af": lambda ctx: gen_o_person(ctx, "f", "af"), "opf_in": lambda ctx: gen_o_person(ctx, "f", "in"),
    "onick": gen_o_nick, "ousr": gen_o_user, "oem": gen_o_email,
    "oph": valid_phone_gen(_phone, PHONE_REGIONS, None),
    **{f"oph_{c}": valid_phone_gen(_phone, PHONE_REGIONS, c) for c in PHONE_REGIONS},
    "oloc": country_gen(_address, R7STREETS, "LOCATION", None), **{f"oloc_{c}": country_gen(_address, R7STREETS, "LOCATION", c) for c in R7STREETS},
    **{f"oid_{k}": make_o_id_gen(k) for k in OID_MAKERS}, "odob": gen_o_dob,
    "ourl": make_o_url_gen(None), **{f"ourl_{k}": make_o_url_gen(k) for k in ("paypal", "invoice", "strava")},
    "opw": gen_o_pw, "opwu": gen_o_pwu, "opwx": gen_o_pwx, "onpmpw": gen_o_npmpw, "opin": gen_o_pin, "odoor": gen_o_door,
    "osplit": gen_o_split, "ophrase": gen_o_phrase, "oseed": gen_o_seed, "oledger": gen_o_ledger,
    "oeth": gen_o_eth, "owif": gen_o_wif, "osshkey": gen_o_sshkey, "ojwt": gen_o_jwt, "orefresh": gen_o_refresh,
    "osess": gen_o_sess, "oslack": gen_o_slack, "odiscord": gen_o_discord, "oamz": gen_o_amz, "ogoog": gen_o_goog,
    "ocloud": gen_o_cloud, **{f"ok_{k}": make_o_key_gen(k) for k in O_KEY_KINDS},
    **{f"oid_pub_{k}": make_o_public_id_gen(k) for k in ("algolia", "plaid", "auth", "pusher", "twitch", "google", "ga",
                                                          "vercelorg")},
    "ofig": gen_o_fig, "ouuid": gen_o_uuid, "ohash": gen_o_hash, "ofp": gen_o_fp,
}

# ---------------------------------------------------------------- templates (dev only)
ROUND7_PII: list[tuple[str, str, str]] = [
    # ---- SECRET: passwords in sentences with no cue word, or quoted after "it's" / "with" / "using"
    ("secret", "user", "it keeps rejecting {{opw1.v}} even though that's literally what I set an hour ago. caps lock is off"),
    ("secret", "user", "changed it to {{opwx1.v}} last night and now the laptop won't take it at the login screen, my phone does"),
    ("mixed", "user", "my son {{opm1.first}} forgot his xbox login, it's \"{{opw1.v}}\" I think — how do I reset it if that's wrong?"),
    ("secret", "user", "logging in with '{{opw1.v}}' gives 'invalid credentials' on the school portal but the same thing works in the app"),
    ("secret", "user", "tried using “{{opw1.v}}” and Outlook just keeps popping the sign-in box up again. do I need an app password?"),
    # ---- SECRET: other languages
    ("secret", "user", "Hilfe, die FritzBox nimmt {{opw1.v}} nicht an, obwohl genau das auf dem Zettel hinten am Gerät steht"),
    ("secret", "user", "la password della mail è {{opw1.v}} ma da stamattina non riesco più ad entrare, mi aiuti?"),
    ("secret", "user", "hasło do banku to {{opw1.v}} i ciągle wyskakuje, że jest błędne. co mam zrobić?"),
    ("secret", "user", "mật khẩu wifi nhà mình là {{opw1.v}}, làm sao đổi nó trên modem Viettel vậy?"),
    ("secret", "user", "bhai mera insta ka password {{opw1.v}} hai, lagta hai koi aur login kar raha hai, kya karun?"),
    ("secret", "user", "el password beta3 el wifi {{opw1.v}} bas mesh sha3'al 3and el dyoof, leh keda?"),
    ("secret", "user", "PIN yangu ya M-Pesa ni {{opin1.v}} na nimempa mtu kwa bahati mbaya. nifanye nini sasa?"),
    ("secret", "user", "пароль от вайфая {{opw1.v}}, а ноутбук пишет «неверный ключ безопасности». что делать?"),
    ("secret", "user", "我的QQ密码是“{{opw1.v}}”，今天突然登录不了，是不是被盗了？"),
    # ---- SECRET: PINs and door codes in everyday text
    ("mixed", "user", ("for the dog sitter ({{opf1.first}}): buzz flat 4B, the inner door is {{odoor1.v}}, spare key's in the lockbox "
                       "under the stairs ({{opin1.v}}). can you make it a neat note?")),
    ("secret", "user", "set the room safe to {{opin1.v}} and now it just says ERROR and won't open, my passport is in there 😭"),
    # ---- SECRET: a password in two halves, passphrases
    ("secret", "user", ("sending it in two bits so it's not all in one place lol\n\nfirst part: {{osplit1.a}}\nsecond part: {{osplit1.b}}\n\n"
                        "no space between them. is that what the vpn client wants?")),
    ("secret", "user", "went with {{ophrase1.v}} for the family laptop so the kids can remember it — is that actually safe?"),
    ("secret", "user", "bitwarden generated {{ophrase1.hy}} for me, is that enough words for the master password or should I add a number?"),
    # ---- SECRET: stack traces and exception messages
    ("secret", "user", ("Traceback (most recent call last):\n  File \"/srv/app/jobs/sync.py\", line 41, in <module>\n"
                        "    engine = create_engine(\"postgres://billing:{{opwu1.v}}@pg-billing.internal:5432/billing\")\n"
                        "  File \"/usr/local/lib/python3.12/site-packages/sqlalchemy/engine/create.py\", line 561, in create_engine\n"
                        "    entrypoint = u._get_entrypoint()\nsqlalchemy.exc.NoSuchModuleError: Can't load plugin: sqlalchemy.dialects:postgres\n\n"
                        "it worked on my laptop, what's different on the server?")),
    ("secret", "user", ("requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: "
                        "https://api.openweathermap.org/data/2.5/weather?q=Leeds&units=metric&appid={{ok_owm1.v}}\n\n"
                        "the key is brand new, does it take a while to activate?")),
    ("secret", "user", ("[10:41:07 ERR] Failed to open connection using \"Server=sql-prod01;Database=Payroll;User Id=payroll_svc;"
                        "Passwd={{opwu1.v}};TrustServerCertificate=True\"\nSystem.ArgumentException: Keyword not supported: 'passwd'.\n"
                        "   at Microsoft.Data.SqlClient.SqlConnectionStringBuilder.GetIndex(String keyword)\n"
                        "   at Payroll.Data.DbFactory.Open() in /src/Payroll.Data/DbFactory.cs:line 27")),
    # ---- SECRET: SQL
    ("mixed", "user", ("CREATE USER '{{ousr1.v}}'@'%' IDENTIFIED BY '{{opw1.v}}';\nGRANT SELECT ON reporting.* TO '{{ousr1.v}}'@'%';\n\n"
                       "ERROR 1819 (HY000): Your password does not satisfy the current policy requirements — what's wrong with it?")),
    ("secret", "user", ("ALTER ROLE app_rw WITH LOGIN PASSWORD '{{opw1.v}}' VALID UNTIL '2026-01-01';\n\n"
                        "do I need to reload pg_hba.conf after this or is it instant?")),
    # ---- SECRET: container, CI and deployment files
    ("secret", "user", ("FROM python:3.12-slim\nARG JFROG_TOKEN={{ok_jfrog1.v}}\nENV ALGOLIA_APP_ID={{oid_pub_algolia1}} \\\n"
                        "    ALGOLIA_ADMIN_KEY={{ok_algolia1.v}}\nRUN pip install --extra-index-url "
                        "https://ci:${JFROG_TOKEN}@acme.jfrog.io/artifactory/api/pypi/pypi-local/simple -r requirements.txt\n\n"
                        "docker history shows all of this, how do I hide it?")),
    ("secret", "user", ("services:\n  minio:\n    image: minio/minio\n    environment:\n      - MINIO_ROOT_USER=admin\n"
                        "      - MINIO_ROOT_PASSWORD={{opwu1.v}}\n  rabbit:\n    image: rabbitmq:3-management\n    environment:\n"
                        "      - RABBITMQ_DEFAULT_USER=orders\n      - RABBITMQ_DEFAULT_PASS={{opwu2.v}}\n  worker:\n    build: .\n"
                        "    environment:\n      - UPSTASH_REDIS_REST_TOKEN={{ok_upstash1.v}}\n\nthe worker can't reach rabbit, is it the env format?")),
    ("mixed", "user", ("- name: Deploy over SSH\n  uses: appleboy/ssh-action@v1.0.3\n  with:\n    host: shop.example-hosting.net\n"
                       "    username: {{ousr1.v}}\n    password: {{opwu1.v}}\n    script: cd ~/app && git pull && pm2 restart all\n"
                       "- name: Preview\n  uses: amondnet/vercel-action@v25\n  with:\n    vercel-token: {{ok_vercel1.v}}\n"
                       "    vercel-org-id: {{oid_pub_vercelorg1}}\n\nthe ssh step times out, the vercel one works")),
    ("secret", "user", ("# values-prod.yaml\npostgresql:\n  auth:\n    username: shop\n    password: \"{{opw1.v}}\"\n"
                        "    postgresPassword: \"{{opw2.v}}\"\nfeatureFlags:\n  launchDarkly:\n    sdkKey: {{ok_darkly1.v}}\n\n"
                        "helm upgrade says 'PASSWORDS ERROR: You must provide your current passwords when upgrading' — why?")),
    ("secret", "user", ("# group_vars/prod.yml (no vault yet, I know 🙈)\nmysql_root_password: \"{{opw1.v}}\"\n"
                        "app_db_password: \"{{opwu1.v}}\"\ncloudinary_url: \"{{ocloud1.v}}\"\n\n"
                        "ansible-lint keeps saying something about no_log, what does it want from me?")),
    ("secret", "user", ("APP_NAME=Bookings\nAPP_ENV=production\nAPP_KEY=base64:{{ok_laravel1.v}}\nDB_CONNECTION=mysql\nDB_PASSWORD={{opwu1.v}}\n"
                        "MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_USERNAME={{ok_postmark1.v}}\nMAIL_PASSWORD={{ok_postmark1.v}}\n"
                        "PUSHER_APP_KEY={{oid_pub_pusher1}}\nPUSHER_APP_SECRET={{ok_pusher1.v}}\n\nlaravel says 'No application encryption key "
                        "has been specified' but it's right there?")),
    ("secret", "user", ("spring.mail.host=smtp.office365.com\nspring.mail.port=587\nspring.mail.password={{opwu1.v}}\n"
                        "spring.security.oauth2.client.registration.google.client-id={{oid_pub_google1}}\n"
                        "spring.security.oauth2.client.registration.google.client-secret={{ok_gocspx1.v}}\n"
                        "app.jwt.secret={{ok_hexsecret1.v}}\n\nlogin with google gives redirect_uri_mismatch")),
    ("secret", "user", ("appsettings.Production.json:\n{\n  \"ConnectionStrings\": {\n    \"Default\": \"Host=pg-crm;Port=5432;Database=crm;"
                        "Username=crm_app;Password={{opwu1.v}};SSL Mode=Require\"\n  },\n  \"Twitch\": { \"ClientId\": \"{{oid_pub_twitch1}}\", "
                        "\"ClientSecret\": \"{{ok_twitch1.v}}\" },\n  \"Dropbox\": { \"AccessToken\": \"{{ok_dropbox1.v}}\" }\n}\n\n"
                        "does the Production file override appsettings.json or merge with it?")),
    # ---- SECRET: source literals
    ("secret", "user", ("func newClient() *openai.Client {\n\tcfg := openai.DefaultConfig(\"{{ok_openrouter1.v}}\")\n"
                        "\tcfg.BaseURL = \"https://openrouter.ai/api/v1\"\n\treturn openai.NewClientWithConfig(cfg)\n}\n\n"
                        "dg := deepgram.NewClient(\"{{ok_deepgram1.v}}\")\n\nis it fine to ship the binary like this?")),
    ("secret", "user", ("public class TranscribeJob {\n    private static final String ASSEMBLYAI_API_KEY = \"{{ok_assembly1.v}}\";\n"
                        "    private static final String DB_PASS = \"{{opw1.v}}\";\n    ...\n}\n\nsonar flags both lines as blockers, "
                        "what's the java way to do this?")),
    # ---- SECRET: API client exports, browser storage, notebooks
    ("mixed", "user", ("{\n  \"id\": \"{{ouuid1}}\",\n  \"name\": \"Plaid prod\",\n  \"values\": [\n"
                       "    {\"key\": \"plaidClientId\", \"value\": \"{{oid_pub_plaid1}}\", \"type\": \"default\", \"enabled\": true},\n"
                       "    {\"key\": \"plaidSecret\", \"value\": \"{{ok_plaid1.v}}\", \"type\": \"secret\", \"enabled\": true},\n"
                       "    {\"key\": \"hubspotToken\", \"value\": \"{{ok_hubspot1.v}}\", \"type\": \"secret\", \"enabled\": true},\n"
                       "    {\"key\": \"ownerEmail\", \"value\": \"{{oem1.v}}\", \"type\": \"default\", \"enabled\": true}\n  ],\n"
                       "  \"_postman_variable_scope\": \"environment\"\n}\n\nexported this from postman for the contractor, ok to send?")),
    ("secret", "user", ("_type: export\n__export_format: 4\nresources:\n  - _type: request\n    name: Get M2M token\n    method: POST\n"
                        "    url: https://acme-prod.eu.auth0.com/oauth/token\n    authentication:\n      type: oauth2\n"
                        "      grantType: client_credentials\n      clientId: {{oid_pub_auth1}}\n      clientSecret: {{ok_auth1.v}}\n\n"
                        "insomnia imports it but the token request says access_denied")),
    ("secret", "user", ("copied from devtools → Application → Local Storage:\n\nKey\tValue\najs_anonymous_id\t\"{{ouuid1}}\"\n"
                        "auth.accessToken\t{{ojwt1.v}}\nauth.refreshToken\t{{orefresh1.v}}\nui.theme\tdark\n\n"
                        "why does logging out not clear these?")),
    ("secret", "user", ("support asked for a HAR, this is the failing request — ok to send as is?\n\n{\n  \"request\": {\n"
                        "    \"method\": \"POST\",\n    \"url\": \"https://app.tallybook.io/api/graphql\",\n    \"headers\": [\n"
                        "      {\"name\": \"authorization\", \"value\": \"Bearer {{ojwt1.v}}\"},\n"
                        "      {\"name\": \"cookie\", \"value\": \"__Host-sid={{osess1.v}}; theme=dark\"}\n    ]\n  },\n"
                        "  \"response\": {\"status\": 500, \"statusText\": \"Internal Server Error\"}\n}")),
    ("secret", "user", ("> document.cookie\n'_ga={{oid_pub_ga1}}; connect.sid={{osess1.express}}; lang=en-GB'\n\n"
                        "why can I read the session cookie from js? isn't it supposed to be httpOnly?")),
    ("secret", "user", ("{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 4,\n   \"metadata\": {},\n"
                        "   \"outputs\": [],\n   \"source\": [\n    \"import voyageai, os\\n\",\n"
                        "    \"vo = voyageai.Client(api_key=\\\"{{ok_voyage1.v}}\\\")\\n\",\n"
                        "    \"os.environ[\\\"NVIDIA_API_KEY\\\"] = \\\"{{ok_nvidia1.v}}\\\"\\n\",\n"
                        "    \"JINA_KEY = \\\"{{ok_jina1.v}}\\\"\"\n   ]\n  }\n ],\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n\n"
                        "I want to put this notebook on github for my class, anything to clean first?")),
    # ---- SECRET: crypto wallets
    ("secret", "user", "imported this into metamask and the balance shows 0, did I get the format wrong? {{oeth1.v}}"),
    ("secret", "user", ("my old paper wallet from 2017 has this printed under the QR code: {{owif1.v}}\n\n"
                        "can electrum still sweep it or is it too old?")),
    ("secret", "user", ("found my dad's Ledger recovery sheet in a drawer after he passed. it says:\n\n{{oledger1.v}}\n\n"
                        "how do I see what's on it without a Ledger?")),
    ("secret", "user", "these are the 12 words trust wallet showed me when i set it up: {{oseed1.v}} — can i just keep them in my notes app?"),
    # ---- SECRET: keys pasted inline, package-manager dotfiles
    ("secret", "user", ("termius wants the key for ssh -i so I pasted this into the box but it says invalid format:\n\n"
                        "-----BEGIN OPENSSH PRIVATE KEY----- {{osshkey1.flat}} -----END OPENSSH PRIVATE KEY-----\n\n"
                        "did I break it by pasting it on one line?")),
    ("secret", "user", (".yarnrc.yml\nnodeLinker: node-modules\nnpmScopes:\n  acme:\n    npmRegistryServer: \"https://registry.npmjs.org\"\n"
                        "    npmAlwaysAuth: true\n    npmAuthToken: \"{{ok_yarn1.v}}\"\n\nyarn install says 'Invalid authentication' for @acme/ui")),
    ("mixed", "user", ("~/.npmrc\nregistry=https://nexus.corp.example/repository/npm-group/\n//nexus.corp.example/repository/npm-group/:username={{ousr1.v}}\n"
                       "//nexus.corp.example/repository/npm-group/:_password={{onpmpw1.v}}\n//nexus.corp.example/repository/npm-group/:email={{oem1.v}}\n"
                       "always-auth=true\n\nnpm ERR! code E401 — is _password supposed to be base64?")),
    # ---- SECRET: webhook and signed URLs
    ("secret", "user", "our uptime bot posts to {{oslack1.v}} — can I make the same url post to two channels?"),
    ("secret", "user", ("requests.post(\"{{odiscord1.v}}\", json={\"content\": msg})\n\nreturns 401 Unauthorized, "
                        "the webhook still shows in the channel settings though")),
    ("secret", "user", ("sent this to my aunt so she can download the video:\n\nhttps://family-photos-2024.s3.eu-west-2.amazonaws.com/trip/IMG_2291.MOV"
                        "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={{oamz1.akia}}%2F20250311%2Feu-west-2%2Fs3%2Faws4_request"
                        "&X-Amz-Date=20250311T101500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature={{oamz1.sig}}\n\n"
                        "will it still work next month?")),
    ("secret", "user", ("https://storage.googleapis.com/acme-exports/reports/q1.csv?X-Goog-Algorithm=GOOG4-RSA-SHA256"
                        "&X-Goog-Credential=exporter%40acme-analytics.iam.gserviceaccount.com%2F20250311%2Fauto%2Fstorage%2Fgoog4_request"
                        "&X-Goog-Date=20250311T090000Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature={{ogoog1.sig}}\n\n"
                        "the finance team says this link 'expired' after lunch, can I make it last a week?")),
    # ---- SECRET: providers no earlier round used
    ("secret", "user", ("cleaning up old .env files — which of these are even ours?\nETHERSCAN_API_KEY={{ok_etherscan1.v}}\n"
                        "INFURA_PROJECT_SECRET={{ok_infura1.v}}\nALCHEMY_KEY={{ok_alchemy1.v}}\nMAILCHIMP_API_KEY={{ok_mailchimp1.v}}\n"
                        "BREVO_API_KEY={{ok_brevo1.v}}\nRENDER_API_KEY={{ok_render1.v}}\nNEON_API_KEY={{ok_neon1.v}}\n"
                        "CLICKUP_TOKEN={{ok_clickup1.v}}")),
    ("secret", "user", ("STRIPE_WEBHOOK_SECRET={{ok_whsec1.v}}\n\nstripe.error.SignatureVerificationError: No signatures found matching "
                        "the expected signature for payload\n\nis it the wrong secret? I copied it from the dashboard")),
    # ---- SECRET: the assistant echoes
    ("secret", "assistant", ("That error comes from the keyboard, not the password: `{{opwx1.v}}` has characters the Windows sign-in screen "
                             "can't type with the US layout. Add the matching keyboard layout before signing in, or change the password "
                             "from your phone to something plain.")),
    ("secret", "assistant", ("Run this as the postgres superuser:\n\n```sql\nALTER ROLE reporting WITH PASSWORD '{{opw1.v}}';\n```\n\n"
                             "Then set `REPORTING_DB_PASSWORD` in your `.env` to the same value and restart the service.")),
    ("secret", "assistant", ("So the full VPN password is the two parts together: `{{osplit1.a}}` followed by `{{osplit1.b}}`, with no "
                             "space between them. Both halves are now in this chat, so change it once you're connected.")),
    # ---- PERSON: structured pastes and documents
    ("person", "user", ("PASSENGER: {{opm1.slash}} MR\nFROM: DOH  TO: JNB  FLIGHT: QR1367\nSEAT: 34K  GATE: C22  BOARDING 01:40\n\n"
                        "my passport has my middle name too but the boarding pass doesn't, will they still let me on?")),
    ("mixed", "user", ("feat: offline mode for the order screen\n\nCo-authored-by: {{op1.full}} <{{op1.email}}>\n"
                       "Co-authored-by: {{op2.full}} <{{op2.email}}>\n\ngithub only shows one avatar on the commit, is the trailer wrong?")),
    ("person", "user", ("@mastersthesis{mw2022,\n  author = {{{op1.last}}, {{op1.first}}},\n  title  = {Water rights and smallholder farming "
                        "in the Rift Valley},\n  school = {University of Nairobi},\n  year   = {2022},\n  note   = {Supervised by {{op2.full}}}\n}\n\n"
                        "biber says this entry is malformed, can you spot it?")),
    ("person", "user", ("Table 3: {{op1.full}}, {{op2.full}}, {{op3.first}} (+1)\nTable 4: {{op4.full}}, {{op5.initial}}\n\n"
                        "{{op2.first}} and {{op4.first}} really can't sit near each other, can you reshuffle?")),
    ("person", "user", ("I authorise {{op1.full}} (my sister-in-law) and {{op2.full}} to collect my son from after-school club on "
                        "Tuesdays and Thursdays. — can you make this sound more official?")),
    ("person", "user", ("SUP-4471  Printer on 3rd floor jams on double-sided\nReporter: {{op1.full}}\nAssignee: {{op2.full}}\n"
                        "Watchers: {{op3.first}}, {{op4.initial}}\n\nsummarise this for standup in one line")),
    ("person", "user", "Mama {{opf_af1.first}} from downstairs keeps bringing us food 🥹 what's a nice way to return the favour without offending her?"),
    ("person", "user", ("FPS PAYMENT TO {{op1.initial_caps}} REF RENT MARCH   -650.00\nFPS PAYMENT FROM {{op2.caps}} REF BILLS SHARE   +48.20\n"
                        "CARD PAYMENT TO TESCO STORES 3321   -23.17\n\nwhich of these is my flatmate's share of the bills?")),
    ("mixed", "user", ("LOST CAT 🐈 grey tabby, answers to Mochi, very shy. last seen near the park gates on Sunday.\n"
                       "please call {{opf1.first}} on {{oph1.v}}\n\ncan you make this flyer shorter so it fits on an A5?")),
    ("person", "user", ("INSERT INTO customers (full_name, city) VALUES\n  ('{{op1.full}}', 'Kampala'),\n  ('{{op2.full}}', 'Bern');\n\n"
                        "these are real people from our signup form — is it ok to keep them in the seed file?")),
    ("mixed", "user", ("On Tue, 11 Mar 2025 at 09:14, {{op1.full}} <{{op1.email}}> wrote:\n> Could you resend the signed lease? The "
                       "scan you sent is missing page 3.\n\nhow do I reply without all the quoted bit?")),
    ("person", "user", ("Re: Mrs {{opf1.full}}, 62\n\nDear Dr {{op2.last}},\n\nThank you for seeing this lady, who has had a cough for "
                        "six weeks.\n\nmy mum's GP gave her this letter, what does 'this lady' mean, is it rude?")),
    ("mixed", "user", ("This agreement is made between {{op1.full}} (\"the Landlord\") and {{op2.full}} (\"the Tenant\") for the property "
                       "at {{oloc_ch1.v}}.\n\ncan you explain the deposit clause in simple terms?")),
    ("person", "user", ("{\"id\": 8812, \"displayName\": \"{{op1.full}}\", \"manager\": {\"displayName\": \"{{op2.full}}\"}, \"locale\": "
                        "\"sw-KE\"}\n\nhow do I get just the two names out with jq?")),
    ("person", "user", ("my great-grandmother {{opf1.full}} married {{opm2.full}} in 1931 in a village near the coast. "
                        "how do I even start looking for their marriage record?")),
    ("person", "user", "{{opf_in1.first}} didi sent me her achaar recipe as a voice note, can you help me write it down properly? she wants it credited as '{{opf_in1.poss_full}} recipe'"),
    ("person", "user", "Ms {{opf1.last}} taught my daughter to read this year and she's moving schools 😢 help me write a card from both of us"),
    ("person", "assistant", ("Here's the reshuffled plan:\n\n**Table 2:** {{op1.full}}, {{op2.first}}, {{op3.full}}\n"
                             "**Table 5:** {{op4.full}}, {{op5.first}}\n\nThat keeps {{op2.first}} and {{op4.first}} at opposite ends of the room.")),
    ("person", "user", "=IF(B2=\"{{op1.full}}\",\"VIP\",\"\") comes back blank even on {{op1.poss}} row — why?"),
    ("person", "user", "register for 4c today, absent: {{op1.full_lc}}, {{op2.full_lc}} and {{op3.first_lc}} (dentist). can you draft the text to the parents?"),
    ("person", "user", "{{onick1.nick_lc}} borrowed my charger again and now it's 'lost' 🙄 how do i bring it up without a fight"),
    ("mixed", "user", "Für die Anmeldung: {{op1.full}}, geb. {{odob1.de}} in Skopje — can you translate this line for the school form?"),
    # ---- USERNAME
    ("username", "user", ("$ whoami\n{{ousr1.v}}\n$ sudo apt update\n[sudo] password for {{ousr1.v}}:\nSorry, try again.\n\n"
                          "I'm 100% typing the right password, what's going on?")),
    ("username", "user", ("ps aux | grep node\n{{ousr1.v}}   48213  2.1  1.3 1123456 214332 ?  Sl   09:12   0:41 node /srv/app/server.js\n"
                          "root      48990  0.0  0.0   6432   720 pts/0  S+   09:40   0:00 grep node\n\nhow do I turn this into a proper service?")),
    # ---- LOCATION
    ("location", "user", "pls deliver to {{oloc_kr1.v}} and leave it with the guard if I'm out — translate that to korean for the courier app"),
    ("location", "user", "địa chỉ nhà mình là {{oloc_vn1.v}}, can you write it the way DHL's form wants it?"),
    ("location", "user", "we're at {{oloc_ke1.v}} — write directions for the boda guy coming from the stage"),
    # ---- ID_NUMBER
    ("id", "user", "מספר תעודת זהות {{oid_il1.v}} — the bank's english form says it's invalid, is the last digit a check digit?"),
    ("id", "user", "CNP-ul meu e {{oid_ro1.v}}, do I put it on the Revolut form as my tax id?"),
    ("id", "user", "주민등록번호 {{oid_kr1.v}} — the hotel in Lisbon wants a passport number, can I give them this instead?"),
    # ---- PHONE, EMAIL, URL, DOB
    ("phone", "user", "if the delivery guy calls from {{oph_mx1.v}} it's legit, right? he says he's outside but nobody's there"),
    ("phone", "user", "save {{oph1.v}} as 'landlord' — actually just write him a short text in simple english saying the boiler's broken"),
    ("email", "user", "can you check this signup list for typos before I import it: {{oem1.v}}, {{oem2.v}}, {{oem3.v}}"),
    ("url", "user", "is it ok to post this link in the neighbourhood facebook group? {{ourl1.v}}"),
]

ROUND7_NOPII: list[tuple[str, str, str]] = [
    ("nopii_crypto", "user", "tx 0x{{ohash1}} has been pending for two hours, is my gas too low?"),
    ("nopii_crypto", "user", "is this really the official USDT contract? I don't want to send to a fake one\n\n0xdAC17F958D2ee523a2206206994597C13D831ec7"),
    ("nopii_crypto", "user", ("why do so many tutorials use 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
                              "abandon about' as the example?")),
    ("nopii_crypto", "user", ("hardhat node prints Account #0 with private key 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80 "
                              "and says never to use it on mainnet — why is it the same on every machine?")),
    ("nopii_crypto", "user", "why do people still send tiny amounts of btc to the genesis address?\n1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"),
    ("nopii_code", "user", "CREATE USER app IDENTIFIED BY :app_password — can Oracle bind the password like that or does it have to be a literal?"),
    ("nopii_code", "user", "CREATE USER 'backup'@'localhost' IDENTIFIED WITH auth_socket; — so there's no password at all? how does it log in?"),
    ("nopii_code", "user", "RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci — is this the right way to keep the token out of the image?"),
    ("nopii_code", "user", ("- uses: appleboy/ssh-action@v1.0.3\n  with:\n    host: ${{ secrets.SSH_HOST }}\n    username: deploy\n"
                            "    password: ${{ secrets.SSH_PASSWORD }}\n\ndo secrets get passed to actions from forks?")),
    ("nopii_code", "user", ("postgresql:\n  auth:\n    existingSecret: pg-credentials\n    secretKeys:\n      adminPasswordKey: postgres-password\n\n"
                            "what does the secret itself need to look like for this to work?")),
    ("nopii_log", "user", ("psycopg2.OperationalError: connection to server at \"pg-billing.internal\", port 5432 failed: FATAL:  password "
                           "authentication failed for user \"billing\"\n\nthe password is definitely right, what else could it be?")),
    ("nopii_log", "user", ("2025-03-11 10:02:44 INFO  db   connecting to postgresql://billing:***@pg-billing.internal:5432/billing\n"
                           "2025-03-11 10:02:49 WARN  db   retry 1/5 after 5000ms\n\nwhy would it retry if the host is up?")),
    ("nopii_code", "user", ("the docs use https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX as the example — "
                            "where do I get my real one?")),
    ("nopii_code", "user", "dans le tuto ils écrivent mot_de_passe=VOTRE_MOT_DE_PASSE et hasło=[TWOJE_HASŁO], je remplace par quoi exactement ?"),
    ("nopii_code", "user", ("the dashboard only shows sk-or-v1-...9f3a and rnd_...Xk2Q for my keys — how do I tell which one the server "
                            "is actually using?")),
    ("nopii_public_url", "user", "can pandas read https://noaa-ghcn-pds.s3.amazonaws.com/csv/by_year/2023.csv directly or do I need boto3?"),
    ("nopii_word", "user", "what's the PIN code for Koramangala 4th Block? is it 560034 or 560095?"),
    ("nopii_word", "user", "the hotel safe says 'enter any 4 to 6 digit code and press LOCK' — do I have to remember it after checkout?"),
    ("nopii_word", "user", "GPIO pin 18 won't do PWM on my pi 5 but pin 12 does — why?"),
    ("nopii_public_figure", "user", "write a short bio of {{ofig1}} for my nephew's school project, 150 words, simple english"),
    ("nopii_public_figure", "user", "who had more impact, {{ofig1}} or {{ofig2}}? I need both sides for a debate club"),
    ("nopii_public_figure", "assistant", "{{ofig1}} is a strong choice for the essay: start with the early years, then the moment most people remember."),
    ("nopii_product", "user", "is Elixir or Crystal easier to pick up if I already know Ruby?"),
    ("nopii_public_place", "user", "Port Elizabeth is called Gqeberha now, right? and is Lake Louise worth it in winter or only summer?"),
    ("nopii_product", "user", "Jack Daniel's Honey or Captain Morgan for a punch? and can you even get Tim Tams in the US?"),
    ("nopii_hash", "user", ("The authenticity of host 'build.lan' can't be established.\nED25519 key fingerprint is SHA256:{{ofp1}}.\n"
                            "Are you sure you want to continue connecting (yes/no/[fingerprint])?\n\nhow do I check that before I type yes?")),
    ("nopii_hash", "user", ("github's docs show gpg --list-secret-keys output with the key id 3AA5C34371567BD2 — is the long id the thing "
                            "I put in user.signingkey?")),
    ("nopii_assistant", "assistant", ("Never paste a private key or your wallet's 12 or 24 recovery words into a chat or a website — anyone who "
                                      "has them can move your funds. Your public address, the one starting 0x or bc1, is fine to share.")),
    ("nopii_math", "user", "how many possible 4-digit door codes are there, and how many if no digit can repeat?"),
    ("nopii_code", "user", "how many words should a diceware passphrase have these days, and does adding a number at the end help?"),
]
