"""Sentences that carry planted PII, in the contexts people really put it in.

``plant`` draws a value of one kind, wraps it in a sentence for a user turn and says where the
sentence goes (before or after the user's own text), which entries it plants, and optionally an
assistant echo ("Thanks, Maria!") so some PII also appears in assistant turns.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from synthetic.pii import PiiFactory

# Kinds a canary can be drawn from: all pattern-detectable, all unique by construction.
CANARY_KINDS = ("email", "phone", "ssn", "credit_card", "iban", "ip", "api_key", "url_password")

# kind -> Presidio entity type of its main value
KIND_TYPES = {
    "person": "PERSON", "email": "EMAIL_ADDRESS", "phone": "PHONE_NUMBER", "address": "LOCATION",
    "city": "LOCATION", "credit_card": "CREDIT_CARD", "iban": "IBAN_CODE", "ssn": "US_SSN",
    "ip": "IP_ADDRESS", "url": "URL", "birthday": "DATE_TIME", "driver_license": "US_DRIVER_LICENSE",
    "passport": "US_PASSPORT", "bank_account": "US_BANK_NUMBER", "medical_license": "MEDICAL_LICENSE",
    "nrp": "NRP", "crypto": "CRYPTO", "api_key": "SECRET", "url_password": "SECRET", "password": "SECRET",
}
KINDS = tuple(KIND_TYPES)
# Relative frequency of each kind in ordinary PII planting (names and contact details dominate).
KIND_WEIGHTS = {
    "person": 10, "email": 6, "phone": 5, "address": 4, "city": 5, "credit_card": 2, "iban": 2,
    "ssn": 2, "ip": 2, "url": 3, "birthday": 3, "driver_license": 1, "passport": 1, "bank_account": 1,
    "medical_license": 1, "nrp": 2, "crypto": 1, "api_key": 2, "url_password": 1, "password": 1,
}

_TEMPLATES: dict[str, tuple[str, ...]] = {
    "email": ("You can reach me at {v}.", "My email is {v}.", "Please send the summary to {v} when you're done.",
              "(cc {v} on this)", "my work address is {v} if that matters.", "Reply-to: {v}",
              "I registered with {v} but never got the confirmation.", "The account is under {v}."),
    "phone": ("My number is {v}.", "Call me at {v} if that's easier.", "my cell is {v}", "Phone: {v}",
              "You can text me on {v}.", "The clinic called from {v} and left a voicemail.",
              "Put {v} as the contact number."),
    "address": ("I live at {v}.", "Please ship it to {v}.", "My address is {v}.", "The venue is at {v}.",
                "Return address: {v}", "Our office moved to {v} last month."),
    "city": ("I'm based in {v}.", "I'm flying out of {v} next week.", "We just moved to {v}.",
             "I grew up in {v}.", "Context: I work remotely from {v}.", "My parents still live in {v}."),
    "credit_card": ("My card number is {v}, exp {exp}.", "I was charged twice on card {v}.",
                    "Card: {v} (exp {exp}, CVV {cvv})", "the payment failed for {v} again",
                    "Can you check whether {v} is a valid card number?"),
    "iban": ("My IBAN is {v}.", "Please transfer the deposit to {v}.", "The refund should go to IBAN {v}.",
             "Bank details: IBAN {v}", "my landlord gave me the IBAN {v} for the rent"),
    "ssn": ("My SSN is {v}.", "My social security number is {v}.", "The form asks for my social security number, which is {v}.",
            "SSN: {v}", "they rejected my SSN {v} on the application"),
    "ip": ("My server's IP address is {v}.", "I can't SSH into {v} anymore.", "The logs show hundreds of requests from {v}.",
           "My home IP is {v}, is that a problem?", "nginx is listening on {v} but nothing loads."),
    "url": ("My portfolio is at {v}.", "Here's the link: {v}", "The page {v} shows an error.",
            "I found it at {v}", "My profile: {v}"),
    "birthday": ("I was born on {v}.", "My birthday is {v}.", "DOB: {v}", "my date of birth is {v} if you need it"),
    "driver_license": ("My driver's license number is {v}.", "Driver license: {v}", "The DMV says my license {v} is suspended.",
                       "my driving permit number is {v}"),
    "passport": ("My passport number is {v}.", "US passport no. {v}", "The visa form wants my passport number: {v}.",
                 "my travel document number is {v}"),
    "bank_account": ("My bank account number is {v}.", "Checking account: {v}", "Deposit it into account# {v}.",
                     "my savings account number is {v}"),
    "medical_license": ("My DEA number is {v}.", "For the medical certificate, my DEA registration is {v}.",
                        "DEA certificate number: {v}", "the pharmacy asked for the prescriber's DEA number, {v}"),
    "nrp": ("For context, I'm {v}.", "My family is {v}, so the holidays are a big deal.", "As a {v} person, I wonder about this.",
            "My in-laws are {v}.", "I'm {v} and I want to get this right."),
    "crypto": ("Send it to my bitcoin wallet {v}.", "My BTC address is {v}.", "the wallet {v} shows zero balance",
               "Crypto payout address: {v}"),
    "api_key": ("Here's my key: {v}", "I set API_KEY={v} but it still fails.", "my token {v} stopped working",
                "Authorization: Bearer {v}", "export ACCESS_KEY={v}", "this is the config: key = \"{v}\""),
    "url_password": ("The connection string is {url}", "I'm using {url} and it says authentication failed.",
                     "DATABASE_URL={url}", "the backup job points at {url}"),
    "password": ("My password is {v}.", "I changed my password to {v} and now I can't log in.",
                 "login: {user} / {v}", "the wifi password is {v}"),
}
_PERSON_PREFIX = ("Hi, my name is {full}.", "I'm {first}, by the way.", "This is {full} from the {team} team.",
                  "{full} here.", "Hello! {first} here.", "Name: {full}", "Hey, I'm {full}.")
_PERSON_INLINE = ("My colleague {full} asked me to look into this.", "My manager, {full}, wants this by Friday.",
                  "My friend {first} recommended asking you.", "My sister {first} thinks I'm overcomplicating it.",
                  "I'm writing this for my neighbour {full}.", "It's for my coworker {full}.",
                  "Dr. {last} told me to ask.", "My son {first} is helping me with this.")
_PERSON_SIGNATURE = ("\n\n- {first}", "\n\nThanks,\n{full}", "\n\nBest,\n{first}", "\n\n{full}", "\n\n— {first}")
_PERSON_ECHO = ("Thanks, {first}!", "Hi {first}!", "Nice to meet you, {first}.", "Good question, {first}.",
                "Sure thing, {first}.", "Hello {first}, happy to help.")
_TEAMS = ("data", "platform", "finance", "marketing", "support", "design", "research", "ops")
_USERS = ("admin", "jdoe", "maria.s", "kwame_o", "li.wei", "office", "pm-team")


@dataclass
class Planted:
    """One planted sentence and what it carries."""

    text: str
    where: str  # "prefix" | "suffix"
    entries: list[tuple[str, str]]  # (Presidio type, value)
    canary: str | None = None
    echo: str | None = None  # for the next assistant turn, with its own entries
    echo_entries: list[tuple[str, str]] = field(default_factory=list)


def plant(rng: random.Random, factory: PiiFactory, kind: str, canary: bool = False) -> Planted:
    """A sentence carrying a fresh PII value of ``kind``; ``canary`` marks its main value as a canary."""
    if kind == "person":
        return _person(rng, factory)
    fixed: dict[str, str] = {}
    if kind == "url_password":
        secret = factory.password()
        url = factory.credential_url(secret)
        fixed = {"url": url}
        entries = [("SECRET", secret), ("URL", url)]
        main = secret
    else:
        main = _value(factory, kind)
        fixed = {"v": main, "exp": f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}", "cvv": f"{rng.randint(100, 999)}",
                 "user": rng.choice(_USERS)}
        entries = [(KIND_TYPES[kind], main)]
    template = rng.choice(_TEMPLATES[kind])
    text = template.format_map(_Missing(fixed))
    where = "suffix" if rng.random() < 0.6 else "prefix"
    echo, echo_entries = None, []
    if kind in ("city", "email") and rng.random() < 0.2:
        echo = f"Noted: {main}." if kind == "email" else f"{main} is a great place to be based."
        echo_entries = [(KIND_TYPES[kind], main)]
    return Planted(text, where, entries, canary=main if canary else None, echo=echo, echo_entries=echo_entries)


def _value(factory: PiiFactory, kind: str) -> str:
    return {
        "email": factory.email, "phone": factory.phone, "address": factory.address, "city": factory.city,
        "credit_card": factory.credit_card, "iban": factory.iban, "ssn": factory.ssn, "ip": factory.ip,
        "url": factory.url, "birthday": factory.birthday, "driver_license": factory.driver_license,
        "passport": factory.passport, "bank_account": factory.bank_account,
        "medical_license": factory.medical_license, "nrp": factory.nrp, "crypto": factory.crypto,
        "api_key": factory.api_key, "password": factory.password,
    }[kind]()


def _person(rng: random.Random, factory: PiiFactory) -> Planted:
    first, last = factory.person()
    full = f"{first} {last}"
    fixed = {"first": first, "last": last, "full": full, "team": rng.choice(_TEAMS)}
    r = rng.random()
    if r < 0.4:
        template, where, own = rng.choice(_PERSON_PREFIX), "prefix", True
    elif r < 0.7:
        template, where, own = rng.choice(_PERSON_INLINE), rng.choice(("prefix", "suffix")), False
    else:
        template, where, own = rng.choice(_PERSON_SIGNATURE), "signature", True
    text = template.format_map(_Missing(fixed))
    used = full if "{full}" in template else (last if "{last}" in template else first)
    entries = [("PERSON", used)]
    if own and rng.random() < 0.5:
        echo = rng.choice(_PERSON_ECHO).format(first=first)
        return Planted(text, where, entries, echo=echo, echo_entries=[("PERSON", first)])
    if own and rng.random() < 0.3:  # sometimes the user's e-mail comes with the name
        email = factory.email(first, last)
        return Planted(f"{text} ({email})" if where != "signature" else f"{text}\n{email}", where,
                       entries + [("EMAIL_ADDRESS", email)])
    return Planted(text, where, entries)


class _Missing(dict):
    """A format map that leaves unknown fields as they are."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
