"""Incident events: one record per start, change and end, scrubbed, and their bodies for log engines.

A record says which incident (desk pseudonym + the desk's incident number), when it started and
ended, the state, the cause, which watched services were down and why, and the evidence reduced to
what cannot identify a person or place: probe kind, layer, result, time taken, and the target only
when it is one of the organisation's own configured targets (public resolvers, check pages,
endpoints). Interface names, gateway and resolver addresses of the desk's network, network names and
free-text details are never in it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from .series import Identity, service_label

_TARGET_PROBES = frozenset({"dns.system", "dns.resolver", "dns.nxdomain", "tcp", "http.connectivity", "http.large"})
MAX_EVIDENCE = 40


def known_targets(config: Any) -> frozenset[str]:
    """The organisation's configured probe targets: the only targets an event may name."""
    p = config.probes
    urls = [c.get("url", "") for c in p.connectivity] + list(p.large_transfer)
    return frozenset([*p.resolvers, *p.ip_endpoints, *p.canary_names, p.nxdomain_zone,
                      *(_clean_url(u) for u in urls)]) - {""}


def _clean_url(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc.rsplit("@", 1)[-1], parts.path, "", ""))


def _target(ev: Mapping[str, Any], known: frozenset[str]) -> str | None:
    if ev.get("probe") not in _TARGET_PROBES:
        return None
    target = str(ev.get("target", ""))
    if ev.get("probe", "").startswith("http"):
        target = _clean_url(target)
    parts = [p.strip() for p in target.split(" @ ")]
    if ev.get("probe") == "dns.nxdomain":  # a random name under the configured zone
        zone = next((k for k in known if parts[0].endswith("." + k)), None)
        return f"*.{zone}" if zone else None
    return target if parts and all(p in known for p in parts) else None


def scrub_evidence(evidence: Iterable[Mapping[str, Any]], known: frozenset[str]) -> list[dict[str, Any]]:
    out = []
    for ev in list(evidence)[:MAX_EVIDENCE]:
        row: dict[str, Any] = {"probe": str(ev.get("probe", "")), "layer": str(ev.get("layer", "")),
                               "ok": bool(ev.get("ok"))}
        if isinstance(ev.get("ms"), int | float):
            row["ms"] = round(float(ev["ms"]), 1)
        status = (ev.get("data") or {}).get("status")
        if isinstance(status, int) or (isinstance(status, str) and status.isalnum() and len(status) <= 20):
            row["status"] = status
        target = _target(ev, known)
        if target:
            row["target"] = target
        out.append(row)
    return out


def _iso(ts: datetime | None) -> str | None:
    return ts.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z") if ts else None


def incident_record(*, identity: Identity, incident: int, phase: str, at: datetime, started: datetime | None,
                    state: str, previous: str, cause: str | None, verdict: Mapping[str, Any] | None,
                    known: frozenset[str], version: str) -> dict[str, Any]:
    """The event for one phase of an incident; ``id`` is stable, so a resend is recognisable."""
    v = verdict or {}
    ref = f"{identity.desk}-{incident}"
    down = [{"service": service_label(s.get("name", "")), "cause": s.get("cause") or "unknown"}
            for s in v.get("services", []) if s.get("state") == "down" and service_label(s.get("name", ""))]
    rec: dict[str, Any] = {
        "_msg": f"incident {phase}: {state}" + (f" ({cause})" if cause and cause != state else ""),
        "time": _iso(at), "id": f"{ref}-{phase}-{int(at.timestamp() * 1000)}", "incident": ref, "event": phase,
        "start": _iso(started), "end": _iso(at) if phase == "ended" else None,
        "state": state, "previous": previous, "cause": cause, "services_down": down,
        "evidence": scrub_evidence(v.get("evidence", []), known) if phase != "ended" else [],
        "app": "offline-ready", "version": version,
    }
    rec.update(dict(identity.labels()))
    return rec


# ---------------------------------------------------------------------- bodies for the log engines

def victorialogs_url(url: str) -> str:
    """The jsonline URL with the field mapping VictoriaLogs needs (kept when the admin gave their own)."""
    parts = urlsplit(url)
    if parts.query:
        return url
    query = urlencode({"_stream_fields": "app,desk,site", "_msg_field": "_msg", "_time_field": "time"})
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def victorialogs_body(records: Sequence[Mapping[str, Any]]) -> bytes:
    return "".join(json.dumps(r, separators=(",", ":"), ensure_ascii=False) + "\n" for r in records).encode()


def loki_body(records: Sequence[Mapping[str, Any]]) -> bytes:
    """Loki's push API (JSON): one stream per desk and event kind, values as [ns, line]."""
    streams: dict[tuple[tuple[str, str], ...], list[list[str]]] = {}
    for r in records:
        labels = tuple((k, str(r[k])) for k in ("app", "desk", "site", "isp_asn", "event") if r.get(k))
        ns = int(datetime.fromisoformat(str(r["time"]).replace("Z", "+00:00")).timestamp() * 1000) * 1_000_000
        line = json.dumps({k: v for k, v in r.items() if k != "_msg"} | {"msg": r["_msg"]},
                          separators=(",", ":"), ensure_ascii=False)
        streams.setdefault(labels, []).append([str(ns), line])
    return json.dumps({"streams": [{"stream": dict(k), "values": v} for k, v in streams.items()]},
                      separators=(",", ":")).encode()


def body_for(fmt: str, records: Sequence[Mapping[str, Any]]) -> tuple[bytes, dict[str, str]]:
    if fmt == "loki":
        return loki_body(records), {"Content-Type": "application/json"}
    return victorialogs_body(records), {"Content-Type": "application/stream+json"}
