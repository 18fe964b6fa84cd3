"""Turn observations into evidence rows: which probe saw what, in how many ms, at which layer."""

from __future__ import annotations

from ..i18n import _, ngettext
from ..probes.http import judge_connectivity
from .facts import Facts
from .model import Evidence, Layer
from .observations import Observations
from .proxylayer import proxy_evidence


def build_evidence(obs: Observations, f: Facts) -> list[Evidence]:
    ev: list[Evidence] = []
    link = obs.link
    ev.append(Evidence("link", ", ".join(link.default_interfaces or link.interfaces_up) or "-", link.has_route,
                       link.detail or (_("default route present") if link.has_route else _("no route")), 0.0,
                       Layer.LINK, data={"gateways": link.gateways, "vpn": link.vpn_interfaces}))
    if obs.gateway:
        g = obs.gateway
        ev.append(Evidence("gateway", g.gateway, g.reachable, g.detail, g.ms, Layer.LAN))
    for r in obs.system_lookups:
        ev.append(Evidence("dns.system", r.name, r.ok, r.detail or r.status, r.ms, Layer.DNS,
                           data={"status": r.status, "addresses": r.addresses}))
    for r in obs.system_direct + obs.system_hosts:
        ev.append(Evidence("dns.system-resolver", f"{r.name} @ {r.server}", r.ok, r.detail or r.status, r.ms,
                           Layer.DNS, provider=r.server, data={"status": r.status, "server": r.server}))
    for r in obs.independent:
        ev.append(Evidence("dns.resolver", f"{r.name} @ {r.server}", r.ok, r.detail or r.status, r.ms,
                           Layer.DNS, provider=r.server, data={"status": r.status, "server": r.server}))
    for r in obs.dns_tcp:
        ev.append(Evidence("dns.tcp", f"{r.name} @ {r.server}", r.ok, _("{detail} (over TCP)").format(detail=r.detail or r.status), r.ms,
                           Layer.DNS, provider=r.server, data={"status": r.status, "server": r.server, "tcp": True}))
    if not obs.system_resolvers and obs.link.has_route:
        ev.append(Evidence("dns.config", "system", False, _("no DNS server is configured on this computer"), 0.0,
                           Layer.DNS, data={"servers": []}))
    if obs.stub_timeout is not None and f.dead_first:
        ev.append(Evidence("dns.config", "system", False,
                           _("servers in order: {servers}; the stub waits {seconds:g} s for one before asking "
                             "the next").format(servers=", ".join(obs.system_resolvers), seconds=obs.stub_timeout),
                           0.0, Layer.DNS,
                           data={"servers": list(obs.system_resolvers), "stub_timeout": obs.stub_timeout}))
    if obs.nxdomain_system is not None:
        r = obs.nxdomain_system
        # passed: the made-up name does not exist (or the zone has a wildcard); a timeout is inconclusive
        ok = r.status in ("nxdomain", "nodata") or (r.ok and not f.hijacking)
        detail = (_("does not exist, as it should") if r.status == "nxdomain" else
                  _("a made-up name got an address ({addresses})").format(addresses=", ".join(r.addresses[:2]))
                  if r.ok else r.detail)
        ev.append(Evidence("dns.nxdomain", r.name, ok, detail, r.ms, Layer.DNS, data={"status": r.status}))
    for t in obs.tcp:
        ev.append(Evidence("tcp", t.target, t.answered, t.detail, t.ms, Layer.INTERNET,
                           provider=t.target.rsplit(":", 1)[0], data={"error": t.error}))
    for c in obs.connectivity:
        verdict, why = judge_connectivity(c.result, status=c.expect_status, body=c.expect_body)
        ev.append(Evidence("http.connectivity", c.url, verdict == "ok", why, c.result.ms, Layer.PORTAL,
                           data={"verdict": verdict, "status": c.result.status, "phase": c.result.phase,
                                 "location": c.result.location}))
    for t in obs.large:
        sizes = ngettext("{n} byte in full-size packets", "{n} bytes in full-size packets",
                         t.full.received).format(n=t.full.received)
        if t.small is not None:
            sizes = ngettext("{full}, {n} byte in small packets ({phase})", "{full}, {n} bytes in small packets ({phase})",
                             t.small.received).format(full=sizes, n=t.small.received, phase=t.small.phase)
        ok = not t.stalled and (t.passed or t.full.phase != "timeout")
        detail = (_("large answer stalled after connecting, small packets came through: {sizes}").format(sizes=sizes)
                  if t.stalled else f"{t.full.detail}; {sizes}")
        ev.append(Evidence("http.large", t.url, ok, detail, t.full.ms, Layer.INTERNET,
                           data={"phase": t.full.phase, "received": t.full.received, "connected": t.full.connected,
                                 "small_received": None if t.small is None else t.small.received,
                                 "stalled": t.stalled}))
    for s in obs.services:
        r = s.result
        ev.append(Evidence("service", s.name, r.ok and r.status is not None and r.status < 400, r.detail, r.ms,
                           Layer.SERVICE, data={"url": s.url, "phase": r.phase, "status": r.status,
                                                "address": r.address, "timings": r.timings,
                                                "via_backup": None if r.via_backup is None else {
                                                    "phase": r.via_backup.phase, "status": r.via_backup.status,
                                                    "address": r.via_backup.address, "source": r.via_source,
                                                    "server": r.via_backup.dns.server if r.via_backup.dns else ""}}))
    ev += proxy_evidence(obs, f)
    return ev
