"""Keeping the vault's files in order: crash recovery, retention, garbage and quarantine pruning.

Crash safety rests here: a download lands in ``tmp/*.part`` and becomes a blob only after its
checks; a blob nothing refers to is deleted once it is old enough that no sync can be about to
record it.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterable
from pathlib import Path

from .locking import VaultBusy
from .model import QuarantineEntry
from .state import VaultState

MAX_QUARANTINE_PER_DOC = 5
GC_GRACE_S = 3600.0


class Upkeep:
    """Recovery after a kill, version retention, blob garbage collection and quarantine pruning."""

    def __init__(self, state: VaultState):
        self.state = state

    def clean_leftovers(self) -> None:
        """What a killed process left behind: partial downloads and plaintext working copies in
        ``tmp/`` (when no other process is syncing or writing), and viewer copies whose process ended."""
        from .opener import open_dir, sweep

        sweep(open_dir(Path(self.state.paths.cache_dir)))
        if self.state.blobs.settled():
            return  # the last recovery left nothing and no write began since: no need to list every blob
        one_sync = self.state.sync_lock()
        try:
            one_sync.acquire(0)
        except VaultBusy:
            return  # a sync is running: tmp/ is its own
        try:
            with self.state.writing(timeout=0):
                self.recover()
        except VaultBusy:
            pass
        finally:
            one_sync.release()

    def make_private_once(self) -> None:
        """Vaults made before files were kept private get their modes fixed, once."""
        catalogue = self.state.catalogue
        if catalogue.get_meta("modes") != "private":
            make_private(self.state.root)
            catalogue.set_meta("modes", "private")

    def recover(self) -> None:
        """After a crash: drop half-written downloads and blobs a killed sync stored but never recorded.

        Call with both the sync lock and the write lock held: then no other process is between
        storing a blob and recording it."""
        self.state.blobs.clean_temp()
        self.gc_blobs(grace=0)
        self.state.blobs.settle()

    def apply_retention(self, doc_ids: Iterable[int]) -> None:
        from .retention import Ver, select_deletions

        v = self.state.settings
        catalogue = self.state.catalogue
        scheme, keep, max_age = v.versioning, v.keep_versions, float(v.staggered_max_age_days)
        now = time.time()
        doomed: list[int] = []
        for doc_id in doc_ids:
            d = catalogue.document(doc_id)
            if d is None:
                continue
            vs = [Ver(v.id, v.fetched_at) for v in catalogue.versions(doc_id)]
            doomed += select_deletions(scheme, vs, now=now, keep=keep, max_age_days=max_age,
                                       current_id=d.current_version)
        if doomed:
            blobs = [r[0] for r in catalogue.query(
                f"SELECT blob FROM versions WHERE id IN ({','.join('?' * len(doomed))})", doomed)]
            self.state.blobs.unsettle()  # killed before the files go: they are orphans for the next recovery
            catalogue.delete_versions(doomed)
            catalogue.delete_orphan_texts()
            self.gc_blobs(only=blobs)

    def gc_blobs(self, only: Iterable[str] | None = None, grace: float = GC_GRACE_S) -> int:
        """Delete blob files no version refers to. Call with the write lock held.

        A sync stores a blob before it takes the write lock to record it, so an unreferenced blob
        younger than ``grace`` seconds may be one a sync is about to record: it is left for later
        (``grace=0`` only while holding the sync lock too). ``only``: just these, whatever their age.
        """
        blobs = self.state.blobs
        referenced = self.state.catalogue.referenced_blobs()
        cutoff = time.time() - grace
        n = 0
        for addr in list(blobs.addresses() if only is None else only):
            if addr in referenced:
                continue
            if only is None:
                try:
                    if blobs.path(addr).stat().st_mtime > cutoff:
                        continue
                except OSError:
                    continue
            blobs.delete(addr)
            n += 1
        return n

    def prune_quarantine(self) -> None:
        st = self.state
        cutoff = time.time() - st.settings.quarantine_days * 86400.0
        entries = st.catalogue.quarantine()
        per_doc: dict[int, int] = {}
        doomed: list[QuarantineEntry] = []
        for q in entries:  # newest first
            per_doc[q.doc_id] = per_doc.get(q.doc_id, 0) + 1
            if q.received_at < cutoff or per_doc[q.doc_id] > MAX_QUARANTINE_PER_DOC:
                doomed.append(q)
        for q in doomed:
            st.quarantine_store.delete(q.path)
        if doomed:
            st.catalogue.delete_quarantine(q.id for q in doomed)
        known = {Path(q.path).name for q in entries if q not in doomed}
        for f in st.quarantine_store.files():
            if f.name not in known and (f.suffix == ".part" or f.stat().st_mtime < time.time() - 3600):
                f.unlink(missing_ok=True)


def make_private(root: Path) -> None:
    """Folders 0700, files 0600 (blobs stay read-only: 0400) under ``root``."""
    import os

    if os.name != "posix":
        return
    for folder, _dirs, files in os.walk(root):
        with contextlib.suppress(OSError):
            os.chmod(folder, 0o700)
        for name in files:
            p = Path(folder) / name
            with contextlib.suppress(OSError):
                os.chmod(p, 0o400 if p.parent.parent.name == "blobs" else 0o600)
