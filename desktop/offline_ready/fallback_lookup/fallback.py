"""The fallback chain for the app's own lookups: system → backup resolver → DoH → last known good.

Every answer says where it came from (``source``) and, for remembered addresses, how old they
are (``stale_age``); the resolver publishes a notice the first time it has to fall back, so the
user is never silently served from elsewhere.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, ClassVar

import requests

from ..config import Config
from ..events import EventBus, Notice
from ..i18n import _, ngettext
from ..paths import app_paths
from ..probes.dns import DnsResult, query, system_lookup
from ..proxy.session import proxied_session
from ..resolver_profiles.profiles import load_profiles
from ..resolver_profiles.results import load_results
from .doh import doh_query
from .session import PinnedAdapter
from .stale import StaleStore

log = logging.getLogger(__name__)

SYSTEM = "system"
BACKUP = "backup"
DOH = "doh"
STALE = "stale"
SYSTEM_RETRY_AFTER = 20.0  # seconds to skip a failed system resolver before trying it again
FINAL = ("nxdomain",)  # a live resolver said the name does not exist: no fallback hides that


class ResolveError(requests.ConnectionError):
    """No source could resolve the name; ``tried`` lists each source and what it said."""

    def __init__(self, name: str, tried: list[tuple[str, str]]) -> None:
        self.name = name
        self.tried = tried
        super().__init__(_("cannot resolve {name}: {tried}").format(name=name, tried="; ".join(f"{s}: {d}" for s, d in tried)))


@dataclass
class ResolveResult:
    name: str
    addresses: list[str]
    source: str  # system | backup | doh | stale
    server: str = ""  # which backup resolver or DoH URL answered
    stale_age: float | None = None  # seconds since the remembered addresses were last confirmed
    tried: list[tuple[str, str]] = field(default_factory=list)

    @property
    def fallback(self) -> bool:
        return self.source != SYSTEM

    def describe(self) -> str:
        if self.source == SYSTEM:
            return _("{name} resolved by your system resolver").format(name=self.name)
        if self.source == STALE:
            return _("{name}: using addresses remembered {age} ago (no resolver answers right now)").format(
                name=self.name, age=_age(self.stale_age or 0))
        if self.source == DOH:
            return _("{name} resolved by the backup DNS-over-HTTPS service {server} (your resolver is not "
                     "answering)").format(name=self.name, server=self.server)
        return _("{name} resolved by the backup resolver {server} (your resolver is not answering)").format(
            name=self.name, server=self.server)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "addresses": self.addresses, "source": self.source, "server": self.server,
                "stale_age": None if self.stale_age is None else round(self.stale_age), "tried": self.tried,
                "description": self.describe()}


@dataclass
class DohEndpoint:
    url: str
    addresses: list[str]


class FallbackResolver:
    def __init__(self, *, backups: list[str] | None = None, doh: list[DohEndpoint] | None = None,
                 store: StaleStore | None = None, timeout: float = 1.5, stale_max_age: float = 72 * 3600,
                 enabled: bool = True, bus: EventBus | None = None, backup_port: int = 53,
                 system=system_lookup, doh_verify: bool | str = True) -> None:
        self.backups = list(backups or [])
        self.doh = list(doh or [])
        self.store = store
        self.timeout = timeout
        self.stale_max_age = stale_max_age
        self.enabled = enabled
        self.bus = bus
        self.backup_port = backup_port
        self.system = system
        self.doh_verify = doh_verify
        self._system_down_until = 0.0
        self._announced: set[str] = set()
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="fallback-dns")

    _by_config: ClassVar[dict[int, FallbackResolver]] = {}

    @classmethod
    def for_config(cls, config: Any, bus: EventBus | None = None) -> FallbackResolver:
        """One resolver per configuration object (keeps its memory of a failing system resolver)."""
        key = id(config)
        existing = cls._by_config.get(key)
        if existing is None:
            existing = cls._by_config[key] = cls.from_config(config, bus=bus)
        return existing

    @classmethod
    def from_config(cls, config: Any, bus: EventBus | None = None) -> FallbackResolver:
        paths = getattr(config, "paths", None) or app_paths()
        profiles = load_profiles(config)
        working = load_results(paths.state_dir).working_backups() if config.backup_dns.enabled else []
        backups: list[str] = []
        for server in [*working, *(s for p in profiles for s in p.ipv4[:1]), *config.probes.resolvers]:
            if server not in backups:
                backups.append(server)
        doh = [DohEndpoint(p.doh_url, list(p.doh_addresses)) for p in profiles
               if p.doh_url and p.doh_addresses] if config.backup_dns.use_doh else []
        return cls(backups=backups[:3], doh=doh[:2], store=StaleStore(paths.state_dir / "dns-last-known-good.json"),
                   timeout=min(1.5, config.probes.timeout),
                   stale_max_age=config.backup_dns.stale_max_hours * 3600.0,
                   enabled=config.backup_dns.fallback_resolution, bus=bus)

    def close(self, wait: bool = False) -> None:
        """Stop the lookup threads; ``wait`` lets a lookup under way finish (each is bounded by the timeout)."""
        self._pool.shutdown(wait=wait, cancel_futures=True)

    @classmethod
    def close_all(cls) -> None:
        """At the app's quit: close every resolver :meth:`for_config` made, and wait for their threads."""
        resolvers = list(cls._by_config.values())
        cls._by_config.clear()
        for resolver in resolvers:
            resolver.close(wait=True)

    # -- the chain ------------------------------------------------------------------------------
    def resolve(self, name: str) -> ResolveResult:
        name = name.rstrip(".").lower()
        tried: list[tuple[str, str]] = []
        now = time.monotonic()
        if now >= self._system_down_until or not self.enabled:
            res = self.system(name, self.timeout)
            if res.ok:
                self._system_down_until = 0.0
                return self._live(name, res.addresses, SYSTEM, "", tried)
            tried.append((SYSTEM, res.detail or res.status))
            if res.status in FINAL or not self.enabled:
                raise ResolveError(name, tried)
            self._system_down_until = now + SYSTEM_RETRY_AFTER
        else:
            tried.append((SYSTEM, _("skipped: failed moments ago")))
        return self._after_system(name, tried)

    def resolve_fallback(self, name: str, why: str = "", *,
                         budget: float | None = None) -> ResolveResult:
        """The chain without the system resolver, for a caller that just saw it fail (a diagnosis);
        ``budget``: seconds it may take in all (live sources give up early, last known addresses stay)."""
        if not self.enabled:
            raise ResolveError(name, [(SYSTEM, why or _("failed in this check")),
                                      ("fallback", _("turned off ({setting})").format(setting=Config.backup_dns.fallback_resolution.key))])
        until = None if budget is None else time.monotonic() + budget
        return self._after_system(name.rstrip(".").lower(), [(SYSTEM, why or _("failed in this check"))], until)

    def remember(self, name: str, addresses: list[str]) -> None:
        """Addresses the system resolver gave and that worked, kept for serve-stale."""
        if self.store is not None and self.stale_max_age > 0:
            self.store.remember(name.rstrip(".").lower(), addresses, SYSTEM)

    def _left(self, until: float | None, full: float) -> float:
        """A query's own timeout: never past the caller's budget, so no query outlives it."""
        return full if until is None else max(0.05, min(full, until - time.monotonic()))

    def _after_system(self, name: str, tried: list[tuple[str, str]], until: float | None = None) -> ResolveResult:
        if self.backups:
            t = self._left(until, self.timeout)
            hit = self._race([(s, lambda s=s: self._ask_backup(s, name, t)) for s in self.backups], tried, BACKUP,
                             until)
            if hit:
                return self._live(name, hit[1].addresses, BACKUP, hit[0], tried)
        if self.doh:
            t = self._left(until, self.timeout * 2)
            hit = self._race([(d.url, lambda d=d: doh_query(d.url, name, t, addresses=d.addresses,
                                                             verify=self.doh_verify)) for d in self.doh], tried, DOH,
                             until)
            if hit:
                return self._live(name, hit[1].addresses, DOH, hit[0], tried)
        if self.store is not None and self.stale_max_age > 0:
            old = self.store.get(name)
            if old is not None:
                age = time.time() - old.at
                if age <= self.stale_max_age:
                    result = ResolveResult(name, list(old.addresses), STALE, old.source, age, tried)
                    self._announce(result)
                    return result
                tried.append((STALE, _("remembered addresses are too old ({age})").format(age=_age(age))))
        raise ResolveError(name, tried)

    def _ask_backup(self, server: str, name: str, timeout: float | None = None) -> DnsResult:
        timeout = self.timeout if timeout is None else timeout
        res = query(server, name, timeout, "A", port=self.backup_port)
        if res.status in ("nodata",):
            res6 = query(server, name, timeout, "AAAA", port=self.backup_port)
            if res6.ok:
                return res6
        return res

    def _race(self, jobs, tried: list[tuple[str, str]], kind: str,
              until: float | None = None) -> tuple[str, DnsResult] | None:
        deadline = time.monotonic() + self.timeout * 2 + 0.5
        if until is not None:
            deadline = min(deadline, until)
            if deadline <= time.monotonic():
                tried.append((kind, _("no time left in this check")))
                return None
        futures = {self._pool.submit(fn): label for label, fn in jobs}
        pending = set(futures)
        while pending:
            done, pending = wait(pending, timeout=max(0.0, deadline - time.monotonic()), return_when=FIRST_COMPLETED)
            if not done:
                break
            for fut in done:
                label = futures[fut]
                try:
                    res = fut.result()
                except Exception as exc:
                    tried.append((f"{kind} {label}", str(exc)))
                    continue
                if res.ok:
                    return label, res
                tried.append((f"{kind} {label}", res.detail or res.status))
        for fut in pending:
            tried.append((f"{kind} {futures[fut]}", _("no answer in time")))
        return None

    def _live(self, name: str, addresses: list[str], source: str, server: str,
              tried: list[tuple[str, str]]) -> ResolveResult:
        if self.store is not None:
            self.store.remember(name, addresses, source if not server else f"{source} {server}")
        result = ResolveResult(name, list(addresses), source, server, None, tried)
        if source != SYSTEM:
            self._announce(result)
        return result

    def _announce(self, result: ResolveResult) -> None:
        log.info("%s", result.describe())
        key = f"{result.source}:{result.server}"
        with self._lock:
            if key in self._announced:
                return
            self._announced.add(key)
        if self.bus is not None:
            self.bus.publish(Notice(kind="dns.fallback", title=_("Working around a DNS outage"),
                                    text=result.describe(), data=result.to_dict()))


def resolve_host(name: str, config: Any, *, bus: EventBus | None = None) -> ResolveResult:
    """Resolve ``name`` for the app's own traffic; see :class:`FallbackResolver`."""
    return FallbackResolver.for_config(config, bus=bus).resolve(name)


def _age(seconds: float) -> str:
    if seconds < 90:
        return _("{seconds:.0f} s").format(seconds=seconds)
    if seconds < 5400:
        return _("{minutes:.0f} min").format(minutes=seconds / 60)
    if seconds < 172800:
        return _("{hours:.0f} h").format(hours=seconds / 3600)
    days = round(seconds / 86400)
    return ngettext("{n} day", "{n} days", days).format(n=days)


def resolving_session(config: Any = None, *, resolver: Any = None) -> requests.Session:
    """A requests session whose connections resolve through the fallback chain.

    ``response.resolved`` is the :class:`~offline_ready.fallback_lookup.fallback.ResolveResult` that
    said where the address came from (system, backup, doh or stale).
    """
    resolver = resolver or FallbackResolver.for_config(config)
    results: dict[str, Any] = {}

    def lookup(host: str) -> list[str] | None:
        res = resolver.resolve(host)  # raises ResolveError when nothing knows the name
        results[host] = res
        return list(res.addresses)

    adapter = PinnedAdapter(lookup, report=results.get)
    session = proxied_session()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
