"""What every backend reads, changes and puts back, and how it runs system commands.

A snapshot holds, per adapter and IP family, the exact servers and whether they were set by
hand (static) or came from DHCP/router advertisements, plus the backend's own raw data needed
to restore byte for byte. Commands run as argv lists through a :class:`Runner`, never a shell.
"""

from __future__ import annotations

import logging
import re
import subprocess
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from ...i18n import _

log = logging.getLogger(__name__)

STATIC = "static"
DHCP = "dhcp"
MIXED = "static+dhcp"  # NetworkManager: manual servers added to the DHCP ones
FILE = "file"  # plain /etc/resolv.conf: no adapter owns it
NONE = "none"

VPN_NAME_RE = re.compile(r"^(tun|tap|wg|ppp|utun|ipsec|gpd|cscotun|tailscale|zt|nordlynx|proton|vpn|mullvad)",
                         re.IGNORECASE)
VPN_DESCRIPTION_RE = re.compile(
    r"wireguard|tap-windows|openvpn|anyconnect|globalprotect|pangp|fortinet|fortissl|tailscale|zerotier|"
    r"wan miniport|juniper|pulse secure|ivanti|sonicwall|checkpoint|check point|nordlynx|\bvpn\b",
    re.IGNORECASE,
)


class BackendError(RuntimeError):
    """A system command failed or printed something we could not understand."""


class Unsupported(RuntimeError):
    """This backend does not apply to this machine; the message says why in plain words."""


@dataclass
class FamilyDns:
    servers: list[str] = field(default_factory=list)
    source: str = NONE  # static | dhcp | static+dhcp | file | none


@dataclass
class AdapterDns:
    name: str  # what the OS calls it: interface, NetworkManager device, Windows alias, macOS service
    index: str = ""  # link index (resolved), interface index (Windows), device (macOS)
    ipv4: FamilyDns = field(default_factory=FamilyDns)
    ipv6: FamilyDns = field(default_factory=FamilyDns)
    domains: list[str] = field(default_factory=list)  # search / routing domains as the OS shows them
    is_vpn: bool = False
    active: bool = True
    extra: dict[str, Any] = field(default_factory=dict)  # backend-specific data needed for an exact restore

    @property
    def servers(self) -> list[str]:
        return [*self.ipv4.servers, *self.ipv6.servers]

    def family(self, fam: str) -> FamilyDns:
        return self.ipv4 if fam == "ipv4" else self.ipv6

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> AdapterDns:
        return cls(name=d["name"], index=str(d.get("index", "")), ipv4=FamilyDns(**d.get("ipv4", {})),
                   ipv6=FamilyDns(**d.get("ipv6", {})), domains=list(d.get("domains", [])),
                   is_vpn=bool(d.get("is_vpn", False)), active=bool(d.get("active", True)),
                   extra=dict(d.get("extra", {})))


@dataclass
class Snapshot:
    backend: str
    adapters: list[AdapterDns]
    taken_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))

    @property
    def targets(self) -> list[AdapterDns]:
        """Adapters a switch changes: active and not a VPN (a VPN's DNS is the VPN's business)."""
        return [a for a in self.adapters if a.active and not a.is_vpn]

    def adapter(self, name: str) -> AdapterDns | None:
        return next((a for a in self.adapters if a.name == name), None)

    def servers(self, *, include_vpn: bool = False) -> list[str]:
        out: list[str] = []
        for a in self.adapters:
            if a.active and (include_vpn or not a.is_vpn):
                out += [s for s in a.servers if s not in out]
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"backend": self.backend, "taken_at": self.taken_at, "adapters": [a.to_dict() for a in self.adapters]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Snapshot:
        return cls(backend=d["backend"], taken_at=d.get("taken_at", ""),
                   adapters=[AdapterDns.from_dict(a) for a in d.get("adapters", [])])


@dataclass
class ApplyPlan:
    """What to set: the profile's servers by family, and suffixes to keep on the original servers."""

    profile_id: str
    ipv4: list[str]
    ipv6: list[str]
    keep_suffixes: list[str] = field(default_factory=list)

    @property
    def servers(self) -> list[str]:
        return [*self.ipv4, *self.ipv6]


@dataclass
class CommandResult:
    returncode: int
    stdout: str
    stderr: str


AdapterCommands = Callable[[AdapterDns], list[list[str]]]  # the argv lists that change one adapter


class Runner(Protocol):
    def __call__(self, argv: list[str], *, timeout: float = 15.0, input: str | None = None) -> CommandResult: ...


def run_command(argv: list[str], *, timeout: float = 15.0, input: str | None = None) -> CommandResult:
    """Run an argv list (never through a shell) with a hard timeout; text in, text out."""
    if not argv or not all(isinstance(a, str) for a in argv):
        raise BackendError("internal error: a command must be a list of strings")
    try:
        cp = subprocess.run(argv, input=input, capture_output=True, text=True, timeout=timeout, check=False,
                            env={"LC_ALL": "C", "LANG": "C", "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"}
                            if not argv[0].lower().endswith(".exe") else None)
    except FileNotFoundError:
        raise BackendError(_("{program} is not installed").format(program=argv[0])) from None
    except subprocess.TimeoutExpired:
        raise BackendError(_("{program} did not finish within {timeout:.0f} s").format(
            program=argv[0], timeout=timeout)) from None
    return CommandResult(cp.returncode, cp.stdout or "", cp.stderr or "")


def checked(runner: Runner, argv: list[str], *, timeout: float = 15.0, input: str | None = None) -> str:
    res = runner(argv, timeout=timeout, input=input)
    if res.returncode != 0:
        msg = (res.stderr or res.stdout).strip().splitlines()
        raise BackendError(_("{command} failed: {error}").format(command=" ".join(argv[:3]), error=msg[-1] if msg else f'exit {res.returncode}'))
    return res.stdout


def looks_like_vpn(name: str, description: str = "") -> bool:
    return bool(VPN_NAME_RE.match(name or "")) or bool(description and VPN_DESCRIPTION_RE.search(description))


def split_by_family(servers: list[str]) -> tuple[list[str], list[str]]:
    v4 = [s for s in servers if ":" not in s.split("%", 1)[0]]
    v6 = [s for s in servers if ":" in s.split("%", 1)[0]]
    return v4, v6


class Backend:
    """Read, apply and restore DNS settings on one kind of system."""

    name = "base"
    supports_split_dns = False  # can keep internal suffixes on the original servers

    def __init__(self, runner: Runner | None = None) -> None:
        self.run: Runner = runner or run_command

    def check_available(self) -> None:
        """Raise :class:`Unsupported` if this backend does not manage DNS on this machine."""
        raise NotImplementedError

    def snapshot(self) -> Snapshot:
        raise NotImplementedError

    def apply(self, snap: Snapshot, plan: ApplyPlan) -> list[str]:
        """Set the plan's servers on the snapshot's target adapters; returns the adapters changed."""
        raise NotImplementedError

    def restore(self, snap: Snapshot) -> list[str]:
        """Put back exactly what ``snap`` recorded for the adapters a switch changed."""
        raise NotImplementedError

    def flush_cache(self) -> None:
        """Drop the OS resolver cache so the change takes effect at once (best effort)."""

    def apply_each(self, targets: list[AdapterDns], commands: AdapterCommands, undo: AdapterCommands, *,
                   timeout: float = 15.0,
                   errors: tuple[type[BaseException], ...] = (BackendError,)) -> list[AdapterDns]:
        """Run each adapter's commands in turn; when one fails, put back the adapters already changed
        (best effort) and re-raise, so a switch never leaves some adapters on the backup."""
        done: list[AdapterDns] = []
        try:
            for adapter in targets:
                for argv in commands(adapter):
                    checked(self.run, argv, timeout=timeout)
                done.append(adapter)
        except errors:
            for adapter in done:
                for argv in undo(adapter):
                    self.run(argv, timeout=timeout)
            raise
        return done

    def restore_each(self, targets: list[AdapterDns], commands: AdapterCommands, *, timeout: float = 15.0,
                     then: Callable[[], None] | None = None) -> list[str]:
        """Restore every adapter even when one fails (a partial way back beats none); ``then`` runs
        before the failures are raised. Returns the names of the adapters restored."""
        errors: list[str] = []
        done: list[str] = []
        for adapter in targets:
            try:
                for argv in commands(adapter):
                    checked(self.run, argv, timeout=timeout)
                done.append(adapter.name)
            except BackendError as exc:
                errors.append(str(exc))
        if then is not None:
            then()
        if errors:
            raise BackendError("; ".join(errors))
        return done

    def describe(self) -> str:
        return self.name
