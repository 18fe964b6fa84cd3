"""The one way every SQLite store opens (storeversion.open_store): WAL, the upgrade and today's tables
in one transaction, and a store from a newer release refused untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from offline_ready.storeversion import NewerStoreError, open_store

SCHEMA = """
CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, size INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS totals (id INTEGER PRIMARY KEY CHECK (id = 1), size INTEGER NOT NULL);
INSERT OR IGNORE INTO totals(id, size) VALUES (1, 0);
CREATE TRIGGER IF NOT EXISTS items_added AFTER INSERT ON items
    BEGIN UPDATE totals SET size = size + NEW.size WHERE id = 1; END;
"""


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")}


def test_a_new_store_gets_its_folder_wal_version_and_tables_triggers_whole(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "store.sqlite3"
    conn = open_store(path, 2, {}, SCHEMA)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    conn.execute("INSERT INTO items(size) VALUES (5)")
    assert conn.execute("SELECT size FROM totals").fetchone()[0] == 5
    conn.close()
    assert _tables(path) == {"items", "totals", "items_added"}


def test_an_upgrade_that_fails_leaves_the_old_layout_whole(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with sqlite3.connect(path) as old:
        old.execute("CREATE TABLE items (id INTEGER PRIMARY KEY)")  # version 0: no size yet

    def add_size(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE items ADD COLUMN size INTEGER NOT NULL DEFAULT 0")

    def fail(conn: sqlite3.Connection) -> None:
        raise RuntimeError("killed mid-upgrade")

    with pytest.raises(RuntimeError):
        open_store(path, 1, {0: add_size}, SCHEMA, finish=fail)
    assert _tables(path) == {"items"}
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
        assert [r[1] for r in conn.execute("PRAGMA table_info(items)")] == ["id"]
    conn = open_store(path, 1, {0: add_size}, SCHEMA)
    assert [r[1] for r in conn.execute("PRAGMA table_info(items)")] == ["id", "size"]
    conn.close()


def test_a_version_recorded_elsewhere_counts_and_pragmas_apply(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with sqlite3.connect(path) as old:
        old.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        old.execute("INSERT INTO meta VALUES ('schema', '1')")
    steps_run = []
    conn = open_store(path, 2, {0: lambda c: steps_run.append(0), 1: lambda c: steps_run.append(1)}, SCHEMA,
                      pragmas=["foreign_keys=ON"],
                      recorded=lambda c: int(c.execute("SELECT value FROM meta").fetchone()[0]))
    assert steps_run == [1]
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    conn.close()


def test_a_store_from_a_newer_release_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with sqlite3.connect(path) as newer:
        newer.execute("CREATE TABLE future (x)")
        newer.execute("PRAGMA user_version = 9")
    with pytest.raises(NewerStoreError, match="newer Offline Ready"):
        open_store(path, 2, {0: lambda c: None, 1: lambda c: None}, SCHEMA)
    assert _tables(path) == {"future"}
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 9


def test_in_memory_needs_no_folder_and_keeps_nothing() -> None:
    conn = open_store(None, 1, {}, SCHEMA)
    conn.execute("INSERT INTO items(size) VALUES (3)")
    assert conn.execute("SELECT size FROM totals").fetchone()[0] == 3
    conn.close()
