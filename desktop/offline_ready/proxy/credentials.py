"""Proxy sign-in details in the system keyring only (never in settings, logs or history).

One keyring item per proxy, named by its ``host:port``; the secret is ``user:password`` (RFC 7617
forbids a colon in the Basic user name, so the first colon splits them).
"""

from __future__ import annotations

import logging

from ..i18n import _

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Offline Ready proxy"


def proxy_key(host: str, port: int | None) -> str:
    return f"{host.lower()}:{port or 80}"


def load(host: str, port: int | None) -> tuple[str, str] | None:
    """The (user, password) stored for this proxy, or None (also when no keyring is usable)."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            secret = keyring.get_password(KEYRING_SERVICE, proxy_key(host, port))
        except KeyringError as exc:
            log.warning("the keyring could not be read for the proxy sign-in: %s", exc)
            return None
    except ImportError:  # pragma: no cover - keyring is a required dependency
        return None
    if not secret or ":" not in secret:
        return None
    user, password = secret.split(":", 1)
    return user, password


def save(host: str, port: int | None, user: str, password: str) -> None:
    if ":" in user:
        raise ValueError(_("a proxy user name cannot contain a colon"))
    import keyring

    keyring.set_password(KEYRING_SERVICE, proxy_key(host, port), f"{user}:{password}")


def forget(host: str, port: int | None) -> bool:
    import keyring
    from keyring.errors import PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, proxy_key(host, port))
    except PasswordDeleteError:
        return False
    return True
