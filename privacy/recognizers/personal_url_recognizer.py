"""URL: links that point at a person or carry a token; public reference links are kept."""

from __future__ import annotations

from typing import ClassVar
from urllib.parse import urlsplit

import regex
from presidio_analyzer import Pattern

from privacy.recognizers.base import ProjectPatternRecognizer

_PROFILE_HOSTS = frozenset({
    "facebook.com", "fb.com", "instagram.com", "twitter.com", "x.com", "tiktok.com", "linkedin.com", "github.com",
    "gitlab.com", "youtube.com", "medium.com", "t.me", "wa.me", "venmo.com", "paypal.me", "cash.app", "patreon.com",
    "calendly.com", "onlyfans.com", "snapchat.com", "threads.net", "bsky.app", "mastodon.social", "reddit.com",
    "pinterest.com", "tumblr.com", "vk.com", "discord.gg", "discord.com", "strava.com", "behance.net",
})
_SHARING_HOSTS = frozenset({
    "dropbox.com", "drive.google.com", "docs.google.com", "1drv.ms", "onedrive.live.com", "we.tl", "wetransfer.com",
    "box.com", "icloud.com", "zoom.us", "meet.google.com", "teams.microsoft.com", "photos.app.goo.gl",
    "photos.google.com", "forms.gle", "sharepoint.com", "notion.so", "figma.com", "trello.com", "airtable.com",
})


# Hosts whose sub-domains are personal sites ("name.github.io").
_USER_SITE_HOSTS = frozenset({
    "github.io", "gitlab.io", "netlify.app", "vercel.app", "pages.dev", "wordpress.com", "blogspot.com",
    "substack.com", "medium.com", "wixsite.com", "carrd.co", "tumblr.com", "weebly.com", "squarespace.com",
    "neocities.org", "glitch.me", "herokuapp.com", "web.app", "firebaseapp.com", "notion.site", "super.site",
    "about.me", "linktr.ee", "bio.link", "beacons.ai",
})


# First path segments that introduce a person or a private share on any site ("/u/name", "/in/name").
_PROFILE_SEGMENTS = frozenset({
    "u", "user", "users", "in", "profile", "profiles", "people", "member", "members", "share", "shared", "s",
    "invite", "invitation", "reset", "activate", "verify", "account", "accounts", "author", "team", "staff",
})


# A published video is public content, like a Wikipedia page: "youtube.com/watch?v=<id>&t=42".
_VIDEO_QUERY_KEYS = frozenset({"v", "t", "list", "index"})


def _is_public_video(host: str, segments: list[str], query: str) -> bool:
    """True for a YouTube watch link whose query holds only the video, time and playlist keys."""
    if not (_host_matches(host, frozenset({"youtube.com"})) and segments == ["watch"]):
        return False
    keys = {pair.split("=", 1)[0] for pair in query.split("&") if pair}
    return "v" in keys and keys <= _VIDEO_QUERY_KEYS


# Sub-domains of profile and sharing sites that hold documentation, not people ("docs.github.com");
# a host listed as it is still counts.
_DOCS_SUBDOMAINS = ("docs.", "developer.", "developers.", "help.", "support.", "learn.", "status.")


def _host_matches(host: str, hosts: frozenset[str]) -> bool:
    host = host.lower().removeprefix("www.").removeprefix("m.")
    if host in hosts:  # listed as is ("docs.google.com" is a sharing host)
        return True
    return not host.startswith(_DOCS_SUBDOMAINS) and any(host.endswith("." + h) for h in hosts)


def is_personal_url(url: str) -> bool:
    """True if ``url`` likely identifies a person or grants access: a profile, a share link,
    a query or fragment with values, or a path segment holding an id or a random token."""
    try:
        parts = urlsplit(url if "://" in url else "http://" + url)
    except ValueError:
        return True  # unparsable: fail closed
    host = parts.hostname or ""
    segments = [s for s in parts.path.split("/") if s]
    if _is_public_video(host, segments, parts.query) and not parts.fragment and "@" not in parts.netloc:
        return False
    if "=" in parts.query or "=" in parts.fragment or "@" in parts.netloc:
        return True
    bare = host.lower().removeprefix("www.")
    if any(bare.endswith("." + h) for h in _USER_SITE_HOSTS) or (segments and bare in {"linktr.ee", "about.me", "bio.link"}):
        return True
    if segments and (_host_matches(host, _PROFILE_HOSTS) or _host_matches(host, _SHARING_HOSTS)):
        return True
    if segments and segments[0].lower() in _PROFILE_SEGMENTS and len(segments) > 1:
        return True
    for seg in segments:
        digits = sum(c.isdigit() for c in seg)
        letters = sum(c.isalpha() for c in seg)
        if digits >= 6 or (len(seg) >= 16 and digits >= 2 and letters >= 2) or seg.startswith(("@", "~", "s!")):
            return True
        # A share token: upper and lower case letters and digits mixed ("9KN3Gg7SGf").
        if len(seg) >= 8 and digits and any(c.isupper() for c in seg) and any(c.islower() for c in seg):
            return True
    return False


class PersonalUrlRecognizer(ProjectPatternRecognizer):
    """``http(s)://`` and ``www.`` links, kept only when :func:`is_personal_url` says so.

    Replaces Presidio's ``UrlRecognizer``, which also flags every public link and file name
    ("main.py" has the TLD of Paraguay) and would blank out reference links users ask about.
    """

    ENTITY: ClassVar[str] = "URL"
    FLAGS: ClassVar[int] = regex.MULTILINE | regex.UNICODE | regex.IGNORECASE
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("url", r"\b(?:https?://|www\.)[^\s<>\"'`)\]]*[^\s<>\"'`)\].,;:!?]", 0.6),
    ]

    def validate_result(self, pattern_text: str) -> bool | None:
        return True if is_personal_url(pattern_text) else False
