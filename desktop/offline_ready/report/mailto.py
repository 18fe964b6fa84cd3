"""A ``mailto:`` link pre-filled for the ISP or the helpdesk. Pure."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..i18n import _
from ..vault.contacts.model import fold

MAX_BODY = 1800  # mail clients and OS handlers cut long mailto: links; the full report is attached by hand


def pick_recipient(contacts: list[Any], groups: list[str], prefer: str = "isp") -> Any | None:
    """The first contact with an e-mail address in the ISP group (or IT helpdesk for "it")."""
    def kind(g: str) -> str:
        return "isp" if any(w in fold(g) for w in ("isp", "provider", "internet", "carrier")) else "it"

    ranked = sorted(groups, key=lambda g: kind(g) != prefer)
    for group in ranked:
        for c in sorted(contacts, key=lambda c: c.escalation if c.escalation is not None else 10**6):
            if c.emails and fold(group) in (fold(g) for g in c.groups):
                return c
    return None


def mailto_url(address: str, subject: str, body: str) -> str:
    if len(body) > MAX_BODY:
        body = body[:MAX_BODY].rsplit("\n", 1)[0] + "\n" + _("[…] (full report attached)")
    return f"mailto:{quote(address, safe='@')}?subject={quote(subject)}&body={quote(body)}"
