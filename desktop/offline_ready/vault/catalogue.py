"""The vault's catalogue: documents, versions, refused downloads, extracted text and contacts.

SQLite in WAL mode: readers (the UI) never block the writer (a sync), a kill at any moment
rolls back to the last committed transaction, and every change that must be seen together
(a new version and the document pointing at it) is one transaction. Blob files are written
and synced *before* the transaction that refers to them, so the catalogue never points at a
missing file; a blob no row refers to is garbage that :meth:`Catalogue.unreferenced_blobs` finds.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..storeversion import open_store
from .model import Document, QuarantineEntry, Version

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# PRAGMA user_version (0.1.0 recorded 1 in meta.schema instead); MIGRATIONS[v] takes v to v + 1.
# The version covers the blob files too: their names (SHA-256 of the stored bytes, under a
# two-character folder) and, per version row, whether they are encrypted.
SCHEMA_VERSION = 3


def _add_index_note(conn: sqlite3.Connection) -> None:
    if "index_note" not in {r[1] for r in conn.execute("PRAGMA table_info(versions)")}:
        conn.execute("ALTER TABLE versions ADD COLUMN index_note TEXT")


MIGRATIONS = {
    0: lambda conn: None,  # unversioned and not 0.1.0's: the tables below are created as needed
    1: lambda conn: None,  # 0.1.0: the version moves from meta.schema to user_version
    2: _add_index_note,  # why a version's text is not searchable
}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    source TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'document',
    expected_type TEXT NOT NULL DEFAULT 'auto',
    origin TEXT NOT NULL DEFAULT 'user',
    auth TEXT NOT NULL DEFAULT 'none',
    target_age_days INTEGER,
    created_at REAL NOT NULL,
    current_version INTEGER REFERENCES versions(id) ON DELETE SET NULL,
    etag TEXT,
    last_modified TEXT,
    verified_at REAL,
    checked_at REAL,
    last_outcome TEXT,
    last_reason TEXT,
    last_message TEXT,
    pending INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX IF NOT EXISTS documents_source ON documents(source, kind);
CREATE TABLE IF NOT EXISTS versions (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    blob TEXT NOT NULL,
    sha256 TEXT,
    size INTEGER NOT NULL,
    media_type TEXT NOT NULL,
    filename TEXT NOT NULL,
    fetched_at REAL NOT NULL,
    etag TEXT,
    last_modified TEXT,
    stand_in_like INTEGER NOT NULL DEFAULT 0,
    indexed INTEGER NOT NULL DEFAULT 0,
    encrypted INTEGER NOT NULL DEFAULT 0,
    index_note TEXT
);
CREATE INDEX IF NOT EXISTS versions_doc ON versions(doc_id, fetched_at);
CREATE INDEX IF NOT EXISTS versions_blob ON versions(blob);
CREATE TABLE IF NOT EXISTS quarantine (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    message TEXT NOT NULL,
    received_at REAL NOT NULL,
    size INTEGER NOT NULL,
    media_type TEXT NOT NULL,
    path TEXT NOT NULL,
    sha256 TEXT,
    filename TEXT,
    etag TEXT,
    last_modified TEXT,
    needs_confirmation INTEGER NOT NULL DEFAULT 0,
    encrypted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS texts (
    blob TEXT PRIMARY KEY,
    body BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS contacts (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    data BLOB NOT NULL,
    source TEXT,
    updated_at REAL NOT NULL
);
-- what a contact search looks through, only for records stored in clear (never for an encrypted vault);
-- a row counts while its stamp equals the contact's updated_at, so any write elsewhere outdates it
CREATE TABLE IF NOT EXISTS contact_search (
    uid TEXT PRIMARY KEY,
    stamp REAL NOT NULL,
    text TEXT NOT NULL
);
"""

_DOC_COLS = ("id, name, source, kind, expected_type, origin, auth, target_age_days, created_at, current_version, "
             "etag, last_modified, verified_at, checked_at, last_outcome, last_reason, last_message, pending")


class Catalogue:
    """One connection, serialised by a lock: short transactions from any thread."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.RLock()
        self._conn = open_store(self.path, SCHEMA_VERSION, MIGRATIONS, _SCHEMA, timeout=30,
                                pragmas=["foreign_keys=ON"], recorded=_recorded_schema, finish=_record_schema)
        self._conn.row_factory = sqlite3.Row

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``; rolls back on any exception."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, tuple(params)).fetchall()

    def integrity_ok(self) -> bool:
        return self.query("PRAGMA integrity_check")[0][0] == "ok"

    # --- meta -------------------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        rows = self.query("SELECT value FROM meta WHERE key=?", (key,))
        return rows[0][0] if rows else None

    def set_meta(self, key: str, value: str | None) -> None:
        with self.transaction() as c:
            if value is None:
                c.execute("DELETE FROM meta WHERE key=?", (key,))
            else:
                c.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                          (key, value))

    # --- documents --------------------------------------------------------------------------------

    def add_document(self, *, name: str, source: str, kind: str = "document", expected_type: str = "auto",
                     origin: str = "user", auth: str = "none", target_age_days: int | None = None) -> int:
        with self.transaction() as c:
            cur = c.execute(
                "INSERT INTO documents(name, source, kind, expected_type, origin, auth, target_age_days, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (name, source, kind, expected_type, origin, auth, target_age_days, time.time()))
            return int(cur.lastrowid or 0)

    def update_document(self, doc_id: int, **fields: Any) -> None:
        if not fields:
            return
        allowed = set(_DOC_COLS.replace(" ", "").split(",")) - {"id"}
        bad = set(fields) - allowed
        if bad:
            raise ValueError(f"unknown document fields {bad}")
        sets = ", ".join(f"{k}=?" for k in fields)
        with self.transaction() as c:
            c.execute(f"UPDATE documents SET {sets} WHERE id=?", (*fields.values(), doc_id))

    def remove_document(self, doc_id: int) -> None:
        with self.transaction() as c:
            c.execute("UPDATE documents SET current_version=NULL WHERE id=?", (doc_id,))
            c.execute("DELETE FROM quarantine WHERE doc_id=?", (doc_id,))
            c.execute("DELETE FROM versions WHERE doc_id=?", (doc_id,))
            c.execute("DELETE FROM documents WHERE id=?", (doc_id,))

    def documents(self, where: str = "", params: Iterable[Any] = ()) -> list[Document]:
        sql = (f"SELECT d.{_DOC_COLS.replace(', ', ', d.')}, v.size AS v_size, v.media_type AS v_type,"
               " v.filename AS v_filename, v.fetched_at AS v_fetched, v.index_note AS v_note"
               " FROM documents d LEFT JOIN versions v ON v.id = d.current_version")
        if where:
            sql += " WHERE " + where
        sql += " ORDER BY d.name COLLATE NOCASE, d.id"
        return [_doc(r) for r in self.query(sql, params)]

    def document(self, doc_id: int) -> Document | None:
        docs = self.documents("d.id=?", (doc_id,))
        return docs[0] if docs else None

    def mark_pending(self, doc_ids: Iterable[int]) -> None:
        with self.transaction() as c:
            c.executemany("UPDATE documents SET pending=1 WHERE id=?", [(i,) for i in doc_ids])

    # --- versions ---------------------------------------------------------------------------------

    def add_version(self, doc_id: int, *, blob: str, sha256: str | None, size: int, media_type: str,
                    filename: str, fetched_at: float, etag: str | None, last_modified: str | None,
                    stand_in_like: bool, make_current: bool, doc_updates: dict[str, Any],
                    encrypted: bool = False) -> int:
        """Insert a version and (optionally) make it current, in one transaction."""
        with self.transaction() as c:
            cur = c.execute(
                "INSERT INTO versions(doc_id, blob, sha256, size, media_type, filename, fetched_at, etag,"
                " last_modified, stand_in_like, encrypted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc_id, blob, sha256, size, media_type, filename, fetched_at, etag, last_modified,
                 int(stand_in_like), int(encrypted)))
            vid = int(cur.lastrowid or 0)
            fields = dict(doc_updates)
            if make_current:
                fields["current_version"] = vid
            if fields:
                sets = ", ".join(f"{k}=?" for k in fields)
                c.execute(f"UPDATE documents SET {sets} WHERE id=?", (*fields.values(), doc_id))
            return vid

    def current_facts(self, doc_id: int) -> tuple[str, int, bool] | None:
        """(family, size, stand_in_like) of the current version, for the acceptance checks."""
        rows = self.query("SELECT v.media_type, v.size, v.stand_in_like FROM versions v JOIN documents d"
                          " ON d.current_version = v.id WHERE d.id=?", (doc_id,))
        return (rows[0][0], rows[0][1], bool(rows[0][2])) if rows else None

    def versions(self, doc_id: int) -> list[Version]:
        rows = self.query(
            "SELECT v.*, (d.current_version = v.id) AS is_current FROM versions v JOIN documents d ON d.id=v.doc_id"
            " WHERE v.doc_id=? ORDER BY v.fetched_at DESC, v.id DESC", (doc_id,))
        return [_version(r) for r in rows]

    def version(self, version_id: int) -> Version | None:
        rows = self.query(
            "SELECT v.*, (d.current_version = v.id) AS is_current FROM versions v JOIN documents d ON d.id=v.doc_id"
            " WHERE v.id=?", (version_id,))
        return _version(rows[0]) if rows else None

    def delete_versions(self, ids: Iterable[int]) -> None:
        with self.transaction() as c:
            c.executemany("DELETE FROM versions WHERE id=?", [(i,) for i in ids])

    def unindexed_current(self) -> list[Version]:
        rows = self.query(
            "SELECT v.*, 1 AS is_current FROM versions v JOIN documents d ON d.current_version = v.id"
            " WHERE v.indexed = 0")
        return [_version(r) for r in rows]

    def set_indexed(self, version_ids: Iterable[int], value: int = 1) -> None:
        with self.transaction() as c:
            c.executemany("UPDATE versions SET indexed=? WHERE id=?", [(value, i) for i in version_ids])

    def set_unsearchable(self, version_id: int, note: str) -> None:
        """Text extraction failed for good: stored, not searchable, and not tried again."""
        with self.transaction() as c:
            c.execute("UPDATE versions SET indexed=-1, index_note=? WHERE id=?", (note, version_id))

    def referenced_blobs(self) -> set[str]:
        rows = self.query("SELECT blob FROM versions")
        return {r[0] for r in rows}

    # --- text of versions ---------------------------------------------------------------------------

    def put_text(self, blob: str, body: bytes) -> None:
        with self.transaction() as c:
            c.execute("INSERT INTO texts(blob, body) VALUES (?, ?) ON CONFLICT(blob) DO UPDATE SET body=excluded.body",
                      (blob, body))

    def get_text(self, blob: str) -> bytes | None:
        rows = self.query("SELECT body FROM texts WHERE blob=?", (blob,))
        return bytes(rows[0][0]) if rows else None

    def delete_orphan_texts(self) -> None:
        with self.transaction() as c:
            c.execute("DELETE FROM texts WHERE blob NOT IN (SELECT blob FROM versions)")

    # --- quarantine -------------------------------------------------------------------------------

    def add_quarantine(self, doc_id: int, *, reason: str, message: str, received_at: float, size: int,
                       media_type: str, path: str, sha256: str | None, filename: str | None,
                       etag: str | None, last_modified: str | None, needs_confirmation: bool,
                       doc_updates: dict[str, Any], encrypted: bool = False) -> int:
        with self.transaction() as c:
            cur = c.execute(
                "INSERT INTO quarantine(doc_id, reason, message, received_at, size, media_type, path, sha256,"
                " filename, etag, last_modified, needs_confirmation, encrypted)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc_id, reason, message, received_at, size, media_type, path, sha256, filename, etag,
                 last_modified, int(needs_confirmation), int(encrypted)))
            if doc_updates:
                sets = ", ".join(f"{k}=?" for k in doc_updates)
                c.execute(f"UPDATE documents SET {sets} WHERE id=?", (*doc_updates.values(), doc_id))
            return int(cur.lastrowid or 0)

    def quarantine(self, doc_id: int | None = None) -> list[QuarantineEntry]:
        if doc_id is None:
            rows = self.query("SELECT * FROM quarantine ORDER BY received_at DESC")
        else:
            rows = self.query("SELECT * FROM quarantine WHERE doc_id=? ORDER BY received_at DESC", (doc_id,))
        return [_quarantine(r) for r in rows]

    def quarantine_row(self, qid: int) -> sqlite3.Row | None:
        rows = self.query("SELECT * FROM quarantine WHERE id=?", (qid,))
        return rows[0] if rows else None

    def delete_quarantine(self, ids: Iterable[int]) -> None:
        with self.transaction() as c:
            c.executemany("DELETE FROM quarantine WHERE id=?", [(i,) for i in ids])

    # --- contacts ---------------------------------------------------------------------------------

    def contact_rows(self) -> list[sqlite3.Row]:
        return self.query("SELECT id, uid, data, source, updated_at FROM contacts ORDER BY id")


def _doc(r: sqlite3.Row) -> Document:
    return Document(
        id=r["id"], name=r["name"], source=r["source"], kind=r["kind"], expected_type=r["expected_type"],
        origin=r["origin"], auth=r["auth"], target_age_days=r["target_age_days"], created_at=r["created_at"],
        current_version=r["current_version"], etag=r["etag"], last_modified=r["last_modified"],
        verified_at=r["verified_at"], checked_at=r["checked_at"], last_outcome=r["last_outcome"],
        last_reason=r["last_reason"], last_message=r["last_message"], pending=bool(r["pending"]),
        size=r["v_size"], media_type=r["v_type"], filename=r["v_filename"], fetched_at=r["v_fetched"],
        search_note=r["v_note"],
    )


def _version(r: sqlite3.Row) -> Version:
    return Version(id=r["id"], doc_id=r["doc_id"], blob=r["blob"], size=r["size"], media_type=r["media_type"],
                   filename=r["filename"], fetched_at=r["fetched_at"], etag=r["etag"],
                   last_modified=r["last_modified"], sha256=r["sha256"], current=bool(r["is_current"]),
                   encrypted=bool(r["encrypted"]), index_note=r["index_note"])


def _quarantine(r: sqlite3.Row) -> QuarantineEntry:
    return QuarantineEntry(id=r["id"], doc_id=r["doc_id"], reason=r["reason"], message=r["message"],
                           received_at=r["received_at"], size=r["size"], media_type=r["media_type"],
                           path=r["path"], needs_confirmation=bool(r["needs_confirmation"]),
                           encrypted=bool(r["encrypted"]))


def _recorded_schema(conn: sqlite3.Connection) -> int:
    """The version 0.1.0 kept in the meta table (0 when there is none)."""
    has_meta = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
    row = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone() if has_meta else None
    return int(row[0]) if row and str(row[0]).isdigit() else 0


def _record_schema(conn: sqlite3.Connection) -> None:
    """Keep meta.schema (what 0.1.0 reads) current; an up-to-date catalogue is not written to by
    merely opening it."""
    if _recorded_schema(conn) != SCHEMA_VERSION:
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
