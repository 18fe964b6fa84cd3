"""Backup profiles: built-in public providers, the user's captured original settings, custom ones.

Built-ins come from four independent operators so that no single provider's outage takes every
backup down with it. Admin policy can replace or lock the list through ``backup_dns.*`` settings.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..atomic import atomic_write_text
from ..i18n import _
from ..storeversion import FORMAT_KEY, load_json_store, unchanged
from . import validate

if TYPE_CHECKING:
    from ..config import Config

log = logging.getLogger(__name__)

ORIGINAL_ID = "original"

BUILTIN = "builtin"
CUSTOM = "custom"
ORIGINAL = "original"


@dataclass(frozen=True)
class Profile:
    id: str
    name: str
    servers: tuple[str, ...]
    kind: str = BUILTIN  # builtin | custom | original
    provider: str = ""
    doh_url: str = ""
    doh_addresses: tuple[str, ...] = ()
    note: str = ""  # e.g. when the original settings were captured

    @property
    def ipv4(self) -> list[str]:
        return [s for s in self.servers if validate.family_of(s) == "ipv4"]

    @property
    def ipv6(self) -> list[str]:
        return [s for s in self.servers if validate.family_of(s) == "ipv6"]

    @property
    def switchable(self) -> bool:
        """Whether the system can be switched to it (the original profile is restored, never applied)."""
        return self.kind != ORIGINAL and bool(self.servers)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["servers"] = list(self.servers)
        d["doh_addresses"] = list(self.doh_addresses)
        return d


BUILTIN_PROFILES: dict[str, Profile] = {
    p.id: p
    for p in (
        Profile("cloudflare", "Cloudflare (1.1.1.1)",
                ("1.1.1.1", "1.0.0.1", "2606:4700:4700::1111", "2606:4700:4700::1001"),
                provider="Cloudflare", doh_url="https://cloudflare-dns.com/dns-query",
                doh_addresses=("1.1.1.1", "1.0.0.1", "2606:4700:4700::1111")),
        Profile("quad9", "Quad9 (9.9.9.9)",
                ("9.9.9.9", "149.112.112.112", "2620:fe::fe", "2620:fe::9"),
                provider="Quad9", doh_url="https://dns.quad9.net/dns-query",
                doh_addresses=("9.9.9.9", "149.112.112.112", "2620:fe::fe")),
        Profile("google", "Google Public DNS (8.8.8.8)",
                ("8.8.8.8", "8.8.4.4", "2001:4860:4860::8888", "2001:4860:4860::8844"),
                provider="Google", doh_url="https://dns.google/dns-query",
                doh_addresses=("8.8.8.8", "8.8.4.4", "2001:4860:4860::8888")),
        Profile("opendns", "Cisco OpenDNS",
                ("208.67.222.222", "208.67.220.220", "2620:119:35::35", "2620:119:53::53"),
                provider="Cisco", doh_url="https://doh.opendns.com/dns-query",
                doh_addresses=("146.112.41.2", "2620:119:fc::2")),
    )
}


class ProfileError(ValueError):
    pass


def custom_profile(entry: dict[str, Any]) -> Profile:
    """A profile from a ``backup_dns.profiles`` entry (already type-checked by the config schema)."""
    try:
        pid = validate.profile_id(entry.get("id"))
        if pid == ORIGINAL_ID or pid in BUILTIN_PROFILES:
            raise validate.InvalidInput(_("profile id {profile!r} is reserved for a built-in profile").format(profile=pid))
        servers = validate.server_list(list(entry.get("servers", [])))
        doh_addresses = validate.server_list(list(entry.get("doh_addresses", []) or []))
    except validate.InvalidInput as exc:
        raise ProfileError(_("custom backup profile: {problem}").format(problem=exc)) from None
    name = str(entry.get("name") or pid)
    if any(ord(c) < 32 for c in name):
        raise ProfileError(_("custom backup profile {profile!r}: the name contains control characters").format(profile=pid))
    return Profile(pid, name, tuple(servers), kind=CUSTOM, provider=name,
                   doh_url=str(entry.get("doh_url") or ""), doh_addresses=tuple(doh_addresses))


def original_profile(servers: list[str], captured_at: str = "") -> Profile:
    note = _("captured {when}").format(when=captured_at) if captured_at else _("not captured yet")
    return Profile(ORIGINAL_ID, _("My original settings"), tuple(servers), kind=ORIGINAL,
                   provider=_("your network"), note=note)


def load_profiles(config: Config, original: Profile | None = None) -> list[Profile]:
    """Every profile the configuration offers, original first (when captured), then custom, then built-in."""
    out: list[Profile] = []
    if original is not None:
        out.append(original)
    seen = {p.id for p in out}
    for entry in config.backup_dns.profiles:
        p = custom_profile(entry)
        if p.id in seen:
            raise ProfileError(_("custom backup profile id {profile!r} is used twice").format(profile=p.id))
        seen.add(p.id)
        out.append(p)
    for pid in config.backup_dns.builtin_profiles:
        if pid in BUILTIN_PROFILES and pid not in seen:
            seen.add(pid)
            out.append(BUILTIN_PROFILES[pid])
    return out


def find(profiles: list[Profile], pid: str) -> Profile:
    for p in profiles:
        if p.id == pid:
            return p
    known = ", ".join(p.id for p in profiles) or "none"
    raise ProfileError(_("no backup profile named {profile!r} (known: {known})").format(profile=pid, known=known))


# -- "my original settings": captured from the system while it is not on backup DNS ----------------

@dataclass
class CapturedOriginal:
    servers: list[str]
    captured_at: str
    backend: str
    adapters: list[dict[str, Any]] = field(default_factory=list)

    def profile(self) -> Profile:
        return original_profile(self.servers, self.captured_at)


ORIGINAL_FORMAT = 1  # of dns-original.json (see storeversion)


def original_file(state_dir: Path) -> Path:
    return state_dir / "dns-original.json"


def save_original(state_dir: Path, servers: list[str], backend: str, adapters: list[dict[str, Any]]) -> CapturedOriginal:
    cap = CapturedOriginal(servers=list(servers), backend=backend, adapters=adapters,
                           captured_at=datetime.now(UTC).isoformat(timespec="seconds"))
    atomic_write_text(original_file(state_dir), json.dumps({FORMAT_KEY: ORIGINAL_FORMAT, **asdict(cap)}, indent=2))
    return cap


def load_original(state_dir: Path) -> CapturedOriginal | None:
    path = original_file(state_dir)
    try:
        d = load_json_store(path, ORIGINAL_FORMAT, {0: unchanged})  # 0: 0.1.0, no format field
        return CapturedOriginal(servers=validate.server_list(d["servers"], allow_scope=True),
                                captured_at=str(d.get("captured_at", "")), backend=str(d.get("backend", "")),
                                adapters=list(d.get("adapters", [])))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("ignoring unreadable %s: %s", path, exc)
        return None
