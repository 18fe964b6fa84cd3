"""Plain-language advice from a verdict: what is broken, what still works, what to do.

Short sentences a receptionist can act on; technical detail stays in the evidence.
"""

from __future__ import annotations

from .facts import Facts
from .model import Advice, Cause, ServiceState, ServiceVerdict, State
from .observations import Observations


def _n(items: list, word: str) -> str:
    return f"{len(items)} {word}{'' if len(items) == 1 else 's'}"


def build_advice(state: State, f: Facts, services: list[ServiceVerdict], reasons: list[str],
                 obs: Observations) -> Advice:
    works: list[str] = []
    broken: list[str] = []
    todo: list[str] = []
    down = [s for s in services if s.state is ServiceState.DOWN]
    up = [s for s in services if s.state is ServiceState.UP]

    if state is State.NO_NETWORK:
        if "gateway-unreachable" in reasons:
            headline = "Your router isn't answering"
            broken.append("This computer is connected, but the router (the gateway "
                          f"{obs.gateway.gateway if obs.gateway else ''}) does not answer.".replace(" )", ")"))
            todo += ["Check the cable or Wi-Fi signal, and that the router is switched on.",
                     "Restart the router: unplug it for 10 seconds, plug it back in and wait two minutes.",
                     "If other computers have the same problem, call IT or the office manager."]
        else:
            headline = "You're not connected to a network"
            broken.append("No network connection: " + (obs.link.detail or "no cable or Wi-Fi link") + ".")
            todo += ["Check the network cable, or turn Wi-Fi on and join your network.",
                     "If you use a travel router or phone hotspot, check that it is on."]
    elif state is State.CAPTIVE_PORTAL:
        headline = "This network wants you to sign in"
        broken.append("A login page (captive portal) is intercepting web traffic.")
        todo += ["Open the login page and sign in or accept the terms.",
                 "Until then, only the login page works; apps may show errors."]
    elif state is State.NO_INTERNET:
        headline = "The internet is down beyond your network"
        works.append("Your local network and router answer." if f.gateway_ok else "Your network link is up.")
        broken.append(f"Nothing on the internet answers: {_n(obs.tcp, 'address')} and "
                      f"{_n(obs.connectivity, 'check page')} failed, across several providers.")
        todo += ["It's probably your internet provider, or the router's connection to it.",
                 "Restart the router (unplug it for 10 seconds) and wait two minutes.",
                 "Call your internet provider; Offline Ready keeps their number under Contacts.",
                 "Meanwhile, use your offline copies of key documents."]
    elif state is State.DNS_OUTAGE:
        servers = ", ".join(obs.system_resolvers) or "the system's"
        if "all-resolvers-down" in reasons:
            headline = "Name lookups (DNS) are failing everywhere"
            broken.append(f"Your DNS resolver ({servers}) and every other resolver we tried fail.")
            works.append(f"The internet answers by address ({len(f.ip_reachable)} of {len(obs.tcp)} endpoints).")
            todo += ["Something on your network may block DNS: check a firewall, VPN or filter.",
                     "Restart the router, then tell IT or your provider."]
        else:
            headline = "Your DNS resolver isn't answering"
            kind = ("timed out" if "resolver-timeout" in reasons else
                    "answered with errors (SERVFAIL)" if "resolver-servfail" in reasons else "failed")
            broken.append(f"Your DNS resolver ({servers}) {kind} for every name we tried, "
                          "so websites and apps can't find their servers.")
            works.append(f"The internet itself works: {len(f.ip_reachable)} of {len(obs.tcp)} "
                         "addresses answered directly.")
            works.append(f"Other resolvers work ({', '.join(f.working_resolvers)}).")
            reachable = [s.name for s in services if "through a backup resolver" in s.detail]
            if reachable:
                works.append("Through a backup resolver these services answer: " + ", ".join(reachable) + ".")
            todo += ["Switch to backup DNS: Offline Ready can do it now and switch back when yours recovers.",
                     "Or restart your router, which often restarts its DNS.",
                     "If it lasts, tell IT or your internet provider their DNS is down."]
    elif state is State.DEGRADED:
        headline = _degraded_headline(reasons)
        works.append("You're online: the internet answers.")
        broken += [_REASON_WORDS[r] for r in reasons if r in _REASON_WORDS]
        todo += ["Things may be slow or fail now and then; retry failed actions.",
                 "If it lasts, restart the router, or move closer to the Wi-Fi access point."]
    else:
        headline = "You're online"
        works.append(f"The internet answers ({len(f.ip_reachable)} of {len(obs.tcp)} addresses), "
                     "and name lookups work.")

    if state in (State.ONLINE, State.DEGRADED, State.DNS_OUTAGE):
        provider_down = [s for s in down if s.cause is Cause.PROVIDER_DNS]
        other_down = [s for s in down if s.cause is not Cause.PROVIDER_DNS]
        for s in provider_down:
            broken.append(f"{s.name} is down: its provider's DNS isn't answering anyone. "
                          "Switching DNS won't help; use offline copies until it's back.")
        for s in other_down:
            broken.append(f"{s.name} is down ({_CAUSE_WORDS.get(s.cause, 'failed')}).")
        if up:
            works.append("Working: " + ", ".join(s.name for s in up) + ".")
        if down and state is State.ONLINE:
            headline = (f"{down[0].name} is down" if len(down) == 1 else f"{len(down)} services are down")
            if provider_down and len(down) == 1:
                headline += ": its provider's DNS is failing"
            todo.append("Your own connection is fine; the problem is on the service's side. "
                        "Check its status page, or call its support.")
        if "provider-dns" in reasons and not provider_down:
            works.append("Note: some test sites' own DNS providers aren't answering; your connection is fine.")
    if "nxdomain-hijack" in reasons:
        broken.append("Your DNS rewrites answers for names that don't exist (NXDOMAIN hijacking"
                      + (f", to {f.hijack_address}" if f.hijack_address else "") + ").")
        todo.append("This is usually your provider's ad page; backup DNS avoids it.")
    return Advice(headline=headline, broken=broken, works=works, todo=todo)


def _degraded_headline(reasons: list[str]) -> str:
    if "loss" in reasons:
        return "Your connection is losing data"
    if "slow-dns" in reasons:
        return "Name lookups (DNS) are slow"
    if "slow-network" in reasons or "slow-web" in reasons:
        return "Your connection is slow"
    if "resolver-partial" in reasons:
        return "One of your DNS servers isn't answering"
    if "web-blocked" in reasons:
        return "Web pages are blocked on this network"
    return "Your connection only partly works"


_REASON_WORDS = {
    "loss": "Some probes got no answer: the connection is dropping data.",
    "slow-dns": "Name lookups take longer than they should.",
    "slow-network": "Connections take longer than they should.",
    "slow-web": "Web pages answer slowly.",
    "resolver-partial": "One of your DNS servers doesn't answer; lookups may stall.",
    "dns-partial": "Some names don't resolve through your DNS.",
    "partial-reach": "Some parts of the internet don't answer.",
    "web-blocked": "Plain web requests fail although the internet answers: a proxy or filter may be in the way.",
    "check-mismatch": "Some check pages came back altered: a proxy or filter may be changing web pages.",
}

_CAUSE_WORDS = {
    Cause.DNS: "your DNS can't find it",
    Cause.CONNECT: "its server refuses connections",
    Cause.TLS: "its secure connection failed",
    Cause.HTTP_STATUS: "its server returns an error",
    Cause.TIMEOUT: "it doesn't answer in time",
}
