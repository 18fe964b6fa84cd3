"""The verdict's short codes (state, service state, cause, layer, probe) as words a report or the command
line can print: English prints the codes themselves, other languages their translation."""

from __future__ import annotations

from ..i18n import N_, _

CODES = frozenset((
    # states
    N_("online"), N_("degraded"), N_("dns-outage"), N_("captive-portal"), N_("no-internet"), N_("no-network"),
    N_("unknown"),
    # a service's state
    N_("up"), N_("down"),
    # why a service is down
    N_("dns"), N_("provider-dns"), N_("connect"), N_("tls"), N_("http-status"), N_("timeout"), N_("slow"),
    N_("blocked"),
    # layers
    N_("link"), N_("lan"), N_("portal"), N_("internet"), N_("service"),
    # probes named by one word (the dotted ones, "dns.system" and the like, are identifiers)
    N_("gateway"), N_("tcp"), N_("proxy"),
))


def code_word(code: object) -> str:
    """``code`` in the user's language; a code this table does not know is printed as it is."""
    text = str(code or "")
    return _(text) if text in CODES else text
