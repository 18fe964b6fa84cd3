"""Whether to offer backup DNS for a verdict, or why not — a pure function.

Switching resolvers helps only when the user's own resolver fails. It cannot help when one
provider's authoritative DNS is down (every resolver fails the same way), behind a captive
portal (the portal answers every name), when the link or the upstream is down, or when only a
VPN's internal names fail (split DNS: their resolver sits behind the VPN), or when web traffic goes
through a proxy that resolves names itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..diagnosis.model import Cause, State, Verdict
from ..i18n import _

OFFER = "offer"
ALREADY = "already-on-backup"
NO_VERIFIED = "no-verified-backup"
NOT_ALLOWED = "switch-disabled"
PROVIDER = "provider-dns"
PORTAL = "captive-portal"
UPSTREAM = "upstream-down"
SPLIT = "vpn-split-dns"
HEALTHY = "healthy"
PROXY_RESOLVES = "proxy-resolves-names"
UNKNOWN = "unknown"


@dataclass(frozen=True)
class Decision:
    offer: bool
    kind: str
    headline: str
    explanation: str
    profile_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _under(name: str, suffixes: Iterable[str]) -> bool:
    name = name.lower().rstrip(".")
    return any(name == s or name.endswith("." + s) for s in (x.lower().strip(".~") for x in suffixes) if s)


def failing_system_names(verdict: Verdict) -> tuple[list[str], list[str]]:
    """Names the system resolver failed and answered, from the verdict's evidence."""
    bad, good = [], []
    for e in verdict.evidence:
        if e.probe in ("dns.system", "dns.system-resolver"):
            (good if e.ok else bad).append(e.target.split(" @ ", 1)[0])
    return bad, good


def is_split_dns_failure(verdict: Verdict, internal_suffixes: Iterable[str]) -> bool:
    suffixes = list(internal_suffixes)
    if {"vpn-split-dns", "split-dns"} & set(verdict.reasons):
        return True
    bad, _good = failing_system_names(verdict)
    dns_down = [s for s in verdict.services_down if s.cause in (Cause.DNS, Cause.PROVIDER_DNS)]
    from urllib.parse import urlsplit

    bad += [urlsplit(s.url).hostname or "" for s in dns_down]
    return bool(suffixes) and bool(bad) and all(_under(n, suffixes) for n in bad if n)


def decide(verdict: Verdict | None, *, verified_profiles: list[str], on_backup: bool = False,
           allow_switch: bool = True, internal_suffixes: Iterable[str] = (),
           preferred: str | None = None) -> Decision:
    if on_backup:
        return Decision(False, ALREADY, _("Backup DNS is in use"),
                        _("Your original settings are saved; switch back when your resolver works again."))
    if verdict is None or verdict.state is State.UNKNOWN:
        return Decision(False, UNKNOWN, _("Not checked yet"), _("Run a check first."))
    state = verdict.state
    if state in (State.NO_NETWORK, State.NO_INTERNET):
        return Decision(False, UPSTREAM, _("Backup DNS won't help"),
                        _("Nothing beyond your network answers, not even addresses that need no DNS: "
                        "the connection itself is down, so another resolver would not be reached either."))
    if state is State.CAPTIVE_PORTAL:
        return Decision(False, PORTAL, _("Sign in to the network first"),
                        _("This network wants you to sign in at {url}. Until then it answers every name itself; "
                          "changing resolvers would only break the sign-in page.").format(url=verdict.portal_url)
                        if verdict.portal_url else
                        _("This network wants you to sign in. Until then it answers every name itself; "
                          "changing resolvers would only break the sign-in page."))
    if is_split_dns_failure(verdict, internal_suffixes):
        return Decision(False, SPLIT, _("Only internal names fail"),
                        _("The names that fail belong to your organisation's network, which only its own "
                        "resolvers (usually behind the VPN) can answer. Reconnect the VPN or call IT; "
                        "a public resolver cannot know these names."))
    if state is State.DNS_OUTAGE:
        if not allow_switch:
            return Decision(False, NOT_ALLOWED, _("Your resolver is down"),
                            _("Switching DNS is turned off by your organisation. The app keeps working through "
                            "its own backup lookups; contact IT."))
        if not verified_profiles:
            return Decision(False, NO_VERIFIED, _("Your resolver is down"),
                            _("No backup resolver has been seen working from this network yet, so the app will "
                            "not switch blindly. Test the backups first (Backup DNS page or `dns benchmark`)."))
        pick = preferred if preferred in verified_profiles else verified_profiles[0]
        return Decision(True, OFFER, _("Your DNS resolver isn't answering"),
                        _("Websites by address and other resolvers work, so a backup resolver will fix name "
                        "lookups. Your current settings are saved and come back with one click."), pick)
    if PROXY_RESOLVES in verdict.reasons:
        return Decision(False, PROXY_RESOLVES, _("Your proxy looks up names itself"),
                        _("Web traffic goes through your proxy, which resolves names on its own: switching this "
                        "computer's DNS would not change what web pages and services do."))
    provider = [s for s in verdict.services if s.cause is Cause.PROVIDER_DNS]
    if provider or "provider-dns" in verdict.reasons:
        names = ", ".join(s.name for s in provider) or _("a service")
        return Decision(False, PROVIDER, _("{names}: the provider's DNS is down").format(names=names),
                        _("Every resolver fails for this name in the same way, so the fault is at the provider's "
                        "own DNS. Switching resolvers cannot help; wait for the provider, or use what the "
                        "app keeps offline."))
    return Decision(False, HEALTHY, _("DNS is working"), _("Your resolver answers; no switch is needed."))
