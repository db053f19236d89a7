"""Dev-only third-round material for the PII benchmark: names in everyday chat, secrets in pastes.

Why: dev (including ``pii_dev_extra``) had been tuned on until it said nothing, while test still
leaked names typed casually and credentials pasted in config files. These rows were written by a
new author before any recognizer change of round 3, so the redactor's score on them ("before")
estimates how it generalises to conversational PII the repository has never seen.

Rules as for ``pii_dev_extra``: appended to ``dev.jsonl`` only, generated after test and after the
extra rows from their own RNG (so test.jsonl stays byte-identical), with value pools that share
nothing with any earlier pool (``check_round3_disjoint``). Template ids continue each category's
numbering from 80 (``person_80``...).

What they exercise:

* PERSON: lower-case names with no cue word ("ugh zawadi cancelled"), subject and object of
  everyday verbs, names in lists, greetings, signatures, possessives ("my sister amara's wedding"),
  nicknames, particles (van/de/al-), hyphens and apostrophes, many cultures, assistant echoes;
* SECRET: values in YAML, JSON, .env, INI, XML, docker-compose and Kubernetes secrets,
  connection strings, CLI flags, passwords in prose, provider and generic API keys;
* no-PII look-alikes: public figures in news, history and school contexts, famous places,
  product names, everyday words that are also names ("will", "grace", "hope", "mark"), video
  ids, hashes, integrity digests, placeholders (``<password>``, ``YOUR_API_KEY``, ``****``).
"""

from __future__ import annotations

import base64
import string

import pii_dev_extra as X
import pii_pools as P
from pii_common import ALNUM, Attrs, Ctx, digits, one, rand_token, unlabelled

HEX = "0123456789abcdef"

# ---------------------------------------------------------------- pools (dev only)
# (first, last): many cultures, particles, hyphens, apostrophes; most first names are rare enough
# that a gazetteer may lack them.
R3NAMES: list[tuple[str, str]] = [
    ("Wambui", "Mwangi"), ("Bao", "Trinh"), ("Tomás", "Ó Ceallaigh"), ("Amara", "Eze-Nwosu"), ("Thijs", "van der Meulen"),
    ("Inés", "de la Fuente"), ("Omar", "al-Masri"), ("Siobhán", "O'Driscoll"), ("Jean-Baptiste", "Ndayishimiye"),
    ("Mai", "Kobayashi-Lund"), ("Rustam", "Nazarov"), ("Ebba", "Sjöberg"), ("Kiri", "Te Rangi"), ("Nnamdi", "Okoye"),
    ("Paulo", "Figueiredo"), ("Hana", "Dvořáková"), ("Arash", "Farahani"), ("Liesel", "Brandstätter"),
    ("Chidi", "Anyanwu"), ("Anahí", "Mamani"), ("Tuan", "Vo"), ("Dervla", "McGinley"), ("Rania", "Khoury"),
    ("Viggo", "Lindahl"), ("Sunita", "Pillai"), ("Kwabena", "Ofori"), ("Yerlan", "Zhaksylykov"), ("Noelani", "Kealoha"),
    ("Mattias", "D'Amico"), ("Aigerim", "Seitkali"),
]
# (nickname, given name)
R3NICKS: list[tuple[str, str]] = [
    ("Tomi", "Tomás"), ("Benji", "Benjamin"), ("Mags", "Margaret"), ("Sashka", "Oleksandra"), ("Chuy", "Jesús"),
    ("Pipo", "Felipe"), ("Nando", "Fernando"), ("Rasa", "Rasmus"), ("Kiki", "Kirsten"), ("Dodo", "Dorothea"),
]
R3RELATIONS = ["sister", "brother", "cousin", "flatmate", "boss", "aunt", "best mate", "mother-in-law", "neighbour",
               "coworker", "girlfriend", "stepdad"]
R3PASSWORD_WORDS = ["Marzipan", "Cobblestone", "Hurricane", "Pistachio", "Gondola", "Salamander"]
R3PUBLIC_FIGURES = ["Winston Churchill", "Abraham Lincoln", "Greta Thunberg", "Charles Darwin", "Mahatma Gandhi",
                    "Leonardo da Vinci", "Simone Biles", "Roger Federer", "Rosa Parks", "Pablo Picasso", "Jane Austen",
                    "Vincent van Gogh", "Martin Luther King Jr.", "Nikola Tesla", "Queen Elizabeth II", "Elon Musk"]
R3PUBLIC_PLACES = ["the Eiffel Tower", "the Golden Gate Bridge", "Machu Picchu", "Central Park", "Times Square",
                   "Buckingham Palace", "Mount Kilimanjaro", "the Sagrada Família", "the Colosseum", "Table Mountain"]
R3PRODUCTS = ["iPhone 15 Pro", "Galaxy S24", "PlayStation 5", "Kindle Paperwhite", "ThinkPad X1 Carbon", "AirPods Pro"]


def check_round3_disjoint() -> None:
    """Raise ValueError if a round-3 pool shares a value with an earlier pool (dev, test or extra)."""
    earlier_names = {n for _, fs, ls in P.CULTURES for n in fs + ls} | set(P.NICKNAMES.values()) \
        | {n for pair in X.XNAMES for n in pair} | {n for t in X.XNICKS for n in t}
    names = {n for pair in R3NAMES for n in pair} | {n for pair in R3NICKS for n in pair}
    figures = {f for half in P.PUBLIC_FIGURES for f in half}
    passwords = {w for half in P.PASSWORD_WORDS for w in half} | set(X.XPASSWORD_WORDS)
    clashes = (names & earlier_names) | (set(R3PUBLIC_FIGURES) & figures) | (set(R3PASSWORD_WORDS) & passwords)
    if clashes:
        raise ValueError(f"{len(clashes)} round-3 pool values are also in earlier pools")


# ---------------------------------------------------------------- generators
def gen_r3person(ctx: Ctx) -> Attrs:
    first, last = ctx.rng.choice(R3NAMES)
    full = f"{first} {last}"
    return {"full": one(full, "PERSON"), "first": one(first, "PERSON"), "last": one(last, "PERSON"),
            "first_lc": one(first.lower(), "PERSON"), "full_lc": one(full.lower(), "PERSON"),
            "poss_lc": [(first.lower(), "PERSON"), ("'s", None)], "poss": [(first, "PERSON"), ("'s", None)]}


def gen_r3nick(ctx: Ctx) -> Attrs:
    nick, first = ctx.rng.choice(R3NICKS)
    return {"nick": one(nick, "PERSON"), "nick_lc": one(nick.lower(), "PERSON"), "first": one(first, "PERSON")}


def gen_r3rel(ctx: Ctx) -> Attrs:
    return {"v": one(ctx.rng.choice(R3RELATIONS), None)}


def _r3password(ctx: Ctx) -> str:
    rng = ctx.rng
    word = rng.choice(R3PASSWORD_WORDS)
    return rng.choice([
        f"{word.lower()}{rng.randrange(10, 9999)}",
        f"{word}{rng.choice('!$%&*#@')}{rng.randrange(1, 99)}",
        rand_token(rng, rng.randrange(10, 20), ALNUM + "!#%&*"),
        f"{word.lower()}-{rng.choice(R3PASSWORD_WORDS).lower()}-{rng.randrange(1, 99)}",
        f"{word[:5]}{rng.randrange(1, 9)}{word[5:].upper()}",
        rand_token(rng, 12, string.ascii_lowercase),
    ])


def gen_r3pw(ctx: Ctx) -> Attrs:
    return {"v": one(ctx.unique(lambda: _r3password(ctx)), "SECRET")}


def _r3key(ctx: Ctx) -> str:
    """Provider and generic keys not in the earlier pools' formats."""
    rng = ctx.rng
    return rng.choice([
        "SK" + rand_token(rng, 32, HEX),                                         # Twilio API key
        "key-" + rand_token(rng, 32, HEX),                                       # Mailgun
        rand_token(rng, 32, HEX),                                                # Datadog / generic hex
        rand_token(rng, 40, HEX),                                                # generic hex secret
        base64.b64encode(bytes(rng.randrange(256) for _ in range(64))).decode(),  # Azure storage key
        "dop_v1_" + rand_token(rng, 64, HEX),                                    # DigitalOcean
        "shpat_" + rand_token(rng, 32, HEX),                                     # Shopify
        f"{digits(rng, 10)}:AA{rand_token(rng, 33, ALNUM + '_-')}",              # Telegram bot
        rand_token(rng, 24, ALNUM) + "." + rand_token(rng, 6, ALNUM) + "." + rand_token(rng, 27, ALNUM + "_-"),  # Discord bot
        rand_token(rng, rng.randrange(20, 40), ALNUM),                           # generic token
        "pat" + rand_token(rng, 14, ALNUM) + "." + rand_token(rng, 64, HEX),     # Airtable
    ])


def gen_r3key(ctx: Ctx) -> Attrs:
    return {"v": one(ctx.unique(lambda: _r3key(ctx)), "SECRET")}


def gen_r3fig(ctx: Ctx) -> Attrs:
    return unlabelled(ctx.rng.choice(R3PUBLIC_FIGURES))


def gen_r3place(ctx: Ctx) -> Attrs:
    return unlabelled(ctx.rng.choice(R3PUBLIC_PLACES))


def gen_r3prod(ctx: Ctx) -> Attrs:
    return unlabelled(ctx.rng.choice(R3PRODUCTS))


def gen_r3vid(ctx: Ctx) -> Attrs:
    """An 11-character video id, as in a YouTube link."""
    return unlabelled(rand_token(ctx.rng, 11, ALNUM + "_-"))


def gen_r3hash(ctx: Ctx) -> Attrs:
    return unlabelled(rand_token(ctx.rng, ctx.rng.choice([40, 64]), HEX))


def gen_r3integrity(ctx: Ctx) -> Attrs:
    """A package-lock integrity digest (base64 of a SHA-512): random-looking, not a secret."""
    return unlabelled("sha512-" + base64.b64encode(bytes(ctx.rng.randrange(256) for _ in range(64))).decode())


ROUND3_GENERATORS = {
    "cp": gen_r3person, "cnick": gen_r3nick, "crel": gen_r3rel, "cpw": gen_r3pw, "ckey": gen_r3key,
    "cfig": gen_r3fig, "cplace": gen_r3place, "cprod": gen_r3prod, "cvid": gen_r3vid, "chash": gen_r3hash,
    "cint": gen_r3integrity,
}

# ---------------------------------------------------------------- templates (dev only)
ROUND3_PII: list[tuple[str, str, str]] = [
    # names with no cue word, in everyday chat
    ("person", "user", "ugh {{cp1.first_lc}} bailed last minute again. how do i say i'm hurt without starting a fight"),
    ("person", "user", "told {{cp1.first_lc}} about the promotion and she just went quiet, was that weird of me?"),
    ("person", "user", "{{cp1.first_lc}} and {{cp2.first_lc}} are coming saturday, what can i cook that's vegan?"),
    ("person", "user", "hey {{cp1.first_lc}} here, can you help me write a cover letter"),
    ("person", "user", "my {{crel1}} {{cp1.poss_lc}} wedding is in june and i have to give a speech. help"),
    ("person", "user", "guest list so far: {{cp1.full}}, {{cp2.full}}, {{cp3.first}} and her husband"),
    ("person", "user", "Can you proofread this?\n\nHi all, the rota changes from Monday. Questions to me.\n\nThanks,\n{{cp1.first}}"),
    ("person", "user", "{{cp1.poss}} mum keeps commenting on my weight at dinner. how do I set a boundary?"),
    ("person", "user", "Everyone calls her {{cnick1.nick}} but her real name is {{cnick1.first}}. Is it rude to use the nickname at work?"),
    ("person", "user", "we call him {{cnick1.nick_lc}} at home, write a birthday poem with that in it"),
    ("person", "user", "Need a reply to {{cp1.full}} who says the invoice was paid twice"),
    ("person", "user", "can u summarise what {{cp1.first_lc}} said in the group chat? she basically thinks we should move the trip"),
    ("person", "user", "I had coffee with {{cp1.first}} yesterday and she seemed off. How do I check in without prying?"),
    ("person", "user", "{{cp1.first}} {{cp1.last}} from accounts keeps cc'ing my manager on everything"),
    ("person", "user", "miss {{cp1.first_lc}} so much since she moved to perth"),
    ("person", "user", "sorry {{cp1.first_lc}} couldn't make it, can you write a kind note to send her"),
    ("person", "user", "Write a thank-you card from me and {{cp1.first}} to {{cp2.full}} for hosting us"),
    ("person", "user", "is it normal that {{cp1.first_lc}} never texts first? we've been dating 3 months"),
    ("person", "user", "the kids are {{cp1.first}}, {{cp2.first}} and {{cp3.first}}. suggest chores for each by age"),
    ("person", "user", "Dear {{cp1.last}} family, — is that the right way to start a condolence letter?"),
    ("person", "user", "gonna visit {{cp1.full_lc}} in hospital tomorrow, what should i bring"),
    ("person", "user", "{{cp1.first_lc}} borrowed my car and returned it with an empty tank lol"),
    ("person", "assistant", "It sounds like {{cp1.first}} really values your friendship. You could tell {{cp1.first}} how the comment landed."),
    ("person", "assistant", "Here is a draft:\n\nDear {{cp1.full}},\nThank you for your patience while we sorted the refund."),
    ("person", "assistant", "Congratulations to you and {{cp1.first}}! A short, warm toast works best."),
    ("person", "user", "Hola {{cp1.first}}! ¿me ayudas a traducir esto al inglés?"),
    ("person", "user", "how do i thank my tutor {{cp1.full_lc}}? she got me through the exam"),
    # credentials in pastes
    ("secret", "user", "here's my compose file, db won't start:\n\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: {{cpw1.v}}\n      POSTGRES_DB: shop"),
    ("secret", "user", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-creds\nstringData:\n  api-token: {{ckey1.v}}\n  db-password: {{cpw1.v}}"),
    ("secret", "user", "{\n  \"service\": \"billing\",\n  \"auth\": {\"client_id\": \"billing-web\", \"client_secret\": \"{{ckey1.v}}\"}\n}\nwhy does the token endpoint return 401?"),
    ("secret", "user", ".env:\nNODE_ENV=production\nMAILGUN_KEY={{ckey1.v}}\nPORT=8080\n\nthe emails never send"),
    ("secret", "user", "[database]\nhost = db.internal\nuser = reporting\npassword = {{cpw1.v}}\n\nconfigparser raises NoOptionError"),
    ("secret", "user", "<connectionStrings>\n  <add name=\"Main\" connectionString=\"Server=sql01;Database=crm;User Id=crm_app;Password={{cpw1.v}};\" />\n</connectionStrings>"),
    ("secret", "user", "Server=tcp:prod.database.windows.net,1433;Initial Catalog=ledger;User ID=ledger;Password={{cpw1.v}};Encrypt=True"),
    ("secret", "user", "redis-cli -h cache.internal -a {{cpw1.v}} ping returns NOAUTH"),
    ("secret", "user", "psql \"host=db port=5432 user=etl password={{cpw1.v}} dbname=warehouse\" hangs"),
    ("secret", "user", "terraform apply -var 'db_password={{cpw1.v}}' fails on the RDS module"),
    ("secret", "user", "curl -H \"X-Api-Key: {{ckey1.v}}\" https://api.example.net/v2/orders returns 403"),
    ("secret", "user", "curl -H 'Authorization: Token {{ckey1.v}}' https://api.example.net/items is that the right header?"),
    ("secret", "user", "my password for the school portal is {{cpw1.v}} and it says invalid, what do I do"),
    ("secret", "user", "i changed my pass to {{cpw1.v}} yesterday and now the app won't log in"),
    ("secret", "user", "the new wifi is called BTHub-77 and the key is {{cpw1.v}}"),
    ("secret", "user", "use {{cpw1.v}} as the password for the shared drive, I'll change it later"),
    ("secret", "user", "Our Datadog api key is {{ckey1.v}}, where do I put it in the agent config?"),
    ("secret", "user", "set the telegram bot token to {{ckey1.v}} but the webhook never fires"),
    ("secret", "user", "spring.datasource.password={{cpw1.v}}\nspring.datasource.username=orders\nwhy does hikari time out?"),
    ("secret", "user", "  - name: SENTRY_AUTH_TOKEN\n    value: \"{{ckey1.v}}\"\n  - name: LOG_LEVEL\n    value: debug"),
    ("secret", "user", "settings.py has SECRET_KEY = '{{ckey1.v}}' — is it bad that it's in git?"),
    ("secret", "user", "az storage blob upload --account-name media --account-key {{ckey1.v}} -f a.png fails"),
    ("secret", "assistant", "Your compose file sets `POSTGRES_PASSWORD` to `{{cpw1.v}}` in plain text; move it to a secret."),
    ("secret", "assistant", "I'd rotate the key `{{ckey1.v}}` right away, since it was pasted into this chat."),
    # both
    ("mixed", "user", "hi its {{cp1.first_lc}} from the front desk, the guest wifi password is {{cpw1.v}} if anyone asks"),
    ("mixed", "user", "{{cp1.first}} set up the server, login is root and the password is {{cpw1.v}}. is that safe?"),
]

ROUND3_NOPII: list[tuple[str, str, str]] = [
    ("nopii_public_figure", "user", "Write a 200-word summary of how {{cfig1}} changed the course of history."),
    ("nopii_public_figure", "user", "who was more influential, {{cfig1}} or {{cfig2}}? for a school debate"),
    ("nopii_public_figure", "user", "In yesterday's news {{cfig1}} was mentioned again; why is that still relevant?"),
    ("nopii_public_figure", "assistant", "{{cfig1}} is often quoted on this, though the line is probably misattributed."),
    ("nopii_public_place", "user", "is {{cplace1}} worth visiting in winter or is it too crowded?"),
    ("nopii_public_place", "user", "How tall is {{cplace1}} compared to {{cplace2}}?"),
    ("nopii_product", "user", "should I get the {{cprod1}} or wait for the next one? battery matters most"),
    ("nopii_word", "user", "will it rain tomorrow? i have hope but honestly i'll bring a coat"),
    ("nopii_word", "user", "She handled the criticism with grace and a bit of humour, how do I do the same?"),
    ("nopii_word", "user", "mark the essay out of 20 and bill me for the extra time, joke. may I ask for harsh feedback?"),
    ("nopii_word", "user", "I will rose-gold the frame and the ivy will grow over it by summer"),
    ("nopii_code", "user", "password: <password>\nusername: <username>\nthat's the template, what goes in each field?"),
    ("nopii_code", "user", "OPENAI_API_KEY=YOUR_API_KEY\nDB_PASSWORD=${DB_PASSWORD}\nwhat should these be in prod?"),
    ("nopii_code", "user", "the log prints token=**** and password=******** so it's masked, right?"),
    ("nopii_code", "user", "api_key = os.getenv(\"STRIPE_API_KEY\")\nsecret = config[\"jwt_secret\"]\nis reading them like this fine?"),
    ("nopii_code", "user", "\"integrity\": \"{{cint1}}\" keeps changing in package-lock.json, should I commit it?"),
    ("nopii_code", "user", "the tokenizer splits this into 512 tokens, how do I count the key tokens only?"),
    ("nopii_hash", "user", "commit {{chash1}} broke the build, how do I revert just that one?"),
    ("nopii_url", "user", "what song is this? https://www.youtube.com/watch?v={{cvid1}}"),
    ("nopii_assistant", "assistant", "Never share your password or API key in a chat; use a password manager instead."),
]

