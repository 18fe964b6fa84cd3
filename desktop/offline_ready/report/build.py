"""What a report says about one incident: failure, timing, evidence per layer, what worked,
the provider's status page at the time and this desk's network facts. Redacted on the way in."""

from __future__ import annotations

import platform
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .. import __version__
from ..i18n import N_, _, ngettext
from ..statuspage.describe import describe
from ..statuspage.model import ProviderStatus
from .redact import Redactor

LAYER_ORDER = ("link", "lan", "dns", "internet", "portal", "service")
LAYER_TITLES = {"link": N_("Network link"), "lan": N_("Local network (gateway)"), "dns": N_("DNS (name lookups)"),
                "internet": N_("Internet (by address)"), "portal": N_("Web check pages"), "service": N_("Services")}


@dataclass
class Report:
    title: str
    incident_id: int | None
    state: str
    summary: str
    started_at: datetime
    ended_at: datetime | None
    duration_s: float
    failed: list[str] = field(default_factory=list)
    worked: list[str] = field(default_factory=list)
    layers: list[tuple[str, list[dict[str, Any]]]] = field(default_factory=list)  # (title, evidence rows)
    services: list[dict[str, Any]] = field(default_factory=list)
    status_pages: list[str] = field(default_factory=list)
    network: list[tuple[str, str]] = field(default_factory=list)
    advice: list[str] = field(default_factory=list)
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    drill: bool = False

    @property
    def ongoing(self) -> bool:
        return self.ended_at is None

    def subject(self) -> str:
        when = self.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return _("Outage report: {summary} ({time})").format(summary=self.summary, time=when)

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "incident_id": self.incident_id, "state": self.state, "summary": self.summary,
                "start": self.started_at.isoformat(timespec="seconds"),
                "end": self.ended_at.isoformat(timespec="seconds") if self.ended_at else None,
                "duration_s": round(self.duration_s), "failed": self.failed, "worked": self.worked,
                "layers": [{"layer": t, "evidence": rows} for t, rows in self.layers], "services": self.services,
                "status_pages": self.status_pages, "network": [list(x) for x in self.network],
                "advice": self.advice, "generated_at": self.generated_at.isoformat(timespec="seconds"),
                "drill": self.drill}


def build_report(*, incident_id: int | None, state: str, summary: str, started_at: datetime,
                 ended_at: datetime | None, verdict: dict[str, Any], status_pages: list[ProviderStatus] = (),
                 secrets: list[str] = (), now: datetime | None = None, drill: bool = False) -> Report:
    """Pure: everything the report says, from the stored verdict of the incident."""
    r = Redactor(secrets)
    now = now or datetime.now(UTC)
    end = ended_at or now
    advice = verdict.get("advice") or {}
    rep = Report(title=_("Internet outage report") if not drill else _("Outage drill report (a rehearsal, not an outage)"),
                 incident_id=incident_id, state=state, summary=r(summary), started_at=started_at,
                 ended_at=ended_at, duration_s=max(0.0, (end - started_at).total_seconds()),
                 failed=[r(x) for x in advice.get("broken", [])], worked=[r(x) for x in advice.get("works", [])],
                 advice=[r(x) for x in advice.get("todo", [])], generated_at=now, drill=drill)
    evidence = [e for e in verdict.get("evidence", []) if isinstance(e, dict)]
    for layer in LAYER_ORDER:
        rows = [{"probe": e.get("probe", ""), "target": r(str(e.get("target", ""))), "ok": bool(e.get("ok")),
                 "detail": r(str(e.get("detail", "")) + _extra(e.get("data") or {})), "ms": e.get("ms")}
                for e in evidence if e.get("layer") == layer]
        if rows:
            rep.layers.append((_(LAYER_TITLES[layer]), rows))
    for s in verdict.get("services", []):
        rep.services.append({"name": r(s.get("name", "")), "url": r(s.get("url", "")), "state": s.get("state", ""),
                             "cause": s.get("cause") or "", "detail": r(s.get("detail", ""))})
    for st in status_pages:
        line = describe(st, service_down=True)
        stamp = st.fetched_at.astimezone().strftime("%H:%M") if st.fetched_at else "?"
        rep.status_pages.append(r(f"{line} (read at {stamp})"))
    rep.network = [(k, r(v)) for k, v in network_facts(verdict, evidence)]
    return rep


def _extra(data: dict[str, Any]) -> str:
    """What a probe's data adds for the ISP: the answers a resolver gave, the address a service was
    tried at, and how the same request went at the address a backup resolver gave."""
    parts = []
    answers = data.get("addresses")
    if isinstance(answers, list) and answers:
        parts.append(_("answered {addresses}").format(addresses=", ".join(map(str, answers[:4]))))
    if data.get("address"):
        parts.append(_("tried {address}").format(address=data["address"]))
    backup = data.get("via_backup")
    if isinstance(backup, dict) and backup.get("phase"):
        got = f"HTTP {backup['status']}" if backup.get("status") else backup["phase"]
        parts.append(_("through a backup resolver: {result} at {address}").format(result=got, address=backup["address"])
                     if backup.get("address") else _("through a backup resolver: {result}").format(result=got))
    return f" ({'; '.join(parts)})" if parts else ""


def network_facts(verdict: dict[str, Any], evidence: list[dict[str, Any]]) -> list[tuple[str, str]]:
    link = next((e for e in evidence if e.get("probe") == "link"), None)
    gw = next((e for e in evidence if e.get("probe") == "gateway"), None)
    facts = [(_("Computer"), f"{platform.system()} {platform.release()}, Offline Ready {__version__}")]
    if link:
        facts.append((_("Interface"), str(link.get("target", "-"))))
        gws = (link.get("data") or {}).get("gateways") or []
        if gws:
            facts.append((_("Gateway"), ", ".join(map(str, gws))))
        vpn = (link.get("data") or {}).get("vpn") or []
        if vpn:
            facts.append(("VPN", ", ".join(map(str, vpn))))
    if gw:
        answer = _("answered") if gw.get("ok") else _("no answer")
        facts.append((_("Gateway answer"), f"{answer}: {gw.get('detail', '')}"))
    facts.append((_("Your resolvers"), ", ".join(verdict.get("system_resolvers", [])) or "-"))
    resolvers: dict[str, list[bool]] = {}
    for e in evidence:
        if e.get("probe") == "dns.resolver":
            server = str((e.get("data") or {}).get("server", ""))
            resolvers.setdefault(server, []).append(bool(e.get("ok")))
    for e in evidence:
        if e.get("probe") == "dns.system-resolver":
            server = str((e.get("data") or {}).get("server", ""))
            resolvers.setdefault(_("{server} (yours)").format(server=server), []).append(bool(e.get("ok")))
    if resolvers:
        facts.append((_("Resolver comparison"), "; ".join(
            ngettext("{server}: {ok}/{n} name answered", "{server}: {ok}/{n} names answered", len(v)).format(
                server=s, ok=sum(v), n=len(v)) for s, v in resolvers.items())))
    return facts


def report_for_incident(config: Any, incident_id: int, *, secrets: list[str] | None = None) -> Report:
    """Load the incident from history and the status pages read around its time."""
    from ..history.store import HistoryStore
    from ..paths import app_paths
    from ..statuspage.fetch import StatusCache

    paths = getattr(config, "paths", None) or app_paths()
    store = HistoryStore(paths.history_db, config.history.retention_days)
    try:
        found = store.incident(incident_id)
    finally:
        store.close()
    if found is None:
        raise LookupError(_("no incident {id} in history").format(id=incident_id))
    inc, verdict = found
    pages = StatusCache(paths.cache_dir).at(inc.started_at, inc.ended_at)
    return build_report(incident_id=inc.id, state=inc.state, summary=inc.summary, started_at=inc.started_at,
                        ended_at=inc.ended_at, verdict=verdict, status_pages=pages,
                        secrets=secrets if secrets is not None else known_secrets(config))


def known_secrets(config: Any) -> list[str]:
    """Credentials the vault keeps in the keyring, so no report can ever echo one."""
    out: list[str] = []
    try:
        from ..vault.service import VaultService

        vault = VaultService(config).open()
        try:
            for d in vault.list_documents():
                if d.auth and d.auth != "none":
                    cred = vault.creds.get(d.source)
                    if cred is not None:
                        out.append(cred.secret)
                        out += list(cred.headers().values())
        finally:
            vault.close()
    except Exception:  # no keyring / locked vault: URL and pattern scrubbing still apply
        pass
    return out
