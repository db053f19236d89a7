"""Dev-only thirteenth-round material for the PII benchmark: the standard secret kinds (provider API keys in
their published shapes, JWTs, passwords, private-key blocks, database connection strings, passwords in
URLs and ``curl -u``) in the surroundings a conversation with an assistant really has but a benchmark
author rarely writes: a Markdown table of accounts, a handover note, a forwarded e-mail with quoting, a
support ticket, a Slack or Teams paste, a stack trace, a Jupyter cell, shell history, config files and
dotfiles in code fences, a Dockerfile, a CI workflow, Terraform, PowerShell, a diff, a spreadsheet row,
a PDF copy, a key wrapped over two lines, at the very start or end of a message, in brackets, before
punctuation, given twice, named only by "this", quoted back by the assistant, and rotated.

Why: the redactor's weakest type is SECRET, and earlier rounds mostly varied the secret (new providers,
new password shapes) while the surroundings stayed tidy. These rows hold the secret kinds fixed and
vary where they sit. They were written blind by a new author (without reading the redactor's code, its
tests, its scoring or the held-out split, without reading round 12, which another author wrote in
parallel, and without running the redactor or the evaluator) before any recognizer change of round 13,
so the redactor's first score on them ("before") estimates how it generalises to messages nobody tuned
it on. The author read the docstrings of rounds 3 to 11 (and round 11's code for its structure).

Rules as for ``pii_dev_round7``: appended to ``dev.jsonl`` only, generated after test and after the
earlier dev-only rows from their own RNG (so test.jsonl stays byte-identical), with value pools that
share nothing with any earlier pool (``check_round13_disjoint``, which covers the pools of
``pii_pools``, ``pii_dev_extra`` and rounds 3 to 11). Template ids continue each category's numbering
from 480 (``secret_480``...). Slot kinds start with ``pp``.

What they exercise (every secret is random text in its published shape or a random combination of
words, never a real one):

* SECRET, in 72 of the 90 PII messages (80%; 101 of the 186 spans). Kinds, each in several surroundings: AWS access key id
  (``AKIA`` + 16) with its 40-character secret access key, and the secret key alone; GitHub ``ghp_``
  and ``github_pat_``; OpenAI ``sk-`` and ``sk-proj-``; Anthropic ``sk-ant-api03-``; Slack ``xoxb-``
  and ``xoxp-``; Stripe ``sk_live_`` and ``rk_live_``; Google ``AIza``; Hugging Face ``hf_``; JWTs
  (HS256 and RS256, a Kubernetes service-account token); passwords in the five shapes of
  ``pii_secrets._password`` (Word+digits+symbol, word_year, 12-19 random characters, leet word+digits,
  Word-Word-NN) drawn from this round's own word pool; private-key blocks (RSA, OpenSSH, PKCS#8, EC);
  database URLs and an ADO.NET string; passwords in URLs (percent-encoded as a URL needs) and in
  ``curl -u``. Surroundings: a Markdown table of accounts, a bulleted handover note, forwarded e-mails
  with headers and ``>`` quoting, support tickets, Slack and Teams pastes with timestamps and names,
  a Python traceback, a request log, a urllib3 debug line, an axios error dump, a pod's startup log, a
  ``slack_sdk`` warning, a Jupyter cell (``In [n]:``), bash and zsh history, YAML, TOML, INI, JSON and
  XML configs in code fences, ``.npmrc``, ``.pypirc``, ``pip.conf``, Maven ``settings.xml``,
  ``.git-credentials``, ``~/.aws/credentials``, kubeconfig, ``.pgpass``, ``.env``, Dockerfile ``ARG``
  and ``ENV`` (and ``docker history`` printing it again), a GitHub Actions workflow, Terraform
  variables and providers, PowerShell, Python snippets, unified diffs (``-`` and ``+`` lines), a
  tab-separated spreadsheet paste, a PDF copy with hyphenated line breaks, a key wrapped over two
  lines, a key in parentheses and square brackets, at the very start and the very end of a message,
  followed directly by ``.``, ``,``, ``)``, ``?``, ``!`` and ``:``, the same secret in a config and in
  prose, "is this still valid? <key>", the assistant quoting keys back, and rotations that paste the
  old and the new key.
* The other 18 PII messages, and the people around the secrets in mixed ones (PERSON 39 spans,
  USERNAME 21, EMAIL_ADDRESS 12, IP_ADDRESS 9, URL 4): USERNAME (home paths on Linux, macOS and
  Windows, ``ssh user@host``, ``~/.ssh/config``, an access log, a PR review, the user's own login in
  ``.pypirc``, ``pip.conf``, ``settings.xml``, ``.git-credentials``, a PowerShell credential and shell
  history), EMAIL_ADDRESS (``git log`` authors, e-mail headers, an
  onboarding sheet), PERSON (names of cultures no earlier pool had: Ladin, Walloon, Manx, Udmurt, Komi,
  Adyghe, Ossetian, Abkhaz, Ingush, Karakalpak, Sherpa, Tamang, Magar, Chakma, Garo, Meitei, Mizo,
  Khasi, Newar, Konkani, Kachin, Ifugao, Kapampangan, Ilocano, Cebuano, Minangkabau, Batak, Balinese,
  Zhuang, Tuareg, Kanuri, Tiv, Efik, Ijaw, Sukuma, Venda, Tsonga, Wayuu, Lakota) in ticket fields,
  chat pastes, tables and e-mail headers, IP_ADDRESS (public IPv4, 192.168.x.x and IPv6 in ssh
  commands, fail2ban, an access log, a chat) and URL (a document share link, a meeting link with its
  passcode, a Dropbox link, a password-reset link: the whole link).
* no-PII look-alikes in the same surroundings, under round 4's policy: placeholders
  (``<YOUR_API_KEY>``, ``sk-...``, ``xxxx``, ``${{ secrets.X }}``, ``${NPM_TOKEN}``,
  ``${env.MAVEN_PASSWORD}``, ``os.environ["X"]``, ``Get-Secret``, ``getpass``, ``<redacted>``),
  masked keys (``sk-proj-****abcd``, ``ghp_****``), AWS's published example key pair
  (``AKIAIOSFODNN7EXAMPLE``), jwt.io's published example token, git SHAs, SRI hashes, UUIDs and
  request ids, base64 of non-secret data (a PNG data URI, a public certificate block, a kubeconfig
  ``certificate-authority-data``), build and run ids, Docker image digests, SHA-256 checksums, an
  SSH host-key fingerprint, a Stripe request id, public figures of computing.

Labelling decisions (kept from rounds 5 to 11, and new ones): gold SECRET is the literal value only, without
quotes, labels, brackets, the ``Bearer`` word, a diff's ``-``/``+`` marker or the ``:`` after a Stripe key in
``curl -u sk_live_...:``; a secret written in both lines of a diff, in a config and in prose, or printed twice
by a tool is gold each time; a key wrapped over two lines is one span (the line break inside it); a password
inside a URL is gold as written (percent-encoded); an AWS access key id is SECRET beside its secret, and the
secret access key is SECRET alone; only the base64 body of a private-key block is gold (not its
``-----BEGIN/END-----`` lines), and in a JSON ``private_key`` the body with its literal ``\\n`` is gold (under
a YAML ``|`` the indented body is one span); only the password of a connection string is gold (hosts, ports,
databases and service users such as ``billing_app``, ``etl``, ``ci-bot``, ``admin``, ``postgres`` and
``__token__`` are not); a person's own login is USERNAME; a Teams ``Surname, First`` is two PERSON spans (as
round 11's ``SURNAME, First``); a key's id that is not secret (a GCP ``private_key_id``, a certificate, a
Stripe ``req_`` id) is not labelled; a masked key with its last four characters is not a secret; a key from a
provider's documentation that says EXAMPLE, or jwt.io's example token, is not a secret; a share, meeting or
reset link is URL as a whole (its token is not labelled SECRET separately).
"""

from __future__ import annotations

import base64
import json
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
import pii_dev_round10 as R10
import pii_dev_round11 as R11
import pii_pools as P
from pii_common import (
    ALNUM,
    Attrs,
    Ctx,
    ascii_fold_all,
    digits,
    name_tokens,
    one,
    rand_b64,
    rand_bytes,
    rand_token,
    secret,
    unlabelled,
)

HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
LOWER_DIGITS = string.ascii_lowercase + string.digits
B64 = ALNUM + "+/"
BASE32 = string.ascii_uppercase + "234567"

# ---------------------------------------------------------------- pools (dev only)
# (first, last, region, gender): cultures and spellings no earlier pool has.
R13NAMES: list[tuple[str, str, str, str]] = [
    # Ladin, Walloon, Manx
    ("Iaco", "Rifesser", "eu.w", "m"), ("Arsène", "Fraipont", "eu.w", "m"), ("Illiam", "Kewley", "eu.w", "m"),
    ("Cristl", "Perathoner", "eu.w", "f"),
    # Udmurt, Komi, Adyghe, Ossetian, Abkhaz, Ingush, Karakalpak
    ("Aliona", "Korepanova", "eu.e", "f"), ("Yeremei", "Rochev", "eu.e", "m"), ("Saida", "Khachemizova", "eu.e", "f"),
    ("Soslan", "Tsakoev", "eu.e", "m"), ("Amra", "Chachkhalia", "eu.e", "f"), ("Zalikhan", "Yevloyeva", "eu.e", "f"),
    ("Jibek", "Utepova", "as.c", "f"),
    # Sherpa, Tamang, Magar, Newar, Chakma, Garo, Meitei, Mizo, Khasi, Konkani, Kachin
    ("Chhiring", "Gyaltsen", "as.s", "m"), ("Sangita", "Moktan", "as.s", "f"), ("Bhimsen", "Gharti", "as.s", "m"),
    ("Rabindra", "Tuladhar", "as.s", "m"), ("Sujata", "Chakma", "as.s", "f"), ("Rikme", "Momin", "as.s", "f"),
    ("Sanatombi", "Khumanthem", "as.s", "f"), ("Lalhmangaihi", "Hnamte", "as.s", "f"),
    ("Banshanlang", "Kharkongor", "as.s", "m"), ("Gaurish", "Kamat", "as.s", "m"), ("Hkawn", "Nhkum", "as.s", "f"),
    # Ifugao, Kapampangan, Ilocano, Cebuano, Minangkabau, Batak, Balinese, Zhuang
    ("Gano", "Dulnuan", "as.se", "m"), ("Ritchelle", "Manalang", "as.se", "f"), ("Ederlina", "Pagaduan", "as.se", "f"),
    ("Jessrel", "Tumulak", "as.se", "m"), ("Yusnita", "Piliang", "as.se", "f"), ("Tiurma", "Hutabarat", "as.se", "f"),
    ("Nyoman", "Suardana", "as.se", "m"), ("Qiuyan", "Nong", "as.e", "f"),
    # Tuareg, Kanuri, Tiv, Efik, Ijaw, Sukuma, Venda, Tsonga
    ("Aghali", "Alambo", "af", "m"), ("Kaltumi", "Bulama", "af", "f"), ("Terver", "Akase", "af", "m"),
    ("Ekaete", "Efiong", "af", "f"), ("Preye", "Ebikeme", "af", "m"), ("Kulwa", "Masanja", "af", "m"),
    ("Thivhulawi", "Ramabulana", "af", "f"), ("Nyiko", "Chauke", "af", "x"),
    # Wayuu, Lakota
    ("Jayariyú", "Uriana", "am", "f"), ("Chaske", "Spotted Elk", "am", "m"),
]
R13PASSWORD_WORDS = ["Figwort", "Tamarack", "Obsidian", "Tuppence", "Halyard", "Quetzal", "Sextant", "Capstan",
                     "Bobbin", "Trellis", "Nautilus", "Pinwheel", "Filbert", "Caravel", "Lodestar", "Foghorn",
                     "Yarrow", "Spindle"]
R13HANDLE_WORDS = ["stoat", "tenrec", "saiga", "gharial", "potoroo", "agouti", "fossa", "coati"]
R13EMAIL_DOMAINS = ["telenet.be", "pandora.be", "planet.nl", "kpnmail.nl", "azet.sk", "inbox.lt", "ukr.net", "mynet.com"]
# The employers whose people, tickets and configs these messages come from.
R13WORK_DOMAINS = ["tidewell.io", "quarrington-freight.co.uk", "fellside-analytics.com"]
R13PUBLIC_FIGURES = ["Radia Perlman", "Dennis Ritchie", "Frances Allen", "Ward Cunningham"]
R13PARTICLES: set[str] = set()


def _tokens(names: set[str]) -> set[str]:
    """Capitalised words of the names, particles and given-name prefixes left out."""
    return name_tokens(names, R13PARTICLES | R9.R9PARTICLES | R8.R8PARTICLES | R7.R7PARTICLES | R6.R6PARTICLES)


def check_round13_disjoint() -> None:
    """Raise ValueError if a round-13 pool shares a value with an earlier pool (dev, test, extra, rounds 3 to 11),
    or a round-13 slot kind could collide with another round's."""
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
        | {native for native, _ in R10.R10SCRIPT} \
        | {n for f, l, _, _ in R11.R11NAMES for n in (f, l)} | {n for pair in R11.R11NICKS for n in pair}
    names = {n for f, l, _, _ in R13NAMES for n in (f, l)}
    earlier_figures = {f for half in P.PUBLIC_FIGURES for f in half} | set(R3.R3PUBLIC_FIGURES) \
        | set(R5.R5PUBLIC_FIGURES) | set(R6.R6PUBLIC_FIGURES) | set(R7.R7PUBLIC_FIGURES) \
        | set(R8.R8PUBLIC_FIGURES) | set(R9.R9PUBLIC_FIGURES) | set(R10.R10PUBLIC_FIGURES)
    earlier_words = {w.lower() for half in P.PASSWORD_WORDS for w in half} | {w.lower() for w in X.XPASSWORD_WORDS} \
        | {w.lower() for w in R3.R3PASSWORD_WORDS} | {w.lower() for w in R4.R4PASSWORD_WORDS} \
        | set(R4.R4PHRASE_WORDS) | {w.lower() for w in R4.R4WIFI} | {w.lower() for w in R5.R5PASSWORD_WORDS} \
        | {w.lower() for w in R6.R6PASSWORD_WORDS} | {w.lower() for w in R7.R7PASSWORD_WORDS + R7.R7UNICODE_WORDS} \
        | set(R7.R7PHRASE_WORDS) | {w.lower() for w in R8.R8PASSWORD_WORDS} \
        | {w.lower() for w in R9.R9PASSWORD_WORDS} | {w.lower() for ws in R9.R9LANG_WORDS.values() for w in ws} \
        | {w.lower() for w in R9.R9PETS} | set(R9.R9PHRASE_WORDS) | {w.lower() for w in R10.R10PASSWORD_WORDS} \
        | {w.lower() for w in R11.R11PASSWORD_WORDS} | set(R11.R11PHRASE_WORDS)
    words = {w.lower() for w in R13PASSWORD_WORDS}
    earlier_handles = {w for half in P.HANDLE_WORDS for w in half} | set(X.XHANDLE_WORDS) | set(R5.R5HANDLE_WORDS) \
        | set(R6.R6HANDLE_WORDS) | set(R7.R7HANDLE_WORDS) | set(R8.R8HANDLE_WORDS) | set(R9.R9HANDLE_WORDS) \
        | set(R10.R10HANDLE_WORDS) | set(R11.R11HANDLE_WORDS)
    earlier_domains = set(P.EMAIL_DOMAINS) | {d for half in P.WORK_DOMAINS for d in half} | set(R5.R5EMAIL_DOMAINS) \
        | set(R6.R6EMAIL_DOMAINS) | set(R7.R7EMAIL_DOMAINS) | set(R8.R8EMAIL_DOMAINS) | set(R9.R9EMAIL_DOMAINS) \
        | set(R10.R10EMAIL_DOMAINS) | set(R10.R10WORK_DOMAINS) | set(R11.R11EMAIL_DOMAINS)
    domains = set(R13EMAIL_DOMAINS) | set(R13WORK_DOMAINS)
    figures = set(R13PUBLIC_FIGURES)
    clashes = (names & earlier_names) | (_tokens(names) & _tokens(earlier_names)) \
        | (_tokens(names) & _tokens(earlier_figures)) \
        | (figures & earlier_figures) | (_tokens(figures) & _tokens(names | earlier_names | earlier_figures)) \
        | (words & earlier_words) | (words & (set(R13HANDLE_WORDS) | earlier_handles)) \
        | (set(R13HANDLE_WORDS) & (earlier_handles | earlier_words)) \
        | (domains & earlier_domains) \
        | (words & {t.lower() for t in _tokens(names | figures)})
    if clashes:
        raise ValueError(f"{len(clashes)} round-13 pool values are also in earlier pools: {sorted(clashes)}")
    if len({f for f, _, _, _ in R13NAMES}) != len(R13NAMES) or any(g not in "fmx" for *_, g in R13NAMES):
        raise ValueError("R13NAMES needs distinct first names, each with a gender f, m or x")
    earlier_kinds = set(R3.ROUND3_GENERATORS) | set(R4.ROUND4_GENERATORS) | set(R5.ROUND5_GENERATORS) \
        | set(R6.ROUND6_GENERATORS) | set(R7.ROUND7_GENERATORS) | set(R8.ROUND8_GENERATORS) \
        | set(R9.ROUND9_GENERATORS) | set(R10.ROUND10_GENERATORS) | set(R11.ROUND11_GENERATORS) \
        | set(X.EXTRA_GENERATORS)
    if any(not k.startswith("pp") for k in ROUND13_GENERATORS) or set(ROUND13_GENERATORS) & earlier_kinds:
        raise ValueError("round-13 slot kinds must start with 'pp' and be new")


# ---------------------------------------------------------------- people, handles, hosts and links
def gen_pp_person(ctx: Ctx) -> Attrs:
    rng = ctx.rng
    first, last, _, _ = ctx.pick_fresh(R13NAMES, "ppnames", 10)
    full = f"{first} {last}"
    f, l = ascii_fold_all(first), ascii_fold_all(last)

    def make_email() -> str:
        local = rng.choice([f"{f}.{l}", f"{f}{l[:3]}{rng.randrange(1, 99)}", f"{l}.{f[0]}", f"{f}_{rng.choice(R13HANDLE_WORDS)}",
                            f"{f[0]}{l}{rng.randrange(1965, 2005)}"])
        return f"{local}@{rng.choice(R13EMAIL_DOMAINS)}"

    def make_work() -> str:
        local = rng.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}.{l[0]}", f"{l}{f[0]}"])
        return f"{local}@{rng.choice(R13WORK_DOMAINS)}"

    return {"full": one(full, "PERSON"), "first": one(first, "PERSON"), "last": one(last, "PERSON"),
            "caps_last": one(last.upper(), "PERSON"), "initial": one(f"{first[0]}. {last}", "PERSON"),
            "email": one(ctx.unique(make_email), "EMAIL_ADDRESS"), "work": one(ctx.unique(make_work), "EMAIL_ADDRESS")}


def _handle(ctx: Ctx) -> str:
    rng = ctx.rng
    first, last, _, _ = rng.choice(R13NAMES)
    f, l = ascii_fold_all(first), ascii_fold_all(last)
    word = rng.choice(R13HANDLE_WORDS)
    return rng.choice([f"{f}.{l}", f"{word}_{f}{digits(rng, 2)}", f"{f[0]}{l}", f"{l}{f[:3]}{digits(rng, 2)}",
                       f"{f}-{word}", f"{word}{l[:4]}", f"{f}_{l}", f"{f[0]}{l[:5]}"])


def gen_pp_user(ctx: Ctx) -> Attrs:
    return {"v": one(ctx.unique(lambda: _handle(ctx)), "USERNAME")}


def gen_pp_email(ctx: Ctx) -> Attrs:
    p = gen_pp_person(ctx)
    return {"v": p["email"], "work": p["work"]}


def gen_pp_ip(ctx: Ctx) -> Attrs:
    """A public IPv4 address outside private, reserved and documentation ranges."""
    rng = ctx.rng
    firsts = [n for n in range(11, 224) if n not in (100, 127, 169, 172, 192, 198, 203)]
    return {"v": one(ctx.unique(lambda: f"{rng.choice(firsts)}.{rng.randrange(0, 256)}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"),
                     "IP_ADDRESS")}


def gen_pp_lan(ctx: Ctx) -> Attrs:
    rng = ctx.rng
    return {"v": one(ctx.unique(lambda: f"192.168.{rng.randrange(0, 100)}.{rng.randrange(2, 255)}"), "IP_ADDRESS")}


def gen_pp_six(ctx: Ctx) -> Attrs:
    """An IPv6 address, full or compressed."""
    rng = ctx.rng

    def make() -> str:
        groups = [rng.choice(["2a02", "2a01", "2001", "2600", "2409", "2c0f"])] + [f"{rng.randrange(0, 65536):x}" for _ in range(7)]
        if rng.random() < 0.5:
            return ":".join(groups)
        return ":".join(groups[:4]) + "::" + groups[7]

    return {"v": one(ctx.unique(make), "IP_ADDRESS")}


def _pp_url(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    t = lambda n, a=ALNUM: rand_token(rng, n, a)
    return {
        "doc": lambda: f"https://docs.google.com/document/d/1{t(43, URLSAFE)}/edit?usp=sharing",
        "meet": lambda: f"https://tidewell.zoom.us/j/{rng.randrange(10**10, 10**11)}?pwd={t(32)}.1",
        "drop": lambda: f"https://www.dropbox.com/scl/fi/{t(21, LOWER_DIGITS)}/handover-notes.pdf?rlkey={t(25, LOWER_DIGITS)}&dl=0",
        "reset": lambda: f"https://id.tidewell.io/account/reset-password?token={t(40, URLSAFE)}&uid={rng.randrange(1000, 99999)}",
    }[kind]()


def make_pp_url_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return {"v": one(ctx.unique(lambda: _pp_url(ctx, kind)), "URL")}

    return gen


# ---------------------------------------------------------------- provider keys in their published shapes
def _pp_key(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    t = lambda n, a=ALNUM: rand_token(rng, n, a)
    return {
        "aws": lambda: "AKIA" + t(16, BASE32),
        "awssec": lambda: t(40, B64),
        "ghp": lambda: "ghp_" + t(36),
        "ghpat": lambda: "github_pat_" + t(22) + "_" + t(59),
        "openai": lambda: "sk-" + t(48),
        "oproj": lambda: "sk-proj-" + t(rng.choice([64, 132]), URLSAFE) + t(4),
        "ant": lambda: "sk-ant-api03-" + t(93, URLSAFE) + "AA",
        "xoxb": lambda: f"xoxb-{rng.randrange(10**11, 10**12)}-{rng.randrange(10**12, 10**13)}-{t(24)}",
        "xoxp": lambda: f"xoxp-{rng.randrange(10**11, 10**12)}-{rng.randrange(10**11, 10**12)}-{rng.randrange(10**12, 10**13)}-{t(32, HEX)}",
        "sklive": lambda: "sk_live_" + t(rng.choice([24, 99])),
        "rklive": lambda: "rk_live_" + t(rng.choice([24, 99])),
        "gapi": lambda: "AIzaSy" + t(33, URLSAFE),
        "hf": lambda: "hf_" + t(34),
    }[kind]()


PP_KEY_KINDS = ["aws", "awssec", "ghp", "ghpat", "openai", "oproj", "ant", "xoxb", "xoxp", "sklive", "rklive", "gapi", "hf"]


def _wrapped(ctx: Ctx, value: str) -> str:
    """The value broken over two lines (a terminal or a PDF wrapped it): one span with the line break inside."""
    cut = ctx.rng.randrange(len(value) * 2 // 5, len(value) * 7 // 10)
    return value[:cut] + "\n" + value[cut:]


def make_pp_key_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        key = ctx.unique(lambda: _pp_key(ctx, kind))
        return {**secret(key), "wrap": one(_wrapped(ctx, key), "SECRET")}

    return gen


def gen_pp_aws(ctx: Ctx) -> Attrs:
    """An AWS access key id (``id``) and its secret access key (``v``); both SECRET."""
    key_id, sec = ctx.unique_many(lambda: (_pp_key(ctx, "aws"), _pp_key(ctx, "awssec")))
    return {"id": one(key_id, "SECRET"), "v": one(sec, "SECRET")}


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _pp_jwt(ctx: Ctx, kube: bool) -> Attrs:
    """A JWT: HS256 from the company's identity service, or RS256 from Kubernetes (a service-account token)."""
    rng = ctx.rng

    def make() -> str:
        iat = rng.randrange(1_700_000_000, 1_760_000_000)
        if not kube:
            header = {"alg": "HS256", "typ": "JWT"}
            payload = {"sub": rand_token(rng, 24, LOWER_DIGITS), "role": rng.choice(["authenticated", "service_role", "admin"]),
                       "iss": "https://id.tidewell.io", "iat": iat, "exp": iat + rng.choice([900, 3600, 86400])}
            sig = _b64url(rand_bytes(ctx, 32))
        else:
            header = {"alg": "RS256", "kid": _b64url(rand_bytes(ctx, 32))}
            payload = {"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "deploy",
                       "kubernetes.io/serviceaccount/service-account.name": "ci-deployer",
                       "sub": "system:serviceaccount:deploy:ci-deployer", "iat": iat}
            sig = _b64url(rand_bytes(ctx, 256))
        return ".".join(_b64url(json.dumps(part, separators=(",", ":")).encode()) for part in (header, payload)) + "." + sig

    token = ctx.unique(make)
    return {"v": one(token, "SECRET"), "wrap": one(_wrapped(ctx, token), "SECRET")}


def gen_pp_jwt(ctx: Ctx) -> Attrs:
    return _pp_jwt(ctx, kube=False)


def gen_pp_jwt_kube(ctx: Ctx) -> Attrs:
    return _pp_jwt(ctx, kube=True)


# ---------------------------------------------------------------- passwords (pii_secrets shapes, own words)
SYMBOLS = "!#%*?"


def _password(ctx: Ctx) -> str:
    rng = ctx.rng
    word, other = rng.sample(R13PASSWORD_WORDS, 2)

    def random_chars() -> str:
        return rng.choice(string.ascii_letters) + rand_token(rng, rng.randrange(11, 19), ALNUM + "!#%^*")

    return rng.choice([
        lambda: f"{word}{rng.randrange(10, 9999)}{rng.choice(SYMBOLS)}",
        lambda: f"{word.lower()}_{rng.randrange(1970, 2010)}",
        random_chars,
        lambda: f"{word[0].lower()}{word[1:].replace('o', '0').replace('a', '@').replace('e', '3')}{rng.randrange(1, 99)}",
        lambda: f"{other}-{word}-{rng.randrange(10, 99)}",
    ])()


def gen_pp_pw(ctx: Ctx) -> Attrs:
    """A password (``v``) and the same password percent-encoded for a URL (``url``); both SECRET."""
    pw = ctx.unique(lambda: _password(ctx))
    return {"v": one(pw, "SECRET"), "url": one(quote(pw, safe=""), "SECRET")}


# ---------------------------------------------------------------- private keys and connection strings
KEY_PREFIX = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
              "EC PRIVATE KEY": "MHcCAQEEI", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAA"}


def gen_pp_pkey(ctx: Ctx) -> Attrs:
    """A private-key block: ``block`` (header and footer not labelled, base64 body SECRET), ``esc`` (as a JSON string
    with literal ``\\n``: the body with its ``\\n`` is SECRET) and ``yaml`` (indented four spaces under a block scalar)."""
    rng = ctx.rng
    label = rng.choice(sorted(KEY_PREFIX))
    width = 70 if label.startswith("OPENSSH") else 64
    n_lines = rng.randrange(5, 10) if label != "EC PRIVATE KEY" else 3

    def make() -> str:
        text = KEY_PREFIX[label] + rand_token(rng, width * (n_lines - 1) - len(KEY_PREFIX[label]), B64)
        lines = [text[i:i + width] for i in range(0, len(text), width)]
        lines.append(rand_token(rng, rng.randrange(8, width - 4), B64) + rng.choice(["=", "=="]))
        return "\n".join(lines)

    body = ctx.unique(make)
    begin, end = f"-----BEGIN {label}-----", f"-----END {label}-----"
    return {"block": [(begin + "\n", None), (body, "SECRET"), ("\n" + end, None)],
            "esc": [(begin + "\\n", None), (body.replace("\n", "\\n"), "SECRET"), ("\\n" + end + "\\n", None)],
            "yaml": [(f"    {begin}\n    ", None), (body.replace("\n", "\n    "), "SECRET"), (f"\n    {end}", None)]}


def gen_pp_db(ctx: Ctx) -> Attrs:
    """A database URL; only its (percent-encoded) password is SECRET: hosts, ports and service users are not labelled."""
    rng = ctx.rng
    pw = ctx.unique(lambda: _password(ctx))
    scheme, user, host, tail = rng.choice([
        ("postgresql", "billing_app", "pg-billing.tidewell.internal", ":5432/billing?sslmode=require"),
        ("postgres", "etl", "tidewell-dw.c9x4kq2m7zpa.eu-central-1.rds.amazonaws.com", ":5432/warehouse"),
        ("mysql", "wp_user", "mysql-cms.tidewell.internal", ":3306/wordpress"),
        ("mongodb+srv", "events_rw", "events.q3v8n.mongodb.net", "/events?retryWrites=true&w=majority"),
    ])
    enc = quote(pw, safe="")
    return {"v": [(f"{scheme}://{user}:", None), (enc, "SECRET"), (f"@{host}{tail}", None)], "pw": one(enc, "SECRET")}


# ---------------------------------------------------------------- look-alikes (not labelled)
def _pp_look(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    t = lambda n, a=ALNUM: rand_token(rng, n, a)
    h = lambda n: rand_token(rng, n, HEX)
    return {
        "sha": lambda: h(40),
        "short": lambda: h(7),
        "sri": lambda: rng.choice(["sha384-" + rand_b64(ctx, 48), "sha512-" + rand_b64(ctx, 64)]),
        "uuid": lambda: f"{h(8)}-{h(4)}-4{h(3)}-{rng.choice('89ab')}{h(3)}-{h(12)}",
        "digest": lambda: "sha256:" + h(64),
        "sum": lambda: h(64),
        "run": lambda: str(rng.randrange(7_000_000_000, 9_999_999_999)),
        "req": lambda: "req_" + t(14),
        "masked": lambda: "sk-proj-" + "*" * 44 + t(4),
        "fpr": lambda: "SHA256:" + rand_b64(ctx, 32).rstrip("="),
        "keyid": lambda: h(40),
        "png": lambda: base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
                                        + rand_bytes(ctx, 60)).decode(),
    }[kind]()


PP_LOOK_KINDS = ["sha", "short", "sri", "uuid", "digest", "sum", "run", "req", "masked", "fpr", "keyid", "png"]


def make_pp_look_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return unlabelled(ctx.unique(lambda: _pp_look(ctx, kind)))

    return gen


def gen_pp_cert(ctx: Ctx) -> Attrs:
    """A public certificate (not secret): ``block`` as PEM and ``data`` as kubeconfig's base64 of the PEM."""
    rng = ctx.rng

    def make() -> str:
        text = "MIIDdzCCAl+gAwIBAgIU" + rand_token(rng, 64 * 8 - 20, B64)
        lines = [text[i:i + 64] for i in range(0, len(text), 64)] + [rand_token(rng, 40, B64) + "="]
        return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"

    pem = ctx.unique(make)
    return {"block": [(pem, None)], "data": [(base64.b64encode((pem + "\n").encode()).decode(), None)]}


def gen_pp_figure(ctx: Ctx) -> Attrs:
    return unlabelled(ctx.pick_fresh(R13PUBLIC_FIGURES, "ppfigures", 2))


ROUND13_GENERATORS = {
    "ppp": gen_pp_person, "ppusr": gen_pp_user, "ppem": gen_pp_email, "ppip": gen_pp_ip, "pplan": gen_pp_lan,
    "ppsix": gen_pp_six, **{f"ppurl_{k}": make_pp_url_gen(k) for k in ["doc", "meet", "drop", "reset"]},
    **{f"ppk_{k}": make_pp_key_gen(k) for k in PP_KEY_KINDS}, "ppaws": gen_pp_aws, "ppjwt": gen_pp_jwt, "ppkubejwt": gen_pp_jwt_kube,
    "pppw": gen_pp_pw, "pppkey": gen_pp_pkey, "ppdb": gen_pp_db,
    **{f"ppx_{k}": make_pp_look_gen(k) for k in PP_LOOK_KINDS}, "ppcert": gen_pp_cert, "ppfig": gen_pp_figure,
}

# ---------------------------------------------------------------- templates (dev only)
ROUND13_PII: list[tuple[str, str, str]] = [
    # ---- tables, handover notes, spreadsheets
    ("mixed", "user", ("can you turn this into something I can paste into Confluence? it's the accounts table from my notes\n\n"
                       "| service | login | password / key |\n|---|---|---|\n| Grafana | {{ppusr1.v}} | {{pppw1.v}} |\n"
                       "| OpenAI (team billing) | - | {{ppk_oproj1.v}} |\n| Hugging Face | {{ppusr1.v}} | {{ppk_hf1.v}} |\n"
                       "| Stripe dashboard | {{ppp1.work}} | {{pppw2.v}} |")),
    ("mixed", "user", ("writing my handover before parental leave, does this cover everything?\n\n"
                       "- Stripe: live secret key {{ppk_sklive1.v}}, the reporting job uses the restricted one {{ppk_rklive1.v}}\n"
                       "- Slack bot for #deploys: {{ppk_xoxb1.v}}\n- AWS secret for the export user (key id is in IAM): {{ppk_awssec1.v}}\n- Staging DB: {{ppdb1.v}}\n"
                       "- if the nightly export breaks, ping {{ppp1.full}} ({{ppp1.work}})\n- everything else is in the wiki")),
    ("mixed", "user", ("copied this from the IT spreadsheet, make it a markdown table please\n\n"
                       "System\tOwner\tKey / login\tSecret\tLast rotated\n"
                       "AWS billing export\t{{ppp1.full}}\t{{ppaws1.id}}\t{{ppaws1.v}}\t2024-11-02\n"
                       "Slack alerts bot\t{{ppp2.full}}\t-\t{{ppk_xoxb1.v}}\t2025-01-15\n"
                       "Anthropic (support bot)\t{{ppp2.full}}\t-\t{{ppk_ant1.v}}\t2025-02-20")),
    ("mixed", "user", ("onboarding sheet for Monday, can you write each of them a welcome email from it?\n\n"
                       "Name\tEmail\tLaptop\tTemp password\n{{ppp1.full}}\t{{ppp1.work}}\tMBP-14-0231\t{{pppw1.v}}\n"
                       "{{ppp2.full}}\t{{ppp2.work}}\tMBP-14-0232\t{{pppw2.v}}")),
    # ---- forwarded e-mails and tickets
    ("mixed", "user", ("---------- Forwarded message ---------\nFrom: {{ppp1.full}} <{{ppp1.work}}>\nDate: Tue, 4 Mar 2025 at 09:12\n"
                       "Subject: Re: AWS access for the migration\nTo: {{ppp2.full}} <{{ppp2.work}}>\n\n"
                       "Here you go, please don't commit them:\n\nAccess key ID: {{ppaws1.id}}\nSecret access key: {{ppaws1.v}}\n\n"
                       "> Can you send me the keys for the migration user?\n\n"
                       "is it ok that he sent these by email? what should I do with them now?")),
    ("mixed", "user", ("> On Mon, 3 Mar 2025, {{ppp1.full}} wrote:\n> the token for the release bot is\n> {{ppk_ghpat1.v}}\n"
                       "> it expires in 30 days, set a reminder\n\nThanks! Will do.\n\n"
                       "^ that's the thread. can you explain what a fine-grained token can do that a classic one can't?")),
    ("mixed", "user", ("Ticket #INC-20931 | Priority: P2 | Reporter: {{ppp1.full}} | Assignee: {{ppp2.full}}\n"
                       "Summary: Maps widget blank on the store locator\n"
                       "Description: console says 'This API key is not authorized to use this service or API'. Key in use: "
                       "{{ppk_gapi1.v}}\nSteps tried: cleared cache, incognito.\n\nhow should I reply? which restriction is probably wrong?")),
    ("mixed", "user", ("Subject: 401 from the summariser since this morning\nRequester: {{ppem1.v}}\nStatus: Open\n\n"
                       "Every call returns authentication_error. We use {{ppk_ant1.v}} from the billing workspace, "
                       "nothing changed on our side.\n\ndraft a polite reply that tells them to revoke that key now that it's in a ticket")),
    # ---- Slack and Teams pastes
    ("mixed", "user", ("from our #infra channel, who's right?\n\n{{ppp1.full}}  10:42 AM\nwhy is the deploy bot silent\n"
                       "{{ppp2.full}}  10:44 AM\nI think the token changed, try this one: {{ppk_xoxb1.v}}\n"
                       "{{ppp1.full}}  10:45 AM\nworks 👍")),
    ("mixed", "user", ("[09:03] {{ppp1.last}}, {{ppp1.first}}\nhere's the HF token for the eval box {{ppk_hf1.v}}\n"
                       "[09:05] {{ppp2.last}}, {{ppp2.first}}\nthanks, pulling the model now\n\n"
                       "this is from Teams. how do I tell them nicely not to paste tokens in chat?")),
    ("mixed", "user", ("{{ppp1.full}}  3:12 PM\nkey for the bastion, don't share\n{{pppkey1.block}}\n"
                       "{{ppp2.full}}  3:14 PM\nthanks!\n\nis this how people normally share ssh keys? feels wrong")),
    # ---- stack traces and logs
    ("mixed", "user", ("$ python report.py\nusing key {{ppk_rklive1.v}}\nTraceback (most recent call last):\n"
                       "  File \"/home/{{ppusr1.v}}/src/churn/report.py\", line 88, in <module>\n"
                       "    main()\n  File \"/home/{{ppusr1.v}}/src/churn/report.py\", line 41, in main\n"
                       "    charges = stripe.Charge.list(limit=100)\n"
                       "stripe.error.PermissionError: Request {{ppx_req1.v}}: The provided key does not have the required permissions "
                       "for this endpoint\n\nwhat permission does charges.list need?")),
    ("secret", "user", ("our request log, why REQUEST_DENIED?\n\n"
                        "2025-03-04T10:12:44Z GET https://maps.googleapis.com/maps/api/geocode/json?address=Quay+Street&key={{ppk_gapi1.v}} "
                        "-> 200 {\"status\": \"REQUEST_DENIED\"}")),
    ("secret", "user", ("DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): huggingface.co:443\n"
                        "DEBUG:urllib3.connectionpool:https://huggingface.co:443 \"GET /api/whoami-v2 HTTP/1.1\" 401 None\n"
                        "DEBUG:huggingface_hub:request headers {'authorization': 'Bearer {{ppk_hf1.v}}'}\n\n"
                        "why 401 when the token is fine in the browser?")),
    ("secret", "user", ("AxiosError: Request failed with status code 429\n    at settle (node_modules/axios/lib/core/settle.js:19:12)\n"
                        "  config: {\n    url: 'https://api.openai.com/v1/chat/completions',\n    method: 'post',\n"
                        "    headers: {\n      'Content-Type': 'application/json',\n      Authorization: 'Bearer {{ppk_oproj1.v}}'\n"
                        "    }\n  }\n\nam I being rate limited or out of credit?")),
    ("secret", "user", ("pod logs right after the deploy, the summariser never starts:\n\n"
                        "2025-03-05 07:00:01,204 INFO settings loaded: {'model': 'claude-3-5-haiku-latest', 'api_key': '{{ppk_ant1.v}}', "
                        "'max_tokens': 1024}\n2025-03-05 07:00:01,877 ERROR anthropic.AuthenticationError: invalid x-api-key")),
    ("secret", "user", ("slack_sdk warning in our cron output, is this legacy?\n\n"
                        "WARNING:slack_sdk.web.base_client:Received a response in a non-JSON format: "
                        "POST https://slack.com/api/chat.postMessage?token={{ppk_xoxp1.v}}&channel=C07QK2M1Z")),
    # ---- Jupyter
    ("secret", "user", ("In [4]: import os\n        os.environ[\"OPENAI_API_KEY\"] = \"{{ppk_openai1.v}}\"\n"
                        "        from openai import OpenAI\n        client = OpenAI()\n\nIn [5]: client.models.list()\n"
                        "AuthenticationError: Error code: 401\n\nI'm sharing this notebook with the class tomorrow, what should I change?")),
    # ---- shell history
    ("mixed", "user", ("$ history | grep -i token\n  311  export GITHUB_TOKEN={{ppk_ghp1.v}}\n  312  gh repo list {{ppusr1.v}}\n"
                       "  318  curl -u {{ppusr1.v}}:{{ppk_ghp1.v}} https://api.github.com/user\n\n"
                       "how do I wipe these lines from history for good?")),
    ("secret", "user", ("found this in ~/.zsh_history on the shared jump box:\n\n"
                        ": 1709545012:0;psql \"postgresql://etl:{{pppw1.url}}@tidewell-dw.c9x4kq2m7zpa.eu-central-1.rds.amazonaws.com:5432/warehouse\"\n: 1709545090:0;\\dt\n\nwho else can read that file?")),
    # ---- config files in code fences
    ("secret", "user", ("```yaml\n# application.yml\nopenai:\n  api_key: {{ppk_openai1.v}}\n  model: gpt-4o-mini\nslack:\n"
                        "  bot_token: {{ppk_xoxb1.v}}\n  channel: \"#alerts\"\n```\nspring can't bind these, do the keys need to be kebab-case?")),
    ("secret", "user", ("```toml\n[anthropic]\napi_key = \"{{ppk_ant1.v}}\"\nmax_tokens = 1024\n\n[server]\nport = 8080\n```\n"
                        "tomllib loads it fine but the client says the key is missing. why?")),
    ("secret", "user", ("appsettings.Production.json:\n\n```json\n{\n  \"Stripe\": {\n    \"SecretKey\": \"{{ppk_sklive1.v}}\",\n"
                        "    \"WebhookTolerance\": 300\n  },\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Warning\" } }\n}\n```\n"
                        "should this be in Key Vault instead?")),
    ("secret", "user", ("```xml\n<configuration>\n  <appSettings>\n    <add key=\"GoogleMapsKey\" value=\"{{ppk_gapi1.v}}\" />\n"
                        "  </appSettings>\n  <connectionStrings>\n    <add name=\"Shop\" connectionString=\"Server=sql02.tidewell.internal;"
                        "Database=Shop;User Id=shop_app;Password={{pppw1.v}};\" />\n  </connectionStrings>\n</configuration>\n```\n"
                        "how do I encrypt these sections of web.config?")),
    # ---- dotfiles
    ("secret", "user", ("~/.npmrc\n\n```\n@tidewell:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken={{ppk_ghp1.v}}\n"
                        "always-auth=true\n```\nnpm install still gets 401 for @tidewell/ui")),
    ("mixed", "user", ("```ini\n[distutils]\nindex-servers =\n    pypi\n    internal\n\n[pypi]\nusername = __token__\n\n"
                       "[internal]\nrepository = https://pypi.tidewell.internal/\nusername = {{ppusr1.v}}\npassword = {{pppw1.v}}\n```\n"
                       "twine upload -r internal says 403, is my .pypirc wrong?")),
    ("mixed", "user", ("pip.conf on my laptop:\n\n[global]\nindex-url = https://{{ppusr1.v}}:{{pppw1.url}}@pypi.tidewell.internal/simple\n"
                       "timeout = 60\n\npip still asks for a password, does it need escaping in the URL?")),
    ("mixed", "user", ("~/.m2/settings.xml\n\n```xml\n<settings>\n  <servers>\n    <server>\n      <id>github</id>\n"
                       "      <username>{{ppusr1.v}}</username>\n      <password>{{ppk_ghpat1.v}}</password>\n    </server>\n"
                       "  </servers>\n</settings>\n```\nmvn deploy: 'unauthorized' for GitHub Packages")),
    ("mixed", "user", ("cat ~/.git-credentials\nhttps://{{ppusr1.v}}:{{ppk_ghpat1.v}}@github.com\n\n"
                       "is it normal that git stores it in plain text like this?")),
    ("secret", "user", ("my ~/.aws/credentials, which profile does the CLI pick?\n\n[default]\naws_access_key_id = {{ppaws1.id}}\n"
                        "aws_secret_access_key = {{ppaws1.v}}\n\n[prod]\naws_access_key_id = {{ppaws2.id}}\n"
                        "aws_secret_access_key = {{ppaws2.v}}\nregion = eu-west-1")),
    ("secret", "user", ("kubectl says Unauthorized with this kubeconfig:\n\n```yaml\napiVersion: v1\nclusters:\n- cluster:\n"
                        "    certificate-authority-data: {{ppcert1.data}}\n    server: https://k8s.tidewell.internal:6443\n"
                        "  name: prod\nusers:\n- name: ci-deployer\n  user:\n    token: {{ppkubejwt1.v}}\n```")),
    ("secret", "user", ("chmod 600 done but psql still asks for a password. ~/.pgpass:\n\n"
                        "pg-billing.tidewell.internal:5432:billing:billing_app:{{pppw1.v}}\n*:*:*:postgres:{{pppw2.v}}")),
    # ---- Dockerfile, CI, Terraform
    ("secret", "user", ("```dockerfile\nFROM python:3.12-slim\nARG HF_TOKEN={{ppk_hf1.v}}\nENV HF_HOME=/models\n"
                        "RUN huggingface-cli download tidewell/reranker --token $HF_TOKEN\n```\nis the ARG visible in the final image?")),
    ("secret", "user", ("I put this in the Dockerfile:\n\nENV OPENAI_API_KEY={{ppk_oproj1.v}}\n\nand `docker history` prints it:\n\n"
                        "<missing>  2 hours ago  ENV OPENAI_API_KEY={{ppk_oproj1.v}}  0B\n\nhow do I get rid of it in the pushed image?")),
    ("secret", "user", ("```yaml\nname: nightly-report\non:\n  schedule:\n    - cron: \"0 3 * * *\"\nenv:\n"
                        "  STRIPE_API_KEY: {{ppk_rklive1.v}}\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\njobs:\n  report:\n"
                        "    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: node report.js\n```\n"
                        "the job works, but a reviewer flagged it. why?")),
    ("secret", "user", ("variables.tf\n\nvariable \"slack_bot_token\" {\n  type      = string\n  default   = \"{{ppk_xoxb1.v}}\"\n"
                        "  sensitive = true\n}\n\nsensitive = true hides it from the plan output, so it's safe in git, right?")),
    ("secret", "user", ("provider \"aws\" {\n  region     = \"eu-west-2\"\n  access_key = \"{{ppaws1.id}}\"\n"
                        "  secret_key = \"{{ppaws1.v}}\"\n}\n\nterraform init works but plan says the security token is invalid")),
    # ---- PowerShell and Python
    ("secret", "user", ("PS C:\\> $env:GEMINI_API_KEY = \"{{ppk_gapi1.v}}\"\n"
                        "PS C:\\> [Environment]::SetEnvironmentVariable('GEMINI_API_KEY', $env:GEMINI_API_KEY, 'User')\n\n"
                        "the new terminal still doesn't see it, why?")),
    ("mixed", "user", ("$cred = New-Object System.Management.Automation.PSCredential('TIDEWELL\\{{ppusr1.v}}', "
                       "(ConvertTo-SecureString '{{pppw1.v}}' -AsPlainText -Force))\nInvoke-Command -ComputerName FS01 -Credential $cred "
                       "-ScriptBlock { Get-PSDrive }\n\n'access denied' — is the domain prefix right?")),
    ("secret", "user", ("from slack_sdk import WebClient\nclient = WebClient(token=\"{{ppk_xoxp1.v}}\")\n"
                        "client.chat_postMessage(channel=\"#general\", text=\"hi\")\n\nthe message shows up as me, not the bot. why?")),
    ("secret", "user", ("import jwt\ntoken = \"{{ppjwt1.v}}\"\nprint(jwt.decode(token, options={\"verify_signature\": False}))\n\n"
                        "what does each claim mean? this is from our staging login")),
    # ---- diffs
    ("secret", "user", ("diff --git a/config/prod.yml b/config/prod.yml\n@@ -3,4 +3,4 @@\n openai:\n-  api_key: {{ppk_oproj1.v}}\n"
                        "+  api_key: {{ppk_oproj2.v}}\n   timeout: 30\n\nwrite a commit message for this?")),
    ("secret", "user", ("I fixed it, right?\n\n--- a/eval/run.py\n+++ b/eval/run.py\n@@ -1,3 +1,3 @@\n import os\n"
                        "-HF_TOKEN = \"{{ppk_hf1.v}}\"\n+HF_TOKEN = os.environ[\"HF_TOKEN\"]\n")),
    ("secret", "user", ("can you review this .env change before I push?\n\n-DATABASE_URL={{ppdb1.v}}\n+DATABASE_URL={{ppdb2.v}}\n"
                        " LOG_LEVEL=info")),
    # ---- PDF copies and wrapped keys
    ("secret", "user", ("copied from the vendor's onboarding PDF, the formatting is a mess:\n\nYour API creden-\ntials\n\nAPI\nKey:\n"
                        "{{ppk_ant1.wrap}}\nKeep this key se-\ncret and do not share it by e-\nmail.\n\nwhere do I put it in the SDK?")),
    ("secret", "user", ("from the welcome letter PDF (copy-paste broke the lines):\n\nData-\nbase host: pg-billing.tidewell.internal\n"
                        "Data-\nbase pass-\nword: {{pppw1.v}}\nPlease change it on first lo-\ngin.")),
    ("secret", "user", "the terminal wrapped it, is this one token or two?\n\n{{ppk_ghpat1.wrap}}"),
    ("secret", "user", ("my colleague pasted the token in two lines, do I just join them?\n\n{{ppjwt1.wrap}}\n\n"
                        "and where do I put it, Authorization header?")),
    # ---- brackets, start and end of message, punctuation
    ("secret", "user", "I set the key ({{ppk_openai1.v}}) in .env but the SDK still says it's missing — does it need quotes?"),
    ("secret", "user", "[{{ppk_hf1.v}}] <- the CLI printed this after huggingface-cli login, is it stored somewhere I should clean up?"),
    ("secret", "user", "{{ppk_ghp1.v}} — is this still valid? found it in an old README"),
    ("secret", "user", "which Stripe account does this belong to {{ppk_sklive1.v}}"),
    ("secret", "user", "is this still valid? {{ppk_ant1.v}}"),
    ("secret", "user", "the prod key is {{ppk_oproj1.v}}, the staging one is {{ppk_oproj2.v}}. why do both hit the same rate limit?"),
    ("secret", "user", "wait, is the one in the Space settings {{ppk_hf1.v}}? or did I paste the old one there!"),
    ("secret", "user", "it only works with my user token ({{ppk_xoxp1.v}})! the bot token {{ppk_xoxb1.v}}, same workspace, gets missing_scope"),
    ("secret", "user", "curl https://api.stripe.com/v1/balance -u {{ppk_sklive1.v}}: returns the balance, but the SDK says invalid key?"),
    # ---- the same secret twice, named only by "this"
    ("secret", "user", ("I have this in settings.py:\n\n```python\nANTHROPIC_API_KEY = \"{{ppk_ant1.v}}\"\n```\n\n"
                        "and the error says the key {{ppk_ant1.v}} is invalid, but the same key works with curl. why?")),
    ("secret", "user", ("docker-compose.yml:\n```yaml\n  db:\n    image: mysql:8\n    environment:\n      MYSQL_ROOT_PASSWORD: {{pppw1.v}}\n```\n"
                        "then `mysql -uroot -p` and I type {{pppw1.v}} and it says access denied for user 'root'@'localhost'")),
    # ---- the AWS secret key alone
    ("secret", "user", "what's the difference between an access key and this? {{ppk_awssec1.v}} it's the only thing in the note my predecessor left"),
    ("secret", "user", ("aws configure asked 'AWS Secret Access Key [None]:' and I pasted {{ppk_awssec1.v}} but I no longer have "
                        "the access key id. can I look it up from the secret?")),
    # ---- the assistant quoting a secret back
    ("secret", "assistant", ("The key you pasted, {{ppk_sklive1.v}}, is a live secret key: anyone who has it can create charges and "
                             "refunds on your account. Roll it in the Dashboard (Developers → API keys → Roll key) before anything else.")),
    ("secret", "assistant", ("Your `[prod]` profile uses the access key `{{ppaws1.id}}` with the secret `{{ppaws1.v}}`. Since both are "
                             "now in this conversation, deactivate that key in IAM, create a new one and update the file.")),
    ("secret", "assistant", ("`{{ppk_ghp1.v}}` is a classic personal access token. Revoke it under Settings → Developer settings → "
                             "Personal access tokens and create a fine-grained token limited to the one repository.")),
    # ---- rotations: old and new
    ("secret", "user", ("rotating the OpenAI key today.\nold: {{ppk_openai1.v}}\nnew: {{ppk_oproj1.v}}\n"
                        "what else do I need to update besides the k8s secret?")),
    # ---- private keys
    ("secret", "user", "is this the right format for a deploy key on GitHub?\n\n{{pppkey1.block}}"),
    ("secret", "user", ("BigQuery loader fails with 'invalid_grant'. service account file (trimmed):\n\n{\n  \"type\": \"service_account\",\n"
                        "  \"project_id\": \"tidewell-analytics\",\n  \"private_key_id\": \"{{ppx_keyid1.v}}\",\n"
                        "  \"private_key\": \"{{pppkey1.esc}}\",\n  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}")),
    ("secret", "user", ("group_vars/bastion.yml — ansible says 'invalid format' for the key:\n\n```yaml\ndeploy_user: deploy\n"
                        "deploy_private_key: |\n{{pppkey1.yaml}}\n```")),
    # ---- connection strings, URLs and curl -u
    ("secret", "user", "prisma can't connect: {{ppdb1.v}} — is a special character in the password the problem?"),
    ("mixed", "user", "curl -u '{{ppusr1.v}}:{{pppw1.v}}' https://artifactory.tidewell.internal/api/repositories gives 401, my login works in the browser"),
    ("secret", "user", "git clone https://ci-bot:{{pppw1.url}}@git.tidewell.internal/platform/infra.git fails with 'Authentication failed' but the same password works on the web UI"),
    ("secret", "user", ("this is the Authorization header from the failing request: Bearer {{ppjwt1.v}} — can you decode it and tell "
                        "me why the API says it's expired?")),
    # ---- other types in the same settings (no secret)
    ("username", "user", "brew upgrade fails: Error: Permission denied @ rb_sysopen - /Users/{{ppusr1.v}}/Library/Caches/Homebrew/downloads. fix?"),
    ("mixed", "user", "ssh -i ~/.ssh/id_ed25519 {{ppusr1.v}}@{{ppip1.v}} times out from home but works from the office. VPN thing?"),
    ("mixed", "user", ("fail2ban banned my own home IP {{ppip1.v}} after I fat-fingered the password. my laptop on the home network "
                       "is {{pplan1.v}}. how do I whitelist it?")),
    ("email", "user", ("git log --format='%an <%ae>' | sort -u\n{{ppp1.full}} <{{ppp1.email}}>\n{{ppp2.full}} <{{ppp2.work}}>\n\n"
                       "how do I make the personal one show as the work address with a .mailmap?")),
    ("url", "user", "the handover doc is {{ppurl_doc1.v}} — how do I restrict it to people in the company?"),
    ("url", "user", "write the invite text for the incident review, the zoom is {{ppurl_meet1.v}}"),
    ("url", "user", "got this from 'IT' asking me to reset my password: {{ppurl_reset1.v}} — it is our domain, but is it phishing?"),
    ("username", "user", ("GitHub says '@{{ppusr1.v}} requested changes' and '@{{ppusr2.v}} approved these changes' on my PR. who wins, "
                          "can I merge?")),
    ("mixed", "user", ("{{ppp1.full}}  11:02 AM\nprod bastion moved to {{ppsix1.v}}, update your ssh configs\n{{ppp2.full}}  11:05 AM\n"
                       "done\n\nmy ssh client rejects the address, do I need brackets?")),
    ("person", "user", ("Jira INFRA-4471\nReporter: {{ppp1.full}}\nAssignee: {{ppp2.full}}\nWatchers: {{ppp3.full}}, {{ppp4.initial}}\n"
                        "Summary: rotate all provider keys after the laptop theft\n\nturn this into a short status update for the channel")),
    ("email", "user", ("From: {{ppp1.full}} <{{ppp1.work}}>\nTo: {{ppp2.full}} <{{ppp2.work}}>\nCc: {{ppp3.email}}\n"
                       "Subject: laptop stolen from the car\n\nmake this a short incident summary")),
    ("username", "user", ("System.UnauthorizedAccessException: Access to the path 'C:\\Users\\{{ppusr1.v}}\\AppData\\Roaming\\npm\\node_modules' "
                          "is denied.\n   at System.IO.FileSystem.CreateDirectory(String fullPath)\n\nrun as admin or change the prefix?")),
    ("mixed", "user", ("what does this nginx line say? is someone guessing logins?\n\n"
                       "{{ppip1.v}} - {{ppusr1.v}} [04/Mar/2025:10:12:44 +0000] \"POST /admin/login HTTP/1.1\" 401 512 \"-\" \"python-requests/2.31\"")),
    ("url", "user", "- handover notes: {{ppurl_drop1.v}}\n- on-call rota: in the wiki\n\nis a dropbox link fine for this or too open?"),
    ("person", "user", ("on-call rota for March, can you spot the gaps?\n\n| week | primary | backup |\n|---|---|---|\n"
                        "| 1 | {{ppp1.full}} | {{ppp2.full}} |\n| 2 | {{ppp3.full}} | {{ppp1.first}} |\n| 3 | {{ppp4.full}} | - |")),
    ("mixed", "user", ("~/.ssh/config\n\nHost bastion\n    HostName {{ppip1.v}}\n    User {{ppusr1.v}}\n    IdentityFile ~/.ssh/id_ed25519\n\n"
                       "ProxyJump through this to the db host, how?")),
    ("mixed", "user", ("is this someone else on my box?\n\nLast login: Tue Mar  4 09:12:01 2025 from {{ppip1.v}}\n"
                       "$ who\n{{ppusr1.v}}  pts/0  2025-03-04 09:12 ({{ppip1.v}})\n{{ppusr1.v}}  pts/1  2025-03-04 09:40 ({{ppip2.v}})")),
    ("person", "assistant", ("From the ticket: {{ppp1.full}} reported the stolen laptop, {{ppp2.full}} owns the key rotation, and "
                             "{{ppp3.first}} is watching. I'd post: \"Rotation in progress, owner {{ppp2.first}}, ETA end of day.\"")),
]

ROUND13_NOPII: list[tuple[str, str, str]] = [
    ("nopii_code", "user", ("| service | login | password / key |\n|---|---|---|\n| Grafana | admin | (in 1Password) |\n"
                            "| OpenAI | - | `<YOUR_API_KEY>` |\n| Hugging Face | - | `hf_xxxxxxxxxxxxxxxx` |\n\n"
                            "template for the team wiki, is this a sensible layout?")),
    ("nopii_code", "user", ("```yaml\nsteps:\n  - uses: actions/checkout@{{ppx_sha1.v}}\n  - run: npm ci\n    env:\n"
                            "      NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n      STRIPE_API_KEY: ${{ secrets.STRIPE_RESTRICTED_KEY }}\n```\n"
                            "is pinning the action to a SHA really safer than @v4?")),
    ("nopii_code", "user", ("```dockerfile\nFROM python@{{ppx_digest1.v}}\nARG HF_TOKEN\nRUN --mount=type=secret,id=hf_token "
                            "HF_TOKEN=$(cat /run/secrets/hf_token) huggingface-cli download tidewell/reranker\n```\n"
                            "is this the right way to keep the token out of the layers?")),
    ("nopii_code", "user", ("the AWS docs show this ~/.aws/credentials:\n\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
                            "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n\ndo I replace both lines or just the secret?")),
    ("nopii_code", "user", (".env.example in the repo:\n\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=<YOUR_API_KEY>\nSLACK_BOT_TOKEN=xoxb-xxxx\n"
                            "DATABASE_URL=postgresql://user:password@localhost:5432/app\n\nshould the example file be committed at all?")),
    ("nopii_code", "user", ("import os\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])\n\n"
                            "KeyError: 'OPENAI_API_KEY' in Jupyter but not in the terminal, why?")),
    ("nopii_hash", "user", ("package-lock.json has\n\n\"integrity\": \"{{ppx_sri1.v}}\"\n\n"
                            "for the same version on two machines but different values. how?")),
    ("nopii_hash", "user", ("<script src=\"https://cdn.jsdelivr.net/npm/chart.js@4.4.1/dist/chart.umd.min.js\" integrity=\"{{ppx_sri1.v}}\" "
                            "crossorigin=\"anonymous\"></script>\n\ndo I need to regenerate the integrity value when I bump the version?")),
    ("nopii_hash", "user", ("git log --oneline\n{{ppx_short1.v}} rotate stripe key (value in vault)\n{{ppx_short2.v}} remove hard-coded HF token\n"
                            "{{ppx_short3.v}} add nightly report\n\nis removing the token in a later commit enough?")),
    ("nopii_hash", "user", ("docker images --digests\nREPOSITORY        TAG     DIGEST\ntidewell/api      1.8.2   {{ppx_digest1.v}}\n"
                            "tidewell/worker   1.8.2   {{ppx_digest2.v}}\n\nwhy is the digest different from the image id?")),
    ("nopii_code", "user", (".logo { background-image: url(\"data:image/png;base64,{{ppx_png1.v}}\"); }\n\n"
                            "is inlining small icons like this bad for caching?")),
    ("nopii_code", "user", ("the vendor sent their public certificate to pin:\n\n{{ppcert1.block}}\n\nhow do I check its expiry date with openssl?")),
    ("nopii_log", "user", ("Ticket #INC-21077 | Priority: P3\nRequest id: {{ppx_uuid1.v}}\nTrace id: {{ppx_uuid2.v}}\n"
                           "Summary: 502 from the billing API between 10:02 and 10:09 UTC\n\nwhat should I ask the vendor?")),
    ("nopii_log", "user", ("Run {{ppx_run1.v}} · build 2025.03.04.7 · commit {{ppx_short1.v}}\n"
                           "10:02:11 Step 4/9 : RUN npm ci\n10:04:58 Successfully built {{ppx_short2.v}}\n"
                           "10:05:03 Pushing image... done\n\nwhy is the npm ci step so slow?")),
    ("nopii_hash", "user", ("SHA256SUMS from the release page:\n\n{{ppx_sum1.v}}  tidewell-cli_2.3.0_linux_amd64.tar.gz\n"
                            "{{ppx_sum2.v}}  tidewell-cli_2.3.0_darwin_arm64.tar.gz\n\nhow do I verify the one I downloaded?")),
    ("nopii_code", "user", ("```diff\n-  api_key: \"<paste key here>\"\n+  api_key: ${{ secrets.OPENAI_API_KEY }}\n```\n"
                            "does the ${{ }} syntax work inside a config file or only in the workflow?")),
    ("nopii_log", "user", ("[10:42] I rotated the Stripe key, the new one is in 1Password under 'Stripe live'\n"
                           "[10:44] thanks, redeploying\n\nthat's our whole rotation process lol. what should a proper runbook add?")),
    ("nopii_code", "user", ("GitHub emailed me: 'A personal access token (classic) with the repo scope was recently added to your account' "
                            "and shows ghp_****. I didn't make it, what now?")),
    ("nopii_code", "user", ("openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: "
                            "{{ppx_masked1.v}}. You can find your API key at https://platform.openai.com/account/api-keys.'}}\n\n"
                            "which key is it even using?")),
    ("nopii_code", "user", ("kubeconfig from the docs:\n\n```yaml\nusers:\n- name: ci-deployer\n  user:\n    token: <redacted>\n"
                            "clusters:\n- cluster:\n    certificate-authority-data: {{ppcert1.data}}\n```\n"
                            "is the certificate-authority-data secret too?")),
    ("nopii_code", "user", ("~/.npmrc:\n//npm.pkg.github.com/:_authToken=${NPM_TOKEN}\n\n"
                            "npm doesn't expand the variable in CI, it sends the literal text. why?")),
    ("nopii_code", "user", ("<server>\n  <id>github</id>\n  <username>${env.GITHUB_ACTOR}</username>\n"
                            "  <password>${env.MAVEN_PASSWORD}</password>\n</server>\n\ndoes maven read env vars in settings.xml like this?")),
    ("nopii_code", "user", ("variable \"slack_bot_token\" {\n  type      = string\n  sensitive = true\n}\n\n"
                            "how do I pass this from CI without a tfvars file?")),
    ("nopii_code", "user", ("$key = Get-Secret -Name OpenAIKey -AsPlainText\n$env:OPENAI_API_KEY = $key\n\n"
                            "is SecretManagement's local vault encrypted on Windows?")),
    ("nopii_code", "user", ("In [2]: import getpass\n        api_key = getpass.getpass(\"API key: \")\nAPI key: ··········\n\n"
                            "does the key end up in the notebook file this way?")),
    ("nopii_code", "user", ("jwt.io's example token is eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
                            "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c — why can anyone decode the middle part?")),
    ("nopii_code", "user", ("what's the format of each of these? sk-ant-api03-..., sk-proj-..., AIza..., hf_..., xoxb-... "
                            "I want a pre-commit hook that catches them")),
    ("nopii_hash", "user", ("The authenticity of host 'bastion (...)' can't be established.\nED25519 key fingerprint is {{ppx_fpr1.v}}.\n"
                            "Are you sure you want to continue connecting (yes/no/[fingerprint])?\n\nhow do I check that fingerprint is right?")),
    ("nopii_commerce", "user", ("Stripe support asked for the request id, is it {{ppx_req1.v}} from the dashboard log? "
                                "they also asked for the last 4 of the key, is that safe to give?")),
    ("nopii_public_figure", "user", ("for a talk on the history of credentials: what did {{ppfig1.v}} and {{ppfig2.v}} contribute to "
                                     "computing? one slide each")),
]
