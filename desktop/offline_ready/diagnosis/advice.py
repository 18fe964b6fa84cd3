"""Plain-language advice from a verdict: what is broken, what still works, what to do.

Short sentences a receptionist can act on; technical detail stays in the evidence.
"""

from __future__ import annotations

from .facts import Facts
from .model import Advice, Cause, ServiceState, ServiceVerdict, State
from .observations import Observations
from .proxylayer import proxy_advice, wpad_todo


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
        if "no-dns-server" in reasons:
            headline = "No DNS server is configured on this computer"
            broken.append("This computer has no DNS server set, so no name can be looked up: the network "
                          "handed out none (DHCP), or the settings are empty.")
            works.append(f"The internet itself works: {len(f.ip_reachable)} of {len(obs.tcp)} "
                         "addresses answered directly.")
            todo += ["Reconnect to the network (turn Wi-Fi off and on, or unplug the cable and plug it back "
                     "in) so it hands out its settings again.",
                     "Or switch to backup DNS: Offline Ready can set working DNS servers now.",
                     "If it happens again, ask IT to check the network's DHCP settings."]
        elif "udp-blocked" in reasons:
            headline = "DNS is blocked on this network (DNS over TCP still works)"
            broken.append("Every DNS server we asked is silent over UDP port 53, the way ordinary lookups "
                          "travel, but answers over TCP: a firewall blocks ordinary DNS (some do this).")
            works.append(f"The internet answers by address ({len(f.ip_reachable)} of {len(obs.tcp)} endpoints), "
                         "and DNS over TCP works (" + ", ".join(f.tcp_dns_ok) + ").")
            todo += ["Switch to backup DNS over HTTPS (DoH): it passes this firewall.",
                     "Ask IT to allow DNS (UDP port 53) to your DNS server."]
        elif "all-resolvers-down" in reasons:
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
            reachable = [s.name for s in services if s.answered_via]
            if reachable:
                works.append("Through a backup resolver these services answer: " + ", ".join(reachable) + ".")
            todo += ["Switch to backup DNS: Offline Ready can do it now and switch back when yours recovers.",
                     "Or restart your router, which often restarts its DNS.",
                     "If it lasts, tell IT or your internet provider their DNS is down."]
    elif state is State.DEGRADED:
        headline = _degraded_headline(reasons, f, obs)
        works.append("You're online: the internet answers.")
        broken += [_REASON_WORDS[r] for r in reasons if r in _REASON_WORDS]
        todo += _specific_todo(reasons, f, obs)
        todo += ["Things may be slow or fail now and then; retry failed actions.",
                 "If it lasts, restart the router, or move closer to the Wi-Fi access point."]
    else:
        headline = "You're online"
        works.append(f"The internet answers ({len(f.ip_reachable)} of {len(obs.tcp)} addresses), "
                     "and name lookups work.")

    proxied = proxy_advice(reasons, f, obs)
    if proxied is not None:
        headline, works, broken, todo = proxied[0], proxied[1], proxied[2], proxied[3]
    todo += wpad_todo(reasons, obs)

    if state in (State.ONLINE, State.DEGRADED, State.DNS_OUTAGE):
        provider_down = [s for s in down if s.cause is Cause.PROVIDER_DNS]
        other_down = [s for s in down if s.cause is not Cause.PROVIDER_DNS]
        for s in provider_down:
            broken.append(f"{s.name} is down: its provider's DNS isn't answering anyone. "
                          "Switching DNS won't help; use offline copies until it's back.")
        intercepted = [s for s in other_down if s.cause is Cause.TLS and "intercepted" in s.detail]
        for s in other_down:
            broken.append(f"{s.name}: {s.detail}." if s in intercepted else
                          f"{s.name} is down ({_CAUSE_WORDS.get(s.cause, 'failed')}).")
        if up:
            works.append("Working: " + ", ".join(s.name for s in up) + ".")
        if intercepted and len(intercepted) == len(down) and state is State.ONLINE:
            headline = "The secure connection is intercepted on this network"
            todo.append("Ask IT: the certificate comes from an authority this computer does not trust.")
        elif down and state is State.ONLINE:
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


def _wait_words(obs: Observations) -> str:
    return f"{obs.stub_timeout:g} s" if obs.stub_timeout else "several seconds"


def _degraded_headline(reasons: list[str], f: Facts, obs: Observations) -> str:
    if "mtu" in reasons:
        return "Large transfers stall on this connection (likely an MTU problem on your network or VPN)"
    if "wrong-answer" in reasons:
        names = list(f.wrong_answers)
        return f"Your DNS gives a wrong address for {names[0] if len(names) == 1 else ', '.join(names)}"
    if "first-resolver-dead" in reasons:
        return (f"DNS is slow: your first DNS server ({f.dead_first}) doesn't answer; the second "
                f"({f.next_working}) does — every lookup waits {_wait_words(obs)} first")
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


def _specific_todo(reasons: list[str], f: Facts, obs: Observations) -> list[str]:
    todo: list[str] = []
    if "mtu" in reasons:
        todo += ["If you use a VPN, PPPoE or another tunnel, lower its MTU (for example to 1400), or ask IT "
                 "to let ICMP \"fragmentation needed\" messages through.",
                 "Small things (web searches, chat) may still work while downloads and large pages hang."]
    if "wrong-answer" in reasons:
        todo += ["Switch to backup DNS: the independent resolvers give the right address.",
                 "If it lasts, tell IT or your provider that their DNS gives an outdated or wrong address for "
                 + ", ".join(f.wrong_answers) + "."]
    if "first-resolver-dead" in reasons:
        todo += [f"Remove {f.dead_first} from this computer's DNS settings (or the router's DHCP settings), "
                 f"or put {f.next_working} first.",
                 "Or switch to backup DNS: Offline Ready can set working servers now."]
    return todo


_REASON_WORDS = {
    "mtu": "Large transfers stall on this connection (likely an MTU problem on your network or VPN): small "
           "requests work, but a page of over 1.5 KB stalled after connecting, while the same page sent in "
           "small packets came through.",
    "wrong-answer": "Your DNS resolver answers with an address where the service refuses or fails, while "
                    "independent resolvers give another address where it works.",
    "first-resolver-dead": "Your first DNS server doesn't answer at all, so every lookup waits for it to time "
                           "out before the next server is asked.",
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
