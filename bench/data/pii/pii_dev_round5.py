"""Dev-only fifth-round material for the PII benchmark: how people really leak credentials and
identities in chat with an assistant, in forms the earlier rounds did not write.

Why: these rows were written blind by a new author before any recognizer change of round 5, so the
redactor's first score on them ("before") estimates how it generalises to leaks nobody tuned it on.

Rules as for ``pii_dev_round4``: appended to ``dev.jsonl`` only, generated after test and after the
earlier dev-only rows from their own RNG (so test.jsonl stays byte-identical), with value pools that
share nothing with any earlier pool (``check_round5_disjoint``). Template ids continue each
category's numbering from 160 (``secret_160``...). Slot kinds start with ``w``.

What they exercise (every key is random text in its provider's published shape, never a real one):

* SECRET, about 55% of the messages. Key files and blocks: OpenSSH, PGP and PuTTY private keys, age
  secret keys, a GCP service-account ``private_key`` (only the base64 body, with its literal
  ``\\n``), kubeconfig ``token:`` and ``client-key-data:`` (the certificate data is not secret),
  ``~/.aws/credentials`` with STS ``ASIA`` ids and session tokens, ``aws configure`` typed answers,
  docker ``config.json`` ``"auth"``, ``~/.git-credentials``, ``.pgpass``, ``~/.my.cnf``,
  ``rclone.conf`` with Google OAuth tokens (``ya29.``, ``1//0``), ``.pypirc``, ``~/.databrickscfg``,
  a CI runner's ``printenv``, ``terraform.tfvars`` (the ids beside the token are not secret),
  Gradle properties, Streamlit ``secrets.toml``, ``wp-config.php``, a Laravel fallback
  password, JDBC ``?password=``, HTTP Basic and ``SSWS`` headers, ``curl -b sessionid=``, a Graph
  API ``?access_token=``, an Azure SAS ``sig=`` (URL-encoded), ``otpauth://`` TOTP seeds,
  ``net use /user:``, PowerShell ``ConvertTo-SecureString``, ``WIFI:`` QR strings, a token wrapped
  across two terminal lines (one span), ``vault login`` output and a Heroku token that is a UUID
  beside a UUID that is only an id. Providers: Atlassian ``ATATT``, Bitbucket ``ATBB``, Postman
  ``PMAK-``, Grafana ``glsa_``, Vault ``hvs.``, Databricks ``dapi``, Square ``EAAA``, Braintree,
  Mapbox ``sk.eyJ``, Linear, Doppler ``dp.st.``, Pulumi ``pul-``, PlanetScale ``pscale_pw_``,
  Sentry ``sntrys_``, Netlify ``nfp_``, GitHub ``ghs_``, GitLab ``glpat-``, Cloudflare, Azure client
  secrets (``~`` and ``.``), Supabase ``service_role`` JWT, PyPI, RubyGems, crates.io, Okta, Figma,
  Asana, Contentful, Facebook Graph, and AI services (Groq, Replicate, Perplexity, DeepSeek, xAI,
  Pinecone, LangSmith, ElevenLabs); passwords in prose without the word ("admin and then X"),
  in Portuguese and Japanese, and repeated back by the assistant.
* PERSON, about a quarter: given names of cultures no earlier pool has (Basque, Catalan, Welsh,
  Icelandic, Baltic, Balkan, Caucasian, Afghan, Nepali, Sinhala, Mongolian, Hmong, Somali, Hausa,
  Malagasy, Mapuche, Afrikaans, Maltese, Faroese, Cantonese, Malay ``binti``...), in WhatsApp
  exports, Slack pastes, forwarded headers and ``git log`` authors (with their e-mail), Markdown
  tables, calendar guests, transcripts, sign-offs, ``Surname, First``, an initial before a surname,
  lower-case chat, possessives, nicknames.
* Other types, the rest: user names in ``ls -l`` owners, shell prompts, macOS ``/Users/`` paths and
  ``u/`` handles; street addresses of Ireland (Eircode), Mexico, Spain, Italy, the Netherlands,
  Canada, New Zealand, South Africa, Poland and Sweden, and a loosely described home; Norwegian
  fodselsnummer, Finnish HETU, South African ID, Chilean RUT and Singapore NRIC (valid check
  characters); private calendar feeds, group invites and screen recordings; e-mail addresses in a
  CSV; phone numbers of Kenya, the Philippines, Pakistan, Turkey, Italy, New Zealand, Egypt and
  Vietnam (all pass ``phonenumbers.is_valid_number``).
* no-PII look-alikes, as in round 4's policy: digests and UUIDs, base64 of ordinary text, public
  keys (SSH and age), placeholders (``<...>``, ``${{ secrets.X }}``, ``xxxx``, ``dummy``), masks, a
  vendor's published example secret (AWS's ``...EXAMPLEKEY``), a token regex, version and build
  numbers, trace ids, public figures, public URLs and places, brands and words that are names
  ("Jenkins", "Dr. Martens", "frank", "sue"), lorem ipsum.
"""

from __future__ import annotations

import base64
import json
import string
import uuid

import pii_dev_extra as X
import pii_dev_round3 as R3
import pii_dev_round4 as R4
import pii_pools as P
from pii_common import (
    ALNUM,
    Attrs,
    Ctx,
    ascii_fold_all,
    country_gen,
    digits,
    name_tokens,
    one,
    rand_b64,
    rand_token,
    unlabelled,
    valid_phone_gen,
)
from pii_numbers import luhn_digit

HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

# ---------------------------------------------------------------- pools (dev only)
# (first, last): cultures and spellings no earlier pool has.
R5NAMES: list[tuple[str, str]] = [
    ("Iker", "Etxeberria"), ("Ane", "Goikoetxea"), ("Jordi", "Puigdomènech"), ("Montserrat", "Vilaró"),
    ("Eluned", "Prydderch"), ("Gethin", "ap Dafydd"), ("Guðrún", "Sigurðardóttir"), ("Þórður", "Ragnarsson"),
    ("Līga", "Bērziņa"), ("Gintarė", "Kazlauskienė"), ("Kadri", "Lepik"), ("Špela", "Kovačič"),
    ("Dragana", "Jovanović"), ("Arbër", "Krasniqi"), ("Nino", "Kapanadze"), ("Anush", "Hakobyan"),
    ("Günel", "Mammadli"), ("Zarmina", "Popal"), ("Bishnu", "Thapa"), ("Dilani", "Wickramasinghe"),
    ("Batbayar", "Ganbold"), ("Nhia", "Xiong"), ("Hodan", "Warsame"), ("Aminu", "Danjuma"),
    ("Hery", "Rakotomalala"), ("Millaray", "Huenchumil"), ("Elmarie", "Pretorius"), ("Ġużeppi", "Farrugia"),
    ("Rógvi", "Joensen"), ("Wing Yee", "Leung"), ("Nurul Aisyah", "binti Rosli"), ("Sefo", "Leota"),
    ("Neema", "Mushi"), ("Harpreet", "Sandhu"), ("Oyunchimeg", "Erdene"), ("Morwenna", "Tregenza"),
]
# (diminutive, given name)
R5NICKS: list[tuple[str, str]] = [
    ("Txema", "Josemari"), ("Siggi", "Sigurður"), ("Gugu", "Gugulethu"), ("Lexi", "Alexandrina"),
    ("Mimi", "Miriama"), ("Vaso", "Vasiliki"), ("Buba", "Bubacarr"), ("Fifi", "Filipa"),
]
R5PASSWORD_WORDS = ["Maple", "Biscuit", "Narwhal", "Rhubarb", "Wombat", "Paprika", "Mistletoe", "Jellybean",
                    "Origami", "Sasquatch", "Chinchilla", "Pumpernickel"]
R5HANDLE_WORDS = ["tofu", "glitch", "mochi", "basalt", "yeti", "ferret", "zinnia", "gouda"]
R5EMAIL_DOMAINS = ["yandex.ru", "libero.it", "seznam.cz", "wp.pl", "t-online.de", "bigpond.com", "btinternet.com",
                   "hey.com", "tutanota.com", "zoho.com", "mail.ru", "orange.fr", "ziggo.nl", "xtra.co.nz", "eircom.net"]
R5PUBLIC_FIGURES = ["Wangari Maathai", "Chinua Achebe", "Katalin Karikó", "Hayao Miyazaki", "Ruth Bader Ginsburg",
                    "Srinivasa Ramanujan", "Hedy Lamarr", "Tim Berners-Lee", "Grace Hopper", "Jacques Cousteau",
                    "Fridtjof Nansen", "Toni Morrison", "Akira Kurosawa", "Miriam Makeba"]
R5SSIDS = ["FRITZ!Box 7590 XQ", "VodafoneHome-7F2A", "TP-Link_3C9E", "Livebox-91D0", "eir58213", "Telstra4A1C"]
# Street stems by country (none in an earlier street pool).
R5STREETS: dict[str, list[str]] = {
    "es": ["del Almendro", "de la Jara", "de los Castaños"], "it": ["dei Glicini", "delle Ortensie", "dei Gelsi"],
    "nl": ["Vlier", "Meidoorn", "Hazelaar"], "ca": ["Spruce Hollow", "Balsam", "Goldenrod"],
    "ie": ["Sallyglen", "Knocknashee", "Ardmore Grove"], "nz": ["Kowhai", "Pohutukawa", "Rimu"],
    "mx": ["Jacarandas", "Ahuehuete", "Tabachines"], "za": ["Protea", "Bougainvillea", "Yellowwood"],
    "pl": ["Kwiatowa", "Jarzębinowa", "Słoneczna"], "se": ["Vitsipps", "Blåbärs", "Lingonris"],
}
R5LANDMARKS = ["tyre shop", "cricket ground", "tram stop", "spaza shop", "tabaccheria", "dairy", "water tower"]


def _tokens(names: set[str]) -> set[str]:
    """Capitalised words of the names (particles such as ``ap`` or ``binti`` are lower-case)."""
    return name_tokens(names)


def check_round5_disjoint() -> None:
    """Raise ValueError if a round-5 pool shares a value with an earlier pool (dev, test, extra, rounds 3 and 4)."""
    earlier_names = {n for _, fs, ls in P.CULTURES for n in fs + ls} | set(P.NICKNAMES.values()) \
        | set(P.NICKNAMES) | {n for half in P.NATIVE_SCRIPT for pair in half for n in pair} \
        | {n for pair in X.XNAMES for n in pair} | {n for t in X.XNICKS for n in t} \
        | {n for f, l, _ in X.XNATIVE for n in (f, l)} \
        | {n for pair in R3.R3NAMES for n in pair} | {n for pair in R3.R3NICKS for n in pair} \
        | {n for pair in R4.R4NAMES for n in pair} | {n for pair in R4.R4NICKS for n in pair}
    names = {n for pair in R5NAMES for n in pair} | {n for pair in R5NICKS for n in pair}
    earlier_figures = {f for half in P.PUBLIC_FIGURES for f in half} | set(R3.R3PUBLIC_FIGURES)
    earlier_words = {w.lower() for half in P.PASSWORD_WORDS for w in half} | {w.lower() for w in X.XPASSWORD_WORDS} \
        | {w.lower() for w in R3.R3PASSWORD_WORDS} | {w.lower() for w in R4.R4PASSWORD_WORDS} \
        | set(R4.R4PHRASE_WORDS) | {w.lower() for w in R4.R4WIFI}
    earlier_handles = {w for half in P.HANDLE_WORDS for w in half} | set(X.XHANDLE_WORDS)
    earlier_streets = {s.lower() for half in P.STREETS + P.DE_STREETS + P.FR_STREETS + P.IN_SOCIETIES for s in half} \
        | {s.lower() for s in X.XSTREETS}
    earlier_domains = set(P.EMAIL_DOMAINS) | {d for half in P.WORK_DOMAINS for d in half}
    streets = {s.lower() for stems in R5STREETS.values() for s in stems}
    clashes = (names & earlier_names) | (_tokens(names) & _tokens(earlier_names)) \
        | (set(R5PUBLIC_FIGURES) & earlier_figures) | (_tokens(set(R5PUBLIC_FIGURES)) & _tokens(names | earlier_names)) \
        | ({w.lower() for w in R5PASSWORD_WORDS} & earlier_words) | (set(R5HANDLE_WORDS) & earlier_handles) \
        | (streets & earlier_streets) | (set(R5EMAIL_DOMAINS) & earlier_domains)
    if clashes:
        raise ValueError(f"{len(clashes)} round-5 pool values are also in earlier pools")


# ---------------------------------------------------------------- helpers


def _b64url(obj: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


# ---------------------------------------------------------------- people, handles, contact details
def gen_w_person(ctx: Ctx) -> Attrs:
    rng = ctx.rng
    first, last = ctx.pick_recent(R5NAMES, "names")
    full = f"{first} {last}"
    f, l = ascii_fold_all(first), ascii_fold_all(last)

    def make_email() -> str:
        local = rng.choice([f"{f}.{l}", f"{f}{l[:1]}", f"{f}_{l}", f"{l}.{f}{rng.randrange(70, 99)}", f"{f[0]}{l}",
                            f"{f}{digits(rng, 3)}"])
        return f"{local}@{rng.choice(R5EMAIL_DOMAINS)}"

    return {"full": one(full, "PERSON"), "first": one(first, "PERSON"), "last": one(last, "PERSON"),
            "first_lc": one(first.lower(), "PERSON"), "full_lc": one(full.lower(), "PERSON"),
            "poss": [(first, "PERSON"), ("'s", None)], "poss_lc": [(first.lower(), "PERSON"), ("'s", None)],
            "poss_full": [(full, "PERSON"), ("'s", None)], "poss_full_lc": [(full.lower(), "PERSON"), ("'s", None)],
            "last_first": one(f"{last}, {first}", "PERSON"), "initial": one(f"{first[0]}. {last}", "PERSON"),
            "email": one(ctx.unique(make_email), "EMAIL_ADDRESS")}


def gen_w_nick(ctx: Ctx) -> Attrs:
    nick, first = ctx.pick_recent(R5NICKS, "nicks")
    return {"nick": one(nick, "PERSON"), "nick_lc": one(nick.lower(), "PERSON"), "first": one(first, "PERSON")}


def _handle(ctx: Ctx) -> str:
    rng = ctx.rng
    first, last = rng.choice(R5NAMES)
    f, l = ascii_fold_all(first), ascii_fold_all(last)
    word = rng.choice(R5HANDLE_WORDS)
    return rng.choice([f"{f}{l[:1]}", f"{word}-{f}", f"{f}_{l}{rng.randrange(80, 99)}", f"{l}{f[0]}",
                       f"{word}{digits(rng, 3)}", f"{f}.{word}"])


def gen_w_user(ctx: Ctx) -> Attrs:
    """A person's own login or handle (USERNAME)."""
    return {"v": one(ctx.unique(lambda: _handle(ctx)), "USERNAME")}


def gen_w_email(ctx: Ctx) -> Attrs:
    return {"v": gen_w_person(ctx)["email"]}


PHONE_REGIONS = {"ke": "KE", "ph": "PH", "pk": "PK", "tr": "TR", "it": "IT", "nz": "NZ", "eg": "EG", "vn": "VN"}


def _phone(ctx: Ctx, country: str) -> str:
    rng = ctx.rng
    d = lambda n: digits(rng, n)
    return rng.choice({
        "ke": [f"+254 7{d(2)} {d(3)} {d(3)}", f"07{d(2)} {d(6)}"],
        "ph": [f"+63 9{d(2)} {d(3)} {d(4)}", f"09{d(2)}-{d(3)}-{d(4)}"],
        "pk": [f"+92 3{rng.randrange(0, 5)}{d(1)} {d(7)}", f"03{rng.randrange(0, 5)}{d(1)}-{d(7)}"],
        "tr": [f"+90 5{rng.choice('3450')}{d(1)} {d(3)} {d(2)} {d(2)}", f"05{rng.choice('345')}{d(1)} {d(3)} {d(2)} {d(2)}"],
        "it": [f"+39 3{rng.choice('234')}{d(1)} {d(3)} {d(4)}", f"3{rng.choice('234')}{d(1)} {d(7)}"],
        "nz": [f"+64 21 {d(3)} {d(4)}", f"021 {d(3)} {d(4)}", f"+64 9 {rng.randrange(2, 9)}{d(2)} {d(4)}"],
        "eg": [f"+20 10 {d(4)} {d(4)}", f"010 {d(4)} {d(4)}", f"+20 12 {d(4)} {d(4)}"],
        "vn": [f"+84 9{rng.choice('0134')} {d(3)} {d(4)}", f"09{rng.choice('0134')} {d(3)} {d(4)}"],
    }[country])


def _address(ctx: Ctx, country: str) -> str:
    rng = ctx.rng
    st = rng.choice(R5STREETS[country])
    n = rng.randrange(1, 180)
    up = "ABCEGHJKLMNPRSTVWXY"
    if country == "es":
        return f"Calle {st} {n}, {rng.randrange(1, 8)}º {rng.choice('ABCD')}, {rng.choice(['28', '08', '46', '41'])}{digits(rng, 3)} " \
               f"{rng.choice(['Madrid', 'Barcelona', 'Valencia', 'Sevilla'])}"
    if country == "it":
        city, prov, cap = rng.choice([("Milano", "MI", "201"), ("Torino", "TO", "101"), ("Bologna", "BO", "401")])
        return f"Via {st} {n}, {cap}{rng.randrange(10, 99)} {city} ({prov})"
    if country == "nl":
        return f"{st}straat {n}{rng.choice(['', '-II', 'A', ' hs'])}, {rng.randrange(1011, 1099)} " \
               f"{rng.choice(up)}{rng.choice(up)} Amsterdam"
    if country == "ca":
        city, prov, fsa = rng.choice([("Halifax", "NS", "B3H"), ("Winnipeg", "MB", "R3T"), ("Victoria", "BC", "V8V")])
        return f"{n} {st} {rng.choice(['Crescent', 'Drive', 'Road'])}, {city}, {prov} {fsa} {rng.randrange(1, 9)}{rng.choice(up)}{rng.randrange(1, 9)}"
    if country == "ie":
        area, key = rng.choice([("Ballinteer, Dublin 16", "D16"), ("Blackrock, Co. Dublin", "A94"), ("Douglas, Cork", "T12"),
                                ("Salthill, Galway", "H91")])
        code = f"{rng.choice('ACDEFHKNPRTVWXY')}{rng.randrange(1, 9)}{rng.choice('ACDEFHKNPRTVWXY')}{rng.randrange(1, 9)}"
        return f"{n} {st} {rng.choice(['Park', 'Avenue', 'Lawn'])}, {area}, {key} {code}"
    if country == "nz":
        suburb, city, pc = rng.choice([("Ponsonby", "Auckland", "1011"), ("Aro Valley", "Wellington", "6021"),
                                       ("Riccarton", "Christchurch", "8041")])
        return f"{n} {st} {rng.choice(['Street', 'Road', 'Terrace'])}, {suburb}, {city} {pc}"
    if country == "mx":
        col, cp = rng.choice([("Roma Norte", "06700"), ("Coyoacán", "04100"), ("Narvarte", "03020")])
        return f"Calle {st} {n}, Int. {rng.randrange(1, 12)}, Col. {col}, {cp} Ciudad de México"
    if country == "za":
        suburb, city, pc = rng.choice([("Claremont", "Cape Town", "7708"), ("Melville", "Johannesburg", "2092"),
                                       ("Morningside", "Durban", "4001")])
        return f"{n} {st} Road, {suburb}, {city}, {pc}"
    if country == "pl":
        city, pc = rng.choice([("Kraków", "30"), ("Wrocław", "50"), ("Gdańsk", "80")])
        return f"ul. {st} {n}/{rng.randrange(1, 40)}, {pc}-{digits(rng, 3)} {city}"
    city = rng.choice(["Farsta", "Uppsala", "Lund"])
    return f"{st}vägen {n}, {rng.randrange(100, 999)} {digits(rng, 2)} {city}"


def gen_w_place(ctx: Ctx) -> Attrs:
    """A home described loosely, the whole phrase."""
    rng = ctx.rng
    c = rng.choice(["nz", "za", "ie", "ca"])
    st = rng.choice(R5STREETS[c])
    mark = rng.choice(R5LANDMARKS)
    value = ctx.unique(lambda: rng.choice([
        f"the blue container house behind the {mark} on {st} Road",
        f"the unit with the yellow gate, third on the left after the {mark} on {st} Street",
        f"the last house on {st.lower()} road, the one with the dead palm",
        f"the granny flat behind number {rng.randrange(2, 90)} {st} Avenue, past the {mark}",
    ]))
    return {"v": one(value, "LOCATION")}


# ---------------------------------------------------------------- national id numbers (valid check characters)
def _no_fnr(ctx: Ctx) -> str:
    rng = ctx.rng
    while True:
        base = f"{rng.randrange(1, 29):02d}{rng.randrange(1, 13):02d}{rng.randrange(50, 99):02d}{rng.randrange(0, 500):03d}"
        k1 = 11 - sum(int(c) * w for c, w in zip(base, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        base += str(k1)
        k2 = 11 - sum(int(c) * w for c, w in zip(base, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return rng.choice([base + str(k2), f"{base[:6]} {base[6:]}{k2}"])


def _fi_hetu(ctx: Ctx) -> str:
    rng = ctx.rng
    date = f"{rng.randrange(1, 29):02d}{rng.randrange(1, 13):02d}{rng.randrange(50, 99):02d}"
    ind = f"{rng.randrange(2, 900):03d}"
    return f"{date}-{ind}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[int(date + ind) % 31]}"


def _za_id(ctx: Ctx) -> str:
    rng = ctx.rng
    body = f"{rng.randrange(50, 99):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{digits(rng, 4)}08"
    n = body + luhn_digit(body)
    return rng.choice([n, f"{n[:6]} {n[6:10]} {n[10:]}"])


def _cl_rut(ctx: Ctx) -> str:
    body = ctx.rng.randrange(6_000_000, 24_000_000)
    weights = [2, 3, 4, 5, 6, 7]
    s = sum(int(c) * weights[i % 6] for i, c in enumerate(reversed(str(body))))
    r = 11 - s % 11
    dv = "0" if r == 11 else "K" if r == 10 else str(r)
    return f"{body:,}".replace(",", ".") + f"-{dv}"


def _sg_nric(ctx: Ctx) -> str:
    rng = ctx.rng
    prefix = rng.choice("ST")
    num = digits(rng, 7)
    total = sum(int(c) * w for c, w in zip(num, [2, 7, 6, 5, 4, 3, 2])) + (4 if prefix == "T" else 0)
    return f"{prefix}{num}{'JZIHGFEDCBA'[total % 11]}"


WID_MAKERS = {"no": _no_fnr, "fi": _fi_hetu, "za": _za_id, "cl": _cl_rut, "sg": _sg_nric}


def make_w_id_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return {"v": one(ctx.unique(lambda: WID_MAKERS[kind](ctx)), "ID_NUMBER")}

    return gen


# ---------------------------------------------------------------- private URLs (the whole URL)
def _url(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    if kind == "ical":
        local = ascii_fold_all(rng.choice(R5NAMES)[0]) + "." + rng.choice(R5HANDLE_WORDS)
        return f"https://calendar.google.com/calendar/ical/{local}%40gmail.com/private-{rand_token(rng, 32, HEX)}/basic.ics"
    if kind == "tg":
        return rng.choice([f"https://t.me/+{rand_token(rng, 16, URLSAFE)}", f"https://chat.whatsapp.com/{rand_token(rng, 22)}"])
    return rng.choice([f"https://www.loom.com/share/{rand_token(rng, 32, HEX)}",
                       f"https://we.tl/t-{rand_token(rng, 10)}"])


def make_w_url_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return {"v": one(ctx.unique(lambda: _url(ctx, kind)), "URL")}

    return gen


# ---------------------------------------------------------------- passwords
def _leet(word: str) -> str:
    return word.translate(str.maketrans("aeios", "43105"))


def _r5password(ctx: Ctx) -> str:
    rng = ctx.rng
    word = rng.choice(R5PASSWORD_WORDS)
    other = rng.choice([w for w in R5PASSWORD_WORDS if w != word])
    return rng.choice([
        f"{word}{rng.choice('!@#$%&*?')}{digits(rng, 4)}",                                       # "Maple!2291"
        f"{rng.choice(['1qaz2wsx', 'qwerty', 'asdf', 'zxcv', '1q2w3e'])}{word.lower()}{digits(rng, 2)}",
        f"{word}.{other}.{digits(rng, 2)}",
        f"{_leet(word.lower())}{rng.choice('!#*')}{rng.randrange(1960, 2012)}",
        rand_token(rng, 16, ALNUM + "-_!@#$%^&*"),                                                # password manager
        f"{word}{rng.randrange(1960, 2012)}",
    ])


def gen_w_pw(ctx: Ctx) -> Attrs:
    return {"v": one(ctx.unique(lambda: _r5password(ctx)), "SECRET")}


def gen_w_basic(ctx: Ctx) -> Attrs:
    """base64("user:password") as in HTTP Basic and docker's config.json: the whole base64 is the secret."""
    return {"v": one(ctx.unique(lambda: base64.b64encode(f"{_handle(ctx)}:{_r5password(ctx)}".encode()).decode()), "SECRET")}


# ---------------------------------------------------------------- provider keys (random, in the published shape)
def _jwt_k8s(ctx: Ctx) -> str:
    rng = ctx.rng
    iat = 1_720_000_000 + rng.randrange(10**7)
    head = _b64url({"alg": "RS256", "kid": rand_token(rng, 43, URLSAFE)})
    body = _b64url({"aud": ["https://kubernetes.default.svc.cluster.local"], "exp": iat + 31_536_000, "iat": iat,
                    "iss": "https://kubernetes.default.svc.cluster.local",
                    "kubernetes.io": {"namespace": "ci", "serviceaccount": {"name": "deployer", "uid": str(uuid.UUID(int=rng.getrandbits(128), version=4))}},
                    "sub": "system:serviceaccount:ci:deployer"})
    return f"{head}.{body}.{rand_token(rng, 342, URLSAFE)}"


def _jwt_supabase(ctx: Ctx) -> str:
    rng = ctx.rng
    iat = 1_700_000_000 + rng.randrange(10**7)
    body = _b64url({"iss": "supabase", "ref": rand_token(rng, 20, string.ascii_lowercase), "role": "service_role",
                    "iat": iat, "exp": iat + 315_360_000})
    return f"{_b64url({'alg': 'HS256', 'typ': 'JWT'})}.{body}.{rand_token(rng, 43, URLSAFE)}"


def _mapbox_secret(ctx: Ctx) -> str:
    rng = ctx.rng
    return f"sk.{_b64url({'u': _handle(ctx), 'a': rand_token(rng, 25, string.ascii_lowercase + string.digits)})}.{rand_token(rng, 22, URLSAFE)}"


def _sentry(ctx: Ctx) -> str:
    rng = ctx.rng
    claims = {"iat": 1_710_000_000 + rng.randrange(10**7), "url": "https://sentry.io", "region_url": "https://us.sentry.io",
              "org": "acme"}
    return f"sntrys_{base64.b64encode(json.dumps(claims, separators=(',', ':')).encode()).decode()}_{rand_token(rng, 43, B64)}"


def _w_key(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    t = lambda n, a=ALNUM: rand_token(rng, n, a)
    makers = {
        "atlassian": lambda: "ATATT3xFfGF0" + t(171, URLSAFE) + "=" + t(8, HEX.upper()),
        "bitbucket": lambda: "ATBB" + t(28) + t(8, HEX.upper()),
        "postman": lambda: f"PMAK-{t(24, HEX)}-{t(34, HEX)}",
        "glsa": lambda: f"glsa_{t(32)}_{t(8, HEX)}",
        "vault": lambda: "hvs.CAESI" + t(86, URLSAFE),
        "databricks": lambda: "dapi" + t(32, HEX),
        "square": lambda: "EAAA" + t(60, URLSAFE),
        "braintree": lambda: f"access_token$production${t(16, string.ascii_lowercase + string.digits)}${t(32, HEX)}",
        "mapbox": lambda: _mapbox_secret(ctx),
        "linear": lambda: "lin_api_" + t(40),
        "doppler": lambda: "dp.st.prd." + t(40),
        "pulumi": lambda: "pul-" + t(40, HEX),
        "pscale": lambda: "pscale_pw_" + t(43, URLSAFE),
        "sentry": lambda: _sentry(ctx),
        "netlify": lambda: "nfp_" + t(36),
        "ghs": lambda: "ghs_" + t(36),
        "glpat": lambda: "glpat-" + t(20, URLSAFE),
        "cf": lambda: t(40, URLSAFE),
        "azure": lambda: t(3) + rng.choice("78") + "Q~" + t(34, ALNUM + "~._-"),
        "supabase": lambda: _jwt_supabase(ctx),
        "pypi": lambda: "pypi-AgEIcHlwaS5vcmc" + t(150, URLSAFE),
        "rubygems": lambda: "rubygems_" + t(48, HEX),
        "crates": lambda: "cio" + t(32),
        "okta": lambda: "00" + t(40, URLSAFE),
        "figma": lambda: "figd_" + t(40, URLSAFE),
        "asana": lambda: f"2/{digits(rng, 16)}/{digits(rng, 16)}:{t(32, HEX)}",
        "contentful": lambda: "CFPAT-" + t(43, URLSAFE),
        "fb": lambda: "EAAG" + t(180),
        "groq": lambda: "gsk_" + t(52),
        "replicate": lambda: "r8_" + t(37),
        "pplx": lambda: "pplx-" + t(48),
        "deepseek": lambda: "sk-" + t(32, HEX),
        "xai": lambda: "xai-" + t(80),
        "pinecone": lambda: f"pcsk_{t(5)}_{t(63)}",
        "langsmith": lambda: f"lsv2_pt_{t(32, HEX)}_{t(10, HEX)}",
        "eleven": lambda: "sk_" + t(48, HEX),
        "kube": lambda: _jwt_k8s(ctx),
        "asia": lambda: "ASIA" + t(16, string.ascii_uppercase + "234567"),
        "akia": lambda: "AKIA" + t(16, string.ascii_uppercase + "234567"),
        "awssecret": lambda: t(40, B64),
        "awssts": lambda: "IQoJb3JpZ2luX2VjE" + t(220, B64) + "=",
        "ya": lambda: "ya29.a0" + t(160, URLSAFE),
        "grefresh": lambda: "1//0" + rng.choice("3gde") + t(98, URLSAFE),
        "heroku": lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "djsess": lambda: t(32, string.ascii_lowercase + string.digits),
    }
    return makers[kind]()


W_KEY_KINDS = ["atlassian", "bitbucket", "postman", "glsa", "vault", "databricks", "square", "braintree", "mapbox", "linear",
               "doppler", "pulumi", "pscale", "sentry", "netlify", "ghs", "glpat", "cf", "azure", "supabase", "pypi",
               "rubygems", "crates", "okta", "figma", "asana", "contentful", "fb", "groq", "replicate", "pplx", "deepseek",
               "xai", "pinecone", "langsmith", "eleven", "kube", "asia", "akia", "awssecret", "awssts", "ya", "grefresh",
               "heroku", "djsess"]


def make_w_key_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        value = ctx.unique(lambda: _w_key(ctx, kind))
        cut = min(len(value) // 2, 96)
        # "wrap": the same key as a terminal wraps it, one span across the line break.
        return {"v": one(value, "SECRET"), "wrap": one(f"{value[:cut]}\n{value[cut:]}", "SECRET")}

    return gen


# ---------------------------------------------------------------- key files and blocks (only the secret part is gold)
def gen_w_ssh(ctx: Ctx) -> Attrs:
    """An OpenSSH ed25519 private key body (70-column lines, the standard openssh-key-v1 opening)."""
    rng = ctx.rng

    def make() -> str:
        lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
        lines += [rand_token(rng, 70, B64) for _ in range(3)]
        lines.append(rand_token(rng, rng.randrange(20, 40), B64) + "=")
        return "\n".join(lines)

    return {"v": one(ctx.unique(make), "SECRET")}


def gen_w_pgp(ctx: Ctx) -> Attrs:
    """An armored PGP secret-key body and its CRC line (one span)."""
    rng = ctx.rng

    def make() -> str:
        lines = ["lQWGBG" + rand_token(rng, 58, B64)] + [rand_token(rng, 64, B64) for _ in range(rng.randrange(5, 8))]
        lines.append(rand_token(rng, rng.randrange(10, 50), B64) + "=")
        return "\n".join(lines) + "\n=" + rand_token(rng, 4, B64)

    return {"v": one(ctx.unique(make), "SECRET")}


def gen_w_ppk(ctx: Ctx) -> Attrs:
    """PuTTY ppk v3: the Private-Lines are the secret; the public lines and the MAC are not."""
    rng = ctx.rng
    pub = "AAAAC3NzaC1lZDI1NTE5AAAAI" + rand_token(rng, 42, B64) + "="
    priv = ctx.unique(lambda: "AAAAI" + rand_token(rng, 42, B64) + "=")
    return {"pub": [(f"{pub[:64]}\n{pub[64:]}", None)], "priv": one(priv, "SECRET"), "mac": [(rand_token(rng, 64, HEX), None)]}


def gen_w_age(ctx: Ctx) -> Attrs:
    rng = ctx.rng
    return {"v": one(ctx.unique(lambda: "AGE-SECRET-KEY-1" + rand_token(rng, 58, BECH32.upper())), "SECRET"),
            "pub": [("age1" + rand_token(rng, 58, BECH32), None)]}


def gen_w_gcp(ctx: Ctx) -> Attrs:
    """The base64 body of a service-account private_key as JSON stores it: lines joined by a literal backslash-n."""
    rng = ctx.rng

    def make() -> str:
        lines = ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + rand_token(rng, 14, B64)]
        lines += [rand_token(rng, 64, B64) for _ in range(5)] + [rand_token(rng, rng.randrange(16, 40), B64) + "="]
        return "\\n".join(lines)

    return {"v": one(ctx.unique(make), "SECRET")}


def gen_w_kcert(ctx: Ctx) -> Attrs:
    """kubeconfig client-key-data (secret) and client-certificate-data (public), both base64 of PEM."""
    rng = ctx.rng

    def pem(label: str) -> str:
        body = "\n".join(rand_token(rng, 64, B64) for _ in range(3))
        return base64.b64encode(f"-----BEGIN {label}-----\n{body}\n-----END {label}-----\n".encode()).decode()

    return {"cert": [(pem("CERTIFICATE"), None)], "key": one(ctx.unique(lambda: pem("RSA PRIVATE KEY")), "SECRET")}


def gen_w_sig(ctx: Ctx) -> Attrs:
    """An Azure SAS signature as it sits in a query string (URL-encoded base64)."""
    def make() -> str:
        return rand_b64(ctx, 32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")

    return {"v": one(ctx.unique(make), "SECRET")}


def gen_w_totp(ctx: Ctx) -> Attrs:
    return {"v": one(ctx.unique(lambda: rand_token(ctx.rng, ctx.rng.choice([16, 32]), string.ascii_uppercase + "234567")), "SECRET")}


# ---------------------------------------------------------------- not PII
def gen_w_ssid(ctx: Ctx) -> Attrs:
    return unlabelled(ctx.rng.choice(R5SSIDS))


def gen_w_uuid(ctx: Ctx) -> Attrs:
    return unlabelled(str(uuid.UUID(int=ctx.rng.getrandbits(128), version=4)))


def gen_w_hex(ctx: Ctx) -> Attrs:
    rng = ctx.rng
    return {"v": [(rand_token(rng, 32, HEX), None)], "s": [(rand_token(rng, 16, HEX), None)],
            "sha": [(rand_token(rng, 40, HEX), None)], "digest": [(rand_token(rng, 64, HEX), None)]}


def gen_w_fig(ctx: Ctx) -> Attrs:
    return unlabelled(ctx.pick_recent(R5PUBLIC_FIGURES, "figures"))


def gen_w_sshpub(ctx: Ctx) -> Attrs:
    return unlabelled("AAAAC3NzaC1lZDI1NTE5AAAAI" + rand_token(ctx.rng, 43, B64))


def gen_w_agepub(ctx: Ctx) -> Attrs:
    return unlabelled("age1" + rand_token(ctx.rng, 58, BECH32))


ROUND5_GENERATORS = {
    "wp": gen_w_person, "wnick": gen_w_nick, "wusr": gen_w_user, "wem": gen_w_email,
    "wph": valid_phone_gen(_phone, PHONE_REGIONS, None),
    **{f"wph_{c}": valid_phone_gen(_phone, PHONE_REGIONS, c) for c in PHONE_REGIONS},
    "wloc": country_gen(_address, R5STREETS, "LOCATION", None), **{f"wloc_{c}": country_gen(_address, R5STREETS, "LOCATION", c) for c in R5STREETS}, "wplace": gen_w_place,
    **{f"wid_{k}": make_w_id_gen(k) for k in WID_MAKERS},
    **{f"wurl_{k}": make_w_url_gen(k) for k in ("ical", "tg", "rec")},
    "wpw": gen_w_pw, "wbasic": gen_w_basic, **{f"wk_{k}": make_w_key_gen(k) for k in W_KEY_KINDS},
    "wssh": gen_w_ssh, "wpgp": gen_w_pgp, "wppk": gen_w_ppk, "wage": gen_w_age, "wgcp": gen_w_gcp, "wkcert": gen_w_kcert,
    "wsig": gen_w_sig, "wtotp": gen_w_totp,
    "wssid": gen_w_ssid, "wuuid": gen_w_uuid, "whex": gen_w_hex, "wfig": gen_w_fig, "wsshpub": gen_w_sshpub,
    "wagepub": gen_w_agepub,
}

# ---------------------------------------------------------------- templates (dev only)
ROUND5_PII: list[tuple[str, str, str]] = [
    # ---- key files and blocks
    ("secret", "user", ("$ cat ~/.ssh/id_ed25519\n-----BEGIN OPENSSH PRIVATE KEY-----\n{{wssh1.v}}\n-----END OPENSSH PRIVATE KEY-----\n"
                        "$ ssh -T git@github.com\ngit@github.com: Permission denied (publickey).\n\nwhy?? the key is right there")),
    ("secret", "user", ("exported it with gpg --armor --export-secret-keys, is this what I upload to keybase?\n\n"
                        "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n{{wpgp1.v}}\n-----END PGP PRIVATE KEY BLOCK-----")),
    ("secret", "user", ("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-20240311\nPublic-Lines: 2\n{{wppk1.pub}}\n"
                        "Private-Lines: 1\n{{wppk1.priv}}\nPrivate-MAC: {{wppk1.mac}}\n\nwinscp says 'unable to use key file', wrong format?")),
    ("secret", "user", ("# created: 2024-09-14T21:07:33+02:00\n# public key: {{wage1.pub}}\n{{wage1.v}}\n\n"
                        "that's my keys.txt for sops. where should it live on the CI runner?")),
    ("secret", "user", ("{\n  \"type\": \"service_account\",\n  \"project_id\": \"invoices-prod-2291\",\n"
                        "  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n{{wgcp1.v}}\\n-----END PRIVATE KEY-----\\n\",\n"
                        "  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}\n"
                        "google.auth raises invalid_grant: Invalid JWT Signature. is the key broken?")),
    ("secret", "user", ("[default]\naws_access_key_id = {{wk_asia1.v}}\naws_secret_access_key = {{wk_awssecret1.v}}\n"
                        "aws_session_token = {{wk_awssts1.v}}\n\n^ ~/.aws/credentials after sso login, why ExpiredToken after an hour?")),
    ("secret", "user", ("$ aws configure\nAWS Access Key ID [None]: {{wk_akia1.v}}\nAWS Secret Access Key [None]: {{wk_awssecret1.v}}\n"
                        "Default region name [None]: eu-west-2\nDefault output format [None]: json\n$ aws s3 ls\n"
                        "An error occurred (InvalidAccessKeyId) when calling the ListBuckets operation")),
    ("secret", "user", ("cat ~/.docker/config.json\n{\n\t\"auths\": {\n\t\t\"registry.gitlab.com\": {\n\t\t\t\"auth\": \"{{wbasic1.v}}\"\n"
                        "\t\t}\n\t}\n}\nhow do i make docker use the credential helper instead of this")),
    ("secret", "user", ("kubectl get pods\nerror: You must be logged in to the server (Unauthorized)\n\nmy kubeconfig user:\n"
                        "users:\n- name: ci-deployer\n  user:\n    token: {{wk_kube1.v}}")),
    ("secret", "user", ("users:\n- name: kubernetes-admin\n  user:\n    client-certificate-data: {{wkcert1.cert}}\n"
                        "    client-key-data: {{wkcert1.key}}\n\ncan I send this kubeconfig to the contractor as is?")),
    ("mixed", "user", "~/.git-credentials has one line:\nhttps://{{wusr1.v}}:{{wk_glpat1.v}}@gitlab.com\nbut git still prompts me on every push"),
    ("secret", "user", ("chmod 0600 done and psql still asks for a password. ~/.pgpass:\n\n"
                        "db-reporting.internal:5432:billing:billing_ro:{{wpw1.v}}")),
    ("secret", "user", "~/.my.cnf\n[client]\nuser=backup\npassword=\"{{wpw1.v}}\"\nhost=127.0.0.1\n\nmysqldump ignores it when cron runs it"),
    ("secret", "user", ("[gdrive]\ntype = drive\nscope = drive\ntoken = {\"access_token\":\"{{wk_ya1.v}}\",\"token_type\":\"Bearer\","
                        "\"refresh_token\":\"{{wk_grefresh1.v}}\",\"expiry\":\"2025-03-02T11:04:52.123+01:00\"}\n\n"
                        "rclone says the token expired and it couldn't refresh it")),
    ("secret", "user", ("define( 'DB_NAME', 'wp_blog' );\ndefine( 'DB_USER', 'wp_blog' );\ndefine( 'DB_PASSWORD', '{{wpw1.v}}' );\n"
                        "define( 'DB_HOST', 'localhost' );\n\nError establishing a database connection — what now?")),
    ("secret", "user", ("'mysql' => [\n    'driver' => 'mysql',\n    'host' => env('DB_HOST', '127.0.0.1'),\n"
                        "    'username' => env('DB_USERNAME', 'forge'),\n    'password' => env('DB_PASSWORD', '{{wpw1.v}}'),\n],\n"
                        "is a fallback password in config/database.php bad practice?")),
    ("secret", "user", ("jdbc:mysql://mysql.internal:3306/inventory?user=inv_app&password={{wpw1.v}}&useSSL=false\n"
                        "hikari can't connect, is something in the password breaking the url?")),
    # ---- headers, query strings, cookies, URIs
    ("secret", "user", ("GET https://graph.facebook.com/v19.0/me/accounts?access_token={{wk_fb1.v}}\n"
                        "{\"error\":{\"message\":\"Error validating access token: Session has expired\",\"code\":190}}")),
    ("secret", "user", ("az storage blob upload --account-name mediaarchive -c raw -f clip.mp4 --sas-token "
                        "\"sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2025-06-30T17:00:00Z&spr=https&sig={{wsig1.v}}\"\n"
                        "AuthorizationPermissionMismatch, but the token has w in sp?")),
    ("secret", "user", ("POST /api/v2/orders HTTP/1.1\nHost: shop.example.net\nAuthorization: Basic {{wbasic1.v}}\nContent-Length: 212\n\n"
                        "the server says 401 but the same login works in the browser")),
    ("secret", "user", ("curl 'https://portal.example.edu/grades/' -H 'accept: text/html' -b 'sessionid={{wk_djsess1.v}}; django_language=en' "
                        "--compressed\nthis works in my terminal but not in python requests, why?")),
    ("mixed", "user", ("my authenticator export gave me this, can I import it into 1password?\n"
                       "otpauth://totp/Fastmail:{{wem1.v}}?secret={{wtotp1.v}}&issuer=Fastmail&algorithm=SHA1&digits=6&period=30")),
    ("secret", "user", "Authorization: SSWS {{wk_okta1.v}}\nAccept: application/json\n\nokta returns E0000011 Invalid token provided"),
    # ---- Windows, QR strings, prose, other languages
    ("mixed", "user", ("net use Z: \\\\nas01\\family /user:HOME\\{{wusr1.v}} {{wpw1.v}} /persistent:yes\n"
                       "System error 1326 has occurred. The user name or password is incorrect.")),
    ("secret", "user", ("$secure = ConvertTo-SecureString \"{{wpw1.v}}\" -AsPlainText -Force\n"
                        "$cred = New-Object System.Management.Automation.PSCredential (\"svc_sql\", $secure)\n"
                        "Invoke-Sqlcmd still fails with Login failed for user")),
    ("secret", "user", "made a qr code for the guest network from this string, why won't iphones join?\nWIFI:S:{{wssid1}};T:WPA;P:{{wpw1.v}};;"),
    ("secret", "user", "the login for the router is admin and then {{wpw1.v}}, but the page just refreshes"),
    ("secret", "user", "a senha do wi-fi lá de casa é {{wpw1.v}}, pode escrever um bilhete pros hóspedes?"),
    ("secret", "user", "ルーターのパスワードは「{{wpw1.v}}」です。変更した方がいいですか？"),
    ("secret", "assistant", ("Done — here is your updated `.env`:\n\n```\nDB_HOST=localhost\nDB_PASSWORD={{wpw1.v}}\n```\n\n"
                             "Since `{{wpw1.v}}` has now appeared in this chat, consider changing it afterwards.")),
    ("secret", "assistant", ("The 401 comes from the header: you sent `Bearer {{wk_groq1.v}}` to the OpenAI endpoint. "
                             "That key is a Groq key, so point the client at api.groq.com instead.")),
    # ---- terminal output
    ("secret", "user", ("$ echo $ATLASSIAN_TOKEN\n{{wk_atlassian1.wrap}}\n$ curl -s -u \"$JIRA_USER:$ATLASSIAN_TOKEN\" "
                        "https://acme.atlassian.net/rest/api/3/myself\n{\"errorMessages\":[\"Unauthorized\"]}")),
    ("secret", "user", ("$ vault login -method=userpass username=ops\nPassword (will be hidden):\nSuccess! You are now authenticated.\n\n"
                        "Key                    Value\n---                    -----\ntoken                  {{wk_vault1.v}}\n"
                        "token_duration         768h\ntoken_renewable        true\ntoken_policies         [\"default\" \"ops\"]\n\n"
                        "how do I make terraform pick this up?")),
    ("secret", "user", ("~/.databrickscfg:\n[DEFAULT]\nhost  = https://adb-4418261230875519.3.azuredatabricks.net\n"
                        "token = {{wk_databricks1.v}}\n\ndatabricks clusters list → Error: default auth: cannot configure default credentials")),
    ("secret", "user", ("$ heroku authorizations:create -d \"github actions\"\nCreating OAuth Authorization... done\nClient:      <none>\n"
                        "ID:          {{wuuid1}}\nDescription: github actions\nScope:       global\nToken:       {{wk_heroku1.v}}\n\n"
                        "which of these goes into HEROKU_API_KEY?")),
    ("secret", "user", ("terraform.tfvars\ncloudflare_api_token = \"{{wk_cf1.v}}\"\nzone_id              = \"{{whex1.v}}\"\n"
                        "account_id           = \"{{whex2.v}}\"\n\nplan fails with Authentication error (10000)")),
    ("secret", "user", ("az login --service-principal -u {{wuuid1}} -p '{{wk_azure1.v}}' --tenant {{wuuid2}}\n"
                        "AADSTS7000215: Invalid client secret provided.")),
    ("secret", "user", ("const supabase = createClient('https://qwhxkzpmtrvbnlaseuio.supabase.co', '{{wk_supabase1.v}}')\n"
                        "// this is in my React app, is the service_role key ok here?")),
    ("secret", "user", ("~/.pypirc\n[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = {{wk_pypi1.v}}\n\n"
                        "twine upload says 403 Invalid or non-existent authentication information")),
    ("secret", "user", ("printenv from the runner, why is the netlify one empty in the deploy step?\n\n"
                        "GITHUB_TOKEN={{wk_ghs1.v}}\nNETLIFY_AUTH_TOKEN={{wk_netlify1.v}}\nSENTRY_AUTH_TOKEN={{wk_sentry1.v}}\n"
                        "GRAFANA_TOKEN={{wk_glsa1.v}}\nCI=true")),
    # ---- AI and SaaS keys
    ("secret", "user", "which of these is which? I lost track\n{{wk_groq1.v}}\n{{wk_replicate1.v}}\n{{wk_pplx1.v}}\n{{wk_deepseek1.v}}"),
    ("mixed", "user", ("# .streamlit/secrets.toml\n[connections.snowflake]\naccount = \"xy12345.eu-west-1\"\nuser = \"{{wusr1.v}}\"\n"
                       "password = \"{{wpw1.v}}\"\nwarehouse = \"COMPUTE_WH\"\n\nworks locally, fails on community cloud")),
    ("secret", "user", (".env for my rag app:\nPINECONE_API_KEY={{wk_pinecone1.v}}\nLANGCHAIN_API_KEY={{wk_langsmith1.v}}\n"
                        "ELEVENLABS_API_KEY={{wk_eleven1.v}}\nXAI_API_KEY={{wk_xai1.v}}\n\nhow do I load these in docker compose?")),
    ("secret", "user", "newman run api-tests.json --env-var \"postmanApiKey={{wk_postman1.v}}\" fails with AuthenticationError"),
    ("secret", "user", ("SQUARE_ACCESS_TOKEN={{wk_square1.v}}\nBRAINTREE_ACCESS_TOKEN={{wk_braintree1.v}}\n\n"
                        "moving from braintree to square, can both live in the same .env for a month?")),
    ("secret", "user", ("- name: File bug\n  env:\n    LINEAR_API_KEY: {{wk_linear1.v}}\n    DOPPLER_TOKEN: {{wk_doppler1.v}}\n"
                        "    PULUMI_ACCESS_TOKEN: {{wk_pulumi1.v}}\n  run: node scripts/file-bug.js\n"
                        "should these be repo secrets instead? it's a private repo")),
    ("secret", "user", "DATABASE_URL='mysql://x7k2m9q4pl:{{wk_pscale1.v}}@aws.connect.psdb.cloud/shop?sslaccept=strict'\nprisma db push hangs"),
    ("secret", "user", ("release.sh:\ncargo login {{wk_crates1.v}}\ncargo publish\nGEM_HOST_API_KEY={{wk_rubygems1.v}} gem push pkg/*.gem\n\n"
                        "is it fine that this script is committed?")),
    ("secret", "user", ("~/.gradle/gradle.properties\nsigning.keyId=24875D73\nsigning.password={{wpw1.v}}\n"
                        "ossrhUsername=acme-release\nossrhPassword={{wpw2.v}}\nMAPBOX_DOWNLOADS_TOKEN={{wk_mapbox1.v}}\n\n"
                        "gradle publish says could not read PGP secret key")),
    ("secret", "user", ("found these in the README the old contractor left, which do we rotate first?\n- figma: {{wk_figma1.v}}\n"
                        "- asana: {{wk_asana1.v}}\n- bitbucket app password: {{wk_bitbucket1.v}}\n- contentful CMA: {{wk_contentful1.v}}")),
    # ---- PERSON
    ("person", "user", "went to the night market with {{wp1.first}} and her mum, we bought way too much durian"),
    ("person", "user", ("[14/03/24, 21:07] {{wp1.full}}: are we still on for sunday?\n[14/03/24, 21:09] {{wp2.full}}: yes!! bringing the cake\n"
                        "[14/03/24, 21:15] {{wp1.full}}: 👍\n\nsummarise this group chat for me")),
    ("person", "user", ("---------- Forwarded message ---------\nFrom: {{wp1.full}} <{{wp1.email}}>\nDate: Tue, 4 Mar 2025 at 09:12\n"
                        "Subject: Re: deposit\nTo: me\n\ncan you tell me if this is a scam?")),
    ("person", "user", ("Hey, just checking the deposit went through, let me know!\n\nCheers,\n{{wp1.first}}\n\nSent from my iPhone\n\n"
                        "^ can you make this sound more formal")),
    ("person", "user", ("| Name | Role | Start |\n|---|---|---|\n| {{wp1.full}} | Designer | May |\n| {{wp2.full}} | Backend | June |\n"
                        "| {{wp3.full}} | QA | June |\n\nturn this into an onboarding email")),
    ("person", "user", "honestly the only reason the project shipped is {{wp1.first_lc}} stayed late every night"),
    ("person", "user", "drove to {{wp1.poss_lc}} place after work and we just talked for hours. is that a date??"),
    ("person", "user", "Attendees: {{wp1.last_first}}; {{wp2.last_first}}. Please format as a proper list with roles TBD."),
    ("person", "user", "reviewer 2 ({{wp1.initial}}) says my methods section is too long. how do I reply politely?"),
    ("person", "user", ("commit {{whex1.sha}}\nAuthor: {{wp1.full}} <{{wp1.email}}>\nDate:   Mon Feb 3 14:22:09 2025 +0100\n\n"
                        "    fix flaky upload test\n\nhow do I squash this into the previous commit?")),
    ("person", "user", ("Invite: Quarterly review\nWhen: Thu 10:00–11:00\nGuests: {{wp1.full}}, {{wp2.full}} (optional), {{wp3.first}}\n\n"
                        "write an agenda")),
    ("person", "user", "Can you help me write something for {{wp1.poss_full}} leaving card? 12 years on the ward"),
    ("person", "user", "Hoy {{wp1.first}} me dijo que se muda a Lisboa, ¿cómo le digo que la voy a extrañar?"),
    ("person", "user", "invite list: {{wp1.first_lc}}, {{wp2.first_lc}}, {{wp3.first_lc}} and maybe {{wp4.first_lc}} if she's back from leave"),
    ("person", "assistant", ("You could open with: \"{{wp1.first}}, I know the last month has been a lot.\" "
                             "Then give {{wp1.first}} space to respond before you bring up the rota.")),
    ("person", "user", ("pasted from slack:\n\n{{wp1.full}}  10:42 AM\ncan someone review my PR before the freeze\n"
                        "{{wp2.full}}  10:44 AM\non it after lunch\n\nwho should approve it, me or them?")),
    ("person", "user", "we all call her {{wnick1.nick}} but her passport says {{wnick1.first}} — which one goes on the wedding programme?"),
    ("person", "user", "{{wnick1.nick_lc}} is obsessed with dinosaurs rn, birthday party theme ideas?"),
    ("person", "user", "{{wp1.full}} just got the job!!! help me write a congrats post"),
    ("person", "user", ("Transcript:\n{{wp1.first}}: I think we should delay.\n{{wp2.first}}: Agreed, but not past March.\n"
                        "{{wp1.first}}: Fine.\n\nSummarise the decision in one line.")),
    ("person", "user", "is it weird that i still have {{wp1.poss_full_lc}} hoodie from uni"),
    ("person", "user", "Aunty {{wp1.first}} sent money for my graduation, how do I thank her properly?"),
    # ---- USERNAME
    ("username", "user", "-rw-r--r--  1 {{wusr1.v}}  staff  4096 Mar  3 10:12 notes.md\nwhy can't my other account open this file?"),
    ("username", "user", "terminal shows {{wusr1.v}}@MacBook-Air ~ % before every command, how do I shorten the prompt?"),
    ("username", "user", "zsh: permission denied: /Users/{{wusr1.v}}/bin/backup.sh"),
    ("username", "user", "reddit keeps suspending u/{{wusr1.v}} and i don't know why"),
    # ---- LOCATION
    ("location", "user", "my nan's address is {{wloc_ie1.v}} — does the Eircode go on its own line on a UK parcel form?"),
    ("location", "user", "entrega en {{wloc_mx1.v}}, el timbre no sirve, ¿cómo lo pongo en la nota para el repartidor?"),
    ("location", "user", "delivery drivers can never find us. we're {{wplace1.v}}"),
    # ---- ID_NUMBER
    ("id", "user", "fødselsnummer {{wid_no1.v}} — the NAV form rejects it, did I type it right?"),
    ("id", "user", "henkilötunnus {{wid_fi1.v}}, can you translate the Kela letter for me"),
    ("id", "user", "my ID number is {{wid_za1.v}} and Home Affairs says it's not on the system"),
    ("id", "user", "RUT {{wid_cl1.v}} — ¿cómo lo escribo en un formulario en inglés?"),
    ("id", "user", "the clinic wants my NRIC {{wid_sg1.v}} in the email, is that safe?"),
    # ---- URL, EMAIL, PHONE, mixed
    ("url", "user", "here's my private calendar feed, why won't outlook sync it? {{wurl_ical1.v}}"),
    ("url", "user", "join the family group {{wurl_tg1.v}} and pls don't share the link"),
    ("url", "user", "sent you the screen recording of the bug: {{wurl_rec1.v}}"),
    ("email", "user", "name,email,shirt\n{{wp1.full}},{{wp1.email}},M\n{{wp2.full}},{{wp2.email}},L\n\nconvert this to a table"),
    ("phone", "user", "my landlord's whatsapp is {{wph1.v}}, write him a message asking about the deposit"),
    ("mixed", "user", "emergency contact for the school form: {{wp1.full}}, {{wph1.v}}, {{wloc1.v}} — can you format it neatly?"),
]

ROUND5_NOPII: list[tuple[str, str, str]] = [
    ("nopii_hash", "user", ("$ sha256sum ubuntu-24.04.1-desktop-amd64.iso\n{{whex1.digest}}  ubuntu-24.04.1-desktop-amd64.iso\n"
                            "does that match the one on the website?")),
    ("nopii_log", "user", "Digest: sha256:{{whex1.digest}}\nStatus: Downloaded newer image for node:20-alpine\nshould I pin the digest?"),
    ("nopii_uuid", "user", "request failed: {\"error\":\"quota_exceeded\",\"request_id\":\"{{wuuid1}}\"} — what do I send to support?"),
    ("nopii_log", "user", ("2025-02-11T09:14:03Z INFO traceparent=00-{{whex1.v}}-{{whex1.s}}-01 span=checkout latency_ms=412\n"
                           "what do the parts of traceparent mean?")),
    ("nopii_code", "user", "console.log(atob(\"SGVsbG8sIHdvcmxkIQ==\")) prints Hello, world! — why would anyone encode that?"),
    ("nopii_code", "user", "Authorization: Basic <base64 of username:password>\nthe docs say this, do I encode the colon too?"),
    ("nopii_code", "user", ("env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n  PYPI_TOKEN: ${{ secrets.PYPI_API_TOKEN }}\n"
                            "why are these empty on pull requests from forks?")),
    ("nopii_code", "user", "the dashboard only shows my key as sk-proj-••••••••Xk9Q, how do I see the whole thing?"),
    ("nopii_code", "user", "the aws cli docs show aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY — do I paste that literally?"),
    ("nopii_code", "user", "is this regex right for catching leaked tokens in CI? re.compile(r\"gh[pousr]_[A-Za-z0-9]{36}\")"),
    ("nopii_code", "user", "with mock.patch.dict(os.environ, {\"API_KEY\": \"dummy\"}):\n    run()\nis patching env like this ok in pytest?"),
    ("nopii_code", "user", "the tutorial says postgresql://user:password@localhost:5432/mydb — do I replace user with my windows login?"),
    ("nopii_code", "user", (".env.example\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nSENDGRID_API_KEY=SG.xxxxx\n"
                            "do I copy this to .env and fill it in?")),
    ("nopii_code", "user", "is it safe to paste my public key in the github issue?\nssh-ed25519 {{wsshpub1}} deploy@buildbox"),
    ("nopii_code", "user", "recipients file for sops: {{wagepub1}} — that's the public half, right?"),
    ("nopii_code", "user", "WIFI:S:<SSID>;T:WPA;P:<password>;; — what goes in T if my router uses WPA3?"),
    ("nopii_code", "user", "otpauth://totp/{label}?secret={base32}&issuer={issuer} — how do I turn this template into a qr code in python?"),
    ("nopii_version", "user", "after chrome updated to 124.0.6367.91 and windows to build 10.0.19045.4291 the extension stopped loading"),
    ("nopii_public_figure", "user", "compare {{wfig1}} and {{wfig2}} for my history essay, 300 words"),
    ("nopii_public_figure", "user", "what did {{wfig1}} actually do? my kid's homework says it's important"),
    ("nopii_public_figure", "assistant", "{{wfig1}} is best known for work that changed the field; the lone-genius framing is mostly myth."),
    ("nopii_word", "user", "can i sue my landlord over the mould? also need to jack up the car and have a frank chat with the garage"),
    ("nopii_product", "user", "Jenkins keeps failing on the Ruby job but the Julia one passes, where do I start?"),
    ("nopii_product", "user", "Are Dr. Martens or Clarks better for walking all day?"),
    ("nopii_public_place", "user", "why is 221B Baker Street famous? we're going to london in may"),
    ("nopii_public_url", "user", ("the guide at https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/"
                                  "managing-your-personal-access-tokens says fine-grained tokens expire — do I have to rotate them?")),
    ("nopii_public_url", "user", "is https://github.com/psf/requests/issues the right place to report a bug?"),
    ("nopii_word", "user", "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor — what language is this?"),
    ("nopii_assistant", "assistant", ("Rotate it: create a new key in the dashboard, update `API_KEY` in your secret store, then revoke "
                                      "the old one. Don't paste the new key here.")),
    ("nopii_assistant", "assistant", "A strong passphrase is four or more random words; avoid names, birthdays and keyboard patterns."),
]
