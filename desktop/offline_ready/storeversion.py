"""Schema versions of the on-disk stores, and moving old data forward.

Every store the app writes (history and vault databases, the DNS journal, the settings and
state files) records the version of its layout. Opening a store written by an older release
runs that store's steps in order, each ``steps[v]`` taking version ``v`` to ``v + 1``, then
records the new version; data from a *newer* release is never touched (the user may go back
to that release) and opening it fails with a message naming the file. Version 0 means "written
before stores carried versions" (releases up to 0.1.0).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

FORMAT_KEY = "format"  # the version field of JSON and TOML stores
SqliteStep = Callable[[sqlite3.Connection], None]


class NewerStoreError(ValueError):
    """The store was written by a newer Offline Ready; it is left exactly as it is."""

    def __init__(self, path: Path | str, found: int, known: int):
        super().__init__(f"{path}: written by a newer Offline Ready (format {found}; this version reads up to "
                         f"{known}); it was left untouched — update Offline Ready to use it")
        self.path, self.found, self.known = Path(path), found, known


def _check(path: Path | str, found: int, current: int, steps: Mapping[int, Any]) -> None:
    if found > current:
        raise NewerStoreError(path, found, current)
    missing = [v for v in range(found, current) if v not in steps]
    if missing:
        raise ValueError(f"{path}: unknown format {found} (no way to read it)")


def migrate_sqlite(conn: sqlite3.Connection, path: Path | str, current: int,
                   steps: Mapping[int, Callable[[sqlite3.Connection], None]], found: int | None = None) -> int:
    """Bring an open database to ``current`` (``PRAGMA user_version``) in one transaction.

    ``found`` overrides the recorded version (for stores that recorded it elsewhere before).
    The caller creates the tables of version ``current`` only after this returns, so each step
    sees the layout it was written for. Returns the version found.
    """
    recorded = int(conn.execute("PRAGMA user_version").fetchone()[0])
    found = max(recorded, found or 0)
    if not conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone():
        found = current  # a new file: the caller creates today's tables
    _check(path, found, current, steps)
    if found == current and recorded == current:
        return found
    in_tx = conn.in_transaction
    if not in_tx:
        conn.execute("BEGIN IMMEDIATE")
    try:
        for version in range(found, current):
            steps[version](conn)
        conn.execute(f"PRAGMA user_version = {int(current)}")
    except BaseException:
        if not in_tx:
            conn.execute("ROLLBACK")
        raise
    if not in_tx:
        conn.execute("COMMIT")
    return found


def _statements(script: str) -> list[str]:
    """The statements of ``script`` one by one (a trigger's body stays whole), to run them inside a
    transaction: ``executescript()`` would commit it first."""
    out, pending = [], ""
    for part in script.split(";"):
        pending += part + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \t\n;"):
                out.append(pending.strip())
            pending = ""
    if pending.strip(" \t\n;"):
        out.append(pending.strip())
    return out


def open_store(path: Path | str | None, version: int, migrations: Mapping[int, SqliteStep], schema: str, *,
               timeout: float = 10.0, pragmas: Iterable[str] = (),
               recorded: Callable[[sqlite3.Connection], int] | None = None,
               finish: SqliteStep | None = None) -> sqlite3.Connection:
    """Open one of the app's SQLite stores, brought to ``version`` and holding today's tables.

    Every store opens the same way, so none forgets a step: its folder is made; one connection in
    autocommit mode that any thread may use (the store serialises it with its own lock), waiting up
    to ``timeout`` seconds for another process's write; WAL with ``synchronous=NORMAL`` (readers
    never block the writer, and a killed process loses nothing committed); then the ``pragmas``
    (settings a transaction would ignore, e.g. ``foreign_keys=ON``); then one ``BEGIN IMMEDIATE``
    transaction runs :func:`migrate_sqlite`, the ``schema`` (``CREATE … IF NOT EXISTS``) and
    ``finish``, so a kill mid-upgrade leaves the old layout whole. ``recorded`` reads a version the
    store kept somewhere else before ``user_version``. ``path=None`` is a database in memory: no
    folder and no journal. On any error the connection is closed before the error propagates.
    """
    target = ":memory:" if path is None else str(path)
    if path is not None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(target, timeout=timeout, check_same_thread=False, isolation_level=None)
    try:
        if path is not None:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
        for pragma in pragmas:
            conn.execute(f"PRAGMA {pragma}")
        conn.execute("BEGIN IMMEDIATE")
        try:
            migrate_sqlite(conn, target, version, migrations, found=recorded(conn) if recorded else None)
            for statement in _statements(schema):
                conn.execute(statement)
            if finish is not None:
                finish(conn)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    except BaseException:
        conn.close()
        raise
    return conn


def migrate_mapping(data: dict[str, Any], path: Path | str, current: int,
                    steps: Mapping[int, Callable[[dict[str, Any]], dict[str, Any]]],
                    key: str = FORMAT_KEY) -> dict[str, Any]:
    """The JSON/TOML document ``data`` brought to ``current`` (a new dict; ``key`` holds the version)."""
    raw = data.get(key, 0)
    if isinstance(raw, bool) or not isinstance(raw, int) or raw < 0:
        raise ValueError(f"{path}: {key} must be a whole number, not {raw!r}")
    _check(path, raw, current, steps)
    out = dict(data)
    for version in range(raw, current):
        out = steps[version](out)
    out[key] = current
    return out


def load_json_store(path: Path, current: int, steps: Mapping[int, Callable[[dict[str, Any]], dict[str, Any]]],
                    key: str = FORMAT_KEY) -> dict[str, Any]:
    """Read a JSON state file and bring it to ``current``. OSError and ValueError (damaged, or
    :class:`NewerStoreError`) propagate: each store decides what a missing or unusable file means."""
    import json

    data = json.loads(Path(path).read_text("utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a JSON object")
    return migrate_mapping(data, path, current, steps, key)


def unchanged(data: Any) -> Any:
    """A step for a format change that only added the version field (or only optional fields)."""
    return data
