"""Dev-only tenth-round material for the PII benchmark: the messages people send an assistant when a
credential or a name is only part of what they are asking about (a screenshot they describe, a ticket
or an IT e-mail they paste, a song they want written, a config from a device at home), and names in
documents and settings no earlier round used.

Why: these rows were written blind by a new author (without reading the redactor's code, its tests or
the held-out split, and without running the redactor or the evaluator) before any recognizer change of
round 10, so the redactor's first score on them ("before") estimates how it generalises to messages
nobody tuned it on. The author read the docstrings of rounds 3 to 9 (and rounds 8 and 9's code for its
structure) and deliberately chose forms none of them lists.

Rules as for ``pii_dev_round7``: appended to ``dev.jsonl`` only, generated after test and after the
earlier dev-only rows from their own RNG (so test.jsonl stays byte-identical), with value pools that
share nothing with any earlier pool (``check_round10_disjoint``). Template ids continue each
category's numbering from 360 (``secret_360``...). Slot kinds start with ``kk``.

What they exercise (every secret is random text in its published shape or a random combination of
words, never a real one):

* SECRET, about 47% of the messages: a login screen described in words because the screenshot will
  not paste; a helpdesk ticket pasted for rewording; a password in the middle of a long complaint to
  an ombudsman; a weak password the assistant is asked to "make stronger" (the original and the
  stronger version the assistant proposes are both gold); a parent's accounts a son or daughter
  manages; temporary passwords in IT e-mails written in Dutch, Polish, Czech, Greek, Thai,
  Vietnamese, Japanese and Korean (native scripts around the value); a Wi-Fi password the user wants
  sung in a children's song; passwords with emoji and in leetspeak; a password that is the answer to
  a treasure-hunt riddle (given literally); device configs from home and small business: a Home
  Assistant ``configuration.yaml`` (a Philips Hue bridge ``username``, which is an API key, and an
  MQTT password), a ``tinytuya`` ``devices.json`` (``key``), an OctoPrint ``config.yaml`` API key and
  a Bambu Lab LAN access code, a TrueNAS API key and a Synology Hyper Backup encryption password, a
  Valheim server start script (``-password``), a café's SumUp POS export (``sup_sk_`` key and a
  manager PIN), a school MDM ``.mobileconfig`` Wi-Fi payload; keys of providers no earlier round
  named (Mollie ``live_``, Shippo ``shippo_live_``, PostHog personal ``phx_``, NuGet ``oy2``, Weights
  & Biases, Prefect ``pnu_``, Modal ``as-``, Octopus Deploy ``API-``, Duffel ``duffel_live_``, MinIO,
  a Fastmail app password); a password in a URL fragment (``#/signin?...&pw=``) and in a
  ``steam://connect/host/password`` deep link; a Google Workspace student import CSV and an HR
  employee CSV with initial passwords; OTP material in new shapes (an Aegis JSON ``secret``, an
  ``otpauth-migration://offline?data=`` export, a 1Password Secret Key from the Emergency Kit,
  Discord-style ``xxxx-xxxx`` backup codes, each code a span); session cookies of Phoenix
  (``SFMyNTY.``) and NextAuth (``__Secure-next-auth.session-token`` in a Playwright
  ``storageState.json``); credentials in a YAML the user wants as JSON, a cron line (``mysqldump
  --password=``, ``RSYNC_PASSWORD=``), a Makefile (``mc alias set``, ``octo push --apiKey``), a
  PowerShell profile (``$Env:NUGET_API_KEY``, ``rasdial``) and ``.bashrc`` aliases (``openconnect
  --passwd-on-stdin``, ``mcrcon -p``).
* PERSON, about 27% of the templates (a name is in 34 of the 90 PII messages): names of cultures no earlier pool had (Dinka and
  Nuer, Acholi, Maasai, Herero and Ovambo, Cameroonian, Comorian, Sierra Leonean and Liberian,
  Garifuna, Zapotec, Yucatec Maya, Mohawk, Métis, Guyanese and Surinamese, I-Kiribati, Marshallese,
  ni-Vanuatu, Niuean, Rapa Nui, Friulian, Sicilian, Tyrolean, Swiss German, Low German, Limburgish,
  Aromanian, Gagauz, Greek Cypriot, Tuvan, Bashkir, Kalmyk, Bugis, Toraja, Hakka Taiwanese,
  Maithili, Rajasthani, Parsi, Hazara, Yazidi, Timorese) in a youth football team sheet, a basketball
  box score in capitals, recipes attributed to someone, a thesis dedication, a court summons, a
  lost-and-found post, a will, a school report (``SURNAME, First``), a dating-app match, a wedding
  hashtag and a charity-run hashtag (only the name inside the hashtag is gold: ``#Team<Name>``),
  file names (``invoice_<First>_<Last>_2024.pdf``: ``First_Last`` is one span), emoji beside names,
  a recipe-app JSON ``author``, names in Cyrillic, Han and Greek beside the Latin form, nicknames,
  and the assistant's reply.
* Other types, the rest: user names in a Jellyfin log, on Lichess, Roblox and VRChat; addresses of
  Iceland, Uruguay, Austria and Uganda and a place described by a landmark; Icelandic kennitala,
  Czech rodné číslo, Mexican CURP, Australian TFN and Emirates ID numbers with valid check digits;
  phone numbers drawn from eight more countries (all pass ``phonenumbers.is_valid_number``); e-mail
  addresses; dates of birth; a WeTransfer link and a Signal group invite (URL, the whole link).
* no-PII look-alikes, under round 4's policy, in the same settings: Home Assistant ``!secret``
  references, Makefile and cron lines that read secrets from the environment or a file,
  ``Get-Credential``, ``pass show``, a Workspace CSV template with placeholders, a masked 1Password
  Secret Key format, documented device defaults ("admin / admin" from a printer manual), a PostHog
  project key ``phc_`` (public by design, like round 8's ``pk_live_``), an empty
  ``rcon.password=``, RFC 6238's published test secret, a world seed, a file digest, public
  figures in a roster, a recipe, a thesis dedication and a court case, file names with only dates,
  public hashtags, leetspeak and riddle questions with no value, a masked card on a POS receipt,
  public places, a fictional duo, a server log without a user.

Labelling decisions (kept from rounds 8 and 9): every password a message shows is gold, including a
weak one the user wants replaced and the stronger one the assistant proposes; encodings that only
wrap a secret (the Google Authenticator migration ``data=``, a Phoenix or NextAuth cookie) are gold
as written (URL-escaped as they appear); only the secret part is gold: the Modal token id (``ak-``),
Tuya device ids, Bambu serial numbers, POS merchant codes, hosts and service users (``mqtt``,
``backup``, ``admin``) are not labelled; a MinIO access key, like an AWS access key id, is SECRET
beside its secret key; a Hue bridge ``username`` is an API key and so SECRET; an employee's login
in an IT e-mail or CSV is USERNAME. A name inside a hashtag or file name is PERSON without the
``#``, prefix, underscores around it or extension. A PostHog ``phc_`` key ships in every page's
JavaScript and is not labelled.
"""

from __future__ import annotations

import base64
import string
from urllib.parse import quote

import pii_dev_extra as X
import pii_dev_round3 as R3
import pii_dev_round4 as R4
import pii_dev_round5 as R5
import pii_dev_round6 as R6
import pii_dev_round7 as R7
import pii_dev_round8 as R8
import pii_dev_round9 as R9
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
    nick_attrs,
    one,
    rand_token,
    secret,
    unlabelled,
    valid_phone_gen,
)
from pii_numbers import luhn_digit

HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
LOWER_DIGITS = string.ascii_lowercase + string.digits
# 1Password Secret Keys avoid 0/O, 1/I and U.
OP_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTVWXYZ"

# ---------------------------------------------------------------- pools (dev only)
# (first, last, region, gender): cultures and spellings no earlier pool has. Region is "<group>.<people>" so
# a template can keep a team or a family within one group; gender ("f", "m", "x" for either) keeps pronouns
# in agreement.
R10NAMES: list[tuple[str, str, str, str]] = [
    # South Sudan: Dinka, Nuer
    ("Achol", "Deng", "af.ssd", "f"), ("Gatluak", "Chuol", "af.ssd", "m"), ("Nyandeng", "Malual", "af.ssd", "f"),
    # Uganda: Acholi; Kenya and Tanzania: Maasai
    ("Lakica", "Ojok", "af.eaf", "f"), ("Komakech", "Opiyo", "af.eaf", "m"), ("Apio", "Odongo", "af.eaf", "f"),
    ("Naserian", "Sankale", "af.eaf", "f"), ("Lemayian", "Kisemei", "af.eaf", "m"),
    # Namibia: Ovambo, Herero
    ("Ndapewa", "Shikongo", "af.nam", "f"), ("Uerikua", "Kandjii", "af.nam", "m"), ("Ndahafa", "Amupolo", "af.nam", "f"),
    # Cameroon, Comoros
    ("Ayang", "Ndong", "af.cen", "f"), ("Ghislain", "Tchoumbou", "af.cen", "m"), ("Ornella", "Kamdem", "af.cen", "f"),
    ("Zaïnaba", "Ahamada", "af.cen", "f"), ("Nourdine", "Msaidié", "af.cen", "m"),
    # Sierra Leone, Liberia
    ("Jeneba", "Sesay", "af.wst", "f"), ("Alusine", "Bangura", "af.wst", "m"), ("Korpo", "Flomo", "af.wst", "f"),
    # Garifuna, Zapotec, Yucatec Maya
    ("Yerlin", "Lambey", "am.mes", "f"), ("Faustino", "Cayetano", "am.mes", "m"), ("Nayeli", "Matus", "am.mes", "f"),
    ("Eutiquio", "Toledo", "am.mes", "m"), ("Yamili", "Canché", "am.mes", "f"), ("Wilbert", "Canul", "am.mes", "m"),
    # Mohawk, Métis
    ("Karonhiio", "Montour", "am.nor", "m"), ("Konwatsitsawi", "Diabo", "am.nor", "f"),
    ("Gabrielle", "Lagimodière", "am.nor", "f"), ("Rémi", "Chartrand", "am.nor", "m"),
    # Guyana, Suriname
    ("Devika", "Persaud", "am.gs", "f"), ("Radjkoemar", "Mangroelal", "am.gs", "m"), ("Soekarsih", "Karijopawiro", "am.gs", "f"),
    # Pacific: I-Kiribati, Marshallese, ni-Vanuatu, Niuean, Rapa Nui
    ("Teeua", "Tebano", "pa.mic", "f"), ("Tebwebwe", "Iotebatu", "pa.mic", "m"), ("Lijon", "Langidrik", "pa.mic", "f"),
    ("Serah", "Kalsakau", "pa.pol", "f"), ("Mokalagi", "Tukuitonga", "pa.pol", "m"), ("Hotu", "Pakarati", "pa.pol", "m"),
    # Italy's minorities and regions: Friulian, Sicilian
    ("Pieri", "Zorzenon", "eu.ita", "m"), ("Turiddu", "Scordato", "eu.ita", "m"), ("Nunzia", "Catalfamo", "eu.ita", "f"),
    # Alpine: Tyrolean, Swiss German, Alsatian
    ("Vroni", "Oberhollenzer", "eu.alp", "f"), ("Ueli", "Bärtschi", "eu.alp", "m"), ("Seppi", "Kieffer", "eu.alp", "m"),
    ("Resi", "Mairhofer", "eu.alp", "f"),
    # North Sea: Low German, Limburgish, North Frisian
    ("Hinnerk", "Ohlsen", "eu.nsea", "m"), ("Sjef", "Hendrikx", "eu.nsea", "m"), ("Wiebke", "Thiessen", "eu.nsea", "f"),
    # Balkans and Cyprus: Aromanian, Gagauz, Greek Cypriot
    ("Ianula", "Caranica", "eu.bal", "f"), ("Todur", "Topal", "eu.bal", "m"), ("Andri", "Hadjichristodoulou", "eu.bal", "f"),
    # Russia's republics: Tuvan, Bashkir, Kalmyk
    ("Aidys", "Mongush", "ru", "m"), ("Gulshat", "Yulamanova", "ru", "f"), ("Baira", "Ochirova", "ru", "f"),
    # Indonesia: Bugis, Toraja; Taiwan: Hakka; Timor-Leste
    ("Andi", "Mappangara", "as.sea", "x"), ("Rante", "Tandirerung", "as.sea", "m"), ("Hsiao-Wen", "Liao", "as.sea", "f"),
    ("Chun-Hung", "Kuo", "as.sea", "m"), ("Aurélia", "Ximenes", "as.sea", "f"), ("Abílio", "Amaral", "as.sea", "m"),
    # South Asia: Maithili, Rajasthani, Parsi
    ("Anupama", "Jha", "as.sas", "f"), ("Kesar", "Rathore", "as.sas", "f"), ("Zarir", "Bharucha", "as.sas", "m"),
    # Hazara, Yazidi
    ("Sakina", "Yaqubi", "as.wa", "f"), ("Shireen", "Khudeda", "as.wa", "f"), ("Dakhil", "Shamo", "as.wa", "m"),
]
# (diminutive, given name)
R10NICKS: list[tuple[str, str]] = [
    ("Gat", "Gatluak"), ("Kome", "Komakech"), ("Dapi", "Ndapewa"), ("Ghis", "Ghislain"), ("Nunzi", "Nunzia"),
    ("Hinni", "Hinnerk"), ("Gulya", "Gulshat"), ("Radj", "Radjkoemar"), ("Nayo", "Nayeli"),
]
# (name in its own script, the same person's Latin-script name from R10NAMES)
R10SCRIPT: list[tuple[str, str]] = [
    ("Айдыс Монгуш", "Aidys Mongush"), ("Гульшат Юламанова", "Gulshat Yulamanova"), ("廖曉雯", "Hsiao-Wen Liao"),
    ("Άντρη Χατζηχριστοδούλου", "Andri Hadjichristodoulou"),
]
R10PASSWORD_WORDS = ["Gooseberry", "Quince", "Liquorice", "Mulberry", "Pumice", "Juniper", "Bramble", "Thistle", "Nutmeg",
                     "Tadpole", "Clementine", "Biscotti", "Catamaran", "Anchovy", "Sycamore", "Abacus"]
EMOJI = ["🦊", "🌙", "🍉", "🐙", "🌵", "🎈", "🦄", "🍩", "🐳", "🍋"]
R10HANDLE_WORDS = ["kestrel", "ptarmigan", "dipper", "moorhen", "loris", "ibex", "quoll", "geyser"]
R10EMAIL_DOMAINS = ["volny.cz", "simnet.is", "adinet.com.uy", "orange.sn", "chello.at", "aon.at", "otenet.gr",
                    "connect.com.fj", "utlonline.co.ug", "mweb.com.na", "alice.it", "sunrise.ch"]
# Domains of the school and the employer whose CSVs carry passwords.
R10WORK_DOMAINS = ["stbrigids-college.edu.au", "pinewood-academy.org.uk", "hollowfield-freight.com"]
R10PUBLIC_FIGURES = ["Ousmane Sembène", "Miriam Tlali", "Halldór Laxness", "Vigdís Finnbogadóttir", "Violeta Parra",
                     "Melina Mercouri", "Shaka Zulu", "Oodgeroo Noonuccal", "Wisława Szymborska", "Emil Zátopek",
                     "Dag Hammarskjöld", "Paavo Nurmi", "Karel Čapek", "Sukarno"]
# Street stems by country (none in an earlier street pool).
R10STREETS: dict[str, list[str]] = {
    "is": ["Birkihlíð", "Reynimelur", "Lyngháls"], "uy": ["Guaviyú", "Ñandubay", "Arazá"],
    "at": ["Holunder", "Marillen", "Schlehen"], "ug": ["Lubowa", "Kisugu", "Namuwongo"],
}
R10LANDMARKS = ["boda-boda stage", "Würstelstand", "almacén", "geothermal pool", "key-cutting kiosk"]


def _tokens(names: set[str]) -> set[str]:
    """Capitalised words of the names, particles and given-name prefixes left out."""
    return name_tokens(names, R9.R9PARTICLES | R8.R8PARTICLES | R7.R7PARTICLES | R6.R6PARTICLES)


def check_round10_disjoint() -> None:
    """Raise ValueError if a round-10 pool shares a value with an earlier pool (dev, test, extra, rounds 3 to 9),
    or a round-10 slot kind could collide with another round's."""
    earlier_names = {n for _, fs, ls in P.CULTURES for n in fs + ls} | set(P.NICKNAMES.values()) \
        | set(P.NICKNAMES) | {n for half in P.NATIVE_SCRIPT for pair in half for n in pair} \
        | {n for pair in X.XNAMES for n in pair} | {n for t in X.XNICKS for n in t} \
        | {n for f, l, _ in X.XNATIVE for n in (f, l)} \
        | {n for pair in R3.R3NAMES for n in pair} | {n for pair in R3.R3NICKS for n in pair} \
        | {n for pair in R4.R4NAMES for n in pair} | {n for pair in R4.R4NICKS for n in pair} \
        | {n for pair in R5.R5NAMES for n in pair} | {n for pair in R5.R5NICKS for n in pair} \
        | {n for pair in R6.R6NAMES for n in pair} | {n for pair in R6.R6NICKS for n in pair} \
        | {n for f, l, _, _ in R7.R7NAMES for n in (f, l)} | {n for pair in R7.R7NICKS for n in pair} \
        | {n for f, l, _, _ in R8.R8NAMES for n in (f, l)} | {n for pair in R8.R8NICKS for n in pair} \
        | {n for f, l, _, _ in R9.R9NAMES for n in (f, l)} | {n for pair in R9.R9NICKS for n in pair} \
        | {native for native, _ in R9.R9SCRIPT} | set(R9.R9PETS) | set(R9.R9MAIDEN)
    names = {n for f, l, _, _ in R10NAMES for n in (f, l)} | {n for pair in R10NICKS for n in pair} \
        | {native for native, _ in R10SCRIPT}
    earlier_figures = {f for half in P.PUBLIC_FIGURES for f in half} | set(R3.R3PUBLIC_FIGURES) \
        | set(R5.R5PUBLIC_FIGURES) | set(R6.R6PUBLIC_FIGURES) | set(R7.R7PUBLIC_FIGURES) \
        | set(R8.R8PUBLIC_FIGURES) | set(R9.R9PUBLIC_FIGURES)
    earlier_words = {w.lower() for half in P.PASSWORD_WORDS for w in half} | {w.lower() for w in X.XPASSWORD_WORDS} \
        | {w.lower() for w in R3.R3PASSWORD_WORDS} | {w.lower() for w in R4.R4PASSWORD_WORDS} \
        | set(R4.R4PHRASE_WORDS) | {w.lower() for w in R4.R4WIFI} | {w.lower() for w in R5.R5PASSWORD_WORDS} \
        | {w.lower() for w in R6.R6PASSWORD_WORDS} | {w.lower() for w in R7.R7PASSWORD_WORDS + R7.R7UNICODE_WORDS} \
        | set(R7.R7PHRASE_WORDS) | {w.lower() for w in R8.R8PASSWORD_WORDS} \
        | {w.lower() for w in R9.R9PASSWORD_WORDS} | {w.lower() for ws in R9.R9LANG_WORDS.values() for w in ws} \
        | {w.lower() for w in R9.R9PETS} | set(R9.R9PHRASE_WORDS)
    words = {w.lower() for w in R10PASSWORD_WORDS}
    earlier_handles = {w for half in P.HANDLE_WORDS for w in half} | set(X.XHANDLE_WORDS) | set(R5.R5HANDLE_WORDS) \
        | set(R6.R6HANDLE_WORDS) | set(R7.R7HANDLE_WORDS) | set(R8.R8HANDLE_WORDS) | set(R9.R9HANDLE_WORDS)
    earlier_streets = {s.lower() for half in P.STREETS + P.DE_STREETS + P.FR_STREETS + P.IN_SOCIETIES for s in half} \
        | {s.lower() for s in X.XSTREETS} | {s.lower() for stems in R5.R5STREETS.values() for s in stems} \
        | {s.lower() for stems in R6.R6STREETS.values() for s in stems} \
        | {s.lower() for stems in R7.R7STREETS.values() for s in stems} | {s.lower() for stems in R8.R8STREETS.values() for s in stems} \
        | {s.lower() for stems in R9.R9STREETS.values() for s in stems}
    earlier_domains = set(P.EMAIL_DOMAINS) | {d for half in P.WORK_DOMAINS for d in half} | set(R5.R5EMAIL_DOMAINS) \
        | set(R6.R6EMAIL_DOMAINS) | set(R7.R7EMAIL_DOMAINS) | set(R8.R8EMAIL_DOMAINS) | set(R9.R9EMAIL_DOMAINS)
    earlier_landmarks = set(P.LANDMARKS) | set(X.XLANDMARKS) | set(R5.R5LANDMARKS) | set(R6.R6LANDMARKS) \
        | set(R9.R9LANDMARKS)
    streets = {s.lower() for stems in R10STREETS.values() for s in stems}
    domains = set(R10EMAIL_DOMAINS) | set(R10WORK_DOMAINS)
    clashes = (names & earlier_names) | (_tokens(names) & _tokens(earlier_names)) \
        | (set(R10PUBLIC_FIGURES) & earlier_figures) | (_tokens(set(R10PUBLIC_FIGURES)) & _tokens(names | earlier_names)) \
        | (words & earlier_words) | (words & (set(R10HANDLE_WORDS) | earlier_handles)) \
        | (set(R10HANDLE_WORDS) & (earlier_handles | earlier_words)) | (streets & earlier_streets) \
        | (domains & earlier_domains) | (set(R10LANDMARKS) & earlier_landmarks) \
        | ({w for w in words} & {t.lower() for t in _tokens(names)})
    if clashes:
        raise ValueError(f"{len(clashes)} round-10 pool values are also in earlier pools: {sorted(clashes)}")
    if len({f for f, _, _, _ in R10NAMES}) != len(R10NAMES) or any(g not in "fmx" for *_, g in R10NAMES):
        raise ValueError("R10NAMES needs distinct first names, each with a gender f, m or x")
    full_names = {f"{f} {l}" for f, l, _, _ in R10NAMES}
    if any(latin not in full_names for _, latin in R10SCRIPT) or any(g not in {f for f, *_ in R10NAMES} for _, g in R10NICKS):
        raise ValueError("R10SCRIPT and R10NICKS must name people of R10NAMES")
    earlier_kinds = set(R3.ROUND3_GENERATORS) | set(R4.ROUND4_GENERATORS) | set(R5.ROUND5_GENERATORS) \
        | set(R6.ROUND6_GENERATORS) | set(R7.ROUND7_GENERATORS) | set(R8.ROUND8_GENERATORS) \
        | set(R9.ROUND9_GENERATORS) | set(X.EXTRA_GENERATORS)
    if any(not k.startswith("kk") for k in ROUND10_GENERATORS) or set(ROUND10_GENERATORS) & earlier_kinds:
        raise ValueError("round-10 slot kinds must start with 'kk' and be new")


# ---------------------------------------------------------------- helpers


# ---------------------------------------------------------------- people, handles, contact details
def gen_kk_person(ctx: Ctx, gender: str | None = None, region: str | None = None) -> Attrs:
    """A person of the round-10 pool; ``gender`` "f"/"m" keeps to names read that way (or either), ``region``
    to one group ("af", "eu"...) or people ("ssd", "alp"...)."""
    rng = ctx.rng
    pool = [n for n in R10NAMES if (gender is None or n[3] in (gender, "x")) and (region is None or region in n[2].split("."))]
    first, last, _, _ = ctx.pick_fresh(pool, "kknames", 8)
    full = f"{first} {last}"
    f, l = ascii_fold_all(first), ascii_fold_all(last)

    def make_email() -> str:
        local = rng.choice([f"{f}.{l}", f"{f}{l[:3]}{rng.randrange(1, 99)}", f"{l}.{f[0]}", f"{f}_{rng.choice(R10HANDLE_WORDS)}",
                            f"{f[0]}{l}{rng.randrange(1960, 2008)}", f"{f}{l}"])
        return f"{local}@{rng.choice(R10EMAIL_DOMAINS)}"

    def make_work() -> str:
        return rng.choice([f"{f}.{l}", f"{f[0]}{l}", f"{l}{f[0]}{rng.randrange(10, 99)}"]) + "@" + rng.choice(R10WORK_DOMAINS)

    return {"full": one(full, "PERSON"), "first": one(first, "PERSON"), "last": one(last, "PERSON"),
            "first_lc": one(first.lower(), "PERSON"), "full_lc": one(full.lower(), "PERSON"),
            "poss": [(first, "PERSON"), ("'s", None)], "poss_full": [(full, "PERSON"), ("'s", None)],
            "initial": one(f"{first[0]}. {last}", "PERSON"), "caps": one(full.upper(), "PERSON"),
            "caps_last": one(last.upper(), "PERSON"), "report": one(f"{last.upper()}, {first}", "PERSON"),
            "file": one(f"{first.replace(' ', '-')}_{last.replace(' ', '-')}", "PERSON"),
            "email": one(ctx.unique(make_email), "EMAIL_ADDRESS"), "work": one(ctx.unique(make_work), "EMAIL_ADDRESS")}


def gen_kk_nick(ctx: Ctx) -> Attrs:
    return nick_attrs(ctx, R10NICKS, "kknicks", 4)


def gen_kk_script(ctx: Ctx) -> Attrs:
    """A name in its own script (``native``) and the same person's Latin-script name (``latin``)."""
    native, latin = ctx.pick_fresh(R10SCRIPT, "kkscript", 3)
    return {"native": one(native, "PERSON"), "latin": one(latin, "PERSON")}


def _handle(ctx: Ctx) -> str:
    rng = ctx.rng
    first, last, _, _ = rng.choice(R10NAMES)
    f, l = ascii_fold_all(first), ascii_fold_all(last)
    word = rng.choice(R10HANDLE_WORDS)
    return rng.choice([f"{f}.{l}", f"{word}_{f}{digits(rng, 2)}", f"{f[0]}{l}", f"{l}{f[:3]}{digits(rng, 2)}",
                       f"{f}{word.capitalize()}", f"{f}{digits(rng, 4)}", f"{word}{l[:4]}", f"xX{f}{word}Xx"])


def gen_kk_user(ctx: Ctx) -> Attrs:
    """A person's own login or handle (USERNAME)."""
    return {"v": one(ctx.unique(lambda: _handle(ctx)), "USERNAME")}


def gen_kk_email(ctx: Ctx) -> Attrs:
    return {"v": gen_kk_person(ctx)["email"]}


PHONE_REGIONS = {"is": "IS", "cz": "CZ", "gr": "GR", "uy": "UY", "sn": "SN", "ug": "UG", "fj": "FJ", "at": "AT"}


def _phone(ctx: Ctx, country: str) -> str:
    rng = ctx.rng
    d = lambda n: digits(rng, n)
    return rng.choice({
        "is": [f"+354 {rng.choice('678')}{d(2)} {d(4)}", f"{rng.choice('678')}{d(2)}-{d(4)}"],
        "cz": [f"+420 {rng.choice(['602', '603', '721', '733', '777'])} {d(3)} {d(3)}",
               f"{rng.choice(['604', '722', '736', '775'])} {d(3)} {d(3)}"],
        "gr": [f"+30 69{rng.choice('4789')} {d(3)} {d(4)}", f"69{rng.choice('4789')}{d(7)}", f"+30 21{d(1)} {d(3)} {d(4)}"],
        "uy": [f"+598 9{rng.choice('1245689')} {d(3)} {d(3)}", f"09{rng.choice('1245689')} {d(3)} {d(3)}"],
        "sn": [f"+221 7{rng.choice('678')} {d(3)} {d(2)} {d(2)}", f"7{rng.choice('678')} {d(3)} {d(2)} {d(2)}"],
        "ug": [f"+256 7{rng.choice('0578')}{d(1)} {d(3)} {d(3)}", f"07{rng.choice('0578')}{d(1)} {d(3)} {d(3)}"],
        "fj": [f"+679 {rng.choice('79')}{d(2)} {d(4)}", f"{rng.choice('79')}{d(2)} {d(4)}"],
        "at": [f"+43 {rng.choice(['664', '676', '699', '650'])} {d(7)}", f"0{rng.choice(['664', '676', '699'])} {d(3)} {d(4)}"],
    }[country])


def _address(ctx: Ctx, country: str) -> str:
    rng = ctx.rng
    st = rng.choice(R10STREETS[country])
    n = rng.randrange(1, 80)
    if country == "is":
        pc, city = rng.choice([("101", "Reykjavík"), ("107", "Reykjavík"), ("200", "Kópavogur"), ("600", "Akureyri")])
        return rng.choice([f"{st} {n}, {pc} {city}", f"{st} {n}, íbúð {rng.randrange(101, 404)}, {pc} {city}"])
    if country == "uy":
        barrio = rng.choice(["Pocitos", "Cordón", "Punta Carretas", "Malvín"])
        return rng.choice([f"{st} {rng.randrange(1000, 4999)} apto. {rng.randrange(101, 905)}, {barrio}, Montevideo",
                           f"calle {st} {rng.randrange(1000, 4999)} esq. Rivera, {barrio}, 11300 Montevideo"])
    if country == "at":
        pc, city = rng.choice([("1070", "Wien"), ("1160", "Wien"), ("6020", "Innsbruck"), ("8010", "Graz")])
        return rng.choice([f"{st}gasse {n}/{rng.randrange(1, 4)}/{rng.randrange(1, 24)}, {pc} {city}",
                           f"{st}weg {n}, Top {rng.randrange(1, 15)}, {pc} {city}"])
    return rng.choice([f"Plot {n}, {st} Road, Kampala", f"Plot {n} {st} Close, off Ggaba Road, Kampala"])


def gen_kk_place(ctx: Ctx) -> Attrs:
    """A precise private place described by a landmark on a street (LOCATION, the whole phrase)."""
    rng = ctx.rng

    def make() -> str:
        c = rng.choice(sorted(R10STREETS))
        st = rng.choice(R10STREETS[c])
        street = {"is": st, "uy": f"calle {st}", "at": f"{st}gasse", "ug": f"{st} Road"}[c]
        mark = rng.choice(R10LANDMARKS)
        return rng.choice([f"the green door opposite the {mark} on {street}", f"the flat behind the {mark} on {street}",
                           f"the house with the red roof past the {mark} on {street}"])

    return {"v": one(ctx.unique(make), "LOCATION")}


# ---------------------------------------------------------------- national id numbers (valid check characters)

def _is_kennitala(ctx: Ctx) -> str:
    """Icelandic kennitala: DDMMYY, two digits, a mod-11 check digit (weights 3,2,7,6,5,4,3,2), the century digit."""
    rng = ctx.rng
    while True:
        year = rng.randrange(1940, 2012)
        body = f"{rng.randrange(1, 29):02d}{rng.randrange(1, 13):02d}{year % 100:02d}{rng.randrange(20, 100)}"
        r = 11 - sum(int(c) * w for c, w in zip(body, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if r != 10:
            n = body + str(0 if r == 11 else r) + ("9" if year < 2000 else "0")
            return rng.choice([f"{n[:6]}-{n[6:]}", n])


def _cz_rodne(ctx: Ctx) -> str:
    """Czech rodné číslo (born after 1954): YYMMDD (women's month + 50), three digits, a check digit that makes the
    ten-digit number divisible by 11."""
    rng = ctx.rng
    while True:
        year = rng.randrange(1955, 2010)
        month = rng.randrange(1, 13) + rng.choice([0, 50])
        body = f"{year % 100:02d}{month:02d}{rng.randrange(1, 29):02d}{digits(rng, 3)}"
        c = int(body) % 11
        if c != 10:
            return f"{body[:6]}/{body[6:]}{c}"


CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def _mx_curp(ctx: Ctx) -> str:
    """Mexican CURP: name letters, birth date, sex, state, inner consonants, the century character, and a check
    digit (sum of value x (18 - position), mod 10)."""
    rng = ctx.rng
    cons, vow = "BCDFGHJLMNPRSTVZ", "AEIOU"
    year = rng.randrange(1950, 2012)
    body = (rng.choice(cons) + rng.choice(vow) + rng.choice(cons) + rng.choice(vow)
            + f"{year % 100:02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}" + rng.choice("HM")
            + rng.choice(["DF", "JC", "NL", "OC", "YN", "PL", "MC", "GT", "CS"]) + rand_token(rng, 3, cons)
            + (rng.choice(string.digits) if year < 2000 else rng.choice(string.ascii_uppercase[:10])))
    total = sum(CURP_ALPHABET.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _au_tfn(ctx: Ctx) -> str:
    """Australian tax file number: nine digits whose weighted sum (1,4,3,7,5,8,6,9,10) is divisible by 11."""
    rng = ctx.rng
    while True:
        body = str(rng.randrange(1, 10)) + digits(rng, 7)
        s = sum(int(c) * w for c, w in zip(body, [1, 4, 3, 7, 5, 8, 6, 9]))
        last = s % 11
        if last != 10:
            n = body + str(last)
            return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n])


def _ae_eid(ctx: Ctx) -> str:
    """Emirates ID: 784, birth year, seven digits and a Luhn check digit, written 784-YYYY-NNNNNNN-C."""
    rng = ctx.rng
    body = f"784{rng.randrange(1960, 2010)}{digits(rng, 7)}"
    n = body + luhn_digit(body)
    return f"{n[:3]}-{n[3:7]}-{n[7:14]}-{n[14]}"


KKID_MAKERS = {"is": _is_kennitala, "cz": _cz_rodne, "mx": _mx_curp, "au": _au_tfn, "ae": _ae_eid}


def make_kk_id_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return {"v": one(ctx.unique(lambda: KKID_MAKERS[kind](ctx)), "ID_NUMBER")}

    return gen


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def gen_kk_dob(ctx: Ctx) -> Attrs:
    """A date of birth as "3 March 1987" (``words``), "03/03/1987" (``slash``) or "1987-03-03" (``iso``)."""
    rng = ctx.rng

    def make() -> tuple[str, str, str]:
        y, m, d = rng.randrange(1935, 2012), rng.randrange(1, 13), rng.randrange(1, 29)
        return f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}"

    words, slash, iso = ctx.unique_many(make)
    return {"words": one(words, "DATE_OF_BIRTH"), "slash": one(slash, "DATE_OF_BIRTH"), "iso": one(iso, "DATE_OF_BIRTH")}


def _url(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    if kind == "wetransfer":
        return f"https://we.tl/t-{rand_token(rng, 10)}"
    return f"https://signal.group/#Cj{rand_token(rng, 2, 'QUYkg')}KI{rand_token(rng, 86, URLSAFE)}"


def make_kk_url_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return {"v": one(ctx.unique(lambda: _url(ctx, kind)), "URL")}

    return gen


# ---------------------------------------------------------------- passwords, PINs, codes
SYMBOLS = "!#$%&@?"


def _password(ctx: Ctx) -> str:
    """A password as people choose them; starts with a letter, no space, quote, backtick or backslash."""
    rng = ctx.rng
    word, other = rng.sample(R10PASSWORD_WORDS, 2)
    return rng.choice([
        f"{word}{digits(rng, rng.choice([2, 3, 4]))}{rng.choice(SYMBOLS)}",    # "Walrus582!"
        f"{word.lower()}{rng.randrange(1958, 2021)}{rng.choice(SYMBOLS)}",     # "kettle1987#"
        f"{word}{other}{digits(rng, 2)}",                                      # "JuniperWombat42"
        f"{word}_{other.lower()}_{digits(rng, 3)}",                            # "Snorkel_meerkat_203"
        f"{word.lower()}.{other.lower()}{rng.choice(SYMBOLS)}{digits(rng, 2)}",  # "pumice.gondola&19"
        f"{word[:4]}{digits(rng, 4)}{other[:3].lower()}",                       # "Lant7731tro"
    ])


def gen_kk_pw(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: _password(ctx)))


def gen_kk_weak(ctx: Ctx) -> Attrs:
    """A weak password (``v``) and the stronger one an assistant proposes from it (``strong``); both SECRET."""
    rng = ctx.rng

    def make() -> tuple[str, str]:
        word, other = rng.sample(R10PASSWORD_WORDS, 2)
        year = rng.randrange(1960, 2016)
        weak = rng.choice([f"{word.lower()}{year}", f"{word.lower()}{digits(rng, 3)}", f"{word.lower()}123"])
        strong = rng.choice([f"{word}-{other}-{year}{rng.choice(SYMBOLS)}", f"{other}{rng.choice(SYMBOLS)}{word}{year}{rng.choice(SYMBOLS)}",
                             f"{word.upper()[:3]}{word[3:]}!{other}#{digits(rng, 2)}"])
        return weak, strong

    weak, strong = ctx.unique_many(make)
    return {"v": one(weak, "SECRET"), "strong": one(strong, "SECRET")}


def gen_kk_temp(ctx: Ctx) -> Attrs:
    """A temporary password as an IT system generates it: 3 capitals, 3 small letters, 3 digits, 1 symbol, shuffled
    (starting with a letter)."""
    rng = ctx.rng

    def make() -> str:
        chars = [rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)] + [rng.choice("abcdefghijkmnopqrstuvwxyz") for _ in range(3)] \
            + [rng.choice("23456789") for _ in range(3)] + [rng.choice("!#%?@")]
        rng.shuffle(chars)
        while not chars[0].isalpha():
            rng.shuffle(chars)
        return "".join(chars)

    return secret(ctx.unique(make))


def gen_kk_emoji(ctx: Ctx) -> Attrs:
    """A password with emoji in it ("🦊Walrus42🌙")."""
    rng = ctx.rng

    def make() -> str:
        a, b = rng.sample(EMOJI, 2)
        word = rng.choice(R10PASSWORD_WORDS)
        return rng.choice([f"{a}{word}{digits(rng, 2)}{b}", f"{word}{a}{a}{rng.randrange(1970, 2015)}", f"{a}{b}{word.lower()}{digits(rng, 3)}"])

    return secret(ctx.unique(make))


LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})


def gen_kk_leet(ctx: Ctx) -> Attrs:
    """A password in leetspeak ("W4lru5#2019")."""
    rng = ctx.rng

    def make() -> str:
        word = rng.choice(R10PASSWORD_WORDS)
        leet = word[0] + word[1:].translate(LEET)
        return rng.choice([f"{leet}{rng.choice(SYMBOLS)}{rng.randrange(1990, 2025)}", f"{leet}{digits(rng, 2)}{rng.choice(SYMBOLS)}"])

    return secret(ctx.unique(make))


def gen_kk_pin(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: digits(ctx.rng, ctx.rng.choice([4, 4, 5, 6]))))


def gen_kk_bambu(ctx: Ctx) -> Attrs:
    """A Bambu Lab LAN access code (``v``, 8 digits) and the printer's serial number (``serial``, not labelled)."""
    rng = ctx.rng
    code, serial = ctx.unique_many(lambda: (digits(rng, 8), f"01S00{rand_token(rng, 1, 'ABC')}{digits(rng, 9)}"))
    return {"v": one(code, "SECRET"), "serial": [(serial, None)]}


def gen_kk_tuya(ctx: Ctx) -> Attrs:
    """A Tuya device's local key (``v``, 16 characters) and its device id (``id``, not labelled)."""
    rng = ctx.rng
    key, dev = ctx.unique_many(lambda: (rand_token(rng, 16, ALNUM + "#$&*+-:;<>?@^|~"), "bf" + rand_token(rng, 20, HEX)))
    return {"v": one(key, "SECRET"), "id": [(dev, None)]}


def gen_kk_modal(ctx: Ctx) -> Attrs:
    """A Modal token: the id (``id``, ``ak-``, not labelled) and the secret (``v``, ``as-``)."""
    rng = ctx.rng
    tid, sec = ctx.unique_many(lambda: ("ak-" + rand_token(rng, 22), "as-" + rand_token(rng, 22)))
    return {"id": [(tid, None)], "v": one(sec, "SECRET")}


def gen_kk_minio(ctx: Ctx) -> Attrs:
    """A MinIO access key (``key``) and secret key (``v``), both SECRET (as AWS access key ids are)."""
    rng = ctx.rng
    key, sec = ctx.unique_many(lambda: (rand_token(rng, 20, UPPER_DIGITS), rand_token(rng, 40, ALNUM + "+/")))
    return {"key": one(key, "SECRET"), "v": one(sec, "SECRET")}


def _kk_key(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    t = lambda n, a=ALNUM: rand_token(rng, n, a)
    return {
        "mollie": lambda: "live_" + t(30),
        "shippo": lambda: "shippo_live_" + t(40, HEX),
        "phx": lambda: "phx_" + t(43),
        "nuget": lambda: "oy2" + t(43, LOWER_DIGITS),
        "wandb": lambda: t(40, HEX),
        "prefect": lambda: "pnu_" + t(36),
        "octopus": lambda: "API-" + t(26, UPPER_DIGITS),
        "duffel": lambda: "duffel_live_" + t(43, URLSAFE),
        "sumup": lambda: "sup_sk_" + t(32),
        "fastmail": lambda: t(16, LOWER_DIGITS),
        "hue": lambda: t(40, ALNUM + "-"),
        "octo": lambda: t(32, "0123456789ABCDEF"),
        "truenas": lambda: f"{rng.randrange(1, 9)}-" + t(64),
        "seed": lambda: t(32, string.ascii_uppercase + "234567"),
        "opsk": lambda: "A3-" + "-".join(t(n, OP_ALPHABET) for n in (6, 6, 5, 5, 5, 5)),
        "bcode": lambda: f"{t(4, LOWER_DIGITS)}-{t(4, LOWER_DIGITS)}",
        "migr": lambda: quote("CjEKCk" + base64.b64encode(bytes(rng.randrange(256) for _ in range(rng.randrange(48, 66)))).decode(), safe=""),
        "phoenix": lambda: "SFMyNTY.g3QAAAAB" + t(rng.randrange(90, 130), URLSAFE) + "." + t(43, URLSAFE),
        "nextauth": lambda: "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.." + t(22, URLSAFE) + "." + t(rng.randrange(160, 220), URLSAFE)
        + "." + t(22, URLSAFE),
    }[kind]()


KK_KEY_KINDS = ["mollie", "shippo", "phx", "nuget", "wandb", "prefect", "octopus", "duffel", "sumup", "fastmail", "hue", "octo",
                "truenas", "seed", "opsk", "bcode", "migr", "phoenix", "nextauth"]


def make_kk_key_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return secret(ctx.unique(lambda: _kk_key(ctx, kind)))

    return gen


# ---------------------------------------------------------------- not PII
def gen_kk_fig(ctx: Ctx) -> Attrs:
    return unlabelled(ctx.pick_fresh(R10PUBLIC_FIGURES, "kkfigures", 8))


def gen_kk_phc(ctx: Ctx) -> Attrs:
    """A PostHog project API key (``phc_``): public by design, shipped in every page, not labelled."""
    return unlabelled(ctx.unique(lambda: "phc_" + rand_token(ctx.rng, 43)))


_REGIONS = ("af", "ssd", "eaf", "nam", "cen", "wst", "am", "mes", "nor", "gs", "pa", "mic", "pol", "eu", "ita", "alp", "nsea",
            "bal", "ru", "as", "sea", "sas", "wa")


def _person_gen(gender: str | None, region: str | None):  # type: ignore[no-untyped-def]
    return lambda ctx: gen_kk_person(ctx, gender, region)


ROUND10_GENERATORS = {
    "kkp": _person_gen(None, None), "kkpf": _person_gen("f", None), "kkpm": _person_gen("m", None),
    **{f"kkp_{r}": _person_gen(None, r) for r in _REGIONS}, **{f"kkpf_{r}": _person_gen("f", r) for r in _REGIONS},
    **{f"kkpm_{r}": _person_gen("m", r) for r in _REGIONS},
    "kknick": gen_kk_nick, "kkscript": gen_kk_script, "kkusr": gen_kk_user, "kkem": gen_kk_email,
    "kkph": valid_phone_gen(_phone, PHONE_REGIONS, None),
    **{f"kkph_{c}": valid_phone_gen(_phone, PHONE_REGIONS, c) for c in PHONE_REGIONS},
    **{f"kkloc_{c}": country_gen(_address, R10STREETS, "LOCATION", c) for c in R10STREETS}, "kkplace": gen_kk_place,
    **{f"kkid_{k}": make_kk_id_gen(k) for k in KKID_MAKERS}, "kkdob": gen_kk_dob,
    "kkurl_wetransfer": make_kk_url_gen("wetransfer"), "kkurl_signal": make_kk_url_gen("signal"),
    "kkpw": gen_kk_pw, "kkweak": gen_kk_weak, "kktemp": gen_kk_temp, "kkemoji": gen_kk_emoji, "kkleet": gen_kk_leet,
    "kkpin": gen_kk_pin, "kkbambu": gen_kk_bambu, "kktuya": gen_kk_tuya, "kkmodal": gen_kk_modal, "kkminio": gen_kk_minio,
    **{f"kkk_{k}": make_kk_key_gen(k) for k in KK_KEY_KINDS},
    "kkfig": gen_kk_fig, "kkphc": gen_kk_phc,
}

# ---------------------------------------------------------------- templates (dev only)
ROUND10_PII: list[tuple[str, str, str]] = [
    # ---- SECRET: described, pasted and complained about
    ("mixed", "user", ("the screenshot won't upload so I'll describe it: it's the grey Synology DSM login box, I ticked the little eye "
                       "so the password shows. Username field: {{kkusr1.v}}. Password field: {{kkpw1.v}}. Under it in red: 'Your account "
                       "has been blocked for 30 minutes'. It's definitely the right password, why would it block me?")),
    ("mixed", "user", ("Can you make this helpdesk ticket sound more professional? I was a bit angry when I wrote it.\n\n"
                       "Ticket #48213 | Priority: High\nFrom: {{kkp1.work}}\nSubject: locked out of payroll AGAIN\n\n"
                       "hi, third time this month. my username is {{kkusr1.v}} and the password is {{kkpw1.v}}, I typed it exactly, "
                       "caps lock off. I need my payslip for the mortgage broker by friday!!!\n{{kkp1.first}}")),
    ("secret", "user", ("I need help writing a formal complaint to the telecoms ombudsman. I've been with this provider eleven years "
                        "and never been treated like this. On Tuesday the app logged me out for no reason, so I reset the password "
                        "to {{kkpw1.v}} as the email told me to, and on Wednesday it said that password had 'expired' and made me "
                        "pick another, and then the chat agent kept me waiting 47 minutes before the chat disconnected, and nobody "
                        "called back as promised, and meanwhile I've been billed twice for March. Firm but not rude, please.")),
    ("secret", "user", "can you make my password stronger but still easy to remember? it's {{kkweak1.v}} and i use it for my email AND my bank 😬"),
    ("secret", "assistant", ("Here's a stronger version of {{kkweak1.v}} that keeps the part you already remember: {{kkweak1.strong}}. "
                             "It's longer, mixes in a second word and symbols, and isn't in the leaked-password lists. Please use it "
                             "for only one account, and give the bank its own password.")),
    ("mixed", "user", ("Since Mum's stroke I handle all her accounts and I'm drowning. Her myGov login is {{kkem1.v}} with "
                       "{{kkpw1.v}}, the energy company is {{kkusr1.v}} / {{kkpw2.v}}, and the pharmacy app just uses her PIN "
                       "{{kkpin1.v}}. Can you help me make a checklist for moving all this into a password manager we can both use?")),
    # ---- SECRET: temporary passwords in IT e-mails written in other languages
    ("mixed", "user", ("wat betekent dit precies? can you translate it, my Dutch is not good enough yet\n\n"
                       "Beste {{kkp1.first}},\n\nJe account is aangemaakt.\nGebruikersnaam: {{kkusr1.v}}\n"
                       "Tijdelijk wachtwoord: {{kktemp1.v}}\n\nJe moet dit wachtwoord bij de eerste keer inloggen wijzigen.\n\n"
                       "Met vriendelijke groet,\nServicedesk ICT")),
    ("secret", "user", ("got this from the IT department at my new job in Kraków, what does it say?\n\n"
                        "Dzień dobry,\n\nPani tymczasowe hasło do systemu to {{kktemp1.v}} i wygasa po 24 godzinach. "
                        "Login: {{kkusr1.v}}\n\nPozdrawiam,\nDział IT")),
    ("secret", "user", ("Co mám s tím dělat? translate please:\n\nDobrý den,\nVaše dočasné heslo je {{kktemp1.v}}. Po prvním "
                        "přihlášení budete vyzváni ke změně hesla.\nS pozdravem,\nIT oddělení")),
    ("mixed", "user", ("My father-in-law forwarded me this, he can't get into the new council email. Translate?\n\n"
                       "Αγαπητέ κύριε {{kkpm1.last}},\nΟ προσωρινός κωδικός πρόσβασης για τον λογαριασμό {{kkusr1.v}} είναι "
                       "{{kktemp1.v}}. Παρακαλούμε αλλάξτε τον μετά την πρώτη σύνδεση.\nΤμήμα Πληροφορικής")),
    ("mixed", "user", ("my wife got this at work in Bangkok and she says the password doesn't work, can you check what it says?\n\n"
                       "เรียน คุณ{{kkpf1.first}}\nรหัสผ่านชั่วคราวของคุณคือ {{kktemp1.v}}\n"
                       "กรุณาเปลี่ยนรหัสผ่านหลังจากเข้าสู่ระบบครั้งแรก\nฝ่ายไอที")),
    ("mixed", "user", ("Chào {{kkp1.first}},\nMật khẩu tạm thời của bạn là: {{kktemp1.v}}\nVui lòng đổi mật khẩu sau khi đăng "
                       "nhập lần đầu.\nPhòng CNTT\n\n^ is this a phishing email or real? the sender looks right")),
    ("mixed", "user", ("{{kkp1.last}}様\n\nお疲れ様です。情報システム部です。\nアカウント: {{kkusr1.v}}\n仮パスワード：{{kktemp1.v}}\n"
                       "初回ログイン時に必ず変更してください。\n\ncan you translate this into english and tell me where I change it?")),
    ("secret", "user", ("회사에서 온 메일인데 영어로 번역해 주세요:\n\n안녕하세요.\n임시 비밀번호: {{kktemp1.v}}\n"
                        "첫 로그인 후 반드시 변경해 주세요.\n전산팀 드림")),
    # ---- SECRET: songs, emoji, leetspeak, riddles
    ("secret", "user", ("write a silly song for my kids (5 and 8) so they FINALLY remember the new wifi password, which is "
                        "{{kkpw1.v}}. the chorus should spell it out, to the tune of old macdonald if possible")),
    ("secret", "user", "my daughter set her tablet password using emoji: {{kkemoji1.v}} and now the keyboard won't show the emoji on the lock screen. how do we get in??"),
    ("secret", "user", "is {{kkleet1.v}} a good password? I swapped the letters for numbers like hackers do 😎"),
    ("secret", "user", ("I'm doing a treasure hunt for my son's 10th birthday. The last clue is a riddle and the answer is our wifi "
                        "password, {{kkpw1.v}}, which he then types into the laptop to unlock the final video. Can you write a riddle "
                        "that hints at it without saying it?")),
    # ---- SECRET: configs from devices at home and in small businesses
    ("secret", "user", ("home assistant says 'Invalid config for hue' and mqtt won't connect either. configuration.yaml:\n\n"
                        "hue:\n  bridges:\n    - host: hue-bridge.local\n      username: {{kkk_hue1.v}}\n\n"
                        "mqtt:\n  broker: homeassistant.local\n  username: mqtt\n  password: {{kkpw1.v}}")),
    ("secret", "user", ("tinytuya wizard gave me this devices.json, the kitchen plug still says 'Timeout':\n\n"
                        "[\n  {\n    \"name\": \"Kitchen plug\",\n    \"id\": \"{{kktuya1.id}}\",\n    \"key\": \"{{kktuya1.v}}\",\n"
                        "    \"version\": \"3.3\"\n  }\n]")),
    ("secret", "user", ("setting up a print farm in the garage 🙃 OctoPrint ~/.octoprint/config.yaml:\n\napi:\n  key: {{kkk_octo1.v}}\n"
                        "serial:\n  port: /dev/ttyUSB0\n  baudrate: 115200\n\nand the Bambu P1S in LAN mode shows access code "
                        "{{kkbambu1.v}} (serial {{kkbambu1.serial}}). can Home Assistant see both?")),
    ("secret", "user", ("two NAS questions. 1) this returns 401 on TrueNAS SCALE, why?\n\ncurl -H \"Authorization: Bearer "
                        "{{kkk_truenas1.v}}\" https://truenas.local/api/v2.0/pool\n\n2) my Synology Hyper Backup encryption "
                        "password is {{kkpw1.v}} — if the NAS dies, is that all I need to restore from the cloud copy?")),
    ("secret", "user", ("valheim dedicated server won't show up in the community list. start_server.sh:\n\n"
                        "export SteamAppId=892970\n./valheim_server.x86_64 -name \"Harrow Dale\" -port 2456 -world \"Dedicated\" "
                        "-password \"{{kkpw1.v}}\" -public 1")),
    ("secret", "user", ("our café's POS exported this when I asked for 'settings backup'. which bits can I send to the new "
                        "developer?\n\nmerchant_code: MCX7Q2\nterminal: SumUp Solo\napi_key: {{kkk_sumup1.v}}\nmanager_pin: "
                        "{{kkpin1.v}}\nreceipt_footer: Thanks for visiting!")),
    ("secret", "user", ("the school's MDM pushed this Wi-Fi profile to the staff iPads and it fails on the old ones. anything "
                        "wrong?\n\n<dict>\n  <key>PayloadType</key>\n  <string>com.apple.wifi.managed</string>\n"
                        "  <key>SSID_STR</key>\n  <string>Staff-Secure</string>\n  <key>EncryptionType</key>\n  <string>WPA2</string>\n"
                        "  <key>Password</key>\n  <string>{{kkpw1.v}}</string>\n</dict>")),
    # ---- SECRET: keys of providers no earlier round named
    ("secret", "user", ("my shopify-less shop's .env, checkout works locally but not on the server:\n\nMOLLIE_API_KEY={{kkk_mollie1.v}}\n"
                        "SHIPPO_TOKEN={{kkk_shippo1.v}}\nPOSTHOG_PERSONAL_KEY={{kkk_phx1.v}}\nAPP_URL=https://shop.example.org")),
    ("secret", "user", ("my shell history from setting up the ML box, can you turn it into a setup script?\n\n"
                        "  501  wandb login {{kkk_wandb1.v}}\n  502  prefect cloud login -k {{kkk_prefect1.v}}\n"
                        "  503  modal token set --token-id {{kkmodal1.id}} --token-secret {{kkmodal1.v}}\n  504  nvidia-smi")),
    ("secret", "user", ("convert this YAML to JSON for the new config loader please\n\nmailer:\n  smtp_host: smtp.fastmail.com\n"
                        "  smtp_port: 465\n  smtp_user: {{kkem1.v}}\n  smtp_password: {{kkk_fastmail1.v}}\nflights:\n"
                        "  provider: duffel\n  access_token: {{kkk_duffel1.v}}")),
    # ---- SECRET: URLs and deep links
    ("mixed", "user", ("the QR code on the NAS quick-start card opens https://nas.local:5001/#/signin?u={{kkusr1.v}}&pw={{kkpw1.v}} "
                       "— is it bad that the password is in the link? my dad scanned it with every phone in the house")),
    ("secret", "user", ("send this to the lads so they can join my server straight from steam: steam://connect/games.harrowdale.net:27015/"
                        "{{kkpw1.v}} — will it work if they paste it in a browser?")),
    # ---- SECRET: CSVs with initial passwords
    ("mixed", "user", ("IT at school here, importing Year 8 into Google Workspace. does this CSV look right?\n\n"
                       "First Name [Required],Last Name [Required],Email Address [Required],Password [Required],Org Unit Path [Required]\n"
                       "{{kkp1.first}},{{kkp1.last}},{{kkp1.work}},{{kkpw1.v}},/Students/Year 8\n"
                       "{{kkp2.first}},{{kkp2.last}},{{kkp2.work}},{{kkpw2.v}},/Students/Year 8\n"
                       "{{kkp3.first}},{{kkp3.last}},{{kkp3.work}},{{kkpw3.v}},/Students/Year 8")),
    ("mixed", "user", ("HR want this uploaded to the new rota system by Monday, can you check the columns?\n\n"
                       "employee_no;full_name;username;temp_password;site\n1041;{{kkp1.full}};{{kkusr1.v}};{{kktemp1.v}};Depot North\n"
                       "1042;{{kkp2.full}};{{kkusr2.v}};{{kktemp2.v}};Depot North")),
    # ---- SECRET: OTP seeds, recovery keys and backup codes in new shapes
    ("mixed", "user", ("Aegis export, I want to move just this one entry to my new phone. Which field matters?\n\n"
                       "{\"type\": \"totp\", \"uuid\": \"5c1f0e2a-7d3b-4e8a-9b61-2f4c8d0a7e13\", \"name\": \"{{kkem1.v}}\", "
                       "\"issuer\": \"Proton\", \"info\": {\"secret\": \"{{kkk_seed1.v}}\", \"algo\": \"SHA1\", \"digits\": 6, \"period\": 30}}")),
    ("secret", "user", ("I scanned the 'transfer accounts' QR from Google Authenticator with my laptop webcam and got this:\n\n"
                        "otpauth-migration://offline?data={{kkk_migr1.v}}\n\ncan 2FAS import that directly?")),
    ("mixed", "user", ("Here's what's on my 1Password Emergency Kit, should I keep it in the safe or the filing cabinet?\n\n"
                       "Sign-in address: my.1password.eu\nEmail: {{kkem1.v}}\nSecret Key: {{kkk_opsk1.v}}\nMaster Password: "
                       "{{kkpw1.v}}")),
    ("secret", "user", ("discord gave me these backup codes and said to keep them safe. where's a good place?\n\n"
                        "{{kkk_bcode1.v}}   {{kkk_bcode2.v}}\n{{kkk_bcode3.v}}   {{kkk_bcode4.v}}\n{{kkk_bcode5.v}}   {{kkk_bcode6.v}}")),
    # ---- SECRET: session cookies of new frameworks
    ("secret", "user", ("playwright keeps getting logged out between tests. storageState.json:\n\n"
                        "{\n  \"cookies\": [\n    {\n      \"name\": \"__Secure-next-auth.session-token\",\n"
                        "      \"value\": \"{{kkk_nextauth1.v}}\",\n      \"domain\": \"app.harrowdale.net\",\n"
                        "      \"path\": \"/\",\n      \"httpOnly\": true,\n      \"secure\": true\n    }\n  ]\n}")),
    ("secret", "user", ("copied as cURL from devtools, the Phoenix LiveView page still redirects to /login. why?\n\n"
                        "curl 'https://admin.harrowdale.net/orders' \\\n  -H 'accept: text/html' \\\n"
                        "  -H 'cookie: _harrow_key={{kkk_phoenix1.v}}' \\\n  --compressed")),
    # ---- SECRET: cron, Makefile, PowerShell profile, .bashrc
    ("secret", "user", ("this cron line runs but the backup file is 0 bytes. what's wrong?\n\n"
                        "30 2 * * * mysqldump -u backup --password='{{kkpw1.v}}' shop | gzip > /backups/shop-$(date +\\%F).sql.gz\n"
                        "45 2 * * * RSYNC_PASSWORD='{{kkpw2.v}}' rsync -a /backups/ rsync://backup@nas.local/archive")),
    ("secret", "user", ("our Makefile, can you add a 'clean' target and tell me why 'release' fails on CI?\n\n"
                        "release:\n\tmc alias set prod https://s3.harrowdale.net {{kkminio1.key}} {{kkminio1.v}}\n"
                        "\tmc cp dist/app.tar.gz prod/releases/\n\tocto push --package dist/App.1.4.0.zip --server "
                        "https://deploy.harrowdale.net --apiKey {{kkk_octopus1.v}}")),
    ("mixed", "user", ("PowerShell prints 'The remote access connection completed, but authentication failed' every time I open it. "
                       "Here's my $PROFILE:\n\nSet-Location C:\\src\n$Env:NUGET_API_KEY = '{{kkk_nuget1.v}}'\n"
                       "function vpn { rasdial \"Office VPN\" {{kkusr1.v}} {{kkpw1.v}} }\nvpn")),
    ("mixed", "user", ("tidy up my .bashrc aliases? they've grown a bit wild\n\nalias ll='ls -alF'\n"
                       "alias vpn='echo {{kkpw1.v}} | sudo openconnect --user={{kkusr1.v}} --passwd-on-stdin vpn.harrowdale.net'\n"
                       "alias rcon='mcrcon -H mc.local -P 25575 -p {{kkpw2.v}}'\nalias gs='git status'")),
    # ---- PERSON: rosters, recipes, dedications, summonses, lost and found, wills, reports, dating
    ("person", "user", ("U12 girls team sheet for Saturday, can you turn it into a friendly WhatsApp message for the parents? "
                        "Meet 9:15 at the pitch.\n\nGK {{kkpf1.full}}\nDEF {{kkpf2.first}}, {{kkpf3.first}}, {{kkpf4.full}}\n"
                        "MID {{kkpf5.first}} (c), {{kkpf6.first}}\nFWD {{kkpf7.full}}\nSubs: {{kkpf8.first}}")),
    ("person", "user", ("box score from last night, write a short match report for the club newsletter:\n\n"
                        "#4 {{kkpm1.caps_last}}  18 pts 7 reb\n#11 {{kkpm2.caps_last}}  12 pts 9 ast\n#23 {{kkpm3.caps_last}}  "
                        "9 pts\nFinal: Harbour Hawks 71 – 64 Eastside")),
    ("person", "user", ("Auntie {{kkpf_af1.poss}} pepper soup — it's from her notebook and serves 6. can you scale it for 20 "
                        "people and convert the cups to grams? She'll check, so it has to be right 😅")),
    ("person", "user", ("typing up my grandmother's recipe cards before they fall apart. this one says 'Kaiserschmarrn — from "
                        "the kitchen of {{kkp_alp1.full}}, Innsbruck 1962'. how should I format the card so her name stays on it?")),
    ("person", "user", ("Check my thesis dedication for grammar: 'To my mother, {{kkpf1.full}}, who cleaned offices at night so I "
                        "could study by day, and to {{kkp2.first}}, who read every draft and never once said it was boring.'")),
    ("mixed", "user", ("I got this letter and I'm scared, what does it actually mean?\n\nIN THE MAGISTRATES' COURT\nSUMMONS\n"
                       "To: {{kkp1.caps}}\nof {{kkloc_at1.v}}\nYou are summoned to appear on 14 May at 10:00 to answer an "
                       "information laid by {{kkp2.full}}, Enforcement Officer, that you failed to pay a fixed penalty.")),
    ("mixed", "user", ("can you make this lost-and-found post for the neighbourhood group shorter? 'FOUND: a small black "
                       "backpack outside {{kkplace1.v}} on Sunday evening. There's a school ID inside for {{kkp1.full}} and a "
                       "library card with {{kkp2.initial}} on it. Message me and describe the keyring to claim it.'")),
    ("person", "user", ("FOUND 📱 on the beach in Nadi this morning, the lock screen says 'If found please call {{kkp_pa1.first}}' "
                        "and there's a photo of a little boy with a cake that says '{{kkpm_pa2.first}} 5 🎂'. write me a post for "
                        "the Fiji lost & found page")),
    ("person", "user", ("help me word this part of my will properly: 'I leave my house to my daughter {{kkpf1.full}}, my violin "
                        "to my nephew {{kkpm2.full}}, and I appoint my friend {{kkp3.full}} as executor.' does it need more detail?")),
    ("person", "user", ("rewrite this school report comment so it sounds kinder but still honest:\n\nPupil: {{kkp1.report}} — "
                        "Year 5\n{{kkp1.first}} is a capable pupil but is too easily distracted by {{kkp2.first}} during maths.")),
    ("person", "user", ("matched with a guy called {{kkpm1.first}} on hinge 😍 his bio says 'will cook for compliments'. what do I "
                        "open with? also his surname is {{kkpm1.last}} according to his insta — is it weird that I googled him?")),
    ("person", "user", ("my friend {{kkpf1.first}} is meeting her bumble match {{kkpm2.full}} on friday and wants me to look him up "
                        "first. is that creepy or just sensible? what should she check?")),
    # ---- PERSON: hashtags, file names, emoji
    ("person", "user", ("wedding hashtag ideas for {{kkp1.first}} and {{kkp2.first}}? so far we have #{{kkp1.first}}And{{kkp2.first}}2025 "
                        "and it's so boring")),
    ("person", "user", ("help me write an instagram caption for the charity 10k, we're running as #Team{{kkp1.first}} for my cousin "
                        "{{kkp1.full}} who's starting chemo next month 💛")),
    ("person", "user", ("how do I batch rename these on a Mac so the date comes first? invoice_{{kkp1.file}}_2024.pdf, "
                        "invoice_{{kkp2.file}}_2024.pdf, invoice_{{kkp3.file}}_2024.pdf")),
    ("person", "user", ("my manager sent 'CV_{{kkp1.file}}_final_FINAL.docx' to the whole team by mistake instead of just HR. should "
                        "I tell her or pretend I didn't see it?")),
    ("person", "user", ("🎂🎉 {{kkp1.first}} turns 40 today!! 🥳 and {{kkp2.first}} 👶 is one week old 😭💕 write a group chat message "
                        "that celebrates both without one feeling left out")),
    ("person", "user", ("{{kknick1.nick_lc}} 🦋 from futsal keeps sending me voice notes at 2am, how do I ask her to text instead without "
                        "being rude?")),
    ("person", "user", ("recipe app export, can you turn it into a printable card?\n\n{\"title\": \"Plov with quince\", \"servings\": 6, "
                        "\"author\": \"{{kkp1.full}}\", \"notes\": \"{{kkp1.poss}} trick: fry the carrots first\"}")),
    ("person", "user", ("my classmate's name is {{kkscript1.native}} in the group chat but {{kkscript1.latin}} on the university "
                        "register. which should go on the group project cover page?")),
    ("person", "user", ("the airline printed {{kkscript1.latin}} on the ticket but her passport says {{kkscript1.native}} — will "
                        "that be a problem at check-in?")),
    ("person", "user", ("I coach the under 9s with {{kkp_nsea1.full}} and {{kkp_eu2.full}}. Draft an email to the "
                        "parents about the new training time, sign it from the three of us")),
    ("person", "user", ("{{kkp_am1.full}} and {{kkp_am2.first}} want to start a Garifuna drumming group at the community centre. "
                        "can you write a one-page proposal for the council grant?")),
    ("person", "user", ("in the WhatsApp group {{kkp_as1.first}} keeps correcting everyone's grammar and {{kkp_as2.first}} just "
                        "left in a huff. how do I smooth it over as the admin?")),
    ("person", "assistant", ("Here's your team sheet as a message:\n\n\"Hi all! Saturday's line-up: {{kkpf1.full}} in goal, "
                             "{{kkpf2.first}} and {{kkpf3.first}} in defence, {{kkpf4.first}} up front. Please be at the pitch by 9:15!\"")),
    ("person", "user", ("ok so {{kkp_ru1.first_lc}} and {{kkp_ru2.first_lc}} are fighting about who gets the window seat on the "
                        "train to Kyzyl lol, settle it with a fair game")),
    # ---- USERNAME
    ("username", "user", ("jellyfin log, who is this?\n\n[2024-03-12 03:14:07.218 +00:00] [INF] Authentication request for "
                          "\"{{kkusr1.v}}\" has succeeded.\n[2024-03-12 03:14:09.930 +00:00] [INF] WS \"/socket\" request")),
    ("username", "user", "someone on lichess called {{kkusr1.v}} keeps resigning at move 3 every time i play them, is that a bot?"),
    ("username", "user", "my son's roblox is {{kkusr1.v}} and someone's been messaging him about 'free robux'. how do I turn off chat from strangers?"),
    ("username", "user", "add me on vrchat, my name's {{kkusr1.v}} — how do I make my avatar public so you can clone it?"),
    # ---- LOCATION
    ("location", "user", "write my address the way Icelandic post wants it on a parcel: {{kkloc_is1.v}}"),
    ("location", "user", "vivo en {{kkloc_uy1.v}}, can you write directions in english for my cousin coming from the airport?"),
    ("location", "user", "the DHL form won't take my address, it's {{kkloc_at1.v}} — where do the Stiege and Top numbers go?"),
    ("location", "user", "deliver the water tanks to {{kkloc_ug1.v}}, the gate is black — write a WhatsApp message for the driver"),
    # ---- EMAIL, PHONE, DOB, URL
    ("email", "user", "reply to the lost & found post saying the backpack is mine and they can email me at {{kkem1.v}}"),
    ("email", "user", "is {{kkem1.v}} a normal looking email or will Austrian employers think it's unprofessional?"),
    ("phone", "user", "the guesthouse in Ísafjörður gave me {{kkph_is1.v}} — how do I text them from a UK phone?"),
    ("phone", "user", "my landlady in Brno wrote her number as {{kkph_cz1.v}}, do I need to add anything to call from Germany?"),
    ("phone", "user", "the taxi driver in Kampala is {{kkph_ug1.v}}, write a short message asking him to pick me up at 6am"),
    ("dob", "user", "the visa form says 'Date of birth (YYYY-MM-DD)' — mine is {{kkdob1.words}}, so what exactly do I type?"),
    ("dob", "user", "my DOB is {{kkdob1.slash}} but the Emirates form shows it back as month first. will that cause trouble?"),
    ("url", "user", "here's the wedding photos link {{kkurl_wetransfer1.v}} — how long before it expires? need to send it to 40 guests"),
    ("url", "user", "join our building's Signal group: {{kkurl_signal1.v}} — write a short note to put under everyone's door with this"),
    # ---- ID_NUMBER
    ("id", "user", "kennitala mín er {{kkid_is1.v}} — the Swedish bank form asks for a 'personal identity number', is this it?"),
    ("id", "user", "rodné číslo {{kkid_cz1.v}} — the UK GP registration asks for an NHS number, what do I put instead?"),
    ("id", "user", "mi CURP es {{kkid_mx1.v}}, ¿la necesito para abrir una cuenta en Canadá? answer in english please"),
    ("id", "user", "my TFN is {{kkid_au1.v}}, the new employer wants it on a form — is it safe to email it to their payroll?"),
    ("id", "user", "Emirates ID {{kkid_ae1.v}} — the hotel wants a copy front and back, is that normal?"),
]

ROUND10_NOPII: list[tuple[str, str, str]] = [
    ("nopii_code", "user", ("mqtt still fails. configuration.yaml:\n\nmqtt:\n  broker: homeassistant.local\n  username: mqtt\n"
                            "  password: !secret mqtt_password\n\nand secrets.yaml is in the same folder. what am I missing?")),
    ("nopii_code", "user", ("Makefile:\n\nrelease:\n\tmc alias set prod $(S3_URL) $(MINIO_ACCESS_KEY) $(MINIO_SECRET_KEY)\n"
                            "\tmc cp dist/app.tar.gz prod/releases/\n\nCI says 'mc: <ERROR> Unable to initialize new alias'. are the vars empty?")),
    ("nopii_code", "user", ("30 2 * * * mysqldump --defaults-extra-file=/root/.backup.cnf shop | gzip > /backups/shop.sql.gz\n\n"
                            "is reading the password from a file like this safer than putting it in the cron line?")),
    ("nopii_code", "user", ("$cred = Get-Credential -Message 'Office VPN'\nrasdial \"Office VPN\" $cred.UserName "
                            "$cred.GetNetworkCredential().Password\n\nwill this still prompt me every time I open PowerShell?")),
    ("nopii_code", "user", "alias vpn='pass show work/vpn | sudo openconnect --user=\"$USER\" --passwd-on-stdin vpn.example.com' — is piping from pass safe?"),
    ("nopii_code", "user", ("Google's template for the user upload:\n\nFirst Name [Required],Last Name [Required],Email Address [Required],"
                            "Password [Required]\n[First name],[Last name],[Email],[Password]\n\nwhat does 'Password Hash Function' do if I add it?")),
    ("nopii_code", "user", "the 1Password help page shows the Secret Key as A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX — why is mine different from my husband's?"),
    ("nopii_code", "user", "the printer's quick-start guide says the web interface login is admin / admin and to change it on first boot. where's that setting on the touchscreen?"),
    ("nopii_code", "user", "posthog.init('{{kkphc1}}', {api_host: 'https://eu.i.posthog.com'}) — is it ok that this key is visible in our page source?"),
    ("nopii_code", "user", "server.properties has enable-rcon=false and rcon.password= (empty). do I need to set one if I only play locally?"),
    ("nopii_code", "user", "what's this in the MDM profile: <key>Password</key><string>$PASSWORD</string> — does Intune fill that in?"),
    ("nopii_hash", "user", "RFC 6238 uses 12345678901234567890 as the test secret — why do all the test vectors use such an obvious one?"),
    ("nopii_hash", "user", "minecraft world seed -4172144997902289642 has a village right at spawn, what version did it change in?"),
    ("nopii_hash", "user", "sha256sum says d4735e3a265e16eee03f59718b9b5d03019c07d8b6c51f90da3a666eec13ab35 for the firmware file, is that the same one the printer site lists?"),
    ("nopii_public_figure", "user", "write a short school report on {{kkfig1}}, 200 words, simple english"),
    ("nopii_public_figure", "user", "who'd be in an all-time team of {{kkfig1}}, {{kkfig2}} and {{kkfig3}} for a pub quiz round on famous names?"),
    ("nopii_public_figure", "user", "can I dedicate my thesis to {{kkfig1}} even though I never met them? or is that weird?"),
    ("nopii_public_figure", "assistant", "{{kkfig1}} is a great subject for a speech: start with the moment the world first heard of them, then explain why it mattered."),
    ("nopii_word", "user", "what did Brown v. Board of Education actually decide, and why do people still cite it?"),
    ("nopii_word", "user", "found a set of keys with a Hello Kitty keyring by the library steps — where do I hand them in?"),
    ("nopii_word", "user", "what does #BookTok mean and why is every bookshop suddenly using it?"),
    ("nopii_word", "user", "can a password contain emoji? does 🐱 count as one character or two?"),
    ("nopii_word", "user", "what do 'gg ez' and 'l33t' mean? my son says them constantly"),
    ("nopii_word", "user", "riddle for my kids: what has keys but can't open locks? I want a harder one in the same style"),
    ("nopii_code", "user", "how do I rename IMG_20240612_183355.jpg and invoice_2024_Q3_final.pdf so they sort by date?"),
    ("nopii_product", "user", "Bambu P1S vs X1C for a school makerspace — is the lidar worth it for PLA Basic 10101?"),
    ("nopii_commerce", "user", "the SumUp receipt says 'Visa •••• 4417, auth code 004512, terminal 7F3K' — which one do I quote to get a refund?"),
    ("nopii_public_place", "user", "Þingvellir and the Blue Lagoon in one day in February — realistic or not?"),
    ("nopii_fiction", "user", "write a short song about Sherlock Holmes and Dr. Watson solving a case with a riddle"),
    ("nopii_log", "user", "[2024-03-12 03:14:07.218 +00:00] [INF] Startup complete 0:00:04.512 on port 8096 — why does jellyfin take so long?"),
]
