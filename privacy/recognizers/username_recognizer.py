"""USERNAME: @handles, "username: x", "login x", user ids in logs, paths and URLs."""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from privacy.recognizers.base import ProjectPatternRecognizer
from privacy.recognizers.words import COMMON_WORDS

_CS = regex.MULTILINE | regex.DOTALL | regex.UNICODE
_HANDLE = r"[A-Za-z0-9][A-Za-z0-9_.-]{1,38}[A-Za-z0-9_]"
# A token only a user name looks like: letters joined by "_" or "." or ending in digits
# ("mquispe_85", "solberg.quasar", "quasar5911"), not a plain word.
_HANDLE_SHAPED = (r"(?:[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+_?|[A-Za-z]{2,}\d{2,}[A-Za-z0-9]*|x[A-Za-z]+\d+x|"
                  r"[A-Za-z0-9]+_)(?![\w.@/-]|\.\w|\()")

# Decorators, package scopes and directives that look like @handles in code.
_CODE_AT_WORDS = frozenset({
    "property", "staticmethod", "classmethod", "dataclass", "override", "abstractmethod", "pytest", "app",
    "router", "param", "return", "returns", "throws", "media", "import", "keyframes", "font-face", "supports",
    "tailwind", "apply", "layer", "mixin", "include", "extend", "interface", "end", "implementation", "types",
    "angular", "vue", "babel", "vitejs", "nestjs", "testing-library", "mui", "emotion", "here", "everyone",
    "channel", "all", "wraps", "lru_cache", "cache", "functools", "component", "input", "output", "injectable",
    "test", "before", "after", "given", "when", "then", "deprecated", "author", "version", "see", "since",
})


# Words of identifiers in code that are not everyday English ("created_at", "df.head").
_CODE_WORDS = frozenset("""
id ids uid uuid num len str int obj df np pd os sys io db env cfg conf config args kwargs param params val vals
tmp init fn func attr attrs src dst ctx req res resp msg err exc idx col cols row rows txt json csv html http
created updated deleted modified at by count total max min avg sum head tail info debug log logs py js ts md
""".split())


class UsernameRecognizer(ProjectPatternRecognizer):
    """User names and handles, found by their shape (@name) or by a cue before them."""

    ENTITY: ClassVar[str] = "USERNAME"
    FLAGS: ClassVar[int] = _CS
    PATTERNS: ClassVar[list[Pattern]] = [
        # @name, not an e-mail (no word char before), not a package scope (@scope/pkg) or decorator call.
        Pattern("at handle", r"(?<![\w@./:})\]%$-])@(?P<v>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![\w./-]|\()", 0.6),
        Pattern("username cue",
                r"(?i:\b(?:user\s?name|user\s?id|login(?:\s+name)?|handle|screen\s?name|gamertag|nick(?:name)?|account\s+name)\b)"
                r"(?:\s+(?i:(?:is|was)\b|=|:|-))?\s*[:=]?\s*[\"'`]?@?(?P<v>" + _HANDLE + r")", 0.6),
        # After a platform's name the handle needs a link ("discord: x", "insta is x", "twitter
        # handle x"), an "@" or a user-name shape: "Reddit took it down" is a sentence.
        Pattern("platform cue",
                r"(?i:\b(?:discord|insta(?:gram)?|twitter|tiktok|reddit|github|gitlab|telegram|snapchat|skype|steam|twitch|"
                r"roblox|xbox|psn|bluesky|bsky|mastodon|threads|youtube|minecraft|fortnite|epic|battle\.?net|lichess|chess\.com|vrchat)\b)"
                r"(?:,?\s+(?i:called|named|my\s+name['’]?s|my\s+name\s+is))?"
                r"(?:(?:\s+(?i:name|id|tag|handle|user(?:name)?|account|acct|profile|nick|gamertag)\b)(?:\s+(?i:(?:is|was)\b|=|:|-))?"
                r"|\s+(?i:(?:is|was)\b|=|:|-)|\s*[:=]|(?=\s+@)|(?=\s+" + _HANDLE_SHAPED + r"))"
                r"\s*[:=]?\s*[\"'`]?@?(?P<v>" + _HANDLE + r")", 0.6),
        Pattern("user key in log", r"(?i:\b(?:user|usr|uname|owner|login|account|acct|uid)\b)\s*[:=]\s*[\"']?(?P<v>" + _HANDLE + r")", 0.6),
        Pattern("home directory", r"(?:[A-Za-z]:\\\\?Users\\\\?|/home/|/Users/|/var/(?:spool/)?mail/)(?P<v>[A-Za-z0-9_.-]{2,40})", 0.6),
        # The user-name label of other languages: "Gebruikersnaam: x", "アカウント: x", "λογαριασμό x".
        Pattern("foreign username label",
                r"(?i:\b(?:gebruikersnaam|benutzername|nom\s+d['’]utilisateur|identifiant|nombre\s+de\s+usuario|usuario|nome\s+utente|"
                r"utente|nome\s+de\s+usu[áa]rio|usu[áa]rio|nazwa\s+u[żz]ytkownika|u[żz]ytkownik|u[žz]ivatelsk[ée]\s+jm[ée]no|"
                r"kullan[ıi]c[ıi]\s+ad[ıi]|t[êe]n\s+[đd][ăa]ng\s+nh[ậa]p|имя\s+пользователя|логин|λογαριασμό|όνομα\s+χρήστη)\b"
                r"|アカウント|ユーザー名|ユーザーID|사용자\s?이름|아이디|用户名|用戶名|帳號|账号|ชื่อผู้ใช้)\s*[:：=]?\s*[\"'`]?(?P<v>" + _HANDLE + r")", 0.6),
        # Media-server and app logs: 'Authentication request for "wilbertDipper" has succeeded'.
        Pattern("quoted user in log",
                r"(?i:\b(?:authentication\s+(?:request|attempt)|log\s?in\s+(?:request|attempt)|session)\s+for(?:\s+user)?)\s+[\"'](?P<v>[^\"'\s]{2,40})[\"']", 0.7),
        # JSON and YAML fields: "account_name":"panay-shoebill", user_name: x.
        Pattern("json user field",
                r"(?i:\b(?:user_?name|account_?name|screen_?name|login_?name|display_?handle|nick_?name)[\"']?\s*[:=]\s*[\"']?)@?(?P<v>" + _HANDLE + r")", 0.6),
        # FTP and mail transcripts ("> USER x", "331 Password required for x"), keyring calls, git SSH
        # remotes, chpasswd input.
        Pattern("login in a transcript",
                r"(?m:^[<>][ \t]*USER[ \t]+(?P<v>[^\s]{2,40})[ \t]*$)|\bPassword\s+required\s+for\s+(?P<v>[^\s.]{2,40})"
                r"|\bkeyring\.(?:set|get|delete)_password\(\s*[\"'][^\"']*[\"']\s*,\s*[\"'](?P<v>[^\"']{2,64})[\"']"
                r"|\bgit@[\w.-]+:(?P<v>[\w.-]{2,40})/"
                r"|\b(?:echo|printf)\s+[\"']?(?P<v>[^\s:'\"]{2,40}):[^\s'\"]+[\"']?\s*\|\s*(?:sudo\s+)?chpasswd", 0.7),
        # "last" and "who" output: a login, then its terminal.
        Pattern("login record", r"(?m:^(?P<v>[A-Za-z_][\w.-]{1,40})[ \t]+(?:pts/\d+|tty\w{0,6}|console)[ \t])", 0.7),
        # XML and KeePass user fields: <User>x</User>, <Key>UserName</Key><Value>x</Value>.
        Pattern("xml user element",
                r"<(?:User|Username|UserName|user|username|login|Login|LoginName)>(?P<v>[^<\s]{2,64})</"
                r"|(?i:<key>\s*user\s?name\s*</key>\s*<value(?:\s[^>]*)?>)(?P<v>[^<\n]{2,64}?)</(?i:value)>", 0.7),
        # Minecraft and similar game server logs.
        Pattern("game log player",
                r"\]:\s+(?P<v>[A-Za-z0-9_]{3,20})\s+(?:joined|left)\s+the\s+game|\]:\s+<(?P<v>[A-Za-z0-9_]{3,20})>\s"
                r"|\]:\s+(?P<v>[A-Za-z0-9_]{3,20})\s+(?:lost\s+connection|was\s+(?:slain|shot|blown|killed)|fell\s+from|drowned)\b"
                r"|UUID\s+of\s+player\s+(?P<v>[A-Za-z0-9_]{3,20})", 0.7),
        # "my Skype name ... it's zaxoyihev65": a platform's user-name word, later the handle with a digit or "_".
        Pattern("platform name said later",
                r"(?i:\b(?:skype|discord|steam|xbox|psn|roblox|minecraft|twitch|telegram|snapchat|instagram|tiktok)\s+"
                r"(?:name|id|handle|user(?:name)?|tag|gamertag)\b[^\n.?!]{0,40}?\b(?:it'?s|is|was)\s+)@?(?P<v>" + _HANDLE_SHAPED + r")", 0.6),
        Pattern("logged in as", r"(?i:\b(?:logged|signed|log|sign)\s+in\s+as|\bsudo\s+-u|\bas\s+user)\s+[\"'`]?@?(?P<v>" + _HANDLE + r")", 0.6),
        Pattern("ssh user at host", r"\b(?:ssh|scp|sftp|rsync)\s+(?:-\S+\s+(?:\S+\s+)?)*(?P<v>[A-Za-z0-9_.-]+)@[A-Za-z0-9.-]+", 0.7),
        Pattern("social short cue", r"(?i:\b(?:ig|insta|tg|snap|twitch|xbox|psn|roblox|minecraft|venmo|cashapp|kik|line id|wechat)\b)\s*(?:is|:|=|-)?\s*@?(?P<v>" + _HANDLE + r")", 0.6),
        Pattern("on platform as",
                r"(?i:\bon\s+(?:discord|steam|twitch|reddit|insta(?:gram)?|twitter|x|tiktok|github|gitlab|telegram|snapchat|"
                r"xbox|psn|roblox|minecraft|bluesky|mastodon|threads|youtube|kick|fortnite|valorant|chess\.com|lichess)\b)"
                r"(?:,?\s+(?i:i'?m|im|as|it'?s|username|handle|name)\b)\s*"
                r"(?!(?i:usual|always|well|ever|before|expected|normal|promised|planned|agreed|discussed)\b)@?(?P<v>" + _HANDLE + r")", 0.6),
        Pattern("go by handle", r"(?i:\b(?:go|goes|going)\s+by|\bknown\s+as)\s+@?(?P<v>[A-Za-z0-9]+[_.][A-Za-z0-9_.]*[A-Za-z0-9_]|[A-Za-z_]+\d+[A-Za-z0-9_]*)", 0.6),
        # A shell prompt: "morwenna@MacBook-Air ~ %", "dev@buildbox:~/app$".
        Pattern("shell prompt", r"(?m:(?:^|(?<=\s))(?P<v>[a-z_][a-z0-9_.-]{1,31})@[A-Za-z0-9][A-Za-z0-9.-]*(?::[~/]\S*\s?[$#%]|\s+[~/]\S*\s+[$#%])(?=\s|$))", 0.7),
        # Windows "net use ... /user:DOMAIN\name" and "runas /user:name".
        Pattern("windows user option", r"(?i:/user:)(?:[\w.-]+\\)?(?P<v>[\w.-]{2,40})", 0.7),
        # The owner column of "ls -l": "-rw-r--r--  1 tofu772  staff  4096 Mar  3 10:12 notes".
        Pattern("ls owner", r"(?m:^[-dlcbps][rwxsStT-]{9}[@+.]?\s+\d+\s+(?P<v>[A-Za-z_][\w.-]{1,31})\s+[\w.-]+\s+\d)", 0.7),
        Pattern("whoami output", r"(?m:^\$?\s*whoami\s*\n(?P<v>[A-Za-z_][\w.\\-]{1,40})\s*$)", 0.8),
        Pattern("sudo prompt", r"\[sudo\]\s+password\s+for\s+(?P<v>[A-Za-z_][\w.-]{1,31}):", 0.8),
        # MySQL accounts: CREATE USER 'x'@'%', GRANT ... TO 'x'@'localhost'.
        Pattern("sql account", r"[\"'`](?P<v>[A-Za-z_][\w.-]{1,31})[\"'`]@[\"'`][^\"'`\s]{1,60}[\"'`]", 0.7),
        # The USER column of "ps aux": a name, then a PID and two percentages.
        Pattern("ps owner", r"(?m:^(?P<v>[A-Za-z_][\w.-]{1,31})\s+\d{1,7}\s+\d{1,3}\.\d\s+\d{1,3}\.\d\s)", 0.7),
        Pattern("id command", r"\b(?:uid|gid)=\d+\((?P<v>[A-Za-z_][\w.-]{1,31})\)", 0.8),
        # "CORP\\sprout_shirwan13": a Windows domain login (not a registry hive such as HKLM\\Software).
        Pattern("domain login", r"(?<![\w\\])(?!HK(?:LM|CU|CR|U|EY)\b)[A-Z][A-Z0-9-]{1,14}\\(?P<v>[A-Za-z0-9_.-]{2,40})(?![\w\\])", 0.6),
        # The login of a "service: login / password" list line.
        Pattern("service login",
                r"(?m:^[ \t]*(?:[-*•]|\d+[.)])?[ \t]*(?:[\w .+&'-]{2,30}:|\*\*[^*\n]{2,30}\*\*:?[ \t]*(?:[–—:-])?)[ \t]*"
                r"(?P<v>[A-Za-z0-9_.-]{2,40})[ \t]+/[ \t]+\S{6,64}[ \t]*$)", 0.6),
        # "my Instagram handle got changed to tiwonge.nyirenda", "a player called wezi.mhango".
        Pattern("handle named later",
                r"(?i:\b(?:handle|user\s?name|gamertag|screen\s?name|tag)\b[^\n.?!]{0,30}?\b(?:is|was|to|as)|"
                r"\b(?:someone|somebody|a\s+(?:user|player|person|guy|girl|kid|boy|account))\s+(?:called|named))\s+[\"'`]?@?(?P<v>"
                + _HANDLE_SHAPED + r")", 0.6),
        # "creds zaurbek_tsallagov horseshoe_1996": a login, then a token holding a digit (the password).
        Pattern("login before password", r"(?i:\b(?:creds?|credentials|login)\b):?[ \t]+(?P<v>[A-Za-z][\w.-]{2,39})[ \t]+(?=\S*\d)\S{6,64}(?=\s|$)", 0.6),
        Pattern("ssh config user", r"(?m:^[ \t]*User[ \t]+(?P<v>[A-Za-z_][\w.-]{1,31})[ \t]*$)", 0.7),
        # "curl -u alice:pw"; Stripe's "-u sk_live_...:" puts the key where the user goes (a SECRET).
        Pattern("basic auth user", r"(?:(?<!\S)-u|--user)(?:=|\s+)[\"']?(?!(?:sk|rk|pk)_(?:test|live)_)(?P<v>[A-Za-z0-9_][\w.@-]{1,40}):", 0.7),
        # Common and combined web server logs: "61.219.75.228 - alice [04/Mar/2025:10:12:44 +0000]".
        Pattern("access log user", r"\b(?:\d{1,3}\.){3}\d{1,3}[ \t]+\S+[ \t]+(?P<v>[A-Za-z_][\w.@-]{1,40})[ \t]+\[\d{1,2}/[A-Z][a-z]{2}/\d{4}:", 0.7),
        Pattern("ssh log", r"(?:Accepted|Failed) (?:password|publickey|keyboard-interactive/pam|none) for (?:invalid user )?(?P<v>\S+)", 0.8),
        Pattern("ssh invalid user", r"\b[Ii]nvalid user (?P<v>\S+)", 0.8),
        Pattern("user in url", r"[A-Za-z][A-Za-z0-9+.-]*://(?P<v>[^\s:/@]+):[^\s/]+@", 0.8),
        Pattern("reddit user", r"(?<![\w/])u/(?P<v>[A-Za-z0-9_-]{3,20})\b", 0.7),
        Pattern("account word then handle",
                r"(?i:\b(?:account|profile|user|player|member|channel|gamertag|handle|streamer|creator)s?)\s+[\"'`]?@?(?P<v>"
                + _HANDLE_SHAPED + r")", 0.55),
        Pattern("greeting then handle",
                r"(?i:\b(?:welcome(?:\s+back)?|hi|hello|hey|thanks|thank\s+you|congrats|congratulations|good\s+luck|gg|well\s+played),?)"
                r"\s+@?(?P<v>" + _HANDLE_SHAPED + r")(?=\s*[!.,?:;)]|\s*$)", 0.55),
        Pattern("play as", r"(?i:\b(?:play|playing|played|stream|streaming|post|posting|known|go)\s+(?:as|by|under))\s+[\"'`]?@?(?P<v>"
                + _HANDLE + r")(?=\s+(?i:on|in|at)\b|\s*[!.,?;)]|\s*$)", 0.6),
    ]

    GATES: ClassVar[dict[str, tuple[str, ...]]] = {
        "at handle": ("@",), "home directory": ("users", "/home/", "/mail/"),
        "foreign username label": ("gebruikersnaam", "benutzername", "utilisateur", "identifiant", "usuario", "usuário", "usuario",
                                   "utente", "użytkownik", "uzytkownik", "uživatel", "uzivatel", "kullan", "đăng", "dang",
                                   "пользовател", "логин", "λογαριασμ", "όνομα", "アカウント", "ユーザー", "사용자", "아이디", "用户名",
                                   "用戶名", "帳號", "账号", "ชื่อผู้ใช้"),
        "login record": ("pts/", "tty", "console"),
        "login in a transcript": ("> user", ">user", "< user", "<user", "password required", "keyring.", "git@", "chpasswd"), "quoted user in log": (" for",), "json user field": ("name",), "xml user element": ("<",), "game log player": ("]:", "uuid of player"),
        "platform name said later": ("skype", "discord", "steam", "xbox", "psn", "roblox", "minecraft", "twitch", "telegram",
                                     "snapchat", "instagram", "tiktok"), "logged in as": ("in as", "sudo", "as user"),
        "ssh user at host": ("ssh", "scp", "sftp", "rsync"),
        "shell prompt": ("@",), "whoami output": ("whoami",), "sudo prompt": ("[sudo]",), "sql account": ("@",), "id command": ("uid=", "gid="), "domain login": ("\\",), "service login": ("/",), "windows user option": ("/user:",), "ssh log": ("accepted", "failed"),
        "ssh invalid user": ("invalid user",), "handle named later": ("handle", "name", "gamertag", "tag", "called", "named"),
        "login before password": ("cred", "login"), "ssh config user": ("user",), "basic auth user": ("-u", "--user"),
        "access log user": tuple(f"/{m}/" for m in ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")), "user in url": ("://",), "reddit user": ("u/",),
        "go by handle": (" by", "known as"), "play as": (" as", " by", " under"),
        "greeting then handle": ("welcome", "hi", "hello", "hey", "thank", "congrat", "good luck", "gg", "well played"),
    }

    TABLE_HEADERS: ClassVar[frozenset[str]] = frozenset({"login", "user", "username", "user name", "user id", "handle", "account"})
    """Column headers of pasted tables whose cells are user names."""

    def table_cell_score(self, value: str) -> float | None:
        return 0.6 if regex.fullmatch(_HANDLE, value) and not self.invalidate_result(value) else None

    def invalidate_result(self, pattern_text: str) -> bool | None:
        value = pattern_text.lower().strip(".")
        if value in _CODE_AT_WORDS or value in COMMON_WORDS:
            return True
        if value in {"public", "shared", "default", "all users", "root", "admin", "administrator", "user", "username", "me",
                     "staff", "wheel", "nobody", "www-data", "daemon", "system", "guest"}:
            return True
        # snake_case or dotted identifiers made of everyday words are code ("user_id", "page.title").
        parts = [p for p in regex.split(r"[_.]", value) if p]
        return len(parts) > 1 and all(p in COMMON_WORDS or p in _CODE_WORDS for p in parts)
