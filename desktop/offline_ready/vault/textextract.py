"""Does a file parse as its type, and what text does it hold (for search)?

Libraries, all permissively licensed: pypdf (BSD) for PDF, python-docx (MIT) for Word,
openpyxl (MIT) for Excel, the standard library for HTML (a streaming parser: no tree, so a
hostile page with a million nested tags costs linear time and bounded memory), PowerPoint and
OpenDocument (their XML read straight from the ZIP), and charset-normalizer (MIT) for text in
unknown encodings. Every extractor is bounded: input bytes, ZIP members, pages, cells and output
characters all have caps, so a huge or malicious file cannot stall a sync or exhaust memory.
"""

from __future__ import annotations

import io
import json
import logging
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree as ET

MAX_TEXT_CHARS = 2_000_000
MAX_HTML_BYTES = 20 << 20
MAX_PLAIN_BYTES = 20 << 20
MAX_PDF_PAGES = 2000
MAX_ZIP_TOTAL = 1 << 30  # uncompressed bytes across members
MAX_ZIP_RATIO = 200  # uncompressed / compressed per member (zip bombs)
MAX_XML_MEMBER = 64 << 20
MAX_CELLS = 2_000_000

log = logging.getLogger(__name__)
for _noisy in ("pypdf", "openpyxl"):
    logging.getLogger(_noisy).setLevel(logging.ERROR)


class ExtractError(Exception):
    pass


# --- parse checks (acceptance) ----------------------------------------------------------------------

def parse_check(path: Path, family: str) -> str | None:
    """``None`` when the file parses as ``family``; otherwise a short reason for the user."""
    try:
        check = _CHECKS.get(family)
        return check(path) if check else None
    except ExtractError as exc:
        return str(exc)
    except Exception as exc:  # a parser library failing on hostile input must not crash a sync
        log.debug("parse check of %s as %s failed", path, family, exc_info=True)
        return f"it does not parse as {family} ({type(exc).__name__})"


PASSWORD_NOTE = "password-protected: stored but not searchable"


def pdf_note(path: Path) -> str | None:
    """``PASSWORD_NOTE`` for a PDF that opens only with a password (kept, but its text cannot be read)."""
    try:
        from pypdf import PdfReader

        reader = PdfReader(str(path), strict=False)
        return PASSWORD_NOTE if reader.is_encrypted and not reader.decrypt("") else None
    except Exception:  # anything else is for the parse check to say
        return None


def _check_pdf(path: Path) -> str | None:
    size = path.stat().st_size
    with open(path, "rb") as fh:
        if fh.read(1024).find(b"%PDF-") < 0:
            return "no PDF header"
        fh.seek(max(0, size - 2048))
        if b"%%EOF" not in fh.read():
            return "the PDF has no end marker (cut short?)"
    from pypdf import PdfReader

    reader = PdfReader(str(path), strict=False)
    if reader.is_encrypted:
        try:
            if not reader.decrypt(""):
                return None  # password-protected PDFs are legitimate documents; they just can't be indexed
        except Exception:
            return None
    if len(reader.pages) < 1:
        return "the PDF has no pages"
    return None


def _safe_zip(path: Path) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise ExtractError(f"the ZIP container is damaged ({exc})") from None
    total = 0
    for info in zf.infolist():
        total += info.file_size
        if info.compress_size and info.file_size / max(1, info.compress_size) > MAX_ZIP_RATIO \
                and info.file_size > 10 << 20:
            zf.close()
            raise ExtractError(f"the archive member {info.filename[:60]!r} unpacks implausibly large")
    if total > MAX_ZIP_TOTAL:
        zf.close()
        raise ExtractError("the archive unpacks to more than 1 GB")
    return zf


def _check_zip_with(required: tuple[str, ...]):
    def check(path: Path) -> str | None:
        with _safe_zip(path) as zf:
            names = set(zf.namelist())
            for r in required:
                if r not in names:
                    return f"{r} is missing from the file"
            bad = zf.testzip()
            if bad is not None:
                return f"the file is damaged ({bad[:60]} fails its checksum)"
        return None

    return check


def _check_text(path: Path) -> str | None:
    data = path.read_bytes()[:MAX_PLAIN_BYTES]
    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "it holds binary data, not text"
    return None


def _check_json(path: Path) -> str | None:
    try:
        json.loads(decode_text(path.read_bytes()[:MAX_PLAIN_BYTES]))
    except ValueError as exc:
        return f"it is not valid JSON ({str(exc)[:80]})"
    return None


def _check_vcard(path: Path) -> str | None:
    from .contacts.vcard import parse_vcards

    contacts, _problems = parse_vcards(decode_text(path.read_bytes()[:MAX_PLAIN_BYTES]))
    return None if contacts else "it holds no readable contact"


def _check_image(path: Path) -> str | None:
    size = path.stat().st_size
    with open(path, "rb") as fh:
        head = fh.read(16)
        fh.seek(max(0, size - 32))
        tail = fh.read()
    if head.startswith(b"\x89PNG") and b"IEND" not in tail:
        return "the image is cut short"
    if head.startswith(b"\xff\xd8") and b"\xff\xd9" not in tail:
        return "the image is cut short"
    if head.startswith(b"GIF8") and not tail.rstrip(b"\x00").endswith(b";"):
        return "the image is cut short"
    return None


_CHECKS = {
    "pdf": _check_pdf,
    "docx": _check_zip_with(("[Content_Types].xml", "word/document.xml")),
    "xlsx": _check_zip_with(("[Content_Types].xml", "xl/workbook.xml")),
    "pptx": _check_zip_with(("[Content_Types].xml", "ppt/presentation.xml")),
    "odt": _check_zip_with(("mimetype", "content.xml")),
    "ods": _check_zip_with(("mimetype", "content.xml")),
    "odp": _check_zip_with(("mimetype", "content.xml")),
    "zip": _check_zip_with(()),
    "text": _check_text,
    "csv": _check_text,
    "json": _check_json,
    "vcard": _check_vcard,
    "image": _check_image,
}


# --- text extraction (search) -------------------------------------------------------------------------

def extract_text(path: Path, family: str, max_chars: int = MAX_TEXT_CHARS) -> str:
    """Plain text for the search index ('' for types without text). Raises ExtractError."""
    fn = _EXTRACTORS.get(family)
    if fn is None:
        return ""
    try:
        text = fn(path, max_chars)
    except ExtractError:
        raise
    except Exception as exc:
        raise ExtractError(f"no text could be read ({type(exc).__name__}: {str(exc)[:100]})") from None
    return normalise_space(text)[:max_chars]


def normalise_space(text: str) -> str:
    text = text.replace("\x00", " ")
    text = re.sub(r"[ \t\r\f\v\u00a0]+", " ", text)
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


def decode_text(data: bytes) -> str:
    """Bytes of unknown encoding to text: BOMs, then UTF-8, then a detected charset, then cp1252."""
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    sample = data[:4096]
    if len(sample) >= 4 and sample[1::2].count(0) > len(sample) * 0.4:
        return data.decode("utf-16-le", errors="replace")
    if len(sample) >= 4 and sample[0::2].count(0) > len(sample) * 0.4:
        return data.decode("utf-16-be", errors="replace")
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            return data.decode(best.encoding, errors="replace")
    except Exception:  # detection is a nicety
        pass
    return data.decode("cp1252", errors="replace")


def _pdf_text(path: Path, max_chars: int) -> str:
    from pypdf import PdfReader

    reader = PdfReader(str(path), strict=False)
    if reader.is_encrypted:
        try:
            if not reader.decrypt(""):
                return ""
        except Exception:
            return ""
    parts: list[str] = []
    total = 0
    for i, page in enumerate(reader.pages):
        if i >= MAX_PDF_PAGES or total >= max_chars:
            break
        try:
            t = page.extract_text() or ""
        except Exception:  # one broken page does not lose the others
            continue
        parts.append(t)
        total += len(t)
    return "\n\n".join(parts)


class _TextParser(HTMLParser):
    """Streams text out of HTML; skips scripts, styles and other non-content elements."""

    _SKIP = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "head"})
    _BLOCK = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
                        "article", "header", "footer", "ul", "ol", "dl", "dt", "dd", "pre", "blockquote",
                        "hr", "form", "main", "nav", "aside", "td", "th"})

    def __init__(self, max_chars: int):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.total = 0
        self.max_chars = max_chars
        self.skip_depth = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self._SKIP:
            self.skip_depth = min(self.skip_depth + 1, 1000)
        elif tag == "title":
            self.in_title = True
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self.skip_depth:
            self.skip_depth -= 1
        elif tag == "title":
            self.in_title = False
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title and len(self.title) < 50:
            self.title.append(data)
            return
        if self.skip_depth or self.total >= self.max_chars:
            return
        self.parts.append(data)
        self.total += len(data)


def html_to_text(html: str, max_chars: int = MAX_TEXT_CHARS) -> str:
    parser = _TextParser(max_chars)
    step = 65536
    try:
        for i in range(0, min(len(html), MAX_HTML_BYTES), step):
            parser.feed(html[i:i + step])
            if parser.total >= max_chars:
                break
        parser.close()
    except (AssertionError, ValueError):  # the stdlib parser gives up on some garbage; keep what we have
        pass
    title = " ".join("".join(parser.title).split())
    body = "".join(parser.parts)
    return (title + "\n\n" + body) if title else body


def _html_text(path: Path, max_chars: int) -> str:
    with open(path, "rb") as fh:
        data = fh.read(MAX_HTML_BYTES)
    return html_to_text(decode_text(data), max_chars)


def _plain_text(path: Path, max_chars: int) -> str:
    with open(path, "rb") as fh:
        data = fh.read(min(MAX_PLAIN_BYTES, max_chars * 4))
    return decode_text(data)


def _docx_text(path: Path, max_chars: int) -> str:
    with _safe_zip(path):
        pass
    import docx

    d = docx.Document(str(path))
    parts: list[str] = []
    total = 0
    for p in d.paragraphs:
        parts.append(p.text)
        total += len(p.text)
        if total >= max_chars:
            return "\n".join(parts)
    for table in d.tables:
        for row in table.rows:
            cells = [c.text for c in row.cells]
            parts.append(" | ".join(cells))
            total += sum(len(c) for c in cells)
            if total >= max_chars:
                return "\n".join(parts)
    return "\n".join(parts)


def _xlsx_text(path: Path, max_chars: int) -> str:
    with _safe_zip(path):
        pass
    import openpyxl

    wb = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    parts: list[str] = []
    total = cells = 0
    try:
        for ws in wb.worksheets:
            parts.append(f"\n{ws.title}\n")
            for row in ws.iter_rows(values_only=True):
                vals = [str(v) for v in row if v is not None]
                cells += len(row)
                if vals:
                    line = " | ".join(vals)
                    parts.append(line)
                    total += len(line)
                if total >= max_chars or cells >= MAX_CELLS:
                    return "\n".join(parts)
    finally:
        wb.close()
    return "\n".join(parts)


_A_T = "{http://schemas.openxmlformats.org/drawingml/2006/main}t"


def _xml_texts(data: bytes, tag: str | None, max_chars: int) -> list[str]:
    """Text of an XML member, streamed (iterparse), optionally only of elements named ``tag``."""
    out: list[str] = []
    total = 0
    for _event, el in ET.iterparse(io.BytesIO(data), events=("end",)):
        if tag is None or el.tag == tag:
            if el.text:
                out.append(el.text)
                total += len(el.text)
            if tag is None and el.tail:
                out.append(el.tail)
        if tag is None and el.tag.endswith(("}p", "}h")):
            out.append("\n")
        el.clear()
        if total >= max_chars:
            break
    return out


def _read_member(zf: zipfile.ZipFile, name: str) -> bytes:
    info = zf.getinfo(name)
    if info.file_size > MAX_XML_MEMBER:
        raise ExtractError(f"{name} is too large to index")
    return zf.read(name)


def _pptx_text(path: Path, max_chars: int) -> str:
    with _safe_zip(path) as zf:
        slides = sorted((n for n in zf.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
                        key=lambda n: int(re.findall(r"\d+", n)[-1]))
        parts: list[str] = []
        total = 0
        for name in slides:
            texts = _xml_texts(_read_member(zf, name), _A_T, max_chars - total)
            parts.append(" ".join(texts))
            total += sum(len(t) for t in texts)
            if total >= max_chars:
                break
    return "\n\n".join(parts)


def _odf_text(path: Path, max_chars: int) -> str:
    with _safe_zip(path) as zf:
        return "".join(_xml_texts(_read_member(zf, "content.xml"), None, max_chars))


def _json_text(path: Path, max_chars: int) -> str:
    return _plain_text(path, max_chars)


def _vcard_text(path: Path, max_chars: int) -> str:
    return _plain_text(path, max_chars)


def _rtf_text(path: Path, max_chars: int) -> str:
    with open(path, "rb") as fh:
        raw = fh.read(MAX_PLAIN_BYTES).decode("latin-1")
    raw = re.sub(r"\\'([0-9a-fA-F]{2})", lambda m: bytes.fromhex(m.group(1)).decode("cp1252", "replace"), raw)
    raw = re.sub(r"\\par[d]?\b", "\n", raw)
    raw = re.sub(r"\\[a-zA-Z]+-?\d* ?", "", raw)
    return re.sub(r"[{}]", "", raw)[:max_chars]


_EXTRACTORS = {
    "pdf": _pdf_text,
    "html": _html_text,
    "text": _plain_text,
    "csv": _plain_text,
    "json": _json_text,
    "vcard": _vcard_text,
    "xml": _plain_text,
    "docx": _docx_text,
    "xlsx": _xlsx_text,
    "pptx": _pptx_text,
    "odt": _odf_text,
    "ods": _odf_text,
    "odp": _odf_text,
    "rtf": _rtf_text,
}
