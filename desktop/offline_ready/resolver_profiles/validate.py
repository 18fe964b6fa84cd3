"""Strict checks for everything that may reach a system command: addresses, adapter names, ids.

The privileged helper and every backend pass values through these before building an argv
list. Nothing here ever builds a shell string; the checks exist so that even an argv element
cannot be mistaken for an option or carry control characters.
"""

from __future__ import annotations

import ipaddress
import re

from ..i18n import N_, _

PROFILE_ID_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$")
# Linux interface names: at most 15 bytes, no '/', no whitespace (kernel dev_valid_name).
LINUX_IFNAME_RE = re.compile(r"^[A-Za-z0-9_.@:+-]{1,15}$")
# Network service / interface alias names on macOS and Windows may hold spaces, parentheses and dashes.
SERVICE_NAME_RE = re.compile(r"^[\w .()/+#&,'-]{1,64}$", re.UNICODE)
DOMAIN_RE = re.compile(r"^(?=.{1,253}$)(?!-)[A-Za-z0-9_-]{1,63}(?<!-)(\.(?!-)[A-Za-z0-9_-]{1,63}(?<!-))*$")


class InvalidInput(ValueError):
    """A value failed validation; the message says which and why, in plain words."""


def _no_controls(text: str, what: str) -> None:
    """``what``: the message (marked with ``N_``), with ``{text}`` where the value goes."""
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise InvalidInput(_(what).format(text=text))


def server_address(value: object, *, allow_scope: bool = False) -> str:
    """A resolver address, normalised. Rejects hosts names, ports, masks, multicast and 0.0.0.0.

    ``allow_scope`` admits a link-local IPv6 address with a zone (``fe80::1%eth0``), which only
    appears when putting back what DHCPv6 or router advertisements had set.
    """
    if not isinstance(value, str):
        raise InvalidInput(_("resolver address must be text, got {kind}").format(kind=type(value).__name__))
    text = value.strip()
    _no_controls(text, N_("resolver address {text!r} contains control characters"))
    if not text or len(text) > 64 or text.startswith("-"):
        raise InvalidInput(_("{value!r} is not a valid resolver address").format(value=value))
    zone = ""
    if "%" in text:
        text, _percent, zone = text.partition("%")
        if not allow_scope or (not LINUX_IFNAME_RE.fullmatch(zone) and not zone.isdigit()):
            raise InvalidInput(_("{value!r} is not a valid resolver address (zone identifiers are not accepted)").format(value=value))
    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        raise InvalidInput(_("{value!r} is not a valid IPv4 or IPv6 address").format(value=value)) from None
    if ip.is_unspecified or ip.is_multicast:
        raise InvalidInput(_("{value!r} cannot be a resolver address").format(value=value))
    if zone and not (ip.version == 6 and ip.is_link_local):
        raise InvalidInput(_("{value!r}: only link-local IPv6 addresses carry a zone").format(value=value))
    return f"{ip}%{zone}" if zone else str(ip)


def server_list(values: object, *, allow_scope: bool = False, max_len: int = 16) -> list[str]:
    if not isinstance(values, list | tuple):
        raise InvalidInput(_("resolver addresses must be a list"))
    if len(values) > max_len:
        raise InvalidInput(_("too many resolver addresses ({n} > {limit})").format(n=len(values), limit=max_len))
    out: list[str] = []
    for v in values:
        addr = server_address(v, allow_scope=allow_scope)
        if addr not in out:
            out.append(addr)
    return out


def family_of(address: str) -> str:
    """``"ipv4"`` or ``"ipv6"`` for a validated address."""
    return "ipv6" if ":" in address.split("%", 1)[0] else "ipv4"


def profile_id(value: object) -> str:
    if not isinstance(value, str) or not PROFILE_ID_RE.fullmatch(value):
        raise InvalidInput(_("{value!r} is not a profile id (lower-case letters, digits and dashes, at most 32 "
                             "characters)").format(value=value))
    return value


def linux_ifname(value: object) -> str:
    if not isinstance(value, str) or not LINUX_IFNAME_RE.fullmatch(value) or value.startswith("-") \
            or value in (".", ".."):
        raise InvalidInput(_("{value!r} is not a valid network interface name").format(value=value))
    return value


def service_name(value: object) -> str:
    """A macOS network service or a Windows interface alias, as shown by the OS."""
    if not isinstance(value, str):
        raise InvalidInput(_("adapter name must be text"))
    _no_controls(value, N_("adapter name {text!r} contains control characters"))
    if not SERVICE_NAME_RE.fullmatch(value) or value.startswith(("-", " ")) or value != value.strip():
        raise InvalidInput(_("{value!r} is not a valid adapter name").format(value=value))
    return value


def interface_index(value: object) -> int:
    if isinstance(value, bool):
        raise InvalidInput(_("{value!r} is not an interface index").format(value=value))
    text = str(value)
    if not text.isascii() or not text.isdigit():
        raise InvalidInput(_("{value!r} is not an interface index").format(value=value))
    n = int(text, 10)
    if not 1 <= n <= 0xFFFFFF or text != str(n):
        raise InvalidInput(_("{value!r} is not an interface index").format(value=value))
    return n


def domain(value: object) -> str:
    if not isinstance(value, str):
        raise InvalidInput(_("domain must be text"))
    text = value.strip().rstrip(".").lower()
    if text.startswith("~"):
        text = text[1:]
    if not DOMAIN_RE.fullmatch(text):
        raise InvalidInput(_("{value!r} is not a valid domain name").format(value=value))
    return text


def domain_list(values: object, max_len: int = 50) -> list[str]:
    if not isinstance(values, list | tuple) or len(values) > max_len:
        raise InvalidInput(_("domains must be a list of at most {max_len} names").format(max_len=max_len))
    return list(dict.fromkeys(domain(v) for v in values))


JOURNAL_ID_RE = re.compile(r"^[0-9a-f]{12}$")
CONFIRM_WITHIN = (5, 3600)  # seconds a switch may wait for confirmation before the system reverts it


def journal_id(value: object) -> str:
    if not isinstance(value, str) or not JOURNAL_ID_RE.match(value):
        raise InvalidInput(_("a switch id is 12 hexadecimal digits"))
    return value


def confirm_within(value: object) -> int:
    lo, hi = CONFIRM_WITHIN
    if not isinstance(value, str | int) or isinstance(value, bool) or not str(value).isdigit() \
            or not lo <= int(value) <= hi:
        raise InvalidInput(_("the confirmation time must be a whole number of seconds from {lo} to {hi}").format(lo=lo, hi=hi))
    return int(value)
