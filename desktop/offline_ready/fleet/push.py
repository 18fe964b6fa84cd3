"""Sending one batch to an engine over HTTP, and what its answer means for the batch.

2xx: delivered (delete). 429, 5xx, no answer: retry later with backoff. 401, 403, 404 and 407 say
the *endpoint or sign-in* is wrong, not the data: the batch waits (retried with backoff) so fixing
the setting loses nothing. Any other 4xx: the engine refused this data; it is quarantined so the
rest flows.
"""

from __future__ import annotations

import email.utils
import re
import time
from dataclasses import dataclass
from typing import Any

DELIVERED, RETRY, QUARANTINE = "delivered", "retry", "quarantine"
ENDPOINT_PROBLEMS = frozenset({401, 403, 404, 407})
TIMEOUT = (5.0, 20.0)  # connect, read
MAX_REASON = 300
MAX_BODY = 4096  # bytes of a refusal's body read for its reason


@dataclass(frozen=True)
class Outcome:
    verdict: str  # DELIVERED | RETRY | QUARANTINE
    status: int | None = None
    reason: str = ""
    retry_after: float | None = None  # seconds the engine asked us to wait


def classify(status: int, body: str = "", retry_after: str | None = None, now: float | None = None) -> Outcome:
    """What an HTTP status means for the batch that got it (pure)."""
    text = " ".join(body.split())[:MAX_REASON]
    if 200 <= status < 300:
        return Outcome(DELIVERED, status)
    if status == 429 or status >= 500 or status in ENDPOINT_PROBLEMS or status < 200 or 300 <= status < 400:
        return Outcome(RETRY, status, text or f"HTTP {status}", parse_retry_after(retry_after, now))
    return Outcome(QUARANTINE, status, text or f"HTTP {status}")


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header (delta seconds or an HTTP date), capped at an hour."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), 3600.0)
    try:
        when = email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError):
        return None
    return max(0.0, min(when - (now if now is not None else time.time()), 3600.0))


def post(session: Any, url: str, body: bytes, headers: dict[str, str], verify: Any = True) -> Outcome:
    """POST ``body``; never raises for network trouble (that is a RETRY with the error as reason)."""
    import requests

    try:
        r = session.post(url, data=body, headers=headers, timeout=TIMEOUT, verify=verify, allow_redirects=False,
                         stream=True)  # the answer's body is read only in part: an engine's reason, not a flood
    except requests.RequestException as exc:
        return Outcome(RETRY, None, _short(exc))
    try:
        text = ""
        if not (200 <= r.status_code < 300):
            try:
                text = r.raw.read(MAX_BODY, decode_content=True).decode("utf-8", "replace")
            except (requests.RequestException, OSError, ValueError):
                text = ""
    finally:
        r.close()
    return classify(r.status_code, text, r.headers.get("Retry-After"))


def _short(exc: BaseException) -> str:
    """A network error in one line, without a URL's query (where a token could travel)."""
    text = re.sub(r"\?[^\s'\")]*", "", " ".join(str(exc).split()))
    return text[:MAX_REASON] or type(exc).__name__


def backoff(failures: int, base: float, cap: float = 1800.0, jitter: float = 0.0) -> float:
    """Seconds to wait after ``failures`` failed tries in a row: base·2ⁿ, capped, ``jitter`` in [0, 1)
    spreading a fleet's retries (a site's desks all come back at the same moment)."""
    return min(cap, base * (2 ** max(0, failures - 1))) * (1.0 + 0.5 * jitter)
