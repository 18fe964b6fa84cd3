"""Does a file parse as its type, and what text does it hold (for search)?

Libraries, all permissively licensed: pypdf (BSD) for PDF, python-docx (MIT) for Word,
openpyxl (MIT) for Excel, :mod:`.htmltext` for HTML (one forward pass, linear whatever the
markup), PowerPoint and OpenDocument (their XML read straight from the ZIP), and
:mod:`.textdecode` (on charset-normalizer, MIT) for text in unknown encodings. Every extractor is bounded: input bytes,
ZIP members (by the bytes they really unpack to, never by what the archive declares), pages,
cells and output characters all have caps. These functions run inside the limited worker process
of :mod:`.isolate`, whose CPU-time, memory and wall-clock limits bound what the caps cannot.
"""

from __future__ import annotations

import io
import json
import logging
import re
import zipfile
import zlib
from typing import BinaryIO
from xml.etree import ElementTree as ET

from ..i18n import _
from . import textdecode
from .htmltext import html_to_text

MAX_TEXT_CHARS = 2_000_000
MAX_HTML_BYTES = 20 << 20
MAX_PLAIN_BYTES = 20 << 20
MAX_PDF_PAGES = 2000
MAX_ZIP_TOTAL = 256 << 20  # real unpacked bytes across all members of one document
MAX_ZIP_RATIO = 200  # real unpacked / compressed bytes of a member (zip bombs) …
ZIP_RATIO_FLOOR = 1 << 20  # … once it has produced this much
MAX_ZIP_MEMBERS = 20_000
ZIP_CHUNK = 256 << 10
MAX_XML_MEMBER = 64 << 20
MAX_CELLS = 2_000_000

log = logging.getLogger(__name__)
for _noisy in ("pypdf", "openpyxl"):
    logging.getLogger(_noisy).setLevel(logging.ERROR)


class ExtractError(Exception):
    """The file cannot be read as its type (the message says why, for the user)."""


PASSWORD_NOTE = "it is password-protected"


class LimitExceeded(ExtractError):
    """Reading the file would cost more than a document may (size, ratio, time, memory)."""


# --- parse checks (acceptance) ----------------------------------------------------------------------

def parse_check_stream(src: BinaryIO, family: str) -> str | None:
    """``None`` when the bytes in ``src`` (seekable) parse as ``family``; else a short reason for the user.

    Call it through :func:`.isolate.check_isolated`, which runs it in a limited process.
    """
    try:
        check = _CHECKS.get(family)
        return check(src) if check else None
    except (LimitExceeded, MemoryError):
        raise
    except ExtractError as exc:
        return str(exc)
    except Exception as exc:  # a parser library failing on hostile input must not crash a sync
        log.debug("parse check as %s failed", family, exc_info=True)
        return _("it does not parse as {kind} ({error})").format(kind=family, error=type(exc).__name__)


def _check_pdf(src: BinaryIO) -> str | None:
    if _head(src, 1024).find(b"%PDF-") < 0:
        return _("no PDF header")
    if b"%%EOF" not in _tail(src, 2048):
        return _("the PDF has no end marker (cut short?)")
    from pypdf import PdfReader

    src.seek(0)
    reader = PdfReader(src, strict=False)
    if reader.is_encrypted:
        try:
            if not reader.decrypt(""):
                return None  # password-protected PDFs are legitimate documents; they just can't be indexed
        except Exception:
            return None
    if len(reader.pages) < 1:
        return _("the PDF has no pages")
    return None


def _head(src: BinaryIO, n: int) -> bytes:
    src.seek(0)
    return src.read(n)


def _tail(src: BinaryIO, n: int) -> bytes:
    size = src.seek(0, 2)
    src.seek(max(0, size - n))
    return src.read()


def _safe_zip(src: BinaryIO) -> zipfile.ZipFile:
    """The archive, opened only after every member was unpacked once and its real output counted.

    Sizes in a ZIP's directory are the archive's own claim; a bomb simply understates them or keeps
    each member under a threshold. What counts is what the decompressor really produces, streamed
    in small chunks and capped per document (:data:`MAX_ZIP_TOTAL`) and per member (ratio). The
    same pass checks every member's CRC.
    """
    try:
        src.seek(0)
        zf = zipfile.ZipFile(src)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ExtractError(_("the ZIP container is damaged ({error})").format(error=str(exc)[:80])) from None
    try:
        _measure_zip(zf)
    except BaseException:
        zf.close()
        raise
    return zf


def _measure_zip(zf: zipfile.ZipFile) -> None:
    infos = zf.infolist()
    if len(infos) > MAX_ZIP_MEMBERS:
        raise LimitExceeded(_("the archive holds more than {n:,} files").format(n=MAX_ZIP_MEMBERS))
    total = 0
    for info in infos:
        if info.is_dir():
            continue
        real = 0
        try:
            with zf.open(info) as fh:
                while chunk := fh.read(ZIP_CHUNK):
                    real += len(chunk)
                    total += len(chunk)
                    if total > MAX_ZIP_TOTAL:
                        raise LimitExceeded(_("the archive unpacks to more than {size} MB").format(size=MAX_ZIP_TOTAL >> 20))
                    if real > ZIP_RATIO_FLOOR and real > MAX_ZIP_RATIO * max(1, info.compress_size):
                        raise LimitExceeded(_("a file inside the archive unpacks implausibly large (a zip bomb?)"))
        except zipfile.BadZipFile:
            raise ExtractError(_("the file is damaged (a part of it fails its checksum)")) from None
        except (NotImplementedError, RuntimeError, EOFError, zlib.error) as exc:
            raise ExtractError(_("a part of the archive cannot be unpacked ({error})").format(error=str(exc)[:80])) from None


def _check_zip_with(required: tuple[str, ...]):
    def check(src: BinaryIO) -> str | None:
        with _safe_zip(src) as zf:
            names = set(zf.namelist())
            for r in required:
                if r not in names:
                    return _("{part} is missing from the file").format(part=r)
        return None

    return check


def _check_text(src: BinaryIO) -> str | None:
    data = _head(src, MAX_PLAIN_BYTES)
    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _("it holds binary data, not text")
    return None


def _check_json(src: BinaryIO) -> str | None:
    try:
        json.loads(textdecode.to_text(_head(src, MAX_PLAIN_BYTES)))
    except ValueError as exc:
        return _("it is not valid JSON ({error})").format(error=str(exc)[:80])
    return None


def _check_vcard(src: BinaryIO) -> str | None:
    from .contacts.vcard import parse_vcards

    contacts, _problems = parse_vcards(textdecode.to_text(_head(src, MAX_PLAIN_BYTES)))
    return None if contacts else _("it holds no readable contact")


def _check_image(src: BinaryIO) -> str | None:
    head = _head(src, 16)
    tail = _tail(src, 32)
    if head.startswith(b"\x89PNG") and b"IEND" not in tail:
        return _("the image is cut short")
    if head.startswith(b"\xff\xd8") and b"\xff\xd9" not in tail:
        return _("the image is cut short")
    if head.startswith(b"GIF8") and not tail.rstrip(b"\x00").endswith(b";"):
        return _("the image is cut short")
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

def extract_text_stream(src: BinaryIO, family: str, max_chars: int = MAX_TEXT_CHARS) -> str:
    """Plain text for the search index ('' for types without text). Raises ExtractError.

    Call it through :func:`.isolate.extract_isolated`, which runs it in a limited process.
    """
    fn = _EXTRACTORS.get(family)
    if fn is None:
        return ""
    try:
        text = fn(src, max_chars)
    except (ExtractError, MemoryError):
        raise
    except Exception as exc:
        raise ExtractError(_("no text could be read ({error})").format(
            error=f"{type(exc).__name__}: {str(exc)[:100]}")) from None
    return normalise_space(text)[:max_chars]


def normalise_space(text: str) -> str:
    text = text.replace("\x00", " ")
    text = re.sub(r"[ \t\r\f\v\u00a0]+", " ", text)
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


def _pdf_text(src: BinaryIO, max_chars: int) -> str:
    from pypdf import PdfReader

    src.seek(0)
    reader = PdfReader(src, strict=False)
    if reader.is_encrypted:  # kept (a legitimate document), but its text needs the password
        try:
            opened = bool(reader.decrypt(""))
        except Exception:
            opened = False
        if not opened:
            raise ExtractError(PASSWORD_NOTE)
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


def _html_text(src: BinaryIO, max_chars: int) -> str:
    data = _head(src, MAX_HTML_BYTES)
    return html_to_text(textdecode.to_text(data), max_chars)


def _plain_text(src: BinaryIO, max_chars: int) -> str:
    data = _head(src, min(MAX_PLAIN_BYTES, max_chars * 4))
    return textdecode.to_text(data)


def _docx_text(src: BinaryIO, max_chars: int) -> str:
    with _safe_zip(src):
        pass
    import docx

    src.seek(0)
    d = docx.Document(src)
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


def _xlsx_text(src: BinaryIO, max_chars: int) -> str:
    with _safe_zip(src):
        pass
    import openpyxl

    src.seek(0)
    wb = openpyxl.load_workbook(src, read_only=True, data_only=True)
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
    """A member's bytes, read up to the cap (counted as they come out, not as declared)."""
    with zf.open(name) as fh:
        data = fh.read(MAX_XML_MEMBER + 1)
    if len(data) > MAX_XML_MEMBER:
        raise LimitExceeded(_("a part of the file is larger than {size} MB, too large to index").format(
            size=MAX_XML_MEMBER >> 20))
    return data


def _pptx_text(src: BinaryIO, max_chars: int) -> str:
    with _safe_zip(src) as zf:
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


def _odf_text(src: BinaryIO, max_chars: int) -> str:
    with _safe_zip(src) as zf:
        return "".join(_xml_texts(_read_member(zf, "content.xml"), None, max_chars))


def _rtf_text(src: BinaryIO, max_chars: int) -> str:
    raw = _head(src, MAX_PLAIN_BYTES).decode("latin-1")
    raw = re.sub(r"\\'([0-9a-fA-F]{2})", lambda m: bytes.fromhex(m.group(1)).decode("cp1252", "replace"), raw)
    raw = re.sub(r"\\par[d]?\b", "\n", raw)
    raw = re.sub(r"\\[a-zA-Z]+-?\d* ?", "", raw)
    return re.sub(r"[{}]", "", raw)[:max_chars]


_EXTRACTORS = {
    "pdf": _pdf_text,
    "html": _html_text,
    "text": _plain_text,
    "csv": _plain_text,
    "json": _plain_text,
    "vcard": _plain_text,
    "xml": _plain_text,
    "docx": _docx_text,
    "xlsx": _xlsx_text,
    "pptx": _pptx_text,
    "odt": _odf_text,
    "ods": _odf_text,
    "odp": _odf_text,
    "rtf": _rtf_text,
}
