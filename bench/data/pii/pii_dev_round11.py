"""Dev-only eleventh-round material for the PII benchmark: credentials written the hardest ways a real
person or a real tool writes them that no earlier round wrote (a password split by words, given in
another language's quotation marks, with spaces inside, only four characters long, an ordinary phrase,
in capitals, looking like a URL or an e-mail, escaped inside JSON or doubled for Compose), credentials
inside protocol transcripts, request dumps and the command-line tools of databases, secret stores and
hosting platforms, and names and user names in settings no earlier round used.

Why: these rows were written blind by a new author (without reading the redactor's code, its tests or
the held-out split, and without running the redactor or the evaluator) before any recognizer change of
round 11, so the redactor's first score on them ("before") estimates how it generalises to messages
nobody tuned it on. The author read the docstrings of rounds 3 to 10 (and round 10's code for its
structure), listed the credential forms they cover, and wrote only forms outside that list.

Rules as for ``pii_dev_round7``: appended to ``dev.jsonl`` only, generated after test and after the
earlier dev-only rows from their own RNG (so test.jsonl stays byte-identical), with value pools that
share nothing with any earlier pool (``check_round11_disjoint``, which also covers round 10's pools).
Template ids continue each category's numbering from 400 (``secret_400``...). Slot kinds start with
``mm``.

What they exercise (every secret is random text in its published shape or a random combination of
words, never a real one):

* SECRET, in 76 of the 90 PII messages (84%; 94 spans). Prose built to slip past a redactor: a password split
  across a sentence with words between its parts (each literal part is a span); a password given by
  reference to another ("the NAS one is the same but with a 2 on the end": only the literal value
  is gold); passwords inside German ``‚‘`` (nested in ``„“``), Croatian ``„“``, Polish ``„”``, Swiss
  ``‹›`` (nested in ``«»``), French ``« »`` (with the spaces French puts inside), Norwegian ``«»``,
  Swedish ``””``, Japanese ``『』`` and Chinese ``「」`` quotation marks (the marks are never part of the span); a password with spaces
  inside (one span); passwords of four to six characters in a clear context; a password that is an
  ordinary phrase ("my password is tugboat crumpet"); a message in capitals; passwords that look
  like a URL or an e-mail address (SECRET, not URL or EMAIL_ADDRESS); a password typed at the shell
  prompt by mistake (``bash: X: command not found``, both copies gold); a commit message that
  changes a password (both gold); passwords in parentheses. Code and config: a JSON string with
  escapes (gold as written, backslashes included), a Compose value with ``$$`` (gold as written), a
  quoted ``.env`` value containing ``#``, an HTML ``<input type="password" value=...>``, a
  ``fetch`` body, a Python dict for PyMySQL, a Go ``smtp.PlainAuth``, a Rust ``const``, a Terraform
  ``<<-EOT`` heredoc (``chpasswd``, ``mysql -p``), a TOML table, an INI with unusual key names
  (``auth_string``, ``shared_key``, a ``passphrase_hash`` that is plain text), a YAML block scalar,
  SQL ``UPDATE ... SET password``, ``pyotp.TOTP("...")``, Python ``keyring.set_password``, VBA
  ``Unprotect Password:=``. Transcripts and dumps: a raw HTTP request
  (``Proxy-Authorization: Basic``, ``X-Auth-Token`` with a Keystone Fernet token), a ``Cookie:``
  header (``PHPSESSID`` and ``remember_token`` gold, ``_ga`` not), ``curl -d ...client_secret=``,
  ``grpcurl -H 'x-api-key: ...'`` and gRPC Python ``metadata``, a ``wss://...?token=`` URL, an SMTP
  ``AUTH PLAIN`` line (the base64 of user and password is gold as written), ``curl -v`` FTP output
  (``> USER``/``> PASS``), an IMAP ``LOGIN``, ``redis-cli`` ``AUTH``, mongosh ``db.auth()``, a SQL
  Server JDBC URL (``;password=``), an ODBC ``PWD=`` string, ``PGPASSWORD=``,
  ``sqlplus user/pw@``, an ``expect`` script, ``echo pw | sudo -S``, ``printf pw | docker secret
  create``, ``vault kv put``, ``op item get`` output, ``gh auth login --with-token <<<``, ``heroku
  config`` (the Postgres password and ``SECRET_KEY_BASE``), ``netlify env:list --plain``, a
  ``vercel env pull`` file, ``nmcli ... password``, ``ssh-keygen -N``, ``git credential fill``
  output, ``psexec -p``, ``chpasswd``, an Ansible vault password file, ``qpdf --password=``;
  crypto-exchange keys (Binance API key and secret, Kraken API key and private key,
  KuCoin key, secret and passphrase: every part SECRET); a card with its CVV and PIN in one sentence;
  the assistant quoting a secret back.
* PERSON and USERNAME, the other 15% (and beside secrets in mixed messages): names of cultures no
  earlier pool had (Greenlandic, Cornish, Asturian, Mari, Chuvash, Avar, Lezgin, Svan and
  Mingrelian, Tulu, Kodava, Santali, Bodo, Khmer, Iban, Kadazan, Tausug, Maranao, Papua New Guinean,
  Songhai, Fon, Soninke, Kongo, Afar, Wolaytta, Luhya, Chaga, Lozi, Swazi, Pedi, Emberá, Cajun,
  Acadian, Plautdietsch Mennonite, Pennsylvania Dutch) in chess pairings, a choir rota, a Strava
  leaderboard, a mahjong score sheet, an allotment waiting list, podcast credits, a Spotify playlist,
  a lower-case nickname and the assistant's reply; user names as a Mastodon handle (only the user
  part: the ``@`` and the instance are not labelled), in a Twitch chat log, a Minecraft
  ``whitelist.json``, ``crontab -u``, a GitHub SSH remote, an FTP ``USER`` line and ``chpasswd``.
* no-PII look-alikes, under round 4's policy: a password policy with a pattern, an FTP tutorial
  with ``PASS <password>``, ``AUTH`` with no argument, empty ``PASSWORD=`` values, a sha512-crypt
  shadow hash, an OpenSSL ``Salted__`` blob, an ``ssh-ed25519`` public key, an ISO checksum, a JWT
  header alone, published examples (RFC 7617's ``Aladdin:open sesame``, RFC 6749's client secret,
  RFC 3501's ``LOGIN SMITH SESAME``, RFC 4616's ``AUTH PLAIN``, Binance's documented example key
  pair, Microsoft's public KMS client keys, Stripe's ``4242`` test card), a CVE id, masks (``****``,
  ``[REDACTED]``), secret references (``op://``, ``@file``, ``< token.txt``, ``$(cat ...)``,
  ``jsonpath``), an image digest.

Labelling decisions (kept from rounds 8 to 10, and new ones): every literal password a message shows
is gold; a password derived by reference ("the same but with a 2 on the end") is not labelled unless
its value is written out; a password in parts is one span per literal part (round 7's halves);
quotation marks, markup and the French spaces inside ``« »`` are never in the span; escapes and
doubling that the file format requires (``\\"``, ``\\\\``, ``$$``) and encodings that only wrap a
secret (``AUTH PLAIN`` and HTTP ``Basic`` base64) are gold as written; an exchange's API key is
SECRET beside its secret, as a MinIO or AWS access key is; a card's CVV is SECRET (it authenticates
like a PIN), the card number is CREDIT_CARD and the expiry is not labelled; hosts, service users
(``reporting``, ``payroll_app``, ``admin``, ``root``, ``default``), client ids, key names and the
``_ga`` cookie are not labelled; a person's own login in a transcript is USERNAME.
"""

from __future__ import annotations

import base64
import string

import pii_dev_extra as X
import pii_dev_round3 as R3
import pii_dev_round4 as R4
import pii_dev_round5 as R5
import pii_dev_round6 as R6
import pii_dev_round7 as R7
import pii_dev_round8 as R8
import pii_dev_round9 as R9
import pii_dev_round10 as R10
import pii_pools as P
from pii_common import (
    ALNUM,
    Attrs,
    Ctx,
    ascii_fold_all,
    digits,
    name_tokens,
    nick_attrs,
    one,
    rand_token,
    secret,
)
from pii_numbers import luhn_digit

HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
LOWER_DIGITS = string.ascii_lowercase + string.digits
B64 = ALNUM + "+/"
BASE32 = string.ascii_uppercase + "234567"

# ---------------------------------------------------------------- pools (dev only)
# (first, last, region, gender): cultures and spellings no earlier pool has.
R11NAMES: list[tuple[str, str, str, str]] = [
    # Greenlandic, Cornish, Asturian
    ("Aviaja", "Lyberth", "eu.n", "f"), ("Nukannguaq", "Heilmann", "eu.n", "m"), ("Kerensa", "Penhaligon", "eu.w", "f"),
    ("Jago", "Trelawny", "eu.w", "m"), ("Xuacu", "Llaneza", "eu.w", "m"), ("Covadonga", "Menéndez", "eu.w", "f"),
    # Mari, Chuvash, Avar, Lezgin, Svan and Mingrelian
    ("Aivika", "Shabdarova", "eu.e", "f"), ("Ilempi", "Sirotkina", "eu.e", "f"), ("Patimat", "Gadzhimuradova", "eu.e", "f"),
    ("Gasan", "Kurbanaliev", "eu.e", "m"), ("Manana", "Chkhetiani", "eu.e", "f"), ("Levan", "Jikia", "eu.e", "m"),
    # Tulu, Kodava, Santali, Bodo
    ("Ashwitha", "Bangera", "as.s", "f"), ("Poovamma", "Kariappa", "as.s", "f"), ("Ganapathy", "Nanjappa", "as.s", "m"),
    ("Sukhram", "Hansda", "as.s", "m"), ("Mainao", "Basumatary", "as.s", "f"),
    # Khmer, Iban, Kadazan, Tausug, Maranao, Papua New Guinea
    ("Sophea", "Chhorn", "as.se", "f"), ("Vuthy", "Keo", "as.se", "m"), ("Mering", "Jugah", "as.se", "f"),
    ("Lidwina", "Gidong", "as.se", "f"), ("Jaimis", "Majimbun", "as.se", "m"), ("Nurhaida", "Tahil", "as.se", "f"),
    ("Abdulmalik", "Macarambon", "as.se", "m"), ("Kila", "Waiwai", "as.se", "m"),
    # Songhai, Fon, Soninke, Kongo, Afar, Wolaytta, Luhya, Chaga, Lozi, Swazi, Pedi
    ("Bintou", "Maïga", "af", "f"), ("Houénou", "Dossou", "af", "m"), ("Sèna", "Agossou", "af", "f"),
    ("Hawa", "Diakhaby", "af", "f"), ("Kiese", "Mavungu", "af", "f"), ("Nzuzi", "Lukombo", "af", "m"),
    ("Hasna", "Humed", "af", "f"), ("Ersido", "Lendebo", "af", "m"), ("Nafula", "Wekesa", "af", "f"),
    ("Ndesanjo", "Massawe", "af", "m"), ("Mubita", "Lubinda", "af", "m"), ("Phindile", "Shongwe", "af", "f"),
    ("Mahlatse", "Maphutha", "af", "x"),
    # Emberá, Cajun, Acadian, Plautdietsch Mennonite, Pennsylvania Dutch
    ("Yaneth", "Dogirama", "am", "f"), ("Alcide", "Guidry", "am", "m"), ("Clothilde", "Thibodeaux", "am", "f"),
    ("Aurèle", "Arsenault", "am", "m"), ("Aganetha", "Wiebe", "am", "f"), ("Abram", "Penner", "am", "m"),
    ("Mattie", "Beiler", "am", "f"), ("Leroy", "Stoltzfus", "am", "m"),
]
# (diminutive, given name)
R11NICKS: list[tuple[str, str]] = [
    ("Nuka", "Nukannguaq"), ("Covi", "Covadonga"), ("Ganu", "Ganapathy"), ("Netha", "Aganetha"), ("Clo", "Clothilde"),
    ("Ndesa", "Ndesanjo"),
]
R11PASSWORD_WORDS = ["Gramophone", "Kookaburra", "Cardamom", "Tambourine", "Sassafras", "Cumulus", "Dirigible",
                     "Harpsichord", "Periwinkle", "Snapdragon", "Bergamot", "Marionette", "Ocarina", "Pomelo",
                     "Quicksilver", "Zither"]
# Everyday lower-case words for passwords that are ordinary phrases.
R11PHRASE_WORDS = ["tugboat", "crumpet", "snowplough", "dungarees", "wheelbarrow", "kettledrum", "galoshes", "bathtub",
                   "porridge", "mitten", "teaspoon", "scarecrow", "toboggan", "doorbell", "custard", "windmill"]
R11HANDLE_WORDS = ["wallaby", "serval", "kinkajou", "numbat", "dugong", "hoopoe", "marten", "bittern"]
R11EMAIL_DOMAINS = ["vodafone.ie", "free.fr", "sasktel.net", "onet.pl", "netvigator.com", "rambler.ru", "iinet.net.au",
                    "pt.lu", "hot.ee", "zoho.eu"]
R11PARTICLES: set[str] = set()


def _tokens(names: set[str]) -> set[str]:
    """Capitalised words of the names, particles and given-name prefixes left out."""
    return name_tokens(names, R11PARTICLES | R9.R9PARTICLES | R8.R8PARTICLES | R7.R7PARTICLES | R6.R6PARTICLES)


def check_round11_disjoint() -> None:
    """Raise ValueError if a round-11 pool shares a value with an earlier pool (dev, test, extra, rounds 3 to 10),
    or a round-11 slot kind could collide with another round's."""
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
        | {native for native, _ in R9.R9SCRIPT} | set(R9.R9PETS) | set(R9.R9MAIDEN) \
        | {n for f, l, _, _ in R10.R10NAMES for n in (f, l)} | {n for pair in R10.R10NICKS for n in pair} \
        | {native for native, _ in R10.R10SCRIPT}
    names = {n for f, l, _, _ in R11NAMES for n in (f, l)} | {n for pair in R11NICKS for n in pair}
    earlier_figures = {f for half in P.PUBLIC_FIGURES for f in half} | set(R3.R3PUBLIC_FIGURES) \
        | set(R5.R5PUBLIC_FIGURES) | set(R6.R6PUBLIC_FIGURES) | set(R7.R7PUBLIC_FIGURES) \
        | set(R8.R8PUBLIC_FIGURES) | set(R9.R9PUBLIC_FIGURES) | set(R10.R10PUBLIC_FIGURES)
    earlier_words = {w.lower() for half in P.PASSWORD_WORDS for w in half} | {w.lower() for w in X.XPASSWORD_WORDS} \
        | {w.lower() for w in R3.R3PASSWORD_WORDS} | {w.lower() for w in R4.R4PASSWORD_WORDS} \
        | set(R4.R4PHRASE_WORDS) | {w.lower() for w in R4.R4WIFI} | {w.lower() for w in R5.R5PASSWORD_WORDS} \
        | {w.lower() for w in R6.R6PASSWORD_WORDS} | {w.lower() for w in R7.R7PASSWORD_WORDS + R7.R7UNICODE_WORDS} \
        | set(R7.R7PHRASE_WORDS) | {w.lower() for w in R8.R8PASSWORD_WORDS} \
        | {w.lower() for w in R9.R9PASSWORD_WORDS} | {w.lower() for ws in R9.R9LANG_WORDS.values() for w in ws} \
        | {w.lower() for w in R9.R9PETS} | set(R9.R9PHRASE_WORDS) | {w.lower() for w in R10.R10PASSWORD_WORDS}
    words = {w.lower() for w in R11PASSWORD_WORDS} | set(R11PHRASE_WORDS)
    earlier_handles = {w for half in P.HANDLE_WORDS for w in half} | set(X.XHANDLE_WORDS) | set(R5.R5HANDLE_WORDS) \
        | set(R6.R6HANDLE_WORDS) | set(R7.R7HANDLE_WORDS) | set(R8.R8HANDLE_WORDS) | set(R9.R9HANDLE_WORDS) \
        | set(R10.R10HANDLE_WORDS)
    earlier_domains = set(P.EMAIL_DOMAINS) | {d for half in P.WORK_DOMAINS for d in half} | set(R5.R5EMAIL_DOMAINS) \
        | set(R6.R6EMAIL_DOMAINS) | set(R7.R7EMAIL_DOMAINS) | set(R8.R8EMAIL_DOMAINS) | set(R9.R9EMAIL_DOMAINS) \
        | set(R10.R10EMAIL_DOMAINS) | set(R10.R10WORK_DOMAINS)
    clashes = (names & earlier_names) | (_tokens(names) & _tokens(earlier_names)) \
        | (_tokens(names) & _tokens(earlier_figures)) \
        | (words & earlier_words) | (words & (set(R11HANDLE_WORDS) | earlier_handles)) \
        | (set(R11HANDLE_WORDS) & (earlier_handles | earlier_words)) \
        | (set(R11EMAIL_DOMAINS) & earlier_domains) \
        | (words & {t.lower() for t in _tokens(names)})
    if clashes:
        raise ValueError(f"{len(clashes)} round-11 pool values are also in earlier pools: {sorted(clashes)}")
    if len({f for f, _, _, _ in R11NAMES}) != len(R11NAMES) or any(g not in "fmx" for *_, g in R11NAMES):
        raise ValueError("R11NAMES needs distinct first names, each with a gender f, m or x")
    if any(g not in {f for f, *_ in R11NAMES} for _, g in R11NICKS):
        raise ValueError("R11NICKS must name people of R11NAMES")
    earlier_kinds = set(R3.ROUND3_GENERATORS) | set(R4.ROUND4_GENERATORS) | set(R5.ROUND5_GENERATORS) \
        | set(R6.ROUND6_GENERATORS) | set(R7.ROUND7_GENERATORS) | set(R8.ROUND8_GENERATORS) \
        | set(R9.ROUND9_GENERATORS) | set(R10.ROUND10_GENERATORS) | set(X.EXTRA_GENERATORS)
    if any(not k.startswith("mm") for k in ROUND11_GENERATORS) or set(ROUND11_GENERATORS) & earlier_kinds:
        raise ValueError("round-11 slot kinds must start with 'mm' and be new")


# ---------------------------------------------------------------- helpers


# ---------------------------------------------------------------- people and handles
def gen_mm_person(ctx: Ctx, gender: str | None = None) -> Attrs:
    rng = ctx.rng
    pool = [n for n in R11NAMES if gender is None or n[3] in (gender, "x")]
    first, last, _, _ = ctx.pick_fresh(pool, "mmnames", 8)
    full = f"{first} {last}"
    f, l = ascii_fold_all(first), ascii_fold_all(last)

    def make_email() -> str:
        local = rng.choice([f"{f}.{l}", f"{f}{l[:3]}{rng.randrange(1, 99)}", f"{l}.{f[0]}", f"{f}_{rng.choice(R11HANDLE_WORDS)}",
                            f"{f[0]}{l}{rng.randrange(1960, 2008)}"])
        return f"{local}@{rng.choice(R11EMAIL_DOMAINS)}"

    return {"full": one(full, "PERSON"), "first": one(first, "PERSON"), "last": one(last, "PERSON"),
            "first_lc": one(first.lower(), "PERSON"), "poss": [(first, "PERSON"), ("'s", None)],
            "initial": one(f"{first[0]}. {last}", "PERSON"), "caps_last": one(last.upper(), "PERSON"),
            "email": one(ctx.unique(make_email), "EMAIL_ADDRESS")}


def gen_mm_nick(ctx: Ctx) -> Attrs:
    return nick_attrs(ctx, R11NICKS, "mmnicks", 4)


def _handle(ctx: Ctx) -> str:
    rng = ctx.rng
    first, last, _, _ = rng.choice(R11NAMES)
    f, l = ascii_fold_all(first), ascii_fold_all(last)
    word = rng.choice(R11HANDLE_WORDS)
    return rng.choice([f"{f}.{l}", f"{word}_{f}{digits(rng, 2)}", f"{f[0]}{l}", f"{l}{f[:3]}{digits(rng, 2)}",
                       f"{f}{word.capitalize()}", f"{word}{l[:4]}", f"{f}_{l}"])


def gen_mm_user(ctx: Ctx) -> Attrs:
    return {"v": one(ctx.unique(lambda: _handle(ctx)), "USERNAME")}


def gen_mm_email(ctx: Ctx) -> Attrs:
    return {"v": gen_mm_person(ctx)["email"]}


# ---------------------------------------------------------------- passwords in hard shapes
SYMBOLS = "!#%&@?*"


def _password(ctx: Ctx) -> str:
    """A password as people choose them: starts with a letter; no space, quote, backslash, ``$``, ``;`` or ``:``."""
    rng = ctx.rng
    word, other = rng.sample(R11PASSWORD_WORDS, 2)
    return rng.choice([
        f"{word}{digits(rng, rng.choice([2, 3, 4]))}{rng.choice(SYMBOLS)}",
        f"{word.lower()}{rng.randrange(1958, 2021)}{rng.choice(SYMBOLS)}",
        f"{word}{other}{digits(rng, 2)}",
        f"{word}_{other.lower()}_{digits(rng, 3)}",
        f"{word[:5]}{digits(rng, 4)}{other[:3].lower()}{rng.choice(SYMBOLS)}",
    ])


def gen_mm_pw(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: _password(ctx)))


def gen_mm_short(ctx: Ctx) -> Attrs:
    """A very short password (4 to 6 characters) with a letter and a digit."""
    rng = ctx.rng

    def make() -> str:
        while True:
            s = rand_token(rng, rng.choice([4, 5, 6]), string.ascii_letters + string.digits + "#!")
            if any(c.isalpha() for c in s) and any(c.isdigit() for c in s) and s[0].isalnum():
                return s

    return secret(ctx.unique(make))


def gen_mm_phrase(ctx: Ctx) -> Attrs:
    """A password that is an ordinary phrase of two or three everyday words ("tugboat crumpet")."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: " ".join(rng.sample(R11PHRASE_WORDS, rng.choice([2, 2, 3])))))


def gen_mm_space(ctx: Ctx) -> Attrs:
    """A password with spaces inside ("Bergamot on Tuesday 47")."""
    rng = ctx.rng

    def make() -> str:
        word = rng.choice(R11PASSWORD_WORDS)
        return rng.choice([f"{word} {rng.choice(R11PHRASE_WORDS)} {digits(rng, 2)}", f"{word} on {rng.choice(['Tuesday', 'Sunday', 'Friday'])} {digits(rng, 2)}",
                           f"my {word.lower()} {rng.choice(R11PHRASE_WORDS)}{rng.choice(SYMBOLS)}"])

    return secret(ctx.unique(make))


def gen_mm_caps(ctx: Ctx) -> Attrs:
    rng = ctx.rng
    return secret(ctx.unique(lambda: rng.choice([f"{rng.choice(R11PASSWORD_WORDS).upper()}{digits(rng, 3)}",
                                                  f"{rng.choice(R11PHRASE_WORDS).upper()}{rng.choice(R11PHRASE_WORDS).upper()}{digits(rng, 2)}"])))


def gen_mm_urlpw(ctx: Ctx) -> Attrs:
    """A password that looks like a URL (``url``) or an e-mail address (``mail``); both SECRET."""
    rng = ctx.rng

    def make() -> tuple[str, str]:
        w, o = rng.sample(R11PASSWORD_WORDS, 2)
        url = rng.choice([f"www.{w}{digits(rng, 2)}.com", f"https://{w.lower()}{digits(rng, 3)}", f"{w}.{o.lower()}.net{digits(rng, 2)}"])
        mail = rng.choice([f"{w.lower()}@{o.lower()}{digits(rng, 2)}", f"{w}@home{rng.randrange(1970, 2010)}", f"me@{w.lower()}.{digits(rng, 3)}"])
        return url, mail

    url, mail = ctx.unique_many(make)
    return {"url": one(url, "SECRET"), "mail": one(mail, "SECRET")}


def gen_mm_split(ctx: Ctx) -> Attrs:
    """A password told in two literal parts (``a``, ``b``), each SECRET."""
    rng = ctx.rng

    def make() -> tuple[str, str]:
        word = rng.choice(R11PASSWORD_WORDS)
        return (rng.choice([word, word.lower(), f"{word}{digits(rng, 2)}"]),
                rng.choice([f"{digits(rng, 3)}{rng.choice(SYMBOLS)}", f"{rng.choice(SYMBOLS)}{digits(rng, 4)}", f"{digits(rng, 2)}{rng.choice(R11PHRASE_WORDS)}"]))

    a, b = ctx.unique_many(make)
    return {"a": one(a, "SECRET"), "b": one(b, "SECRET")}


def gen_mm_jesc(ctx: Ctx) -> Attrs:
    """A password with a double quote and a backslash, written as a JSON string body (``\\"``, ``\\\\``)."""
    rng = ctx.rng

    def make() -> str:
        w = rng.choice(R11PASSWORD_WORDS)
        raw = rng.choice([f'{w}"{digits(rng, 3)}\\x', f'{w[:4]}\\{digits(rng, 2)}"{w[4:].lower()}', f'"{w}{digits(rng, 2)}\\'])
        return raw.replace("\\", "\\\\").replace('"', '\\"')

    return secret(ctx.unique(make))


def gen_mm_dollar(ctx: Ctx) -> Attrs:
    """A password with ``$`` as Compose needs it written (``$$``)."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: rng.choice([f"{rng.choice(R11PASSWORD_WORDS)}$${digits(rng, 3)}",
                                                  f"$${rng.choice(R11PASSWORD_WORDS).lower()}{digits(rng, 2)}!"])))


def gen_mm_hashpw(ctx: Ctx) -> Attrs:
    """A password with ``#`` inside (a comment marker in ``.env`` files when unquoted)."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: f"{rng.choice(R11PASSWORD_WORDS)}#{digits(rng, 4)}{rng.choice(['', '#', 'x'])}"))


def gen_mm_pin(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: digits(ctx.rng, 4)))


def gen_mm_cvv(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: digits(ctx.rng, 3)))


def gen_mm_card(ctx: Ctx) -> Attrs:
    """A Luhn-valid Visa or Mastercard number in groups of four."""
    rng = ctx.rng

    def make() -> str:
        body = rng.choice(["4", f"5{rng.randrange(1, 6)}"])
        body += digits(rng, 15 - len(body))
        n = body + luhn_digit(body)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))

    return {"v": one(ctx.unique(make), "CREDIT_CARD")}


def gen_mm_smtp(ctx: Ctx) -> Attrs:
    """An SMTP ``AUTH PLAIN`` argument (``v``, base64 of NUL user NUL password, SECRET) and its user's e-mail (``email``)."""
    email_piece = gen_mm_person(ctx)["email"]
    email = email_piece[0][0]
    pw = ctx.unique(lambda: _password(ctx))
    blob = ctx.unique(lambda: base64.b64encode(f"\0{email}\0{pw}".encode()).decode())
    return {"v": one(blob, "SECRET"), "email": email_piece}


def gen_mm_basic(ctx: Ctx) -> Attrs:
    """An HTTP Basic credential (base64 of ``user:password``, SECRET as written)."""
    user = _handle(ctx)
    pw = _password(ctx)
    return secret(ctx.unique(lambda: base64.b64encode(f"{user}:{pw}".encode()).decode()))


def gen_mm_binance(ctx: Ctx) -> Attrs:
    """A Binance API key (``key``) and secret (``v``), 64 letters and digits each; both SECRET."""
    rng = ctx.rng
    key, sec = ctx.unique_many(lambda: (rand_token(rng, 64), rand_token(rng, 64)))
    return {"key": one(key, "SECRET"), "v": one(sec, "SECRET")}


def gen_mm_kraken(ctx: Ctx) -> Attrs:
    """A Kraken API key (``key``, 56 base64 characters) and private key (``v``, 88 base64 ending ``==``); both SECRET."""
    rng = ctx.rng
    key, sec = ctx.unique_many(lambda: (rand_token(rng, 56, B64), rand_token(rng, 86, B64) + "=="))
    return {"key": one(key, "SECRET"), "v": one(sec, "SECRET")}


def gen_mm_kucoin(ctx: Ctx) -> Attrs:
    """A KuCoin API key (``key``, 24 hex), secret (``v``, a UUID) and passphrase (``pass``); all SECRET."""
    rng = ctx.rng

    def make() -> tuple[str, str, str]:
        h = rand_token(rng, 32, HEX)
        return (rand_token(rng, 24, HEX), f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}",
                f"{rng.choice(R11PASSWORD_WORDS).lower()}{rng.choice(SYMBOLS)}{digits(rng, 3)}")

    key, sec, pas = ctx.unique_many(make)
    return {"key": one(key, "SECRET"), "v": one(sec, "SECRET"), "pass": one(pas, "SECRET")}


def gen_mm_heroku_pg(ctx: Ctx) -> Attrs:
    """A Heroku Postgres URL: the generated user (not labelled) and password (SECRET)."""
    rng = ctx.rng
    user, pw = ctx.unique_many(lambda: ("u" + rand_token(rng, 13, LOWER_DIGITS), "p" + rand_token(rng, 64, HEX)))
    return {"user": [(user, None)], "v": one(pw, "SECRET")}


def _mm_key(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    t = lambda n, a=ALNUM: rand_token(rng, n, a)
    return {
        "fernet": lambda: "gAAAAAB" + t(rng.randrange(170, 200), URLSAFE),
        "client": lambda: t(40, URLSAFE),
        "grpc": lambda: t(32, HEX),
        "bearer": lambda: t(48, URLSAFE),
        "ws": lambda: t(40, HEX),
        "phpsess": lambda: t(26, "abcdefghijklmnopqrstuv0123456789"),
        "remember": lambda: t(60),
        "ghp": lambda: "ghp_" + t(36),
        "gho": lambda: "gho_" + t(36),
        "skb": lambda: t(128, HEX),
        "nextsecret": lambda: t(43, B64) + "=",
        "rust": lambda: t(48),
        "totp": lambda: t(32, BASE32),
        "netlify": lambda: t(40, URLSAFE),
    }[kind]()


MM_KEY_KINDS = ["fernet", "client", "grpc", "bearer", "ws", "phpsess", "remember", "ghp", "gho", "skb", "nextsecret", "rust",
                "totp", "netlify"]


def make_mm_key_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return secret(ctx.unique(lambda: _mm_key(ctx, kind)))

    return gen


def gen_mm_ga(ctx: Ctx) -> Attrs:
    """A Google Analytics ``_ga`` cookie value (not labelled)."""
    rng = ctx.rng
    return {"v": [(ctx.unique(lambda: f"GA1.2.{rng.randrange(10**8, 10**10)}.{rng.randrange(1600000000, 1720000000)}"), None)]}


def _person_gen(gender: str | None):  # type: ignore[no-untyped-def]
    return lambda ctx: gen_mm_person(ctx, gender)


ROUND11_GENERATORS = {
    "mmp": _person_gen(None), "mmpf": _person_gen("f"), "mmpm": _person_gen("m"), "mmnick": gen_mm_nick,
    "mmusr": gen_mm_user, "mmem": gen_mm_email,
    "mmpw": gen_mm_pw, "mmshort": gen_mm_short, "mmphrase": gen_mm_phrase, "mmspace": gen_mm_space, "mmcaps": gen_mm_caps,
    "mmurlpw": gen_mm_urlpw, "mmsplit": gen_mm_split, "mmjesc": gen_mm_jesc, "mmdollar": gen_mm_dollar,
    "mmhashpw": gen_mm_hashpw, "mmpin": gen_mm_pin, "mmcvv": gen_mm_cvv, "mmcard": gen_mm_card, "mmsmtp": gen_mm_smtp,
    "mmbasic": gen_mm_basic, "mmbinance": gen_mm_binance, "mmkraken": gen_mm_kraken, "mmkucoin": gen_mm_kucoin,
    "mmherokupg": gen_mm_heroku_pg, **{f"mmk_{k}": make_mm_key_gen(k) for k in MM_KEY_KINDS}, "mmga": gen_mm_ga,
}

# ---------------------------------------------------------------- templates (dev only)
ROUND11_PII: list[tuple[str, str, str]] = [
    # ---- SECRET: other languages' quotation marks
    ("secret", "user", ("Unser Vermieter hat geschrieben: „Das WLAN heißt Dachgeschoss, das Kennwort ist ‚{{mmpw1.v}}‘, bitte nicht "
                        "weitergeben.“ — my phone says 'incorrect password', is the nested quote part of it?")),
    ("secret", "user", "上司から新しいパスワードは『{{mmpw1.v}}』だと言われたんですが、ログインできません。what's the English for 'password expired'?"),
    ("secret", "user", "我妈说家里路由器的密码是「{{mmpw1.v}}」，但是电视连不上。how do I check the TV's Wi-Fi settings?"),
    ("secret", "user", "Vom Verein: «Das Passwort fürs Clubhaus-WLAN ist ‹{{mmpw1.v}}›, gültig bis Saisonende.» — why do Swiss texts use these single arrows inside the double ones?"),
    ("secret", "user", "la gardienne m'a dit : le mot de passe du wifi de l'immeuble est « {{mmpw1.v}} », mais ça ne marche pas. any idea why?"),
    ("secret", "user", "hasło do routera to „{{mmpw1.v}}”, tak napisał technik na kartce — ale laptop mówi że jest złe. what can I try?"),
    ("secret", "user", "från IT: lösenordet till skrivaren är ”{{mmpw1.v}}” — the printer's web page keeps saying 'ogiltigt', translate and help?"),
    ("secret", "user", "naboen sa at passordet til garasjeporten-appen er «{{mmshort1.v}}». can you help me add it to the app in English?"),
    ("secret", "user", "Domar je rekao da je lozinka za Wi-Fi „{{mmpw1.v}}“ — the laptop is in English, where do I type it?"),
    # ---- SECRET: split, referenced, spaced, short, phrases, capitals, URL-like
    ("secret", "user", ("ok so the password for the allotment society's website is in two bits because Ron wrote it on two sticky "
                        "notes: the first bit is {{mmsplit1.a}}, then — and this is the part everyone forgets — you put "
                        "{{mmsplit1.b}} straight after it with no space. It still says invalid, what am I doing wrong?")),
    ("secret", "user", ("it starts with {{mmsplit1.a}}, hang on, I have to find the other notebook... right, then {{mmsplit1.b}}. "
                        "that's the whole password for the church laptop. how do I change it to something the volunteers can remember?")),
    ("secret", "user", ("the router password is {{mmpw1.v}} and the NAS one is the same but with a 2 on the end. can you explain "
                        "why reusing like that is a bad idea, in words my dad will understand?")),
    ("secret", "user", ("my old password was {{mmpw1.v}} and the new one is just the same thing backwards, clever right? is that "
                        "actually any safer?")),
    ("secret", "user", "heads up the password has spaces in it, it's {{mmspace1.v}} exactly like that — does Windows allow spaces in a password?"),
    ("secret", "user", "the streaming box wants the wifi key and ours is \"{{mmspace1.v}}\" with the spaces. the on-screen keyboard has no space bar?!"),
    ("secret", "user", "pw for the shed padlock app is just {{mmshort1.v}} lol, is a 6 character minimum standard for bluetooth locks?"),
    ("secret", "user", "my password is {{mmphrase1.v}}, all lowercase with the spaces. is a phrase like that secure or too easy to guess?"),
    ("secret", "user", "MY GRANDSON SET MY EMAIL PASSWORD TO {{mmcaps1.v}} AND NOW IT SAYS WRONG PASSWORD. I TYPED IT EXACTLY. HOW DO I GET IN"),
    ("secret", "user", "funny story, my password is literally {{mmurlpw1.url}} because I thought a web address would confuse hackers. does it?"),
    ("secret", "user", "the hotel wifi password is {{mmurlpw1.mail}} — it looks like an email address but it's the password, the laptop keeps autocorrecting it"),
    ("secret", "user", "signed into the school portal (pw {{mmpw1.v}}) but the timetable page is blank. is it a browser thing?"),
    ("secret", "user", ("oops. I typed my password into the terminal instead of the sudo prompt:\n\n$ {{mmpw1.v}}\n"
                        "bash: {{mmpw1.v}}: command not found\n\nis it saved in my history now? how do I remove it?")),
    ("secret", "user", ("can you turn these commits into release notes?\n\n9f2c1ab fix footer on mobile\n"
                        "41d07e3 change staging admin password from {{mmpw1.v}} to {{mmpw2.v}}\n0be9a52 bump version to 2.3.1")),
    ("mixed", "user", ("I ran this on the shop database to reset a customer's login, was that a mistake?\n\n"
                       "UPDATE customers SET password = '{{mmpw1.v}}' WHERE email = '{{mmem1.v}}';\n\nshe says it still won't let her in")),
    ("secret", "assistant", ("In your commit message the old password, {{mmpw1.v}}, is now in the repository history for everyone with "
                             "access. Change it on the server first, then rewrite the history with git filter-repo.")),
    # ---- SECRET: code and config in unusual shapes
    ("secret", "user", "config.json won't parse? {\"db\": {\"user\": \"shop\", \"password\": \"{{mmjesc1.v}}\"}} — I escaped the quote and backslash like the docs said"),
    ("secret", "user", ("docker compose complains about a variable not being set:\n\nservices:\n  db:\n    image: postgres:16\n"
                        "    environment:\n      POSTGRES_PASSWORD: \"{{mmdollar1.v}}\"\n\nI doubled the dollar sign, is that right?")),
    ("secret", "user", ("the app logs in with only half the password. .env:\n\nSMTP_HOST=mail.harrowdale.net\nSMTP_USER=noreply\n"
                        "SMTP_PASS=\"{{mmhashpw1.v}}\"\n\ndoes dotenv treat the # as a comment even in quotes?")),
    ("secret", "user", ("why does the browser autofill ignore this? the dev left it in the page source:\n\n"
                        "<input type=\"password\" name=\"pwd\" id=\"pwd\" value=\"{{mmpw1.v}}\" autocomplete=\"current-password\">")),
    ("mixed", "user", ("fetch keeps getting 415 from our login endpoint:\n\nfetch('/api/login', {\n  method: 'POST',\n"
                       "  body: JSON.stringify({ username: '{{mmusr1.v}}', password: '{{mmpw1.v}}' })\n})")),
    ("secret", "user", ("pymysql says access denied:\n\nDB = {\"host\": \"10.0.4.12\", \"user\": \"shop\", \"passwd\": \"{{mmpw1.v}}\", "
                        "\"db\": \"shop\", \"charset\": \"utf8mb4\"}\nconn = pymysql.connect(**DB)")),
    ("mixed", "user", ("Go mailer fails with 535:\n\nauth := smtp.PlainAuth(\"\", \"{{mmem1.v}}\", \"{{mmpw1.v}}\", \"smtp.harrowdale.net\")\n"
                       "err := smtp.SendMail(\"smtp.harrowdale.net:587\", auth, from, to, msg)")),
    ("secret", "user", ("clippy is fine with this but is a const the right place for it?\n\n"
                        "const PAYMENTS_API_SECRET: &str = \"{{mmk_rust1.v}}\";\nconst PAYMENTS_BASE: &str = \"https://api.harrowdale.net/v1\";")),
    ("secret", "user", ("terraform apply works but the instance's mysql is unreachable. main.tf:\n\n"
                        "resource \"aws_instance\" \"shop\" {\n  ami           = var.ami\n  instance_type = \"t3.small\"\n"
                        "  user_data     = <<-EOT\n    #!/bin/bash\n    echo 'ubuntu:{{mmpw1.v}}' | chpasswd\n"
                        "    mysql -uroot -p'{{mmpw2.v}}' -e 'CREATE DATABASE shop'\n  EOT\n}")),
    ("secret", "user", ("Zola says 'missing field' in my config.toml, which one?\n\n[extra]\ntitle = \"Allotment news\"\n\n"
                        "[extra.mailer]\nhost = \"smtp.harrowdale.net\"\nusername = \"news\"\npassword = \"{{mmpw1.v}}\"")),
    ("secret", "user", ("vendor's sync tool, the ini is full of odd names. which of these is the actual password?\n\n[upstream]\n"
                        "endpoint = sync.harrowdale.net\nauth_string = {{mmpw1.v}}\nshared_key = {{mmk_grpc1.v}}\n"
                        "passphrase_hash = {{mmpw2.v}}\nretry = 3\n\n(passphrase_hash is just the plain passphrase, I checked)")),
    ("secret", "user", ("is this valid YAML? the service reads the password with a trailing newline:\n\nsmtp:\n  user: alerts\n"
                        "  password: |\n    {{mmpw1.v}}\n  port: 587")),
    ("secret", "user", ("my 2FA test script, the codes never match the phone:\n\nimport pyotp\n"
                        "totp = pyotp.TOTP(\"{{mmk_totp1.v}}\")\nprint(totp.now())")),
    ("mixed", "user", ("I stored it like the docs said, so why is it None later?\n\nimport keyring\n"
                       "keyring.set_password(\"harrowdale-vpn\", \"{{mmusr1.v}}\", \"{{mmpw1.v}}\")")),
    ("secret", "user", ("macro errors on the second line, 'Password is incorrect':\n\nSub Refresh()\n"
                        "    ActiveSheet.Unprotect Password:=\"{{mmpw1.v}}\"\n    Range(\"A1\").Calculate\nEnd Sub")),
    # ---- SECRET: HTTP and RPC dumps
    ("secret", "user", ("the proxy keeps returning 407. raw request from the logs:\n\nGET http://updates.harrowdale.net/feed HTTP/1.1\n"
                        "Host: updates.harrowdale.net\nProxy-Authorization: Basic {{mmbasic1.v}}\nUser-Agent: curl/8.5.0\n"
                        "Accept: */*")),
    ("secret", "user", ("OpenStack returns 401 on this even though I just got the token:\n\nGET /v2.1/servers HTTP/1.1\n"
                        "Host: compute.cloud.harrowdale.net:8774\nX-Auth-Token: {{mmk_fernet1.v}}\nAccept: application/json")),
    ("secret", "user", ("why does the site log me out? here's the request from devtools:\n\nGET /account HTTP/2\nHost: shop.harrowdale.net\n"
                        "Cookie: _ga={{mmga1.v}}; PHPSESSID={{mmk_phpsess1.v}}; remember_token={{mmk_remember1.v}}")),
    ("secret", "user", ("token endpoint says invalid_client:\n\ncurl -X POST https://auth.harrowdale.net/oauth/token \\\n"
                        "  -d 'grant_type=client_credentials&client_id=inventory-sync&client_secret={{mmk_client1.v}}&scope=stock.read'")),
    ("secret", "user", ("grpcurl works but my python client gets UNAUTHENTICATED:\n\ngrpcurl -H 'x-api-key: {{mmk_grpc1.v}}' "
                        "-d '{\"id\": 42}' api.harrowdale.net:443 orders.v1.Orders/Get\n\n"
                        "stub.Get(req, metadata=[(\"authorization\", \"Bearer {{mmk_bearer1.v}}\")])")),
    ("secret", "user", ("the price feed socket closes right after connecting:\n\n"
                        "const ws = new WebSocket(\"wss://stream.harrowdale.net/v2/live?token={{mmk_ws1.v}}&channel=prices\");")),
    ("mixed", "user", ("testing the mail server by hand, what does 535 mean here?\n\n$ openssl s_client -starttls smtp -connect "
                       "mail.harrowdale.net:587 -crlf -quiet\n250-AUTH PLAIN LOGIN\nEHLO laptop\nAUTH PLAIN {{mmsmtp1.v}}\n"
                       "535 5.7.8 Authentication credentials invalid\n\nthe address {{mmsmtp1.email}} definitely exists")),
    ("mixed", "user", ("curl -v output for the FTP upload, it dies at login:\n\n> USER {{mmusr1.v}}\n< 331 Password required for "
                       "{{mmusr1.v}}\n> PASS {{mmpw1.v}}\n< 530 Login incorrect.\n* Closing connection 0")),
    ("mixed", "user", ("IMAP test with openssl, Thunderbird fails the same way:\n\n* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] Dovecot ready.\n"
                       "a1 LOGIN {{mmem1.v}} \"{{mmpw1.v}}\"\na1 NO [AUTHENTICATIONFAILED] Authentication failed.")),
    ("secret", "user", ("redis-cli session, which of these is right?\n\ncache.internal:6379> AUTH {{mmpw1.v}}\n"
                        "(error) WRONGPASS invalid username-password pair or user is disabled.\ncache.internal:6379> AUTH default {{mmpw1.v}}\nOK")),
    ("secret", "user", ("mongosh:\n\ntest> use admin\nswitched to db admin\nadmin> db.auth(\"reporting\", \"{{mmpw1.v}}\")\n"
                        "MongoServerError: Authentication failed.\n\nthe user exists in the reports db, not admin. is that it?")),
    ("secret", "user", ("DBeaver can't connect with this URL, what's wrong?\n\njdbc:sqlserver://sql01.corp.local:1433;databaseName=Payroll;"
                        "user=payroll_app;password={{mmpw1.v}};encrypt=true;trustServerCertificate=true")),
    ("secret", "user", "Excel's data connection string is DSN=Sage50;UID=Manager;PWD={{mmpw1.v}}; and it says 'login failed', is the trailing semicolon the problem?"),
    # ---- SECRET: database clients, shells, secret stores, hosting CLIs
    ("secret", "user", "nightly backup: PGPASSWORD='{{mmpw1.v}}' pg_dump -h db.internal -U reporting shop > shop.sql — is the env var visible to other users?"),
    ("secret", "user", "sqlplus system/{{mmpw1.v}}@//ora01.corp.local:1521/ORCLPDB1 gives ORA-28000, what does that mean?"),
    ("secret", "user", ("my expect script for the old switch hangs after the password:\n\nspawn ssh admin@10.0.0.2\n"
                        "expect \"Password:\"\nsend \"{{mmpw1.v}}\\r\"\nexpect \"#\"\nsend \"show run\\r\"")),
    ("secret", "user", "cron runs `echo '{{mmpw1.v}}' | sudo -S apt-get -y upgrade` every night. is that as bad as it looks?"),
    ("secret", "user", "printf '{{mmpw1.v}}' | docker secret create db_root_password - — does the secret end up in my shell history?"),
    ("secret", "user", "vault kv put secret/shop/db username=shop password={{mmpw1.v}} → 'permission denied'. which policy do I need?"),
    ("secret", "user", ("what does 'Fields' mean in this output? I only wanted the password.\n\n$ op item get \"Office router\"\n"
                        "ID:          ldmrkz7pqf3xyw2bnqv4cte5ua\nTitle:       Office router\nVault:       Shared\n"
                        "Category:    LOGIN\nFields:\n  username:    admin\n  password:    {{mmpw1.v}}\nURLs:\n  admin: http://192.0.2.1")),
    ("secret", "user", "gh auth login --with-token <<< {{mmk_ghp1.v}} says 'missing required scope read:org', which scope do I add?"),
    ("secret", "user", ("heroku config for the app, which ones can the contractor see?\n\n=== harrowdale-shop Config Vars\n"
                        "DATABASE_URL:    postgres://{{mmherokupg1.user}}:{{mmherokupg1.v}}@ec2-52-18-4-7.eu-west-1.compute.amazonaws.com:5432/d8k2lq\n"
                        "LANG:            en_US.UTF-8\nSECRET_KEY_BASE: {{mmk_skb1.v}}")),
    ("secret", "user", ("netlify env:list --plain, why does the function still read the old value?\n\n"
                        "NODE_VERSION=20\nCONTACT_FORM_TOKEN={{mmk_netlify1.v}}\nSMTP_PASSWORD={{mmpw1.v}}")),
    ("secret", "user", ("vercel env pull wrote this .env.local, NextAuth says 'no secret' in production:\n\n"
                        "# Created by Vercel CLI\nNEXTAUTH_URL=\"http://localhost:3000\"\nNEXTAUTH_SECRET=\"{{mmk_nextsecret1.v}}\"\n"
                        "ADMIN_PASSWORD=\"{{mmpw1.v}}\"")),
    ("secret", "user", "nmcli device wifi connect \"Kiosk-5G\" password {{mmpw1.v}} ifname wlan0 → 'Secrets were required, but not provided'?"),
    ("secret", "user", "ssh-keygen -t ed25519 -N '{{mmpw1.v}}' -f ~/.ssh/deploy — is putting the passphrase on the command line ok in a script?"),
    ("mixed", "user", ("git credential fill printed this, so why does push still ask me?\n\nprotocol=https\nhost=github.com\n"
                       "username={{mmusr1.v}}\npassword={{mmk_gho1.v}}")),
    ("secret", "user", "psexec \\\\FRONTDESK-02 -u CORP\\svc_deploy -p {{mmpw1.v}} cmd — 'access is denied' on Windows 11 only. why?"),
    ("mixed", "user", "added my nephew to the family server with echo '{{mmusr1.v}}:{{mmpw1.v}}' | sudo chpasswd, now how does he change it himself?"),
    ("secret", "user", "echo '{{mmpw1.v}}' > ~/.vault_pass.txt && ansible-playbook site.yml --vault-password-file ~/.vault_pass.txt — what permissions should the file have?"),
    ("secret", "user", "qpdf --password={{mmpw1.v}} --decrypt statement.pdf out.pdf says 'invalid password' but it opens in Acrobat with the same one?"),
    # ---- SECRET: crypto exchanges, cards
    ("secret", "user", ("ccxt returns 'Signature for this request is not valid':\n\nexchange = ccxt.binance({\n"
                        "    'apiKey': '{{mmbinance1.key}}',\n    'secret': '{{mmbinance1.v}}',\n})")),
    ("secret", "user", ("my trading bot's config, Kraken says EAPI:Invalid key:\n\n[kraken]\napi_key = {{mmkraken1.key}}\n"
                        "private_key = {{mmkraken1.v}}\npair = XBTEUR")),
    ("secret", "user", ("KuCoin API, which one is the 'passphrase' the docs mean?\n\nKUCOIN_KEY={{mmkucoin1.key}}\n"
                        "KUCOIN_SECRET={{mmkucoin1.v}}\nKUCOIN_PASSPHRASE={{mmkucoin1.pass}}")),
    ("secret", "user", ("my card {{mmcard1.v}} exp 09/28, CVV {{mmcvv1.v}}, PIN {{mmpin1.v}} got declined at the petrol station. "
                        "is the PIN or the chip the problem?")),
    ("mixed", "assistant", ("I'd stop sharing these: the card number {{mmcard1.v}} with its CVV ({{mmcvv1.v}}) is everything "
                            "someone needs to shop online with it. Call the bank, cancel the card and ask for a new one.")),
    # ---- PERSON
    ("person", "user", ("round 3 pairings for the club's rapid tournament, make a nicer table?\n\nBoard 1  {{mmp1.full}} – {{mmp2.full}}\n"
                        "Board 2  {{mmp3.full}} – {{mmp4.initial}}\nBoard 3  {{mmp5.full}} – bye")),
    ("person", "user", ("choir rota for Advent, can you put it in a calendar-friendly list?\n\nSun 1: {{mmpf1.first}} and {{mmpf2.first}} (tea)\n"
                        "Sun 2: {{mmpm3.full}} (music folders)\nSun 3: {{mmp4.full}} + {{mmp5.first}}")),
    ("person", "user", ("strava club leaderboard this week 😂 write a cheeky message for the group:\n\n1. {{mmp1.full}} 84.2 km\n"
                        "2. {{mmp2.initial}} 71.9 km\n3. {{mmp3.full}} 12.0 km (walked the dog)")),
    ("person", "user", ("mahjong night scores, who owes who? {{mmp1.first}} +42, {{mmp2.first}} −18, {{mmp3.first}} −30, "
                        "{{mmp4.first}} +6. we play 10p a point")),
    ("person", "user", ("allotment waiting list, I need to write to the top three:\n\n1. {{mmp1.caps_last}}, {{mmp1.first}} (since 2019)\n"
                        "2. {{mmp2.full}} (2020)\n3. {{mmp3.full}} (2021)")),
    ("person", "user", "help me write the podcast credits: hosted by {{mmp1.full}}, edited by {{mmp2.full}}, theme music by {{mmp3.poss}} cousin"),
    ("person", "user", "spotify says the worst songs on our road trip playlist were 'added by {{mmp1.first_lc}}' and '{{mmp2.first_lc}}', roast them gently"),
    ("person", "user", "{{mmnick1.nick_lc}} from the pottery class keeps borrowing my glazes and never brings them back. how do I bring it up kindly?"),
    ("person", "assistant", ("Here's a friendly reminder for the choir group: \"Thank you {{mmpf1.first}} and {{mmp2.first}} for the tea "
                             "rota, and {{mmp3.full}} for the folders — see you Sunday!\"")),
    # ---- USERNAME
    ("username", "user", "follow me on mastodon, I'm @{{mmusr1.v}}@mastodon.social — how do I make my posts visible outside my server?"),
    ("username", "user", ("twitch chat from last night, was this person harassing me or joking?\n\n[21:14] {{mmusr1.v}}: gg\n"
                          "[21:15] {{mmusr2.v}}: you're so bad at this lmao uninstall\n[21:15] {{mmusr2.v}}: jk")),
    ("username", "user", ("why can't my friend join? whitelist.json:\n\n[\n  {\"uuid\": \"3f1c2b9e-8a47-4d2e-9c61-5b0e7f4a2d18\", "
                          "\"name\": \"{{mmusr1.v}}\"},\n  {\"uuid\": \"a7e4d2c1-6b38-4f95-8e20-1c9d3b7f5a64\", \"name\": \"{{mmusr2.v}}\"}\n]")),
    ("username", "user", "sudo crontab -u {{mmusr1.v}} -l shows nothing but the backup still runs as them. where else can a cron job hide?"),
    ("username", "user", "git remote -v shows git@github.com:{{mmusr1.v}}/family-recipes.git — how do I move the repo to my own account?"),
]

ROUND11_NOPII: list[tuple[str, str, str]] = [
    ("nopii_code", "user", "our password policy says passwords must match ^(?=.*[A-Z])(?=.*\\d)(?=.*[^\\w]).{12,}$ — can you explain the regex in plain english?"),
    ("nopii_code", "user", "the FTP tutorial says to type USER <username> then PASS <password> — do I include the angle brackets?"),
    ("nopii_code", "user", "redis-cli: AUTH → (error) ERR wrong number of arguments for 'auth' command. what argument does it want?"),
    ("nopii_code", "user", "the .env template has DB_PASSWORD= and SMTP_PASSWORD= with nothing after them. will the app start with empty values?"),
    ("nopii_hash", "user", "what kind of hash is this in /etc/shadow? root:$6$rounds=5000$Jq8vW2xLp0sN$0zYbH7.cUuM3q9rT1kVf5eX2dG8aP4sL6nW0yQ3jR7tB5mC9hK1vZ2xF4gS8dN6pA0eU3iO7wY5rT9lK2jH1b/:19750:0:99999:7:::"),
    ("nopii_hash", "user", "openssl enc gave me U2FsdGVkX1+9x3kQm2ZpR8wVbN4cL7tY0sHf6jD1aE= — is 'Salted__' always at the start of these?"),
    ("nopii_hash", "user", "is it safe to post my public key? ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH3x9QkLm2Rp7wVbN4cT8sYf6jD1aE0uZ5oK3iG9hB2q laptop"),
    ("nopii_hash", "user", "the download page lists SHA512 9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca72323c3d99ba5c11d7c7acc6e14b8c5da0c4663475c2e5c3adef46f73bcdec043 for the iso, how do I check mine?"),
    ("nopii_hash", "user", "what does eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 decode to? it's the first part of a token in a tutorial"),
    ("nopii_code", "user", "RFC 7617 uses Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ== as its example — what does it decode to?"),
    ("nopii_code", "user", "RFC 6749's example sends client_id=s6BhdRkqt3&client_secret=7Fjfp0ZBr1KtDRbnfVdmIw in the body — why is that allowed?"),
    ("nopii_code", "user", "the IMAP RFC example is 'a001 LOGIN SMITH SESAME' — does anyone still log in like that or is it all OAuth now?"),
    ("nopii_code", "user", "RFC 4616 shows AUTH PLAIN AHRpbQB0YW5zdGFhZnRhbnN0YWFm — why is there a null byte at the start?"),
    ("nopii_code", "user", ("Binance's API docs use this example pair: apiKey vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A "
                            "and secretKey NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j — how do I reproduce their signature?")),
    ("nopii_word", "user", "what was CVE-2024-3094 and should I worry about it on my Ubuntu laptop?"),
    ("nopii_product", "user", "Microsoft lists W269N-WFGWX-YVC9B-4J6C9-T83GX as the KMS client key for Windows Pro — is that a pirated key or official?"),
    ("nopii_commerce", "user", "Stripe's docs say test with 4242 4242 4242 4242, any future date and any CVC. does that card work in live mode?"),
    ("nopii_log", "user", "our access log shows 'Proxy-Authorization: Basic ****' and 'X-Auth-Token: [REDACTED]' — is the proxy doing that masking?"),
    ("nopii_code", "user", "heroku config shows DATABASE_URL: postgres://****:****@ec2-host:5432/db for the contractor — is that their permission level?"),
    ("nopii_code", "user", "op read \"op://Private/Office router/password\" fails with 'isn't an item'. do spaces in the item name need quoting?"),
    ("nopii_code", "user", "vault kv put secret/shop/db password=@db_pass.txt — does the @ read the file or store the literal text?"),
    ("nopii_code", "user", "gh auth login --with-token < mytoken.txt in CI — is reading it from a file any safer than the env var?"),
    ("nopii_code", "user", "docker secret create db_root_password ./secrets/db_root.txt — does swarm keep a copy of the file somewhere?"),
    ("nopii_code", "user", "PGPASSWORD=$(cat ~/.pg_reporting) pg_dump -U reporting shop — is this better than .pgpass?"),
    ("nopii_code", "user", "kubectl get secret shop-db -o jsonpath='{.data.password}' | base64 -d prints nothing, is the key name wrong?"),
    ("nopii_code", "user", "netlify env:list shows SMTP_PASSWORD=******** even for me, the owner. how do I see the real value?"),
    ("nopii_hash", "user", "docker pull gave digest sha256:4e1f3c9b8a2d7e6f5c0b1a9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f — how do I pin that in compose?"),
    ("nopii_word", "user", "what's the difference between a card's CVV, its PIN and the 3D Secure code? which ones should I never give on the phone?"),
    ("nopii_word", "user", "is a password like 'correct horse' style really stronger than a short one with symbols? explain with rough numbers"),
    ("nopii_code", "user", "the INI docs show shared_key = <your shared key> and auth_string = <auth string> — are both required?"),
]
