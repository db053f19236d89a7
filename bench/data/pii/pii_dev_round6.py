"""Dev-only sixth-round material for the PII benchmark: how people mention other people and leak
credentials when they chat with an assistant, in forms and phrasings the earlier rounds did not write.

Why: these rows were written blind by a new author (without reading the redactor's code or the
held-out split) before any recognizer change of round 6, so the redactor's first score on them
("before") estimates how it generalises to messages nobody tuned it on.

Rules as for ``pii_dev_round5``: appended to ``dev.jsonl`` only, generated after test and after the
earlier dev-only rows from their own RNG (so test.jsonl stays byte-identical), with value pools that
share nothing with any earlier pool (``check_round6_disjoint``). Template ids continue each
category's numbering from 200 (``person_200``...). Slot kinds start with ``z``.

What they exercise (every secret is random text in its published shape, never a real one):

* PERSON, about 45% of the messages: given names alone as subject or object with no cue word
  ("can you help me write a birthday message for tobias", "ikaika and leilani are fighting again"),
  names of cultures no earlier pool had (Hawaiian, Samoan, Tongan, Tahitian, Basque, Catalan,
  Quechua, Amharic, Tamil, Malayalam, Filipino ``Ma.``, Kurdish, Sami, Yoruba, Hmong, Romani,
  Irish-language ``Ní``/``Mac``/``Ó``, Breton, Amazigh, Tibetan, Yiddish, Sesotho, Lao, Tatar,
  Portuguese multi-part surnames), nicknames and diminutives, forwarded e-mail headers, CSV rows,
  Markdown tables, meeting and stand-up notes, Teams pastes (``Surname, First``), a vCard, a seed
  file of real customers, ``git shortlog`` output, Secret Santa pairs, a voice-note transcript,
  possessives, initials (``M. K. Alemu``, ``Meseret T. Alemu``), a surname after a
  lower-case ``dr``, hyphenated and multi-part surnames, English mixed with Spanish, Tagalog,
  Basque, Hindi, Hawaiian and Irish words, and names the assistant repeats back.
* SECRET, about 30%: passwords dictated letter by letter ("capital P, e, l, ...") and in chunks
  ("capital P then 47 then pelican all lowercase then a hashtag"), one span each; a Google app
  password with its spaces, alone and in ``~/.msmtprc``; an IT desk's temporary password in a pasted
  e-mail; SMS one-time codes (a scam call, ``G-``; only the digits); a spaced TOTP setup key; a
  bullet list and a Markdown table of family accounts (``admin`` is not labelled); WireGuard
  ``PrivateKey`` and ``PresharedKey`` (the peer's ``PublicKey`` is not secret); Ansible inventory
  passwords; ``gh`` ``hosts.yml`` (``gho_``); Terraform Cloud ``credentials.tfrc.json``
  (``.atlasv1.``); ESPHome ``secrets.yaml``; a Jenkins console and a GitHub Actions log that print
  an unmasked token; pytest locals; a MongoDB URI whose password needs escaping; macOS ``security
  find-generic-password`` output; ``kubectl create secret --from-literal``; ``kubeadm join --token``
  (the CA hash is not secret); Windows ``setx``; ``curl -u email/token:`` (Zendesk); payment keys
  (the Razorpay key secret, not its key id; Paystack, Flutterwave); keys of Mistral, Cohere, Together,
  Fireworks, Resend, New Relic, Buildkite, SonarQube, Docker Hub and Tailscale; passwords in Tagalog
  and Dutch prose; a table of keys echoed by the assistant.
* Other types, the rest: user names in ``id`` output, ``ssh user@host``, a child's game account and
  a ``DOMAIN\\user`` login; street addresses of the Philippines (``Blk``/``Lot``/``Brgy.``),
  Indonesia (``Jl.``, ``RT``/``RW``), Turkey, Argentina, Hawaii and Nigeria, and a home pinned down
  by landmarks; Belgian national register numbers, Portuguese NIF, Turkish TC kimlik and Chinese
  resident ID (valid check digits) and Indian PAN; dates of birth after "born" and "DOB:";
  phone numbers drawn from eleven more countries (all pass ``phonenumbers.is_valid_number``); a
  Jupyter URL with its token, a MEGA link with its key and a sign-in link (the whole URL); e-mail
  addresses.
* no-PII look-alikes, under round 4's policy: public figures, fictional characters, herbs, seasons
  and brands that are also names, famous places as travel topics, placeholders (``<your key>``,
  ``REPLACE_ME``, ``[First Name]``), published examples (jwt.io's sample token, the
  ``JBSWY3DPEHPK3PXP`` TOTP example, ``hunter2``, "correct horse battery staple", ``555-01xx``,
  ``example.com``), a bcrypt hash, a WireGuard public key, masked CI output, an OTP service log.
"""

from __future__ import annotations

import string
import uuid

import pii_dev_extra as X
import pii_dev_round3 as R3
import pii_dev_round4 as R4
import pii_dev_round5 as R5
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
B32 = string.ascii_uppercase + "234567"
LOWER_DIGITS = string.ascii_lowercase + string.digits

# ---------------------------------------------------------------- pools (dev only)
# (first, last): cultures and spellings no earlier pool has.
R6NAMES: list[tuple[str, str]] = [
    # Hawaiian, Samoan, Tongan, Tahitian
    ("Ikaika", "Kamakau"), ("Leilani", "Akana"), ("Tavita", "Faleolo"), ("Teuila", "Sapolu"), ("Heilala", "Tukuafu"),
    ("Teva", "Tehei"),
    # Basque, Catalan
    ("Unai", "Arrizabalaga"), ("Nerea", "Olabarrieta"), ("Itziar", "Agirre-Lizaso"), ("Pau", "Casademunt"),
    ("Meritxell", "Soldevila"), ("Jaume", "Riera i Bosch"),
    # Quechua
    ("Wayra", "Huamán"), ("Killa", "Condori"), ("Sumaq", "Ccori"), ("Inti", "Huallpa"),
    # Amharic, Tigrinya
    ("Meseret", "Alemu"), ("Yared", "Demissie"), ("Hiwot", "Getachew"), ("Senait", "Woldemichael"),
    # Tamil, Malayalam
    ("Tamilselvi", "Arumugam"), ("Senthuran", "Palaniappan"), ("Vaidehi", "Ilangovan"), ("Sreelakshmi", "Nambiar"),
    # Filipino
    ("Jhunel", "Macaraeg"), ("Ma. Cristina", "Dimaculangan"), ("Analyn", "Magbanua"),
    # Kurdish
    ("Rojin", "Amedî"), ("Shirwan", "Hawrami"), ("Berfin", "Tekin"),
    # Sami
    ("Máret", "Gaup"), ("Áslat", "Somby"), ("Risten", "Eira"),
    # Yoruba
    ("Oluwadamilare", "Ogundipe"), ("Morenike", "Odunsi"), ("Ibukunoluwa", "Ajayi-Bello"),
    # Hmong, Romani, Irish-language spellings
    ("Tou", "Moua"), ("Paj Ntaub", "Lor"), ("Florica", "Stoica"), ("Drina", "Lovell"),
    ("Caoimhe", "Ní Mhurchú"), ("Tadhg", "Mac Conmara"), ("Éabha", "Ó Floinn"),
    # Breton, Amazigh, Tibetan, Yiddish, Sesotho, Lao, Tatar, Portuguese, a common German given name
    ("Gwenaëlle", "Le Goff"), ("Tiziri", "Ait Ouali"), ("Pema", "Dorjee"), ("Faigy", "Rottenberg"),
    ("Palesa", "Mokoena"), ("Souksavanh", "Phommachanh"), ("Ilnur", "Galiev"), ("Luís Miguel", "Vasconcelos de Brito"),
    ("Tobias", "Achterberg"),
]
# Gender as the name is usually read, so pronouns in a template agree ("x": either).
R6GENDER: dict[str, str] = {
    "Ikaika": "m", "Leilani": "f", "Tavita": "m", "Teuila": "f", "Heilala": "f", "Teva": "x", "Unai": "m", "Nerea": "f",
    "Itziar": "f", "Pau": "m", "Meritxell": "f", "Jaume": "m", "Wayra": "x", "Killa": "f", "Sumaq": "f", "Inti": "m",
    "Meseret": "f", "Yared": "m", "Hiwot": "f", "Senait": "f", "Tamilselvi": "f", "Senthuran": "m", "Vaidehi": "f",
    "Sreelakshmi": "f", "Jhunel": "m", "Ma. Cristina": "f", "Analyn": "f", "Rojin": "f", "Shirwan": "m", "Berfin": "f",
    "Máret": "f", "Áslat": "m", "Risten": "f", "Oluwadamilare": "m", "Morenike": "f", "Ibukunoluwa": "x", "Tou": "m",
    "Paj Ntaub": "f", "Florica": "f", "Drina": "f", "Caoimhe": "f", "Tadhg": "m", "Éabha": "f", "Gwenaëlle": "f",
    "Tiziri": "f", "Pema": "x", "Faigy": "f", "Palesa": "f", "Souksavanh": "x", "Ilnur": "m", "Luís Miguel": "m",
    "Tobias": "m",
}
# Capitalised particles shared by many surnames; the token clash check ignores them.
R6PARTICLES = {"Ní", "Mac", "Ó", "Le", "Ait", "Ma."}
# (diminutive, given name)
R6NICKS: list[tuple[str, str]] = [
    ("Dami", "Oluwadamilare"), ("Meri", "Meritxell"), ("Tavi", "Tavita"), ("Lani", "Leilani"), ("Nene", "Nerea"),
    ("Senthu", "Senthuran"), ("Shloimy", "Shlomo"), ("Jhun-Jhun", "Jhunel"), ("Bukky", "Ibukunoluwa"),
    ("Tina", "Cristina"),
]
R6PASSWORD_WORDS = ["Kumquat", "Armadillo", "Pelican", "Lollipop", "Cinnamon", "Dumpling", "Flamingo", "Tapioca",
                    "Gazebo", "Mongoose", "Ukulele", "Papaya"]
R6HANDLE_WORDS = ["tapir", "nugget", "sprout", "cobalt", "pixie", "lynx", "kelp", "umami"]
R6EMAIL_DOMAINS = ["gmx.at", "yahoo.fr", "aol.com", "inbox.lv", "sapo.pt", "terra.com.br", "telus.net",
                   "optusnet.com.au", "skynet.be", "laposte.net", "pm.me", "live.com", "163.com", "daum.net",
                   "yahoo.com.ph"]
R6PUBLIC_FIGURES = ["Desmond Tutu", "Fela Kuti", "Dolores Huerta", "Julius Nyerere", "Rigoberta Menchú",
                    "Oscar Niemeyer", "Rabindranath Tagore", "Corazon Aquino", "Duke Kahanamoku", "Zaha Hadid",
                    "Mary Seacole", "Valentina Tereshkova", "Patrice Lumumba", "Simón Bolívar", "Ernest Shackleton"]
R6SSIDS = ["PLDTHOMEFIBR5a3c2", "Globe_At_Home_9F21", "TurkTelekom_T7C21", "HUAWEI-B535-7F1A", "Ziggo4471309",
           "Vodafone-2C8E"]
# Street stems by country (none in an earlier street pool).
R6STREETS: dict[str, list[str]] = {
    "ph": ["Sampaguita", "Kamagong", "Ilang-Ilang"], "id": ["Kenanga", "Flamboyan", "Teratai"],
    "tr": ["Papatya", "Menekşe", "Lale"], "ar": ["Los Ceibos", "Las Tipas", "Los Aromos"],
    "hi": ["Kaukahi", "Kuahelani", "Haleakua"], "ng": ["Iroko", "Ixora", "Obeche"],
}
R6LANDMARKS = ["sari-sari store", "jeepney terminal", "carinderia", "warung", "borehole", "mechanic's shed",
               "water tank"]


def _tokens(names: set[str]) -> set[str]:
    """Capitalised words of the names, particles left out."""
    return name_tokens(names, R6PARTICLES)


def check_round6_disjoint() -> None:
    """Raise ValueError if a round-6 pool shares a value with an earlier pool (dev, test, extra, rounds 3 to 5)."""
    earlier_names = {n for _, fs, ls in P.CULTURES for n in fs + ls} | set(P.NICKNAMES.values()) \
        | set(P.NICKNAMES) | {n for half in P.NATIVE_SCRIPT for pair in half for n in pair} \
        | {n for pair in X.XNAMES for n in pair} | {n for t in X.XNICKS for n in t} \
        | {n for f, l, _ in X.XNATIVE for n in (f, l)} \
        | {n for pair in R3.R3NAMES for n in pair} | {n for pair in R3.R3NICKS for n in pair} \
        | {n for pair in R4.R4NAMES for n in pair} | {n for pair in R4.R4NICKS for n in pair} \
        | {n for pair in R5.R5NAMES for n in pair} | {n for pair in R5.R5NICKS for n in pair}
    names = {n for pair in R6NAMES for n in pair} | {n for pair in R6NICKS for n in pair}
    earlier_figures = {f for half in P.PUBLIC_FIGURES for f in half} | set(R3.R3PUBLIC_FIGURES) \
        | set(R5.R5PUBLIC_FIGURES)
    earlier_words = {w.lower() for half in P.PASSWORD_WORDS for w in half} | {w.lower() for w in X.XPASSWORD_WORDS} \
        | {w.lower() for w in R3.R3PASSWORD_WORDS} | {w.lower() for w in R4.R4PASSWORD_WORDS} \
        | set(R4.R4PHRASE_WORDS) | {w.lower() for w in R4.R4WIFI} | {w.lower() for w in R5.R5PASSWORD_WORDS}
    earlier_handles = {w for half in P.HANDLE_WORDS for w in half} | set(X.XHANDLE_WORDS) | set(R5.R5HANDLE_WORDS)
    earlier_streets = {s.lower() for half in P.STREETS + P.DE_STREETS + P.FR_STREETS + P.IN_SOCIETIES for s in half} \
        | {s.lower() for s in X.XSTREETS} | {s.lower() for stems in R5.R5STREETS.values() for s in stems}
    earlier_domains = set(P.EMAIL_DOMAINS) | {d for half in P.WORK_DOMAINS for d in half} | set(R5.R5EMAIL_DOMAINS)
    streets = {s.lower() for stems in R6STREETS.values() for s in stems}
    clashes = (names & earlier_names) | (_tokens(names) & _tokens(earlier_names)) \
        | (set(R6PUBLIC_FIGURES) & earlier_figures) | (_tokens(set(R6PUBLIC_FIGURES)) & _tokens(names | earlier_names)) \
        | ({w.lower() for w in R6PASSWORD_WORDS} & earlier_words) | (set(R6HANDLE_WORDS) & earlier_handles) \
        | (streets & earlier_streets) | (set(R6EMAIL_DOMAINS) & earlier_domains) \
        | (set(R6SSIDS) & set(R5.R5SSIDS))
    if clashes:
        raise ValueError(f"{len(clashes)} round-6 pool values are also in earlier pools")
    if set(R6GENDER) != {f for f, _ in R6NAMES}:
        raise ValueError("R6GENDER must give every round-6 first name a gender")


# ---------------------------------------------------------------- helpers


# ---------------------------------------------------------------- people, handles, contact details
def gen_z_person(ctx: Ctx, gender: str | None = None) -> Attrs:
    """A person of the round-6 pool; ``gender`` "f" or "m" keeps to names read that way (or either)."""
    rng = ctx.rng
    pool = [n for n in R6NAMES if gender is None or R6GENDER[n[0]] in (gender, "x")]
    first, last = ctx.pick_recent(pool, "names")
    full = f"{first} {last}"
    f, l = ascii_fold_all(first), ascii_fold_all(last)

    def make_email() -> str:
        local = rng.choice([f"{f}.{l}", f"{f}{l[:2]}{rng.randrange(1, 30)}", f"{l}_{f}", f"{f[0]}.{l}",
                            f"{f}{rng.randrange(1975, 2006)}", f"{f}-{rng.choice(R6HANDLE_WORDS)}"])
        return f"{local}@{rng.choice(R6EMAIL_DOMAINS)}"

    up = rng.choice("ABDEGHJKLMNRST")
    return {"full": one(full, "PERSON"), "first": one(first, "PERSON"), "last": one(last, "PERSON"),
            "first_lc": one(first.lower(), "PERSON"), "last_lc": one(last.lower(), "PERSON"),
            "full_lc": one(full.lower(), "PERSON"),
            "poss": [(first, "PERSON"), ("'s", None)], "poss_lc": [(first.lower(), "PERSON"), ("'s", None)],
            "poss_full": [(full, "PERSON"), ("'s", None)], "poss_full_lc": [(full.lower(), "PERSON"), ("'s", None)],
            "last_first": one(f"{last}, {first}", "PERSON"), "initial": one(f"{first[0]}. {last}", "PERSON"),
            "mid": one(f"{first} {up}. {last}", "PERSON"), "inits": one(f"{first[0]}. {up}. {last}", "PERSON"),
            "email": one(ctx.unique(make_email), "EMAIL_ADDRESS")}


def gen_z_nick(ctx: Ctx) -> Attrs:
    nick, first = ctx.pick_recent(R6NICKS, "nicks")
    return {"nick": one(nick, "PERSON"), "nick_lc": one(nick.lower(), "PERSON"), "first": one(first, "PERSON")}


def _handle(ctx: Ctx) -> str:
    rng = ctx.rng
    first, last = rng.choice(R6NAMES)
    f, l = ascii_fold_all(first), ascii_fold_all(last)
    word, word2 = rng.sample(R6HANDLE_WORDS, 2)
    return rng.choice([f"{f}.{word}", f"{word}_{f}{digits(rng, 2)}", f"{f[0]}{l}", f"{l}{f[:2]}{digits(rng, 2)}",
                       f"{word.capitalize()}{word2.capitalize()}{digits(rng, 2)}", f"{f}{l[:3]}", f"{f}_{word}_{l[:1]}"])


def gen_z_user(ctx: Ctx) -> Attrs:
    """A person's own login or handle (USERNAME)."""
    return {"v": one(ctx.unique(lambda: _handle(ctx)), "USERNAME")}


def gen_z_email(ctx: Ctx) -> Attrs:
    return {"v": gen_z_person(ctx)["email"]}


PHONE_REGIONS = {"id": "ID", "co": "CO", "ar": "AR", "bd": "BD", "gh": "GH", "ae": "AE", "my": "MY", "pe": "PE",
                 "pt": "PT", "be": "BE", "et": "ET"}


def _phone(ctx: Ctx, country: str) -> str:
    rng = ctx.rng
    d = lambda n: digits(rng, n)
    return rng.choice({
        "id": [f"+62 81{rng.choice('23')}-{d(4)}-{d(4)}", f"081{rng.choice('23')} {d(4)} {d(4)}"],
        "co": [f"+57 3{rng.choice(['00', '01', '10', '12', '15', '20'])} {d(3)} {d(4)}",
               f"3{rng.choice(['00', '10', '15'])} {d(3)} {d(4)}"],
        "ar": [f"+54 9 11 {rng.randrange(2, 7)}{d(3)}-{d(4)}", f"+54 9 351 {rng.randrange(2, 7)}{d(2)}-{d(4)}"],
        "bd": [f"+880 1{rng.choice('3789')}{d(2)}-{d(6)}", f"01{rng.choice('3789')}{d(2)}-{d(6)}"],
        "gh": [f"+233 24 {d(3)} {d(4)}", f"024 {d(3)} {d(4)}", f"+233 55 {d(3)} {d(4)}"],
        "ae": [f"+971 50 {d(3)} {d(4)}", f"050 {d(3)} {d(4)}", f"+971 55 {d(3)} {d(4)}"],
        "my": [f"+60 12-{d(3)} {d(4)}", f"012-{d(3)} {d(4)}", f"+60 17-{d(3)} {d(4)}"],
        "pe": [f"+51 9{d(2)} {d(3)} {d(3)}", f"9{d(2)} {d(3)} {d(3)}"],
        "pt": [f"+351 91{rng.randrange(2, 7)} {d(3)} {d(3)}", f"93{rng.randrange(2, 7)} {d(3)} {d(3)}"],
        "be": [f"+32 47{d(1)} {d(2)} {d(2)} {d(2)}", f"04{rng.choice('789')}{d(1)} {d(2)} {d(2)} {d(2)}"],
        "et": [f"+251 91 {d(3)} {d(4)}", f"091 {d(3)} {d(4)}"],
    }[country])


def _address(ctx: Ctx, country: str) -> str:
    rng = ctx.rng
    st = rng.choice(R6STREETS[country])
    n = rng.randrange(1, 60)
    if country == "ph":
        brgy, city = rng.choice([("San Isidro", "Antipolo City, Rizal 1870"), ("Dela Paz", "Biñan, Laguna 4024"),
                                 ("Mayamot", "Antipolo City, Rizal 1870"), ("Salitran II", "Dasmariñas, Cavite 4114")])
        return rng.choice([f"Blk {n} Lot {rng.randrange(1, 40)}, {st} St., Phase {rng.randrange(1, 5)}, Brgy. {brgy}, {city}",
                           f"Blk {n} L{rng.randrange(1, 40)} {st} St. Brgy {brgy} {city.split(',')[0]}"])
    if country == "id":
        kel, kec, city, pc = rng.choice([("Cipete Utara", "Kebayoran Baru", "Jakarta Selatan", "12150"),
                                         ("Sukawarna", "Sukajadi", "Bandung", "40164"),
                                         ("Condongcatur", "Depok", "Sleman", "55281")])
        return f"Jl. {st} No. {n}, RT {rng.randrange(1, 15):03d}/RW {rng.randrange(1, 12):03d}, Kel. {kel}, Kec. {kec}, {city} {pc}"
    if country == "tr":
        mah, pc, ilce, il = rng.choice([("Caferağa", "34710", "Kadıköy", "Istanbul"), ("Kavaklıdere", "06680", "Çankaya", "Ankara"),
                                        ("Alsancak", "35220", "Konak", "Izmir")])
        return f"{mah} Mah. {st} Sok. No: {n} D: {rng.randrange(1, 16)}, {pc} {ilce}/{il}"
    if country == "ar":
        cp, city = rng.choice([("C1426", "CABA"), ("B1642", "San Isidro, Buenos Aires"), ("X5000", "Córdoba")])
        return f"{st} {rng.randrange(100, 4800)}, Piso {rng.randrange(1, 12)} Dto. {rng.choice('ABCDEF')}, {cp} {city}"
    if country == "hi":
        city, zipc, pre = rng.choice([("Waipahu", "96797", "94"), ("Mililani", "96789", "95"), ("Kaneohe", "96744", "46")])
        return f"{pre}-{rng.randrange(100, 1400)} {st} {rng.choice(['Pl', 'St', 'Loop'])}, {city}, HI {zipc}"
    main, area = rng.choice([("Admiralty Way", "Lekki Phase 1"), ("Allen Avenue", "Ikeja"), ("Adeniran Ogunsanya Street", "Surulere")])
    return rng.choice([f"{n} {st} Close, off {main}, {area}, Lagos", f"Flat {rng.randrange(1, 9)}, {n} {st} Close, {area}, Lagos"])


def gen_z_place(ctx: Ctx) -> Attrs:
    """A home pinned down by landmarks, the whole phrase."""
    rng = ctx.rng
    mark = rng.choice(R6LANDMARKS)
    value = ctx.unique(lambda: rng.choice([
        f"the yellow house with the mango tree, second gate after the {mark} on {rng.choice(R6STREETS['ph'])} St.",
        f"the compound with the black gate behind the {mark} on {rng.choice(R6STREETS['ng'])} Close",
        f"the back unit down the side alley next to the {mark} on Jl. {rng.choice(R6STREETS['id'])}",
        f"the green bungalow with the surfboards on the lanai, end of {rng.choice(R6STREETS['hi'])} Pl past the {mark}",
    ]))
    return {"v": one(value, "LOCATION")}


# ---------------------------------------------------------------- national id numbers (valid check characters)
def _be_nrn(ctx: Ctx) -> str:
    rng = ctx.rng
    y, m, d, seq = rng.randrange(50, 99), rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(1, 998)
    base = f"{y:02d}{m:02d}{d:02d}{seq:03d}"
    cc = 97 - int(base) % 97
    return rng.choice([f"{y:02d}.{m:02d}.{d:02d}-{seq:03d}.{cc:02d}", f"{base}{cc:02d}"])


def _pt_nif(ctx: Ctx) -> str:
    rng = ctx.rng
    base = rng.choice("123") + digits(rng, 7)
    r = 11 - sum(int(c) * w for c, w in zip(base, [9, 8, 7, 6, 5, 4, 3, 2])) % 11
    n = base + str(0 if r >= 10 else r)
    return rng.choice([n, f"{n[:3]} {n[3:6]} {n[6:]}"])


def _tr_tckn(ctx: Ctx) -> str:
    rng = ctx.rng
    d = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(8)]
    d.append(((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def _cn_ric(ctx: Ctx) -> str:
    rng = ctx.rng
    body = rng.choice(["110105", "310115", "440304", "510104", "330106", "420111"]) \
        + f"{rng.randrange(1960, 2005)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}" + digits(rng, 3)
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]


def _in_pan(ctx: Ctx) -> str:
    rng = ctx.rng
    up = string.ascii_uppercase
    return f"{rand_token(rng, 3, up)}P{rng.choice(up)}{digits(rng, 4)}{rng.choice(up)}"


ZID_MAKERS = {"be": _be_nrn, "pt": _pt_nif, "tr": _tr_tckn, "cn": _cn_ric, "pan": _in_pan}


def make_z_id_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return {"v": one(ctx.unique(lambda: ZID_MAKERS[kind](ctx)), "ID_NUMBER")}

    return gen


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def gen_z_dob(ctx: Ctx) -> Attrs:
    rng = ctx.rng

    def make() -> str:
        y, m, d = rng.randrange(1948, 2010), rng.randrange(1, 13), rng.randrange(1, 29)
        return rng.choice([f"{d}-{m:02d}-{str(y)[2:]}", f"{d} {MONTHS[m - 1][:3]} '{str(y)[2:]}", f"{y}/{m:02d}/{d:02d}",
                           f"{d}.{m}.{y}", f"{MONTHS[m - 1]} {d} {y}", f"{d} de {MESES[m - 1]} de {y}"])

    return {"v": one(ctx.unique(make), "DATE_OF_BIRTH")}


# ---------------------------------------------------------------- private URLs (the whole URL)
def _url(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    if kind == "jupyter":
        return f"http://{rng.choice(['localhost', '127.0.0.1'])}:{rng.choice(['8888', '8889'])}/lab?token={rand_token(rng, 48, HEX)}"
    if kind == "mega":
        return f"https://mega.nz/{rng.choice(['file', 'folder'])}/{rand_token(rng, 8)}#{rand_token(rng, rng.choice([22, 43]), URLSAFE)}"
    word = rng.choice(R6HANDLE_WORDS)
    return rng.choice([f"https://app.{word}.io/auth/magic?token={rand_token(rng, 64, HEX)}",
                       f"https://login.{word}bank.com/verify-device?sid={rand_token(rng, 24)}&otp_ref={digits(rng, 8)}"])


def make_z_url_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return {"v": one(ctx.unique(lambda: _url(ctx, kind)), "URL")}

    return gen


# ---------------------------------------------------------------- passwords, codes, dictated passwords
PW_SYMBOLS = "!@#%^*-_=+?"


def _r6password(ctx: Ctx) -> str:
    rng = ctx.rng
    word, other = rng.sample(R6PASSWORD_WORDS, 2)
    return rng.choice([
        f"{word.lower()}_{other.lower()}{digits(rng, 3)}",                       # "kumquat_gazebo482"
        f"{word}@{rng.randrange(1975, 2026)}",                                    # "Pelican@1998"
        f"{word[:4].upper()}{word[4:]}{digits(rng, 2)}{rng.choice('!#?*')}",      # "PELIcan47#"
        f"i<3{word.lower()}{digits(rng, 2)}",
        f"{word}{digits(rng, 2)}{other}",
        rand_token(rng, 20, ALNUM + PW_SYMBOLS),                                  # password-manager output
        f"{word}{rng.choice(['!!', '?!', '#1'])}{digits(rng, 2)}",
    ])


def gen_z_pw(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: _r6password(ctx)))


def gen_z_pwat(ctx: Ctx) -> Attrs:
    """A password with a character that must be escaped in a URI ('@', '#', ':' or '/')."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: f"{rng.choice(R6PASSWORD_WORDS)}{rng.choice('@#:/')}{digits(rng, 4)}"))


SYMBOL_NAMES = {"!": "exclamation mark", "#": "hashtag", "@": "at sign", "$": "dollar sign", "*": "star",
                "?": "question mark", "&": "and sign"}
ARTICLES = {"!": "an", "#": "a", "@": "an", "$": "a", "*": "a", "?": "a", "&": "an"}
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def gen_z_spell(ctx: Ctx) -> Attrs:
    """A password as someone dictates it: letter by letter (``v``) or in chunks (``c``). The whole phrase is one span."""
    rng = ctx.rng

    def make() -> tuple[str, str]:
        word = rng.choice(R6PASSWORD_WORDS)
        num = str(rng.randrange(2, 99))
        sym = rng.choice(sorted(SYMBOL_NAMES))
        letters = [f"capital {word[0]}"] + list(word[1:].lower()) \
            + [rng.choice([c, DIGIT_WORDS[int(c)]]) for c in num] + [SYMBOL_NAMES[sym]]
        article = rng.choice([ARTICLES[sym] + " ", ""])
        return ", ".join(letters), f"capital {word[0]} then {num} then {word.lower()} all lowercase then {article}{SYMBOL_NAMES[sym]}"

    spelled, chunked = make()
    while spelled in ctx.seen:
        spelled, chunked = make()
    ctx.seen.add(spelled)
    return {"v": one(spelled, "SECRET"), "c": one(chunked, "SECRET")}


def gen_z_app(ctx: Ctx) -> Attrs:
    """A Google app password: 16 lower-case letters in four groups, with the spaces."""
    groups = ctx.unique(lambda: " ".join(rand_token(ctx.rng, 4, string.ascii_lowercase) for _ in range(4)))
    return {"g": one(groups, "SECRET")}


def gen_z_otp(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: digits(ctx.rng, 6)))


def gen_z_pin(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: digits(ctx.rng, ctx.rng.choice([4, 6]))))


def gen_z_totp(ctx: Ctx) -> Attrs:
    """A TOTP setup key as authenticator screens show it: lower-case base32 in groups of four."""
    key = ctx.unique(lambda: rand_token(ctx.rng, 32, B32))
    return {"spaced": one(" ".join(key[i:i + 4].lower() for i in range(0, 32, 4)), "SECRET")}


def gen_z_temp(ctx: Ctx) -> Attrs:
    """An IT desk's temporary password."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: rng.choice([
        f"Welcome{digits(rng, 3)}{rng.choice('!#$')}",
        f"{rand_token(rng, 4, string.ascii_uppercase)}-{rand_token(rng, 4, ALNUM)}-{digits(rng, 2)}",
        f"Tmp{rand_token(rng, 2, 'O0')}{rand_token(rng, 6, ALNUM)}",
        rand_token(rng, 12, ALNUM + "!#"),
    ])))


def gen_z_wg(ctx: Ctx) -> Attrs:
    """A WireGuard interface: PrivateKey and PresharedKey are secret, the peer's PublicKey is not."""
    return {"priv": one(ctx.unique(lambda: rand_b64(ctx, 32)), "SECRET"),
            "psk": one(ctx.unique(lambda: rand_b64(ctx, 32)), "SECRET"),
            "pub": [(rand_b64(ctx, 32), None)]}


# ---------------------------------------------------------------- provider keys (random, in the published shape)
def _z_key(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    t = lambda n, a=ALNUM: rand_token(rng, n, a)
    makers = {
        "mistral": lambda: t(32),
        "cohere": lambda: t(40),
        "together": lambda: t(64, HEX),
        "fireworks": lambda: "fw_" + t(24),
        "resend": lambda: f"re_{t(8)}_{t(24)}",
        "gho": lambda: "gho_" + t(36),
        "tfc": lambda: f"{t(14)}.atlasv1.{t(67)}",
        "tailscale": lambda: f"tskey-auth-k{t(10)}CNTRL-{t(33)}",
        "sonar": lambda: "squ_" + t(40, HEX),
        "dckr": lambda: "dckr_pat_" + t(27, URLSAFE),
        "newrelic": lambda: "NRAK-" + t(27, UPPER_DIGITS),
        "buildkite": lambda: "bkua_" + t(40, HEX),
        "zendesk": lambda: t(40),
        "razor": lambda: t(24),
        "paystack": lambda: "sk_live_" + t(40, HEX),
        "flw": lambda: f"FLWSECK-{t(32, HEX)}-X",
        "kubeadm": lambda: f"{t(6, LOWER_DIGITS)}.{t(16, LOWER_DIGITS)}",
        "esphome": lambda: rand_b64(ctx, 32),
        "hexpw": lambda: t(32, HEX),
    }
    return makers[kind]()


Z_KEY_KINDS = ["mistral", "cohere", "together", "fireworks", "resend", "gho", "tfc", "tailscale", "sonar", "dckr",
               "newrelic", "buildkite", "zendesk", "razor", "paystack", "flw", "kubeadm", "esphome", "hexpw"]


def make_z_key_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return secret(ctx.unique(lambda: _z_key(ctx, kind)))

    return gen


# ---------------------------------------------------------------- not PII
def gen_z_ssid(ctx: Ctx) -> Attrs:
    return unlabelled(ctx.rng.choice(R6SSIDS))


def gen_z_fig(ctx: Ctx) -> Attrs:
    return unlabelled(ctx.pick_recent(R6PUBLIC_FIGURES, "figures"))


def gen_z_uuid(ctx: Ctx) -> Attrs:
    return unlabelled(str(uuid.UUID(int=ctx.rng.getrandbits(128), version=4)))


def gen_z_digest(ctx: Ctx) -> Attrs:
    return unlabelled(rand_token(ctx.rng, 64, HEX))


def gen_z_bcrypt(ctx: Ctx) -> Attrs:
    return unlabelled("$2b$12$" + rand_token(ctx.rng, 53, "./" + ALNUM))


def gen_z_wgpub(ctx: Ctx) -> Attrs:
    return unlabelled(rand_b64(ctx, 32))


def gen_z_rzpid(ctx: Ctx) -> Attrs:
    """A Razorpay key id: it ships in the checkout page, so it is not secret (its key secret is)."""
    return unlabelled("rzp_live_" + rand_token(ctx.rng, 14))


ROUND6_GENERATORS = {
    "zp": gen_z_person, "zpf": lambda ctx: gen_z_person(ctx, "f"), "zpm": lambda ctx: gen_z_person(ctx, "m"),
    "znick": gen_z_nick, "zusr": gen_z_user, "zem": gen_z_email,
    "zph": valid_phone_gen(_phone, PHONE_REGIONS, None),
    **{f"zph_{c}": valid_phone_gen(_phone, PHONE_REGIONS, c) for c in PHONE_REGIONS},
    **{f"zloc_{c}": country_gen(_address, R6STREETS, "LOCATION", c) for c in R6STREETS}, "zplace": gen_z_place,
    **{f"zid_{k}": make_z_id_gen(k) for k in ZID_MAKERS}, "zdob": gen_z_dob,
    **{f"zurl_{k}": make_z_url_gen(k) for k in ("jupyter", "mega", "magic")},
    "zpw": gen_z_pw, "zpwat": gen_z_pwat, "zspell": gen_z_spell, "zapp": gen_z_app, "zotp": gen_z_otp,
    "zpin": gen_z_pin, "ztotp": gen_z_totp, "ztemp": gen_z_temp, "zwg": gen_z_wg,
    **{f"zk_{k}": make_z_key_gen(k) for k in Z_KEY_KINDS},
    "zssid": gen_z_ssid, "zfig": gen_z_fig, "zuuid": gen_z_uuid, "zdigest": gen_z_digest, "zbcrypt": gen_z_bcrypt,
    "zwgpub": gen_z_wgpub, "zrzpid": gen_z_rzpid,
}

# ---------------------------------------------------------------- templates (dev only)
ROUND6_PII: list[tuple[str, str, str]] = [
    # ---- PERSON: first names with no cue, everyday chat
    ("person", "user", "can you help me write a birthday message for {{zpf1.first_lc}}? she's turning 40 and hates a fuss"),
    ("person", "user", "{{zp1.first_lc}} and {{zp2.first_lc}} are fighting again 😩 im stuck in the middle, what do i even say to each of them"),
    ("person", "user", "{{zp1.first}} got into med school!!! 🎉🎉 whats a good gift under $50"),
    ("person", "user", "should i tell {{zpf1.first_lc}} i saw her bf on hinge or just stay out of it"),
    ("person", "user", "block 12–1 for lunch w/ {{zp1.first}}, then 1:30 dentist, then pick up {{zp2.first}} from practice. can you turn that into a to-do list"),
    ("person", "user", "matched with a guy called {{zpm1.first}} and he wants to meet at his place first?? red flag or am i overthinking"),
    ("person", "user", "my twins {{zp1.first}} and {{zp2.first}} keep fighting over the ipad, we need a schedule that feels fair to both"),
    ("person", "user", "{{zp1.poss_lc}} mom makes the best pancit, how do i ask for the recipe without it being weird"),
    ("person", "user", "who is {{zpf1.full_lc}}? she added me on linkedin and says we met at a conference but i don't remember her at all"),
    ("person", "user", "transcribe my voice note properly pls: 'hey its me um tell {{zp1.first_lc}} the um the keys are with {{zp2.first_lc}} ok bye'"),
    ("person", "user", "my gp dr {{zp1.last_lc}} says it's probably just stress but i'm not convinced. how do i push for a referral without being rude"),
    ("person", "user", "I'm writing a reference for {{zpf1.full}}, who was our nanny for three years. She was brilliant with our youngest. Can you help me structure it?"),
    ("person", "user", "my grandmother {{zpf1.full}} passed last week. she raised 7 kids in a tiny village. can you help me write something short to read at the service"),
    ("person", "user", "cite this in APA for me: {{zp1.inits}} & {{zp2.mid}} (2021). Soil salinity in smallholder rice fields [Unpublished master's thesis]."),
    # ---- PERSON: nicknames
    ("person", "user", "{{znick1.nick_lc}} is sleeping over tonight and only eats beige food 😂 dinner ideas?"),
    ("person", "user", "signing the card from all of us — do I put {{znick1.nick}} or {{znick1.first}}? {{znick1.first}} feels so formal, nobody uses it"),
    # ---- PERSON: English mixed with other languages
    ("person", "user", "ayúdame a escribirle a {{zpf1.first}} que no puedo ir al cumple 😢 but in english, she doesn't really speak spanish"),
    ("person", "user", "pwede mo ba akong tulungan mag-sorry kay {{zp1.first}}? nag-away kami kagabi about money. english pls but warm"),
    ("person", "user", "how do i fit 'zorionak {{zp1.first}}!' on a small cake, the icing letters are huge"),
    ("person", "user", "{{zp1.first}} ko bolna hai ki rent late hoga this month, can u write it politely in english"),
    ("person", "user", "writing a mahalo card to {{zpf1.full}} and her ohana for hosting us in hilo — help me not sound cheesy"),
    ("person", "user", "go raibh maith agat to {{zp1.first}} for minding the dog all week — how do I write a proper thank-you in English and Irish?"),
    # ---- PERSON: pastes (notes, tables, chat exports, code, tool output)
    ("person", "user", ("Meeting notes — hall committee, Thu\n\n| Who | Action | By |\n|---|---|---|\n| {{zp1.full}} | get 3 quotes for the roof | 14/3 |\n"
                        "| {{zp2.first}} | ask the council about parking | next wk |\n| {{zp3.initial}} | draft the newsletter | end of month |\n\n"
                        "rewrite this as an email to the committee, friendly tone")),
    ("person", "user", ("standup 11/03\n- {{zp1.first}} blocked on the API contract, waiting on {{zp2.first}}\n- {{zp3.first}} out Thu/Fri\n"
                        "- {{zp2.first}} to pair w {{zp4.first}} on the migration\n\nturn this into a status update for my manager")),
    ("person", "user", ("{{zp1.first}} can you take a look at the deck before 3? {{zp2.first}} said the numbers on slide 4 are off\n\n"
                        "^ rewrite that so it doesn't sound passive aggressive")),
    ("person", "user", ("[09:02] {{zp1.last_first}}\nwho has the projector key?\n[09:04] {{zp2.last_first}}\nI think {{zp3.first}} took it home\n\n"
                        "lol write a funny reply from me")),
    ("person", "user", ("secret santa draw, can you check nobody got themselves and write the group message?\n{{zp1.first}} → {{zp2.first}}\n"
                        "{{zp2.first}} → {{zp3.first}}\n{{zp3.first}} → {{zp4.first}}\n{{zp4.first}} → {{zp1.first}}")),
    ("person", "user", ("$ git shortlog -sn --since=2024-01-01\n   212\t{{zp1.full}}\n    87\t{{zp2.full}}\n     9\t{{zp3.full}}\n\n"
                        "how do I merge two entries when someone committed under two emails?")),
    ("person", "user", ("ok long one, sorry.\n\nmy flatmate {{zpf1.first_lc}} moved out in jan and left a bunch of stuff. i've messaged her like 4 times. "
                        "her sister {{zpf2.first_lc}} says she'll pick it up 'soon' but that was 3 weeks ago.\n\nnow the new flatmate, {{zp3.first_lc}}, "
                        "needs the room cleared by the 1st. the landlord is {{zpm4.full}} and he's useless.\n\ncan you write a message to "
                        "{{zpf1.first_lc}} that's firm but not mean? and maybe one to {{zpm4.first}} too")),
    ("person", "user", ("Going through {{zpf1.poss_full}} things after the funeral.\n\nHer daughter {{zpf2.first}} wants the sewing machine, "
                        "{{zp3.first}} wants nothing. How do I make a fair list?")),
    # ---- PERSON: the assistant repeats names back
    ("person", "assistant", ("Here's a birthday message for {{zp1.first}}:\n\n\"Happy birthday, {{zp1.first}}! Forty looks good on you. "
                             "Thanks for always being the calm one when the rest of us panic.\"\n\nWant a funnier version?")),
    ("person", "assistant", ("Summary of the thread:\n\n- **{{zp1.first}}** books the venue by Friday.\n- **{{zp2.full}}** handles catering "
                             "and needs final numbers.\n- {{zp3.first}} hasn't replied yet, so it's worth a nudge.")),
    ("person", "assistant", ("It makes sense that you're hurt. When you talk to {{zp1.first}}, try \"I felt left out when I heard about "
                             "the trip from {{zp2.first}}\" rather than \"you always exclude me\".")),
    # ---- PERSON with other types
    ("mixed", "user", ("can u help me reply to this? i want to say no but nicely\n\n-------- Original Message --------\nSubject: Re: carpool rota\n"
                       "Date: Sun, 9 Mar 2025 20:41:07 +1300\nFrom: {{zp1.full}} <{{zp1.email}}>\nTo: {{zp2.full}} <{{zp2.email}}>\n"
                       "Cc: {{zp3.full}}\n\nHi {{zp2.first}},\n\nWould you be able to take Tuesdays and Thursdays from next term? "
                       "{{zp3.first}} can only do Fridays now.\n\nThanks heaps,\n{{zp1.first}}")),
    ("mixed", "user", ("clean this up, some rows have the names the wrong way round:\n\nlast,first,mobile\n{{zp1.last}},{{zp1.first}},{{zph1.v}}\n"
                       "{{zp2.full}},,{{zph2.v}}\n{{zp3.last}},{{zp3.first}},{{zph3.v}}")),
    ("mixed", "user", "Kind regards\n\n{{zp1.full}}\nOperations Coordinator\nM {{zph1.v}}\n\nis this email signature ok or too plain?"),
    ("mixed", "user", ("```python\nUSERS = [\n    {\"name\": \"{{zp1.full}}\", \"email\": \"{{zp1.email}}\"},\n"
                       "    {\"name\": \"{{zp2.full}}\", \"email\": \"{{zp2.email}}\"},\n]\n```\n"
                       "these are real customers copied from prod, is it ok to commit this as test data?")),
    ("mixed", "user", ("BEGIN:VCARD\nVERSION:3.0\nFN:{{zp1.full}}\nN:{{zp1.last}};{{zp1.first}};;;\nTEL;TYPE=CELL:{{zph1.v}}\nEND:VCARD\n\n"
                       "why does my android import this with first and last swapped?")),
    ("mixed", "user", ("Patient: {{zp1.full}}\nDOB: {{zdob1.v}}\nHome address: {{zloc_ng1.v}}\nAllergies: penicillin, latex\n\n"
                       "translate this card to spanish for the clinic in cusco")),
    # ---- SECRET: dictated, app passwords, codes
    ("secret", "user", "my dad read me the wifi password over the phone as {{zspell1.v}}. what does that come out as when typed?"),
    ("secret", "user", "ok so the admin password for the till is {{zspell1.c}}, writing it here so i don't forget lol"),
    ("secret", "user", "gmail gave me this app password for thunderbird: {{zapp1.g}} — do i type it with the spaces or without?"),
    ("secret", "user", ("got a text 'Your Wise verification code is {{zotp1.v}}. Never share this code.' and a guy on the phone says he's "
                        "from the bank and needs it to stop a payment?? is this legit")),
    ("secret", "user", "G-{{zotp1.v}} is your Google verification code.\n\nI didn't ask for this?? did someone get my password"),
    ("secret", "user", "the 2fa screen says 'can't scan? enter this key: {{ztotp1.spaced}}' — can i put the same key on my tablet too?"),
    ("secret", "user", "yung wifi password namin ay {{zpw1.v}}, pano ko ito papalitan sa globe router?"),
    ("secret", "user", "het wachtwoord van de gedeelde mailbox is {{zpw1.v}} — is it ok to send that to the new intern on Teams?"),
    # ---- SECRET: lists and tables of accounts, an IT desk's e-mail
    ("mixed", "user", ("for my mum's new phone, make this into a neat list she can keep in her purse:\n- netflix: {{zem1.v}} / {{zpw1.v}}\n"
                       "- disney+: same email, {{zpw2.v}}\n- spotify: {{zusr1.v}} / {{zpw3.v}}\n- bank app pin: {{zpin1.v}}")),
    ("mixed", "user", ("| thing | login | password |\n|---|---|---|\n| router | admin | {{zpw1.v}} |\n| NAS | {{zusr1.v}} | {{zpw2.v}} |\n"
                       "| printer page | admin | {{zpw3.v}} |\n\ncan you add a column for when I last changed each one?")),
    ("mixed", "user", ("From: IT Service Desk\nSubject: Your new network account\n\nHi {{zp1.first}},\n\nWelcome aboard! Your account is ready.\n\n"
                       "Username: {{zusr1.v}}\nTemporary password: {{ztemp1.v}}\n\nYou'll be asked to choose a new password the first "
                       "time you sign in.\n\nIT Service Desk\n\nit says my password is wrong on the laptop, is the 0 maybe an O?")),
    ("mixed", "user", ("~/.msmtprc\naccount personal\nhost smtp.gmail.com\nport 587\nauth on\ntls on\nfrom {{zem1.v}}\nuser {{zem1.v}}\n"
                       "password {{zapp1.g}}\n\nmsmtp: authentication failed (method PLAIN)")),
    # ---- SECRET: config files of tools the earlier rounds did not use
    ("secret", "user", ("[Interface]\nPrivateKey = {{zwg1.priv}}\nListenPort = 51820\n\n[Peer]\nPublicKey = {{zwg1.pub}}\n"
                        "PresharedKey = {{zwg1.psk}}\nEndpoint = vpn.myhomelab.net:51820\nPersistentKeepalive = 25\n\n"
                        "handshake never completes, what am I missing?")),
    ("secret", "user", ("inventory.ini\n[web]\nweb01.lan ansible_user=deploy ansible_password={{zpw1.v}} ansible_become_pass={{zpw2.v}}\n\n"
                        "ansible says 'Incorrect sudo password' but I can sudo by hand on the box")),
    ("mixed", "user", ("~/.config/gh/hosts.yml\ngithub.com:\n    user: {{zusr1.v}}\n    oauth_token: {{zk_gho1.v}}\n    git_protocol: https\n\n"
                       "gh auth status says the token is invalid, can I just delete this file?")),
    ("secret", "user", ("~/.terraform.d/credentials.tfrc.json\n{\n  \"credentials\": {\n    \"app.terraform.io\": {\n"
                        "      \"token\": \"{{zk_tfc1.v}}\"\n    }\n  }\n}\nterraform init → Error: Required token could not be found")),
    ("secret", "user", ("secrets.yaml for esphome:\nwifi_ssid: \"{{zssid1}}\"\nwifi_password: \"{{zpw1.v}}\"\n"
                        "api_encryption_key: \"{{zk_esphome1.v}}\"\nota_password: \"{{zk_hexpw1.v}}\"\n\n"
                        "the device keeps falling back to its own hotspot, why?")),
    # ---- SECRET: logs, error output, tool output
    ("secret", "user", ("Jenkins console:\n\n[Pipeline] { (Quality gate)\n[Pipeline] sh\n+ curl -s -H 'Authorization: Bearer {{zk_sonar1.v}}' "
                        "'https://sonar.internal/api/qualitygates/project_status?projectKey=web'\n{\"errors\":[{\"msg\":\"Insufficient privileges\"}]}\n"
                        "[Pipeline] }\n\nwhy isn't jenkins masking the token here?")),
    ("secret", "user", ("2025-03-11T10:22:04.5512345Z ##[group]Run echo \"$DOCKER_CREDS\" | base64 -d\n"
                        "2025-03-11T10:22:04.6011872Z {\"username\":\"ci-bot\",\"password\":\"{{zk_dckr1.v}}\"}\n"
                        "2025-03-11T10:22:04.6020114Z ##[endgroup]\n\nwait why is this not *** in the actions log??")),
    ("secret", "user", ("E       pika.exceptions.ProbableAuthenticationError: ConnectionClosedByBroker: (403) 'ACCESS_REFUSED - Login was refused'\n\n"
                        "host       = 'mq.internal'\npassword   = '{{zpw1.v}}'\nuser       = 'orders'\nvhost      = '/'\n\n"
                        "tests/test_queue.py:31: ProbableAuthenticationError\n\nwhy does the login get refused only in CI?")),
    ("secret", "user", ("MONGO_URI=mongodb+srv://shop_app:{{zpwat1.v}}@cluster0.qm4xz.mongodb.net/shop\n\npymongo.errors.InvalidURI: Username and "
                        "password must be escaped according to RFC 3986, use urllib.parse.quote_plus\n\nis it the symbol in my password?")),
    ("secret", "user", ("$ security find-generic-password -wa \"{{zssid1}}\"\n{{zpw1.v}}\n\nthat's my home wifi, how do I get it onto my "
                        "windows laptop without typing it?")),
    ("secret", "user", ("kubectl create secret generic api-secrets \\\n  --from-literal=DB_PASSWORD='{{zpw1.v}}' \\\n"
                        "  --from-literal=MISTRAL_API_KEY={{zk_mistral1.v}} \\\n  -n prod\n\nis it bad that this is in my shell history now?")),
    ("secret", "user", ("kubeadm join k8s-cp.lan:6443 --token {{zk_kubeadm1.v}} \\\n    --discovery-token-ca-cert-hash sha256:{{zdigest1}}\n"
                        "error execution phase preflight: couldn't validate the identity of the API Server")),
    ("secret", "user", "C:\\> setx COHERE_API_KEY \"{{zk_cohere1.v}}\"\n\nSUCCESS: Specified value was saved.\n\nbut python still gives KeyError: 'COHERE_API_KEY'"),
    ("mixed", "user", ("curl https://helpdesk.zendesk.com/api/v2/tickets.json -u {{zem1.v}}/token:{{zk_zendesk1.v}}\n"
                       "→ 401 Couldn't authenticate you. is the /token part right?")),
    ("secret", "user", ("RAZORPAY_KEY_ID={{zrzpid1}}\nRAZORPAY_KEY_SECRET={{zk_razor1.v}}\nPAYSTACK_SECRET_KEY={{zk_paystack1.v}}\n"
                        "FLW_SECRET_KEY={{zk_flw1.v}}\n\nwhich of these can go in the frontend bundle?")),
    ("secret", "user", ("tokens I found on our confluence page, which are still live?\n• New Relic user key — {{zk_newrelic1.v}}\n"
                        "• Buildkite — {{zk_buildkite1.v}}\n• Resend — {{zk_resend1.v}}\n• Together AI — {{zk_together1.v}}\n"
                        "• Tailscale auth key — {{zk_tailscale1.v}}")),
    ("secret", "assistant", ("Here's the `.env` table you asked for:\n\n| Variable | Value |\n|---|---|\n| `RESEND_API_KEY` | `{{zk_resend1.v}}` |\n"
                             "| `FIREWORKS_API_KEY` | `{{zk_fireworks1.v}}` |\n\nBoth keys are now in this conversation, so rotate them once "
                             "everything works.")),
    # ---- USERNAME
    ("username", "user", ("$ id\nuid=1000({{zusr1.v}}) gid=1000({{zusr1.v}}) groups=1000({{zusr1.v}}),27(sudo),998(docker)\n\n"
                          "so why does docker still say permission denied?")),
    ("username", "user", "ssh {{zusr1.v}}@nas.local keeps asking for a password even after ssh-copy-id, perms on ~/.ssh are 700"),
    ("username", "user", "my son's roblox username is {{zusr1.v}} and some adult keeps sending him friend requests, how do i lock it down"),
    ("username", "user", "the laptop login screen wants CORP\\{{zusr1.v}} but i only know my email, which one is it?"),
    # ---- LOCATION
    ("location", "user", "deliver to {{zloc_ph1.v}} — pls call when you're at the guardhouse"),
    ("location", "user", "alamat saya {{zloc_id1.v}}. can you write this the way a UK courier form wants it?"),
    ("location", "user", "kargo adresi: {{zloc_tr1.v}} — the seller asks for 'address line 2', what goes there?"),
    ("location", "user", "la dirección es {{zloc_ar1.v}}, el timbre no anda 🙏 translate this for the airbnb guest"),
    ("location", "user", "our place is {{zloc_hi1.v}}. write directions for the house sitter coming from the airport"),
    ("location", "user", "the map pin is wrong, tell the driver we're {{zplace1.v}}"),
    # ---- ID_NUMBER
    ("id", "user", "rijksregisternummer {{zid_be1.v}} — the form has boxes for 11 digits, do I leave out the dots?"),
    ("id", "user", "my NIF is {{zid_pt1.v}}, do i give that to the landlord or only to the finanças?"),
    ("id", "user", "the pharmacy app asks for my TC kimlik no, it's {{zid_tr1.v}} — is that safe to type in?"),
    ("id", "user", "身份证号 {{zid_cn1.v}} — the visa form asks for 'national ID number', is this it?"),
    ("id", "user", "PAN {{zid_pan1.v}} — the broker app says it doesn't match my name, what now?"),
    # ---- DATE_OF_BIRTH, PHONE, EMAIL, URL
    ("dob", "user", "the insurance portal wants my dob as dd/mm/yyyy, i was born {{zdob1.v}} — how do i type it?"),
    ("phone", "user", "whatsapp him on {{zph1.v}}, he only speaks a bit of english, write something simple"),
    ("phone", "user", "new number is {{zph_et1.v}}, can you update the message i send to the family group"),
    ("email", "user", "send the invoice to {{zem1.v}} and cc {{zem2.v}} — write the email for me, keep it short"),
    ("url", "user", ("[I 10:02:14.551 ServerApp] Jupyter Server 2.14.1 is running at:\n[I 10:02:14.551 ServerApp] {{zurl_jupyter1.v}}\n\n"
                     "how do I open this from my other laptop on the same wifi?")),
    ("url", "user", "here's the mega link with the wedding photos, the key is in it: {{zurl_mega1.v}} — safe to post in the family group?"),
    ("url", "user", "got this sign-in link by email, is it a scam? {{zurl_magic1.v}}"),
]

ROUND6_NOPII: list[tuple[str, str, str]] = [
    ("nopii_public_figure", "user", "write a short bio of {{zfig1}} for my daughter's school project, 150 words, simple english"),
    ("nopii_public_figure", "user", "who did more for their country, {{zfig1}} or {{zfig2}}? need both sides for a debate"),
    ("nopii_public_figure", "assistant", "{{zfig1}} is a good choice for your essay: start with the early years, then the work people remember."),
    ("nopii_fiction", "user", "is Hermione Granger or Katniss Everdeen the better role model? asking for my 12yo who is obsessed with both"),
    ("nopii_fiction", "user", "write a short scene where Sherlock Holmes and Hercule Poirot argue over who solved the case"),
    ("nopii_fiction", "user", "in breaking bad why does walter white keep lying to skyler even when it's obvious"),
    ("nopii_word", "user", "recipe ideas with basil, sage, rosemary and ginger? i also have jasmine rice and a bit of olive oil"),
    ("nopii_word", "user", "Summer was rough, Autumn was better, hoping Winter is calm 🙏 can you turn that into a short poem?"),
    ("nopii_word", "user", "the template says 'Dear [First Name], thank you for your order' and signs off 'Your Name' — how do I mail-merge it from excel?"),
    ("nopii_product", "user", "should i get the mercedes or the audi, and is a ralph lauren polo actually worth it"),
    ("nopii_product", "user", "Tim Hortons or Dunkin for the office coffee run? and is Ben & Jerry's worth it for the party"),
    ("nopii_product", "user", "is Ruby on Rails dead? my friend says just use Django"),
    ("nopii_public_place", "user", "planning 10 days in peru: Cusco, the Sacred Valley and Lake Titicaca — is that too much?"),
    ("nopii_public_place", "user", "is Rapa Nui worth the flight from Santiago or is it a tourist trap now?"),
    ("nopii_public_place", "user", "best month to see Lalibela and the Simien Mountains without the rains?"),
    ("nopii_code", "user", "the README says `export MISTRAL_API_KEY=<your key>` — where do I actually get mine?"),
    ("nopii_code", "user", ("the jwt.io debugger shows eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0"
                            "IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c as its sample — what do the three parts mean?")),
    ("nopii_code", "user", "the Google Authenticator wiki uses JBSWY3DPEHPK3PXP as its example secret, is it ok to hardcode that in my unit tests?"),
    ("nopii_code", "user", "what's the hunter2 joke? my coworker says it every time someone pastes a password in slack"),
    ("nopii_code", "user", "is 'correct horse battery staple' still good advice for passwords or is it outdated?"),
    ("nopii_code", "user", "config.toml\n[smtp]\nuser = \"\"\npassword = \"\"\napi_key = \"REPLACE_ME\"\n\nwhat happens if I leave these empty?"),
    ("nopii_code", "user", "in movies why do phone numbers always start with 555? like 555-0134 in the one we watched last night"),
    ("nopii_code", "user", "my unit tests send mail to user@example.com and test@example.org — can those ever reach a real inbox?"),
    ("nopii_code", "user", "is it safe to send my wireguard public key {{zwgpub1}} to the server admin on slack?"),
    ("nopii_hash", "user", "every row in my users table has a hash like {{zbcrypt1}} — why do they all start with $2b$12$?"),
    ("nopii_log", "user", ("Run docker login ghcr.io -u ci-bot -p ***\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\n"
                           "Login Succeeded\n\nshould I worry about that warning?")),
    ("nopii_log", "user", ("otp-service | 2025-03-04T08:12:55Z INFO code issued len=6 ttl=300s channel=sms request_id={{zuuid1}}\n\n"
                           "why would ttl be 300 and not 60?")),
    ("nopii_math", "user", "if an otp is 6 digits, how many combinations is that, and how long to brute force at 5 tries a minute?"),
    ("nopii_assistant", "assistant", "I can't see your screen. Paste the error message, with any keys or passwords replaced by XXXX, and I'll take a look."),
    ("nopii_assistant", "assistant", ("A Google app password is the 16-letter code shown once when you create it; the spaces don't matter. "
                                      "If it stops working, revoke it and make a new one.")),
]
