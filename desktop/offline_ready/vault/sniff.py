"""What a download really is, judged from its bytes, never from the server's Content-Type.

Pure functions over the first bytes of a file (and, for ZIP containers, the member names);
:func:`sniff_file` is the only one that reads a file. The families returned are the
document types of the settings (``pdf``, ``html``, ``docx`` …) plus ``xml``, ``rtf``,
``ole`` (legacy Office), ``empty`` and ``binary``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..i18n import _
from . import textdecode

HEAD_BYTES = 64 * 1024
# Families that may replace each other: a CSV published as text/plain is still the same document.
_TEXTUAL = frozenset({"text", "csv"})
_ZIP_FAMILIES = frozenset({"docx", "xlsx", "pptx", "odt", "ods", "odp", "zip"})

EXTENSIONS = {
    "pdf": ".pdf", "html": ".html", "text": ".txt", "csv": ".csv", "docx": ".docx", "xlsx": ".xlsx",
    "pptx": ".pptx", "odt": ".odt", "ods": ".ods", "odp": ".odp", "zip": ".zip", "json": ".json",
    "vcard": ".vcf", "xml": ".xml", "rtf": ".rtf", "ole": ".doc", "binary": ".bin",
}
_IMAGE_EXT = {"png": ".png", "jpeg": ".jpg", "gif": ".gif", "webp": ".webp", "svg": ".svg"}
MIME = {
    "pdf": "application/pdf", "html": "text/html", "text": "text/plain", "csv": "text/csv",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text", "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation", "zip": "application/zip",
    "json": "application/json", "vcard": "text/vcard", "xml": "application/xml", "rtf": "application/rtf",
    "image": "image/*", "ole": "application/x-ole-storage", "binary": "application/octet-stream",
}
# Extensions of a URL path or file name that say what the user expects the document to be.
_EXPECT_FROM_EXT = {
    ".pdf": "pdf", ".html": "html", ".htm": "html", ".txt": "text", ".md": "text", ".markdown": "text",
    ".csv": "csv", ".docx": "docx", ".xlsx": "xlsx", ".pptx": "pptx", ".odt": "odt", ".ods": "ods",
    ".odp": "odp", ".zip": "zip", ".json": "json", ".vcf": "vcard", ".vcard": "vcard", ".png": "image",
    ".jpg": "image", ".jpeg": "image", ".gif": "image", ".webp": "image", ".rtf": "rtf",
}


@dataclass(frozen=True)
class Sniffed:
    family: str  # pdf, html, text, csv, docx …, image, empty, binary
    detail: str = ""  # e.g. "png" for images, the charset for text

    @property
    def extension(self) -> str:
        if self.family == "image":
            return _IMAGE_EXT.get(self.detail, ".img")
        return EXTENSIONS.get(self.family, ".bin")


def expected_from_name(name: str) -> str:
    """The family a URL path or file name promises (``"auto"`` when it says nothing)."""
    m = re.search(r"(\.[A-Za-z0-9]{1,9})$", name.split("?", 1)[0].split("#", 1)[0])
    return _EXPECT_FROM_EXT.get(m.group(1).lower(), "auto") if m else "auto"


def compatible(expected: str, got: str) -> bool:
    """May a ``got`` download replace a document that is (or should be) ``expected``?"""
    if expected in ("auto", "", None) or expected == got:
        return True
    return expected in _TEXTUAL and got in _TEXTUAL


def sniff_bytes(head: bytes, zip_names: list[str] | None = None, odf_mimetype: str | None = None) -> Sniffed:
    """Classify the first bytes of a file. For ZIP files pass the member names to tell DOCX from XLSX."""
    if not head:
        return Sniffed("empty")
    if head[:1024].find(b"%PDF-") != -1:
        return Sniffed("pdf")
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return Sniffed(_zip_family(zip_names or [], odf_mimetype), "zip")
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return Sniffed("ole")
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return Sniffed("image", "png")
    if head.startswith(b"\xff\xd8\xff"):
        return Sniffed("image", "jpeg")
    if head.startswith((b"GIF87a", b"GIF89a")):
        return Sniffed("image", "gif")
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return Sniffed("image", "webp")
    if head.startswith(b"{\\rtf"):
        return Sniffed("rtf")
    text, charset = decode_head(head)
    if text is None:
        return Sniffed("binary")
    return _sniff_text(text, charset)


def _zip_family(names: list[str], odf_mimetype: str | None) -> str:
    nameset = set(names)
    if odf_mimetype:
        mt = odf_mimetype.strip()
        for fam in ("odt", "ods", "odp"):
            if mt == MIME[fam]:
                return fam
    if "[Content_Types].xml" in nameset:
        if any(n.startswith("word/") for n in names):
            return "docx"
        if any(n.startswith("xl/") for n in names):
            return "xlsx"
        if any(n.startswith("ppt/") for n in names):
            return "pptx"
    return "zip"


def decode_head(head: bytes) -> tuple[str | None, str]:
    """Decode the start of a text file, or ``(None, "")`` when the bytes are not text."""
    encoding = textdecode.detect(head, cut=True)
    if encoding is None:
        return None, ""
    text = textdecode.decode(head, encoding)
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\r\n\f\x1b")
    if controls > max(8, len(text[:8192]) // 50):
        return None, ""
    return text, encoding


_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|script|title|meta|div|iframe|table|style|"
    r"form|h1|p|a|br|b|font|link|noscript|center)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)


# JSON opens an object with a key or "}", or an array with a value: Markdown's "[![badge](…)" does neither
_JSON_START = re.compile(r'\{\s*(?:"|\}|$)|\[\s*(?:[\[{"\]\-0-9]|true\b|false\b|null\b|$)')


def _sniff_text(text: str, charset: str) -> Sniffed:
    stripped = text.lstrip("\ufeff \t\r\n")
    low = stripped[:2048].lower()
    if _HTML_START.match(stripped[:4096]):
        return Sniffed("html", charset)
    if low.startswith("<?xml") or low.startswith("<"):
        if "<html" in low or "xhtml" in low:
            return Sniffed("html", charset)
        if "<svg" in low:
            return Sniffed("image", "svg")
        if low.startswith("<?xml"):
            return Sniffed("xml", charset)
    if low.startswith("begin:vcard"):
        return Sniffed("vcard", charset)
    if _JSON_START.match(stripped[:64]):
        return Sniffed("json", charset)
    if _looks_like_csv(stripped):
        return Sniffed("csv", charset)
    return Sniffed("text", charset)


def _looks_like_csv(text: str) -> bool:
    lines = [ln for ln in text[:8192].splitlines()[:20] if ln.strip()]
    if len(lines) < 2:
        return False
    if len(lines) > 1 and len(text) >= 8192:
        lines = lines[:-1]  # the last line may be cut by the head's end
    for sep in (",", ";", "\t"):
        counts = {ln.count(sep) for ln in lines}
        if len(counts) == 1 and min(counts) >= 1:
            return True
    return False


def sniff_file(path: Path) -> Sniffed:
    """Read the head of ``path`` (and the ZIP directory, if it is one) and classify it."""
    with open(path, "rb") as fh:
        head = fh.read(HEAD_BYTES)
    if head.startswith(b"PK"):
        import zipfile  # only for ZIP-based files (not at start-up)

        try:
            with zipfile.ZipFile(path) as zf:
                names = zf.namelist()[:5000]
                odf = None
                if "mimetype" in names:
                    info = zf.getinfo("mimetype")
                    if info.file_size < 200:
                        odf = zf.read("mimetype").decode("ascii", errors="replace")
            return sniff_bytes(head, names, odf)
        except (zipfile.BadZipFile, OSError, ValueError, KeyError, EOFError):
            return Sniffed("zip")
    return sniff_bytes(head)


# --- pages that stand in for the real document ---------------------------------------------------

_PASSWORD_INPUT = re.compile(r"<input\b[^>]*\btype\s*=\s*[\"']?password\b", re.IGNORECASE)
_FORM_LOGIN = re.compile(
    r"<form\b[^>]*\baction\s*=\s*[\"']?[^\"'>]*(?:log-?in|sign-?in|signon|auth|sso|saml|session|j_security_check)",
    re.IGNORECASE,
)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title", re.IGNORECASE | re.DOTALL)
_LOGIN_TITLE = re.compile(
    r"\b(sign[\s-]?in|log[\s-]?in|login|log on|logon|single sign[\s-]?on|authentication required|"
    r"anmelden|anmeldung|connexion|se connecter|iniciar sesi[oó]n|accedi|inloggen|zaloguj)\b",
    re.IGNORECASE,
)
_SSO_MARKERS = (
    "login.microsoftonline.com", "accounts.google.com/servicelogin", "accounts.google.com/v3/signin",
    "samlrequest", "samlresponse", "/adfs/ls", "okta-signin", "auth0-lock", "keycloak", "kc-form-login",
    "shibboleth", "wp-login.php", "name=\"j_username\"",
)
_CHALLENGE_MARKERS = (
    "cf-browser-verification", "cf_chl_", "challenge-platform", "cf-challenge", "just a moment...",
    "checking your browser", "attention required! | cloudflare", "ddos protection by", "g-recaptcha",
    "h-captcha", "hcaptcha.com", "px-captcha", "_incapsula_resource", "request unsuccessful. incapsula",
    "awswafintegration", "please enable javascript and cookies", "enable javascript and cookies to continue",
    "ddos-guard", "are you a robot", "verify you are human",
)
_LOGIN_URL = re.compile(
    r"/(?:log-?in|sign-?in|signon|sso|saml2?|oauth2?/authorize|adfs|auth/realms|cas/login|account/login|"
    r"users/sign_in|idp/)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class StandIn:
    """A page served instead of the document."""

    kind: str  # "login" or "challenge"
    evidence: str  # what gave it away, for the log and the quarantine record


def detect_stand_in(html: str, final_url: str = "") -> StandIn | None:
    """Is this HTML a login or bot-challenge page rather than content? Pure, bounded work."""
    sample = html[:512 * 1024]
    low = sample.lower()
    for marker in _CHALLENGE_MARKERS:
        if marker in low:
            return StandIn("challenge", _("challenge marker {marker!r}").format(marker=marker))
    score = 0
    evidence: list[str] = []
    if _PASSWORD_INPUT.search(sample):
        score += 3
        evidence.append(_("password field"))
    for marker in _SSO_MARKERS:
        if marker in low:
            score += 3
            evidence.append(_("sign-on marker {marker!r}").format(marker=marker))
            break
    if _FORM_LOGIN.search(sample):
        score += 2
        evidence.append(_("login form"))
    m = _TITLE.search(sample[:65536])
    if m and _LOGIN_TITLE.search(m.group(1)[:300]):
        score += 2
        evidence.append(_("title {title!r}").format(title=m.group(1).strip()[:60]))
    if final_url and _LOGIN_URL.search(final_url.split("?", 1)[0]):
        score += 2
        evidence.append(_("redirected to a sign-in address"))
    if score >= 3:
        return StandIn("login", ", ".join(evidence))
    return None


def login_url(url: str) -> bool:
    """Does this address look like a sign-in page (used when a redirect lands there)?"""
    return bool(_LOGIN_URL.search(url.split("?", 1)[0]))
