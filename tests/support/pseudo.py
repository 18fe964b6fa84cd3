"""The pseudo-locale's scanner: what text reached the user without passing through translation.

With the ``x-pseudo`` language every translated message arrives between ⟦ ⟧ (see
``offline_ready.i18n.pseudo``). Whatever is left outside those marks must be data, not words:
numbers, addresses, URLs, host names, setting keys, commands and the few names listed here.
"""

from __future__ import annotations

import re

from offline_ready.i18n import PSEUDO_CLOSE, PSEUDO_OPEN

# Never translated: the product's name, protocol and standard names, and what the user or the network supplies.
NAMES = ("Offline Ready", "offline-ready", "Offline-Ready", "DNS", "DoH", "HTTP", "HTTPS", "TCP", "UDP", "JSON",
         "CSV", "PDF", "vCard", "WPAD", "PAC", "MTU", "NXDOMAIN", "SERVFAIL", "IT", "ISP", "URL", "OK")
_DATA = re.compile(
    r"[a-z][a-z0-9+.-]*://\S+"  # URLs
    r"|\"[^\"\n]*\""  # quoted values (settings, JSON)
    r"|\{[\w,.-]+\}"  # a command's choices, as argparse lists them
    r"|[\w.+-]+@[\w-]+(\.[\w-]+)+"  # e-mail addresses
    r"|\[?[0-9a-fA-F]*:[0-9a-fA-F:.]+\]?(:\d+)?"  # IPv6 addresses
    r"|\b[\w-]+(\.[\w-]+)+(:\d+)?\b"  # host names, IPv4 addresses, setting keys, file names, versions
    r"|(?<![\w-])--?[a-z][\w-]*"  # command-line options
    r"|[~/][\w./-]+"  # paths
    r"|\b\d+(\.\d+)?\s?(ms|s|KB|MB|GB|B|%|h|min)?\b"  # numbers and units
)


def unmarked(text: str) -> str:
    """``text`` without its pseudo-translated parts (which may nest: a translated sentence inside another)."""
    out, depth = [], 0
    for ch in text:
        if ch == PSEUDO_OPEN:
            depth += 1
        elif ch == PSEUDO_CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def bypasses(text: str, allowed: tuple[str, ...] = ()) -> list[str]:
    """Words of ``text`` that no translation marked; ``allowed`` adds names the test's data supplies."""
    rest = unmarked(text)
    for name in sorted((*NAMES, *allowed), key=len, reverse=True):
        rest = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", " ", rest)
    rest = _DATA.sub(" ", rest)
    return re.findall(r"[A-Za-z][a-z]+(?:'[a-z]+)?", rest)
