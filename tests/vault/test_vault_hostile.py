"""Hostile documents: zip bombs, a parser-choking PDF, a 7 MB unfinished HTML tag.

Each file is built here, the way an attacker would build it, and goes through the real sync: the
text reader runs in a separate process with CPU-time, memory and wall-clock limits; a document
whose text cannot be read within them is stored, marked "stored, not searchable: …" once, and
never slows the other documents of the same sync.
"""

from __future__ import annotations

import io
import struct
import time
import zipfile
import zlib
from pathlib import Path

import vault_samples as S

from offline_ready.vault.isolate import Limits, extract_isolated, file_chunks, inspect_isolated
from offline_ready.vault.locking import ProcessLock
from offline_ready.vault.textextract import ExtractError

# the CPU and memory limits decide; the wall-clock limit is generous for a busy test machine
TIGHT = Limits(cpu_seconds=4, memory_bytes=400 << 20, wall_seconds=180.0)

CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                 b'package/2006/content-types"/>')


def put(path: Path, data: bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return str(path)


def xlsx_bomb(unpacked_mb: int) -> bytes:
    """A spreadsheet whose one sheet unpacks to ``unpacked_mb`` MB of cells (~1000:1)."""
    buf = io.BytesIO()
    row = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>' * 64
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("xl/workbook.xml", b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                                      b'main"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(b"<worksheet><sheetData>")
            for _ in range((unpacked_mb << 20) // len(row)):
                fh.write(row)
            fh.write(b"</sheetData></worksheet>")
    return buf.getvalue()


def understate_sizes(data: bytes, member: str, claim: int) -> bytes:
    """The same archive, its directory claiming ``member`` unpacks to only ``claim`` bytes."""
    out = bytearray(data)
    name = member.encode()
    pos = 0
    while (pos := out.find(b"PK\x03\x04", pos)) >= 0:  # local headers
        n, _extra = struct.unpack_from("<HH", out, pos + 26)
        if out[pos + 30:pos + 30 + n] == name:
            struct.pack_into("<I", out, pos + 22, claim)
        pos += 4
    pos = 0
    while (pos := out.find(b"PK\x01\x02", pos)) >= 0:  # central directory
        n = struct.unpack_from("<H", out, pos + 28)[0]
        if out[pos + 46:pos + 46 + n] == name:
            struct.pack_into("<I", out, pos + 24, claim)
        pos += 4
    return bytes(out)


def docx_bomb(unpacked_mb: int) -> bytes:
    """A Word file whose document unpacks to ``unpacked_mb`` MB of numbered paragraphs: under the
    ratio and size caps, but a full XML tree of it needs many times that in memory."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        src = zipfile.ZipFile(io.BytesIO(S.docx()))  # a real Word file, its text swapped
        for name in src.namelist():
            if name != "word/document.xml":
                z.writestr(name, src.read(name))
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                     b"<w:body>")
            written, i = 0, 0
            while written < unpacked_mb << 20:
                chunk = b"".join(b"<w:p><w:r><w:t>%d</w:t></w:r></w:p>" % (i + k) for k in range(1000))
                fh.write(chunk)
                written += len(chunk)
                i += 1000
            fh.write(b"</w:body></w:document>")
    return buf.getvalue()


def pdf_cpu_bomb(operators: int = 100_000, pages: int = 200) -> bytes:
    """A valid PDF of ``pages`` pages that all show one compressed content stream of ``operators``
    text-showing operators (under pypdf's token limits): a few KB on disk, seconds of work per page
    for a text extractor, half an hour for the whole file."""
    content = zlib.compress(b"BT /F1 1 Tf " + b"1 0 0 1 0 0 Tm (a) Tj " * operators + b"ET", 9)
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream",
    ] + [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>"
         b" /Contents 4 0 R >>"] * pages
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


# --- the limited reader on its own -------------------------------------------------------------------

def test_zip_bomb_is_measured_by_real_bytes_not_declared_ones(tmp_path):
    bomb = tmp_path / "sheet.xlsx"
    bomb.write_bytes(xlsx_bomb(300))
    assert bomb.stat().st_size < 2 << 20  # a small file …
    seen = inspect_isolated(bomb, "xlsx", with_text=True, limits=TIGHT)
    assert seen.reason is None and seen.text is None  # … kept (it is a spreadsheet), but not read
    assert "unpacks" in seen.text_error
    # the same bomb claiming tiny sizes: what comes out is counted, and it no longer adds up
    liar = tmp_path / "liar.xlsx"
    liar.write_bytes(understate_sizes(bomb.read_bytes(), "xl/worksheets/sheet1.xml", 1000))
    assert "damaged" in inspect_isolated(liar, "xlsx", limits=TIGHT).reason


def test_docx_that_needs_gigabytes_hits_the_memory_limit(tmp_path):
    bomb = tmp_path / "prices.docx"
    bomb.write_bytes(docx_bomb(120))
    try:
        extract_isolated(file_chunks(bomb), bomb.stat().st_size, "docx", limits=TIGHT)
    except ExtractError as exc:
        assert "memory" in str(exc) or "processor time" in str(exc)
    else:
        raise AssertionError("a 120 MB document tree fitted in 400 MB")


def test_pdf_that_takes_minutes_hits_the_cpu_limit(tmp_path):
    bomb = tmp_path / "plan.pdf"
    bomb.write_bytes(pdf_cpu_bomb())
    started = time.monotonic()
    seen = inspect_isolated(bomb, "pdf", with_text=True, limits=Limits(cpu_seconds=2, wall_seconds=180.0))
    assert seen.reason is None  # a valid PDF …
    assert "processor time" in seen.text_error  # … whose text costs more than a document may
    assert time.monotonic() - started < 180


def test_seven_megabyte_unfinished_tag_is_read_within_limits(tmp_path):
    for name, page in {"tag": b"<html><body><p>Router runbook</p><a " + b"x" * (7 << 20),
                       "quote": b"<p>Router runbook</p><a href=\"" + b"y" * (7 << 20),
                       "attrs": b"<p>Router runbook</p><a " + b'b="c" ' * (7 << 20 // 6),
                       "comment": b"<p>Router runbook</p><!--" + b"-" * (7 << 20)}.items():
        page_file = tmp_path / f"{name}.html"
        page_file.write_bytes(page)
        text = extract_isolated(file_chunks(page_file), len(page), "html",
                                limits=Limits(cpu_seconds=5, memory_bytes=400 << 20, wall_seconds=180.0))
        assert text == "Router runbook", name


# --- through the sync ----------------------------------------------------------------------------------

def test_bombs_are_stored_not_searchable_once_and_never_hold_up_other_documents(make_service, tmp_path):
    service = make_service(concurrency=2)
    service.extract_limits = TIGHT
    bomb = service.add_document(put(tmp_path / "src" / "matrix.xlsx", xlsx_bomb(300)))
    cpu = service.add_document(put(tmp_path / "src" / "plan.pdf", pdf_cpu_bomb()))
    good = service.add_document(put(tmp_path / "src" / "runbook.pdf", S.pdf("Call the duty manager")))
    order = []
    lock_free = []

    def on_result(r):
        order.append(r.doc_id)
        if r.doc_id == good.id:  # the hostile ones are still being read: the vault is not locked
            probe = ProcessLock(Path(service.root) / "lock")
            probe.acquire(0)
            probe.release()
            lock_free.append(True)

    report = service.sync(on_result=on_result)
    assert report.count("new-version") == 3
    assert order.index(good.id) < order.index(cpu.id) and lock_free
    assert [h.doc_id for h in service.search("duty manager")] == [good.id]
    notes = {d.id: d.search_note for d in service.list_documents()}
    assert notes[good.id] is None
    assert notes[bomb.id].startswith("stored, not searchable: ") and "unpacks" in notes[bomb.id]
    assert notes[cpu.id].startswith("stored, not searchable: ") and "processor time" in notes[cpu.id]
    # marked once: the next syncs do not try again (and take no time over them)
    assert service.catalogue.unindexed_current() == []
    started = time.monotonic()
    service.sync(force=True)
    assert time.monotonic() - started < 60
    assert service.catalogue.unindexed_current() == []


def test_an_unrelated_pdf_added_after_a_bomb_is_indexed(make_service, tmp_path):
    service = make_service()
    service.extract_limits = TIGHT
    service.add_document(put(tmp_path / "src" / "prices.docx", docx_bomb(120)))
    service.sync()
    later = service.add_document(put(tmp_path / "src" / "isp.pdf", S.pdf("ISP fault line 0800 123")))
    service.sync([later.id])
    assert [h.doc_id for h in service.search("fault line")] == [later.id]


def test_password_protected_pdf_is_kept_and_said_not_searchable(service, tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(S.pdf("Salaries 2026"))))
    writer.encrypt("secret")
    buf = io.BytesIO()
    writer.write(buf)
    doc = service.add_document(put(tmp_path / "src" / "salaries.pdf", buf.getvalue()))
    report = service.sync()
    assert report.count("new-version") == 1
    assert "password-protected: stored but not searchable" in report.results[0].message
    assert service.document(doc.id).search_note == "password-protected: stored but not searchable"
