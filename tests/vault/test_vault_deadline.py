"""A server that trickles bytes: the per-document deadline, cancel within a second, and no vault
lock held while the network is waited for (a real loopback server sending a byte every 0.5 s)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import vault_samples as S

from offline_ready.vault.locking import ProcessLock


def _lock_is_free(service) -> bool:
    probe = ProcessLock(Path(service.root) / "lock")
    probe.acquire(0)  # raises VaultBusy when someone holds it
    probe.release()
    return True


def _wait_until(cond, timeout: float = 30.0) -> None:
    """Wait for a condition (not a guessed time): a loaded machine only makes it come later."""
    deadline = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < deadline, "the condition never came"
        time.sleep(0.02)


def test_trickling_server_hits_the_document_deadline(make_service, scripted):
    service = make_service(download_deadline=5.0, timeout=5.0)
    slow = service.add_document(scripted.trickle("/slow.pdf", S.pdf("slow") * 3, every=0.5))
    scripted.static("/fast.pdf", S.pdf("Fast runbook"), "application/pdf")
    fast = service.add_document(scripted.url("/fast.pdf"))
    started = time.monotonic()
    report = service.sync()
    took = time.monotonic() - started
    outcome = {r.doc_id: r for r in report.results}
    assert outcome[fast.id].outcome == "new-version"
    assert outcome[slow.id].outcome == "failed"
    assert "longer than 5 s" in outcome[slow.id].message
    assert 5.0 <= took < 40.0  # the deadline, not the 0.5 s trickle, decided (a whole body takes ~30 min)
    assert len(scripted.requests("/slow.pdf")) == 1


def test_cancel_takes_effect_within_a_second_and_the_lock_stays_free(make_service, scripted, tmp_path):
    service = make_service(download_deadline=600.0, timeout=30.0)
    service.add_document(scripted.trickle("/slow.pdf", S.pdf("slow") * 3, every=0.5))
    other = tmp_path / "notes.txt"
    other.write_text("Router restart steps\n")
    done = threading.Event()
    result = {}

    def run() -> None:
        result["report"] = service.sync()
        done.set()

    threading.Thread(target=run, daemon=True).start()
    _wait_until(lambda: scripted.requests("/slow.pdf"))  # the download has begun
    time.sleep(0.6)  # and a byte or two of the trickle has come in
    assert not done.is_set()
    # mid-download the vault is not locked: other work (here: add and remove a document) goes on
    assert _lock_is_free(service)
    extra = service.add_document(str(other))
    service.remove_document(extra.id, lock_timeout=0)
    asked = time.monotonic()
    service.cancel_sync()
    assert done.wait(5.0)
    assert time.monotonic() - asked < 1.0 + 2.0  # within a second, plus a margin for a loaded test machine
    report = result["report"]
    assert report.cancelled and report.results[0].outcome == "skipped"
    assert not list((Path(service.root) / "tmp").glob("*.part"))  # the partial download is gone


def test_cancel_while_waiting_for_the_answer_itself(make_service, scripted):
    service = make_service(timeout=60.0)
    service.add_document(scripted.slow("/mute.pdf", S.pdf("late"), delay=20.0))  # headers only after 20 s
    done = threading.Event()
    threading.Thread(target=lambda: (service.sync(), done.set()), daemon=True).start()
    _wait_until(lambda: scripted.requests("/mute.pdf"))  # the request is out; its answer is 20 s away
    asked = time.monotonic()
    service.cancel_sync()
    assert done.wait(5.0)
    assert time.monotonic() - asked < 1.0 + 2.0  # as above
