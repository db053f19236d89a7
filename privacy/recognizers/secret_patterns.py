"""The SECRET recognizer's patterns: each with its gate and its check, by credential family.

A :class:`SecretPattern` holds a Presidio ``Pattern`` (the value in group ``v`` where a cue word
anchors it), its gate (lower-case literals a text must hold for the pattern to be able to match,
see :class:`~privacy.recognizers.base.ProjectPatternRecognizer`) and its check: a function of the
matched value and the pattern's score that returns the score to keep or None to drop the match.
Credentials recognised by their format alone (a provider's prefix) are a table,
``data/key_formats.toml``; the families below need words around the value or a check of its shape.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import regex
from presidio_analyzer import Pattern

from privacy.recognizers import secret_shapes as checks

KEY_FORMATS = Path(__file__).parent / "data" / "key_formats.toml"

# Case-sensitive on purpose: key prefixes have a fixed case; cue words use inline (?i:...).
CASE_SENSITIVE = regex.MULTILINE | regex.DOTALL | regex.UNICODE
_VALUE = r"[^\s\"'`,;)\]}」』”’。、“„«»‹›‚]"
# Password words of the languages users most often mix into English chat.
PASSWORD_WORD = (r"password|passwd|passphrase|passcode|passkey|pwd|pw|pass|pword|p/w|kennwort|passwort|mot de passe|"
                 r"contraseña|contrasena|senha|wachtwoord|hasło|haslo|lösenord|losenord|salasana|adgangskode|parola|şifre|"
                 r"sifre|şifre(?:m|mi|niz|yi|si)|heslo|jelszó|jelszavam|пароль|пароля|паролем|passord|passordet|lösenordet|lozinka|geslo|parolă|"
                 r"kata\s+sandi|sandi|kata\s+laluan|mật\s+khẩu|mat\s+khau|κωδικός|סיסמה|סיסמא|كلمة\s+(?:المرور|السر)|पासवर्ड|"
                 r"nenosiri|pasfhocal|[הוש]סיסמ[הא]|memorable\s+(?:word|information)|pasahitza|pasahitz|wagwoord|cyfrinair|lykilorð|parool|parole|slaptažodis|fjalëkalimi|"
                 r"kalmar\s+sirri|iphasiwedi|রহস্য|পাসওয়ার্ড|پاس\s?ورڈ|رمز\s+عبور|รหัสผ่าน|"
                 r"wi-?fi\s+(?:key|code)|network\s+key|wpa\s+key")
# Password words of scripts without spaces, so without word boundaries ("ルーターのパスワードは").
CJK_PASSWORD_WORD = r"密码|密碼|パスワード|비밀번호"
# Where a password word starts: the patterns that open with one are tried only there (ANCHORS).
_PASSWORD_CUE = regex.compile(r"(?i:(?<![^\W_])(?:" + PASSWORD_WORD + r")(?!\w))|" + CJK_PASSWORD_WORD, CASE_SENSITIVE)
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
PUBLIC_CODE_WORD = (r"error|status|exit|zip|postal|post|area|country|dial(?:l?ing)?|product|item|sku|order|tracking|reference|ref|"
                    r"promo|discount|coupon|source|bar|qr|colou?r|hex|iso|hs|response|return|http|city|region|branch|sort|swift|"
                    r"bank|routing|airport|flight|booking|confirmation|course|class|room|building|tax|dress|morse|cheat")
# Lower-case stems of the password words: the gate of the patterns that open with one.
PASSWORD_GATE = ("pass", "pw", "p/w", "pwd", "kennwort", "mot de passe", "contrase", "senha", "wachtwoord", "hasło", "haslo", "lösenord", "losenord",
                 "salasana", "adgangskode", "parol", "şifre", "sifre", "heslo", "jelsz", "парол", "密码", "密碼", "パスワード", "비밀번호",
                 "lozinka", "geslo", "sandi", "laluan", "khẩu", "khau", "κωδικός", "סיסמ", "كلمة", "पासवर्ड",
                 "nenosiri", "pasfhocal", "memorable", "pasahitz", "wagwoord", "cyfrinair", "lykilorð", "parool", "parole", "slaptažodis", "fjalëkalimi",
                 "sirri", "iphasiwedi", "রহস্য", "পাসওয়ার্ড", "پاس", "رمز", "รหัสผ่าน",
                 "wifi", "wi-fi", "network", "wpa")


class SecretPattern(NamedTuple):
    """One pattern of the SECRET recognizer, its gate (None: always tried) and its check."""

    pattern: Pattern
    gate: tuple[str, ...] | None
    check: Callable[[str, float], float | None]


def _key_formats() -> list[SecretPattern]:
    with KEY_FORMATS.open("rb") as fh:
        table = tomllib.load(fh)["format"]
    return [SecretPattern(Pattern(row["name"], row["regex"], row.get("score", 1.0)), tuple(row["gate"]), checks.format_only)
            for row in table]


SECRET_PATTERNS: list[SecretPattern] = [
    *_key_formats(),
    # Passwords after a password word, in any of the languages of PASSWORD_WORD.
    SecretPattern(Pattern("password after cue",
        r"(?:(?i:(?<![^\W_])(?:" + PASSWORD_WORD + r")(?!\w))|" + CJK_PASSWORD_WORD + r")"
        r"(?:[^\n:=]{0,60}?(?i:\b(?:is|was|are|to|be|ist|lautet|est|es|é|è|era|är|jest|ay|adalah|là)\b|['’]s\b)|\s*[:=：]|\s*(?:は|是|为|為|는|은|이|가))[ \t]*"
        # "my password is literally password123": the adverb is not the password.
        r"(?i:(?:literally|just|still|now|actually|currently|simply|basically|always|probably|usually|(?:something\s+)?like)\s+)?"
        r"[\"'`「『“”„«‹‚»]?[ \t]?(?P<v>" + _VALUE + r"{4,64})", 0.8),
        gate=PASSWORD_GATE, check=checks.password_value),
    # Copulas of languages whose word for "is" is also an English word or particle (Pidgin "na",
    # Swahili "ni", Finnish "on", Danish/Norwegian "er", Serbo-Croatian "je", Malay "ialah"):
    # the value must hold a digit or symbol.
    SecretPattern(Pattern("password foreign copula",
        r"(?i:(?<![^\W_])(?:" + PASSWORD_WORD + r")(?!\w)[^\n:=.!?]{0,40}?\b(?:na|ni|on|er|je|ialah|yra|ir|é|è|ay)\b)\s*[\"'`«“]?"
        r"(?=[^\s]*[\d!@#$%^&*~+])(?P<v>[^\s\"'`«»“”,;]{3,63}[^\s\"'`«»“”,;.!?:])", 0.7),
        gate=PASSWORD_GATE, check=checks.password_value),
    # "password casa2019lopez", "WiFi name is X, password Y": the value right after the word, with a digit.
    SecretPattern(Pattern("password word then value",
        r"(?i:(?<![^\W_])(?:" + PASSWORD_WORD + r")(?!\w))[ \t]+[\"'`]?(?=[^\s]*\d)(?=[^\s]*\p{L})(?P<v>" + _VALUE + r"{6,64})", 0.7),
        gate=PASSWORD_GATE, check=checks.password_value),
    # A password word, a few words, a colon, then a value with a digit or symbol: "Senha do wifi: casaazul2020",
    # "my banking password is the same as my email one: Kiwi!9981".
    SecretPattern(Pattern("password label then value",
        r"(?i:(?<![^\W_])(?:" + PASSWORD_WORD + r")(?!\w)\s[^\n:=@/{}]{0,39}?[:=：])\s*[\"'`«“]?"
        r"(?=[^\s]*[\d!@#$%^&*~+])(?P<v>[^\s\"'`«»“”,;/]{3,63}[^\s\"'`«»“”,;.!?:/])", 0.7),
        gate=PASSWORD_GATE, check=checks.password_value),
    # A password word, a few words naming what it opens, then the value: "пароль от вайфая X",
    # "kata sandi wifi di rumah nenek X" (password_like values only).
    SecretPattern(Pattern("password for thing then value",
        r"(?i:(?<![^\W_])(?:" + PASSWORD_WORD + r")\s+(?:[^\s\d]+\s+){0,4}?)[\"'`«“]?"
        r"(?=[^\s]*[\d!@#$%^&*~+])(?P<v>[^\s\"'`«»“”,;]{5,63}[^\s\"'`«»“”,;.!?:])", 0.7),
        gate=PASSWORD_GATE, check=checks.thing_password),
    SecretPattern(Pattern("quoted password",
        # An apostrophe inside a word ("it's") is no quote.
        r"(?i:\b(?:password|passwd|passphrase|passcode|pwd|pw|pin|wifi key|wi-fi key))\b[^\n\"'`]{0,30}?(?<!\p{L})[\"'`]"
        r"(?P<v>[^\"'`\n]{4,64})[\"'`](?!\p{L})", 0.8),
        gate=(*PASSWORD_GATE, "pin"), check=checks.password_value),
    # "use Gondo7LA as the password", "set it to x as my pw"
    SecretPattern(Pattern("value as password",
        r"(?i:\b(?:use|used|using|set|try|tried|put|type|typed|enter|entered|with))\s+[\"'`]?(?P<v>" + _VALUE + r"{4,64}?)[\"'`]?"
        r"\s+(?i:as\s+(?:the|my|your|our|a|its|his|her|their)?\s*(?:new\s+)?(?:" + PASSWORD_WORD + r"))\b", 0.8),
        gate=("as",), check=checks.password_value),
    # "it keeps rejecting Igloo#21", "die FritzBox nimmt X nicht an", "changed it to X": a
    # password-shaped word a device or a site refuses or was just given.
    SecretPattern(Pattern("refused or new password",
        r"(?i:\b(?:rejects?|rejecting|rejected|won'?t\s+accept|doesn'?t\s+accept|not\s+accepting|nimmt|akzeptiert|"
        r"changed\s+it\s+to|set\s+it\s+to|reset\s+it\s+to|changed\s+(?:my|the)\s+\w+\s+to))\s+[\"'“„«]?"
        r"(?P<v>[^\s\"'“”„«»]{6,64}?)[\"'”“»]?(?=\s|[,;!?.](?:\s|$)|$)", 0.7),
        gate=("reject", "accept", "nimmt", "akzeptiert", "changed", "set it", "reset it"), check=checks.shaped_password),
    # A password sent in labelled pieces: "first part: Gnocchi*40", "second half - bonsai214?".
    SecretPattern(Pattern("password piece",
        r"(?i:\b(?:(?:first|second|third|last|other|1st|2nd|3rd)\s+(?:part|half|bit|piece|chunk)|part\s+(?:one|two|three|[1-3])))"
        r"\s*(?:[:=–—-]|\bis\b)\s*[\"'`]?(?P<v>[^\s\"'`]{3,63}[^\s\"'`.,;:])", 0.7),
        gate=("part", "half", "bit", "piece", "chunk"), check=checks.password_like_value),
    # A password read aloud: "the wifi password as capital M, o, n, g, 1, three, at sign".
    SecretPattern(Pattern("spelled-out password",
        r"(?i:\b(?:" + PASSWORD_WORD + r"|pin|code|key|login|pattern)\b)[^\n]{0,80}?(?<!\w)"
        r"(?P<v>(?i:" + _SPOKEN_CHAR + r"(?:" + _SPOKEN_SEPARATOR + _SPOKEN_CHAR + r"){5,80}))", 0.8),
        gate=(*PASSWORD_GATE, "pin", "code", "key", "login", "pattern"), check=checks.spelled_out),
    # "its Bluebird1987 for the router", "account locked after I typed Zebra9911": a password-shaped
    # word (see score_match) in a sentence about logging in, with no password cue (a message with
    # one is scanned whole, see _credential_topic_tokens); a network's or a login's name
    # ("wifi called BTHub-77") is not one.
    SecretPattern(Pattern("password-shaped near login words",
        r"(?<=(?i:\b(?:log\s?in|logon|sign\s?in|signin|router|wi-?fi|credentials?|unlock|locked\s+out|account)\b)[^\n.?!]{0,80})"
        r"(?<![^\s\"'`(])(?<!(?i:called|named|ssid|network|user(?:name)?|login|email)\s+)(?P<v>[^\s\"'`,;()]{8,64}?)[.,;:?]?(?=[\s\"'`)]|$)"
        r"|(?<![^\s\"'`(])(?P<v>[^\s\"'`,;()]{8,64}?)[.,;:!?]?(?=[\s\"'`)])(?=[^\n.?!]{0,60}"
        r"(?i:\b(?:log\s?in|logon|sign\s?in|signin|router|wi-?fi|credentials?|unlock|account)\b))", 0.6),
        gate=("login", "log in", "logon", "sign in", "signin", "router", "wifi", "wi-fi", "credential",
                                         "unlock", "locked", "account"), check=checks.shaped_near_login),
    SecretPattern(Pattern("quoted password-shaped value", r"[\"'`‘“](?P<v>[^\s\"'`’”]{8,64})[\"'`’”]", 0.5),
        gate=("\"", "'", "`", "‘", "“"), check=checks.shaped_password),

    # Config files, code and tool output.
    SecretPattern(Pattern("password assignment",
        r"(?i:\b[A-Za-z0-9_.-]*(?:passwd|password|passwort|pwd|_pass))[\"']?\s*(?::|=|=>)[ \t]*[\"'`]?(?P<v>" + _VALUE + r"{4,200})", 0.8),
        gate=("pass", "pwd"), check=checks.password_value),
    SecretPattern(Pattern("credential assignment",
        r"(?i:\b(?!(?:public|pub)[_-]?key\b)[A-Za-z0-9_.-]*(?:key|secret|token|passwd|password|pwd|pass|auth|credential|creds?|salt|signature|"
        r"psk|(?:recovery|revocation|backup|reset|otp|mfa|2fa)_?codes?)(?:_base|_value|_b64|_base64|_hex)?)"
        # Names of a secret, its file or its id are no secret: "existingSecret: pg-credentials",
        # "adminPasswordKey: postgres-password", "access_key_id: AKIA...", "token_file: ...".
        r"(?<!Name|Ref|File|Path|Id|ID|PasswordKey|SecretKey|TokenKey|existingSecret|(?i:_name|_ref|_file|_path|_id))"
        r"[\"']?(?:\s*(?::|=|=>)[ \t]*|\t+)[\"'`]?(?P<v>" + _VALUE + r"{6,200})", 0.8),
        gate=("key", "secret", "token", "pass", "pwd", "auth", "cred", "salt", "signature", "psk", "code"), check=checks.cue_value),
    # A secret as the second argument after a credential-named first one: define('DB_PASSWORD', 'x'),
    # setenv("API_TOKEN", "x"), ("SECRET_KEY", "x").
    SecretPattern(Pattern("credential name then value",
        r"(?i:[\"'][A-Za-z0-9_.-]*(?:passwd|password|pwd|_pass|secret|token|api_?key|private_?key|salt)[A-Za-z0-9_]*[\"'])"
        r"\s*,\s*[\"'](?P<v>[^\"'\n]{4,200})[\"']", 0.8),
        gate=("pass", "pwd", "secret", "token", "key", "salt"), check=checks.password_value),
    # Kubernetes and compose env lists: "- name: SENTRY_AUTH_TOKEN" then "value: ..." on the next line.
    SecretPattern(Pattern("env list value",
        r"(?i:\bname:\s*[\"']?[A-Za-z0-9_.-]*(?:pass|pwd|secret|token|api[_-]?key|auth|credential)[A-Za-z0-9_.-]*[\"']?\s*\n\s*value:)"
        r"\s*[\"']?(?P<v>[^\s\"']{4,200})", 0.8),
        gate=("value:",), check=checks.password_value),
    # XML elements holding a password: <password>x</password>, <AdministratorPassword><Value>x</Value>,
    # KeePass "<Key>Password</Key><Value>x</Value>".
    SecretPattern(Pattern("xml password element",
        r"(?i:<(?:\w+:)?(?P<tag>\w*(?:password|passwd|passphrase|secret|token|api_?key)\w*)(?:\s[^>]*)?>)\s*"
        r"(?:(?i:<value(?:\s[^>]*)?>)\s*)?(?P<v>[^<\s][^<\n]{2,200}?)\s*</"
        # KeePass "<Key>Password</Key><Value>x</Value>", Apple plists "<key>Password</key><string>x</string>".
        r"|(?i:<key>\s*(?:password|passwd|secret|token|pin)\s*</key>\s*<(?:value|string)(?:\s[^>]*)?>)(?P<v>[^<\n]{3,200}?)</(?i:value|string)>", 0.8),
        gate=("<",), check=checks.password_value),
    SecretPattern(Pattern("powershell secure string",
        r"(?i:\bConvertTo-SecureString\s+(?:-String\s+)?)[\"'](?P<v>[^\"'\n]{3,200})[\"']", 0.9),
        gate=("convertto-securestring",), check=checks.password_value),
    # A random literal handed to a client or key constructor: deepgram.NewClient("11a30d...").
    SecretPattern(Pattern("credential call argument",
        r"(?i:\b[\w.]*(?:client|key|token|secret|auth|credential|login)\w*)\(\s*[\"'](?P<v>[^\"'\s]{16,200})[\"']", 0.7),
        gate=("(",), check=checks.random_literal),
    SecretPattern(Pattern("aws secret key",
        r"(?i:aws_secret_access_key|aws[ _-]?secret(?:[ _-]?access)?[ _-]?key|secret[ _-]?access[ _-]?key)[\"']?\s*[:=]\s*[\"']?(?P<v>[A-Za-z0-9/+=]{40})", 1.0),
        gate=("aws", "secret"), check=checks.format_only),
    # A .pgpass line: host:port:database:user:password.
    SecretPattern(Pattern("pgpass line", r"(?m:^(?:[\w.-]+|\*):(?:\d{2,5}|\*):(?:[\w.-]+|\*):(?:[\w.-]+|\*):(?P<v>\S{4,200})$)", 0.9),
        gate=(":",), check=checks.password_value),
    SecretPattern(Pattern("netrc", r"(?i:\bmachine\s+\S+\s+login\s+\S+\s+password)\s+(?P<v>\S+)", 0.9),
        gate=("machine",), check=checks.password_value),
    # PuTTY key files: the base64 lines after "Private-Lines: N" are the private key.
    SecretPattern(Pattern("putty private lines", r"\bPrivate-Lines:\s*\d+\s*\n(?P<v>[A-Za-z0-9+/=]{16,}(?:\n[A-Za-z0-9+/=]{16,})*)", 1.0),
        gate=("private-lines",), check=checks.format_only),
    # macOS keychain: the line printed after "security find-generic-password -w" is the password.
    SecretPattern(Pattern("keychain output", r"\bfind-(?:generic|internet)-password\b[^\n]*\s-w[a-z]*\b[^\n]*\n(?P<v>[^\s]{3,200})(?=\s*(?:\n|$))", 0.9),
        gate=("find-generic-password", "find-internet-password"), check=checks.format_only),
    # Redis, SMTP and IMAP sessions: "cache:6379> AUTH default x", "AUTH PLAIN <base64>".
    SecretPattern(Pattern("auth command", r"(?m:(?:^|>[ \t]*)AUTH[ \t]+(?:[^\s]+[ \t]+)?(?P<v>[^\s]{4,100})[ \t]*$)", 0.8),
        gate=("auth",), check=checks.password_value),

    # Command lines.
    SecretPattern(Pattern("password command-line option",
        r"(?i:(?<![\w-])--(?:password|passwd|pass|token|api-key|apikey|secret|auth-token))(?:=|\s+)[\"']?(?P<v>[^\s\"'-][^\s\"']{3,200})", 0.8),
        gate=("--",), check=checks.password_value),
    SecretPattern(Pattern("password -p option",
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
        gate=("mysql", "mariadb", "sshpass", " login", "redis-cli", "keydb-cli", "htpasswd", "sqlcmd",
                           "bcp", "mongo", "mosquitto", "ldap", "keytool", "jarsigner", "7z", "rar", "zip", "smbclient",
                           "rpcclient", "smbmap", "crackmapexec", "netexec", "nxc", "net use", "net user", "freerdp", "wpa_passphrase",
                           "rcon", "rasdial", "mc alias", "mc config", "chpasswd", "sqlplus", "psexec"), check=checks.password_value),
    SecretPattern(Pattern("basic auth option", r"(?:(?<!\S)-u|--user)(?:=|\s+)[\"']?[^\s:\"']+:(?P<v>[^\s\"']{3,200})", 0.8),
        gate=("-u", "--user"), check=checks.password_value),

    # URLs, headers and cookies.
    # user:password@host -- lazy, so a password holding '@' still ends at the last '@' before a host.
    SecretPattern(Pattern("password in url",
        r"[A-Za-z][A-Za-z0-9+.-]*://[^\s:/@]*:(?P<v>[^\s/]+?)@(?=[A-Za-z0-9.-]+(?::\d+)?(?:[/\s?#\"'`,;)]|$))", 1.0),
        gate=("://",), check=checks.not_a_field_name),
    SecretPattern(Pattern("steam connect password", r"\bsteam://connect/[^\s/]+/(?P<v>[^\s\"'`<>]{3,64})", 0.9),
        gate=("steam://connect/",), check=checks.format_only),
    SecretPattern(Pattern("bearer token", r"(?i:\bbearer)\s+(?P<v>[A-Za-z0-9._~+/-]{16,}=*)", 0.9),
        gate=("bearer",), check=checks.cue_value),
    SecretPattern(Pattern("basic auth header", r"(?i:\b(?:authorization|auth)\s*[:=]\s*basic)\s+(?P<v>[A-Za-z0-9+/]{8,}={0,2})", 0.9),
        gate=("basic",), check=checks.format_only),
    # Credentials in a URL's query: "?access_token=...", "&sig=..." (SAS), "&api_key=...".
    SecretPattern(Pattern("query credential",
        r"[?&;](?i:sig|signature|token|access_token|id_token|refresh_token|auth|auth_token|api_key|apikey|key|secret|"
        r"client_secret|password|pwd|pass|code|session|sessionid|x-amz-signature|x-goog-signature)=(?P<v>[^&\s\"'#<>]{6,400})", 0.9),
        gate=("=",), check=checks.random_query_value),
    # Session cookies: "sessionid=...", "PHPSESSID=...", "connect.sid=...".
    SecretPattern(Pattern("session cookie",
        r"(?i:\b(?:session(?:_?id)?|sessid|phpsessid|jsessionid|connect\.sid|sid|_session|[a-z_]*_session|csrftoken|"
        r"auth_token|remember_token|remember_user_token)=)(?P<v>[A-Za-z0-9%._~+/-]{16,400})", 0.9),
        gate=("sess", "sid", "_session", "csrftoken", "auth_token", "remember_"), check=checks.random_query_value),
    # The password field of a Wi-Fi QR payload: "WIFI:S:Home;T:WPA;P:secret;;".
    SecretPattern(Pattern("wifi qr password", r"\bWIFI:(?:[STH]:[^;]*;)*P:(?P<v>(?:\\.|[^;\\]){4,64});", 0.9),
        gate=("wifi:",), check=checks.password_value),

    # Logins written out.
    SecretPattern(Pattern("user slash password",
        r"(?i:\b(?:login|credentials|creds|user(?:name)?|account|(?:user(?:name)?|login)\s*/\s*(?:pass(?:word)?|pw|pwd)))(?:\s*[:=]|\s+(?i:is|are))\s*[^\s/|]{2,64}\s*[/|]\s*(?P<v>" + _VALUE + r"{4,64})", 0.8),
        gate=("login", "cred", "user", "account"), check=checks.cue_value),
    # "login admin pass Tangerine&7", "user bob password x": a login, then a password word and the value.
    SecretPattern(Pattern("login then password",
        r"(?i:\b(?:login|user(?:name)?|usr)\b)\s*[:=]?\s*[^\s/|,\"']{2,64}\s*,?\s+(?i:pass(?:word)?|passwd|pwd?)\s*[:=]?\s+"
        r"[\"'`]?(?P<v>" + _VALUE + r"{4,64})", 0.8),
        gate=("login", "user", "usr"), check=checks.password_value),
    # "here are the creds" and then the login and the password on lines of their own.
    SecretPattern(Pattern("credentials lines",
        r"(?i:\b(?:creds|credentials|login\s+(?:details|info)|log-?in)\b)[^\n]{0,40}\n[ \t]*[^\s:]{2,64}[ \t]*\n[ \t]*(?P<v>\S{6,64})[ \t]*(?:\n|$)", 0.7),
        gate=("cred", "login", "log-in"), check=checks.shaped_password),
    # A list line "service: login / password" ("- netflix: me@x.com / Mongoose@2021").
    SecretPattern(Pattern("service login slash password",
        r"(?m:^[ \t]*(?:[-*•]|\d+[.)])?[ \t]*(?:[\w .+&'-]{2,30}:|\*\*[^*\n]{2,30}\*\*:?[ \t]*(?:[–—:-])?)[ \t]*\S{2,64}[ \t]+/[ \t]+"
        r"[`*_\"']*(?P<v>[^\s`*\"']{6,64})[`*_\"']*[ \t]*$)", 0.7),
        gate=("/",), check=checks.service_password),

    # PINs and numeric codes.
    # One-time codes in the messages services send: "G-320375 is your Google verification code",
    # "Your Wise verification code is 184531".
    SecretPattern(Pattern("one-time code",
        r"(?i:\b(?:verification|security|login|sign-?in|one[- ]time|otp|2fa|mfa|authenticat(?:ion|or)|confirmation|access|reset|your)\s+"
        r"(?:code|pin|passcode)\s*(?:is|:)\s*)(?:[A-Z]-)?(?P<v>\d{4,8}|\d{3}[ -]\d{3})\b"
        r"|(?<![\w-])(?:[A-Z]-)?(?P<v>\d{4,8})(?=\s+(?i:is\s+your\b[^\n]{0,40}?\b(?:code|pin|passcode|otp)\b))", 0.9),
        gate=("code", "pin", "otp"), check=checks.format_only),
    # A card's security code: "CVV 347", "with its CVV (423)".
    SecretPattern(Pattern("card security code", r"(?i:\b(?:cvv2?|cvc2?|csc|cid|card\s+security\s+code))\s*(?:is|:|=|\(|#)?\s*(?P<v>\d{3,4})\b(?!\s*(?:%|digits?))", 0.8),
        gate=("cvv", "cvc", "csc", "cid", "security code"), check=checks.format_only),
    # "manager_pin: 0930", "PIN=4821": a PIN field of a config or export.
    SecretPattern(Pattern("pin assignment", r"(?i:\b[A-Za-z0-9.-]*_?pin(?:_?code)?)[\"']?\s*[:=][ \t]*[\"']?(?P<v>\d{4,8})\b(?![.,:/-]\d)", 0.8),
        gate=("pin",), check=checks.format_only),
    SecretPattern(Pattern("pin or passcode",
        r"(?i:\b(?:pin|pin\s?code|passcode|pass\s+code|combo|combination|(?:door|gate|alarm|lock|unlock|entry|safe|access|garage|building|locker|padlock)\s+code|"
        r"key\s?safe|lock\s?box|key\s?box|padlock|puk\d?|(?:voice\s?mail|phone|screen|sim|bike|luggage|suitcase)\s+(?:code|pin|passcode)|code\s+(?:for|to|of)\s+(?:the|my|our)\s+(?:[\w'-]+\s+){0,2}(?:door|gate|safe|lock|lockbox|box|alarm|garage|building|entrance|padlock|locker|keypad)))\b"
        r"(?:[^\n\d]{0,25}?(?:(?i:\bis\b)|[:=]|['’]s\b)|[ \t]+[-–—]?)\s*[\"'`]?(?P<v>\d{4,8}|\d{1,3}(?:[- ]\d{1,3}){2,3})\b", 0.8),
        gate=("pin", "code", "combo", "combination", "safe", "box", "padlock", "puk"), check=checks.format_only),
    # "phone pin 8784", "PIN number 4821": a PIN needs no "is" when the digits follow the word.
    # Codes of safes, doors and lockboxes: "set the room safe to 67436", "the inner door is 0723",
    # "the lockbox under the stairs (36953)".
    SecretPattern(Pattern("device code",
        r"(?i:\b(?:safe|door|gate|lockbox|lock\s?box|key\s?safe|key\s?box|padlock|locker|alarm|garage|intercom|buzzer)\b)"
        r"[^\n\d.!?]{0,30}?(?:\b(?:is|to)\b|[:=(])\s*(?P<v>\d{4,8})\b(?![.,:/-]\d)", 0.7),
        gate=("safe", "door", "gate", "lock", "key", "padlock", "locker", "alarm", "garage", "intercom", "buzzer"), check=checks.format_only),
    # "the kids' tablet code is 928131", "código do portão é 3156": a code of some device or door;
    # codes that are no secret (error, zip, area, promo...) are excluded by the word before "code".
    SecretPattern(Pattern("thing code digits",
        r"(?i:\b(?!(?:" + PUBLIC_CODE_WORD + r"|the|a|my|this|that)\b)"
        r"[\w'’-]+\s+(?:code|código|codice|pin|passcode|lock)\s+(?:(?:do|da|de|del|du|della|of)\s+[\w'’-]+\s+)?"
        r"(?:is|was|=|:|é|es|è|est|ist|set\s+to|to|now)\s*[\"'`]?)(?P<v>\d{4,8})\b(?![.,:/-]\d)", 0.7),
        gate=("code", "código", "codice", "pin", "lock"), check=checks.format_only),
    SecretPattern(Pattern("pin digits", r"(?i:\b(?:pin\d?|pin\s?code|passcode|puk\d?|access\s+code)(?:\s+(?:number|no\.?|#))?)(?:\s+|\s*[-–—]\s*)(?P<v>\d{4,8})\b(?![.,:/-]\d)", 0.7),
        gate=("pin", "passcode", "puk", "access code"), check=checks.format_only),

    # Keys after a cue word, and key-shaped tokens.
    # "the key is Salam1ANDER", "wifi is Birchwood2022!": after key/code/token/wifi, a
    # password-shaped value (see score_match). A final "!" is kept: passwords often end in one.
    SecretPattern(Pattern("key is value",
        r"(?i:\b(?:key|code|token|secret|wi-?fi|wlan|hotspot)\s+(?:is|was|=|:))\s*[\"'`]?(?P<v>[^\s\"'`,;]{8,64}?)[\"'`]?(?=[\s,;?]|[.](?:\s|$)|$)", 0.7),
        gate=("key", "code", "token", "secret", "wifi", "wi-fi", "wlan", "hotspot"), check=checks.key_value),
    # "with gentledoormat708 as the key": only a password-shaped value or a word with a number
    # (see score_match), since "use the email as the key" is how code is talked about.
    SecretPattern(Pattern("value as key",
        r"(?i:\b(?:use|used|using|set|try|tried|put|type|typed|enter|entered|with))\s+[\"'`]?(?P<v>" + _VALUE + r"{6,64}?)[\"'`]?"
        r"\s+(?i:as\s+(?:the|my|your|our|a|its|his|her|their)?\s*(?:new\s+)?(?:key|code|pin|passcode|login))\b", 0.7),
        gate=("as",), check=checks.password_or_word_number),
    SecretPattern(Pattern("token after cue word",
        r"(?i:(?<!\bpublic[\s_-])\b(?:api[ _-]?key|key|token|secret|access code|auth code|recovery code|license key|"
        r"(?:gift\s?card|redeem|redemption|voucher|activation|product)\s+(?:code|key|pin))\b"
        # "Recovery key ID: <uuid>", "key fingerprint": what names a key is no key.
        r"(?!\s*(?:id|identifier|name|fingerprint|type|file|path)\b))"
        r"[^\n]{0,30}?\s[\"'`]?(?P<v>[A-Za-z0-9_+/=.-]{16,200})", 0.7),
        gate=("key", "token", "secret", "code"), check=checks.cue_value),
    # Base32 keys and app passwords shown in groups of four: "7moi 4erd nv25 ry25 ...", "fveu xxis bcis bxcb".
    SecretPattern(Pattern("grouped key",
        r"(?i:\b(?:key|password|passwd|pass|code|secret|app\s+password)\b)[^\n\w]{0,4}(?:\w+\s*){0,3}?[:=]?\s*[\"'`]?"
        r"(?P<v>[a-z2-7]{4}(?:[ \t][a-z2-7]{4}){3,7})(?![\w])", 0.8),
        gate=("key", "pass", "code", "secret"), check=checks.format_only),
    # Discord bot tokens and other three-part dotted tokens: base64url id, timestamp, HMAC.
    SecretPattern(Pattern("dotted token", r"(?<![\w.-])(?P<v>[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,45})(?![\w.-])", 0.7),
        gate=(".",), check=checks.random_dotted_token),
    # A wallet's private key: 64 hex digits (or a WIF string) in a sentence about keys and wallets;
    # the same shape without such words is usually a transaction hash.
    SecretPattern(Pattern("wallet private key",
        r"(?i:\b(?:private\s+key|priv\s*key|secret\s+key|metamask|imported|import|wallet)\b)[^\n]{0,160}?"
        r"(?<![\w])(?P<v>(?:0x)?[0-9a-fA-F]{64}|[5KL][1-9A-HJ-NP-Za-km-z]{50,51})(?![\w])", 0.8),
        gate=("key", "metamask", "import", "wallet"), check=checks.format_only),

    # Passphrases and recovery codes.
    # Passphrases from a generator ("bitwarden generated ticket-eagle-pigeon-anchor") and the
    # word lists wallets show ("the 12 words trust wallet showed me: ostrich raven ...").
    SecretPattern(Pattern("generated passphrase",
        r"(?i:\b(?:generated|generator\s+gave(?:\s+me)?|went\s+with|diceware)\b)[^\n\w]{0,3}(?:\w+\s+){0,2}?"
        r"(?P<v>[a-z]{3,10}(?:[-.][a-z]{3,10}){3,9}|(?!" + _FUNCTION_WORD + r"\b)[a-z]{3,10}(?:\s(?!" + _FUNCTION_WORD
        + r"\b)[a-z]{3,10}){3,9})(?![\w-])"
        r"|(?i:\b(?:12|15|18|21|24|twelve|twenty[- ]four)\s+words\b)[^\n:]{0,60}:\s*(?P<v>[a-z]{3,8}(?:\s+[a-z]{3,8}){11,23})"
        # "just these words: forest, peanut, ... and magnet": counted in score_match.
        r"|(?i:\bwords\b)[^\n:]{0,60}:\s*(?P<v>[a-z]{3,8}(?:(?:,\s*|\s+)(?:and\s+)?[a-z]{3,8}){11,23})(?![\w-])", 0.8),
        gate=("generat", "went with", "diceware", "words"), check=checks.distinct_words),
    # A passphrase or wallet seed phrase: the whole run of words after the cue, up to a function word.
    SecretPattern(Pattern("passphrase words",
        r"(?i:\b(?:pass\s?phrase|seed\s+(?:phrase|words)|recovery\s+(?:phrase|words)|secret\s+(?:recovery\s+)?phrase|mnemonic(?:\s+phrase)?))"
        r"[^\n:=]{0,40}?(?:(?i:\b(?:is|was|are|as)\b)|[:=])\s*[\"'`]?"
        r"(?P<v>(?!(?i:" + _FUNCTION_WORD + r")\b)\p{L}{2,12}(?:\s+(?!(?i:" + _FUNCTION_WORD + r")\b)\p{L}{2,12}){2,23})", 0.8),
        gate=("phrase", "seed", "recovery", "mnemonic"), check=checks.distinct_words),
    # "recovery codes are b0rz-zjub, 92by-375n": the whole list after a backup-code cue.
    SecretPattern(Pattern("backup codes",
        r"(?i:\b(?:recovery|backup|2fa|mfa|otp|one[- ]time|scratch|emergency)\s+codes?\b)[^\n]{0,30}?(?:(?i:\b(?:are|is|were)\b)|:)\s*"
        r"(?P<v>" + _BACKUP_CODE + r"(?:(?:\s*[,;]\s*|\s+)(?:(?i:and)\s+)?" + _BACKUP_CODE + r")*)(?![\w-])", 0.8),
        gate=("code",), check=checks.format_only),
]

ANCHORS = {name: _PASSWORD_CUE for name in ("password after cue", "password word then value", "password foreign copula",
                                             "password label then value", "password for thing then value")}
"""Patterns that open with a password word: tried only where one starts."""
