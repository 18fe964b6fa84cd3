"""Safe file names from hostile sources (Content-Disposition, URL paths, user input). Pure.

A server may send ``filename="../../.bashrc"``, ``CON.pdf``, control characters or a
thousand-character name; what comes out is one plain path component that is valid on
Windows, macOS and Linux and ends with the extension of what the bytes really are.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote, urlsplit

MAX_NAME = 120
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                     *(f"lpt{i}" for i in range(1, 10))}
_BAD = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')


def safe_filename(name: str, fallback: str = "document") -> str:
    """One safe path component (never empty, never ``.``/``..``, no separators, bounded length)."""
    name = unicodedata.normalize("NFC", name or "")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]  # drop any directory part, either separator
    name = _BAD.sub("_", name)
    name = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp"))
    name = name.strip(" .")
    if not name or set(name) <= {"_", "."}:
        name = fallback
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    if stem.split(".")[0].lower() in _WINDOWS_RESERVED:
        stem = "_" + stem
    ext = ext[:16]
    room = MAX_NAME - (len(ext) + 1 if ext else 0)
    stem = _truncate_utf8(stem, room)
    return f"{stem}.{ext}" if ext else stem


def _truncate_utf8(text: str, limit: int) -> str:
    text = text[:limit]
    while len(text.encode("utf-8")) > limit * 2:  # keep names short in bytes too (ext4: 255 bytes)
        text = text[:-1]
    return text or "document"


def with_extension(name: str, extension: str) -> str:
    """Make ``name`` end with ``extension`` (the sniffed one), replacing a misleading one."""
    if not extension:
        return name
    stem, dot, ext = name.rpartition(".")
    if dot and ("." + ext.lower()) == extension.lower():
        return name
    if dot and ext.lower() in {"jpg", "jpeg"} and extension in (".jpg", ".jpeg"):
        return name
    if dot and ext.lower() in {"htm", "html"} and extension == ".html":
        return name
    if dot and ext.lower() in {"md", "markdown", "txt", "log"} and extension == ".txt":
        return name
    return safe_filename((stem if dot and len(ext) <= 5 else name) + extension)


def filename_from_disposition(header: str | None) -> str | None:
    """The file name a Content-Disposition header suggests (RFC 6266, ``filename*`` preferred)."""
    if not header:
        return None
    from email.message import Message  # the email package: only when a server names a file

    msg = Message()
    msg["content-disposition"] = header[:2000]
    try:
        name = msg.get_filename()
    except (ValueError, LookupError, TypeError):
        return None
    return name or None


def filename_from_url(url: str) -> str | None:
    path = urlsplit(url).path
    last = unquote(path.rstrip("/").rsplit("/", 1)[-1]) if path else ""
    return last or None


def display_name_from_source(source: str) -> str:
    """A default document name: the file's name without extension, or the host name."""
    if source.lower().startswith(("http://", "https://")):
        name = filename_from_url(source)
        if name:
            stem = name.rsplit(".", 1)[0] if "." in name else name
            return stem.replace("_", " ").replace("-", " ").strip() or name
        return urlsplit(source).hostname or source
    base = source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    return (base.rsplit(".", 1)[0] if "." in base else base) or source
