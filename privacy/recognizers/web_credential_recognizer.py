"""SECRET in URLs, headers and cookies."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from privacy.recognizers import secret_shapes as checks
from privacy.recognizers.secret_base import SecretPattern, SecretPatternRecognizer


class WebCredentialRecognizer(SecretPatternRecognizer):
    """``scheme://user:x@host``, ``Bearer x``, ``Authorization: Basic x``, ``?access_token=x``,
    session cookies and the password field of a Wi-Fi QR payload."""

    SECRET_PATTERNS: ClassVar[list[SecretPattern]] = [
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
    ]
