"""Dev-only eighth-round material for the PII benchmark: credentials in the files, exports, command
lines, device labels and languages people paste them in that earlier rounds did not write, and names
in documents no earlier round used.

Why: these rows were written blind by a new author (without reading the redactor's code, its tests or
the held-out split, and without running the redactor or the evaluator) before any recognizer change
of round 8, so the redactor's first score on them ("before") estimates how it generalises to
messages nobody tuned it on.

Rules as for ``pii_dev_round7``: appended to ``dev.jsonl`` only, generated after test and after the
earlier dev-only rows from their own RNG (so test.jsonl stays byte-identical), with value pools that
share nothing with any earlier pool (``check_round8_disjoint``). Template ids continue each
category's numbering from 280 (``secret_280``...). Slot kinds start with ``bb``.

What they exercise (every secret is random text in its published shape, never a real one):

* SECRET, about 65% of the messages: password-manager exports (a Chrome CSV, a Bitwarden CSV with a
  ``login_totp`` seed, LastPass secure notes inside a quoted CSV cell, a KeePass XML ``<Entry>``);
  Wi-Fi as tools print it (``wpa_passphrase`` output, where the commented ``#psk="..."`` and the
  derived 64-hex ``psk=`` are both gold, a NetworkManager ``.nmconnection``, ``netsh wlan show
  profile key=clear``, a router sticker read by OCR with its Wi-Fi key and admin password);
  Windows and remote desktops (``net user X pw /add``, ``cmdkey /pass:``, ``xfreerdp /p:``,
  ``x11vnc -storepasswd``, ``autounattend.xml`` ``<AdministratorPassword>`` and ``<AutoLogon>``);
  ``zip -P`` and ``7z -p`` in a backup script, ``openssl ... -passout pass:``, an Android
  ``signingConfigs`` block (``storePassword``/``keyPassword``); shares and tunnels (``smbclient -U
  user%pw``, an ``/etc/fstab`` CIFS line, FileZilla ``sitemanager.xml`` with its base64 ``<Pass>``,
  an OpenVPN ``auth-user-pass`` file, strongSwan ``ipsec.secrets`` ``PSK``/``EAP``, ``ldapsearch
  -w``); a shell ``history`` with ``lftp -u user,pw``, ``mosquitto_pub -P``, ``sqlcmd -P`` and ``gpg
  --passphrase``; ``docker run -e``, a crontab with ``BORG_PASSPHRASE``/``RESTIC_PASSWORD``, systemd
  ``Environment=``; ``amqps://`` and ``rediss://:pw@`` broker URLs, a git ``insteadOf`` URL with a
  GitLab deploy token (``gldt-``), a Telegram bot token inside an API URL path; Maven
  ``settings.xml``, Composer ``auth.json``; a ``.gitlab-ci.yml`` with a Fly.io token, a Jenkinsfile
  ``environment {}``, fastlane's ``.env`` and ``notarytool --password`` with Apple app-specific
  passwords; a Kubernetes Secret's base64 ``data:`` values (gold as written) and the Argo CD initial
  admin password; Rails ``master.key`` and ``secret_key_base``, a Flask ``secret_key``; a git diff
  that changes a password (the removed and the added one are both gold); tool output that prints a
  generated secret (Jenkins ``initialAdminPassword``, ``elasticsearch-reset-password`` and a Kibana
  enrollment token); a BitLocker recovery key (each group a multiple of 11), SIM PIN/PUK codes, a
  Microsoft account recovery code, a Steam Desktop Authenticator ``maFile``, a telephone-banking
  memorable word; a voicemail transcript spelling a password in the NATO alphabet, a temporary
  password read by OCR with its errors, a password and its autocorrected twin (both gold), a
  password sent over several chat lines; Turkish, Indonesian, Korean (a particle glued to the
  password), Levantine Arabic and Hebrew sentences; the assistant echoing secrets (and decoding a
  FileZilla password); keys of Hetzner Cloud, Backblaze B2, Scaleway, Linode, PagerDuty, CircleCI
  and Fly.io. Only the secret part is gold: hosts, service users (``backup``, ``plex``, ``sa``,
  ``token``), the Fly.io ``FlyV1`` scheme word, Scaleway organisation ids, BitLocker key ids, Steam
  serial numbers and ``token_gid``, Apple team ids and Telegram chat ids are not labelled.
* PERSON, about 15%: names of cultures no earlier pool had (Kyrgyz, Tajik, Turkmen, Ossetian,
  Circassian, Efik, Ibibio, Edo, Tiv, Mossi, Venda, Tsonga, Chewa, Bemba, Luba, Balinese, Batak,
  Cebuano, Ilocano, Amis, Meitei, Mizo, Khasi, Naga, Newar, Sherpa, Bosnian, Montenegrin,
  Luxembourgish, Scottish Gaelic, Manx, Ladin, Lakota, Cree, Wayuu, Omani, Kuwaiti, Saudi, Iraqi,
  Palauan, Cook Islands Maori) in formal meeting minutes, a CV header, GEDCOM records (``1 NAME
  First /Surname/`` is one span), a Discord paste, a Telegram ``result.json`` export, a Zoom chat
  log, a newspaper death notice, a team sheet, tenancy references, thesis acknowledgements, an event
  check-in CSV (first and last name in separate columns), a courier's "signed for by" note, a
  nickname in lower case, and the assistant's reply.
* Other types, the rest: user names in ``last`` output, a Minecraft server log and a ``/var/mail``
  notice, and logins inside credential exports; addresses of Portugal, Czechia, Malaysia, Colombia
  and Denmark; Taiwanese, Bulgarian, Estonian and Argentine id numbers with valid check digits;
  phone numbers drawn from eight more countries (all pass ``phonenumbers.is_valid_number``); a
  Cash App page and an iCloud shared-album link; e-mail addresses in a bounce and in a request; a
  date of birth in a CV.
* no-PII look-alikes, under round 4's policy: Azurite's published account key, Stripe's documented
  test key, a Stripe publishable key (``pk_live_``, public by design), an ``$apr1$`` hash, a
  ``psk-flags`` profile without a key, ``kubectl describe secret`` (sizes only), a BitLocker key id,
  certificate and GPG fingerprints, a file digest, sops and Ansible Vault ciphertext, placeholders
  (``${env.NEXUS_PASSWORD}``, ``withCredentials``, ``credsStore``, Helm ``.Values``, ``<şifreniz>``,
  ``xxxx-xxxx-xxxx-xxxx``, Bitwarden's import template), a documented default (``pi`` /
  ``raspberry``), the most common passwords, a password policy, a failed-logon event, an ISBN,
  public figures and a public place.

Labelling decisions: a password dictated in the NATO alphabet is one span from the first spoken unit
to the last, as round 6 labels letter-by-letter dictation; an OCR'd password is gold as it was read
(errors included), the misread field labels are not; encodings that only wrap a secret (base64 in
Kubernetes ``data:``, FileZilla ``<Pass>``, an enrollment token) are gold as written; every password
a message shows is gold, including the one a diff removes and the one autocorrect mangled.
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
import pii_dev_round7 as R7
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
    rand_token,
    secret,
    unlabelled,
    valid_phone_gen,
)

HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
B32 = string.ascii_uppercase + "234567"
LOWER_DIGITS = string.ascii_lowercase + string.digits

# ---------------------------------------------------------------- pools (dev only)
# (first, last, region, gender): cultures and spellings no earlier pool has; gender ("f", "m", "x" for
# either) keeps pronouns in agreement.
R8NAMES: list[tuple[str, str, str, str]] = [
    # Central Asia and the Caucasus: Kyrgyz, Tajik, Turkmen, Ossetian, Circassian
    ("Cholpon", "Asanbekova", "ca", "f"), ("Nurbek", "Toktosunov", "ca", "m"), ("Firuza", "Nazarshoeva", "ca", "f"),
    ("Farhod", "Saidmurodov", "ca", "m"), ("Jeren", "Orazmuhammedova", "ca", "f"), ("Merdan", "Annaberdiyev", "ca", "m"),
    ("Zaur", "Gagloev", "ca", "m"), ("Zarema", "Shogenova", "ca", "f"),
    # Africa: Efik, Ibibio, Edo, Tiv, Mossi, Venda, Tsonga, Chewa, Bemba, Luba
    ("Effiong", "Okon", "af", "m"), ("Edidiong", "Bassey", "af", "f"), ("Aniekan", "Etuk", "af", "m"),
    ("Osaretin", "Igbinosa", "af", "m"), ("Eghosa", "Omoregie", "af", "x"), ("Terngu", "Iorliam", "af", "m"),
    ("Wendkouni", "Ouédraogo", "af", "x"), ("Rudzani", "Mudau", "af", "f"), ("Hlulani", "Baloyi", "af", "f"),
    ("Chikondi", "Phiri", "af", "x"), ("Thokozani", "Mwale", "af", "m"), ("Mwape", "Chileshe", "af", "f"),
    ("Ilunga", "Kabongo", "af", "m"),
    # Southeast and East Asia: Balinese, Batak, Cebuano, Ilocano, Amis
    ("Putu", "Ariani", "as", "f"), ("Wayan", "Sudarsana", "as", "m"), ("Tumpal", "Siregar", "as", "m"),
    ("Rosmaida", "Simanjuntak", "as", "f"), ("Junrey", "Cabahug", "as", "m"), ("Perlita", "Agbayani", "as", "f"),
    ("Panay", "Kacaw", "as", "f"),
    # Northeast India and Nepal: Meitei, Mizo, Khasi, Naga, Newar, Sherpa
    ("Thoibi", "Ningthoujam", "in", "f"), ("Lalthansanga", "Ralte", "in", "m"), ("Banteilang", "Marbaniang", "in", "m"),
    ("Vikheno", "Sema", "in", "x"), ("Sujan", "Maharjan", "in", "m"), ("Dawa Futi", "Sherpa", "in", "f"),
    # Europe: Bosnian, Montenegrin, Luxembourgish, Scottish Gaelic, Manx, Ladin
    ("Emina", "Hadžiahmetović", "eu", "f"), ("Vuksan", "Radulović", "eu", "m"), ("Jhemp", "Hoscheit", "eu", "m"),
    ("Seonag", "NicIlleathain", "eu", "f"), ("Breesha", "Kermode", "eu", "f"), ("Ojep", "Demetz", "eu", "m"),
    # Americas: Lakota, Cree, Wayuu
    ("Wanbli", "Two Bulls", "am", "m"), ("Awasis", "Kakakaway", "am", "x"), ("Jayaliyuu", "Epieyú", "am", "f"),
    # Gulf and Iraq: Omani, Kuwaiti, Saudi, Iraqi
    ("Shamsa", "Al Harthi", "me", "f"), ("Jasem", "Al Mutairi", "me", "m"), ("Nouf", "Al Qahtani", "me", "f"),
    ("Zainab", "Al-Jubouri", "me", "f"),
    # Pacific: Palauan, Cook Islands Maori
    ("Dilubech", "Ngiraked", "pa", "f"), ("Teariki", "Tuara", "pa", "m"),
]
# Capitalised particles shared by many surnames; the token clash check ignores them.
R8PARTICLES = {"Al"}
# (diminutive, given name)
R8NICKS: list[tuple[str, str]] = [
    ("Nuri", "Nurbek"), ("Effi", "Effiong"), ("Rudzi", "Rudzani"), ("Thoko", "Thokozani"), ("Sanga", "Lalthansanga"),
    ("Vuki", "Vuksan"), ("Osa", "Osaretin"), ("Junjun", "Junrey"), ("Rosma", "Rosmaida"),
]
R8PASSWORD_WORDS = ["Axolotl", "Baklava", "Cormorant", "Eucalyptus", "Harmonica", "Iguana", "Lemming", "Mandolin",
                    "Nectarine", "Okapi", "Persimmon", "Quesadilla", "Rutabaga", "Tumbleweed", "Vulture"]
R8HANDLE_WORDS = ["gannet", "lichen", "sorrel", "tarsier", "pangolin", "shoebill", "plover", "wren"]
R8EMAIL_DOMAINS = ["posteo.de", "mailbox.org", "kakao.com", "yahoo.co.id", "qq.com", "rogers.com", "shaw.ca",
                   "comcast.net", "sbcglobal.net", "hotmail.co.uk", "outlook.fr", "email.cz", "centrum.cz", "mail.kz",
                   "yahoo.com.ar"]
# Network names (not labelled) for Wi-Fi forms; none in an earlier SSID pool.
R8SSIDS = ["Hyperoptic-5G-4C1A", "SKY7E21Q", "MTN-MiFi-92B3", "SUPERONLINE_WiFi_5A3F", "IndiHome-71C2",
           "KT_GiGA_5G_3D9F", "Bezeq-NGN_4F11", "AIS_Fibre_81D0"]
R8PUBLIC_FIGURES = ["Chingiz Aitmatov", "Abebe Bikila", "Huda Shaarawi", "Sophie Scholl", "Jawaharlal Nehru",
                    "Ngũgĩ wa Thiong'o", "Sojourner Truth", "Amrita Sher-Gil", "Ferdinand Magellan", "Lise Meitner",
                    "Mary Anning", "Ellen Ochoa", "Jomo Kenyatta", "Eva Perón", "Ban Ki-moon"]
# Street stems by country (none in an earlier street pool).
R8STREETS: dict[str, list[str]] = {
    "pt": ["das Camélias", "dos Lírios", "das Hortênsias"], "cz": ["Jabloňová", "Šeříková", "Vřesová"],
    "my": ["Cempaka", "Kemboja", "Seroja"], "dk": ["Kløver", "Hyben", "Slåen"],
    "co": ["Guayacanes", "Arrayanes", "Yarumos"],
}


def _tokens(names: set[str]) -> set[str]:
    """Capitalised words of the names, particles left out."""
    return name_tokens(names, R8PARTICLES | R7.R7PARTICLES | R6.R6PARTICLES)


def check_round8_disjoint() -> None:
    """Raise ValueError if a round-8 pool shares a value with an earlier pool (dev, test, extra, rounds 3 to 7)."""
    earlier_names = {n for _, fs, ls in P.CULTURES for n in fs + ls} | set(P.NICKNAMES.values()) \
        | set(P.NICKNAMES) | {n for half in P.NATIVE_SCRIPT for pair in half for n in pair} \
        | {n for pair in X.XNAMES for n in pair} | {n for t in X.XNICKS for n in t} \
        | {n for f, l, _ in X.XNATIVE for n in (f, l)} \
        | {n for pair in R3.R3NAMES for n in pair} | {n for pair in R3.R3NICKS for n in pair} \
        | {n for pair in R4.R4NAMES for n in pair} | {n for pair in R4.R4NICKS for n in pair} \
        | {n for pair in R5.R5NAMES for n in pair} | {n for pair in R5.R5NICKS for n in pair} \
        | {n for pair in R6.R6NAMES for n in pair} | {n for pair in R6.R6NICKS for n in pair} \
        | {n for f, l, _, _ in R7.R7NAMES for n in (f, l)} | {n for pair in R7.R7NICKS for n in pair}
    names = {n for f, l, _, _ in R8NAMES for n in (f, l)} | {n for pair in R8NICKS for n in pair}
    earlier_figures = {f for half in P.PUBLIC_FIGURES for f in half} | set(R3.R3PUBLIC_FIGURES) \
        | set(R5.R5PUBLIC_FIGURES) | set(R6.R6PUBLIC_FIGURES) | set(R7.R7PUBLIC_FIGURES)
    earlier_words = {w.lower() for half in P.PASSWORD_WORDS for w in half} | {w.lower() for w in X.XPASSWORD_WORDS} \
        | {w.lower() for w in R3.R3PASSWORD_WORDS} | {w.lower() for w in R4.R4PASSWORD_WORDS} \
        | set(R4.R4PHRASE_WORDS) | {w.lower() for w in R4.R4WIFI} | {w.lower() for w in R5.R5PASSWORD_WORDS} \
        | {w.lower() for w in R6.R6PASSWORD_WORDS} | {w.lower() for w in R7.R7PASSWORD_WORDS + R7.R7UNICODE_WORDS} \
        | set(R7.R7PHRASE_WORDS)
    earlier_handles = {w for half in P.HANDLE_WORDS for w in half} | set(X.XHANDLE_WORDS) | set(R5.R5HANDLE_WORDS) \
        | set(R6.R6HANDLE_WORDS) | set(R7.R7HANDLE_WORDS)
    earlier_streets = {s.lower() for half in P.STREETS + P.DE_STREETS + P.FR_STREETS + P.IN_SOCIETIES for s in half} \
        | {s.lower() for s in X.XSTREETS} | {s.lower() for stems in R5.R5STREETS.values() for s in stems} \
        | {s.lower() for stems in R6.R6STREETS.values() for s in stems} \
        | {s.lower() for stems in R7.R7STREETS.values() for s in stems}
    earlier_domains = set(P.EMAIL_DOMAINS) | {d for half in P.WORK_DOMAINS for d in half} | set(R5.R5EMAIL_DOMAINS) \
        | set(R6.R6EMAIL_DOMAINS) | set(R7.R7EMAIL_DOMAINS)
    streets = {s.lower() for stems in R8STREETS.values() for s in stems}
    words = {w.lower() for w in R8PASSWORD_WORDS}
    clashes = (names & earlier_names) | (_tokens(names) & _tokens(earlier_names)) \
        | (set(R8PUBLIC_FIGURES) & earlier_figures) | (_tokens(set(R8PUBLIC_FIGURES)) & _tokens(names | earlier_names)) \
        | (words & earlier_words) | (words & (set(R8HANDLE_WORDS) | earlier_handles)) \
        | (set(R8HANDLE_WORDS) & earlier_handles) | (streets & earlier_streets) | (set(R8EMAIL_DOMAINS) & earlier_domains) \
        | (set(R8SSIDS) & (set(R5.R5SSIDS) | set(R6.R6SSIDS)))
    if clashes:
        raise ValueError(f"{len(clashes)} round-8 pool values are also in earlier pools")
    if len({f for f, _, _, _ in R8NAMES}) != len(R8NAMES) or any(g not in "fmx" for *_, g in R8NAMES):
        raise ValueError("R8NAMES needs distinct first names, each with a gender f, m or x")
    if not {given for _, given in R8NICKS} <= {f for f, _, _, _ in R8NAMES}:
        raise ValueError("R8NICKS names a given name missing from R8NAMES")


# ---------------------------------------------------------------- helpers


def _uuid(ctx: Ctx) -> str:
    return str(uuid.UUID(int=ctx.rng.getrandbits(128), version=4))


# ---------------------------------------------------------------- people, handles, contact details
def gen_bb_person(ctx: Ctx, gender: str | None = None) -> Attrs:
    """A person of the round-8 pool; ``gender`` "f"/"m" keeps to names read that way (or either)."""
    rng = ctx.rng
    pool = [n for n in R8NAMES if gender is None or n[3] in (gender, "x")]
    first, last, _, _ = ctx.pick_recent(pool, "names", 8)
    full = f"{first} {last}"
    f, l = ascii_fold_all(first), ascii_fold_all(last)

    def make_email() -> str:
        local = rng.choice([f"{f}.{l}", f"{f}{l[:2]}{rng.randrange(1, 99)}", f"{l}.{f[0]}", f"{f}_{rng.choice(R8HANDLE_WORDS)}",
                            f"{f[0]}{l}{rng.randrange(1970, 2008)}", f"{f}{l}"])
        return f"{local}@{rng.choice(R8EMAIL_DOMAINS)}"

    return {"full": one(full, "PERSON"), "first": one(first, "PERSON"), "last": one(last, "PERSON"),
            "first_lc": one(first.lower(), "PERSON"), "full_lc": one(full.lower(), "PERSON"),
            "poss": [(first, "PERSON"), ("'s", None)], "initial": one(f"{first[0]}. {last}", "PERSON"),
            "caps": one(full.upper(), "PERSON"), "last_caps": one(last.upper(), "PERSON"),
            "gedcom": one(f"{first} /{last}/", "PERSON"),
            "email": one(ctx.unique(make_email), "EMAIL_ADDRESS")}


def gen_bb_nick(ctx: Ctx) -> Attrs:
    nick, first = ctx.pick_recent(R8NICKS, "nicks", 4)
    return {"nick": one(nick, "PERSON"), "nick_lc": one(nick.lower(), "PERSON"), "first": one(first, "PERSON")}


def _handle(ctx: Ctx) -> str:
    rng = ctx.rng
    first, last, _, _ = rng.choice(R8NAMES)
    f, l = ascii_fold_all(first), ascii_fold_all(last)
    word = rng.choice(R8HANDLE_WORDS)
    return rng.choice([f"{f}.{l}", f"{word}_{f}{digits(rng, 2)}", f"{f[0]}{l}", f"{l}{f[:3]}", f"{f}-{word}",
                       f"{f}{digits(rng, 3)}", f"{f[:3]}{l[:5]}", f"{word.capitalize()}{f.capitalize()}{digits(rng, 2)}"])


def gen_bb_user(ctx: Ctx) -> Attrs:
    """A person's own login or handle (USERNAME)."""
    return {"v": one(ctx.unique(lambda: _handle(ctx)), "USERNAME")}


def gen_bb_email(ctx: Ctx) -> Attrs:
    return {"v": gen_bb_person(ctx)["email"]}


PHONE_REGIONS = {"np": "NP", "kz": "KZ", "lk": "LK", "ng": "NG", "cl": "CL", "dk": "DK", "ma": "MA", "tw": "TW"}


def _phone(ctx: Ctx, country: str) -> str:
    rng = ctx.rng
    d = lambda n: digits(rng, n)
    return rng.choice({
        "np": [f"+977 98{rng.choice('0123456')}-{d(7)}", f"98{rng.choice('0123456')}{d(7)}"],
        "kz": [f"+7 70{rng.choice('0125678')} {d(3)} {d(2)} {d(2)}", f"8 70{rng.choice('0125678')} {d(3)} {d(4)}"],
        "lk": [f"+94 7{rng.choice('01245678')} {d(3)} {d(4)}", f"07{rng.choice('01245678')} {d(3)} {d(4)}"],
        "ng": [f"+234 80{rng.choice('3456789')} {d(3)} {d(4)}", f"080{rng.choice('3456789')} {d(3)} {d(4)}"],
        "cl": [f"+56 9 {d(4)} {d(4)}", f"9 {d(4)} {d(4)}"],
        "dk": [f"+45 {rng.choice('2345')}{d(1)} {d(2)} {d(2)} {d(2)}", f"{rng.choice('2345')}{d(1)} {d(2)} {d(2)} {d(2)}"],
        "ma": [f"+212 6{d(2)}-{d(6)}", f"06{d(2)}-{d(6)}"],
        "tw": [f"+886 9{d(2)} {d(3)} {d(3)}", f"09{d(2)}-{d(3)}-{d(3)}"],
    }[country])


def _address(ctx: Ctx, country: str) -> str:
    rng = ctx.rng
    st = rng.choice(R8STREETS[country])
    n = rng.randrange(2, 180)
    if country == "pt":
        pc, town = rng.choice([("4150-362", "Porto"), ("1700-097", "Lisboa"), ("3000-133", "Coimbra")])
        return f"Rua {st} {n}, {rng.randrange(1, 8)}.º {rng.choice(['Esq.', 'Dto.'])}, {pc} {town}"
    if country == "cz":
        psc, city = rng.choice([("106 00", "Praha 10"), ("602 00", "Brno"), ("301 00", "Plzeň")])
        return f"{st} {rng.randrange(100, 3000)}/{rng.randrange(1, 60)}, {psc} {city}"
    if country == "my":
        pc, town, state = rng.choice([("68000", "Ampang", "Selangor"), ("47301", "Petaling Jaya", "Selangor"),
                                      ("81300", "Skudai", "Johor")])
        return f"No. {n}, Jalan {st} {rng.randrange(1, 9)}/{rng.randrange(1, 12)}, Taman {st}, {pc} {town}, {state}"
    if country == "dk":
        pc, city = rng.choice([("8000", "Aarhus C"), ("2300", "København S"), ("5000", "Odense C")])
        return f"{st}vej {n}, {rng.randrange(1, 6)}. {rng.choice(['th.', 'tv.', 'mf.'])}, {pc} {city}"
    barrio, city = rng.choice([("Chapinero", "Bogotá"), ("Laureles", "Medellín"), ("El Peñón", "Cali")])
    return (f"Calle {rng.randrange(10, 120)} # {rng.randrange(5, 90)}-{rng.randrange(2, 99)}, Apto {rng.randrange(2, 15)}0"
            f"{rng.randrange(1, 6)}, Conjunto {st}, {barrio}, {city}")


# ---------------------------------------------------------------- national id numbers (valid check digits)
TW_LETTERS = {"A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "I": 34, "J": 18, "K": 19,
              "L": 20, "M": 21, "N": 22, "O": 35, "P": 23, "Q": 24, "R": 25, "S": 26, "T": 27, "U": 28, "V": 29,
              "W": 32, "X": 30, "Y": 31, "Z": 33}


def _tw_id(ctx: Ctx) -> str:
    """Taiwanese national id: a letter, 1 or 2, seven digits and a check digit (weights 1,9,8,...,1)."""
    rng = ctx.rng
    letter = rng.choice(sorted(TW_LETTERS))
    body = rng.choice("12") + digits(rng, 7)
    n = TW_LETTERS[letter]
    total = n // 10 + (n % 10) * 9 + sum(int(c) * w for c, w in zip(body, range(8, 0, -1)))
    return f"{letter}{body}{(10 - total % 10) % 10}"


def _bg_egn(ctx: Ctx) -> str:
    """Bulgarian EGN: YYMMDD (month + 40 after 1999), three digits, a weighted mod-11 check digit."""
    rng = ctx.rng
    y, m, d = rng.randrange(1945, 2006), rng.randrange(1, 13), rng.randrange(1, 29)
    body = f"{y % 100:02d}{m + 40 if y >= 2000 else m:02d}{d:02d}{digits(rng, 3)}"
    c = sum(int(a) * w for a, w in zip(body, [2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
    return body + str(0 if c == 10 else c)


def _ee_isikukood(ctx: Ctx) -> str:
    """Estonian personal code: century-and-sex digit, YYMMDD, three digits, a two-pass mod-11 check digit."""
    rng = ctx.rng
    y, m, d = rng.randrange(1945, 2008), rng.randrange(1, 13), rng.randrange(1, 29)
    g = (3 if y < 2000 else 5) + rng.randrange(2)
    body = f"{g}{y % 100:02d}{m:02d}{d:02d}{digits(rng, 3)}"
    c = sum(int(a) * w for a, w in zip(body, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1])) % 11
    if c == 10:
        c = sum(int(a) * w for a, w in zip(body, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3])) % 11
        c = 0 if c == 10 else c
    return body + str(c)


def _ar_cuil(ctx: Ctx) -> str:
    """Argentine CUIL: 20/27 prefix, eight-digit DNI, mod-11 check digit (values that would need 23 are redrawn)."""
    rng = ctx.rng
    while True:
        prefix, dni = rng.choice(["20", "27"]), str(rng.randrange(20_000_000, 46_000_000))
        r = 11 - sum(int(a) * w for a, w in zip(prefix + dni, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if r != 10:
            return f"{prefix}-{dni}-{0 if r == 11 else r}"


BBID_MAKERS = {"tw": _tw_id, "bg": _bg_egn, "ee": _ee_isikukood, "ar": _ar_cuil}


def make_bb_id_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return {"v": one(ctx.unique(lambda: BBID_MAKERS[kind](ctx)), "ID_NUMBER")}

    return gen


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def gen_bb_dob(ctx: Ctx) -> Attrs:
    rng = ctx.rng
    return {"v": one(ctx.unique(lambda: f"{rng.randrange(1, 29)} {rng.choice(MONTHS)} {rng.randrange(1965, 2003)}"),
                     "DATE_OF_BIRTH")}


# ---------------------------------------------------------------- private URLs (the whole URL)
def _url(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    first, last, _, _ = rng.choice(R8NAMES)
    f, l = ascii_fold_all(first), ascii_fold_all(last)
    if kind == "cash":
        return f"https://cash.app/${rng.choice([f.capitalize() + l[:1].upper() + digits(rng, 2), f + l, l.capitalize() + digits(rng, 3)])}"
    return f"https://www.icloud.com/sharedalbum/#B0{rand_token(rng, 1, string.ascii_uppercase)}{rand_token(rng, 12)}"


def make_bb_url_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return {"v": one(ctx.unique(lambda: _url(ctx, kind)), "URL")}

    return gen


# ---------------------------------------------------------------- passwords, codes, device secrets
PW_SYMBOLS = "!#*?@+=-_"
LEET = str.maketrans({"a": "@", "e": "3", "o": "0", "i": "1", "s": "5"})


def _r8password(ctx: Ctx) -> str:
    """A password as people choose them: starts with a letter; no quote, backslash, space, comma, ``$``, ``%``,
    ``&``, ``<``, ``;`` or ``^`` (so it needs no escaping in CSV, XML, Kotlin, cmd or single-quoted shell)."""
    rng = ctx.rng
    word, other = rng.sample(R8PASSWORD_WORDS, 2)
    return rng.choice([
        f"{word}{rng.choice('!#*?@+')}{digits(rng, rng.choice([2, 3, 4]))}",      # "Okapi#4471"
        f"{word.lower()}{digits(rng, 3)}{other}",                                 # "lemming808Iguana"
        f"{word[:2]}{word[2:].lower().translate(LEET)}{digits(rng, 2)}",          # "Ha5m0n1ca55"
        f"{word}{other}{rng.randrange(1960, 2025)}",                              # "BaklavaOkapi1994"
        f"{word.lower()}.{other.lower()}.{digits(rng, 2)}",                       # "vulture.mandolin.31"
        rng.choice(string.ascii_letters) + rand_token(rng, 15, ALNUM + PW_SYMBOLS),  # password-manager output
        f"{word}_{other.lower()}{rng.choice('!#*?')}{digits(rng, 2)}",            # "Iguana_rutabaga!07"
    ])


def gen_bb_pw(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: _r8password(ctx)))


def _pwu(ctx: Ctx) -> str:
    rng = ctx.rng
    return rng.choice([
        f"{rng.choice(R8PASSWORD_WORDS)}-{digits(rng, 4)}-{rand_token(rng, 3, string.ascii_lowercase)}",
        rng.choice(string.ascii_letters) + rand_token(rng, 17, ALNUM),
        f"{rng.choice(R8PASSWORD_WORDS).lower()}_{rng.choice(R8PASSWORD_WORDS)}{digits(rng, 2)}",
        f"{rng.choice(R8PASSWORD_WORDS)}{digits(rng, 3)}{rand_token(rng, 4, ALNUM)}",
    ])


def gen_bb_pwu(ctx: Ctx) -> Attrs:
    """A password that needs no escaping in a URL's user info, an fstab option list, ``user%pw`` or ``user,pw``."""
    return secret(ctx.unique(lambda: _pwu(ctx)))


def _wifi(ctx: Ctx) -> str:
    rng = ctx.rng
    word, other = rng.sample(R8PASSWORD_WORDS, 2)
    return rng.choice([
        f"{word.lower()}{other.lower()}{digits(rng, rng.choice([2, 4]))}",   # "okapibaklava2291"
        f"{word}-{other}-{digits(rng, 2)}",                                  # "Okapi-Lemming-07"
        rand_token(rng, 10, LOWER_DIGITS),                                   # an ISP default
        f"{word}{digits(rng, 4)}{rng.choice('!#*')}",                        # "Persimmon4471!"
    ])


def gen_bb_wifi(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: _wifi(ctx)))


def gen_bb_wpa(ctx: Ctx) -> Attrs:
    """A Wi-Fi network: its name (``ssid``, not labelled), passphrase (``v``) and the WPA PSK derived from
    both (``hex``: PBKDF2-HMAC-SHA1, 4096 rounds, as ``wpa_passphrase`` prints it; it joins the network too)."""
    ssid = ctx.pick_recent(R8SSIDS, "ssids", 4)
    passphrase = ctx.unique(lambda: _wifi(ctx))
    psk = hashlib.pbkdf2_hmac("sha1", passphrase.encode(), ssid.encode(), 4096, 32).hex()
    ctx.seen.add(psk)
    return {"ssid": [(ssid, None)], "v": one(passphrase, "SECRET"), "hex": one(psk, "SECRET")}


def gen_bb_ssid(ctx: Ctx) -> Attrs:
    return unlabelled(ctx.pick_recent(R8SSIDS, "ssids", 4))


def gen_bb_sticker(ctx: Ctx) -> Attrs:
    """A router label: the factory Wi-Fi key and the web admin password."""
    rng = ctx.rng
    wifi, admin = ctx.unique_many(lambda: (
        rng.choice([rand_token(rng, 12, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), rand_token(rng, 8, LOWER_DIGITS),
                    digits(rng, 10)]),
        rand_token(rng, 1, string.ascii_letters) + rand_token(rng, 7, ALNUM)))
    return {"wifi": one(wifi, "SECRET"), "admin": one(admin, "SECRET")}


def gen_bb_b64pw(ctx: Ctx) -> Attrs:
    """A password (``plain``) and its base64 (``v``), as FileZilla stores it; both are gold."""
    def make() -> tuple[str, str]:
        plain = _r8password(ctx)
        return plain, base64.b64encode(plain.encode()).decode()

    plain, enc = ctx.unique_many(make)
    return {"plain": one(plain, "SECRET"), "v": one(enc, "SECRET")}


def gen_bb_kb(ctx: Ctx) -> Attrs:
    """Base64 values of a Kubernetes Secret's ``data:``: a password (``pw``) and a Stripe key (``key``)."""
    rng = ctx.rng
    pw, key = ctx.unique_many(lambda: (base64.b64encode(_pwu(ctx).encode()).decode(),
                                         base64.b64encode(("sk_live_" + rand_token(rng, 24)).encode()).decode()))
    return {"pw": one(pw, "SECRET"), "key": one(key, "SECRET")}


def gen_bb_totp(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: rand_token(ctx.rng, 32, B32)))


def gen_bb_ipsk(ctx: Ctx) -> Attrs:
    """An IPsec pre-shared key as ``openssl rand -base64 24`` makes them."""
    return secret(ctx.unique(lambda: rand_b64(ctx, 24)))


def gen_bb_phrase(ctx: Ctx) -> Attrs:
    """A hyphenated passphrase of four or five words and a number (one span)."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: "-".join(w.lower() for w in rng.sample(R8PASSWORD_WORDS, rng.choice([4, 5])))
                              + f"-{digits(rng, 2)}"))


def gen_bb_amqp(ctx: Ctx) -> Attrs:
    """A CloudAMQP login: the generated user and vhost (``user``, not labelled) and the password (``v``)."""
    rng = ctx.rng
    return {"user": [(rand_token(rng, 8, string.ascii_lowercase), None)],
            "v": one(ctx.unique(lambda: rand_token(rng, 32, URLSAFE)), "SECRET")}


def gen_bb_redis(ctx: Ctx) -> Attrs:
    """An Azure Cache for Redis access key (44 characters ending in ``=``; no ``/`` so it fits a URL)."""
    return secret(ctx.unique(lambda: rand_token(ctx.rng, 43) + "="))


def gen_bb_blkey(ctx: Ctx) -> Attrs:
    """A BitLocker recovery key: eight groups of six digits, each a multiple of 11 below 720896; its key id
    (``id``, a GUID) is not secret."""
    rng = ctx.rng
    key = ctx.unique(lambda: "-".join(f"{11 * rng.randrange(65536):06d}" for _ in range(8)))
    return {"v": one(key, "SECRET"), "id": [(_uuid(ctx).upper(), None)]}


def gen_bb_sim(ctx: Ctx) -> Attrs:
    """The codes on a SIM carrier card: PIN1, PUK1, PIN2, PUK2."""
    rng = ctx.rng
    pin, puk, pin2, puk2 = ctx.unique_many(lambda: (digits(rng, 4), digits(rng, 8), digits(rng, 4), digits(rng, 8)))
    return {"pin": one(pin, "SECRET"), "puk": one(puk, "SECRET"), "pin_two": one(pin2, "SECRET"),
            "puk_two": one(puk2, "SECRET")}


MS_ALPHABET = "BCDFGHJKMPQRTVWXY2346789"


def gen_bb_msrc(ctx: Ctx) -> Attrs:
    """A Microsoft account recovery code: 25 characters in five groups."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: "-".join(rand_token(rng, 5, MS_ALPHABET) for _ in range(5))))


def gen_bb_steam(ctx: Ctx) -> Attrs:
    """A Steam Desktop Authenticator maFile: ``shared``, ``identity`` (base64 of 20 bytes) and ``rcode`` are
    secret; ``serial`` and ``gid`` are not."""
    rng = ctx.rng
    shared, identity, rcode = ctx.unique_many(lambda: (rand_b64(ctx, 20), rand_b64(ctx, 20), f"R{digits(rng, 5)}"))
    return {"shared": one(shared, "SECRET"), "identity": one(identity, "SECRET"), "rcode": one(rcode, "SECRET"),
            "serial": [(str(rng.randrange(10**18, 10**19)), None)], "gid": [(rand_token(rng, 16, HEX), None)]}


def gen_bb_memo(ctx: Ctx) -> Attrs:
    """A telephone-banking memorable word (two pool words run together, lower case)."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: "".join(w.lower() for w in rng.sample(R8PASSWORD_WORDS, 2))))


def gen_bb_pin(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: digits(ctx.rng, ctx.rng.choice([5, 6]))))


NATO = {c: w for c, w in zip(string.ascii_lowercase, [
    "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima", "mike",
    "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey", "x-ray",
    "yankee", "zulu"])}
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
SYMBOL_NAMES = {"!": "exclamation mark", "#": "hash", "*": "star", "?": "question mark", "@": "at sign"}


def gen_bb_nato(ctx: Ctx) -> Attrs:
    """A password read out in the NATO alphabet ("capital oscar, kilo, ..., four, seven, exclamation mark");
    the whole spoken phrase is one span."""
    rng = ctx.rng

    def make() -> str:
        word = rng.choice([w for w in R8PASSWORD_WORDS if len(w) <= 8])
        pw = f"{word}{digits(rng, 2)}{rng.choice(sorted(SYMBOL_NAMES))}"
        units = []
        for c in pw:
            if c.isupper():
                units.append(f"capital {NATO[c.lower()]}")
            elif c.islower():
                units.append(NATO[c])
            elif c.isdigit():
                units.append(DIGIT_WORDS[int(c)])
            else:
                units.append(SYMBOL_NAMES[c])
        return ", ".join(units)

    return secret(ctx.unique(make))


OCR_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"


def gen_bb_ocr(ctx: Ctx) -> Attrs:
    """A temporary password as OCR read it off a screenshot: random, with a look-alike character (l, I, 1, O, 0)
    at a random place (gold as read)."""
    rng = ctx.rng

    def make() -> str:
        chars = list(rand_token(rng, 1, string.ascii_uppercase) + rand_token(rng, 9, OCR_ALPHABET))
        chars[rng.randrange(2, 10)] = rng.choice("lI1O0")
        return "".join(chars)

    return secret(ctx.unique(make))


def gen_bb_auto(ctx: Ctx) -> Attrs:
    """A lower-case password (``right``) and the same with autocorrect's capital first letter (``wrong``)."""
    rng = ctx.rng
    def make() -> tuple[str, str]:
        right = f"{rng.choice(R8PASSWORD_WORDS).lower()}{digits(rng, 4)}{rng.choice('!#?')}"
        return right, right[0].upper() + right[1:]

    right, wrong = ctx.unique_many(make)
    return {"right": one(right, "SECRET"), "wrong": one(wrong, "SECRET")}


def gen_bb_apple(ctx: Ctx) -> Attrs:
    """An Apple app-specific password: four groups of four lower-case letters."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: "-".join(rand_token(rng, 4, string.ascii_lowercase) for _ in range(4))))


# ---------------------------------------------------------------- provider keys and generated tokens
def _enroll(ctx: Ctx) -> str:
    """A Kibana enrollment token: base64 of JSON holding the node address, CA fingerprint and an API key."""
    rng = ctx.rng
    data = {"ver": "8.17.2", "adr": ["172.18.0.2:9200"], "fgr": rand_token(rng, 64, HEX),
            "key": f"{rand_token(rng, 20, URLSAFE)}:{rand_token(rng, 22, URLSAFE)}"}
    return base64.b64encode(json.dumps(data, separators=(",", ":")).encode()).decode()


def _bb_key(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    t = lambda n, a=ALNUM: rand_token(rng, n, a)
    makers = {
        "gldt": lambda: "gldt-" + t(20, URLSAFE),
        "tg": lambda: f"{rng.randrange(10**9, 8 * 10**9)}:AA{t(33, URLSAFE)}",
        "ghp": lambda: "ghp_" + t(36),
        "ghpat": lambda: "github_pat_11" + t(20, UPPER_DIGITS) + "_" + t(59),
        "fly": lambda: f"fm2_lJPECAAAAAAAA{t(150, B64)}==,fm2_lJPETy{t(120, B64)}=",
        "hcloud": lambda: t(64),
        "circle": lambda: f"CCIPAT_{t(22)}_{t(40, HEX)}",
        "btwo": lambda: "K005" + t(27),
        "scw": lambda: _uuid(ctx),
        "linode": lambda: t(64, HEX),
        "pd": lambda: "u+" + t(18, URLSAFE),
        "argo": lambda: t(1) + t(15, ALNUM + "-"),
        "railsmaster": lambda: t(32, HEX),
        "railsbase": lambda: t(128, HEX),
        "akia": lambda: "AKIA" + t(16, string.ascii_uppercase + "234567"),
        "awssec": lambda: t(40, B64),
        "flask": lambda: t(64, HEX),
        "jenkins": lambda: t(32, HEX),
        "elastic": lambda: t(1) + t(19, ALNUM + "*_=+-"),
        "enroll": lambda: _enroll(ctx),
    }
    return makers[kind]()


BB_KEY_KINDS = ["gldt", "tg", "ghp", "ghpat", "fly", "hcloud", "circle", "btwo", "scw", "linode", "pd", "argo",
                "railsmaster", "railsbase", "akia", "awssec", "flask", "jenkins", "elastic", "enroll"]


def make_bb_key_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return secret(ctx.unique(lambda: _bb_key(ctx, kind)))

    return gen


# ---------------------------------------------------------------- not PII (ids, digests, ciphertext, figures)
def gen_bb_fig(ctx: Ctx) -> Attrs:
    return unlabelled(ctx.pick_recent(R8PUBLIC_FIGURES, "figures", 4))


def gen_bb_uuid(ctx: Ctx) -> Attrs:
    u = _uuid(ctx)
    return {"v": [(u, None)], "up": [(u.upper(), None)]}


def gen_bb_uuidb(ctx: Ctx) -> Attrs:
    """A KeePass entry UUID (base64 of 16 bytes)."""
    return unlabelled(rand_b64(ctx, 16))


def gen_bb_num(ctx: Ctx) -> Attrs:
    """A platform's numeric id (Telegram user or chat id)."""
    return unlabelled(str(ctx.rng.randrange(10**8, 10**10)))


def gen_bb_hash(ctx: Ctx) -> Attrs:
    return unlabelled(rand_token(ctx.rng, 64, HEX))


def gen_bb_fp(ctx: Ctx) -> Attrs:
    """Certificate fingerprints as keytool prints them (``sha_one``, ``sha``)."""
    rng = ctx.rng
    hx = lambda n: ":".join(rand_token(rng, 2, "0123456789ABCDEF") for _ in range(n))
    return {"sha_one": [(hx(20), None)], "sha": [(hx(32), None)]}


def gen_bb_gpgfp(ctx: Ctx) -> Attrs:
    """A GPG key fingerprint as ``gpg --fingerprint`` groups it."""
    groups = [rand_token(ctx.rng, 4, "0123456789ABCDEF") for _ in range(10)]
    return unlabelled(" ".join(groups[:5]) + "  " + " ".join(groups[5:]))


def gen_bb_isbn(ctx: Ctx) -> Attrs:
    """An ISBN-13 with a valid check digit."""
    body = "9780" + digits(ctx.rng, 8)
    c = (10 - sum(int(a) * (1 if i % 2 == 0 else 3) for i, a in enumerate(body)) % 10) % 10
    return unlabelled(f"{body[:3]}-{body[3]}-{body[4:10]}-{body[10:]}-{c}")


def gen_bb_apr(ctx: Ctx) -> Attrs:
    """An Apache ``$apr1$`` (MD5-crypt) hash."""
    alphabet = "./" + string.digits + string.ascii_uppercase + string.ascii_lowercase
    return unlabelled(f"$apr1${rand_token(ctx.rng, 8, alphabet)}${rand_token(ctx.rng, 22, alphabet)}")


def gen_bb_pubpk(ctx: Ctx) -> Attrs:
    """A Stripe publishable key: public by design (it ships in every checkout page)."""
    return unlabelled("pk_live_51" + rand_token(ctx.rng, 97))


def gen_bb_sops(ctx: Ctx) -> Attrs:
    """The parts of a sops-encrypted value (ciphertext, IV, tag)."""
    return {"data": [(rand_b64(ctx, ctx.rng.randrange(14, 24)), None)], "iv": [(rand_b64(ctx, 32), None)],
            "tag": [(rand_b64(ctx, 16), None)]}


def gen_bb_vault(ctx: Ctx) -> Attrs:
    """The hex body of an Ansible Vault file."""
    rng = ctx.rng
    return unlabelled("\n".join(rand_token(rng, 80, HEX) for _ in range(rng.randrange(4, 7))) + "\n" + rand_token(rng, 42, HEX))


ROUND8_GENERATORS = {
    "bbp": gen_bb_person, "bbpf": lambda ctx: gen_bb_person(ctx, "f"), "bbpm": lambda ctx: gen_bb_person(ctx, "m"),
    "bbnick": gen_bb_nick, "bbusr": gen_bb_user, "bbem": gen_bb_email,
    "bbph": valid_phone_gen(_phone, PHONE_REGIONS, None),
    **{f"bbph_{c}": valid_phone_gen(_phone, PHONE_REGIONS, c) for c in PHONE_REGIONS},
    **{f"bbloc_{c}": country_gen(_address, R8STREETS, "LOCATION", c) for c in R8STREETS},
    **{f"bbid_{k}": make_bb_id_gen(k) for k in BBID_MAKERS}, "bbdob": gen_bb_dob,
    "bburl_cash": make_bb_url_gen("cash"), "bburl_album": make_bb_url_gen("album"),
    "bbpw": gen_bb_pw, "bbpwu": gen_bb_pwu, "bbwifi": gen_bb_wifi, "bbwpa": gen_bb_wpa, "bbssid": gen_bb_ssid,
    "bbsticker": gen_bb_sticker, "bbbsixfour": gen_bb_b64pw, "bbkb": gen_bb_kb, "bbtotp": gen_bb_totp,
    "bbipsk": gen_bb_ipsk, "bbphrase": gen_bb_phrase, "bbamqp": gen_bb_amqp, "bbredis": gen_bb_redis,
    "bbblkey": gen_bb_blkey, "bbsim": gen_bb_sim, "bbmsrc": gen_bb_msrc, "bbsteam": gen_bb_steam,
    "bbmemo": gen_bb_memo, "bbpin": gen_bb_pin, "bbnato": gen_bb_nato, "bbocr": gen_bb_ocr, "bbauto": gen_bb_auto,
    "bbapple": gen_bb_apple, **{f"bbk_{k}": make_bb_key_gen(k) for k in BB_KEY_KINDS},
    "bbfig": gen_bb_fig, "bbuuid": gen_bb_uuid, "bbuuidb": gen_bb_uuidb, "bbnum": gen_bb_num, "bbhash": gen_bb_hash,
    "bbfp": gen_bb_fp, "bbgpgfp": gen_bb_gpgfp, "bbisbn": gen_bb_isbn, "bbapr": gen_bb_apr, "bbpubpk": gen_bb_pubpk,
    "bbsops": gen_bb_sops, "bbvault": gen_bb_vault,
}

# ---------------------------------------------------------------- templates (dev only)
ROUND8_PII: list[tuple[str, str, str]] = [
    # ---- SECRET: password-manager exports
    ("mixed", "user", ("exported my passwords from chrome to move them to bitwarden. is it ok to leave this csv on the desktop "
                       "till I'm done?\n\nname,url,username,password,note\nwww.etsy.com,https://www.etsy.com/signin,{{bbem1.v}},"
                       "{{bbpw1.v}},\naccounts.nintendo.com,https://accounts.nintendo.com/login,{{bbusr1.v}},{{bbpw2.v}},\n"
                       "tplinkwifi.net,http://tplinkwifi.net/,admin,{{bbpw3.v}},router")),
    ("mixed", "user", ("folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n"
                       "Finance,1,login,Monzo,,,0,https://app.monzo.com,{{bbem1.v}},{{bbpw1.v}},\n"
                       "Work,,login,GitLab,,,0,https://gitlab.com/users/sign_in,{{bbusr1.v}},{{bbpw2.v}},{{bbtotp1.v}}\n"
                       "Gaming,,login,Battle.net,,,0,https://account.battle.net,{{bbem2.v}},{{bbpw3.v}},\n\n"
                       "^ my bitwarden export. proton pass skips the gitlab row on import, is it the totp column?")),
    ("secret", "user", ("lastpass export, the secure notes all came out in one cell each. can you split them into fields?\n\n"
                        "url,username,password,totp,extra,name,grouping,fav\nhttp://sn,,,,\"NoteType:Wi-Fi Password\n"
                        "SSID:{{bbssid1}}\nPassword:{{bbwifi1.v}}\nConnection Type:WPA2\nNotes:\",Home wifi,Secure Notes,0\n"
                        "http://sn,,,,\"NoteType:Server\nHostname:nas.home.arpa\nUsername:admin\nPassword:{{bbpw1.v}}\n"
                        "Notes:\",NAS,Secure Notes,0")),
    ("mixed", "user", ("<Entry>\n\t<UUID>{{bbuuidb1}}</UUID>\n\t<String>\n\t\t<Key>Title</Key>\n\t\t<Value>Council tax portal</Value>\n"
                       "\t</String>\n\t<String>\n\t\t<Key>UserName</Key>\n\t\t<Value>{{bbusr1.v}}</Value>\n\t</String>\n"
                       "\t<String>\n\t\t<Key>Password</Key>\n\t\t<Value ProtectInMemory=\"True\">{{bbpwu1.v}}</Value>\n\t</String>\n"
                       "</Entry>\n\nkeepassxc's 'export to XML' gave me this. why is the password readable if it says ProtectInMemory?")),
    # ---- SECRET: Wi-Fi as tools print it
    ("secret", "user", ("$ wpa_passphrase \"{{bbwpa1.ssid}}\" '{{bbwpa1.v}}'\nnetwork={\n\tssid=\"{{bbwpa1.ssid}}\"\n"
                        "\t#psk=\"{{bbwpa1.v}}\"\n\tpsk={{bbwpa1.hex}}\n}\n\nthe pi zero still won't join. which psk line goes "
                        "into wpa_supplicant.conf?")),
    ("secret", "user", ("sudo cat /etc/NetworkManager/system-connections/{{bbwpa1.ssid}}.nmconnection\n[connection]\n"
                        "id={{bbwpa1.ssid}}\ntype=wifi\n\n[wifi]\nmode=infrastructure\nssid={{bbwpa1.ssid}}\n\n[wifi-security]\n"
                        "key-mgmt=wpa-psk\npsk={{bbwpa1.v}}\n\n[ipv4]\nmethod=auto\n\nit connects but drops every ten minutes, "
                        "anything wrong in here?")),
    ("secret", "user", ("C:\\> netsh wlan show profile name=\"{{bbwpa1.ssid}}\" key=clear\n\nProfile {{bbwpa1.ssid}} on interface Wi-Fi:\n"
                        "=======================================================================\n\nSecurity settings\n"
                        "-----------------\n    Authentication         : WPA2-Personal\n    Cipher                 : CCMP\n"
                        "    Security key           : Present\n    Key Content            : {{bbwpa1.v}}\n\n"
                        "how do I get this onto my phone as a QR code?")),
    ("secret", "user", ("ran the sticker on the bottom of the router through google lens because the print is tiny:\n\n"
                        "Model: H268A   Made in China\nSSID: {{bbssid1}}\nWLAN Key: {{bbsticker1.wifi}}\n"
                        "Web: http://router.home   User: user   Password: {{bbsticker1.admin}}\n\n"
                        "which one is for the wifi on my laptop and which one for the settings page?")),
    # ---- SECRET: Windows and remote desktops
    ("mixed", "user", ("ran this on my mum's new laptop so she gets a normal account and I keep the admin one:\n\n"
                       "net user {{bbusr1.v}} {{bbpwu1.v}} /add /fullname:\"Mum\" /passwordchg:yes\n"
                       "net localgroup Users {{bbusr1.v}} /add\n\nthe login screen doesn't show her account, did it fail?")),
    ("secret", "user", ("cmdkey /generic:TERMSRV/ts01.corp.example /user:CORP\\svc_rdp /pass:{{bbpwu1.v}}\nmstsc /v:ts01.corp.example\n\n"
                        "it still prompts for the password every time, is TERMSRV/ the right prefix?")),
    ("secret", "user", ("remote support setup: at my parents' place I ran `x11vnc -storepasswd {{bbpwu1.v}} ~/.vnc/passwd`, "
                        "and from work I get into the front desk pc with\n\nxfreerdp /v:desk-114.office.lan /u:reception "
                        "/p:'{{bbpw1.v}}' /dynamic-resolution\n\nthe vnc one says authentication failed — is there a length limit?")),
    ("secret", "user", ("<UserAccounts>\n  <AdministratorPassword>\n    <Value>{{bbpw1.v}}</Value>\n    <PlainText>true</PlainText>\n"
                        "  </AdministratorPassword>\n</UserAccounts>\n<AutoLogon>\n  <Password>\n    <Value>{{bbpw2.v}}</Value>\n"
                        "    <PlainText>true</PlainText>\n  </Password>\n  <Enabled>true</Enabled>\n  <Username>kiosk</Username>\n"
                        "</AutoLogon>\n\nautounattend.xml for our kiosk PCs. the auto logon never happens after setup finishes")),
    # ---- SECRET: archives, certificates, app signing
    ("secret", "user", ("#!/bin/bash\n# nightly backup of the accounts folder\ncd /srv/accounts\n"
                        "zip -q -r -P '{{bbpw1.v}}' /mnt/usb/accounts-$(date +%F).zip .\n"
                        "7z a -p'{{bbpw2.v}}' -mhe=on /mnt/usb/scans-$(date +%F).7z /srv/scans\n\n"
                        "the 7z one opens fine but windows says the zip is invalid, why?")),
    ("secret", "user", ("openssl req -x509 -newkey rsa:4096 -keyout key.pem -out cert.pem -days 365 -passout pass:{{bbpwu1.v}} "
                        "-subj \"/CN=intranet.local\"\nopenssl pkcs12 -export -in cert.pem -inkey key.pem -out intranet.pfx "
                        "-passin pass:{{bbpwu1.v}} -passout pass:{{bbpwu2.v}}\n\nIIS says the password is incorrect when I import the pfx")),
    ("secret", "user", ("android {\n    signingConfigs {\n        create(\"release\") {\n            storeFile = file(\"../keys/upload.jks\")\n"
                        "            storePassword = \"{{bbpw1.v}}\"\n            keyAlias = \"upload\"\n"
                        "            keyPassword = \"{{bbpw2.v}}\"\n        }\n    }\n}\n\nbuild.gradle.kts — play console says the "
                        "bundle is signed with the wrong key. how do I check which key is in the jks?")),
    # ---- SECRET: shares, file transfer, tunnels, directories
    ("secret", "user", ("smbclient //diskstation/photos -U backup%{{bbpwu1.v}} -c 'ls'\nsession setup failed: NT_STATUS_LOGON_FAILURE\n\n"
                        "the same user works from the windows pc")),
    ("secret", "user", ("/etc/fstab:\n//nas.lan/media  /mnt/media  cifs  username=plex,password={{bbpwu1.v}},uid=1000,gid=1000,vers=3.0  0  0\n\n"
                        "mount -a works, but at boot it fails with error(2): No such file or directory")),
    ("mixed", "user", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<FileZilla3 version=\"3.66.4\" platform=\"windows\">\n  <Servers>\n"
                       "    <Server>\n      <Host>ftp.myhosting-panel.net</Host>\n      <Port>21</Port>\n      <Protocol>0</Protocol>\n"
                       "      <User>{{bbusr1.v}}</User>\n      <Pass encoding=\"base64\">{{bbbsixfour1.v}}</Pass>\n"
                       "      <Logontype>1</Logontype>\n      <Name>blog hosting</Name>\n    </Server>\n  </Servers>\n</FileZilla3>\n\n"
                       "sitemanager.xml from my old pc, can I just copy it to the new one?")),
    ("mixed", "user", ("client.ovpn has `auth-user-pass auth.txt` and auth.txt is:\n\n{{bbusr1.v}}\n{{bbpw1.v}}\n\n"
                       "openvpn says AUTH_FAILED but the same login works in the provider's app")),
    ("secret", "user", ("# /etc/ipsec.secrets\n: PSK \"{{bbipsk1.v}}\"\nvpn-user : EAP \"{{bbpw1.v}}\"\n\n"
                        "strongswan logs 'no shared key found' — is the leading colon right?")),
    ("secret", "user", ("ldapsearch -x -H ldaps://dc01.corp.example:636 -D \"CN=svc-ldap-read,OU=Service Accounts,DC=corp,DC=example\" "
                        "-w '{{bbpw1.v}}' -b \"DC=corp,DC=example\" \"(objectClass=user)\"\nldap_bind: Invalid credentials (49)\n"
                        "\tadditional info: 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 52e, v4563\n\n"
                        "the password is right, I checked it in ADUC")),
    ("secret", "user", ("ugh, just saw what's in my history:\n\n  412  lftp -u deploy,{{bbpwu1.v}} sftp://files.example-host.net\n"
                        "  413  mosquitto_pub -h broker.home.arpa -u sensors -P '{{bbpw1.v}}' -t garden/pump -m on\n"
                        "  414  sqlcmd -S tcp:sql02.corp.example,1433 -U sa -P '{{bbpw2.v}}' -Q \"SELECT @@VERSION\"\n"
                        "  415  gpg --batch --yes --passphrase '{{bbpw3.v}}' -c taxes-2024.pdf\n  416  history\n\n"
                        "how do I delete just these lines, and is that enough?")),
    # ---- SECRET: containers, schedulers, services
    ("secret", "user", ("docker run -d --name shopdb -e MYSQL_ROOT_PASSWORD='{{bbpw1.v}}' -e MYSQL_USER=shop "
                        "-e MYSQL_PASSWORD='{{bbpw2.v}}' -p 3306:3306 mysql:8.4\n\nthe container restarts every few seconds, "
                        "docker logs says unknown variable")),
    ("secret", "user", ("crontab -l\n# m h dom mon dow command\n30 2 * * * BORG_PASSPHRASE='{{bbphrase1.v}}' borg create --stats "
                        "/mnt/backup/borg::'{now}' /home /etc\n0 4 * * 0 RESTIC_PASSWORD={{bbpwu1.v}} restic -r "
                        "s3:s3.eu-central-1.wasabisys.com/pc-backup backup /srv\n\nthe borg line runs, the restic one never does")),
    ("secret", "user", ("[Service]\nUser=invoicer\nWorkingDirectory=/opt/invoicer\nEnvironment=\"DB_HOST=db.internal\"\n"
                        "Environment=\"DB_PASSWORD={{bbpw1.v}}\"\nEnvironment=\"SMTP_PASS={{bbpw2.v}}\"\n"
                        "ExecStart=/opt/invoicer/venv/bin/gunicorn app:app\n\nsystemctl show invoicer prints these for any user?? "
                        "how do I hide them")),
    # ---- SECRET: URLs with credentials
    ("secret", "user", ("CELERY_BROKER_URL=amqps://{{bbamqp1.user}}:{{bbamqp1.v}}@rattlesnake.rmq.cloudamqp.com/{{bbamqp1.user}}\n"
                        "CELERY_RESULT_BACKEND=rediss://:{{bbredis1.v}}@shop-cache.redis.cache.windows.net:6380/0?ssl_cert_reqs=required\n\n"
                        "the worker boots but every task stays PENDING")),
    ("secret", "user", ("~/.gitconfig on the build box:\n\n[url \"https://gitlab+deploy-token-4471:{{bbk_gldt1.v}}@gitlab.example.org/\"]\n"
                        "\tinsteadOf = https://gitlab.example.org/\n\ngo mod download still asks for a username, what am I missing?")),
    ("secret", "user", ("my doorbell script does requests.get(f\"https://api.telegram.org/bot{{bbk_tg1.v}}/sendMessage?chat_id=-100{{bbnum1}}"
                        "&text=Ding%20dong\") and gets 404 Not Found, but the token works in BotFather")),
    # ---- SECRET: package managers
    ("secret", "user", ("~/.m2/settings.xml\n<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n"
                        "      <username>ci-publisher</username>\n      <password>{{bbpwu1.v}}</password>\n    </server>\n"
                        "    <server>\n      <id>github</id>\n      <username>ci-publisher</username>\n"
                        "      <password>{{bbk_ghp1.v}}</password>\n    </server>\n  </servers>\n</settings>\n\n"
                        "mvn deploy gets 401 for nexus-releases only")),
    ("secret", "user", ("auth.json in the project root:\n{\n    \"http-basic\": {\n        \"satis.acme-web.dev\": {\n"
                        "            \"username\": \"deploy\",\n            \"password\": \"{{bbpwu1.v}}\"\n        }\n    },\n"
                        "    \"github-oauth\": {\n        \"github.com\": \"{{bbk_ghpat1.v}}\"\n    }\n}\n\n"
                        "composer install works on my machine but the docker build can't see it")),
    # ---- SECRET: CI and Apple tooling
    ("secret", "user", ("variables:\n  FLY_API_TOKEN: \"FlyV1 {{bbk_fly1.v}}\"\n  HCLOUD_TOKEN: \"{{bbk_hcloud1.v}}\"\n\n"
                        "deploy:\n  stage: deploy\n  image: flyio/flyctl:latest\n  script:\n    - flyctl deploy --remote-only\n"
                        "  only:\n    - main\n\n.gitlab-ci.yml — is it ok to keep these here if the project is internal?")),
    ("secret", "user", ("pipeline {\n  agent any\n  environment {\n    NEXUS_USER = 'jenkins'\n    NEXUS_PASS = '{{bbpw1.v}}'\n"
                        "    CIRCLE_TRIGGER_TOKEN = '{{bbk_circle1.v}}'\n  }\n  stages {\n    stage('Publish') {\n      steps {\n"
                        "        sh 'mvn -s settings.xml deploy'\n      }\n    }\n  }\n}\n\n"
                        "someone said I should use withCredentials instead, what's the difference?")),
    ("mixed", "user", ("fastlane/.env.default\nFASTLANE_USER={{bbem1.v}}\nFASTLANE_PASSWORD={{bbpw1.v}}\n"
                       "FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD={{bbapple1.v}}\nMATCH_PASSWORD={{bbpw2.v}}\n"
                       "FASTLANE_TEAM_ID=7QK4ZP2M9D\n\npilot upload still asks for 2FA on the CI mac, which of these is wrong?")),
    ("mixed", "user", ("xcrun notarytool store-credentials \"AC_NOTARY\" --apple-id {{bbem1.v}} --team-id 9HX4W2RT7K "
                       "--password {{bbapple1.v}}\n\nError: HTTP status code: 401. Invalid credentials. Username or password is "
                       "incorrect.\n\nthe app-specific password is brand new")),
    # ---- SECRET: Kubernetes
    ("secret", "user", ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-db\n  namespace: prod\ntype: Opaque\ndata:\n"
                        "  username: YmlsbGluZw==\n  password: {{bbkb1.pw}}\n  stripe-key: {{bbkb1.key}}\n\n"
                        "I thought base64 meant encrypted? can I commit this?")),
    ("secret", "user", ("$ kubectl -n argocd get secret argocd-initial-admin-secret -o jsonpath=\"{.data.password}\" | base64 -d\n"
                        "{{bbk_argo1.v}}\n$ argocd login argocd.k8s.home.arpa --username admin --password '{{bbk_argo1.v}}'\n"
                        "FATA[0002] rpc error: code = Unauthenticated desc = Invalid username or password\n\n"
                        "why would the initial password not work?")),
    # ---- SECRET: framework secrets
    ("secret", "user", ("$ cat config/master.key\n{{bbk_railsmaster1.v}}\n$ bin/rails credentials:show\n"
                        "secret_key_base: {{bbk_railsbase1.v}}\naws:\n  access_key_id: {{bbk_akia1.v}}\n"
                        "  secret_access_key: {{bbk_awssec1.v}}\n\nheroku crashes with ActiveSupport::MessageEncryptor::InvalidMessage "
                        "on boot, is it the master key?")),
    ("secret", "user", ("app = Flask(__name__)\napp.secret_key = \"{{bbk_flask1.v}}\"\napp.config[\"MAIL_SERVER\"] = \"smtp.zoho.eu\"\n"
                        "app.config[\"MAIL_USERNAME\"] = os.environ[\"MAIL_USER\"]\napp.config[\"MAIL_PASSWORD\"] = \"{{bbpw1.v}}\"\n\n"
                        "sessions reset every time gunicorn restarts, but the key is hard-coded?")),
    # ---- SECRET: a diff that changes a password
    ("secret", "user", ("diff --git a/config/production.yml b/config/production.yml\nindex 3f1c2aa..8e0d9b1 100644\n"
                        "--- a/config/production.yml\n+++ b/config/production.yml\n@@ -4,7 +4,7 @@ database:\n"
                        "   host: pg-main.internal\n   port: 5432\n   username: orders\n-  password: \"{{bbpw1.v}}\"\n"
                        "+  password: \"{{bbpw2.v}}\"\n   pool: 20\n\nthe push got rejected by the secret scanner, I only changed one line?")),
    # ---- SECRET: tools that print a generated secret
    ("secret", "user", ("docker logs jenkins\n...\n*************************************************************\n\n"
                        "Jenkins initial setup is required. An admin user has been created and a password generated.\n"
                        "Please use the following password to proceed to installation:\n\n{{bbk_jenkins1.v}}\n\n"
                        "This may also be found at: /var/jenkins_home/secrets/initialAdminPassword\n\n"
                        "*************************************************************\n\nthe setup page says it's wrong when I paste it")),
    ("secret", "user", ("$ bin/elasticsearch-reset-password -u elastic\nThis tool will reset the password of the [elastic] user to an "
                        "autogenerated value.\nThe password will be printed in the console.\nPlease confirm that you would like to "
                        "continue [y/N]y\n\n\nPassword for the [elastic] user successfully reset.\nNew value: {{bbk_elastic1.v}}\n"
                        "$ bin/elasticsearch-create-enrollment-token -s kibana\n{{bbk_enroll1.v}}\n\n"
                        "kibana says the enrollment token is invalid, do they expire?")),
    # ---- SECRET: devices, accounts, banking
    ("secret", "user", ("laptop boots to a blue BitLocker screen asking for the recovery key. found this in my microsoft account:\n\n"
                        "Key ID: {{bbblkey1.id}}\nRecovery Key: {{bbblkey1.v}}\n\ndo I type the dashes too?")),
    ("secret", "user", ("phone says PUK locked 😩 the plastic card the sim came on says:\n\nPIN1 {{bbsim1.pin}}   PUK1 {{bbsim1.puk}}\n"
                        "PIN2 {{bbsim1.pin_two}}   PUK2 {{bbsim1.puk_two}}\n\nwhich one do i enter and how many tries do i get?")),
    ("secret", "user", ("microsoft says my account is locked and wants the recovery code. I wrote it down when I turned on 2-step: "
                        "{{bbmsrc1.v}} — it says invalid, is it case sensitive?")),
    ("mixed", "user", ("from Steam Desktop Authenticator's maFiles folder, moving to a new pc:\n\n{\"shared_secret\":\"{{bbsteam1.shared}}\","
                       "\"serial_number\":\"{{bbsteam1.serial}}\",\"revocation_code\":\"{{bbsteam1.rcode}}\",\"account_name\":\"{{bbusr1.v}}\","
                       "\"token_gid\":\"{{bbsteam1.gid}}\",\"identity_secret\":\"{{bbsteam1.identity}}\",\"fully_enrolled\":true}\n\n"
                       "is copying the file enough or do I need the revocation code too?")),
    ("secret", "user", ("telephone banking asked for the 2nd, 5th and 7th letters of my memorable word and I panicked. it's {{bbmemo1.v}} "
                        "— which letters are those? and my passcode is {{bbpin1.v}} if that matters")),
    ("secret", "user", ("auto-transcript of the voicemail my boss left: 'hi it's me, the password for the shared inbox is {{bbnato1.v}}, "
                        "got that? call me if not.' what does that spell?")),
    # ---- SECRET: read off a screen, corrected, spread over chat lines
    ("mixed", "user", ("copied this out of a screenshot with google lens and the password doesn't work:\n\nHi {{bbp1.first}},\n"
                       "Your account has been created.\nUsernarne: {{bbusr1.v}}\nTernporary passvvord: {{bbocr1.v}}\n"
                       "You wiII be asked to change it at first Iogin.\n\ncould lens have misread some letters?")),
    ("secret", "user", ("the password for the kids' tablet is {{bbauto1.wrong}} — sorry, autocorrect, it's {{bbauto1.right}} all lower "
                        "case. is that strong enough for a 9 year old's account?")),
    ("secret", "user", ("this is how my brother sent it, which bit is the password?\n\n[20:14] bro: router login is admin\n"
                        "[20:14] bro: and the pass\n[20:15] bro: {{bbpw1.v}}\n[20:15] bro: capital first letter\n"
                        "[20:16] bro: dont share it lol")),
    # ---- SECRET: other languages
    ("secret", "user", "modem arayüzünün şifresi {{bbpw1.v}} ama giriş yapamıyorum, Türk Telekom'u mu aramam lazım?"),
    ("secret", "user", "kata sandi wifi kantor {{bbwifi1.v}}, tapi laptop baru nggak bisa connect. harus setting apa ya?"),
    ("secret", "user", "공유기 관리자 비밀번호가 {{bbpw1.v}}인데 로그인이 안 돼요. 초기화해야 하나요?"),
    ("secret", "user", "كلمة السر تبع الإيميل {{bbpw1.v}} وما عم تزبط، شو لازم أعمل؟"),
    ("secret", "user", "הסיסמה של הנטפליקס היא {{bbpw1.v}} אבל כתוב שהיא שגויה, מה עושים?"),
    # ---- SECRET: the assistant echoes
    ("secret", "assistant", ("Move the password out of `/etc/fstab` into a credentials file:\n\n```\n# /root/.smbcredentials  (chmod 600)\n"
                             "username=plex\npassword={{bbpwu1.v}}\n```\n\nThen replace `username=plex,password={{bbpwu1.v}}` in the "
                             "fstab line with `credentials=/root/.smbcredentials` and run `sudo mount -a`.")),
    ("secret", "assistant", ("Here's the text for the QR generator for your guest network:\n\n```\nWIFI:T:WPA;S:{{bbwpa1.ssid}};"
                             "P:{{bbwpa1.v}};H:false;;\n```\n\nAny phone camera will offer to join when it scans it. Since "
                             "`{{bbwpa1.v}}` is now in this chat, you may want to change it after the party.")),
    ("secret", "assistant", ("FileZilla only base64-encodes saved passwords, it doesn't encrypt them: `{{bbbsixfour1.v}}` decodes to "
                             "`{{bbbsixfour1.plain}}`. Copy sitemanager.xml across, then set a master password under Edit → Settings "
                             "→ Passwords so the new copy is encrypted.")),
    # ---- SECRET: provider keys
    ("secret", "user", ("cleaning up my homelab .env before I push it, which of these are actually secret?\n\n"
                        "HCLOUD_TOKEN={{bbk_hcloud1.v}}\nB2_APPLICATION_KEY={{bbk_btwo1.v}}\nSCW_DEFAULT_ORGANIZATION_ID={{bbuuid1.v}}\n"
                        "SCW_SECRET_KEY={{bbk_scw1.v}}\nLINODE_TOKEN={{bbk_linode1.v}}\nPAGERDUTY_TOKEN={{bbk_pd1.v}}\n"
                        "TZ=Europe/Lisbon")),
    # ---- PERSON: documents, exports and logs
    ("person", "user", ("MINUTES — Riverside Allotment Society AGM, 9 March\nPresent: {{bbp1.full}} (Chair), {{bbp2.full}} (Treasurer), "
                        "{{bbp3.full}}, {{bbp4.initial}}\nApologies: {{bbp5.full}}\n1. Treasurer's report: {{bbp2.first}} reported "
                        "a surplus of £212.\n2. {{bbp3.first}} proposed a water-butt rota, seconded by {{bbp1.last}}.\n"
                        "Minutes taken by {{bbp6.full}}.\n\ncan you tidy these into a proper format?")),
    ("mixed", "user", ("{{bbp1.caps}}\n{{bbloc_dk1.v}} · {{bbph_dk1.v}} · {{bbp1.email}}\nDate of birth: {{bbdob1.v}}\n\n"
                       "PROFILE\nWarehouse team lead with nine years' experience in cold-chain logistics.\n\n"
                       "a recruiter said CVs here don't need the birth date anymore, should I take it out?")),
    ("person", "user", ("0 @I14@ INDI\n1 NAME {{bbpf1.gedcom}}\n2 GIVN {{bbpf1.first}}\n2 SURN {{bbpf1.last}}\n1 SEX F\n1 FAMS @F6@\n"
                        "0 @I15@ INDI\n1 NAME {{bbpm2.gedcom}}\n1 SEX M\n1 FAMS @F6@\n\n"
                        "the family tree site won't import my gedcom, is something wrong with these records?")),
    ("person", "user", ("{{bbp1.full}} — Today at 21:14\nwho's bringing the projector saturday\n{{bbp2.full}} — Today at 21:16\n"
                        "me, and {{bbp3.first}} has the cables\n{{bbp1.full}} — Today at 21:17\nlegend\n\n"
                        "turn this discord chat into a short checklist")),
    ("person", "user", ("{\n \"name\": \"Family 🏡\",\n \"type\": \"private_group\",\n \"messages\": [\n"
                        "  {\"id\": 4412, \"type\": \"message\", \"date\": \"2025-03-02T19:40:11\", \"from\": \"{{bbp1.full}}\", "
                        "\"from_id\": \"user{{bbnum1}}\", \"text\": \"dinner at ours sunday?\"},\n"
                        "  {\"id\": 4413, \"type\": \"message\", \"date\": \"2025-03-02T19:42:57\", \"from\": \"{{bbp2.full}}\", "
                        "\"from_id\": \"user{{bbnum2}}\", \"text\": \"only if {{bbp3.first}} cooks\"}\n ]\n}\n\n"
                        "how do I turn telegram's result.json into a readable chat?")),
    ("person", "user", ("10:02:11 From {{bbp1.full}} to Everyone:\n\tcan everyone see my screen?\n10:02:40 From {{bbp2.full}} to Everyone:\n"
                        "\tyes\n10:05:03 From {{bbp3.full}} to {{bbp1.full}}(Direct Message):\n\tcan we talk after about the deadline\n\n"
                        "I'm the host. could others see {{bbp3.poss}} direct message in the saved chat?")),
    ("person", "user", ("{{bbpf1.caps}} peacefully at home on 3rd March, aged 84. Beloved wife of the late {{bbpm2.full}}, "
                        "mother of {{bbp3.first}} and {{bbp4.first}}, grandmother of many. Funeral at St Mary's, Friday 14th at 11am.\n\n"
                        "can you make this death notice fit the paper's 50-word limit?")),
    ("person", "user", ("U12 girls — Saturday squad\nGK  {{bbpf1.full}}\nDEF {{bbpf2.full}}, {{bbpf3.initial}}, {{bbpf4.full}}\n"
                        "MID {{bbpf5.first}} (capt), {{bbpf6.full}}\n\nmake this into a message for the parents' WhatsApp with the "
                        "9:15 meet time")),
    ("mixed", "user", ("References:\n1. {{bbp1.full}}, previous landlord — {{bbph1.v}}\n2. {{bbp2.full}}, line manager at the depot — "
                       "{{bbph2.v}}\n\nthe letting agent wants 'professional references', are these ok?")),
    ("person", "user", ("Acknowledgements\n\nI am deeply grateful to my supervisor, Dr {{bbpf1.last}}, for her patience, and to "
                        "{{bbp2.full}} for help with the field interviews in Naryn. Special thanks to my parents and to "
                        "{{bbnick1.nick}}, who read every draft.\n\ntoo cheesy? it's for my master's thesis")),
    ("person", "user", ("Order #,First Name,Last Name,Ticket Type,Checked In\n7731042,{{bbp1.first}},{{bbp1.last}},Early bird,Yes\n"
                        "7731057,{{bbp2.first}},{{bbp2.last}},General,No\n7731090,{{bbp3.first}},{{bbp3.last}},General,Yes\n\n"
                        "how many no-shows, and can you write a 'sorry we missed you' email?")),
    ("person", "user", ("Your parcel was delivered at 13:42.\nSigned for by: {{bbp1.last_caps}}\nLeft with: neighbour ({{bbp2.first}})\n\n"
                        "I don't know anyone with that surname on my street, how do I dispute this?")),
    ("person", "assistant", ("Here are the minutes in a cleaner format:\n\n**Present:** {{bbp1.full}} (Chair), {{bbp2.full}} (Treasurer), "
                             "{{bbp3.full}}\n**Apologies:** {{bbp4.full}}\n\n**Actions**\n- {{bbp2.first}} to circulate the accounts "
                             "by 1 April.\n- {{bbp3.first}} to set up the water-butt rota.")),
    ("person", "user", "{{bbnick1.nick_lc}} keeps leaving the gate open and the dog got out AGAIN. how do i say something without making it a whole thing"),
    # ---- USERNAME
    ("username", "user", ("$ last -w -n 4\n{{bbusr1.v}} pts/0        tmux(41822).%0   Tue Mar 11 09:02   still logged in\n"
                          "{{bbusr2.v}} pts/1        laptop.lan       Mon Mar 10 22:14 - 23:50  (01:36)\n"
                          "reboot   system boot  6.8.0-52-generic Mon Mar 10 08:11   still running\n\n"
                          "who is {{bbusr2.v}}? I never made that account")),
    ("username", "user", ("[19:22:41] [Server thread/INFO]: {{bbusr1.v}} joined the game\n[19:22:58] [Server thread/INFO]: <{{bbusr1.v}}> hi\n"
                          "[19:31:07] [Server thread/INFO]: {{bbusr1.v}} was slain by Zombie\n"
                          "[19:40:12] [Server thread/INFO]: {{bbusr2.v}} lost connection: Disconnected\n\n"
                          "how do I whitelist just these two on my kid's server?")),
    ("username", "user", "every time I open a terminal on the server it says 'You have new mail in /var/mail/{{bbusr1.v}}' — how do I read it and make it stop?"),
    # ---- LOCATION
    ("location", "user", "a morada é {{bbloc_pt1.v}} — can you write it the way amazon.co.uk wants it, with the postcode separate?"),
    ("location", "user", "adresa pro doručení: {{bbloc_cz1.v}} — the courier keeps saying it's incomplete, what's missing?"),
    ("location", "user", "write a note for the lalamove driver: deliver to {{bbloc_my1.v}}, call when you reach the guardhouse"),
    ("location", "user", "la dirección es {{bbloc_co1.v}}, how do I write the 'Apto' and the # part on a US form?"),
    # ---- ID_NUMBER
    ("id", "user", "身分證字號 {{bbid_tw1.v}} — the Japanese visa form asks for 'ID number', is it this one?"),
    ("id", "user", "ЕГН {{bbid_bg1.v}} — the German Anmeldung form has a field 'Steuer-ID', is that the same thing?"),
    ("id", "user", "isikukood {{bbid_ee1.v}} — what does the first digit mean? the Finnish form asks for 'sex' separately"),
    ("id", "user", "mi CUIL es {{bbid_ar1.v}}, ¿lo pongo en el formulario de Wise como 'tax ID'?"),
    # ---- PHONE, EMAIL, URL
    ("phone", "user", "my landlord in Pokhara only uses viber, his number is {{bbph_np1.v}} — write him a message that the tap is leaking"),
    ("phone", "user", "the guy selling the car gave me {{bbph_kz1.v}}, can you write a message in simple russian asking if it's still available?"),
    ("email", "user", "got a bounce: 550 5.1.1 <{{bbem1.v}}>: Recipient address rejected: User unknown in virtual mailbox table — did I spell her address wrong?"),
    ("email", "user", "the school newsletter says to reply to {{bbem1.v}} and cc {{bbem2.v}} about the trip, write a short email asking what it costs"),
    ("url", "user", "is it safe to put {{bburl_cash1.v}} on my etsy shop page for tips?"),
    ("url", "user", "here's the shared album from the wedding {{bburl_album1.v}} — can anyone with the link see it, or only people I invite?"),
]

ROUND8_NOPII: list[tuple[str, str, str]] = [
    ("nopii_code", "user", ("Azurite's connection string has AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/"
                            "K1SZFPTOtr/KBHBeksoGMGw== for devstoreaccount1 — is it a problem that it's in our docker-compose?")),
    ("nopii_code", "user", ("curl https://api.stripe.com/v1/charges -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: -d amount=2000\n\n"
                            "that key is in every example in stripe's docs — whose account is it?")),
    ("nopii_code", "user", "<script>const stripe = Stripe('{{bbpubpk1}}');</script>\n\nis it ok that the publishable key is visible in the page source?"),
    ("nopii_hash", "user", ".htpasswd:\nadmin:{{bbapr1}}\n\ncan someone read the password out of this file if they get it?"),
    ("nopii_code", "user", ("[wifi-security]\nkey-mgmt=wpa-psk\npsk-flags=1\n\nwhere did my wifi password go? the nmconnection file has "
                            "no psk line anymore")),
    ("nopii_code", "user", ("$ kubectl describe secret billing-db -n prod\nName:         billing-db\nNamespace:    prod\nType:  Opaque\n\n"
                            "Data\n====\npassword:    24 bytes\nusername:    7 bytes\n\nhow do I actually see the value?")),
    ("nopii_uuid", "user", ("the BitLocker screen shows Recovery key ID: {{bbuuid1.up}} — how do I find which key in my microsoft account "
                            "matches it? we have three laptops")),
    ("nopii_hash", "user", ("$ keytool -list -v -keystore upload.jks\nEnter keystore password:\nAlias name: upload\n"
                            "Certificate fingerprints:\n\t SHA1: {{bbfp1.sha_one}}\n\t SHA256: {{bbfp1.sha}}\n\n"
                            "play console asks for the upload certificate's SHA-256, is it this one?")),
    ("nopii_code", "user", ("withCredentials([usernamePassword(credentialsId: 'nexus', usernameVariable: 'NEXUS_USER', "
                            "passwordVariable: 'NEXUS_PASS')]) {\n  sh 'mvn -s settings.xml deploy'\n}\n\n"
                            "does jenkins mask NEXUS_PASS if the build prints it?")),
    ("nopii_code", "user", ("{\n\t\"auths\": {\n\t\t\"ghcr.io\": {},\n\t\t\"https://index.docker.io/v1/\": {}\n\t},\n"
                            "\t\"credsStore\": \"desktop\"\n}\n\nwhere's my token then? the auths are empty")),
    ("nopii_code", "user", ("<server>\n  <id>nexus-releases</id>\n  <username>${env.NEXUS_USER}</username>\n"
                            "  <password>${env.NEXUS_PASSWORD}</password>\n</server>\n\ndoes maven expand env vars in settings.xml?")),
    ("nopii_code", "user", "kurulum rehberinde DB_SIFRE=<şifreniz> yazıyor, şifreyi tırnak içine mi yazmam lazım?"),
    ("nopii_code", "user", ("-  password: \"${SMTP_PASS}\"\n+  password: {{ .Values.smtp.password | quote }}\n\n"
                            "moving the chart to helm values, is quote needed here?")),
    ("nopii_hash", "user", ("pub   rsa4096 2021-01-17 [SC] [expires: 2029-01-15]\n      {{bbgpgfp1}}\n"
                            "uid           [ unknown] Debian Archive Automatic Signing Key (11/bullseye)\n\n"
                            "apt says NO_PUBKEY, is this the key I need to add?")),
    ("nopii_code", "user", "apple's page says app-specific passwords look like xxxx-xxxx-xxxx-xxxx — do I type the dashes in thunderbird?"),
    ("nopii_code", "user", "old raspberry pi tutorials say to log in as pi with the password raspberry — does that still work on bookworm?"),
    ("nopii_code", "user", ("our policy: 14+ characters, no reuse of the last 24, no dictionary words, must not contain the username. "
                            "is 'no dictionary words' still what NIST recommends?")),
    ("nopii_hash", "user", ("C:\\> CertUtil -hashfile Setup-x64.exe SHA256\nSHA256 hash of Setup-x64.exe:\n{{bbhash1}}\n"
                            "CertUtil: -hashfile command completed successfully.\n\nthe vendor's site shows a different hash, should I worry?")),
    ("nopii_public_figure", "user", "write a short bio of {{bbfig1}} for my son's school project, 150 words, simple english"),
    ("nopii_public_figure", "user", "who changed more, {{bbfig1}} or {{bbfig2}}? I need both sides for a debate club"),
    ("nopii_public_figure", "assistant", "{{bbfig1}} is a strong choice for the essay: start with the early years, then the turning point most people remember."),
    ("nopii_product", "user", "is ISBN {{bbisbn1}} the same edition as the one with the blue cover? my book club can't agree"),
    ("nopii_public_place", "user", "is the wifi at Changi Airport free without a local number? and is the Jewel waterfall worth a six hour layover?"),
    ("nopii_code", "user", "why do lists of the most common passwords always have 123456, qwerty and P@ssw0rd at the top?"),
    ("nopii_log", "user", ("An account failed to log on.\n\nAccount For Which Logon Failed:\n\tSecurity ID:\t\tNULL SID\n"
                           "\tAccount Name:\t\tAdministrator\n\tAccount Domain:\t\tWORKGROUP\n\nFailure Information:\n"
                           "\tFailure Reason:\t\tUnknown user name or bad password.\n\tStatus:\t\t\t0xC000006D\n\n"
                           "thousands of these overnight, am I being attacked?")),
    ("nopii_assistant", "assistant", ("Treat a BitLocker recovery key like a house key: keep it in your Microsoft account or printed somewhere "
                                      "safe, and never read it out to someone who calls claiming to be support.")),
    ("nopii_math", "user", "a PUK is 8 digits and you get 10 tries before the SIM is dead — what are the odds of guessing it?"),
    ("nopii_code", "user", ("db_password: ENC[AES256_GCM,data:{{bbsops1.data}},iv:{{bbsops1.iv}},tag:{{bbsops1.tag}},type:str]\n\n"
                            "sops says this is safe to commit, is the password really not recoverable without the key?")),
    ("nopii_code", "user", "$ANSIBLE_VAULT;1.1;AES256\n{{bbvault1}}\n\nthat's my group_vars/all/vault.yml, can I push it to a public repo?"),
    ("nopii_code", "user", ("folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n"
                            ",,login,Example,,,0,https://example.com,username,password,\n\n"
                            "that's bitwarden's import template, do I need every column?")),
]
