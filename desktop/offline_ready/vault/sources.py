"""Where a document comes from: an http(s) URL or a file path (``file://`` URLs, shares, ``~``).

Kept apart from :mod:`.fetch` so that what only needs to name or compare a source (the catalogue,
a search, the command line) does not load the download machinery.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit


def redact_url(url: str) -> str:
    """The URL without user info or query string, for logs and messages."""
    try:
        p = urlsplit(url)
    except ValueError:
        return "<unparseable URL>"
    host = p.hostname or ""
    if p.port:
        host += f":{p.port}"
    return urlunsplit((p.scheme, host, p.path, "", ""))


def is_http(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def file_source_path(source: str) -> Path:
    """A file source as a path (``file://`` URLs and plain paths, ``~`` expanded)."""
    if source.lower().startswith("file://"):
        p = urlsplit(source)
        path = unquote(p.path)
        if p.netloc and p.netloc not in ("", "localhost"):
            path = f"//{p.netloc}{path}"  # UNC share
        return Path(path)
    return Path(os.path.expanduser(source))
