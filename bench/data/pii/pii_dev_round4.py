"""Dev-only fourth-round material for the PII benchmark: credentials as people type them, and names
the gazetteer and the cue phrases miss.

Why: after round 3 dev scored a SECRET leak of 0.006 and said nothing, while the held-out split
still leaked 5 of 72 secrets and 8.7% of names. These rows were written by a new author before any
recognizer change of round 4, so the redactor's first score on them ("before") estimates how it
generalises.

Rules as for ``pii_dev_round3``: appended to ``dev.jsonl`` only, generated after test and after the
earlier dev-only rows from their own RNG (so test.jsonl stays byte-identical), with value pools that
share nothing with any earlier pool (``check_round4_disjoint``). Template ids continue each
category's numbering from 120 (``secret_120``...). Slot kinds start with ``q``.

What they exercise:

* SECRET: "user/pass is bob / x", "creds: admin:x", "login admin pass x", "pw = x", bank and phone
  PINs, wifi passwords in chat, passphrases of several words and seed phrases (the whole phrase is
  the span), recovery and backup codes, shell history (``psql postgresql://u:pw@h/db``, ``mysql
  -uroot -pX``, ``sshpass``, ``htpasswd -b``, ``openssl -passin pass:X``, ``git clone
  https://user:token@host``), HTTP headers (``Authorization: Bearer``, ``X-Api-Key``, ``Cookie:
  session=``), ``.npmrc`` ``_authToken``, pip index URLs, Azure ``AccountKey=`` and
  ``SharedAccessSignature``, Twilio, SendGrid, Discord, Notion and Shopify keys, the assistant
  echoing a secret, passwords in other languages' prose;
* PERSON: names with no cue opening a message ("Sunita set up the call"), given names of cultures
  a Faker-built gazetteer lacks (African, Central Asian, Persian, Indigenous American, Pacific,
  Southeast Asian), names after "with", "from", "cc" and in ``@`` mentions, sign-offs with titles,
  diminutives;
* no-PII look-alikes. Policy: a value is not a secret when it is an unmistakable placeholder
  (``<token>``, ``${DB_PASSWORD}``, ``xxxx``, ``your-api-key-here``), a documented default shown as
  such ("the default is changeme"), or a vendor's published example key, which by convention ends
  in ``EXAMPLE`` (AWS's ``AKIAIOSFODNN7EXAMPLE``): none of these identifies or unlocks anything of
  the user's. Everyday words that are also names ("bill", "sunny") are not labelled.
"""

from __future__ import annotations

import base64
import string

import pii_dev_extra as X
import pii_dev_round3 as R3
import pii_pools as P
from pii_common import ALNUM, Attrs, Ctx, digits, one, rand_token, unlabelled

HEX = "0123456789abcdef"
B32 = string.ascii_uppercase + "234567"

# ---------------------------------------------------------------- pools (dev only)
# (first, last): given names of cultures a Faker-built gazetteer covers thinly.
R4NAMES: list[tuple[str, str]] = [
    ("Rufaro", "Mutasa"), ("Nomvula", "Dlamini"), ("Ayomide", "Fashola"), ("Ugochi", "Ezeani"), ("Ayodele", "Bankole"),
    ("Nyokabi", "Gitau"), ("Makena", "Wahome"), ("Dilnoza", "Yusupova"), ("Nurlan", "Abenov"), ("Gulnara", "Tokayeva"),
    ("Bakhyt", "Serikbayev"), ("Mahsa", "Tavakoli"), ("Babak", "Jafari"), ("Golnar", "Rostami"), ("Kourosh", "Sadeghi"),
    ("Aiyana", "Redcloud"), ("Takoda", "Whitehorse"), ("Sione", "Taufa"), ("Losana", "Vunipola"), ("Tevita", "Fifita"),
    ("Mele", "Havili"), ("Kittipong", "Sukjai"), ("Thida", "Aung"), ("Kyaw", "Htet"), ("Sopheap", "Chan"),
    ("Bayu", "Santoso"), ("Nguyet", "Lam"), ("Sunniva", "Haugland"), ("Ebere", "Chukwu"), ("Zarina", "Rahimova"),
]
# (diminutive, given name)
R4NICKS: list[tuple[str, str]] = [
    ("Dayo", "Adedayo"), ("Styopa", "Stepan"), ("Pepa", "Josefa"), ("Jadzia", "Jadwiga"), ("Lyuba", "Lyubov"),
    ("Chela", "Graciela"), ("Bongi", "Bongani"), ("Tiko", "Tikhon"),
]
R4TITLES = ["Dr.", "Prof.", "Ms.", "Mr.", "Rev.", "Capt."]
R4PASSWORD_WORDS = ["Tangerine", "Blizzard", "Zucchini", "Lantern", "Meerkat", "Quokka", "Saxophone", "Trombone"]
R4PHRASE_WORDS = ["orbit", "velvet", "cactus", "harbor", "pickle", "summit", "walnut", "glacier", "tundra", "violin",
                  "copper", "lagoon", "mango", "rocket", "saddle", "thimble", "kettle", "meadow", "puzzle", "falcon"]
R4WIFI = ["CoffeeHouse", "BlueFern", "CasaVerde", "Homebase", "Lakeside", "Nettle"]


def check_round4_disjoint() -> None:
    """Raise ValueError if a round-4 pool shares a value with an earlier pool (dev, test, extra, round 3)."""
    earlier_names = {n for _, fs, ls in P.CULTURES for n in fs + ls} | set(P.NICKNAMES.values()) \
        | set(P.NICKNAMES) | {n for pair in X.XNAMES for n in pair} | {n for t in X.XNICKS for n in t} \
        | {n for pair in R3.R3NAMES for n in pair} | {n for pair in R3.R3NICKS for n in pair}
    names = {n for pair in R4NAMES for n in pair} | {n for pair in R4NICKS for n in pair}
    passwords = {w for half in P.PASSWORD_WORDS for w in half} | set(X.XPASSWORD_WORDS) | set(R3.R3PASSWORD_WORDS)
    clashes = (names & earlier_names) | (set(R4PASSWORD_WORDS) & passwords)
    if clashes:
        raise ValueError(f"{len(clashes)} round-4 pool values are also in earlier pools")


# ---------------------------------------------------------------- generators
def gen_q_person(ctx: Ctx) -> Attrs:
    first, last = ctx.rng.choice(R4NAMES)
    full = f"{first} {last}"
    title = ctx.rng.choice(R4TITLES)
    return {"full": one(full, "PERSON"), "first": one(first, "PERSON"), "last": one(last, "PERSON"),
            "first_lc": one(first.lower(), "PERSON"), "full_lc": one(full.lower(), "PERSON"),
            "titled": [(title + " ", None), (full, "PERSON")], "at": [("@", None), (first.lower(), "PERSON")],
            "poss": [(first, "PERSON"), ("'s", None)]}


def gen_q_nick(ctx: Ctx) -> Attrs:
    nick, first = ctx.rng.choice(R4NICKS)
    return {"nick": one(nick, "PERSON"), "nick_lc": one(nick.lower(), "PERSON"), "first": one(first, "PERSON")}


def _r4password(ctx: Ctx) -> str:
    rng = ctx.rng
    word = rng.choice(R4PASSWORD_WORDS)
    return rng.choice([
        f"{word}{rng.choice('!$%&*#@')}{rng.randrange(1, 99)}",
        f"{word[:3]}{rng.randrange(0, 9)}{word[3:].lower()}&{rng.randrange(1, 9)}",      # "Tr0ub4dor&3" style
        f"{word.lower()}{rng.randrange(1, 99)}",                                          # "hunter2" style
        rand_token(rng, 4, string.ascii_lowercase) + digits(rng, 4),                      # "1234abcd" style
        rand_token(rng, rng.randrange(9, 16), ALNUM + "!#%&*?"),
    ])


def gen_q_pw(ctx: Ctx) -> Attrs:
    return {"v": one(ctx.unique(lambda: _r4password(ctx)), "SECRET")}


def gen_q_wifi(ctx: Ctx) -> Attrs:
    return {"v": one(ctx.unique(lambda: f"{ctx.rng.choice(R4WIFI)}{ctx.rng.randrange(2019, 2027)}"
                                        f"{ctx.rng.choice(['!', '?', '', '#'])}"), "SECRET")}


def gen_q_phrase(ctx: Ctx) -> Attrs:
    """A passphrase of four words (the whole phrase is the secret)."""
    return {"v": one(ctx.unique(lambda: " ".join(ctx.rng.sample(R4PHRASE_WORDS, 4))), "SECRET")}


def gen_q_seed(ctx: Ctx) -> Attrs:
    """A 12-word wallet seed phrase."""
    return {"v": one(ctx.unique(lambda: " ".join(ctx.rng.sample(R4PHRASE_WORDS, 12))), "SECRET")}


def gen_q_pin(ctx: Ctx) -> Attrs:
    return {"v": one(ctx.unique(lambda: digits(ctx.rng, ctx.rng.choice([4, 4, 6]))), "SECRET")}


def gen_q_codes(ctx: Ctx) -> Attrs:
    """Three 2FA backup codes in the usual shapes ("4821-0937", "k3j9 x8mq")."""
    rng = ctx.rng
    shape = rng.choice([lambda: f"{digits(rng, 4)}-{digits(rng, 4)}", lambda: f"{digits(rng, 8)}",
                        lambda: f"{rand_token(rng, 4, string.ascii_lowercase + string.digits)}-"
                                f"{rand_token(rng, 4, string.ascii_lowercase + string.digits)}"])
    codes = [ctx.unique(shape) for _ in range(3)]
    return {"v": [(codes[0], "SECRET"), (", ", None), (codes[1], "SECRET"), (", ", None), (codes[2], "SECRET")]}


def _r4key(ctx: Ctx) -> str:
    """Provider keys and tokens in shapes the earlier pools lack."""
    rng = ctx.rng
    return rng.choice([
        "AC" + rand_token(rng, 32, HEX),                                                      # Twilio account SID-shaped auth
        "SG." + rand_token(rng, 22, ALNUM + "_-") + "." + rand_token(rng, 43, ALNUM + "_-"),  # SendGrid
        "secret_" + rand_token(rng, 43, ALNUM),                                               # Notion integration
        "ntn_" + rand_token(rng, 46, ALNUM),                                                  # Notion (2024 format)
        "shpss_" + rand_token(rng, 32, HEX),                                                  # Shopify shared secret
        "shpca_" + rand_token(rng, 32, HEX),                                                  # Shopify custom app
        "M" + rand_token(rng, 23, ALNUM) + "." + rand_token(rng, 6, ALNUM + "_-") + "." + rand_token(rng, 38, ALNUM + "_-"),  # Discord
        rand_token(rng, 32, ALNUM),                                                           # generic
        "pk." + rand_token(rng, 60, ALNUM) + "." + rand_token(rng, 22, ALNUM),                # Mapbox-style
    ])


def gen_q_key(ctx: Ctx) -> Attrs:
    return {"v": one(ctx.unique(lambda: _r4key(ctx)), "SECRET")}


def gen_q_b64(ctx: Ctx) -> Attrs:
    """A base64 key as in Azure storage AccountKey and SAS signatures."""
    return {"v": one(ctx.unique(lambda: base64.b64encode(bytes(ctx.rng.randrange(256) for _ in range(ctx.rng.choice([32, 64])))).decode()),
                     "SECRET")}


def gen_q_sess(ctx: Ctx) -> Attrs:
    """A session cookie value."""
    return {"v": one(ctx.unique(lambda: rand_token(ctx.rng, ctx.rng.choice([26, 32, 40]), ALNUM + "%-")), "SECRET")}


def gen_q_npm(ctx: Ctx) -> Attrs:
    return {"v": one(ctx.unique(lambda: "npm_" + rand_token(ctx.rng, 36, ALNUM)), "SECRET")}


def gen_q_user(ctx: Ctx) -> Attrs:
    """A service or admin login: not labelled (see the README's USERNAME rule)."""
    return {"v": [(ctx.rng.choice(["admin", "root", "deploy", "ci", "postgres", "svc_backup"]), None)]}


def gen_q_hex(ctx: Ctx) -> Attrs:
    return unlabelled(rand_token(ctx.rng, 40, HEX))


ROUND4_GENERATORS = {
    "qp": gen_q_person, "qnick": gen_q_nick, "qpw": gen_q_pw, "qwifi": gen_q_wifi, "qphrase": gen_q_phrase,
    "qseed": gen_q_seed, "qpin": gen_q_pin, "qcodes": gen_q_codes, "qkey": gen_q_key, "qbsf": gen_q_b64,
    "qsess": gen_q_sess, "qnpm": gen_q_npm, "quser": gen_q_user, "qhex": gen_q_hex,
}

# ---------------------------------------------------------------- templates (dev only)
ROUND4_PII: list[tuple[str, str, str]] = [
    # credentials typed in chat
    ("secret", "user", "user/pass is bob / {{qpw1.v}} but the router page says wrong credentials"),
    ("secret", "user", "creds: {{quser1}}:{{qpw1.v}} — why does ssh reject them?"),
    ("secret", "user", "login {{quser1}} pass {{qpw1.v}} worked yesterday, today it's locked"),
    ("secret", "user", "pw = {{qpw1.v}}, is that strong enough for my bank?"),
    ("secret", "user", "my bank card pin is {{qpin1.v}}, should i change it after my wallet got stolen?"),
    ("secret", "user", "phone pin {{qpin1.v}} stopped working after the update, how do i reset it"),
    ("secret", "user", "wifi is {{qwifi1.v}} btw, tell the guests"),
    ("secret", "user", "the passphrase is {{qphrase1.v}}, can you check it's long enough?"),
    ("secret", "user", "my recovery codes are {{qcodes1.v}} — where should I keep them?"),
    ("secret", "user", "backup codes for 2fa: {{qcodes1.v}}. do they expire?"),
    ("secret", "user", "I wrote my seed phrase down as: {{qseed1.v}}. is that all 12 words?"),
    ("secret", "user", "psql postgresql://report:{{qpw1.v}}@db.internal:5432/sales -c 'select 1' times out"),
    ("secret", "user", "$ mysql -uroot -p{{qpw1.v}} -h 10.0.0.5 shop\nERROR 1045 (28000): Access denied"),
    ("secret", "user", "sshpass -p '{{qpw1.v}}' ssh pi@raspberrypi.local uptime says permission denied"),
    ("secret", "user", "htpasswd -b -c /etc/nginx/.htpasswd {{quser1}} {{qpw1.v}}\nnginx still returns 401"),
    ("secret", "user", "openssl pkcs12 -in cert.p12 -out cert.pem -nodes -passin pass:{{qpw1.v}} says mac verify failure"),
    ("secret", "user", "git clone https://builder:{{qkey1.v}}@git.example.org/team/app.git fails with 403"),
    ("secret", "user", "GET /v1/me HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer {{qkey1.v}}\nAccept: application/json"),
    ("secret", "user", "X-Api-Key: {{qkey1.v}}\nContent-Type: application/json\n\nthat's the header i send, still 401"),
    ("secret", "user", "Cookie: session={{qsess1.v}}; theme=dark\nwhy does the server log me out?"),
    ("secret", "user", "my .npmrc:\n//registry.npmjs.org/:_authToken={{qnpm1.v}}\nnpm publish says 403"),
    ("secret", "user", "pip install --index-url https://deploy:{{qpw1.v}}@pypi.internal.example/simple mypkg hangs"),
    ("secret", "user", "DefaultEndpointsProtocol=https;AccountName=mediastore;AccountKey={{qbsf1.v}};EndpointSuffix=core.windows.net"),
    ("secret", "user", "Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey={{qbsf1.v}}"),
    ("secret", "user", "twilio auth token {{qkey1.v}} gives 20003 authenticate error"),
    ("secret", "user", "our sendgrid key {{qkey1.v}} got flagged, what now?"),
    ("secret", "user", "client.login('{{qkey1.v}}') — discord says improper token"),
    ("secret", "user", "NOTION_TOKEN={{qkey1.v}} and the integration still can't see the page"),
    ("secret", "user", "shopify app secret is {{qkey1.v}}, how do I verify the webhook hmac with it?"),
    ("secret", "assistant", "I see your password `{{qpw1.v}}` in the message — please change it now, since this chat is stored."),
    ("secret", "assistant", "The token `{{qkey1.v}}` you pasted is live; revoke it in the dashboard and create a new one."),
    ("secret", "user", "mon mot de passe c'est {{qpw1.v}} et il ne marche plus"),
    ("secret", "user", "mi contraseña del correo es {{qpw1.v}}, ¿es segura?"),
    ("secret", "user", "das WLAN-Passwort lautet {{qwifi1.v}}"),
    ("secret", "user", "ok the code for the alarm panel = {{qpin1.v}}, the cleaner needs it"),
    # names with no cue or thin cues
    ("person", "user", "{{qp1.first}} set up the call for 3pm, can you draft an agenda?"),
    ("person", "user", "{{qp1.first}} and I are splitting rent, how do we divide utilities fairly?"),
    ("person", "user", "had lunch with {{qp1.first}} today, she's thinking of quitting"),
    ("person", "user", "got an email from {{qp1.full}} about the lease renewal, what should I ask?"),
    ("person", "user", "cc {{qp1.first}} and {{qp2.first}} on the reply please"),
    ("person", "user", "{{qp1.at}} can you send the slides before standup?"),
    ("person", "user", "rewrite this: \"{{qp2.at}} thanks for covering my shift!\""),
    ("person", "user", "Kind regards,\n{{qp1.titled}}\nDepartment of Chemistry\n\ndoes that sign-off look professional?"),
    ("person", "user", "Best wishes,\n{{qp1.first}}\n\n^ is that too casual for a job application?"),
    ("person", "user", "my neighbour {{qp1.first_lc}} keeps parking in my spot"),
    ("person", "user", "{{qp1.first_lc}} wants to move to berlin and i don't. advice?"),
    ("person", "user", "Grandma always called him {{qnick1.nick}}, short for {{qnick1.first}}"),
    ("person", "user", "{{qnick1.nick}} is coming over tonight, what's a quick dessert?"),
    ("person", "user", "Can you help me write a eulogy for {{qp1.full}}? He was my uncle."),
    ("person", "user", "meeting notes: {{qp1.full}} owns the budget, {{qp2.full}} owns hiring"),
    ("person", "user", "my daughter {{qp1.first}} is being bullied at school, how do I talk to the teacher?"),
    ("person", "user", "{{qp1.poss}} birthday is friday, gift ideas for a 30 year old?"),
    ("person", "assistant", "That sounds hard. When you talk to {{qp1.first}}, start with how you feel rather than what {{qp1.first}} did."),
    ("person", "assistant", "Here's a reply you could send:\n\nHi {{qp1.first}},\nThanks for flagging this."),
    ("person", "user", "ngl {{qp1.first_lc}} has been really distant since the trip"),
    # both
    ("mixed", "user", "{{qp1.first}} changed the wifi password to {{qwifi1.v}} without telling anyone"),
    ("mixed", "user", "from {{qp1.full}}: the shared login is {{quser1}} / {{qpw1.v}}, please don't forward"),
]

ROUND4_NOPII: list[tuple[str, str, str]] = [
    ("nopii_code", "user", "curl -H \"Authorization: Bearer <token>\" https://api.example.com/v1/me — what goes in <token>?"),
    ("nopii_code", "user", "DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app\nhow do I pass DB_PASSWORD in compose?"),
    ("nopii_code", "user", "the docs say: log in with admin / changeme and change the default password immediately"),
    ("nopii_code", "user", "X-Api-Key: xxxx-xxxx-xxxx\nis that the placeholder format for the key?"),
    ("nopii_code", "user", "aws docs use AKIAIOSFODNN7EXAMPLE as the example access key id, is it real?"),
    ("nopii_code", "user", "api_key: your-api-key-here\nwhere do I find the real one in the dashboard?"),
    ("nopii_code", "user", "mysql -u root -p prompts for the password, how do I script it safely?"),
    ("nopii_code", "user", "git log says {{qhex1}} is the bad commit, how do I bisect from there?"),
    ("nopii_code", "user", "how long should a wifi password be? and is a passphrase of four random words enough?"),
    ("nopii_code", "user", "what's the difference between a pin and a password for windows hello?"),
    ("nopii_word", "user", "bill me later and I'll sort it out when it's sunny"),
    ("nopii_word", "user", "With regards to the budget, can we cut travel?"),
    ("nopii_word", "user", "Summit meeting notes: cc the whole team and keep it short"),
    ("nopii_assistant", "assistant", "Use a password manager and turn on 2FA; store the backup codes offline."),
    ("nopii_assistant", "assistant", "Never paste a seed phrase or a private key into a chat, including this one."),
]
