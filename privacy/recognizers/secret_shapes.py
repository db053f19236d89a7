"""What a SECRET value looks like: the shape tests of the credential recognizers.

Pure functions of one candidate value (no text around it), and the checks of the SECRET
patterns built from them, shared by the SECRET recognizers of every credential family (see
:mod:`privacy.recognizers.secret_base`), the entropy scan and the list step
(:mod:`privacy.credential_lists`).
"""

from __future__ import annotations

import math
from collections import Counter

import regex
from presidio_analyzer import EntityRecognizer

from privacy.recognizers.words import COMMON_WORDS

# Example credentials printed in public documentation: jwt.io's sample token's signature and
# body, Google Authenticator's example key.
PUBLISHED_EXAMPLES = frozenset({
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
    "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    "JBSWY3DPEHPK3PXP",
    "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",  # Hardhat's first test account
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc",  # Stripe's documentation test key
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",  # the header {"alg":"HS256","typ":"JWT"} alone
    "QWxhZGRpbjpvcGVuIHNlc2FtZQ==",  # RFC 7617's "Aladdin:open sesame"
    "czZCaGRSa3F0MzpnWDFmQmF0M2JW", "7Fjfp0ZBr1KtDRbnfVdmIw", "gX1fBat3bV",  # RFC 6749's client credentials
    "AHRpbQB0YW5zdGFhZnRhbnN0YWFm",  # RFC 4616's PLAIN example
    # Binance's API documentation example key and secret
    "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A",
    "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j",
    # Azurite's (the Azure storage emulator's) well-known account key
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
})
# Password hashes in crypt format ("$apr1$salt$hash", "$2b$12$..."): stored hashes, not the password.
CRYPT_HASH = regex.compile(r"\$(?:apr1|2[abxy]?|1|5|6|y|argon2\w*)\$")
# A year is no PIN or door code, even where one could stand ("it's 1987" is kept).
YEAR = regex.compile(r"(?:19|20)\d\d")
# The base64 bodies of SSH public keys open with their encoded key type: public, not secret.
_PUBLIC_KEY_BODIES = ("AAAAC3NzaC1lZDI1NTE5", "AAAAB3NzaC1yc2E", "AAAAE2VjZHNhLXNoYTIt", "AAAAB3NzaC1kc3M")
# Characters of code, paths and markup: a quoted token holding one is not a bare password.
_CODE_CHARS = frozenset("./\\()[]{}<>=:,;|")


def password_shaped(value: str) -> bool:
    """True for a single token that mixes letters and digits with a symbol or both cases
    ("Zeppelin*52", "zepp8512!", "tB3GauerBmJv"), and holds no code characters."""
    if not 8 <= len(value) <= 64 or value[0] in "-$%" or any(c in _CODE_CHARS or c.isspace() for c in value):
        return False
    has_upper = any(c.isupper() for c in value)
    has_lower = any(c.islower() for c in value)
    has_digit = any(c.isdigit() for c in value)
    has_symbol = any(c in "!@#$%^&*?~+" or not (c.isalnum() or c.isascii()) for c in value)  # also emoji
    return (has_upper or has_lower) and has_digit and (has_symbol or (has_upper and has_lower))


_WORD_NUMBER = regex.compile(r"\p{L}{3,}[_.-]?\d{2,}\p{L}*|\d{2,}\p{L}{4,}")
# Lower-case hex: a digest or an id, never a leet word.
_LOWER_HEX = regex.compile(r"[0-9a-f]+")


def word_with_number(value: str) -> bool:
    """A word and a number of 8+ characters, the commonest password there is ("clementine123",
    "cobweb_1973", "Goos1394cle")."""
    return len(value) >= 8 and _WORD_NUMBER.fullmatch(value) is not None


# The passwords every "most common passwords" list opens with: named as examples, not anyone's.
_FAMOUS_PASSWORDS = frozenset({"p@ssw0rd", "p@ssword", "passw0rd", "p@$$w0rd", "p@ssw0rd1", "p@ssw0rd123", "passw0rd!", "p@ssw0rd!",
                               "password1!", "password123!", "qwerty123!", "welcome1!", "admin@123", "letmein!", "abc123!"})


# Words joined by dots, dashes or underscores with a number ("fondue.pomegranate.56", "kite-Moss-88"):
# the shape of generated and memorable passwords; versions and domains start or end otherwise.
_JOINED_WORDS = regex.compile(r"\p{L}{3,}(?:[._+-]\p{L}{3,})+[._+-]?\d{1,6}[!?#$%&*]?|\d{1,6}[._+-]\p{L}{3,}(?:[._+-]\p{L}{3,})+")


def password_like(value: str) -> bool:
    """:func:`password_shaped`, or words joined by separators around a number."""
    return password_shaped(value) or (len(value) >= 10 and _JOINED_WORDS.fullmatch(value) is not None)


def shannon_bits_per_char(value: str) -> float:
    """Shannon entropy of the character distribution of ``value`` in bits per character."""
    if not value:
        return 0.0
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in Counter(value).values())


def letter_digit_switches(value: str) -> int:
    """How often adjacent characters switch between a letter and a digit ("ab12c" -> 2)."""
    return sum((a.isdigit() and b.isalpha()) or (a.isalpha() and b.isdigit()) for a, b in zip(value, value[1:]))


def looks_mixed_random(value: str, min_bits: float) -> bool:
    """True for a value holding two or more each of upper case, lower case and digits with
    ``min_bits`` of entropy per character (keys, base64 blobs), which words and numbers lack."""
    if shannon_bits_per_char(value) < min_bits:
        return False
    return sum(c.isupper() for c in value) >= 2 and sum(c.islower() for c in value) >= 2 and sum(c.isdigit() for c in value) >= 2


def _vowel_share(value: str) -> float:
    """Share of vowels among the letters of ``value``: about 0.4 in words, 0.2 in random text."""
    letters = [c for c in value.lower() if c.isalpha()]
    return sum(c in "aeiou" for c in letters) / len(letters) if letters else 0.0


_LEET_INNER = regex.compile(r"(?<=\p{Ll})[013457@$](?=\p{Ll})")


def _leet_word(value: str) -> bool:
    """True for a lower-case word with digits or symbols standing for letters inside it, twice, or
    once with a number after ("s3cr3t", "ac0rn38"); "w3schools" and "mp3player" have one and no number."""
    if not (7 <= len(value) <= 20 and regex.fullmatch(r"[a-z0-9@$]+", value)) or sum(c.isalpha() for c in value) < 4 \
            or _LOWER_HEX.fullmatch(value):
        return False  # hex is a digest or an id
    inner = len(_LEET_INNER.findall(value))
    return inner >= 2 or (inner == 1 and regex.search(r"\p{Ll}\d{2,}$", value) is not None)


def _case_switches(value: str) -> int:
    """How often adjacent letters switch case ("mRtny" -> 1, "iPhone" -> 2)."""
    return sum(a.isalpha() and b.isalpha() and a.isupper() != b.isupper() for a, b in zip(value, value[1:]))


def char_classes(value: str) -> int:
    """How many of lower case, upper case, digits and other characters ``value`` mixes."""
    return sum((
        any(c.islower() for c in value), any(c.isupper() for c in value),
        any(c.isdigit() for c in value), any(not c.isalnum() for c in value),
    ))


# Code and product names built from capitalised words: "Base64Encoder", "OAuth2Client".
_CAMEL_WORDS = regex.compile(r"(?:[A-Z]+[a-z]*\d*){2,}")
# An upper-case name with an underscore is an environment variable or constant, not its value.
_CONSTANT = regex.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")
# "pin the version to `v2.4.1`": versions are not PINs or passwords.
_VERSION = regex.compile(r"[vV]?\d+(?:\.\d+)+(?:[-.+]?[A-Za-z0-9]+)?")
# `config["jwt_secret"]`, `load_key("x")`: the value stops at the quote, leaving an identifier
# that is being indexed or called, which is code, not a value.
_CODE_EXPRESSION = regex.compile(r"[A-Za-z_][\w.]*[\[(]")
# "****", "••••", "xxxxxxxx", "xxxx-xxxx-xxxx": a value already masked.
MASK = regex.compile(r"[*•●xX#]{3,}(?:[-_ ][*•●xX#]{3,})*")
# A known prefix followed by a mask: "sk_live_xxxxxxxxxxxx", "SG.xxxxx", "ghp_****".
MASKED_TAIL = regex.compile(r"(?:^|[_./-])(?:[xX]{5,}|[*•●#]{4,})$")
# Documentation placeholders: "your-api-key-here", "your_password", "changeme", "<dummy>".
_PLACEHOLDER = regex.compile(r"(?i:(?:your|insert|enter|replace)[-_][\w-]*|[\w-]*[-_]here|change[-_]?me|placeholder|dummy|redacted)")
# Vendors' published example credentials end in EXAMPLE (AWS's AKIAIOSFODNN7EXAMPLE and
# wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY): public documentation, not anyone's secret.
EXAMPLE = regex.compile(r"\S*EXAMPLE(?:KEY)?")
# A closing "?" or "!" is a sentence's unless three or more digits precede it ("on Windows10?").
_WORD_NUMBER_SYMBOL = regex.compile(r"\p{Lu}\p{Ll}{3,}(?:\d+[#$%&*@]|\d{3,}[!?])")
# Generated and memorable passwords ("Lantern-Tangerine-52"); product names are written with spaces.
_JOINED_TITLE_WORDS = regex.compile(r"\p{Lu}\p{Ll}{2,}(?:[-_.]\p{Lu}\p{Ll}{2,})+[-_.]?\d{2,4}[!?#$%&*]?")
# "issue#42", "order#10531", "meet@3pm": a label and a number, not a password ("Winter@2024" is one).
_TAGGED_NUMBER = regex.compile(r"\p{L}+#\d+\p{L}{0,2}|\p{L}+@\d{1,2}(?i:[ap]m)?")
# "Reminder!1", "wiN!!!!!1!1": a word shouted with the "!!1" of forums.
_SHOUTED = regex.compile(r"\p{L}+(?:!+1*)+")


def password_only_shape(value: str) -> bool:
    """True for a token shaped as prose, code and handles never write a word:

    * four letters, a digit and a symbol inside ("Xk9#mP2^vLq8w", "g@rg0yl3"), or both cases and
      a symbol inside with no digit ("EKziVmaGEfNAq^I");
    * a capitalised word, digits and a closing ``#$%&*@`` ("Paintbrush4#"), or ``!``/``?`` after
      three digits ("Blueberry1234!"; "Windows10?" is a question);
    * capitalised words joined around a number ("Lantern-Tangerine-52");
    * a lower-case word written in leet ("ac0rn38", "s3cr3t"; :func:`_leet_word`);
    * lower-case letters and digits switching four or more times ("h3dg3h0g12", "1q2w3e4r12"; not hex);
    * 12+ letters and digits of both cases with few vowels and case switches ("mRtnyOUk0nfMX78");
    * 24+ random base64 characters holding ``+`` or ``/`` (an AWS secret access key).
    """
    if is_reference(value) or _SHOUTED.fullmatch(value) or "://" in value or value in PUBLISHED_EXAMPLES \
            or value.lower() in _FAMOUS_PASSWORDS or regex.search(r"[*•●]{3}|[xX]{5}", value):
        return False  # a run of stars or x's masks a key ("sk-proj-****r3Io")
    inner = value[1:-1]
    if any(c in "!#$%^&*?~+@" for c in inner) and sum(c.isalpha() for c in value) >= 4 \
            and password_shaped(value) and not _TAGGED_NUMBER.fullmatch(value):
        return True
    if any(c in "#$%^&*~+@" for c in inner) and char_classes(value) == 3 and not any(c.isdigit() or c in _CODE_CHARS for c in value):
        return True  # both cases and a symbol, no digit ("EKziVmaGEfNAq^I")
    if _WORD_NUMBER_SYMBOL.fullmatch(value) or _JOINED_TITLE_WORDS.fullmatch(value):
        return True
    if _leet_word(value):
        return True
    if regex.fullmatch(r"[a-z0-9]{8,20}", value) and not _LOWER_HEX.fullmatch(value):
        return letter_digit_switches(value) >= 4 and sum(c.isalpha() for c in value) >= 3
    if regex.fullmatch(r"[A-Za-z0-9]{12,64}", value):
        # Words have vowels ("iPhone12ProMax" 0.42); the fewer a token has, the fewer case switches prove it random.
        vowels = _vowel_share(value)
        if vowels >= 0.3 or not any(c.isdigit() for c in value) or shannon_bits_per_char(value) < 3.0:
            return False
        return _case_switches(value) >= (3 if vowels < 0.25 else max(4, sum(c.isalpha() for c in value) // 4))
    return len(value) >= 24 and regex.fullmatch(r"[A-Za-z0-9+/]+={0,2}", value) is not None \
        and value[0] != "/" and ("+" in value or "/" in value) and "//" not in value \
        and looks_mixed_random(value, 4.0) and _vowel_share(value) < 0.3


def code_name(value: str) -> bool:
    """Names of code and products built from capitalised words ("OAuth2Client", "Base64Encoder");
    a capitalised pair of words ending in digits or a symbol is a password ("MuffinButtercup05")."""
    return _CAMEL_WORDS.fullmatch(value) is not None and regex.search(r"(?:\d\d|[^\w])$", value) is None


def credential_value(value: str) -> bool:
    """True for a list line's value that is password-shaped or of 16+ characters mixing upper
    case, lower case and digits at random (a key of a format this recognizer does not know; hex
    digests, which lists of packages and commits hold, are not)."""
    return (len(value) >= 16 and looks_mixed_random(value, 3.5)) or (password_like(value) and not code_name(value))


def is_reference(value: str) -> bool:
    """Placeholders, code references, constants and our own redaction tokens are not secrets."""
    return ((value.startswith(("<", "${", "$", "{", "//", "process.env", "os.environ", "os.getenv", "env(", "getenv(",
                              "input(", "getpass", "prompt", "secrets.", "config.", "settings.", "self.", *_PUBLIC_KEY_BODIES))
             and not value.startswith("$$"))  # "$$" escapes a dollar (docker compose): a literal value
            or _CONSTANT.fullmatch(value) is not None or _VERSION.fullmatch(value) is not None
            or _CODE_EXPRESSION.fullmatch(value) is not None or MASK.fullmatch(value) is not None
            or _PLACEHOLDER.fullmatch(value) is not None
            or regex.fullmatch(r"%\w+%", value) is not None  # a Windows environment variable
            or value.startswith("ENC[")  # sops ciphertext
            or CRYPT_HASH.search(value) is not None
            or regex.fullmatch(r"0x[0-9A-Fa-f]{1,16}", value) is not None  # a status code or address
            or regex.search(r"\(\?[=!<:]|\.\*|\[\^", value) is not None)  # a regular expression (a password policy)


# The checks of the SECRET patterns: a matched value and its pattern's score in, the score to
# keep or None out (see privacy.recognizers.secret_base).

def format_only(value: str, score: float) -> float | None:
    """The format is the evidence: keep the match."""
    return score


def cue_value_is_valid(value: str) -> bool:
    """A value found by a cue word that is surely a credential: 16+ random characters of 2+ classes."""
    return len(value) >= 16 and shannon_bits_per_char(value) >= 3.0 and char_classes(value) >= 2


def cue_value_is_invalid(value: str) -> bool:
    """A value found by a cue word that is no credential: a published example, one character
    class ("password is wrong"), or a reference (a placeholder, variable or masked value)."""
    value = value.strip("\"'`")
    if value in PUBLISHED_EXAMPLES:
        return True
    return char_classes(value) < 2 or is_reference(value)


def cue_value(value: str, score: float) -> float | None:
    """After a cue word ("token", ``API_KEY=``) the value must look like a secret."""
    if cue_value_is_invalid(value):
        return None
    return EntityRecognizer.MAX_SCORE if cue_value_is_valid(value) else score


def password_value(value: str, score: float) -> float | None:
    """After an explicit password cue any non-common word of 6+ characters (or 4+ of two
    character classes) is taken as the password."""
    bare = value.strip("\"'`.,;:!?)")
    if bare.lower() in COMMON_WORDS or len(bare) < 4 or is_reference(bare):
        return None
    if char_classes(bare) >= 2 or len(bare) >= 6:
        return score
    return None


def random_query_value(value: str, score: float) -> float | None:
    """A query parameter or cookie named like a credential holds 8+ random characters."""
    bare = value.rstrip(".,;:!?)")
    if is_reference(bare) or bare.lower() in COMMON_WORDS:
        return None
    random_like = char_classes(bare) >= 2 and shannon_bits_per_char(bare) >= 3.0
    return score if len(bare) >= 8 and random_like else None


def random_dotted_token(value: str, score: float) -> float | None:
    """Three dotted parts also make file and package names; a token's parts are random."""
    return score if shannon_bits_per_char(value) >= 4.0 and char_classes(value) >= 4 else None


def not_a_field_name(value: str, score: float) -> float | None:
    """"postgresql://user:password@localhost" in a tutorial names the field, it is no password."""
    return None if is_reference(value) or value.lower() in COMMON_WORDS else score


def random_literal(value: str, score: float) -> float | None:
    """A literal handed to a client constructor is a key when it is random."""
    return score if char_classes(value) >= 2 and shannon_bits_per_char(value) >= 3.0 and not is_reference(value) else None


def distinct_words(value: str, score: float) -> float | None:
    """"abandon abandon abandon ...": the published example seed phrase, not a wallet."""
    return None if len(set(regex.split(r"[-.\s]+", value))) == 1 else score


def shaped_password(value: str, score: float) -> float | None:
    """Only a password-shaped value (:func:`~privacy.recognizers.secret_shapes.password_shaped`)."""
    return score if password_shaped(value) else None


def key_value(value: str, score: float) -> float | None:
    """A random key holding dots or tildes, which password_shaped refuses, or a password-shaped value."""
    if len(value) >= 16 and char_classes(value) >= 3 and shannon_bits_per_char(value) >= 3.5:
        return score
    return shaped_password(value, score)


def service_password(value: str, score: float) -> float | None:
    """After "service: login /", letters and digits are enough ("cupcake1987")."""
    if regex.search(r"\p{L}", value) and regex.search(r"\d", value) and not is_reference(value):
        return score
    return shaped_password(value, score)


def password_like_value(value: str, score: float) -> float | None:
    """A password-like value (:func:`~privacy.recognizers.secret_shapes.password_like`)."""
    return score if password_like(value) and not is_reference(value) else None


def thing_password(value: str, score: float) -> float | None:
    """"kata sandi wifi kantor okapiaxolotl93": a word with digits after what it opens, or a password-like value."""
    if len(value) >= 8 and regex.fullmatch(r"\p{L}{4,}\d{2,}", value):
        return score
    return password_like_value(value, score)


def password_or_word_number(value: str, score: float) -> float | None:
    """"use the email as the key" is how code is talked about: only a password or a word with a number."""
    return score if (password_like(value) or word_with_number(value)) and not is_reference(value) else None


def spelled_out(value: str, score: float) -> float | None:
    """Read aloud, most characters are single letters and digits; a sentence has few."""
    return score if len(regex.findall(r"(?<!\w)\w(?!\w)", value)) >= 4 else None


def shaped_near_login(value: str, score: float) -> float | None:
    """A password-like word near login words, not a name of code ("OAuth2Client")."""
    bare = value.rstrip("!") if value.count("!") > 1 else value
    shaped = password_like(bare) and not code_name(bare)
    return score if shaped and not is_reference(bare) else None
