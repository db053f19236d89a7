"""SECRET in config files, code and tool output: assignments, XML elements, env lists, .pgpass, netrc, key files."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from privacy.recognizers import secret_shapes as checks
from privacy.recognizers.secret_base import (
    VALUE_CHAR,
    SecretPattern,
    SecretPatternRecognizer,
)


class ConfigSecretRecognizer(SecretPatternRecognizer):
    """Credentials in the places programs keep them: ``PASSWORD=...``, ``<password>...</password>``,
    ``setenv("API_TOKEN", "...")``, a .pgpass line, PuTTY's private lines, a keychain's printed password."""

    SECRET_PATTERNS: ClassVar[list[SecretPattern]] = [
        SecretPattern(Pattern("password assignment",
            r"(?i:\b[A-Za-z0-9_.-]*(?:passwd|password|passwort|pwd|_pass))[\"']?\s*(?::|=|=>)[ \t]*[\"'`]?(?P<v>" + VALUE_CHAR + r"{4,200})", 0.8),
            gate=("pass", "pwd"), check=checks.password_value),
        SecretPattern(Pattern("credential assignment",
            r"(?i:\b(?!(?:public|pub)[_-]?key\b)[A-Za-z0-9_.-]*(?:key|secret|token|passwd|password|pwd|pass|auth|credential|creds?|salt|signature|"
            r"psk|(?:recovery|revocation|backup|reset|otp|mfa|2fa)_?codes?)(?:_base|_value|_b64|_base64|_hex)?)"
            # Names of a secret, its file or its id are no secret: "existingSecret: pg-credentials",
            # "adminPasswordKey: postgres-password", "access_key_id: AKIA...", "token_file: ...".
            r"(?<!Name|Ref|File|Path|Id|ID|PasswordKey|SecretKey|TokenKey|existingSecret|(?i:_name|_ref|_file|_path|_id))"
            r"[\"']?(?:\s*(?::|=|=>)[ \t]*|\t+)[\"'`]?(?P<v>" + VALUE_CHAR + r"{6,200})", 0.8),
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
    ]
