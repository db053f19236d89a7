"""SECRET: API keys, tokens, private keys, passwords in URLs and after cue words."""

from __future__ import annotations

import math
from collections import Counter
from typing import ClassVar

import regex
from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from privacy.recognizers.base import ProjectPatternRecognizer
from privacy.recognizers.words import COMMON_WORDS
from privacy.regex_guard import finditer

# Case-sensitive on purpose: key prefixes have a fixed case; cue words use inline (?i:...).
_CS = regex.MULTILINE | regex.DOTALL | regex.UNICODE
_VALUE = r"[^\s\"'`,;)\]}」』”’。、“„«»‹›‚]"
# Password words of the languages users most often mix into English chat.
_PASSWORD_WORD = (r"password|passwd|passphrase|passcode|passkey|pwd|pw|pass|pword|p/w|kennwort|passwort|mot de passe|"
                  r"contraseña|contrasena|senha|wachtwoord|hasło|haslo|lösenord|losenord|salasana|adgangskode|parola|şifre|"
                  r"sifre|şifre(?:m|mi|niz|yi|si)|heslo|jelszó|jelszavam|пароль|пароля|паролем|passord|passordet|lösenordet|lozinka|geslo|parolă|"
                  r"kata\s+sandi|sandi|kata\s+laluan|mật\s+khẩu|mat\s+khau|κωδικός|סיסמה|סיסמא|كلمة\s+(?:المرور|السر)|पासवर्ड|"
                  r"nenosiri|pasfhocal|[הוש]סיסמ[הא]|memorable\s+(?:word|information)|pasahitza|pasahitz|wagwoord|cyfrinair|lykilorð|parool|parole|slaptažodis|fjalëkalimi|"
                  r"kalmar\s+sirri|iphasiwedi|রহস্য|পাসওয়ার্ড|پاس\s?ورڈ|رمز\s+عبور|รหัสผ่าน|"
                  r"wi-?fi\s+(?:key|code)|network\s+key|wpa\s+key")
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
# Password words of scripts without spaces, so without word boundaries ("ルーターのパスワードは").
_CJK_PASSWORD_WORD = r"密码|密碼|パスワード|비밀번호"
# A year is no PIN or door code, even where one could stand ("it's 1987" is kept).
_YEAR = regex.compile(r"(?:19|20)\d\d")
# The base64 bodies of SSH public keys open with their encoded key type: public, not secret.
_PUBLIC_KEY_BODIES = ("AAAAC3NzaC1lZDI1NTE5", "AAAAB3NzaC1yc2E", "AAAAE2VjZHNhLXNoYTIt", "AAAAB3NzaC1kc3M")
# Where a password word starts: the patterns that open with one are tried only there (ANCHORS).
_PASSWORD_CUE = regex.compile(r"(?i:(?<![^\W_])(?:" + _PASSWORD_WORD + r")(?!\w))|" + _CJK_PASSWORD_WORD, _CS)
# Words a passphrase or seed phrase does not hold: they end the phrase ("... staple and it fails").
_FUNCTION_WORD = (r"(?:the|a|an|and|or|but|nor|is|are|was|were|be|been|it|its|to|for|of|in|on|at|by|with|from|my|your|our|"
                  r"his|her|their|too|so|not|no|that|this|these|those|can|could|will|would|should|if|then|than|also|just|"
                  r"still|please|i|you|we|they|he|she|me|us|them|do|does|did|have|has|had|where|when|what|why|how|which|"
                  r"who|enough|right|ok|okay|btw|lol|pls|thanks|now|into|words?)")
# One 2FA backup or recovery code ("4821-0937", "k3j9-x8mq", "21653354"): holds a digit.
_BACKUP_CODE = r"(?=[A-Za-z0-9-]*\d)[A-Za-z0-9]{4,10}(?:-[A-Za-z0-9]{3,10})?"
# One character of a password read aloud ("capital M", "three", "at sign", "bravo").
_SPOKEN_CHAR = (r"(?:(?:capital|cap|upper(?:\s?case)?|lower(?:\s?case)?|small|big)\s+)?"
                r"(?:[a-z0-9]|zero|one|two|three|four|five|six|seven|eight|nine|at\s+sign|at|dollar(?:\s+sign)?|hash(?:\s+sign)?|"
                r"pound\s+sign|exclamation\s+(?:mark|point)|underscore|dash|hyphen|dot|period|full\s+stop|star|asterisk|"
                r"ampersand|percent(?:\s+sign)?|plus(?:\s+sign)?|question\s+mark|slash|tilde|caret|alpha|bravo|charlie|delta|"
                r"echo|foxtrot|golf|hotel|india|juliett?|kilo|lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|"
                r"uniform|victor|whiske?y|x-?ray|yankee|zulu)(?!\w)")
_SPOKEN_SEPARATOR = r"(?:\s*,\s*|\s*(?:-|→|->|>|–)\s*|\s+)(?:(?:and\s+)?then\s+|and\s+)?"
# Words before "code" that make the code no secret ("error code 4021", "zip code", "promo code").
_PUBLIC_CODE_WORD = (r"error|status|exit|zip|postal|post|area|country|dial(?:l?ing)?|product|item|sku|order|tracking|reference|ref|"
                     r"promo|discount|coupon|source|bar|qr|colou?r|hex|iso|hs|response|return|http|city|region|branch|sort|swift|"
                     r"bank|routing|airport|flight|booking|confirmation|course|class|room|building|tax|dress|morse|cheat")
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


class SecretRecognizer(ProjectPatternRecognizer):
    """Credentials in well-known formats, and credential-looking values after cue words.

    Known formats score high and need no context. Cue-word patterns ("password: ...",
    ``API_KEY=...``, "my token is ...") capture only the value (group ``v``) and keep it only if
    it looks like a secret (:meth:`validate_result`): two or more character classes, so
    "password is wrong" stays while "hunter2" goes.
    """

    ENTITY: ClassVar[str] = "SECRET"
    FLAGS: ClassVar[int] = _CS
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("aws access key id", r"\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b", 1.0),
        Pattern("github token", r"\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}\b", 1.0),
        Pattern("github fine-grained token", r"\bgithub_pat_[A-Za-z0-9_]{22,}", 1.0),
        Pattern("gitlab token", r"\bglpat-[A-Za-z0-9_-]{20,}", 1.0),
        Pattern("openai/anthropic key", r"\bsk-(?:proj-|ant-(?:api\d\d-|admin\d\d-)?|svcacct-|admin-)?[A-Za-z0-9_-]{20,}", 1.0),
        # Publishable keys (pk_) too: public by design, but redacting one costs nothing and a pasted
        # key's kind is easy to mistake.
        Pattern("stripe key", r"\b(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{10,}", 1.0),
        Pattern("stripe webhook secret", r"\bwhsec_[A-Za-z0-9]{20,}", 1.0),
        Pattern("telegram bot token", r"\b\d{8,10}:AA[A-Za-z0-9_-]{33}\b", 1.0),
        Pattern("mailgun key", r"\bkey-[0-9a-f]{32}\b", 1.0),
        Pattern("slack token", r"\bxox[abposre]-[A-Za-z0-9-]{10,}", 1.0),
        Pattern("slack webhook", r"https://hooks\.slack\.com/services/[A-Za-z0-9/_-]+", 1.0),
        Pattern("google api key", r"\bAIza[0-9A-Za-z_-]{35}", 1.0),
        Pattern("google oauth token", r"\bya29\.[0-9A-Za-z_-]{20,}", 1.0),
        Pattern("hugging face token", r"\bhf_[A-Za-z0-9]{30,}\b", 1.0),
        Pattern("npm token", r"\bnpm_[A-Za-z0-9]{36}\b", 1.0),
        Pattern("sendgrid key", r"\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}", 1.0),
        Pattern("shopify token", r"\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b", 1.0),
        Pattern("rubygems key", r"\brubygems_[a-f0-9]{48}\b", 1.0),
        Pattern("age secret key", r"\bAGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}\b", 1.0),
        Pattern("mapbox secret token", r"\b[st]k\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}", 1.0),
        Pattern("terraform cloud token", r"\b[a-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{40,}", 1.0),
        Pattern("mailchimp key", r"\b[0-9a-f]{32}-us\d{1,2}\b", 1.0),
        Pattern("new relic key", r"\bNR(?:AK|AA|II|JS|RA|SP)-[A-Z0-9]{19,32}\b", 1.0),
        # Microsoft Entra (Azure AD) client secrets carry "Q~" after three characters and a digit.
        Pattern("azure client secret", r"(?<![\w~.-])[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![\w~.-])", 1.0),
        Pattern("buildkite token", r"\bbk(?:ua|ca)_[a-f0-9]{40}\b", 1.0),
        Pattern("resend key", r"\bre_[A-Za-z0-9]{8}_[A-Za-z0-9]{20,}", 1.0),
        Pattern("tailscale key", r"\btskey-(?:auth|api|client|scim|webhook)?-?[A-Za-z0-9]{8,}-[A-Za-z0-9]{16,}", 1.0),
        # Keys of further providers by their published prefix: Groq, Linear, Sentry, Postman, Atlassian,
        # DigitalOcean, Databricks, Figma, Grafana, Supabase, Replicate, Perplexity, xAI, Notion, PyPI,
        # Netlify, Fly.io, Pulumi, Docker Hub, Vault, PostHog (personal), NVIDIA, Jina, Tavily, LangSmith,
        # 1Password service accounts.
        Pattern("provider key prefix",
                r"(?<![\w-])(?:gsk_|lin_api_|sntry[su]_|PMAK-|ATATT3|do[opr]_v1_|dapi(?=[0-9a-f]{32})|figd_|gl(?:sa|c)_|sbp_|r8_|pplx-|xai-|"
                r"ntn_|pypi-AgE|nfp_|fm[12]_|pul-|dckr_pat_|hv[sb]\.|phx_|nvapi-|jina_|tvly-|lsv2_(?:pt|sk)_|ops_eyJ)"
                r"(?=[A-Za-z0-9_.=-]*\d)(?=[A-Za-z0-9_.=-]*[A-Za-z])[A-Za-z0-9_.=-]{20,}", 1.0),
        # JWE compact serialisation (encrypted session cookies): five parts, the second may be empty.
        Pattern("jwe", r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}", 1.0),
        Pattern("steam connect password", r"\bsteam://connect/[^\s/]+/(?P<v>[^\s\"'`<>]{3,64})", 0.9),
        # A token wrapped by a terminal or a PDF breaks its header or payload over lines.
        Pattern("jwt", r"\beyJ[A-Za-z0-9_-]{5,}(?:\n[A-Za-z0-9_-]+)*\.\n?eyJ[A-Za-z0-9_-]{5,}(?:\n[A-Za-z0-9_-]+)*\.[A-Za-z0-9_-]{5,}", 1.0),
        Pattern("private key block",
                r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----.*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|\Z)", 1.0),
        # user:password@host -- lazy, so a password holding '@' still ends at the last '@' before a host.
        Pattern("password in url",
                r"[A-Za-z][A-Za-z0-9+.-]*://[^\s:/@]*:(?P<v>[^\s/]+?)@(?=[A-Za-z0-9.-]+(?::\d+)?(?:[/\s?#\"'`,;)]|$))", 1.0),
        Pattern("bearer token", r"(?i:\bbearer)\s+(?P<v>[A-Za-z0-9._~+/-]{16,}=*)", 0.9),
        Pattern("aws secret key",
                r"(?i:aws_secret_access_key|aws[ _-]?secret(?:[ _-]?access)?[ _-]?key|secret[ _-]?access[ _-]?key)[\"']?\s*[:=]\s*[\"']?(?P<v>[A-Za-z0-9/+=]{40})", 1.0),
        Pattern("password after cue",
                r"(?:(?i:(?<![^\W_])(?:" + _PASSWORD_WORD + r")(?!\w))|" + _CJK_PASSWORD_WORD + r")"
                r"(?:[^\n:=]{0,60}?(?i:\b(?:is|was|are|to|be|ist|lautet|est|es|é|è|era|är|jest|ay|adalah|là)\b|['’]s\b)|\s*[:=：]|\s*(?:は|是|为|為|는|은|이|가))[ \t]*"
                # "my password is literally password123": the adverb is not the password.
                r"(?i:(?:literally|just|still|now|actually|currently|simply|basically|always|probably|usually|(?:something\s+)?like)\s+)?"
                r"[\"'`「『“”„«‹‚»]?[ \t]?(?P<v>" + _VALUE + r"{4,64})", 0.8),
        # Copulas of languages whose word for "is" is also an English word or particle (Pidgin "na",
        # Swahili "ni", Finnish "on", Danish/Norwegian "er", Serbo-Croatian "je", Malay "ialah"):
        # the value must hold a digit or symbol.
        Pattern("password foreign copula",
                r"(?i:(?<![^\W_])(?:" + _PASSWORD_WORD + r")(?!\w)[^\n:=.!?]{0,40}?\b(?:na|ni|on|er|je|ialah|yra|ir|é|è|ay)\b)\s*[\"'`«“]?"
                r"(?=[^\s]*[\d!@#$%^&*~+])(?P<v>[^\s\"'`«»“”,;]{3,63}[^\s\"'`«»“”,;.!?:])", 0.7),
        # "password casa2019lopez", "WiFi name is X, password Y": the value right after the word, with a digit.
        Pattern("password word then value",
                r"(?i:(?<![^\W_])(?:" + _PASSWORD_WORD + r")(?!\w))[ \t]+[\"'`]?(?=[^\s]*\d)(?=[^\s]*\p{L})(?P<v>" + _VALUE + r"{6,64})", 0.7),
        Pattern("password assignment",
                r"(?i:\b[A-Za-z0-9_.-]*(?:passwd|password|passwort|pwd|_pass))[\"']?\s*(?::|=|=>)[ \t]*[\"'`]?(?P<v>" + _VALUE + r"{4,200})", 0.8),
        Pattern("password command-line option",
                r"(?i:(?<![\w-])--(?:password|passwd|pass|token|api-key|apikey|secret|auth-token))(?:=|\s+)[\"']?(?P<v>[^\s\"'-][^\s\"']{3,200})", 0.8),
        Pattern("password -p option",
                r"\b(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\b[^\n]*?\s-p(?P<v>[^\s\"'][^\s\"']{2,100})"
                r"|\b(?:redis-cli|keydb-cli)\b[^\n]*?\s(?:-a|--pass)\s+[\"']?(?P<v>[^\s\"'-][^\s\"']{2,100})"
                r"|\bhtpasswd\s+(?=(?:-[A-Za-z]+\s+)*-[A-Za-z]*b)(?:-[A-Za-z]+\s+)+\S+\s+\S+\s+[\"']?(?P<v>[^\s\"'-][^\s\"']{2,100})"
                r"|\b(?:sshpass|(?:docker|podman|buildah|skopeo|helm\s+registry|oras|nerdctl)\s+login)\b[^\n]*?\s-p\s+[\"']?(?P<v>[^\s\"'-][^\s\"']{2,100})"
                # sqlcmd/bcp -P, mongo -p, mosquitto -P, ldap* -w, keytool -storepass/-keypass, 7z/unrar -pX, zip -P X
                r"|\b(?:sqlcmd|bcp|mongo|mongosh|mongodump|mongorestore|mongoexport|mongoimport|mosquitto_pub|mosquitto_sub)\b[^\n]*?\s-[pP]\s+[\"']?(?P<v>[^\s\"'-][^\s\"']{2,100})"
                r"|\bldap(?:search|add|modify|delete|passwd|whoami)\b[^\n]*?\s-w\s+[\"']?(?P<v>[^\s\"'-][^\s\"']{2,100})"
                r"|\b(?:keytool|jarsigner)\b[^\n]*?\s-(?:src|dest|new)?(?:storepass|keypass)\s+[\"']?(?P<v>[^\s\"'-][^\s\"']{2,100})"
                r"|\b(?:7z|7za|7zz|unrar|rar)\b[^\n]*?\s-p(?P<v>[^\s\"'-][^\s\"']{2,100})"
                r"|\b(?:zip|unzip)\b[^\n]*?\s-P\s+[\"']?(?P<v>[^\s\"'-][^\s\"']{2,100})"
                # smbclient -U user%password, Windows net use ... /user:NAME password, xfreerdp /p:password
                r"|\b(?:smbclient|rpcclient|smbmap|crackmapexec|netexec|nxc)\b[^\n]*?\s(?:-U|--user(?:name)?=?)\s*[\"']?[^\s%\"']+%(?P<v>[^\s\"']{3,100})"
                r"|\b(?:echo|printf)\s+[\"']?[^\s:'\"]+:(?P<v>[^\s'\"]{3,100})[\"']?\s*\|\s*(?:sudo\s+)?chpasswd"
                r"|\bsqlplus\s+(?:-\w+\s+)*[^\s/@]+/(?P<v>[^\s@/]{3,100})(?=@|\s|$)"
                r"|\bpsexec(?:64)?\b[^\n]*?\s-p\s+[\"']?(?P<v>[^\s\"'-][^\s\"']{2,100})"
                r"|\b(?:mcrcon|rcon-cli|rcon)\b[^\n]*?\s(?:-p|--password)\s+[\"']?(?P<v>[^\s\"'-][^\s\"']{2,100})"
                r"|\brasdial\s+(?:\"[^\"\n]*\"|\S+)\s+\S+\s+(?P<v>[^\s/\"'][^\s\"']{2,100})"
                r"|\bmc\s+(?:alias\s+set|config\s+host\s+add)\s+\S+\s+\S+\s+\S+\s+[\"']?(?P<v>[^\s\"'][^\s\"']{7,100})"
                r"|\bwpa_passphrase\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\S+)\s+[\"']?(?P<v>[^\s\"']{8,63})"
                r"|\bnet\s+user\s+[^\s/]+\s+(?P<v>[^\s/*\"'][^\s\"']{2,100})"
                r"|\bnet\s+use\b[^\n]*?\s/user:\S+\s+(?P<v>[^\s/\"'*][^\s\"']{2,100})"
                r"|\b(?:xfreerdp|wlfreerdp|sdl-freerdp)\b[^\n]*?\s/p:(?P<v>[^\s\"']{3,100})", 0.8),
        # "use Gondo7LA as the password", "set it to x as my pw"
        Pattern("value as password",
                r"(?i:\b(?:use|used|using|set|try|tried|put|type|typed|enter|entered|with))\s+[\"'`]?(?P<v>" + _VALUE + r"{4,64}?)[\"'`]?"
                r"\s+(?i:as\s+(?:the|my|your|our|a|its|his|her|their)?\s*(?:new\s+)?(?:" + _PASSWORD_WORD + r"))\b", 0.8),
        # "with gentledoormat708 as the key": only a password-shaped value or a word with a number
        # (see score_match), since "use the email as the key" is how code is talked about.
        Pattern("value as key",
                r"(?i:\b(?:use|used|using|set|try|tried|put|type|typed|enter|entered|with))\s+[\"'`]?(?P<v>" + _VALUE + r"{6,64}?)[\"'`]?"
                r"\s+(?i:as\s+(?:the|my|your|our|a|its|his|her|their)?\s*(?:new\s+)?(?:key|code|pin|passcode|login))\b", 0.7),
        # Kubernetes and compose env lists: "- name: SENTRY_AUTH_TOKEN" then "value: ..." on the next line.
        Pattern("env list value",
                r"(?i:\bname:\s*[\"']?[A-Za-z0-9_.-]*(?:pass|pwd|secret|token|api[_-]?key|auth|credential)[A-Za-z0-9_.-]*[\"']?\s*\n\s*value:)"
                r"\s*[\"']?(?P<v>[^\s\"']{4,200})", 0.8),
        # "the key is Salam1ANDER", "wifi is Birchwood2022!": after key/code/token/wifi, a
        # password-shaped value (see score_match). A final "!" is kept: passwords often end in one.
        Pattern("key is value",
                r"(?i:\b(?:key|code|token|secret|wi-?fi|wlan|hotspot)\s+(?:is|was|=|:))\s*[\"'`]?(?P<v>[^\s\"'`,;]{8,64}?)[\"'`]?(?=[\s,;?]|[.](?:\s|$)|$)", 0.7),
        Pattern("asana token", r"\b[012]/\d{10,20}/\d{10,20}:[0-9a-f]{32}\b|\b0/[0-9a-f]{32}\b", 1.0),
        # Credentials in a URL's query: "?access_token=...", "&sig=..." (SAS), "&api_key=...".
        Pattern("query credential",
                r"[?&;](?i:sig|signature|token|access_token|id_token|refresh_token|auth|auth_token|api_key|apikey|key|secret|"
                r"client_secret|password|pwd|pass|code|session|sessionid|x-amz-signature|x-goog-signature)=(?P<v>[^&\s\"'#<>]{6,400})", 0.9),
        # Session cookies: "sessionid=...", "PHPSESSID=...", "connect.sid=...".
        Pattern("session cookie",
                r"(?i:\b(?:session(?:_?id)?|sessid|phpsessid|jsessionid|connect\.sid|sid|_session|[a-z_]*_session|csrftoken|"
                r"auth_token|remember_token|remember_user_token)=)(?P<v>[A-Za-z0-9%._~+/-]{16,400})", 0.9),
        # A secret as the second argument after a credential-named first one: define('DB_PASSWORD', 'x'),
        # setenv("API_TOKEN", "x"), ("SECRET_KEY", "x").
        Pattern("credential name then value",
                r"(?i:[\"'][A-Za-z0-9_.-]*(?:passwd|password|pwd|_pass|secret|token|api_?key|private_?key|salt)[A-Za-z0-9_]*[\"'])"
                r"\s*,\s*[\"'](?P<v>[^\"'\n]{4,200})[\"']", 0.8),
        Pattern("powershell secure string",
                r"(?i:\bConvertTo-SecureString\s+(?:-String\s+)?)[\"'](?P<v>[^\"'\n]{3,200})[\"']", 0.9),
        # One-time codes in the messages services send: "G-320375 is your Google verification code",
        # "Your Wise verification code is 184531".
        Pattern("one-time code",
                r"(?i:\b(?:verification|security|login|sign-?in|one[- ]time|otp|2fa|mfa|authenticat(?:ion|or)|confirmation|access|reset|your)\s+"
                r"(?:code|pin|passcode)\s*(?:is|:)\s*)(?:[A-Z]-)?(?P<v>\d{4,8}|\d{3}[ -]\d{3})\b"
                r"|(?<![\w-])(?:[A-Z]-)?(?P<v>\d{4,8})(?=\s+(?i:is\s+your\b[^\n]{0,40}?\b(?:code|pin|passcode|otp)\b))", 0.9),
        # Base32 keys and app passwords shown in groups of four: "7moi 4erd nv25 ry25 ...", "fveu xxis bcis bxcb".
        Pattern("grouped key",
                r"(?i:\b(?:key|password|passwd|pass|code|secret|app\s+password)\b)[^\n\w]{0,4}(?:\w+\s*){0,3}?[:=]?\s*[\"'`]?"
                r"(?P<v>[a-z2-7]{4}(?:[ \t][a-z2-7]{4}){3,7})(?![\w])", 0.8),
        # macOS keychain: the line printed after "security find-generic-password -w" is the password.
        Pattern("keychain output", r"\bfind-(?:generic|internet)-password\b[^\n]*\s-w[a-z]*\b[^\n]*\n(?P<v>[^\s]{3,200})(?=\s*(?:\n|$))", 0.9),
        # XML elements holding a password: <password>x</password>, <AdministratorPassword><Value>x</Value>,
        # KeePass "<Key>Password</Key><Value>x</Value>".
        Pattern("xml password element",
                r"(?i:<(?:\w+:)?(?P<tag>\w*(?:password|passwd|passphrase|secret|token|api_?key)\w*)(?:\s[^>]*)?>)\s*"
                r"(?:(?i:<value(?:\s[^>]*)?>)\s*)?(?P<v>[^<\s][^<\n]{2,200}?)\s*</"
                # KeePass "<Key>Password</Key><Value>x</Value>", Apple plists "<key>Password</key><string>x</string>".
                r"|(?i:<key>\s*(?:password|passwd|secret|token|pin)\s*</key>\s*<(?:value|string)(?:\s[^>]*)?>)(?P<v>[^<\n]{3,200}?)</(?i:value|string)>", 0.8),
        # Redis, SMTP and IMAP sessions: "cache:6379> AUTH default x", "AUTH PLAIN <base64>".
        Pattern("auth command", r"(?m:(?:^|>[ \t]*)AUTH[ \t]+(?:[^\s]+[ \t]+)?(?P<v>[^\s]{4,100})[ \t]*$)", 0.8),
        # A card's security code: "CVV 347", "with its CVV (423)".
        Pattern("card security code", r"(?i:\b(?:cvv2?|cvc2?|csc|cid|card\s+security\s+code))\s*(?:is|:|=|\(|#)?\s*(?P<v>\d{3,4})\b(?!\s*(?:%|digits?))", 0.8),
        # "manager_pin: 0930", "PIN=4821": a PIN field of a config or export.
        Pattern("pin assignment", r"(?i:\b[A-Za-z0-9.-]*_?pin(?:_?code)?)[\"']?\s*[:=][ \t]*[\"']?(?P<v>\d{4,8})\b(?![.,:/-]\d)", 0.8),
        # "here are the creds" and then the login and the password on lines of their own.
        Pattern("credentials lines",
                r"(?i:\b(?:creds|credentials|login\s+(?:details|info)|log-?in)\b)[^\n]{0,40}\n[ \t]*[^\s:]{2,64}[ \t]*\n[ \t]*(?P<v>\S{6,64})[ \t]*(?:\n|$)", 0.7),
        # A list line "service: login / password" ("- netflix: me@x.com / Mongoose@2021").
        Pattern("service login slash password",
                r"(?m:^[ \t]*(?:[-*•]|\d+[.)])?[ \t]*(?:[\w .+&'-]{2,30}:|\*\*[^*\n]{2,30}\*\*:?[ \t]*(?:[–—:-])?)[ \t]*\S{2,64}[ \t]+/[ \t]+"
                r"[`*_\"']*(?P<v>[^\s`*\"']{6,64})[`*_\"']*[ \t]*$)", 0.7),
        Pattern("basic auth header", r"(?i:\b(?:authorization|auth)\s*[:=]\s*basic)\s+(?P<v>[A-Za-z0-9+/]{8,}={0,2})", 0.9),
        # The password field of a Wi-Fi QR payload: "WIFI:S:Home;T:WPA;P:secret;;".
        Pattern("wifi qr password", r"\bWIFI:(?:[STH]:[^;]*;)*P:(?P<v>(?:\\.|[^;\\]){4,64});", 0.9),
        # A .pgpass line: host:port:database:user:password.
        Pattern("pgpass line", r"(?m:^(?:[\w.-]+|\*):(?:\d{2,5}|\*):(?:[\w.-]+|\*):(?:[\w.-]+|\*):(?P<v>\S{4,200})$)", 0.9),
        # PuTTY key files: the base64 lines after "Private-Lines: N" are the private key.
        Pattern("putty private lines", r"\bPrivate-Lines:\s*\d+\s*\n(?P<v>[A-Za-z0-9+/=]{16,}(?:\n[A-Za-z0-9+/=]{16,})*)", 1.0),
        Pattern("netrc", r"(?i:\bmachine\s+\S+\s+login\s+\S+\s+password)\s+(?P<v>\S+)", 0.9),
        Pattern("basic auth option", r"(?:(?<!\S)-u|--user)(?:=|\s+)[\"']?[^\s:\"']+:(?P<v>[^\s\"']{3,200})", 0.8),
        Pattern("quoted password-shaped value", r"[\"'`‘“](?P<v>[^\s\"'`’”]{8,64})[\"'`’”]", 0.5),
        Pattern("quoted password",
                # An apostrophe inside a word ("it's") is no quote.
                r"(?i:\b(?:password|passwd|passphrase|passcode|pwd|pw|pin|wifi key|wi-fi key))\b[^\n\"'`]{0,30}?(?<!\p{L})[\"'`]"
                r"(?P<v>[^\"'`\n]{4,64})[\"'`](?!\p{L})", 0.8),
        Pattern("pin or passcode",
                r"(?i:\b(?:pin|pin\s?code|passcode|pass\s+code|combo|combination|(?:door|gate|alarm|lock|unlock|entry|safe|access|garage|building|locker|padlock)\s+code|"
                r"key\s?safe|lock\s?box|key\s?box|padlock|puk\d?|(?:voice\s?mail|phone|screen|sim|bike|luggage|suitcase)\s+(?:code|pin|passcode)|code\s+(?:for|to|of)\s+(?:the|my|our)\s+(?:[\w'-]+\s+){0,2}(?:door|gate|safe|lock|lockbox|box|alarm|garage|building|entrance|padlock|locker|keypad)))\b"
                r"(?:[^\n\d]{0,25}?(?:(?i:\bis\b)|[:=]|['’]s\b)|[ \t]+[-–—]?)\s*[\"'`]?(?P<v>\d{4,8}|\d{1,3}(?:[- ]\d{1,3}){2,3})\b", 0.8),
        Pattern("user slash password",
                r"(?i:\b(?:login|credentials|creds|user(?:name)?|account|(?:user(?:name)?|login)\s*/\s*(?:pass(?:word)?|pw|pwd)))(?:\s*[:=]|\s+(?i:is|are))\s*[^\s/|]{2,64}\s*[/|]\s*(?P<v>" + _VALUE + r"{4,64})", 0.8),
        # "login admin pass Tangerine&7", "user bob password x": a login, then a password word and the value.
        Pattern("login then password",
                r"(?i:\b(?:login|user(?:name)?|usr)\b)\s*[:=]?\s*[^\s/|,\"']{2,64}\s*,?\s+(?i:pass(?:word)?|passwd|pwd?)\s*[:=]?\s+"
                r"[\"'`]?(?P<v>" + _VALUE + r"{4,64})", 0.8),
        # "phone pin 8784", "PIN number 4821": a PIN needs no "is" when the digits follow the word.
        # Codes of safes, doors and lockboxes: "set the room safe to 67436", "the inner door is 0723",
        # "the lockbox under the stairs (36953)".
        Pattern("device code",
                r"(?i:\b(?:safe|door|gate|lockbox|lock\s?box|key\s?safe|key\s?box|padlock|locker|alarm|garage|intercom|buzzer)\b)"
                r"[^\n\d.!?]{0,30}?(?:\b(?:is|to)\b|[:=(])\s*(?P<v>\d{4,8})\b(?![.,:/-]\d)", 0.7),
        # "it keeps rejecting Igloo#21", "die FritzBox nimmt X nicht an", "changed it to X": a
        # password-shaped word a device or a site refuses or was just given.
        Pattern("refused or new password",
                r"(?i:\b(?:rejects?|rejecting|rejected|won'?t\s+accept|doesn'?t\s+accept|not\s+accepting|nimmt|akzeptiert|"
                r"changed\s+it\s+to|set\s+it\s+to|reset\s+it\s+to|changed\s+(?:my|the)\s+\w+\s+to))\s+[\"'“„«]?"
                r"(?P<v>[^\s\"'“”„«»]{6,64}?)[\"'”“»]?(?=\s|[,;!?.](?:\s|$)|$)", 0.7),
        # Passphrases from a generator ("bitwarden generated ticket-eagle-pigeon-anchor") and the
        # word lists wallets show ("the 12 words trust wallet showed me: ostrich raven ...").
        Pattern("generated passphrase",
                r"(?i:\b(?:generated|generator\s+gave(?:\s+me)?|went\s+with|diceware)\b)[^\n\w]{0,3}(?:\w+\s+){0,2}?"
                r"(?P<v>[a-z]{3,10}(?:[-.][a-z]{3,10}){3,9}|(?!" + _FUNCTION_WORD + r"\b)[a-z]{3,10}(?:\s(?!" + _FUNCTION_WORD
                + r"\b)[a-z]{3,10}){3,9})(?![\w-])"
                r"|(?i:\b(?:12|15|18|21|24|twelve|twenty[- ]four)\s+words\b)[^\n:]{0,60}:\s*(?P<v>[a-z]{3,8}(?:\s+[a-z]{3,8}){11,23})"
                # "just these words: forest, peanut, ... and magnet": counted in score_match.
                r"|(?i:\bwords\b)[^\n:]{0,60}:\s*(?P<v>[a-z]{3,8}(?:(?:,\s*|\s+)(?:and\s+)?[a-z]{3,8}){11,23})(?![\w-])", 0.8),
        # A random literal handed to a client or key constructor: deepgram.NewClient("11a30d...").
        Pattern("credential call argument",
                r"(?i:\b[\w.]*(?:client|key|token|secret|auth|credential|login)\w*)\(\s*[\"'](?P<v>[^\"'\s]{16,200})[\"']", 0.7),
        # A wallet's private key: 64 hex digits (or a WIF string) in a sentence about keys and wallets;
        # the same shape without such words is usually a transaction hash.
        Pattern("wallet private key",
                r"(?i:\b(?:private\s+key|priv\s*key|secret\s+key|metamask|imported|import|wallet)\b)[^\n]{0,160}?"
                r"(?<![\w])(?P<v>(?:0x)?[0-9a-fA-F]{64}|[5KL][1-9A-HJ-NP-Za-km-z]{50,51})(?![\w])", 0.8),
        # A password read aloud: "the wifi password as capital M, o, n, g, 1, three, at sign".
        Pattern("spelled-out password",
                r"(?i:\b(?:" + _PASSWORD_WORD + r"|pin|code|key|login|pattern)\b)[^\n]{0,80}?(?<!\w)"
                r"(?P<v>(?i:" + _SPOKEN_CHAR + r"(?:" + _SPOKEN_SEPARATOR + _SPOKEN_CHAR + r"){5,80}))", 0.8),
        # A password sent in labelled pieces: "first part: Gnocchi*40", "second half - bonsai214?".
        Pattern("password piece",
                r"(?i:\b(?:(?:first|second|third|last|other|1st|2nd|3rd)\s+(?:part|half|bit|piece|chunk)|part\s+(?:one|two|three|[1-3])))"
                r"\s*(?:[:=–—-]|\bis\b)\s*[\"'`]?(?P<v>[^\s\"'`]{3,63}[^\s\"'`.,;:])", 0.7),
        # A password word, a few words, a colon, then a value with a digit or symbol: "Senha do wifi: casaazul2020",
        # "my banking password is the same as my email one: Kiwi!9981".
        Pattern("password label then value",
                r"(?i:(?<![^\W_])(?:" + _PASSWORD_WORD + r")(?!\w)\s[^\n:=@/{}]{0,39}?[:=：])\s*[\"'`«“]?"
                r"(?=[^\s]*[\d!@#$%^&*~+])(?P<v>[^\s\"'`«»“”,;/]{3,63}[^\s\"'`«»“”,;.!?:/])", 0.7),
        # A password word, a few words naming what it opens, then the value: "пароль от вайфая X",
        # "kata sandi wifi di rumah nenek X" (password_like values only).
        Pattern("password for thing then value",
                r"(?i:(?<![^\W_])(?:" + _PASSWORD_WORD + r")\s+(?:[^\s\d]+\s+){0,4}?)[\"'`«“]?"
                r"(?=[^\s]*[\d!@#$%^&*~+])(?P<v>[^\s\"'`«»“”,;]{5,63}[^\s\"'`«»“”,;.!?:])", 0.7),
        # "the kids' tablet code is 928131", "código do portão é 3156": a code of some device or door;
        # codes that are no secret (error, zip, area, promo...) are excluded by the word before "code".
        Pattern("thing code digits",
                r"(?i:\b(?!(?:" + _PUBLIC_CODE_WORD + r"|the|a|my|this|that)\b)"
                r"[\w'’-]+\s+(?:code|código|codice|pin|passcode|lock)\s+(?:(?:do|da|de|del|du|della|of)\s+[\w'’-]+\s+)?"
                r"(?:is|was|=|:|é|es|è|est|ist|set\s+to|to|now)\s*[\"'`]?)(?P<v>\d{4,8})\b(?![.,:/-]\d)", 0.7),
        Pattern("pin digits", r"(?i:\b(?:pin\d?|pin\s?code|passcode|puk\d?|access\s+code)(?:\s+(?:number|no\.?|#))?)(?:\s+|\s*[-–—]\s*)(?P<v>\d{4,8})\b(?![.,:/-]\d)", 0.7),
        # A passphrase or wallet seed phrase: the whole run of words after the cue, up to a function word.
        Pattern("passphrase words",
                r"(?i:\b(?:pass\s?phrase|seed\s+(?:phrase|words)|recovery\s+(?:phrase|words)|secret\s+(?:recovery\s+)?phrase|mnemonic(?:\s+phrase)?))"
                r"[^\n:=]{0,40}?(?:(?i:\b(?:is|was|are|as)\b)|[:=])\s*[\"'`]?"
                r"(?P<v>(?!(?i:" + _FUNCTION_WORD + r")\b)\p{L}{2,12}(?:\s+(?!(?i:" + _FUNCTION_WORD + r")\b)\p{L}{2,12}){2,23})", 0.8),
        # "recovery codes are b0rz-zjub, 92by-375n": the whole list after a backup-code cue.
        Pattern("backup codes",
                r"(?i:\b(?:recovery|backup|2fa|mfa|otp|one[- ]time|scratch|emergency)\s+codes?\b)[^\n]{0,30}?(?:(?i:\b(?:are|is|were)\b)|:)\s*"
                r"(?P<v>" + _BACKUP_CODE + r"(?:(?:\s*[,;]\s*|\s+)(?:(?i:and)\s+)?" + _BACKUP_CODE + r")*)(?![\w-])", 0.8),
        # "its Bluebird1987 for the router", "account locked after I typed Zebra9911": a password-shaped
        # word (see score_match) in a sentence about logging in, with no password cue (a message with
        # one is scanned whole, see _credential_topic_tokens); a network's or a login's name
        # ("wifi called BTHub-77") is not one.
        Pattern("password-shaped near login words",
                r"(?<=(?i:\b(?:log\s?in|logon|sign\s?in|signin|router|wi-?fi|credentials?|unlock|locked\s+out|account)\b)[^\n.?!]{0,80})"
                r"(?<![^\s\"'`(])(?<!(?i:called|named|ssid|network|user(?:name)?|login|email)\s+)(?P<v>[^\s\"'`,;()]{8,64}?)[.,;:?]?(?=[\s\"'`)]|$)"
                r"|(?<![^\s\"'`(])(?P<v>[^\s\"'`,;()]{8,64}?)[.,;:!?]?(?=[\s\"'`)])(?=[^\n.?!]{0,60}"
                r"(?i:\b(?:log\s?in|logon|sign\s?in|signin|router|wi-?fi|credentials?|unlock|account)\b))", 0.6),
        # Discord bot tokens and other three-part dotted tokens: base64url id, timestamp, HMAC.
        Pattern("dotted token", r"(?<![\w.-])(?P<v>[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,45})(?![\w.-])", 0.7),
        Pattern("credential assignment",
                r"(?i:\b(?!(?:public|pub)[_-]?key\b)[A-Za-z0-9_.-]*(?:key|secret|token|passwd|password|pwd|pass|auth|credential|creds?|salt|signature|"
                r"psk|(?:recovery|revocation|backup|reset|otp|mfa|2fa)_?codes?)(?:_base|_value|_b64|_base64|_hex)?)"
                # Names of a secret, its file or its id are no secret: "existingSecret: pg-credentials",
                # "adminPasswordKey: postgres-password", "access_key_id: AKIA...", "token_file: ...".
                r"(?<!Name|Ref|File|Path|Id|ID|PasswordKey|SecretKey|TokenKey|existingSecret|(?i:_name|_ref|_file|_path|_id))"
                r"[\"']?(?:\s*(?::|=|=>)[ \t]*|\t+)[\"'`]?(?P<v>" + _VALUE + r"{6,200})", 0.8),
        Pattern("token after cue word",
                r"(?i:(?<!\bpublic[\s_-])\b(?:api[ _-]?key|key|token|secret|access code|auth code|recovery code|license key|"
                r"(?:gift\s?card|redeem|redemption|voucher|activation|product)\s+(?:code|key|pin))\b"
                # "Recovery key ID: <uuid>", "key fingerprint": what names a key is no key.
                r"(?!\s*(?:id|identifier|name|fingerprint|type|file|path)\b))"
                r"[^\n]{0,30}?\s[\"'`]?(?P<v>[A-Za-z0-9_+/=.-]{16,200})", 0.7),
    ]

    _PW = ("pass", "pw", "p/w", "pwd", "kennwort", "mot de passe", "contrase", "senha", "wachtwoord", "hasło", "haslo", "lösenord", "losenord",
           "salasana", "adgangskode", "parol", "şifre", "sifre", "heslo", "jelsz", "парол", "密码", "密碼", "パスワード", "비밀번호",
           "lozinka", "geslo", "sandi", "laluan", "khẩu", "khau", "κωδικός", "סיסמ", "كلمة", "पासवर्ड",
           "nenosiri", "pasfhocal", "memorable", "pasahitz", "wagwoord", "cyfrinair", "lykilorð", "parool", "parole", "slaptažodis", "fjalëkalimi",
           "sirri", "iphasiwedi", "রহস্য", "পাসওয়ার্ড", "پاس", "رمز", "รหัสผ่าน",
           "wifi", "wi-fi", "network", "wpa")
    GATES: ClassVar[dict[str, tuple[str, ...]]] = {
        "aws access key id": ("akia", "asia", "abia", "acca"),
        "github token": ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
        "github fine-grained token": ("github_pat_",),
        "gitlab token": ("glpat-",),
        "openai/anthropic key": ("sk-",),
        "stripe key": ("_live_", "_test_"),
        "stripe webhook secret": ("whsec_",),
        "slack token": ("xox",),
        "slack webhook": ("hooks.slack.com",),
        "google api key": ("aiza",),
        "google oauth token": ("ya29.",),
        "hugging face token": ("hf_",),
        "npm token": ("npm_",),
        "sendgrid key": ("sg.",),
        "shopify token": ("shp",),
        "rubygems key": ("rubygems_",),
        "age secret key": ("age-secret-key-1",),
        "mapbox secret token": (".eyj",),
        "terraform cloud token": (".atlasv1.",),
        "mailchimp key": ("-us",),
        "new relic key": ("nr",),
        "azure client secret": ("q~",),
        "basic auth header": ("basic",),
        "buildkite token": ("bkua_", "bkca_"),
        "resend key": ("re_",),
        "tailscale key": ("tskey-",),
        "one-time code": ("code", "pin", "otp"),
        "grouped key": ("key", "pass", "code", "secret"),
        "keychain output": ("find-generic-password", "find-internet-password"),
        "service login slash password": ("/",),
        "asana token": ("/",),
        "query credential": ("=",),
        "session cookie": ("sess", "sid", "_session", "csrftoken", "auth_token", "remember_"),
        "credential name then value": ("pass", "pwd", "secret", "token", "key", "salt"),
        "powershell secure string": ("convertto-securestring",),
        "wifi qr password": ("wifi:",),
        "pgpass line": (":",),
        "putty private lines": ("private-lines",),
        "jwt": ("eyj",), "jwe": ("eyj",), "steam connect password": ("steam://connect/",),
        "pin assignment": ("pin",), "card security code": ("cvv", "cvc", "csc", "cid", "security code"),
        "provider key prefix": ("gsk_", "lin_api_", "sntry", "pmak-", "atatt3", "_v1_", "dapi", "figd_", "glsa_", "glc_", "sbp_", "r8_",
                                "pplx-", "xai-", "ntn_", "pypi-", "nfp_", "fm1_", "fm2_", "pul-", "dckr_pat_", "hvs.", "hvb.", "phx_",
                                "nvapi-", "jina_", "tvly-", "lsv2_", "ops_eyj"),
        "private key block": ("private key",),
        "password in url": ("://",),
        "bearer token": ("bearer",),
        "aws secret key": ("aws", "secret"),
        "password after cue": _PW,
        "password assignment": ("pass", "pwd"),
        "password command-line option": ("--",),
        "password -p option": ("mysql", "mariadb", "sshpass", " login", "redis-cli", "keydb-cli", "htpasswd", "sqlcmd",
                               "bcp", "mongo", "mosquitto", "ldap", "keytool", "jarsigner", "7z", "rar", "zip", "smbclient",
                               "rpcclient", "smbmap", "crackmapexec", "netexec", "nxc", "net use", "net user", "freerdp", "wpa_passphrase",
                               "rcon", "rasdial", "mc alias", "mc config", "chpasswd", "sqlplus", "psexec"),
        "auth command": ("auth",),
        "netrc": ("machine",),
        "telegram bot token": (":aa",),
        "mailgun key": ("key-",),
        "value as password": ("as",), "value as key": ("as",),
        "env list value": ("value:",),
        "key is value": ("key", "code", "token", "secret", "wifi", "wi-fi", "wlan", "hotspot"),
        "basic auth option": ("-u", "--user"),
        "quoted password-shaped value": ("\"", "'", "`", "‘", "“"),
        "quoted password": (*_PW, "pin"),
        "pin or passcode": ("pin", "code", "combo", "combination", "safe", "box", "padlock", "puk"),
        "user slash password": ("login", "cred", "user", "account"),
        "login then password": ("login", "user", "usr"),
        "pin digits": ("pin", "passcode", "puk", "access code"),
        "thing code digits": ("code", "código", "codice", "pin", "lock"),
        "password foreign copula": _PW,
        "spelled-out password": (*_PW, "pin", "code", "key", "login", "pattern"),
        "password piece": ("part", "half", "bit", "piece", "chunk"),
        "password for thing then value": _PW,
        "password label then value": _PW,
        "password word then value": _PW,
        "credentials lines": ("cred", "login", "log-in"),
        "xml password element": ("<",),
        "wallet private key": ("key", "metamask", "import", "wallet"),
        "device code": ("safe", "door", "gate", "lock", "key", "padlock", "locker", "alarm", "garage", "intercom", "buzzer"),
        "refused or new password": ("reject", "accept", "nimmt", "akzeptiert", "changed", "set it", "reset it"),
        "generated passphrase": ("generat", "went with", "diceware", "words"),
        "credential call argument": ("(",),
        "passphrase words": ("phrase", "seed", "recovery", "mnemonic"),
        "backup codes": ("code",),
        "password-shaped near login words": ("login", "log in", "logon", "sign in", "signin", "router", "wifi", "wi-fi", "credential",
                                             "unlock", "locked", "account"),
        "dotted token": (".",),
        "credential assignment": ("key", "secret", "token", "pass", "pwd", "auth", "cred", "salt", "signature", "psk", "code"),
        "token after cue word": ("key", "token", "secret", "code"),
    }

    ANCHORS: ClassVar[dict[str, regex.Pattern]] = {
        name: _PASSWORD_CUE for name in ("password after cue", "password word then value", "password foreign copula",
                                         "password label then value", "password for thing then value")}

    CUE_PATTERNS: ClassVar[frozenset[str]] = frozenset({
        "password after cue", "credential assignment", "user slash password", "quoted password", "token after cue word", "bearer token",
    })
    """Patterns whose value is found by a cue word, not by its format: they must look like a secret."""

    PASSWORD_PATTERNS: ClassVar[frozenset[str]] = frozenset({
        "password after cue", "quoted password", "password assignment", "password command-line option", "wifi qr password", "pgpass line",
        "password -p option", "netrc", "basic auth option", "value as password", "env list value", "login then password",
        "credential name then value", "powershell secure string", "password label then value", "password word then value",
        "auth command",
        "password foreign copula", "xml password element",
    })
    """After an explicit password cue any non-common word of 6+ characters is taken as the password."""

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
    _MASK = regex.compile(r"[*•●xX#]{3,}(?:[-_ ][*•●xX#]{3,})*")
    # A known prefix followed by a mask: "sk_live_xxxxxxxxxxxx", "SG.xxxxx", "ghp_****".
    _MASKED_TAIL = regex.compile(r"(?:^|[_./-])(?:[xX]{5,}|[*•●#]{4,})$")
    # Documentation placeholders: "your-api-key-here", "your_password", "changeme", "<dummy>".
    _PLACEHOLDER = regex.compile(r"(?i:(?:your|insert|enter|replace)[-_][\w-]*|[\w-]*[-_]here|change[-_]?me|placeholder|dummy|redacted)")
    # Vendors' published example credentials end in EXAMPLE (AWS's AKIAIOSFODNN7EXAMPLE and
    # wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY): public documentation, not anyone's secret.
    _EXAMPLE = regex.compile(r"\S*EXAMPLE(?:KEY)?")

    TABLE_HEADERS: ClassVar[frozenset[str]] = frozenset({
        "password", "passwords", "pass", "pw", "pwd", "passcode", "pin", "secret", "token", "api key", "key", "app password",
        "temp password", "temporary password", "initial password", "new password", "default password", "wifi password"})
    """Column headers of pasted tables whose cells are credentials (``| login | password |``)."""

    # A line of a list: bulleted, numbered, or opening with a label ("**Gmail:**", "Router:"); and
    # the value that ends it after a separator, markdown around it dropped ("• Together AI — f477...",
    # "- disney+: same email, Mongoose@1976", "**Kids' Switch:** \"99726\"").
    _LIST_LINE = regex.compile(r"(?m)^[ \t]*(?:(?:[-*•·–]|\d{1,2}[.)])[ \t]+\S|\*\*[^*\n]{1,40}\*\*|[\w][\w '’&+.()-]{0,30}:[ \t])[^\n]*$")
    _LIST_VALUE = regex.compile(r"(?:[:—–=,/]|\s-|\*\*)\s*(?:[^\s:—–=,/]+\s+){0,2}?[\"'`*_~]*(?P<v>[^\s\"'`*~]{4,200}?)[\"'`*_~]*[.,;]?[ \t]*$")
    # Words in a message that make its password-shaped tokens credentials.
    _CREDENTIAL_TOPIC = regex.compile(r"(?i:(?<![^\W_])(?:(?:" + _PASSWORD_WORD + r")s?|passcodes?|pins?|wi-?fi|log\s?in|sign\s?in|unlock|credentials?|"
                                      r"locked\s+(?:\w+\s+){0,2}out|creds|(?:strong|secure|safe)\s+enough|(?:easy|hard)\s+to\s+guess|guessable)(?!\w))|"
                                      + _CJK_PASSWORD_WORD)
    # Every shape of password_only_shape holds a digit or a symbol.
    _DIGIT_OR_SYMBOL = regex.compile(r"[\d#$%^&*~+@]")
    # A closing "?" or "!" is a sentence's unless three or more digits precede it ("on Windows10?").
    _WORD_NUMBER_SYMBOL = regex.compile(r"\p{Lu}\p{Ll}{3,}(?:\d+[#$%&*@]|\d{3,}[!?])")
    # A token of any message (see _strong_password_tokens): its closing "?", "!" or "*" may be the password's.
    _STRONG_TOKEN = regex.compile(r"(?<![^\s\"'`(\[«“„<>=:])(?P<v>[^\s\"'`,;:=()\[\]«»“”<>]{7,64}?)[.,;:]?(?=[\s\"'`)\],;»”<>]|$)")
    # Generated and memorable passwords ("Lantern-Tangerine-52"); product names are written with spaces.
    _JOINED_TITLE_WORDS = regex.compile(r"\p{Lu}\p{Ll}{2,}(?:[-_.]\p{Lu}\p{Ll}{2,})+[-_.]?\d{2,4}[!?#$%&*]?")
    # "issue#42", "order#10531", "meet@3pm": a label and a number, not a password ("Winter@2024" is one).
    _TAGGED_NUMBER = regex.compile(r"\p{L}+#\d+\p{L}{0,2}|\p{L}+@\d{1,2}(?i:[ap]m)?")
    # "Reminder!1", "wiN!!!!!1!1": a word shouted with the "!!1" of forums.
    _SHOUTED = regex.compile(r"\p{L}+(?:!+1*)+")
    _TOPIC_GATE = (*_PW, "pin", "login", "log in", "sign in", "signin", "unlock", "credential", "locked", "creds", "enough", "guess")
    # Words of a message about a numeric code, and the code after "it's", "says", "to", "typed"...
    _CODE_TOPIC = regex.compile(r"(?i:\b(?:pin|passcode|pass\s?code|lock|unlock|combination|combo|keypad|key\s?safe|parental|parent\s+code|get\s+in(?!\s+(?:shape|touch|trouble|line)))\b)")
    _CODE_DIGITS = regex.compile(r"(?<!(?i:\b(?:" + _PUBLIC_CODE_WORD + r")\s+(?:code|number|no\.?|#)\s+))"
                                 r"(?i:(?:\b(?:it'?s|it\s+is|is|was|says|said|to|typed|entered|tried|now|reads|put|use|used|picked|chose)|['’]s)"
                                 r"\s*[:\"'`]?\s*)(?P<v>\d{4,8})\b"
                                 r"(?![.,:/-]\d)(?!\s*(?:%|am\b|pm\b|kg\b|km\b|mb\b|gb\b|times\b|years?\b|people\b))")
    # Codes of gift cards, licences and account recovery: letters and digits mixed at random.
    _VOUCHER_TOPIC = regex.compile(r"(?i:\b(?:gift\s?cards?|vouchers?|redeem|redemption|activation|product\s+key|licen[cs]e\s+key|"
                                   r"recovery\s+(?:code|key)|backup\s+code)s?\b)")
    _BACKUP_GRID_CODE = regex.compile(r"(?<![\w-])[a-z0-9]{4,5}-[a-z0-9]{4,5}(?![\w-])")
    _VOUCHER = regex.compile(r"(?<![\w-])(?P<v>[A-Z0-9]{4,}(?:-?[A-Z0-9]{4,}){1,5}|[A-Z0-9]{12,25})(?![\w-])")
    _TOKEN = regex.compile(r"(?<![^\s\"'`(*_~«“„])(?<!\b(?i:called|named|ssid|network|user(?:name)?|login|e-?mail|id)\s*[:=]?\s*)"
                           r"[\"'`*_~]*(?P<v>[^\s\"'`,;()*~«»“”]{8,64}?)[\"'`*_~»”]*[.,;:?]?(?=[\s\"'`)»”]|[*_~]+(?!\w)|$)")

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        low = text.lower()
        # Substring tests first: most messages hold none of these words, and a substring test costs
        # far less than the topic regexes.
        if any(g in low for g in self._TOPIC_GATE) and self._CREDENTIAL_TOPIC.search(text):
            results += self._credential_topic_tokens(text)
        if self._DIGIT_OR_SYMBOL.search(text):
            results += self._strong_password_tokens(text)
        if any(g in low for g in ("pin", "code", "lock", "combo", "combination", "keypad", "safe", "parent", "get in")) and self._CODE_TOPIC.search(text):
            results += [self.result(*m.span("v"), 0.6) for m in finditer(self._CODE_DIGITS, text, self.timeout)
                        if not _YEAR.fullmatch(m.group("v"))]
        if any(g in low for g in ("gift", "voucher", "redeem", "redemption", "activation", "key", "code")) and self._VOUCHER_TOPIC.search(text):
            results += [self.result(*m.span("v"), 0.6) for m in finditer(self._VOUCHER, text, self.timeout)
                        if letter_digit_switches(m.group("v")) >= 3 and sum(c.isdigit() for c in m.group("v")) >= 3
                        and not regex.fullmatch(r"[0-9A-Fa-f-]+", m.group("v"))]  # hex: a key id or UUID, not the key
            # Backup codes in lower case, printed in a grid ("fg06-s4tz   pp0a-a4le").
            results += [self.result(*m.span(), 0.6) for m in finditer(self._BACKUP_GRID_CODE, text, self.timeout)
                        if regex.search(r"\d", m.group()) and regex.search(r"[a-z]", m.group())]
        if text.count("\n") >= 2:
            results += self._list_siblings(text, results)
        return EntityRecognizer.remove_duplicates(results)

    def _credential_topic_tokens(self, text: str) -> list[RecognizerResult]:
        """Password-shaped tokens anywhere in a message about passwords, PINs, Wi-Fi or logging in
        ("It says P0pc0rn36# and he underlined the 0"): in such a message a token mixing letters,
        digits and symbols is a credential, wherever the sentence put it."""
        out = []
        for match in finditer(self._TOKEN, text, self.timeout):
            value = match.group("v")
            bare = value.rstrip("!") if value.count("!") > 1 else value
            base64 = regex.fullmatch(r"[A-Za-z0-9+/]{10,}={1,2}", bare) is not None and bare.lower() != bare and bare.upper() != bare
            random_mixed = len(bare) >= 12 and looks_mixed_random(bare, 3.3)
            # "5CVD3V43VZ": a router's printed key, capitals and digits at random
            printed_key = regex.fullmatch(r"[A-Z0-9]{8,20}", bare) is not None and letter_digit_switches(bare) >= 3 \
                and sum(c.isdigit() for c in bare) >= 2
            # "horseshoe!parsnip": two words joined by a symbol
            joined = regex.fullmatch(r"\p{L}{3,}[!#$%&*@+]\p{L}{3,}", bare) is not None
            shaped = (password_like(bare) or base64 or random_mixed or word_with_number(bare) or joined) and not self._code_name(bare)
            if (shaped or printed_key) and not self._is_reference(bare) and "@" not in bare[1:-1] and "://" not in bare:
                out.append(self.result(*match.span("v"), 0.6))
        return out

    def _strong_password_tokens(self, text: str) -> list[RecognizerResult]:
        """Tokens of a message with no password word that have a shape only passwords and keys
        have (:meth:`password_only_shape`)."""
        # sops ciphertext ("ENC[AES256_GCM,data:...,iv:...]") is safe to show, and random.
        sealed = [m.span() for m in regex.finditer(r"ENC\[[^\]]*\]", text)] if "ENC[" in text else []
        out = []
        for match in finditer(self._STRONG_TOKEN, text, self.timeout):
            start, end = match.span("v")
            # Markdown emphasis around a token ("**Netflix**") is not part of it; "Hedgehog1774*" keeps its star.
            while end - start > 2 and text[start] in "*_~" and text[end - 1] == text[start]:
                start, end = start + 1, end - 1
            if self.password_only_shape(text[start:end]) and not any(a <= start < b for a, b in sealed):
                out.append(self.result(start, end, 0.6))
        return out

    def password_only_shape(self, value: str) -> bool:
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
        if self._is_reference(value) or self._SHOUTED.fullmatch(value) or "://" in value or value in PUBLISHED_EXAMPLES \
                or value.lower() in _FAMOUS_PASSWORDS or regex.search(r"[*•●]{3}|[xX]{5}", value):
            return False  # a run of stars or x's masks a key ("sk-proj-****r3Io")
        inner = value[1:-1]
        if any(c in "!#$%^&*?~+@" for c in inner) and sum(c.isalpha() for c in value) >= 4 \
                and password_shaped(value) and not self._TAGGED_NUMBER.fullmatch(value):
            return True
        if any(c in "#$%^&*~+@" for c in inner) and char_classes(value) == 3 and not any(c.isdigit() or c in _CODE_CHARS for c in value):
            return True  # both cases and a symbol, no digit ("EKziVmaGEfNAq^I")
        if self._WORD_NUMBER_SYMBOL.fullmatch(value) or self._JOINED_TITLE_WORDS.fullmatch(value):
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

    def _code_name(self, value: str) -> bool:
        """Names of code and products built from capitalised words ("OAuth2Client", "Base64Encoder");
        a capitalised pair of words ending in digits or a symbol is a password ("MuffinButtercup05")."""
        return self._CAMEL_WORDS.fullmatch(value) is not None and regex.search(r"(?:\d\d|[^\w])$", value) is None

    def _list_siblings(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """Values ending the lines of a list whose other lines (two or more) hold a credential: a
        list of keys or logins names each service once, so the line whose value has no known
        format ("Together AI — <64 hex digits>", "Kids' Switch: 99726") is a credential like its siblings."""
        blocks: list[list[tuple[int, int]]] = []
        for line in finditer(self._LIST_LINE, text, self.timeout):
            if blocks and text[blocks[-1][-1][1]:line.start()].strip() == "":
                blocks[-1].append(line.span())
            else:
                blocks.append([line.span()])
        out = []
        for block in blocks:
            if len(block) < 3:
                continue
            found_in = [any(a <= r.start < b for r in found) for a, b in block]
            values = [self._LIST_VALUE.search(text, a, b) for a, b in block]
            holding = [held or (m is not None and self._credential_value(m.group("v"))) for held, m in zip(found_in, values)]
            if sum(holding) < 2:
                continue
            for held, match in zip(found_in, values):
                if held or match is None:
                    continue
                value = match.group("v")
                random_like = len(value) >= 16 and char_classes(value) >= 2 and shannon_bits_per_char(value) >= 3.0
                code = regex.fullmatch(r"\d{4,8}", value) is not None and not _YEAR.fullmatch(value)
                if (password_like(value) or random_like or code or word_with_number(value)) and "://" not in value and "." not in value.split("@")[-1] \
                        and value.lower() not in COMMON_WORDS and not self._is_reference(value):
                    out.append(self.result(*match.span("v"), 0.7))
        return out

    def _credential_value(self, value: str) -> bool:
        """True for a list line's value that is password-shaped or of 16+ characters mixing upper
        case, lower case and digits at random (a key of a format this recognizer does not know; hex
        digests, which lists of packages and commits hold, are not)."""
        return (len(value) >= 16 and looks_mixed_random(value, 3.5)) or (password_like(value) and not self._code_name(value))

    def table_cell_score(self, value: str) -> float | None:
        if len(value) >= 4 and value.lower() not in COMMON_WORDS and not self._is_reference(value) \
                and not self._MASK.fullmatch(value):
            return 0.8
        return None

    def score_match(self, pattern: Pattern, value: str) -> float | None:
        if self._EXAMPLE.fullmatch(value) or self._MASKED_TAIL.search(value) or value in PUBLISHED_EXAMPLES:
            return None
        if pattern.name in ("query credential", "session cookie"):
            bare = value.rstrip(".,;:!?)")
            if self._is_reference(bare) or bare.lower() in COMMON_WORDS:
                return None
            random_like = char_classes(bare) >= 2 and shannon_bits_per_char(bare) >= 3.0
            return pattern.score if len(bare) >= 8 and random_like else None
        if pattern.name == "dotted token":
            # Three dotted parts also make file and package names; a token's parts are random.
            return pattern.score if shannon_bits_per_char(value) >= 4.0 and char_classes(value) >= 4 else None
        if pattern.name == "password in url":
            # "postgresql://user:password@localhost" in a tutorial names the field, it is no password.
            return None if self._is_reference(value) or value.lower() in COMMON_WORDS else pattern.score
        if pattern.name == "credential call argument":
            return pattern.score if char_classes(value) >= 2 and shannon_bits_per_char(value) >= 3.0 \
                and not self._is_reference(value) else None
        if pattern.name in ("generated passphrase", "passphrase words") and len(set(regex.split(r"[-.\s]+", value))) == 1:
            return None  # "abandon abandon abandon ...": the published example, not a wallet
        if pattern.name == "key is value" and len(value) >= 16 and char_classes(value) >= 3 and shannon_bits_per_char(value) >= 3.5:
            return pattern.score  # a random key holding dots or tildes, which password_shaped refuses
        if pattern.name == "service login slash password" and regex.search(r"\p{L}", value) and regex.search(r"\d", value) \
                and not self._is_reference(value):
            return pattern.score  # after "service: login /", letters and digits are enough ("cupcake1987")
        if pattern.name in ("quoted password-shaped value", "key is value", "service login slash password",
                            "refused or new password", "credentials lines"):
            return pattern.score if password_shaped(value) else None
        if pattern.name == "password for thing then value" and len(value) >= 8 and regex.fullmatch(r"\p{L}{4,}\d{2,}", value):
            return pattern.score  # "kata sandi wifi kantor okapiaxolotl93": a word with digits after what it opens
        if pattern.name == "value as key":
            return pattern.score if (password_like(value) or word_with_number(value)) and not self._is_reference(value) else None
        if pattern.name in ("password piece", "password for thing then value"):
            return pattern.score if password_like(value) and not self._is_reference(value) else None
        if pattern.name == "spelled-out password":
            # Read aloud, most characters are single letters and digits; a sentence has few.
            return pattern.score if len(regex.findall(r"(?<!\w)\w(?!\w)", value)) >= 4 else None
        if pattern.name == "password-shaped near login words":
            bare = value.rstrip("!") if value.count("!") > 1 else value
            shaped = password_like(bare) and not self._code_name(bare)
            return pattern.score if shaped and not self._is_reference(bare) else None
        if pattern.name in self.PASSWORD_PATTERNS:
            bare = value.strip("\"'`.,;:!?)")
            if bare.lower() in COMMON_WORDS or len(bare) < 4 or self._is_reference(bare):
                return None
            if char_classes(bare) >= 2 or len(bare) >= 6:
                return pattern.score
            return None
        if pattern.name not in self.CUE_PATTERNS:
            return pattern.score
        return ProjectPatternRecognizer.score_match(self, pattern, value)

    def validate_result(self, pattern_text: str) -> bool | None:
        # Known prefixes are already specific; cue-word values must look like a credential.
        if len(pattern_text) >= 16 and shannon_bits_per_char(pattern_text) >= 3.0 and char_classes(pattern_text) >= 2:
            return True
        return None

    def invalidate_result(self, pattern_text: str) -> bool | None:
        value = pattern_text.strip("\"'`")
        if value in PUBLISHED_EXAMPLES:
            return True
        return char_classes(value) < 2 or self._is_reference(value)

    def _is_reference(self, value: str) -> bool:
        """Placeholders, code references, constants and our own redaction tokens are not secrets."""
        return ((value.startswith(("<", "${", "$", "{", "//", "process.env", "os.environ", "os.getenv", "env(", "getenv(",
                                  "input(", "getpass", "prompt", "secrets.", "config.", "settings.", "self.", *_PUBLIC_KEY_BODIES))
                 and not value.startswith("$$"))  # "$$" escapes a dollar (docker compose): a literal value
                or self._CONSTANT.fullmatch(value) is not None or self._VERSION.fullmatch(value) is not None
                or self._CODE_EXPRESSION.fullmatch(value) is not None or self._MASK.fullmatch(value) is not None
                or self._PLACEHOLDER.fullmatch(value) is not None
                or regex.fullmatch(r"%\w+%", value) is not None  # a Windows environment variable
                or value.startswith("ENC[")  # sops ciphertext
                or CRYPT_HASH.search(value) is not None
                or regex.fullmatch(r"0x[0-9A-Fa-f]{1,16}", value) is not None  # a status code or address
                or regex.search(r"\(\?[=!<:]|\.\*|\[\^", value) is not None)  # a regular expression (a password policy)
