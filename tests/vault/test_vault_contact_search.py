"""Contact search as a new process runs it: SQLite picks the candidates from the search text kept beside
clear-text records and only those are decoded; results are the same as a search over every contact in
memory, for an encrypted vault (which keeps no search text) and after another writer changed a record."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import vault_samples as S

from offline_ready.vault import records

QUERIES = ["isp", "ann", "ANN lee", "tier 2", "müller", "muller", "+49 30 1234567", "030 1234567", "0143",
           "202 555", "vendors", "no such person", "after hours", "x", ""]


def _import(service, tmp_path: Path) -> None:
    f = tmp_path / "team.vcf"
    f.write_bytes(S.VCARD_30_APPLE + S.VCARD_40 + S.VCARD_21)
    service.import_contacts(str(f), region="DE")


def _decodes(monkeypatch) -> list[str]:
    """Count the records decoded (a spy: the real decoding still runs)."""
    seen: list[str] = []
    real = records.decode

    def counting(blob, key, context):
        seen.append(context)
        return real(blob, key, context)

    monkeypatch.setattr(records, "decode", counting)
    return seen


def _search_rows(service) -> int:
    with sqlite3.connect(Path(service.root) / "catalogue.sqlite3") as conn:
        return conn.execute("SELECT count(*) FROM contact_search").fetchone()[0]


def test_a_fresh_search_decodes_only_candidates_and_finds_the_same(make_service, tmp_path, monkeypatch):
    service = make_service()
    _import(service, tmp_path)
    in_memory = {q: [c.uid for c in service.search_contacts(q)] for q in QUERIES}
    assert in_memory["ann"] and in_memory["+49 30 1234567"] and not in_memory["no such person"]
    assert _search_rows(service) == len(service.list_contacts()) == 3
    seen = _decodes(monkeypatch)
    for q in QUERIES:
        fresh = make_service()  # nothing in memory, as in a new command
        seen.clear()
        assert [c.uid for c in fresh.search_contacts(q)] == in_memory[q], q
        if q:
            assert len(seen) == len(in_memory[q]), (q, seen)  # no contact decoded that did not match
        fresh.close()


def test_a_record_changed_by_another_writer_is_still_searched(make_service, tmp_path):
    service = make_service()
    _import(service, tmp_path)
    ann = service.search_contacts("ann lee")[0]
    service.close()
    # an older version rewrites the record (it keeps no search text): the stored text no longer counts
    with sqlite3.connect(Path(service.root) / "catalogue.sqlite3") as conn:
        conn.execute("UPDATE contacts SET updated_at = updated_at + 1 WHERE uid = ?", (ann.uid,))
        conn.execute("UPDATE contact_search SET text = '' WHERE uid = ?", (ann.uid,))
    fresh = make_service()
    assert [c.uid for c in fresh.search_contacts("ann lee")] == [ann.uid]
    fresh.close()
    with sqlite3.connect(Path(service.root) / "catalogue.sqlite3") as conn:
        stamp, text = conn.execute("SELECT s.stamp - c.updated_at, s.text FROM contact_search s JOIN contacts c"
                                   " USING (uid) WHERE uid = ?", (ann.uid,)).fetchone()
    assert stamp == 0 and "ann lee" in text  # a search gave it its search text again


def test_records_from_before_search_text_get_it_on_their_first_search(make_service, tmp_path, monkeypatch):
    service = make_service()
    _import(service, tmp_path)
    service.close()
    with sqlite3.connect(Path(service.root) / "catalogue.sqlite3") as conn:
        conn.execute("DELETE FROM contact_search")  # as an older version left them
    seen = _decodes(monkeypatch)
    fresh = make_service()
    assert len(fresh.search_contacts("isp")) == 1 and len(seen) == 3  # every record is a candidate once
    fresh.close()
    assert _search_rows(service) == 3
    seen.clear()
    fresh = make_service()
    assert len(fresh.search_contacts("isp")) == 1 and len(seen) == 1
    fresh.close()


def test_an_encrypted_vault_keeps_no_search_text(make_service, tmp_path):
    service = make_service()
    _import(service, tmp_path)
    assert _search_rows(service) == 3
    service.close()
    service = make_service(passphrase="correct horse battery", encryption=True)
    service.ensure_encryption_state()  # switched on: the records are sealed, the clear search text goes
    assert _search_rows(service) == 0
    expected = [c.uid for c in service.search_contacts("isp")]
    _import(service, tmp_path)  # written again while encrypted: still none
    assert _search_rows(service) == 0
    fresh = make_service(passphrase="correct horse battery")
    assert [c.uid for c in fresh.search_contacts("isp")] == expected and expected
    fresh.close()
    service.close()
    service = make_service(passphrase="correct horse battery", encryption=False)
    service.ensure_encryption_state()  # switched off: records in clear again, and their search text
    assert _search_rows(service) == 3
    assert [c.uid for c in service.search_contacts("isp")] == expected
