"""Plain-language advice from a verdict: what is broken, what still works, what to do.

Short sentences a receptionist can act on; technical detail stays in the evidence.
"""

from __future__ import annotations

from ..i18n import N_, _, ngettext
from ..proxy.trust import interception_message
from .facts import Facts
from .model import Advice, Cause, ServiceState, ServiceVerdict, State
from .observations import Observations
from .proxylayer import proxy_advice, wpad_todo


def build_advice(state: State, f: Facts, services: list[ServiceVerdict], reasons: list[str],
                 obs: Observations) -> Advice:
    works: list[str] = []
    broken: list[str] = []
    todo: list[str] = []
    down = [s for s in services if s.state is ServiceState.DOWN]
    up = [s for s in services if s.state is ServiceState.UP]

    if state is State.NO_NETWORK:
        if "gateway-unreachable" in reasons:
            headline = _("Your router isn't answering")
            gateway = obs.gateway.gateway if obs.gateway else ""
            broken.append(_("This computer is connected, but the router (the gateway {gateway}) does not answer.")
                          .format(gateway=gateway) if gateway else
                          _("This computer is connected, but the router (the gateway) does not answer."))
            todo += [_("Check the cable or Wi-Fi signal, and that the router is switched on."),
                     _("Restart the router: unplug it for 10 seconds, plug it back in and wait two minutes."),
                     _("If other computers have the same problem, call IT or the office manager.")]
        else:
            headline = _("You're not connected to a network")
            broken.append(_("No network connection: {detail}.").format(
                detail=obs.link.detail or _("no cable or Wi-Fi link")))
            todo += [_("Check the network cable, or turn Wi-Fi on and join your network."),
                     _("If you use a travel router or phone hotspot, check that it is on.")]
    elif state is State.CAPTIVE_PORTAL:
        headline = _("This network wants you to sign in")
        broken.append(_("A login page (captive portal) is intercepting web traffic."))
        todo += [_("Open the login page and sign in or accept the terms."),
                 _("Until then, only the login page works; apps may show errors.")]
    elif state is State.NO_INTERNET:
        headline = _("The internet is down beyond your network")
        works.append(_("Your local network and router answer.") if f.gateway_ok else _("Your network link is up."))
        broken.append(_("Nothing on the internet answers: {addresses} and {pages} failed, across several "
                        "providers.").format(
            addresses=ngettext("{n} address", "{n} addresses", len(obs.tcp)).format(n=len(obs.tcp)),
            pages=ngettext("{n} check page", "{n} check pages", len(obs.connectivity)).format(
                n=len(obs.connectivity))))
        todo += [_("It's probably your internet provider, or the router's connection to it."),
                 _("Restart the router (unplug it for 10 seconds) and wait two minutes."),
                 _("Call your internet provider; Offline Ready keeps their number under Contacts."),
                 _("Meanwhile, use your offline copies of key documents.")]
    elif state is State.DNS_OUTAGE:
        servers = ", ".join(obs.system_resolvers) or _("the system's")
        answered = _answered_directly(f, obs)
        by_address = ngettext("The internet answers by address ({ok} of {n} endpoint)",
                              "The internet answers by address ({ok} of {n} endpoints)",
                              len(obs.tcp)).format(ok=len(f.ip_reachable), n=len(obs.tcp))
        if "no-dns-server" in reasons:
            headline = _("No DNS server is configured on this computer")
            broken.append(_("This computer has no DNS server set, so no name can be looked up: the network "
                            "handed out none (DHCP), or the settings are empty."))
            works.append(answered)
            todo += [_("Reconnect to the network (turn Wi-Fi off and on, or unplug the cable and plug it back "
                       "in) so it hands out its settings again."),
                     _("Or switch to backup DNS: Offline Ready can set working DNS servers now."),
                     _("If it happens again, ask IT to check the network's DHCP settings.")]
        elif "udp-blocked" in reasons:
            headline = _("DNS is blocked on this network (DNS over TCP still works)")
            broken.append(_("Every DNS server we asked is silent over UDP port 53, the way ordinary lookups "
                            "travel, but answers over TCP: a firewall blocks ordinary DNS (some do this)."))
            works.append(_("{by_address}, and DNS over TCP works ({servers}).").format(
                by_address=by_address, servers=", ".join(f.tcp_dns_ok)))
            todo += [_("Switch to backup DNS over HTTPS (DoH): it passes this firewall."),
                     _("Ask IT to allow DNS (UDP port 53) to your DNS server.")]
        elif "all-resolvers-down" in reasons:
            headline = _("Name lookups (DNS) are failing everywhere")
            broken.append(_("Your DNS resolver ({servers}) and every other resolver we tried fail.").format(
                servers=servers))
            works.append(_("{by_address}.").format(by_address=by_address))
            todo += [_("Something on your network may block DNS: check a firewall, VPN or filter."),
                     _("Restart the router, then tell IT or your provider.")]
        else:
            headline = _("Your DNS resolver isn't answering")
            broken.append((_("Your DNS resolver ({servers}) timed out for every name we tried, so websites and "
                             "apps can't find their servers.") if "resolver-timeout" in reasons else
                           _("Your DNS resolver ({servers}) answered with errors (SERVFAIL) for every name we "
                             "tried, so websites and apps can't find their servers.")
                           if "resolver-servfail" in reasons else
                           _("Your DNS resolver ({servers}) failed for every name we tried, so websites and apps "
                             "can't find their servers.")).format(servers=servers))
            works.append(answered)
            works.append(_("Other resolvers work ({servers}).").format(servers=", ".join(f.working_resolvers)))
            reachable = [s.name for s in services if s.answered_via]
            if reachable:
                works.append(_("Through a backup resolver these services answer: {names}.").format(
                    names=", ".join(reachable)))
            todo += [_("Switch to backup DNS: Offline Ready can do it now and switch back when yours recovers."),
                     _("Or restart your router, which often restarts its DNS."),
                     _("If it lasts, tell IT or your internet provider their DNS is down.")]
    elif state is State.DEGRADED:
        headline = _degraded_headline(reasons, f, obs)
        works.append(_("You're online: the internet answers."))
        broken += [_(_REASON_WORDS[r]) for r in reasons if r in _REASON_WORDS]
        todo += _specific_todo(reasons, f, obs)
        todo += [_("Things may be slow or fail now and then; retry failed actions."),
                 _("If it lasts, restart the router, or move closer to the Wi-Fi access point.")]
    else:
        headline = _("You're online")
        works.append(ngettext("The internet answers ({ok} of {n} address), and name lookups work.",
                              "The internet answers ({ok} of {n} addresses), and name lookups work.",
                              len(obs.tcp)).format(ok=len(f.ip_reachable), n=len(obs.tcp)))

    proxied = proxy_advice(reasons, f, obs)
    if proxied is not None:
        headline, works, broken, todo = proxied[0], proxied[1], proxied[2], proxied[3]
    todo += wpad_todo(reasons, obs)

    if state in (State.ONLINE, State.DEGRADED, State.DNS_OUTAGE):
        provider_down = [s for s in down if s.cause is Cause.PROVIDER_DNS]
        other_down = [s for s in down if s.cause is not Cause.PROVIDER_DNS]
        for s in provider_down:
            broken.append(_("{name} is down: its provider's DNS isn't answering anyone. "
                            "Switching DNS won't help; use offline copies until it's back.").format(name=s.name))
        intercepted = [s for s in other_down if s.cause is Cause.TLS and s.intercepted_by is not None]
        for s in other_down:
            broken.append(_("{name}: {detail}.").format(name=s.name, detail=interception_message(s.intercepted_by or ""))
                          if s in intercepted else
                          _("{name} is down ({cause}).").format(
                              name=s.name, cause=_(_CAUSE_WORDS.get(s.cause) or N_("failed"))))
        if up:
            works.append(_("Working: {names}.").format(names=", ".join(s.name for s in up)))
        if intercepted and len(intercepted) == len(down) and state is State.ONLINE:
            headline = _("The secure connection is intercepted on this network")
            todo.append(_("Ask IT: the certificate comes from an authority this computer does not trust."))
        elif down and state is State.ONLINE:
            if provider_down and len(down) == 1:
                headline = _("{name} is down: its provider's DNS is failing").format(name=down[0].name)
            elif len(down) == 1:
                headline = _("{name} is down").format(name=down[0].name)
            else:
                headline = ngettext("{n} service is down", "{n} services are down", len(down)).format(n=len(down))
            todo.append(_("Your own connection is fine; the problem is on the service's side. "
                          "Check its status page, or call its support."))
        if "provider-dns" in reasons and not provider_down:
            works.append(_("Note: some test sites' own DNS providers aren't answering; your connection is fine."))
    if "nxdomain-hijack" in reasons:
        broken.append(_("Your DNS rewrites answers for names that don't exist (NXDOMAIN hijacking, to {address}).")
                      .format(address=f.hijack_address) if f.hijack_address else
                      _("Your DNS rewrites answers for names that don't exist (NXDOMAIN hijacking)."))
        todo.append(_("This is usually your provider's ad page; backup DNS avoids it."))
    return Advice(headline=headline, broken=broken, works=works, todo=todo)


def _answered_directly(f: Facts, obs: Observations) -> str:
    return ngettext("The internet itself works: {ok} of {n} address answered directly.",
                    "The internet itself works: {ok} of {n} addresses answered directly.",
                    len(obs.tcp)).format(ok=len(f.ip_reachable), n=len(obs.tcp))


def _wait_words(obs: Observations) -> str:
    return _("{seconds:g} s").format(seconds=obs.stub_timeout) if obs.stub_timeout else _("several seconds")


def _degraded_headline(reasons: list[str], f: Facts, obs: Observations) -> str:
    if "mtu" in reasons:
        return _("Large transfers stall on this connection (likely an MTU problem on your network or VPN)")
    if "wrong-answer" in reasons:
        names = list(f.wrong_answers)
        return _("Your DNS gives a wrong address for {names}").format(names=", ".join(names))
    if "first-resolver-dead" in reasons:
        return _("DNS is slow: your first DNS server ({dead}) doesn't answer; the second ({working}) does — every "
                 "lookup waits {wait} first").format(dead=f.dead_first, working=f.next_working,
                                                      wait=_wait_words(obs))
    if "loss" in reasons:
        return _("Your connection is losing data")
    if "slow-dns" in reasons:
        return _("Name lookups (DNS) are slow")
    if "slow-network" in reasons or "slow-web" in reasons:
        return _("Your connection is slow")
    if "resolver-partial" in reasons:
        return _("One of your DNS servers isn't answering")
    if "web-blocked" in reasons:
        return _("Web pages are blocked on this network")
    return _("Your connection only partly works")


def _specific_todo(reasons: list[str], f: Facts, obs: Observations) -> list[str]:
    todo: list[str] = []
    if "mtu" in reasons:
        todo += [_("If you use a VPN, PPPoE or another tunnel, lower its MTU (for example to 1400), or ask IT "
                   "to let ICMP \"fragmentation needed\" messages through."),
                 _("Small things (web searches, chat) may still work while downloads and large pages hang.")]
    if "wrong-answer" in reasons:
        todo += [_("Switch to backup DNS: the independent resolvers give the right address."),
                 _("If it lasts, tell IT or your provider that their DNS gives an outdated or wrong address for "
                   "{names}.").format(names=", ".join(f.wrong_answers))]
    if "first-resolver-dead" in reasons:
        todo += [_("Remove {dead} from this computer's DNS settings (or the router's DHCP settings), "
                   "or put {working} first.").format(dead=f.dead_first, working=f.next_working),
                 _("Or switch to backup DNS: Offline Ready can set working servers now.")]
    return todo


_REASON_WORDS = {
    "mtu": N_("Large transfers stall on this connection (likely an MTU problem on your network or VPN): small "
           "requests work, but a page of over 1.5 KB stalled after connecting, while the same page sent in "
           "small packets came through."),
    "wrong-answer": N_("Your DNS resolver answers with an address where the service refuses or fails, while "
                    "independent resolvers give another address where it works."),
    "first-resolver-dead": N_("Your first DNS server doesn't answer at all, so every lookup waits for it to time "
                           "out before the next server is asked."),
    "loss": N_("Some probes got no answer: the connection is dropping data."),
    "slow-dns": N_("Name lookups take longer than they should."),
    "slow-network": N_("Connections take longer than they should."),
    "slow-web": N_("Web pages answer slowly."),
    "resolver-partial": N_("One of your DNS servers doesn't answer; lookups may stall."),
    "dns-partial": N_("Some names don't resolve through your DNS."),
    "partial-reach": N_("Some parts of the internet don't answer."),
    "web-blocked": N_("Plain web requests fail although the internet answers: a proxy or filter may be in the way."),
    "check-mismatch": N_("Some check pages came back altered: a proxy or filter may be changing web pages."),
}

_CAUSE_WORDS = {
    Cause.DNS: N_("your DNS can't find it"),
    Cause.CONNECT: N_("its server refuses connections"),
    Cause.TLS: N_("its secure connection failed"),
    Cause.HTTP_STATUS: N_("its server returns an error"),
    Cause.TIMEOUT: N_("it doesn't answer in time"),
}
