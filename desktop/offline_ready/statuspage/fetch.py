"""Fetch a service's status page: bounded, through fallback resolution, cached on disk.

The probes' HTTP (one request, every phase timed, no redirects) with a size cap; names are
resolved by the app's fallback chain, so a provider's page is still read during a resolver
outage. Each reading is kept (the last few per page) so an incident report can say what the
provider said *at the time*, and a failed fetch can fall back on the last good reading.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from ..atomic import atomic_write_text
from ..diagnosis.model import CRITICAL_STATES
from ..i18n import _
from ..probes.dns import DnsResult
from ..probes.http import fetch as http_fetch
from ..storeversion import NewerStoreError, load_json_store
from .model import ProviderStatus
from .parse import StatusPageError, parse_feed, parse_summary

log = logging.getLogger(__name__)
KEEP_READINGS = 50  # per cache file, newest last
_lock = threading.Lock()


def summary_url(page: str) -> str:
    """``https://status.example.com`` → its ``/api/v2/summary.json`` (a full API URL is kept)."""
    if page.rstrip("/").endswith(".json"):
        return page
    return urljoin(page.rstrip("/") + "/", "api/v2/summary.json")


def targets(services: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    """(service name, kind, url) for every watched service that names a status page or feed."""
    out = []
    for s in services:
        if s.get("status_page"):
            out.append((s["name"], "statuspage", summary_url(s["status_page"])))
        elif s.get("status_feed"):
            out.append((s["name"], "feed", s["status_feed"]))
    return out


def fallback_lookup(config: Any):
    """A probes-style lookup through the app's fallback chain (system → backup → DoH → remembered)."""
    from ..fallback_lookup.fallback import FallbackResolver, ResolveError

    resolver = FallbackResolver.for_config(config)

    def lookup(host: str, timeout: float) -> DnsResult:
        t0 = time.perf_counter()
        try:
            res = resolver.resolve(host)
        except ResolveError as exc:
            return DnsResult("fallback", host, "error", (time.perf_counter() - t0) * 1000, detail=str(exc))
        return DnsResult(res.source, host, "ok", (time.perf_counter() - t0) * 1000, res.addresses,
                         detail=res.describe())

    return lookup


CACHE_FORMAT = 1  # {"format": 1, "pages": {url: [reading, …]}} (storeversion)
CACHE_STEPS = {0: lambda d: {"pages": {k: v for k, v in d.items() if isinstance(v, list)}}}


class StatusCache:
    """Readings per URL in one JSON file under the cache folder (small: a few KB per page)."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / "status-pages.json"

    def _load(self, *, for_write: bool = False) -> dict[str, list[dict[str, Any]]]:
        try:
            pages = load_json_store(self.path, CACHE_FORMAT, CACHE_STEPS).get("pages")
            return pages if isinstance(pages, dict) else {}
        except FileNotFoundError:
            return {}
        except NewerStoreError:
            if for_write:  # a newer release's file is never written over
                raise
            return {}
        except (OSError, ValueError) as exc:  # damaged: the cache starts again (nothing is lost)
            log.warning("ignoring unreadable %s: %s", self.path, exc)
            return {}

    def readings(self, url: str) -> list[ProviderStatus]:
        with _lock:
            return [ProviderStatus.from_dict(d) for d in self._load().get(url, [])]

    def latest(self, url: str, *, good_only: bool = False) -> ProviderStatus | None:
        rs = [r for r in self.readings(url) if r.ok or not good_only]
        return rs[-1] if rs else None

    def at(self, when: datetime, until: datetime | None = None) -> list[ProviderStatus]:
        """Per page, the reading nearest to the span [when, until] (for a report on a past incident)."""
        with _lock:
            data = self._load()
        out = []
        end = until or datetime.now(UTC)
        for entries in data.values():
            best, best_gap = None, None
            for d in entries:
                r = ProviderStatus.from_dict(d)
                if r.fetched_at is None:
                    continue
                gap = 0.0 if when <= r.fetched_at <= end else min(abs((r.fetched_at - when).total_seconds()),
                                                                    abs((r.fetched_at - end).total_seconds()))
                if gap <= 3600 and (best_gap is None or gap < best_gap or (gap == 0 and r.ok)):
                    best, best_gap = r, gap
            if best is not None:
                out.append(best)
        return out

    def add(self, status: ProviderStatus) -> None:
        with _lock:
            try:
                data = self._load(for_write=True)
            except NewerStoreError as exc:
                log.warning("not caching the status page: %s", exc)
                return
            entries = data.setdefault(status.url, [])
            entries.append(status.to_dict())
            del entries[:-KEEP_READINGS]
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(self.path, json.dumps({"format": CACHE_FORMAT, "pages": data}, ensure_ascii=False))


def read_status(name: str, kind: str, url: str, *, timeout: float, max_bytes: int, lookup=None,
                cache: StatusCache | None = None, max_age_s: float = 0.0) -> ProviderStatus:
    """One page, bounded by ``timeout`` overall; never raises."""
    if cache is not None and max_age_s > 0:
        last = cache.latest(url)
        if last is not None and last.ok and last.fetched_at and \
                (datetime.now(UTC) - last.fetched_at).total_seconds() <= max_age_s:
            last.cached = True
            last.service = name
            return last
    kw = {"lookup": lookup} if lookup is not None else {}
    res = http_fetch(url, timeout, max_total=timeout, max_body=max_bytes + 1, **kw)
    now = datetime.now(UTC)
    error = ""
    status: ProviderStatus | None = None
    if not res.ok:
        error = f"{res.phase}: {res.detail}"
    elif res.status is None or not 200 <= res.status < 300:
        where = f" (redirected to {urlsplit(res.location).netloc})" if res.location else ""
        error = f"HTTP {res.status}{where}"
    elif len(res.body) > max_bytes:
        error = f"larger than {max_bytes // 1024} KB, refused"
    else:
        parse = parse_summary if kind == "statuspage" else parse_feed
        try:
            status = parse(res.body, service=name, url=url, now=now)
        except StatusPageError as exc:
            error = str(exc)
    if status is None:
        status = ProviderStatus(service=name, url=url, kind=kind, fetched_at=now, error=error)
        last = cache.latest(url, good_only=True) if cache is not None else None
        if last is not None:
            status.indicator, status.description, status.incidents = last.indicator, last.description, last.incidents
            status.page_name, status.components, status.stale_from = last.page_name, last.components, last.fetched_at
    if cache is not None:
        try:
            cache.add(status)
        except OSError as exc:
            log.warning("could not cache the status page %s: %s", url, exc)
    return status


def read_all(config: Any, services: list[dict[str, Any]] | None = None, *, cache_dir: Path | None = None,
             deadline_s: float | None = None, resolve_fallback: bool = True) -> list[ProviderStatus]:
    """Every named status page at once; a page still loading at the deadline reports a timeout."""
    if not config.status_pages.enabled:
        return []
    todo = targets(services if services is not None else
                   [s for s in config.services if s.get("enabled", True)])
    if not todo:
        return []
    timeout = config.status_pages.timeout
    max_bytes = config.status_pages.max_kb * 1024
    cache = StatusCache(cache_dir) if cache_dir is not None else None
    lookup = fallback_lookup(config) if resolve_fallback else None
    max_age = config.status_pages.cache_minutes * 60.0
    limit = deadline_s if deadline_s is not None else timeout + 1.0
    results: dict[int, ProviderStatus] = {}

    def one(i: int, name: str, kind: str, url: str) -> None:
        try:
            results[i] = read_status(name, kind, url, timeout=timeout, max_bytes=max_bytes, lookup=lookup,
                                     cache=cache, max_age_s=max_age)
        except Exception as exc:  # a bug reading one page must not hide the others
            log.exception("status page %s", url)
            results[i] = ProviderStatus(service=name, url=url, kind=kind, fetched_at=datetime.now(UTC),
                                        error=f"internal error: {exc}")

    # daemon threads: a page still trickling in at the deadline never keeps the caller (or the process) waiting
    threads = [threading.Thread(target=one, args=(i, *t), name="status-page", daemon=True)
               for i, t in enumerate(todo)]
    for t in threads:
        t.start()
    end = time.monotonic() + limit
    for t in threads:
        t.join(max(0.0, end - time.monotonic()))
    return [results.get(i) or ProviderStatus(service=n, url=u, kind=k, fetched_at=datetime.now(UTC),
                                             error=_("no answer within {timeout:g} s").format(timeout=limit))
            for i, (n, k, u) in enumerate(todo)]



def read_for_verdict(config: Any, verdict: dict[str, Any], state: str, cache_dir: Path) -> list[ProviderStatus]:
    """The pages a confirmed problem concerns: the services down, or every one in an outage. Each
    reading is cached, so a later report says what the provider said at the time."""
    from .describe import services_to_ask

    ask = services_to_ask(verdict.get("services", []), config.services, on_demand=state in CRITICAL_STATES)
    return read_all(config, ask, cache_dir=cache_dir) if ask else []
