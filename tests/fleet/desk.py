"""A simulated desk for the fleet tests: settings on disk, verdicts on a bus, a reporter with a set clock.

The reporter, its spool, the wire format and the engine are all real; only the connection checks
are replaced by ready-made verdicts (what the monitor would publish), at chosen times.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from offline_ready.config import load_config
from offline_ready.diagnosis.model import Advice, Cause, Evidence, Layer, ServiceState, ServiceVerdict, State, Verdict
from offline_ready.events import EventBus, StateChanged, VerdictReady
from offline_ready.fleet.reporter import FleetReporter
from offline_ready.paths import AppPaths

T0 = 1_780_000_000.0  # a fixed start on the desks' clocks (2026-05-28), well inside the test engine's retention


def write_settings(home: Path, **fleet: Any) -> None:
    import tomlkit

    (home / "config").mkdir(parents=True, exist_ok=True)
    doc = {"fleet": {"enabled": True, **fleet},
           "services": [{"name": "Shop", "url": "https://shop.test/"}, {"name": "Mail", "url": "https://mail.test/"}]}
    (home / "config" / "config.toml").write_text(tomlkit.dumps(doc))


def paths_under(home: Path) -> AppPaths:
    return AppPaths(config_dir=home / "config", data_dir=home / "data", cache_dir=home / "cache",
                    log_dir=home / "logs", state_dir=home / "state", policy_dir=home / "policies")


def verdict(state: str = "online", at: float = T0, down: dict[str, str] | None = None, dns_ms: float = 12.0,
            http_ms: float = 40.0) -> Verdict:
    down = down or {}
    services = [ServiceVerdict(n, f"https://{n.lower()}.test/", ServiceState.DOWN if n in down else ServiceState.UP,
                               Cause(down[n]) if n in down else None, "", 30.0) for n in ("Shop", "Mail")]
    ok = state in ("online", "degraded")
    evidence = [
        Evidence("dns.system", "example.com", ok, "NOERROR", dns_ms, Layer.DNS, data={"status": "ok"}),
        Evidence("dns.resolver", "example.com @ 9.9.9.9", True, "NOERROR", dns_ms * 2, Layer.DNS, "9.9.9.9"),
        Evidence("dns.system-resolver", "example.com @ 192.168.1.1", ok, "NOERROR", dns_ms, Layer.DNS,
                 "192.168.1.1"),
        Evidence("link", "wlp2s0", True, "Wi-Fi 'Home Sweet Home' (bssid 00:11:22:33:44:55)", 0.0, Layer.LINK),
        Evidence("gateway", "192.168.1.1", True, "answered", 0.4, Layer.LAN),
        Evidence("http.connectivity", "http://connectivitycheck.gstatic.com/generate_204", ok, "HTTP 204", http_ms,
                 Layer.PORTAL),
    ]
    return Verdict(State(state), services, evidence, Advice(f"state {state}"), datetime.fromtimestamp(at, UTC))


@dataclass
class Desk:
    """One desk: its home folder, bus, reporter and clock."""

    home: Path
    name: str = "desk-1"
    now: float = T0
    bus: EventBus = field(default_factory=EventBus)
    reporter: FleetReporter | None = None
    confirmed: str = "unknown"
    incident_start: datetime | None = None

    def open(self, eventlog_writer: Any = None, **fleet: Any) -> FleetReporter:
        write_settings(self.home, **fleet)
        config = load_config(self.home / "config" / "config.toml", paths_under(self.home))
        self.reporter = FleetReporter(config, self.bus, path=self.home / "data" / "fleet-spool.sqlite3",
                                      clock=lambda: self.now, hostname=self.name, eventlog_writer=eventlog_writer)
        self.reporter.open()
        self.bus.subscribe(self.reporter._on_event)
        return self.reporter

    def observe(self, state: str = "online", **kw: Any) -> None:
        """The monitor's round at ``now``: a verdict, and a state change when the state differs."""
        v = verdict(state, self.now, **kw)
        if state != self.confirmed:
            problem = state != "online" or bool(kw.get("down"))
            start = (self.incident_start or v.checked_at) if problem else None
            self.bus.publish(StateChanged(state=state, previous=self.confirmed, verdict=v, incident_id=None,
                                          incident_started_at=start))
            self.incident_start = start
            self.confirmed = state
        self.bus.publish(VerdictReady(verdict=v, confirmed=state))
        assert self.reporter is not None
        self.reporter.drain_inbox()

    def tick(self, seconds: float, state: str = "online", **kw: Any) -> None:
        """``seconds`` pass; then a round and a routine sample, as the reporter's thread takes them."""
        self.now += seconds
        self.observe(state, **kw)
        assert self.reporter is not None
        self.reporter.record_sample()
