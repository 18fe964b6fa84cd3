"""Scrub secrets from anything a report prints. Pure.

URLs lose their user-info, query and fragment (tokens travel there); known secret values (the
vault's stored credentials, passed in by the caller) are replaced wherever they appear.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit, urlunsplit

_URL = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]{1,15}://[^\s<>\"']+")
_AUTH = re.compile(r"(?i)\b(authorization|api[_-]?key|password|passwd|secret|token)(\s*[:=]\s*)"
                   r"(?:(?:bearer|basic)\s+)?\S+|\b(bearer|basic)(\s+)[A-Za-z0-9._~+/=-]{8,}")
MASK = "[redacted]"


def clean_url(url: str) -> str:
    try:
        p = urlsplit(url)
    except ValueError:
        return MASK
    host = p.hostname or ""
    if p.port:
        host = f"{host}:{p.port}"
    if ":" in (p.hostname or "") and not host.startswith("["):
        host = f"[{p.hostname}]" + (f":{p.port}" if p.port else "")
    query = MASK if p.query else ""
    return urlunsplit((p.scheme, host, p.path, query, ""))


class Redactor:
    def __init__(self, secrets: Iterable[str] = ()) -> None:
        # longest first, so a secret containing another is masked whole; very short ones would mask noise
        self.secrets = sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        if not text:
            return text
        out = _URL.sub(lambda m: clean_url(m.group(0)), str(text))
        out = _AUTH.sub(lambda m: f"{m.group(1) or m.group(3)}{m.group(2) or m.group(4)}{MASK}", out)
        for s in self.secrets:
            out = out.replace(s, MASK)
        return out
