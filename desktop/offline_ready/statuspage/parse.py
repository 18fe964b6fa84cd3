"""Parsers for what status pages serve: Statuspage ``summary.json`` and RSS/Atom feeds. Pure.

Both take the raw bytes (already bounded in size by the fetcher) and raise :class:`StatusPageError`
with a plain sentence on anything they cannot use. XML goes through defusedxml: no entities,
no external references, so a hostile feed cannot expand or reach out.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from ..i18n import _
from .model import INDICATORS, ProviderIncident, ProviderStatus

MAX_INCIDENTS = 20
MAX_TEXT = 300
FEED_RECENT = timedelta(hours=24)  # a feed entry this recent and not marked resolved counts as current
_IMPACT_RANK = {k: i for i, k in enumerate(INDICATORS)}
_RESOLVED = ("resolved", "postmortem", "completed")
_RESOLVED_WORDS = re.compile(r"\b(resolved|completed|recovered|fixed|operational again)\b", re.I)
_TAG = re.compile(r"<[^>]{0,2000}>")


class StatusPageError(ValueError):
    """The document is not a status page we can read (the message says why)."""


def parse_summary(data: bytes, *, service: str, url: str, now: datetime | None = None) -> ProviderStatus:
    """Statuspage's public ``/api/v2/summary.json``: overall indicator, unresolved incidents, components."""
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise StatusPageError(_("not valid JSON ({problem})").format(problem=_short(exc))) from None
    except RecursionError:
        raise StatusPageError(_("refused: nested too deeply")) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("status"), dict):
        raise StatusPageError(_("not a Statuspage summary (no {key} object)").format(key='"status"'))
    status = doc["status"]
    indicator = str(status.get("indicator", "")).lower()
    if indicator not in INDICATORS:
        raise StatusPageError(_("unknown status indicator {indicator!r}").format(indicator=indicator[:40]))
    page = doc.get("page") if isinstance(doc.get("page"), dict) else {}
    incidents = []
    for raw in _dicts(doc.get("incidents")):
        if str(raw.get("status", "")).lower() in _RESOLVED:
            continue
        incidents.append(_incident(raw, str(raw.get("impact") or "none").lower()))
    for raw in _dicts(doc.get("scheduled_maintenances")):
        if str(raw.get("status", "")).lower() == "in_progress":
            incidents.append(_incident(raw, "maintenance"))
    incidents.sort(key=lambda i: (-_IMPACT_RANK.get(i.impact, 0), i.started_at or datetime.max.replace(tzinfo=UTC)))
    components = [(_text(c.get("name")), str(c.get("status", ""))) for c in _dicts(doc.get("components"))
                  if str(c.get("status", "operational")) not in ("operational", "")][:MAX_INCIDENTS]
    if indicator == "none" and any(i.impact == "maintenance" for i in incidents):
        indicator = "maintenance"
    return ProviderStatus(service=service, url=url, kind="statuspage", fetched_at=now or datetime.now(UTC),
                          indicator=indicator, description=_text(status.get("description")),
                          page_name=_text(page.get("name")), incidents=incidents[:MAX_INCIDENTS],
                          components=components)


def parse_feed(data: bytes, *, service: str, url: str, now: datetime | None = None) -> ProviderStatus:
    """An RSS 2.0 or Atom incident feed: entries of the last day not marked resolved are current."""
    now = now or datetime.now(UTC)
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise StatusPageError(_("refused: the feed declares {what} (unsafe XML)").format(what=type(exc).__name__.lower())) from None
    except SafeET.ParseError as exc:
        raise StatusPageError(_("not a readable feed ({problem})").format(problem=_short(exc))) from None
    except RecursionError:
        raise StatusPageError(_("refused: nested too deeply")) from None
    tag = _local(root.tag)
    if tag == "rss":
        channel = _child(root, "channel")
        if channel is None:
            raise StatusPageError(_("RSS without a channel"))
        title = _text(_childtext(channel, "title"))
        entries = [_rss_item(e) for e in channel if _local(e.tag) == "item"]
    elif tag == "feed":
        title = _text(_childtext(root, "title"))
        entries = [_atom_entry(e) for e in root if _local(e.tag) == "entry"]
    else:
        raise StatusPageError(_("not an RSS or Atom feed (root element {element})").format(element=f"<{tag[:40]}>"))
    current = []
    for name, when, body, link in entries[:200]:
        if when is None or now - when > FEED_RECENT or _RESOLVED_WORDS.search(f"{name} {body[:MAX_TEXT]}"):
            continue
        current.append(ProviderIncident(name=name, status="", impact="minor", started_at=when, updated_at=when,
                                        latest_update=body[:MAX_TEXT], url=link))
    current.sort(key=lambda i: i.started_at or now)
    return ProviderStatus(service=service, url=url, kind="feed", fetched_at=now,
                          indicator="minor" if current else "none",
                          description="" if current else _("no current incidents in the feed"),
                          page_name=title, incidents=current[:MAX_INCIDENTS])


# ------------------------------------------------------------------------------------- helpers

def _incident(raw: dict[str, Any], impact: str) -> ProviderIncident:
    updates = sorted(_dicts(raw.get("incident_updates")), key=lambda u: str(u.get("display_at") or
                                                                             u.get("created_at") or ""))
    latest = _text(updates[-1].get("body")) if updates else ""
    return ProviderIncident(name=_text(raw.get("name")), status=str(raw.get("status", ""))[:40],
                            impact=impact if impact in INDICATORS else "minor",
                            started_at=_iso(raw.get("started_at") or raw.get("scheduled_for") or raw.get("created_at")),
                            updated_at=_iso(raw.get("updated_at")), latest_update=latest,
                            url=str(raw.get("shortlink") or "")[:300])


def _rss_item(item) -> tuple[str, datetime | None, str, str]:
    when = _rfc822(_childtext(item, "pubDate")) or _iso(_childtext(item, "date"))
    return (_text(_childtext(item, "title")), when, _text(_childtext(item, "description")),
            (_childtext(item, "link") or "").strip()[:300])


def _atom_entry(entry) -> tuple[str, datetime | None, str, str]:
    when = _iso(_childtext(entry, "updated")) or _iso(_childtext(entry, "published"))
    body = _childtext(entry, "summary") or _childtext(entry, "content")
    link = next((e.get("href", "") for e in entry if _local(e.tag) == "link"), "")
    return _text(_childtext(entry, "title")), when, _text(body), str(link)[:300]


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _local(tag: Any) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _child(el, name: str):
    return next((c for c in el if _local(c.tag) == name), None)


def _childtext(el, name: str) -> str:
    c = _child(el, name)
    return (c.text or "") if c is not None else ""


def _text(value: Any) -> str:
    """Plain, single-line, bounded text (feeds carry HTML in their descriptions)."""
    import html

    text = html.unescape(_TAG.sub(" ", str(value or "")))
    return " ".join(text.split())[:MAX_TEXT]


def _iso(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _rfc822(value: str) -> datetime | None:
    if not value.strip():
        return None
    try:
        dt = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _short(exc: BaseException) -> str:
    return str(exc)[:120]
