"""The proxy as its own layer of the diagnosis: pure functions over one round's observations.

On a company network the web often works *only* through the proxy: endpoints by address and
public resolvers are blocked by design. That is online, not an outage. What is an outage is the
proxy itself not answering, or refusing us (407, sign-in needed); and when direct connections are
blocked with no proxy set, a proxy found by WPAD is the advice.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..i18n import _
from .facts import Facts
from .model import Evidence, Layer, State
from .observations import Observations


@dataclass
class ProxyFacts:
    via_ok: list[str] = field(default_factory=list)  # check pages that answered through the proxy
    proxies: list[str] = field(default_factory=list)  # host:port of every proxy the check pages used
    down: list[str] = field(default_factory=list)  # proxies that did not answer at all
    auth: list[str] = field(default_factory=list)  # proxies that answered 407 (sign-in needed)


def proxy_facts(obs: Observations, f: Facts) -> ProxyFacts:
    pf = ProxyFacts()
    for c in obs.connectivity:
        r = c.result
        if not r.proxy:
            continue
        pf.proxies.append(r.proxy)
        if c.url in f.conn_ok:
            pf.via_ok.append(c.url)
        elif r.status == 407:
            pf.auth.append(r.proxy)
        elif r.phase in ("connect", "timeout") and not r.connected:
            pf.down.append(r.proxy)
    pf.proxies, pf.down, pf.auth = (list(dict.fromkeys(x)) for x in (pf.proxies, pf.down, pf.auth))
    return pf


def proxy_state(obs: Observations, f: Facts) -> tuple[State, list[str]] | None:
    """The verdict when the proxy decides it, or None to judge the layers as usual."""
    pf = proxy_facts(obs, f)
    if pf.via_ok:
        reasons = ["via-proxy"]
        if f.lookups_failing or f.system_dns_down:
            reasons.append("proxy-resolves-names")  # the desk can't resolve, the proxy does it for us
        return State.ONLINE, reasons
    if f.conn_ok:
        return None  # some pages work directly (a PAC file sends them DIRECT): the usual layers decide
    if pf.auth:
        return State.NO_INTERNET, ["proxy-auth"]
    if pf.down:
        return State.NO_INTERNET, ["proxy-down"]
    if obs.wpad and not f.anything_beyond_lan:
        return State.NO_INTERNET, ["upstream-unreachable", "wpad-found"]
    return None


def proxy_evidence(obs: Observations, f: Facts) -> list[Evidence]:
    pf = proxy_facts(obs, f)
    out = [Evidence("proxy", p, p not in pf.down and p not in pf.auth,
                    (_("asks for a sign-in (407)") if p in pf.auth else _("not answering") if p in pf.down
                     else _("answers; the web goes through it")), None, Layer.INTERNET,
                    data={"proxy": p, "setting": obs.proxy})
           for p in pf.proxies]
    if obs.wpad:
        out.append(Evidence("proxy.wpad", obs.wpad, True, _("a proxy auto-config file is offered by WPAD"), None,
                            Layer.INTERNET, data={"url": obs.wpad}))
    return out


def proxy_advice(reasons: list[str], f: Facts, obs: Observations) -> tuple[str, list[str], list[str], list[str]] | None:
    """(headline, works, broken, todo) for the proxy's own findings, or None."""
    pf = proxy_facts(obs, f)
    if "via-proxy" in reasons:
        works = [_("The web works through your proxy ({proxies}).").format(proxies=", ".join(pf.proxies)),
                 _("Direct connections by address are blocked, as on many company networks: that is expected, "
                   "not an outage.")]
        todo: list[str] = []
        if "proxy-resolves-names" in reasons:
            works.append(_("Your proxy looks up names itself, so web pages work even though this computer's "
                           "own DNS does not answer for them."))
            todo.append(_("Switching this computer's DNS won't help web traffic: it goes through the proxy."))
        return _("You're online through your proxy"), works, [], todo
    if "proxy-auth" in reasons:
        where = ", ".join(pf.auth)
        return (_("Your proxy needs you to sign in ({proxy})").format(proxy=where), [],
                [_("The proxy {proxy} refuses our requests until you sign in (HTTP 407).").format(proxy=where)],
                [_("Store your proxy sign-in in the system keyring: {command}").format(
                    command=f"offline-ready config proxy-login {pf.auth[0]}"),
                 _("If you don't know it, ask IT which account the proxy expects.")])
    if "proxy-down" in reasons:
        where = ", ".join(pf.down)
        return (_("Your proxy isn't answering ({proxy})").format(proxy=where), [],
                [_("The web goes through the proxy {proxy}, and it does not answer.").format(proxy=where)],
                [_("Check that you are on the company network (or that the VPN is connected)."),
                 _("Tell IT: the proxy {proxy} is not answering.").format(proxy=where)])
    return None


def wpad_todo(reasons: list[str], obs: Observations) -> list[str]:
    if "wpad-found" not in reasons:
        return []
    return [_("Direct connections are blocked and no proxy is set, but this network offers one by WPAD "
              "({url}): set the proxy to automatic ({setting}) or ask IT.").format(
                  url=obs.wpad, setting='proxy.mode = "pac"')]
