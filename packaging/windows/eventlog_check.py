"""Write one incident event through the app's Windows Event Log writer (CI, after the MSI registered the
source) and print what eventlog-check.ps1 must find in the Application log, as JSON."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from offline_ready import __version__
from offline_ready.fleet import eventlog, events
from offline_ready.fleet.series import Identity


def main() -> None:
    at = datetime.now(UTC)
    started = at - timedelta(seconds=90)
    rec = events.incident_record(
        identity=Identity("c1c1c1c1c1c1c1c1", "ci-site", "AS64500"), incident=int(started.timestamp() * 1000),
        phase="started", at=at, started=started, state="dns-outage", previous="online", cause="dns-outage",
        verdict={"services": [{"name": "Shop", "state": "down", "cause": "dns"}],
                 "evidence": [{"probe": "dns.system", "target": "example.com", "ok": False, "ms": 2000.0,
                               "layer": "dns", "data": {"status": "SERVFAIL"}},
                              {"probe": "gateway", "target": "192.168.1.1", "ok": True, "ms": 0.4, "layer": "lan"}]},
        known=frozenset({"example.com"}), version=__version__)
    entry = eventlog.entry(rec)
    eventlog.write(entry)
    print(json.dumps({"id": rec["id"], "event_id": entry.event_id, "type": entry.event_type,
                      "source": eventlog.SOURCE}))


if __name__ == "__main__":
    main()
