"""The switch journal: the exact DNS state before a change, written before anything is touched.

One open entry at most (``open.json``): the snapshot of every adapter and IP family (servers,
static or DHCP, the backend's raw data), the profile applied, and how far the switch got.
Written atomically; a crash at any moment leaves either no journal (nothing changed yet) or a
journal from which ``restore`` puts back exactly what was there. Closed entries are kept for
the record (the last few) under ``closed/``.

The helper runs as root and restores whatever the journal says, so the journal is trusted only
when it is provably the helper's own: a SHA-256 over its content (a damaged or hand-edited entry
is refused and left in place, never "restored" to something else), and — for a privileged
reader — a folder and file owned by root that nobody else can write. Every switch and restore
holds an exclusive lock on the folder, so two switches cannot interleave.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import stat
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..atomic import atomic_write_text
from ..i18n import _, os_error
from ..storeversion import NewerStoreError, migrate_mapping, unchanged
from .backends.base import ApplyPlan, Snapshot

log = logging.getLogger(__name__)

VERSION = 2  # 1: 0.1.0, no checksum; 2: sealed with sha256 (see storeversion)
MIGRATIONS = {1: unchanged}  # sealed again when next written
KEEP_CLOSED = 10
LOCK_WAIT = 30.0  # seconds a switch waits for another one to finish before giving up

SAVED = "saved"  # originals recorded; the change may or may not have started
APPLIED = "applied"  # the change is in place
RESTORE_FAILED = "restore-failed"


class JournalError(RuntimeError):
    """The journal cannot be read or written; the message names the file."""


class JournalOpen(JournalError):
    """A switch is already in progress or active; restore it first."""


@dataclass
class JournalEntry:
    id: str
    created_at: str
    backend: str
    profile_id: str
    plan: dict[str, Any]
    snapshot: dict[str, Any]
    state: str = SAVED
    changed: list[str] = field(default_factory=list)
    applied_at: str = ""
    by_uid: int | None = None
    error: str = ""
    closed_at: str = ""
    outcome: str = ""
    revert_at: float = 0.0  # epoch seconds: the system undoes the switch then unless it is confirmed
    revert_by: str = ""  # what keeps that deadline (revert_timer.SYSTEMD / PROCESS), "" when none
    confirmed: bool = False
    confirmed_at: str = ""

    @property
    def snap(self) -> Snapshot:
        return Snapshot.from_dict(self.snapshot)

    def to_dict(self) -> dict[str, Any]:
        return {"version": VERSION, **self.__dict__}

    def sealed(self) -> dict[str, Any]:
        """The entry with its checksum, as written to disk."""
        body = self.to_dict()
        return {**body, "sha256": checksum(body)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> JournalEntry:
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in d.items() if k in known})


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def checksum(body: dict[str, Any]) -> str:
    """SHA-256 of the entry's canonical JSON (sorted keys, no checksum field)."""
    canon = json.dumps({k: v for k, v in body.items() if k != "sha256"}, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


def check_root_owned(path: Path) -> None:
    """Refuse a file or folder that someone other than root owns or can write (POSIX, when root reads).

    The privileged helper acts on what the journal says; a journal another user could write would
    let them choose what root writes back."""
    if sys.platform == "win32" or os.geteuid() != 0:
        return
    st = os.lstat(path)
    if stat.S_ISLNK(st.st_mode):
        raise JournalError(_("{path}: is a symbolic link; refusing to use it").format(path=path))
    if st.st_uid != 0 or st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise JournalError(_("{path}: is not owned and writable by root only; refusing to use it").format(path=path))


class Journal:
    def __init__(self, directory: Path) -> None:
        self.dir = Path(directory)

    @property
    def open_path(self) -> Path:
        return self.dir / "open.json"

    def open_entry(self) -> JournalEntry | None:
        path = self.open_path
        try:
            check_root_owned(self.dir)
            check_root_owned(path)
            text = path.read_text("utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise JournalError(_("{path}: cannot be read ({reason})").format(path=path, reason=os_error(exc))) from None
        try:
            data = json.loads(text)
            if not isinstance(data, dict):
                raise ValueError(_("not a JSON object"))
            sealed = data.get("version") != 1  # 0.1.0 wrote version 1 entries without a checksum
            data = migrate_mapping(data, path, VERSION, MIGRATIONS, key="version")
            if sealed and data.get("sha256") != checksum(data):
                raise ValueError(_("its checksum does not match its content"))
            entry = JournalEntry.from_dict(data)
            Snapshot.from_dict(entry.snapshot)  # must be restorable
            return entry
        except NewerStoreError as exc:
            raise JournalError(str(exc)) from None
        except (ValueError, KeyError, TypeError) as exc:
            # never discard it silently: it may be the only copy of the user's settings
            raise JournalError(_("{path}: the DNS journal is damaged ({problem}); it was left in place").format(path=path, problem=exc)) from None

    def refuse_if_open(self) -> None:
        existing = self.open_entry()
        if existing is not None:
            raise JournalOpen(_("backup DNS ({profile}) is already in use since {since}; restore the original settings "
                                "first").format(profile=existing.profile_id, since=existing.applied_at or existing.created_at))

    def begin(self, snapshot: Snapshot, plan: ApplyPlan, *, by_uid: int | None = None) -> JournalEntry:
        self.refuse_if_open()
        entry = JournalEntry(id=uuid.uuid4().hex[:12], created_at=_now(), backend=snapshot.backend,
                             profile_id=plan.profile_id, plan=plan.__dict__.copy(), snapshot=snapshot.to_dict(),
                             by_uid=by_uid)
        self._write(entry)
        return entry

    def update(self, entry: JournalEntry, **changes: Any) -> JournalEntry:
        for k, v in changes.items():
            setattr(entry, k, v)
        if changes.get("state") == APPLIED and not entry.applied_at:
            entry.applied_at = _now()
        self._write(entry)
        return entry

    def close(self, entry: JournalEntry, outcome: str) -> None:
        entry.closed_at = _now()
        entry.outcome = outcome
        closed = self.dir / "closed"
        atomic_write_text(closed / f"{entry.closed_at.replace(':', '')}-{entry.id}.json",
                          json.dumps(entry.sealed(), indent=2), mode=0o644)
        with contextlib.suppress(FileNotFoundError):
            self.open_path.unlink()
        self._prune(closed)

    def closed_entries(self) -> list[JournalEntry]:
        closed = self.dir / "closed"
        out = []
        for p in sorted(closed.glob("*.json")) if closed.is_dir() else []:
            try:
                out.append(JournalEntry.from_dict(json.loads(p.read_text("utf-8"))))
            except (OSError, ValueError, TypeError):
                continue
        return out

    def _write(self, entry: JournalEntry) -> None:
        try:
            self._ensure_dir()
            atomic_write_text(self.open_path, json.dumps(entry.sealed(), indent=2), mode=0o644)
        except OSError as exc:
            raise JournalError(_("{path}: cannot be written ({reason})").format(path=self.open_path, reason=os_error(exc))) from None

    def _ensure_dir(self) -> None:
        """Create the folder readable by all, writable by its owner only, and check who owns it."""
        if not self.dir.is_dir():
            self.dir.mkdir(mode=0o755, parents=True, exist_ok=True)
        check_root_owned(self.dir)

    @contextlib.contextmanager
    def locked(self, wait: float = LOCK_WAIT) -> Iterator[None]:
        """Hold the folder's exclusive lock: one switch or restore at a time, across processes."""
        try:
            self._ensure_dir()
            fd = os.open(self.dir / ".lock", os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except OSError as exc:
            raise JournalError(_("{path}: cannot be locked ({reason})").format(path=self.dir, reason=os_error(exc))) from None
        try:
            deadline = time.monotonic() + wait
            while not try_lock(fd):
                if time.monotonic() >= deadline:
                    raise JournalError(_("another DNS switch is in progress; try again in a moment"))
                time.sleep(0.05)
            yield
        finally:
            os.close(fd)  # closing drops the lock

    @staticmethod
    def _prune(closed: Path) -> None:
        files = sorted(closed.glob("*.json"))
        for p in files[:-KEEP_CLOSED]:
            with contextlib.suppress(OSError):
                os.unlink(p)


def try_lock(fd: int) -> bool:
    """Take an exclusive lock on an open file without waiting; False when another process holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True
