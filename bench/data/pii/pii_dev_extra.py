"""Dev-only extra material for the PII benchmark: fresh phrasing and fresh values for weak classes.

Why: the original dev split had been tuned on until it stopped telling anything. These rows are
appended to ``dev.jsonl`` only (never to test), are generated AFTER test from their own RNG (so
test.jsonl stays byte-identical), and use pools that share no value with the test pools
(``check_extra_disjoint``). They exercise what conversational text does and the first dev split
did not: lower-case and ALL-CAPS names, names in their own scripts, nicknames, loosely written
credentials (``admin / x``, ``curl -u``, ``mysql -p``, ``.netrc``, prose), national id numbers of
more countries, user names the assistant echoes, and loosely described private places.

Template ids continue each category's numbering from 50 (``person_50``...), so categories stay
comparable with the rest of dev.
"""

from __future__ import annotations

import string

import pii_pools as P
from pii_common import ALNUM, Attrs, Ctx, ascii_fold, digits, one, rand_token
from pii_numbers import luhn_digit

# ---------------------------------------------------------------- pools (dev only)
# (first, last) in Latin script; many are absent from common name lists on purpose, so a
# redactor has to rely on context, not on a gazetteer.
XNAMES: list[tuple[str, str]] = [
    ("Ifeoma", "Chukwuemeka"), ("Tendai", "Moyo"), ("Sefton", "Arkwright"), ("Keziah", "Lambourne"),
    ("Ruairi", "Breathnach"), ("Marisol", "Quispe"), ("Anselm", "Trautwein"), ("Oyelaran", "Adewale"),
    ("Bartholomew", "Quigley"), ("Nilufar", "Rashidova"), ("Teodora", "Vasilescu"), ("Kalani", "Kahananui"),
    ("Ximeno", "Urrutia"), ("Dagny", "Solberg"), ("Zawadi", "Njoroge"), ("Cosmin", "Dragomir"),
    ("Perpetua", "Osei-Bonsu"), ("Lachlan", "McTavish"), ("Farhan", "Chowdhury"), ("Ingrid", "Halvorsen"),
]
# Nickname -> given name, neither in the test pools.
XNICKS: list[tuple[str, str, str]] = [
    ("Nacho", "Ignacio", "Ferreyra"), ("Pancho", "Francisco", "Alcaraz"), ("Kolya", "Nikolai", "Belov"),
    ("Bea", "Beatriz", "Sarmento"), ("Trish", "Patricia", "Okoro"), ("Sandy", "Alexander", "Lindgren"),
    ("Gosia", "Malgorzata", "Kaminska"), ("Lenchen", "Magdalena", "Brandauer"), ("Jaz", "Jasmeet", "Grewal"),
    ("Nonno", "Giuseppe", "Barbieri"),
]
# Names written in their own scripts: (first, last, family_name_first_without_space).
XNATIVE: list[tuple[str, str, bool]] = [
    ("明", "陈", True), ("秀英", "杨", True), ("建华", "黄", True), ("健太", "山田", True), ("美咲", "中村", True),
    ("서연", "김", True), ("현우", "최", True), ("Ольга", "Иванова", False), ("Сергей", "Кузнецов", False),
    ("Тарас", "Бойко", False), ("Γιώργος", "Παπαδάκης", False), ("Μαρία", "Νικολάου", False),
    ("محمد", "العلي", False), ("فاطمة", "حسن", False), ("יוסי", "כהן", False), ("מיכל", "לוי", False),
    ("राहुल", "शर्मा", False), ("प्रिया", "वर्मा", False), ("สมชาย", "ใจดี", False), ("มาลี", "ศรีสุข", False),
    ("অমিত", "দাস", False), ("გიორგი", "ბერიძე", False), ("Արամ", "Պետրոսյան", False), ("علی", "رضایی", False),
]
XSTREETS: list[str] = ["Gorse", "Kingfisher", "Mulberry", "Tanners", "Lapwing", "Saffron", "Blackthorn", "Rookery",
                       "Damson", "Wheelwright", "Cowslip", "Ferrier"]
XLANDMARKS: list[str] = ["launderette", "mosque", "betting shop", "fire station", "chip shop", "dentist", "allotments",
                         "garden centre", "bus depot", "tattoo parlour"]
XFEATURES: list[str] = ["the red door", "the broken gate", "the satellite dish", "the green shutters", "the trampoline",
                        "the boat in the drive", "the wind chimes", "the scaffolding"]
XHANDLE_WORDS: list[str] = ["walrus", "sprocket", "mango", "quasar", "nimbus", "pebble", "falcon", "kiwi"]
XPASSWORD_WORDS: list[str] = ["Gingerbread", "Snorkel", "Avalanche", "Hedgehog", "Zeppelin", "Tortellini"]


def check_extra_disjoint() -> None:
    """Raise ValueError if an extra pool shares a value with a test pool."""
    test_firsts = {f for _, fs, _ in P.CULTURES for f in P.split_pair(fs)[1]}
    test_lasts = {l for _, _, ls in P.CULTURES for l in P.split_pair(ls)[1]}
    names = {n for pair in XNAMES for n in pair} | {n for t in XNICKS for n in t} | {n for f, l, _ in XNATIVE for n in (f, l)}
    test_native = {n for pair in P.NATIVE_SCRIPT[1] for n in pair}
    clashes = (names & (test_firsts | test_lasts | test_native | set(P.NICKNAMES.values()))) \
        | (set(XSTREETS) & set(P.STREETS[1])) | (set(XHANDLE_WORDS) & set(P.HANDLE_WORDS[1])) \
        | (set(XPASSWORD_WORDS) & set(P.PASSWORD_WORDS[1]))
    if clashes:
        raise ValueError(f"{len(clashes)} dev-extra pool values are also in test pools")


# ---------------------------------------------------------------- generators
def gen_xperson(ctx: Ctx) -> Attrs:
    first, last = ctx.rng.choice(XNAMES)
    full = f"{first} {last}"
    return {"full": one(full, "PERSON"), "first": one(first, "PERSON"), "last": one(last, "PERSON"),
            "first_lc": one(first.lower(), "PERSON"), "full_lc": one(full.lower(), "PERSON"),
            "first_uc": one(first.upper(), "PERSON"), "full_uc": one(full.upper(), "PERSON"),
            "last_uc": one(last.upper(), "PERSON")}


def gen_xnick(ctx: Ctx) -> Attrs:
    nick, first, last = ctx.rng.choice(XNICKS)
    return {"nick": one(nick, "PERSON"), "nick_lc": one(nick.lower(), "PERSON"), "first": one(first, "PERSON"),
            "full": one(f"{first} {last}", "PERSON")}


def gen_xnative(ctx: Ctx) -> Attrs:
    first, last, family_first = ctx.rng.choice(XNATIVE)
    full = f"{last}{first}" if family_first else f"{first} {last}"
    return {"full": one(full, "PERSON"), "first": one(first, "PERSON"), "last": one(last, "PERSON")}


def gen_xchinese(ctx: Ctx) -> Attrs:
    """A name in Chinese characters, for sentences written in Chinese."""
    first, last, _ = ctx.rng.choice(XNATIVE[:3])
    return {"full": one(f"{last}{first}", "PERSON")}


def _xpassword(ctx: Ctx) -> str:
    rng = ctx.rng
    word = rng.choice(XPASSWORD_WORDS)
    return rng.choice([
        f"{word.lower()}{rng.randrange(10, 999)}",
        f"{word}{rng.choice('!$%&*#')}{rng.randrange(1, 99)}",
        rand_token(rng, rng.randrange(8, 14), ALNUM),
        f"{word.lower()}{rng.choice(XPASSWORD_WORDS).lower()}",
        f"{word[:4].lower()}{rng.randrange(1000, 9999)}{rng.choice('!?.')}",
    ])


def gen_xpw(ctx: Ctx) -> Attrs:
    return {"v": one(ctx.unique(lambda: _xpassword(ctx)), "SECRET")}


def gen_xpin(ctx: Ctx) -> Attrs:
    return {"v": one(ctx.unique(lambda: digits(ctx.rng, ctx.rng.choice([4, 5, 6]))), "SECRET")}


def gen_xusr(ctx: Ctx) -> Attrs:
    rng = ctx.rng
    first, last = rng.choice(XNAMES)
    f, l = ascii_fold(first), ascii_fold(last)
    word = rng.choice(XHANDLE_WORDS)
    value = ctx.unique(lambda: rng.choice([f"{word}_{f[:5]}", f"{f}{l[:2]}{rng.randrange(10, 99)}", f"{l}.{word}",
                                           f"{word}{rng.randrange(100, 9999)}", f"{f[0]}{l}_{rng.randrange(1, 99)}"]))
    return {"v": one(value, "USERNAME")}


def gen_xplace(ctx: Ctx) -> Attrs:
    rng = ctx.rng
    street = rng.choice(XSTREETS)
    suffix = rng.choice(["Road", "Lane", "Close", "Street", "Row", "Walk"])
    mark = rng.choice(XLANDMARKS)
    feat = rng.choice(XFEATURES)
    house = rng.choice(P.HOUSE_DESCRIPTORS)
    value = ctx.unique(lambda: rng.choice([
        f"the {house} with {feat} on {street} {suffix}",
        f"the top-floor flat behind the {mark} on {street} {suffix}",
        f"the {rng.choice(['second', 'third', 'last'])} house past the {mark} on {street.lower()} {suffix.lower()}",
        f"flat {rng.randrange(2, 30)} above the {mark}, {rng.randrange(2, 150)} {street.lower()} {suffix.lower()}",
        f"the {house} across from the {mark} on {street} {suffix}",
    ]))
    return {"v": one(value, "LOCATION")}


def _fr_nir(ctx: Ctx) -> str:
    rng = ctx.rng
    body = (f"{rng.choice('12')}{rng.randrange(40, 99):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 96):02d}"
            f"{rng.randrange(1, 990):03d}{rng.randrange(1, 999):03d}")
    key = 97 - int(body) % 97
    n = f"{body}{key:02d}"
    return rng.choice([n, f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"])


def _nl_bsn(ctx: Ctx) -> str:
    while True:
        n = digits(ctx.rng, 9)
        if n[0] != "0" and (sum(int(c) * w for c, w in zip(n[:8], range(9, 1, -1))) - int(n[8])) % 11 == 0:
            return n


def _es_nie(ctx: Ctx) -> str:
    rng = ctx.rng
    lead = rng.choice("XYZ")
    num = digits(rng, 7)
    letter = "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(lead)) + num) % 23]
    return rng.choice([f"{lead}{num}{letter}", f"{lead}-{num}-{letter}"])


def _it_cf(ctx: Ctx) -> str:
    rng = ctx.rng
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(6))
    body = (f"{letters}{rng.randrange(40, 99):02d}{rng.choice('ABCDEHLMPRST')}{rng.randrange(1, 71):02d}"
            f"{rng.choice(string.ascii_uppercase)}{rng.randrange(100, 999)}")
    total = 0
    for i, ch in enumerate(body):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        total += odd[v] if i % 2 == 0 else v
    return body + chr(65 + total % 26)


def _ch_ahv(ctx: Ctx) -> str:
    body = "756" + digits(ctx.rng, 9)
    check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
    n = body + str(check)
    return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"


def _se_pnr(ctx: Ctx) -> str:
    rng = ctx.rng
    body = f"{rng.randrange(40, 99):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{digits(rng, 3)}"
    return f"{body[:6]}-{body[6:]}{luhn_digit(body)}"


def _pl_pesel(ctx: Ctx) -> str:
    rng = ctx.rng
    body = f"{rng.randrange(40, 99):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{digits(rng, 4)}"
    check = (10 - sum(int(c) * w for c, w in zip(body, [1, 3, 7, 9] * 3)) % 10) % 10
    return body + str(check)


def _passport(ctx: Ctx) -> str:
    rng = ctx.rng
    up = string.ascii_uppercase
    return rng.choice([f"{digits(rng, 2)}{rng.choice(up)}{rng.choice(up)}{digits(rng, 5)}",       # FR
                       f"Y{rng.choice(up)}{digits(rng, 7)}",                                      # IT
                       f"C{''.join(rng.choice('CFGHJKLMNPRTVWXYZ0123456789') for _ in range(8))}",  # DE
                       f"{rng.choice(up)}{rng.choice(up)}{digits(rng, 7)}"])                      # other


XID_MAKERS = {"fr_nir": _fr_nir, "nl_bsn": _nl_bsn, "es_nie": _es_nie, "it_cf": _it_cf, "ch_ahv": _ch_ahv,
              "se_pnr": _se_pnr, "pl_pesel": _pl_pesel, "passport": _passport}


def make_xid_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return {"v": one(ctx.unique(lambda: XID_MAKERS[kind](ctx)), "ID_NUMBER")}

    return gen


EXTRA_GENERATORS = {
    "xp": gen_xperson, "xnick": gen_xnick, "xnat": gen_xnative, "xzh": gen_xchinese, "xpw": gen_xpw, "pin": gen_xpin, "xusr": gen_xusr,
    "xplace": gen_xplace, **{f"xid_{k}": make_xid_gen(k) for k in XID_MAKERS},
}

# ---------------------------------------------------------------- templates (dev only)
DEV_EXTRA_PII: list[tuple[str, str, str]] = [
    # lower case, ALL CAPS, nicknames, native scripts
    ("person", "user", "ugh {{xp1.first_lc}} cancelled on me again, third time this month. should i just stop inviting her"),
    ("person", "user", "PLEASE FORWARD TO {{xp1.full_uc}} IN BILLING, THE ACCOUNT IS STILL WRONG"),
    ("person", "user", "ATTN: {{xp1.last_uc}}\nthe parcel arrived damaged, draft a complaint"),
    ("person", "user", "everyone at the gym calls him {{xnick1.nick}}, short for {{xnick1.first}}. what's a funny toast for his 40th?"),
    ("person", "user", "my nephew goes by {{xnick1.nick_lc}} now and gets upset if grandma uses {{xnick1.full}}"),
    ("person", "user", "我的同事{{xzh1.full}}总是迟到, how do I bring it up politely in English?"),
    ("person", "user", "Can you check the spelling of this card: 'Happy retirement, {{xnat1.full}}!'"),
    ("person", "user", "the invitation is from {{xnat1.full}}, what is the polite way to reply?"),
    ("person", "assistant", "You could start with \"Dear {{xnat1.full}},\" and keep the first paragraph short."),
    ("person", "user", "texted {{xp1.full_lc}} about the deposit but no reply. write a firmer follow-up"),
    ("person", "assistant", "If {{xp1.first}} still doesn't answer by the weekend, it's fair to ask {{xp2.full}} to step in."),
    ("person", "user", "{{xp1.full}} - our new tenant - says the boiler is broken. what are my obligations as a landlord?"),
    # credentials written loosely
    ("secret", "user", "router creds are admin / {{xpw1.v}} but the page just reloads"),
    ("secret", "user", "login: office-printer   pw: {{xpw1.v}}\nwhy can't I scan to email"),
    ("secret", "user", "mysql -u root -p{{xpw1.v}} -h 10.0.0.5 gives access denied"),
    ("secret", "user", "docker login -u deploybot -p {{xpw1.v}} registry.example.org\nWARNING! Using --password via the CLI is insecure."),
    ("secret", "user", "my ~/.netrc has:\nmachine api.example.org login deploy password {{xpw1.v}}\nbut heroku still asks"),
    ("secret", "user", "export SMTP_PASSWORD={{xpw1.v}}\nexport SMTP_HOST=mail.example.org\nnodemailer times out"),
    ("secret", "user", "fyi the wifi password is {{xpw1.v}} for when you come over"),
    ("secret", "user", "wget --user=backup --password={{xpw1.v}} ftp://files.example.org/dump.sql fails"),
    ("secret", "user", "sshpass -p '{{xpw1.v}}' ssh pi@raspberrypi.local hangs"),
    ("secret", "assistant", "Remove `{{xpw1.v}}` from the script and read it from an environment variable instead."),
    ("secret", "user", "the code for the key safe is {{pin1.v}}, please put it in the welcome message for guests"),
    # national and travel ids
    ("id", "user", "numéro de sécurité sociale {{xid_fr_nir1.v}}, comment remplir le formulaire en anglais ?"),
    ("id", "user", "my BSN is {{xid_nl_bsn1.v}}, does the gemeente need it for the parking permit?"),
    ("id", "user", "NIE {{xid_es_nie1.v}} - how do I renew it before it expires?"),
    ("id", "user", "codice fiscale: {{xid_it_cf1.v}}. translate the tax letter for me"),
    ("id", "user", "AHV-Nr. {{xid_ch_ahv1.v}}, is this the same as the social security number?"),
    ("id", "user", "personnummer {{xid_se_pnr1.v}} - the clinic form wants it, is that normal"),
    ("id", "user", "PESEL {{xid_pl_pesel1.v}}, write the employer a note in English"),
    ("id", "user", "lost my passport ({{xid_passport1.v}}) on the train, what should I do first?"),
    ("id", "assistant", "I've put {{xid_es_nie1.v}} in the NIE box; double-check it against your card."),
    # user names echoed
    ("username", "assistant", "Welcome back, {{xusr1.v}}! Your streak is still going."),
    ("username", "assistant", "I can't see the account {{xusr1.v}}, but support can unlock it."),
    ("username", "user", "the profile {{xusr1.v}} keeps tagging me in spam posts"),
    ("username", "user", "I play as {{xusr1.v}} on steam, add me"),
    # places
    ("location", "user", "we rent {{xplace1.v}}, the landlord won't fix the damp"),
    ("location", "user", "come round tonight, it's {{xplace1.v}}"),
    ("location", "assistant", "So the meeting point is {{xplace1.v}}; I'll add that to the invite."),
    # mixed
    ("mixed", "user", "hey its {{xp1.first_lc}}, my new handle is {{xusr1.v}} and the wifi pw is {{xpw1.v}}"),
    ("mixed", "user", "Name: {{xnat1.full}}\nPassport: {{xid_passport1.v}}\nPlease check the visa form."),
]

DEV_EXTRA_NOPII: list[tuple[str, str, str]] = [
    ("nopii_code", "user", "password = os.environ[\"DB_PASSWORD\"]\nif not password:\n    raise RuntimeError(\"set DB_PASSWORD\")"),
    ("nopii_code", "user", "mysql -u root -p -h 127.0.0.1 asks for the password every time, how do I avoid that safely?"),
    ("nopii_code", "assistant", "Use `docker login --password-stdin` so the password never appears in your shell history."),
    ("nopii_code", "user", "ALTER TABLE users ADD COLUMN user_id INT; -- migration {{n1}}"),
    ("nopii_assistant", "user", "the password is wrong and the reset link expired, what now?"),
    ("nopii_assistant", "assistant", "Reset your password from the login page, then sign in again with the new one."),
    ("nopii_public_place", "user", "what does 谢谢 mean and how do you pronounce it?"),
    ("nopii_public_place", "user", "Is Москва written with a capital letter in Russian?"),
    ("nopii_public_place", "user", "HOW DO I GET FROM THE AIRPORT TO THE CITY CENTRE IN {{city1}}?"),
    ("nopii_log", "user", "ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)"),
    ("nopii_log", "user", "WARN [main] ConnectionPool - retry {{n1}}/5, build {{ver1}}"),
    ("nopii_product", "user", "is the {{prod1}} compatible with the {{prod2}}? the manual says ID {{n1}} only"),
    ("nopii_relative_date", "user", "i told my team {{rel1}} that the deadline moved, was that too late?"),
]
