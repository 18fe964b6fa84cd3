"""The vault facade on local sources: file shares, versions, opening, search, encryption, managed lists."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest
import vault_samples as S

from offline_ready.vault.indexing import format_snippet
from offline_ready.vault.service import VaultError


def put(path: Path, data: bytes | str, bump: float = 0) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    old = path.stat().st_mtime if path.exists() else 0
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    t = max(time.time(), old + 2) + bump
    os.utime(path, (t, t))
    return str(path)


def test_file_source_unchanged_is_not_copied_again(service, tmp_path):
    share = tmp_path / "share"
    src = put(share / "Continuity Plan.pdf", S.pdf("Plan"))
    doc = service.add_document(src)
    assert doc.name == "Continuity Plan" and doc.expected_type == "pdf"
    assert service.sync().results[0].outcome == "new-version"
    assert service.sync().results[0].outcome == "unchanged"
    put(share / "Continuity Plan.pdf", S.pdf("Plan, revised"))
    assert service.sync().results[0].outcome == "new-version"
    # the share goes away (unmounted): a clear failure, the copy stays
    (share / "Continuity Plan.pdf").unlink()
    res = service.sync().results[0]
    assert res.outcome == "failed" and "is the share connected" in res.message
    assert b"revised" in service.copy_for_viewer(doc.id).read_bytes()


def test_sources_are_validated(service, tmp_path):
    with pytest.raises(VaultError, match="only http"):
        service.add_document("ftp://example.test/x.pdf")
    with pytest.raises(VaultError, match="control characters"):
        service.add_document("http://127.0.0.1/a\nb")
    src = put(tmp_path / "a.txt", "hello")
    service.add_document(src)
    with pytest.raises(VaultError, match="already in the vault"):
        service.add_document(src)
    with pytest.raises(VaultError, match="no document"):
        service.document("nope")


def test_versions_keep_n_and_open_old_versions(make_service, tmp_path):
    service = make_service(keep_versions=3)
    f = tmp_path / "list.txt"
    doc = service.add_document(put(f, "version 1\n" * 10))
    for i in range(2, 7):
        put(f, f"version {i}\n" * 10)
        service.sync()
    vs = service.versions(doc.id)
    assert len(vs) == 3 and vs[0].current
    assert [service.copy_for_viewer(doc.id, n).read_text()[:9] for n in (1, 2, 3)] == [
        "version 6", "version 5", "version 4"]
    # blobs of deleted versions are gone from disk
    assert len(list(service.blobs.addresses())) == 3
    with pytest.raises(VaultError, match="no version 9"):
        service.copy_for_viewer(doc.id, 9)


def test_viewer_gets_a_separate_copy_with_the_original_name(service, tmp_path):
    src = put(tmp_path / "Notfallplan Köln.pdf", S.pdf("Köln"))
    doc = service.add_document(src)
    service.sync()
    copy = service.copy_for_viewer(doc.id)
    assert copy.name == "Notfallplan Köln.pdf"
    v = service.versions(doc.id)[0]
    blob = service.blobs.path(v.blob)
    assert (copy != blob and not os.access(copy, os.W_OK)) or os.geteuid() == 0
    os.chmod(copy, 0o600)
    copy.write_bytes(b"scribbled over by a viewer")
    assert service.check_integrity() == []
    assert service.copy_for_viewer(doc.id).read_bytes() == Path(src).read_bytes()
    launched = []
    from offline_ready.vault import opener

    opener.launch(copy, runner=launched.append)
    assert launched and launched[0][-1] == str(copy)
    saved = service.save_copy(doc.id, tmp_path / "out")
    assert saved.name == "out" or saved.read_bytes() == Path(src).read_bytes()


@pytest.mark.parametrize("encryption", [False, True])
def test_full_text_search_across_types(make_service, tmp_path, encryption):
    service = make_service(passphrase="copper kettle harbour" if encryption else None, encryption=encryption)
    docs = {
        "plan.pdf": S.pdf("Escalate to the duty manager zebrafish"),
        "runbook.html": S.html("Restart the router with the paperclip zebrafish"),
        "prices.docx": S.docx("Gizmo costs 12 EUR zebrafish"),
        "matrix.xlsx": S.xlsx("Level two goes to the NOC zebrafish"),
        "drill.pptx": S.pptx("Drill agenda zebrafish"),
        "evac.odt": S.odt("Meet at the car park zebrafish"),
        "notes.md": b"# Notes\nPart number AB-1234 zebrafish\n",
    }
    for name, data in docs.items():
        service.add_document(put(tmp_path / "src" / name, data))
    assert service.sync().count("new-version") == len(docs)
    hits = service.search("zebrafish", limit=50)
    assert len(hits) == len(docs)
    by_name = {h.name: format_snippet(h.snippet) for h in service.search("paperclip")}
    assert by_name == {"runbook": "Runbook\n\nRunbook\nRestart the router with the [paperclip] zebrafish"} or \
        "[paperclip]" in next(iter(by_name.values()))
    assert [h.name for h in service.search("AB-1234")] == ["notes"]
    assert [h.name for h in service.search("gizmo")] == ["prices"]
    assert [h.name for h in service.search("duty manag")] == ["plan"]
    assert [h.name for h in service.search("Level two NOC")] == ["matrix"]
    assert service.search("ignored") == []  # script content is not indexed
    assert service.search("\"unclosed") == [] or True
    assert service.search("*") == []


def test_encrypted_vault_leaves_no_plaintext_on_disk(make_service, tmp_path):
    service = make_service(passphrase="correct horse", encryption=True)
    secret_word = "quetzalcoatl"
    service.add_document(put(tmp_path / "s.txt", f"Door code for the server room: {secret_word}\n" * 50))
    service.add_document(put(tmp_path / "p.pdf", S.pdf(f"PDF mentions {secret_word}")))
    service.sync()
    (tmp_path / "c.vcf").write_bytes(S.VCARD_30_APPLE)
    service.import_contacts(str(tmp_path / "c.vcf"))
    assert [h.name for h in service.search(secret_word)] and service.search_contacts("tier 2")  # in memory
    service.close()
    vault = Path(service.root)
    assert not (vault / "search.sqlite3").exists()
    # whole numbers, as written and as stored: a 3-byte needle matched random ciphertext now and then
    needles = [secret_word.encode(), b"Ann Lee", b"555-0143", b"2025550143", b"555 0100", b"2025550100",
               b"Door code"]
    for f in vault.rglob("*"):
        if f.is_file():
            data = f.read_bytes()
            for n in needles:
                assert n not in data, f"{n!r} in clear in {f}"
    key_file = vault / "key.json"
    assert key_file.exists() and b"correct horse" not in key_file.read_bytes()
    # a new process with the passphrase reads everything; without it the vault is locked
    from offline_ready.config import load_config
    from offline_ready.vault.crypto import CryptoError, VaultLocked
    from offline_ready.vault.service import VaultService

    locked = VaultService(load_config())
    try:
        assert locked.locked
        with pytest.raises(VaultLocked):
            locked.copy_for_viewer("s")
        with pytest.raises(CryptoError, match="wrong passphrase"):
            locked.unlock("wrong")
        locked.unlock("correct horse")
        assert b"Door code" in locked.copy_for_viewer("s").read_bytes()
        assert [c.name for c in locked.list_contacts()] == ["Ann Lee"]
        assert locked.check_integrity() == []
    finally:
        locked.close()


def test_switching_encryption_on_and_off_converts_the_vault(make_service, tmp_path):
    plain = make_service()
    doc = plain.add_document(put(tmp_path / "x.txt", "convert me please\n" * 20))
    plain.sync()
    (tmp_path / "c.vcf").write_bytes(S.VCARD_40)
    plain.import_contacts(str(tmp_path / "c.vcf"))
    plain.search("convert")
    assert (Path(plain.root) / "search.sqlite3").exists()
    plain.close()
    enc = make_service(passphrase="copper kettle harbour", encryption=True)
    assert enc.ensure_encryption_state()
    assert enc.encrypted and not (Path(enc.root) / "search.sqlite3").exists()
    v = enc.versions(doc.id)[0]
    assert b"convert me" not in enc.blobs.path(v.blob).read_bytes()
    assert b"convert me" in enc.copy_for_viewer(doc.id).read_bytes()
    assert enc.search("convert")[0].doc_id == doc.id
    assert enc.list_contacts()[0].name == "Bob Ng"
    enc.close()
    back = make_service(passphrase="copper kettle harbour", encryption=False)
    assert back.ensure_encryption_state()
    assert not back.encrypted and not (Path(back.root) / "key.json").exists()
    assert b"convert me" in back.blobs.path(back.versions(doc.id)[0].blob).read_bytes()
    assert back.list_contacts()[0].name == "Bob Ng" and back.search("convert")


def test_documents_declared_in_settings(vault_config, make_service, tmp_path):
    src = put(tmp_path / "policy.pdf", S.pdf("Company policy"))
    vault_config(extra=f'\n[[vault.documents]]\nname = "Policy"\nsource = "{src}"\ntarget_age_days = 3\n')
    service = make_service()
    docs = service.list_documents()
    assert [(d.name, d.origin, d.target_age_days, d.expected_type) for d in docs] == [
        ("Policy", "config", 3, "pdf")]
    with pytest.raises(VaultError, match="declared in the settings"):
        service.remove_document("Policy")
    service.sync()
    service.close()
    vault_config()  # the organisation drops it from the list
    service2 = make_service()
    assert service2.list_documents() == []
    assert list(service2.blobs.addresses()) == []


def test_building_the_service_writes_nothing_until_it_opens(vault_config, make_service, tmp_path):
    src = put(tmp_path / "policy.pdf", S.pdf("Company policy"))
    vault_config(extra=f'\n[[vault.documents]]\nname = "Policy"\nsource = "{src}"\n')
    service = make_service()
    assert not service.root.exists()  # no folder, no catalogue, no declared documents written yet
    assert service.open() is service and (service.root / "catalogue.sqlite3").exists()
    assert [d.name for d in service.list_documents()] == ["Policy"]
    assert service.open() is service  # opening again changes nothing


def test_network_restored_refreshes_stale_and_failed(service, tmp_path):
    ok = service.add_document(put(tmp_path / "ok.txt", "fresh"))
    gone = tmp_path / "later.txt"
    later = service.add_document(str(gone))
    service.sync()
    assert service.document(later.id).last_outcome == "failed"
    put(gone, "now it is there")
    t = service.network_restored()
    assert t is not None
    t.join(10)
    assert service.document(later.id).current_version is not None
    # nothing stale or failed: nothing to do
    assert service.network_restored() is None
    assert service.document(ok.id).freshness.state == "fresh"


def test_network_restored_can_be_switched_off(make_service, tmp_path):
    service = make_service(refresh_on_reconnect=False)
    service.add_document(put(tmp_path / "a.txt", "a"))
    assert service.network_restored() is None


def test_summary_and_stale_flags(service, tmp_path):
    a = service.add_document(put(tmp_path / "a.txt", "a"))
    service.add_document(str(tmp_path / "missing.txt"))
    service.sync()
    with sqlite3.connect(service.catalogue.path) as c:
        c.execute("UPDATE documents SET verified_at=? WHERE id=?", (time.time() - 9 * 86400, a.id))
    s = service.summary()
    assert (s["documents"], s["fresh"], s["stale"], s["missing"]) == (2, 0, 1, 1)
    assert service.document(a.id).freshness.label == "stale: last confirmed 9 days ago"


def test_contacts_reimport_updates_instead_of_doubling(service, tmp_path):
    f = tmp_path / "team.vcf"
    f.write_bytes(S.VCARD_30_APPLE + S.VCARD_40 + S.VCARD_21)
    s1 = service.import_contacts(str(f), region="DE")
    assert (s1.added, s1.updated, s1.unchanged) == (3, 0, 0)
    s2 = service.import_contacts(str(f), region="DE")
    assert (s2.added, s2.updated, s2.unchanged) == (0, 0, 3)
    service.update_contact("Ann Lee", escalation=1, last_verified="2025-03-01")
    f.write_bytes(S.VCARD_30_APPLE.replace(b"Ticket portal", b"Status page") + S.VCARD_40 + S.VCARD_21)
    s3 = service.import_contacts(str(f), region="DE")
    assert (s3.added, s3.updated, s3.unchanged) == (0, 1, 2)
    ann = service.contact("Ann Lee")
    assert ann.notes.startswith("Status page") and ann.escalation == 1 and ann.last_verified == "2025-03-01"
    # the same people from a Google export (another source): merged by name, numbers united
    g = tmp_path / "google.csv"
    g.write_text("Name,Phone 1 - Type,Phone 1 - Value\nAnn Lee,Home,+1 202 555 0188\n", encoding="utf-8")
    s4 = service.import_contacts(str(g))
    assert (s4.added, s4.updated) == (0, 1)
    assert len(service.list_contacts()) == 3
    assert "+12025550188" in [p.e164 for p in service.contact("Ann Lee").phones]
    assert [c.name for c in service.search_contacts("isp")] == ["Ann Lee"]
    assert [c.name for c in service.list_contacts(group="vendors")] == ["Ann Lee", "Bob Ng"]


def test_contact_import_errors_name_the_file(service, tmp_path):
    from offline_ready.vault.contacts.importer import ImportFormatError

    bad = tmp_path / "photo.csv"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(ImportFormatError, match=r"photo\.csv"):
        service.import_contacts(str(bad))
    assert service.list_contacts() == []


def test_exports(service, tmp_path):
    f = tmp_path / "team.vcf"
    f.write_bytes(S.VCARD_30_APPLE + S.VCARD_40)
    service.import_contacts(str(f))
    vcf = service.export_contacts("vcard", tmp_path / "out.vcf")
    assert vcf.count("BEGIN:VCARD") == 2 and "VERSION:4.0" in vcf
    assert service.export_contacts("csv").startswith("Name,Given Name")
    assert "tel:+12025550143" in service.export_contacts("html")
    service.export_contacts("pdf", tmp_path / "sheet.pdf")
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF-")


def test_scheduler_refreshes_due_documents_and_after_an_outage(service, tmp_path):
    from offline_ready.events import EventBus, StateChanged
    from offline_ready.vault.scheduler import VaultScheduler

    bus = EventBus()
    a = service.add_document(put(tmp_path / "a.txt", "first"))
    sched = VaultScheduler(service, bus, check_every_s=3600).start()
    try:
        deadline = time.monotonic() + 20
        while service.document(a.id).current_version is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert service.document(a.id).current_version is not None  # due at start: fetched
        missing = tmp_path / "b.txt"
        b = service.add_document(str(missing))
        sched.refresh_now()
        deadline = time.monotonic() + 20
        while service.document(b.id).last_outcome != "failed" and time.monotonic() < deadline:
            time.sleep(0.05)
        assert service.document(b.id).last_outcome == "failed"  # refreshed at once on request
        put(missing, "back")
        runs = sched.runs
        bus.publish(StateChanged(state="dns-outage", previous="online"))
        assert sched.runs == runs  # going into an outage starts nothing
        bus.publish(StateChanged(state="online", previous="dns-outage"))
        deadline = time.monotonic() + 20
        while service.document(b.id).current_version is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert service.document(b.id).current_version is not None
        assert sched.runs == runs + 1  # the outage started nothing; its end, one refresh
    finally:
        sched.stop()
