"""The classifier: a pure function from one round's observations to a verdict.

Layers are judged bottom-up and a lower layer's failure gates everything above it,
so one broken link is reported once, not as every service down. No state rests on
one probe target: DNS is judged across several names and resolvers, the internet
across several endpoints and connectivity checks.
"""

from __future__ import annotations

import statistics
from datetime import datetime

from ..i18n import N_, _
from .advice import build_advice
from .evidence import build_evidence
from .facts import LOSS_RATIO, Facts, gather
from .model import Cause, Layer, ServiceState, ServiceVerdict, State, Verdict, now
from .observations import Observations, ServiceObservation
from .proxylayer import proxy_state

_PHASE_CAUSE = {
    "dns": Cause.DNS,
    "connect": Cause.CONNECT,
    "tls": Cause.TLS,
    "http-status": Cause.HTTP_STATUS,
    "timeout": Cause.TIMEOUT,
}


def classify(obs: Observations, checked_at: datetime | None = None) -> Verdict:
    facts = gather(obs)
    state, reasons, portal_url = decide_state(obs, facts)
    services = [judge_service(s, state, facts, obs) for s in obs.services]
    blocked = blocked_layers(state, reasons, facts)
    evidence = build_evidence(obs, facts)
    for e in evidence:
        if str(e.layer) in blocked and not e.ok:
            e.data["blocked_by"] = blocked[str(e.layer)]
    verdict = Verdict(
        state=state,
        services=services,
        evidence=evidence,
        advice=build_advice(state, facts, services, reasons, obs),
        checked_at=checked_at or now(),
        duration_ms=obs.duration_ms,
        hijacking=facts.hijacking and state is not State.CAPTIVE_PORTAL,
        portal_url=portal_url,
        reasons=reasons,
        system_resolvers=list(obs.system_resolvers),
        working_resolvers=list(facts.working_resolvers),
        not_checked=blocked,
    )
    return verdict


def blocked_layers(state: State, reasons: list[str], f: Facts) -> dict[str, str]:
    """Layers whose probes could not tell anything because a lower layer failed: layer -> that layer.

    The same gating services get (``blocked``): a check page that failed because no name resolves
    says nothing about a sign-in page, so it is "not checked", not "broken".
    """
    if state is State.NO_NETWORK:
        below = Layer.LAN if "gateway-unreachable" in reasons else Layer.LINK
        above = [Layer.DNS, Layer.INTERNET, Layer.PORTAL] + ([] if below is Layer.LAN else [Layer.LAN])
        return {str(layer): str(below) for layer in above}
    if state is State.NO_INTERNET:
        return {str(Layer.DNS): str(Layer.INTERNET), str(Layer.PORTAL): str(Layer.INTERNET)}
    if state is State.DNS_OUTAGE and f.conn_failed and not f.conn_ok and all(p == "dns" for _u, p in f.conn_failed):
        return {str(Layer.PORTAL): str(Layer.DNS)}
    return {}


def decide_state(obs: Observations, f: Facts) -> tuple[State, list[str], str | None]:
    """Overall state, machine-readable reasons, and the portal's login URL if any."""
    reasons: list[str] = []
    if not obs.link.has_route:
        return State.NO_NETWORK, ["no-route" if obs.link.interfaces_up else "no-link"], None

    if f.conn_portal and not f.conn_ok:
        return State.CAPTIVE_PORTAL, ["portal-redirect"], f.conn_portal[0][1]

    proxied = proxy_state(obs, f)
    if proxied is not None:
        return proxied[0], proxied[1], None

    if not f.anything_beyond_lan:
        if f.gateway_ok is False:
            return State.NO_NETWORK, ["gateway-unreachable"], None
        return State.NO_INTERNET, ["upstream-unreachable"], None

    if f.no_dns_configured and f.lookups_failing:
        return State.DNS_OUTAGE, ["no-dns-server"], None

    if f.lookups_failing and f.system_servers_ok and "timeout" not in f.system_fail_kinds:
        # the upstream resolvers answer us directly, but applications' lookups fail: the local
        # stub or resolver service (e.g. systemd-resolved, dnsmasq) is broken
        return State.DNS_OUTAGE, ["local-resolver-down"], None

    # An outage needs the system's resolvers to miss every query (canaries and watched hosts, each
    # with resends) while the independent resolvers answer cleanly: when they lose queries too,
    # the line is lossy and the same failures are bad luck, not an outage (see "DNS loss" in README).
    if f.system_dns_down and not f.independent_lossy and (f.internet_by_address or f.working_resolvers or f.conn_ok):
        reasons.append("resolver-down" if f.working_resolvers else "all-resolvers-down")
        if "timeout" in f.system_fail_kinds:
            reasons.append("resolver-timeout")
        if "servfail" in f.system_fail_kinds:
            reasons.append("resolver-servfail")
        if set(f.tcp_dns_ok) & set(f.udp_silent):
            reasons.append("udp-blocked")  # a server silent over UDP answers over TCP
        return State.DNS_OUTAGE, reasons, None

    # The internet works at least in part: look for what makes it worse than it should be.
    if f.hijacking:
        reasons.append("nxdomain-hijack")
    if f.names_failing_everywhere and not (_lossy(f) or f.independent_lossy):
        reasons.append("provider-dns")  # on a lossy line a name missed everywhere is bad luck
    degraded: list[str] = []
    if f.mtu_stalled:
        degraded.append("mtu")
    if f.wrong_answers:
        degraded.append("wrong-answer")
    if f.system_servers_failed and f.system_servers_ok:
        degraded.append("first-resolver-dead" if f.dead_first else "resolver-partial")
    if f.system_failed_names and f.system_ok_names and not set(f.system_failed_names) <= set(
        f.names_failing_everywhere
    ):
        degraded.append("dns-partial")
    if (_lossy(f) or (f.lookups_failing and f.system_servers_ok and not f.dead_first)
            or (f.system_dns_down and f.independent_lossy)):
        degraded.append("loss")
    if f.ip_failed and f.ip_reachable and len(f.ip_failed) >= len(f.ip_reachable):
        degraded.append("partial-reach")
    if f.dns_median_ms is not None and f.dns_median_ms > obs.slow_ms:
        degraded.append("slow-dns")
    if f.tcp_median_ms is not None and f.tcp_median_ms > obs.slow_ms:
        degraded.append("slow-network")
    conn_ms = [c.result.ms for c in obs.connectivity if c.url in f.conn_ok]
    if conn_ms and statistics.median(conn_ms) > 2 * obs.slow_ms and "slow-dns" not in degraded:
        degraded.append("slow-web")
    if (f.conn_broken or f.conn_failed) and not f.conn_ok and f.internet_by_address and f.system_ok_names:
        degraded.append("web-blocked")
    if f.conn_portal and f.conn_ok:
        degraded.append("check-mismatch")
    if not f.internet_by_address and obs.tcp and (f.conn_ok or f.working_resolvers):
        degraded.append("partial-reach")
    reasons += list(dict.fromkeys(degraded))
    return (State.DEGRADED if degraded else State.ONLINE), reasons, None


def _lossy(f: Facts) -> bool:
    return f.probes_counted >= 3 and f.timeouts > 0 and f.loss_ratio >= LOSS_RATIO


def judge_service(service: ServiceObservation, state: State, f: Facts, obs: Observations) -> ServiceVerdict:
    r = service.result
    ms = r.ms
    if state in (State.NO_NETWORK, State.NO_INTERNET, State.CAPTIVE_PORTAL):
        return ServiceVerdict(service.name, service.url, ServiceState.UNKNOWN, Cause.BLOCKED,
                              _("not checked: {reason}").format(reason=_(_LAYER_WORDS[state])), ms)

    if r.phase == "dns":
        independent_ok = [d for d in service.independent if d.ok]
        independent_answered = [d for d in service.independent if d.answered or d.status == "timeout"]
        if service.independent and not independent_ok and independent_answered and f.working_resolvers:
            # every resolver that works for other names fails for this one: the provider's DNS is down
            return ServiceVerdict(service.name, service.url, ServiceState.DOWN, Cause.PROVIDER_DNS,
                                  _("no resolver can find {host}: its provider's DNS is failing "
                                    "(switching resolvers will not help)").format(host=service.host), ms)
        if state is State.DNS_OUTAGE:
            backup = r.via_backup
            via = None
            if backup is not None and backup.ok and backup.status is not None and backup.status < 400:
                via = r.via_source or "resolver"
                found = _through(via, backup)
            elif independent_ok and independent_ok[0].addresses:
                found = _("other resolvers find it ({address})").format(address=independent_ok[0].addresses[0])
            else:
                found = ""
            return ServiceVerdict(service.name, service.url, ServiceState.UNKNOWN, Cause.BLOCKED,
                                  _("waiting on your DNS resolver; {found}").format(found=found) if found
                                  else _("waiting on your DNS resolver"), ms,
                                  answered_via=via)
        return ServiceVerdict(service.name, service.url, ServiceState.DOWN, Cause.DNS,
                              _("your resolver cannot find {host}: {detail}").format(
                                  host=service.host, detail=r.dns.detail if r.dns else r.detail), ms)

    from ..probes.http import judge_service as judge_http

    outcome, detail = judge_http(r, service.expect_status)
    if outcome != "up" and service.name in f.wrong_answers:
        ours, theirs = f.wrong_answers[service.name]
        b = r.via_backup
        assert b is not None
        detail += "; " + _("your resolver's answer ({ours}) differs from the independent resolvers' ({theirs}), "
                           "and at their address it answers (HTTP {status})").format(
            ours=", ".join(ours[:2]), theirs=", ".join(theirs[:2]), status=b.status)
        return ServiceVerdict(service.name, service.url, ServiceState.DOWN, _PHASE_CAUSE.get(outcome, Cause.CONNECT), detail, ms,
                              answered_via="resolver")
    if outcome == "timeout" and f.mtu_stalled and r.connected:
        detail += "; " + _("like every large transfer on this connection, it stalled after connecting")
    if outcome == "up":
        if ms > 2 * obs.slow_ms:
            return ServiceVerdict(service.name, service.url, ServiceState.UP, Cause.SLOW, _("{detail}, slow ({ms:.0f} ms)").format(detail=detail, ms=ms), ms)
        return ServiceVerdict(service.name, service.url, ServiceState.UP, None, _("{detail} in {ms:.0f} ms").format(detail=detail, ms=ms), ms)
    return ServiceVerdict(service.name, service.url, ServiceState.DOWN, _PHASE_CAUSE.get(outcome, Cause.CONNECT), detail, ms,
                          intercepted_by=r.interception.issuer if r.interception is not None else None)


def _through(source: str, backup) -> str:
    """Which source's address worked, in words: backup resolver, DoH, or a remembered address."""
    answer = backup.dns
    server = answer.server if answer is not None else ""
    got = _("HTTP {status} at {address}").format(status=backup.status, address=backup.address)
    if source == "doh":
        return _("it answers through DNS-over-HTTPS ({server}: {result})").format(server=server, result=got)
    if source == "stale":
        return _("it answers at its last known address ({detail}; {result})").format(
            detail=answer.detail if answer else "", result=got)
    if source == "backup":
        return _("it answers through a backup resolver ({server}: {result})").format(server=server, result=got)
    return _("it answers through a backup resolver ({result})").format(result=got)


_LAYER_WORDS = {
    State.NO_NETWORK: N_("no network connection"),
    State.NO_INTERNET: N_("the internet is unreachable"),
    State.CAPTIVE_PORTAL: N_("a login page blocks the connection"),
}
