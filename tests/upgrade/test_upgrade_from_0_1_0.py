"""A profile written by Offline Ready 0.1.0 (tests/upgrade/fixtures) opens with today's code
without loss: every store is read back as that release read it, is then stamped with its
schema version, and opens again unchanged. Data from a newer release is refused, untouched."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from offline_ready.backup_dns.journal import Journal, JournalError
from offline_ready.config import ConfigError, load_config
from offline_ready.config.loader import save_user_settings
from offline_ready.fallback_lookup.stale import StaleStore
from offline_ready.history import HistoryStore
from offline_ready.paths import app_paths
from offline_ready.resolver_profiles import profiles, results
from offline_ready.storeversion import NewerStoreError
from offline_ready.vault.service import VaultService

FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text())


@pytest.fixture
def old_home(app_home: Path) -> Path:
    shutil.rmtree(app_home)
    shutil.copytree(FIXTURES / "home-0.1.0", app_home)
    return app_home


def user_version(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def read_everything() -> dict:
    """What today's code reads from the profile, in the shape of expected.json."""
    p = app_paths()
    cfg = load_config()
    out: dict = {"settings": {k: cfg[k] for k in EXPECTED["settings"]}}
    with VaultService(cfg, keyring_ok=False) as v:
        out["documents"] = [{"name": d.name, "source": d.source,
                             "versions": [{"sha256": x.sha256, "size": x.size} for x in v.versions(d.id)]}
                            for d in v.list_documents()]
        for d in v.list_documents():
            for x in v.versions(d.id):  # the stored bytes are the ones that were fetched
                assert hashlib.sha256(v.blobs.path(x.blob).read_bytes()).hexdigest() == x.sha256
        out["contacts"] = [{"name": c.name, "org": c.org, "phones": [ph.e164 for ph in c.phones],
                            "emails": [e.address for e in c.emails]} for c in v.contacts.all()]
        out["search_runbook"] = sorted(h.doc_id for h in v.search("router"))
    h = HistoryStore(p.history_db)
    out["incidents"] = [{"state": i.state, "start": i.started_at.isoformat(), "end": i.ended_at.isoformat(),
                         "summary": i.summary} for i in h.incidents()]
    from datetime import UTC, datetime

    out["samples"] = len(h.samples(since=datetime(2026, 1, 1, tzinfo=UTC)))
    h.close()
    j = Journal(p.state_dir / "dns-journal")  # where 0.1.0 kept it
    oe = j.open_entry()
    out["journal"] = {"open": {"id": oe.id, "profile_id": oe.profile_id, "state": oe.state,
                               "servers": oe.snap.servers()},
                      "closed": [{"id": e.id, "profile_id": e.profile_id, "outcome": e.outcome}
                                 for e in j.closed_entries()]}
    out["dns_original"] = profiles.load_original(p.state_dir).servers
    out["dns_results_kind"] = results.load_results(p.state_dir).kind
    out["last_known_good"] = StaleStore(p.state_dir / "dns-last-known-good.json").get("intranet.corp.example").addresses
    return out


def test_everything_written_by_0_1_0_reads_back_unchanged(old_home: Path) -> None:
    assert read_everything() == EXPECTED
    data = old_home / "data"
    assert user_version(data / "history.sqlite3") == 1
    assert user_version(data / "vault" / "catalogue.sqlite3") == 3
    assert user_version(data / "vault" / "search.sqlite3") == 1
    assert read_everything() == EXPECTED  # and again, now that the stores carry their versions


def test_settings_saved_by_today_carry_their_format_and_keep_old_values(old_home: Path) -> None:
    cfg = save_user_settings(load_config(), {"notifications.reminder_minutes": 50})
    text = (old_home / "config" / "config.toml").read_text()
    assert text.count("format = 1") == 1
    assert cfg.notifications.reminder_minutes == 50
    assert cfg.monitor.full_interval == 900 and cfg.vault.keep_versions == 4


def test_stores_from_a_newer_release_are_refused_and_left_alone(old_home: Path) -> None:
    db = old_home / "data" / "history.sqlite3"
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 99")
    before = db.read_bytes()
    with pytest.raises(NewerStoreError, match="newer Offline Ready"):
        HistoryStore(db)
    assert db.read_bytes() == before

    cfg = old_home / "config" / "config.toml"
    cfg.write_text("format = 7\n" + cfg.read_text())
    with pytest.raises(ConfigError, match="newer Offline Ready"):
        load_config()

    journal = old_home / "state" / "dns-journal" / "open.json"
    entry = json.loads(journal.read_text())
    journal.write_text(json.dumps({**entry, "version": 9}))
    with pytest.raises(JournalError, match="newer Offline Ready"):
        Journal(journal.parent).open_entry()
    assert json.loads(journal.read_text())["version"] == 9


def test_encrypted_vault_from_0_1_0_opens_with_its_passphrase(app_home: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.rmtree(app_home)
    shutil.copytree(FIXTURES / "home-0.1.0-encrypted", app_home)
    monkeypatch.setenv("OFFLINE_READY_VAULT_PASSPHRASE", "correct horse battery staple")
    with VaultService(load_config(), keyring_ok=False) as v:
        assert v.encrypted and not v.locked
        (doc,) = v.list_documents()
        assert (doc.name, doc.source) == ("continuity plan", "/mnt/shared/continuity plan.txt")
        copy = v.save_copy(doc.id, tmp_path / "plan.txt")
        assert copy.read_text() == ("Continuity plan\nIf the office network is down, work from the offline copies.\n"
                                    "Call the helpdesk first.\n")
        assert [(c.name, [p.e164 for p in c.phones]) for c in v.contacts.all()] == [("Night duty", ["+33612345678"])]
        assert [h.doc_id for h in v.search("offline")] == [doc.id]
    assert user_version(app_home / "data" / "vault" / "catalogue.sqlite3") == 3


def test_doctor_points_at_a_switch_0_1_0_left_in_place(old_home: Path) -> None:
    """0.1.0 kept its DNS journal in the user's folder; today's helper only trusts a root-owned one.
    The doctor says what the original servers were and how to go back, and touches nothing."""
    from offline_ready.doctor import run_doctor

    journal = old_home / "state" / "dns-journal" / "open.json"
    before = journal.read_bytes()
    config = load_config()
    report = run_doctor(config, config.paths, env={})
    (left,) = [f for f in report.findings if f.id == "dns-left-over"]
    assert left.status == "problem" and "cloudflare" in left.detail
    assert "192.0.2.53" in left.fix and str(journal) in left.fix
    assert journal.read_bytes() == before
