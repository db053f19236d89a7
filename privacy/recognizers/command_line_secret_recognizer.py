"""SECRET on command lines: password options and the tools that take a password as an argument."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from privacy.recognizers import secret_shapes as checks
from privacy.recognizers.secret_base import SecretPattern, SecretPatternRecognizer


class CommandLineSecretRecognizer(SecretPatternRecognizer):
    """``--password x``, ``mysql -px``, ``sshpass -p x``, ``smbclient -U user%x``, ``curl -u user:x``."""

    SECRET_PATTERNS: ClassVar[list[SecretPattern]] = [
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
    ]
