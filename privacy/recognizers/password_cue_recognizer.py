"""SECRET in passwords people type: after a password word, read aloud, in pieces, and in messages about passwords."""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern, RecognizerResult

from privacy.recognizers import secret_shapes as checks
from privacy.recognizers.secret_base import (
    CJK_PASSWORD_WORD,
    PASSWORD_CUE,
    PASSWORD_GATE,
    PASSWORD_WORD,
    VALUE_CHAR,
    SecretPattern,
    SecretPatternRecognizer,
)
from privacy.recognizers.secret_shapes import (
    MASK,
    code_name,
    is_reference,
    letter_digit_switches,
    looks_mixed_random,
    password_like,
    password_only_shape,
    word_with_number,
)
from privacy.recognizers.words import COMMON_WORDS
from privacy.regex_guard import finditer

# One character of a password read aloud ("capital M", "three", "at sign", "bravo").
_SPOKEN_CHAR = (r"(?:(?:capital|cap|upper(?:\s?case)?|lower(?:\s?case)?|small|big)\s+)?"
                r"(?:[a-z0-9]|zero|one|two|three|four|five|six|seven|eight|nine|at\s+sign|at|dollar(?:\s+sign)?|hash(?:\s+sign)?|"
                r"pound\s+sign|exclamation\s+(?:mark|point)|underscore|dash|hyphen|dot|period|full\s+stop|star|asterisk|"
                r"ampersand|percent(?:\s+sign)?|plus(?:\s+sign)?|question\s+mark|slash|tilde|caret|alpha|bravo|charlie|delta|"
                r"echo|foxtrot|golf|hotel|india|juliett?|kilo|lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|"
                r"uniform|victor|whiske?y|x-?ray|yankee|zulu)(?!\w)")
_SPOKEN_SEPARATOR = r"(?:\s*,\s*|\s*(?:-|→|->|>|–)\s*|\s+)(?:(?:and\s+)?then\s+|and\s+)?"


class PasswordCueRecognizer(SecretPatternRecognizer):
    """Passwords after a password word in any language of ``PASSWORD_WORD`` ("my password is
    hunter2", "Senha do wifi: casaazul2020"), read aloud or sent in pieces, and password-shaped
    tokens near login words; then two message-level scans no single pattern can do: in a message
    about passwords, PINs or logging in, every token shaped like a password; in any message, tokens
    of a shape only passwords have. Cells under a password column of a pasted table are kept too."""

    SECRET_PATTERNS: ClassVar[list[SecretPattern]] = [
        # Passwords after a password word, in any of the languages of PASSWORD_WORD.
        SecretPattern(Pattern("password after cue",
            r"(?:(?i:(?<![^\W_])(?:" + PASSWORD_WORD + r")(?!\w))|" + CJK_PASSWORD_WORD + r")"
            r"(?:[^\n:=]{0,60}?(?i:\b(?:is|was|are|to|be|ist|lautet|est|es|é|è|era|är|jest|ay|adalah|là)\b|['’]s\b)|\s*[:=：]|\s*(?:は|是|为|為|는|은|이|가))[ \t]*"
            # "my password is literally password123": the adverb is not the password.
            r"(?i:(?:literally|just|still|now|actually|currently|simply|basically|always|probably|usually|(?:something\s+)?like)\s+)?"
            r"[\"'`「『“”„«‹‚»]?[ \t]?(?P<v>" + VALUE_CHAR + r"{4,64})", 0.8),
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
            r"(?i:(?<![^\W_])(?:" + PASSWORD_WORD + r")(?!\w))[ \t]+[\"'`]?(?=[^\s]*\d)(?=[^\s]*\p{L})(?P<v>" + VALUE_CHAR + r"{6,64})", 0.7),
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
            r"(?i:\b(?:use|used|using|set|try|tried|put|type|typed|enter|entered|with))\s+[\"'`]?(?P<v>" + VALUE_CHAR + r"{4,64}?)[\"'`]?"
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
        # word (its check) in a sentence about logging in, with no password cue (a message with
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
    ]

    ANCHORS: ClassVar[dict[str, regex.Pattern]] = {
        name: PASSWORD_CUE for name in ("password after cue", "password word then value", "password foreign copula",
                                        "password label then value", "password for thing then value")}
    TABLE_HEADERS: ClassVar[frozenset[str]] = frozenset({
        "password", "passwords", "pass", "pw", "pwd", "passcode", "pin", "secret", "token", "api key", "key", "app password",
        "temp password", "temporary password", "initial password", "new password", "default password", "wifi password"})
    """Column headers of pasted tables whose cells are credentials (``| login | password |``)."""

    # Words in a message that make its password-shaped tokens credentials.
    _CREDENTIAL_TOPIC = regex.compile(r"(?i:(?<![^\W_])(?:(?:" + PASSWORD_WORD + r")s?|passcodes?|pins?|wi-?fi|log\s?in|sign\s?in|unlock|credentials?|"
                                      r"locked\s+(?:\w+\s+){0,2}out|creds|(?:strong|secure|safe)\s+enough|(?:easy|hard)\s+to\s+guess|guessable)(?!\w))|"
                                      + CJK_PASSWORD_WORD)
    _TOPIC_GATE = (*PASSWORD_GATE, "pin", "login", "log in", "sign in", "signin", "unlock", "credential", "locked", "creds", "enough", "guess")
    _TOKEN = regex.compile(r"(?<![^\s\"'`(*_~«“„])(?<!\b(?i:called|named|ssid|network|user(?:name)?|login|e-?mail|id)\s*[:=]?\s*)"
                           r"[\"'`*_~]*(?P<v>[^\s\"'`,;()*~«»“”]{8,64}?)[\"'`*_~»”]*[.,;:?]?(?=[\s\"'`)»”]|[*_~]+(?!\w)|$)")
    # Every shape of password_only_shape holds a digit or a symbol.
    _DIGIT_OR_SYMBOL = regex.compile(r"[\d#$%^&*~+@]")
    # A token of any message (see _strong_password_tokens): its closing "?", "!" or "*" may be the password's.
    _STRONG_TOKEN = regex.compile(r"(?<![^\s\"'`(\[«“„<>=:])(?P<v>[^\s\"'`,;:=()\[\]«»“”<>]{7,64}?)[.,;:]?(?=[\s\"'`)\],;»”<>]|$)")

    def scan_message(self, text: str) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        # A substring test first: most messages hold none of these words, and it costs far less
        # than the topic regex.
        low = text.lower()
        if any(g in low for g in self._TOPIC_GATE) and self._CREDENTIAL_TOPIC.search(text):
            results += self._credential_topic_tokens(text)
        if self._DIGIT_OR_SYMBOL.search(text):
            results += self._strong_password_tokens(text)
        return results

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
            shaped = (password_like(bare) or base64 or random_mixed or word_with_number(bare) or joined) and not code_name(bare)
            if (shaped or printed_key) and not is_reference(bare) and "@" not in bare[1:-1] and "://" not in bare:
                out.append(self.result(*match.span("v"), 0.6))
        return out

    def _strong_password_tokens(self, text: str) -> list[RecognizerResult]:
        """Tokens of a message with no password word that have a shape only passwords and keys
        have (:func:`~privacy.recognizers.secret_shapes.password_only_shape`)."""
        # sops ciphertext ("ENC[AES256_GCM,data:...,iv:...]") is safe to show, and random.
        sealed = [m.span() for m in regex.finditer(r"ENC\[[^\]]*\]", text)] if "ENC[" in text else []
        out = []
        for match in finditer(self._STRONG_TOKEN, text, self.timeout):
            start, end = match.span("v")
            # Markdown emphasis around a token ("**Netflix**") is not part of it; "Hedgehog1774*" keeps its star.
            while end - start > 2 and text[start] in "*_~" and text[end - 1] == text[start]:
                start, end = start + 1, end - 1
            if password_only_shape(text[start:end]) and not any(a <= start < b for a, b in sealed):
                out.append(self.result(start, end, 0.6))
        return out

    def table_cell_score(self, value: str) -> float | None:
        if len(value) >= 4 and value.lower() not in COMMON_WORDS and not is_reference(value) \
                and not MASK.fullmatch(value):
            return 0.8
        return None
