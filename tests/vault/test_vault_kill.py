"""Kill -9 at any moment: the catalogue and the current versions stay intact and the next run finishes.

The sync and the import run in a real ``offline-ready`` subprocess that is SIGKILLed mid-way, at
named points of the fault-injection hook (``offline_ready.faults``), never after a guessed sleep.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import vault_samples as S
from vault_env import cli_env
from vault_servers import Req

N_DOCS = 24


def _slow_pdf_route(body: bytes, chunks: int = 6, pause: float = 0.04):
    def handler(r: Req) -> None:
        r.h.send_response(200)
        r.h.send_header("Content-Type", "application/pdf")
        r.h.send_header("Content-Length", str(len(body)))
        r.h.end_headers()
        step = max(1, len(body) // chunks)
        try:
            for i in range(0, len(body), step):
                r.h.wfile.write(body[i:i + step])
                r.h.wfile.flush()
                time.sleep(pause)
        except (BrokenPipeError, ConnectionResetError):
            pass

    return handler


def _cli(app_home: Path, *args: str, **env_extra: str) -> subprocess.Popen:
    env = cli_env(app_home, **env_extra)
    return subprocess.Popen([sys.executable, "-m", "offline_ready", *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def _count(db: Path, sql: str) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as c:
        try:
            return c.execute(sql).fetchone()[0]
        except sqlite3.OperationalError:
            return 0


def _killed_at(proc: subprocess.Popen, point: str) -> None:
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == -signal.SIGKILL, f"not killed at {point}: {err.decode()[-2000:]}"


def test_kill_during_sync_then_resume(make_service, scripted, app_home):
    service = make_service(concurrency=2)
    bodies = {}
    for i in range(N_DOCS):
        bodies[i] = S.pdf(f"Document number {i} kangaroo", pages=2, pad=40_000)
        scripted.routes[f"/d{i}.pdf"] = _slow_pdf_route(bodies[i])
        service.add_document(scripted.url(f"/d{i}.pdf"), name=f"doc {i:02d}")
    # first run: a few documents get their first version, then the process dies mid-download
    db = Path(service.catalogue.path)
    service.close()
    # killed at named points of the fault-injection hook, with other downloads in flight: first just
    # after the 4th version became current (its text not indexed yet) …
    point = "vault.sync.version-recorded"
    proc = _cli(app_home, "docs", "sync", "-q", OFFLINE_READY_FAULT=f"{point}@4")
    _killed_at(proc, point)
    assert _count(db, "SELECT count(*) FROM versions") >= 4
    # … then, the documents changed upstream, when the 4th new file is stored but not yet recorded
    for i in range(N_DOCS):
        bodies[i] = S.pdf(f"Document number {i} kangaroo revised", pages=3, pad=40_000)
        scripted.routes[f"/d{i}.pdf"] = _slow_pdf_route(bodies[i])
    point = "vault.sync.blob-stored"
    proc = _cli(app_home, "docs", "sync", "-q", OFFLINE_READY_FAULT=f"{point}@4")
    _killed_at(proc, point)

    after = make_service(concurrency=2)
    assert after.catalogue.integrity_ok()
    assert after.check_integrity() == []  # every current version's file exists and hashes right
    docs = after.list_documents()
    assert any(d.pending for d in docs)  # the interrupted sync left its mark
    for d in docs:
        if d.current_version is not None:
            data = after.copy_for_viewer(d.id).read_bytes()
            assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]
    # third run, not interrupted: finishes the job
    proc = _cli(app_home, "docs", "sync", "-q")
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    after.close()
    final = make_service()
    docs = final.list_documents()
    assert len(docs) == N_DOCS and not any(d.pending for d in docs)
    for d in docs:
        i = int(d.name.split()[1])
        assert final.copy_for_viewer(d.id).read_bytes() == bodies[i]
    assert len(final.search("kangaroo", limit=100)) == N_DOCS
    assert list(final.blobs.tmp_dir.iterdir()) == []
    referenced = final.catalogue.referenced_blobs()
    assert set(final.blobs.addresses()) == referenced  # no orphan blobs left behind


@pytest.mark.parametrize("point", ["contacts.import.before-write", "contacts.import.mid-write"])
def test_kill_during_contact_import_then_rerun(service, app_home, tmp_path, point):
    n = 12_000
    cards = []
    for i in range(n):
        cards.append(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nN:{i};Person;;;\r\nORG:Org {i % 97}\r\n"
                     f"TEL;TYPE=work:+1 202 555 {i % 10000:04d}\r\nEMAIL:p{i}@example.test\r\n"
                     f"CATEGORIES:Team {i % 7}\r\nEND:VCARD\r\n")
    big = tmp_path / "big.vcf"
    big.write_text("".join(cards))
    db = Path(service.catalogue.path)
    service.close()
    # killed at a named point (everything parsed; or half the rows written in the one transaction),
    # however fast or slow the machine is
    proc = _cli(app_home, "contacts", "import", str(big), "--region", "US", OFFLINE_READY_FAULT=point)
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == -signal.SIGKILL, f"not killed at {point}: {err.decode()[-2000:]}"
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert c.execute("SELECT count(*) FROM contacts").fetchone()[0] in (0, n)
        assert c.execute("SELECT count(*) FROM contacts").fetchone()[0] == 0  # the transaction never committed
    proc = _cli(app_home, "contacts", "import", str(big), "--region", "US", "--json")
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    assert _count(db, "SELECT count(*) FROM contacts") == n
    proc = _cli(app_home, "contacts", "import", str(big), "--region", "US", "--json")
    out, err = proc.communicate(timeout=120)
    import json

    summary = json.loads(out)
    assert (summary["added"], summary["unchanged"]) == (0, n)
    assert _count(db, "SELECT count(*) FROM contacts") == n


def test_a_read_only_open_lists_blobs_only_when_something_may_be_left_to_recover(make_service, tmp_path):
    """Recovery lists every stored blob; a search should not pay for that when nothing was written since
    the last recovery, but a blob stored and never recorded (a kill in between) is still removed."""
    src = tmp_path / "plan.txt"
    src.write_text("Call the helpdesk first.\n")
    first = make_service()
    first.add_document(str(src))
    first.sync()
    first.close()
    opened = make_service()
    opened.open()  # the sync stored blobs since its recovery: this open recovers, then marks the vault settled
    blobs = opened.blobs
    assert blobs.settled()
    kept = set(blobs.addresses())
    assert kept == opened.catalogue.referenced_blobs()
    # what a sync killed at "vault.sync.blob-stored" leaves: a stored blob no version refers to
    stray = tmp_path / "stray.txt"
    stray.write_text("stored, never recorded\n")
    orphan = blobs.ingest(stray, "ab" * 32, None)
    opened.close()
    assert not blobs.settled()  # storing took the mark away first
    again = make_service()
    again.open()
    assert set(again.blobs.addresses()) == kept and again.blobs.settled()  # the orphan is gone
    again.close()
    # a settled vault is not listed: a file that appeared without any write of the app's is left alone
    planted = blobs.path(orphan)
    planted.parent.mkdir(parents=True, exist_ok=True)
    planted.write_text("not the app's\n")
    reader = make_service()
    reader.open()
    assert planted.exists()
    # … and a leftover in tmp/ (a killed download or conversion) makes the open recover again
    (blobs.tmp_dir / "download-0.part").write_text("partial\n")
    reader.close()
    last = make_service()
    last.open()
    assert list(last.blobs.tmp_dir.iterdir()) == [] and not planted.exists() and last.blobs.settled()
