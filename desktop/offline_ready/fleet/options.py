"""Fleet settings as one typed value, and the sign-in secret (keyring or IT's credentials file)."""

from __future__ import annotations

import logging
import os
import stat
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..config import Config
from ..i18n import _, os_error

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Offline Ready fleet"
MAX_CREDENTIALS_BYTES = 64 << 10
EVENT_LOG_HERE = sys.platform == "win32"  # the Windows Event Log output exists on Windows only


class FleetCredentialError(Exception):
    """The sign-in secret is missing, unreadable or unsafe; the message says which and why."""


@dataclass(frozen=True)
class FleetOptions:
    enabled: bool = False
    metrics_url: str = ""
    events_url: str = ""
    events_format: str = "victorialogs"
    syslog_url: str = ""
    windows_event_log: bool = False  # only ever True on Windows (from_config)
    auth: str = "none"
    username: str = ""
    credentials_file: str = ""
    ca_file: str = ""
    site: str = ""
    isp_asn: str = ""
    host_salt: str = ""
    interval: float = 60.0
    spool_max_days: float = 7.0
    spool_max_mb: float = 20.0

    @classmethod
    def from_config(cls, config: Any) -> FleetOptions:
        f = config.fleet
        return cls(enabled=f.enabled, metrics_url=f.metrics_url, events_url=f.events_url,
                   events_format=f.events_format, syslog_url=f.syslog_url,
                   windows_event_log=bool(f.windows_event_log) and EVENT_LOG_HERE, auth=f.auth, username=f.username,
                   credentials_file=f.credentials_file, ca_file=f.ca_file, site=f.site.strip(), isp_asn=f.isp_asn,
                   host_salt=f.host_salt, interval=float(f.interval), spool_max_days=float(f.spool_max_days),
                   spool_max_mb=float(f.spool_max_mb))

    @property
    def active(self) -> bool:
        """Enabled and with somewhere to send to."""
        return self.enabled and bool(self.metrics_url or self.events_url or self.syslog_url
                                     or self.windows_event_log)

    def destinations(self) -> list[str]:
        """The engines' host names, for the Settings line ("Reporting to your organisation: …")."""
        out = []
        for url in (self.metrics_url, self.events_url, self.syslog_url):
            host = urlsplit(url).hostname if url else None
            if host and host not in out:
                out.append(host)
        if self.windows_event_log:
            out.append(_("Windows Event Log"))
        return out

    def verify(self) -> Any:
        """``requests``' verify argument: the custom CA file, or True (the system's store via the session)."""
        return self.ca_file or True


def keyring_key(username: str) -> str:
    """One keyring item for the fleet engines: the token (``token``) or the basic password of a user."""
    return f"basic:{username}" if username else "token"


def save_secret(options: FleetOptions, secret: str) -> None:
    if any(ch in secret for ch in "\r\n\x00") or not secret:
        raise FleetCredentialError(_("the secret must be one non-empty line"))
    import keyring

    keyring.set_password(KEYRING_SERVICE, keyring_key(options.username if options.auth == "basic" else ""), secret)


def forget_secret(options: FleetOptions) -> bool:
    import keyring
    from keyring.errors import PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, keyring_key(options.username if options.auth == "basic" else ""))
    except PasswordDeleteError:
        return False
    return True


def auth_headers(options: FleetOptions) -> dict[str, str]:
    """The Authorization header for the engines ({} for auth = none). Raises FleetCredentialError."""
    if options.auth == "none":
        return {}
    secret = _from_file(options) if options.credentials_file else _from_keyring(options)
    if options.auth == "bearer":
        return {"Authorization": f"Bearer {secret}"}
    if not options.username:
        raise FleetCredentialError(_("{auth} is basic but {username} is empty").format(
            auth=Config.fleet.auth.key, username=Config.fleet.username.key))
    import base64

    token = base64.b64encode(f"{options.username}:{secret}".encode()).decode("ascii")
    return {"Authorization": f"Basic {token}"}


def _from_keyring(options: FleetOptions) -> str:
    key = keyring_key(options.username if options.auth == "basic" else "")
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            secret = keyring.get_password(KEYRING_SERVICE, key)
        except KeyringError as exc:
            raise FleetCredentialError(_("the keyring could not be read ({problem})").format(problem=exc)) from None
    except ImportError:  # pragma: no cover - keyring is a required dependency
        secret = None
    if not secret:
        raise FleetCredentialError(_("no fleet sign-in secret in the keyring ({command})").format(
            command="offline-ready fleet login"))
    return secret


def _from_file(options: FleetOptions) -> str:
    """The secret from IT's machine-wide file: refused when others than administrators could change it."""
    path = Path(options.credentials_file)
    try:
        st = path.stat()
        if st.st_size > MAX_CREDENTIALS_BYTES:
            raise FleetCredentialError(_("{path}: larger than {size} KiB").format(path=path, size=MAX_CREDENTIALS_BYTES // 1024))
        if os.name == "posix" and (st.st_mode & (stat.S_IWGRP | stat.S_IWOTH) or st.st_uid not in (0, os.getuid())):
            raise FleetCredentialError(_("{path}: may be changed by other users; it must belong to an administrator "
                                         "and be writable by its owner only").format(path=path))
        doc = tomllib.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise FleetCredentialError(_("{path}: cannot be read ({reason})").format(path=path, reason=os_error(exc))) from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise FleetCredentialError(_("{path}: is not valid TOML ({problem})").format(path=path, problem=exc)) from None
    key = "password" if options.auth == "basic" else "token"
    secret = doc.get(key)
    if not isinstance(secret, str) or not secret or any(ch in secret for ch in "\r\n\x00"):
        raise FleetCredentialError(_("{path}: has no usable {line} line").format(path=path, line=f'{key} = "…"'))
    return secret
