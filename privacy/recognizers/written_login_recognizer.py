"""SECRET in logins written out: a user name, then the password."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from privacy.recognizers import secret_shapes as checks
from privacy.recognizers.secret_base import (
    VALUE_CHAR,
    SecretPattern,
    SecretPatternRecognizer,
)


class WrittenLoginRecognizer(SecretPatternRecognizer):
    """"login: bob / x", "user bob password x", credentials on lines of their own, and list lines
    "service: login / x"."""

    SECRET_PATTERNS: ClassVar[list[SecretPattern]] = [
        SecretPattern(Pattern("user slash password",
            r"(?i:\b(?:login|credentials|creds|user(?:name)?|account|(?:user(?:name)?|login)\s*/\s*(?:pass(?:word)?|pw|pwd)))(?:\s*[:=]|\s+(?i:is|are))\s*[^\s/|]{2,64}\s*[/|]\s*(?P<v>" + VALUE_CHAR + r"{4,64})", 0.8),
            gate=("login", "cred", "user", "account"), check=checks.cue_value),
        # "login admin pass Tangerine&7", "user bob password x": a login, then a password word and the value.
        SecretPattern(Pattern("login then password",
            r"(?i:\b(?:login|user(?:name)?|usr)\b)\s*[:=]?\s*[^\s/|,\"']{2,64}\s*,?\s+(?i:pass(?:word)?|passwd|pwd?)\s*[:=]?\s+"
            r"[\"'`]?(?P<v>" + VALUE_CHAR + r"{4,64})", 0.8),
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
    ]
