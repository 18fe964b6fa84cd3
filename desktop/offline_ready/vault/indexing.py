"""Searchable text: extracting it from stored versions and the full-text index over it.

Extraction runs outside every lock, one limited process per document (:mod:`.isolate`), and is
resumable (``versions.indexed``). The index lives on disk, or only in memory when the vault is
encrypted, and is rebuilt from the catalogue's stored texts when it is missing or behind.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from ..i18n import N_, _
from ..logsetup import logger
from . import records
from .crypto import CryptoError
from .model import Cancelled, Document, SearchHit, Version
from .sealing import Sealing
from .search import HIT_END, HIT_START, SearchIndex
from .state import VaultState

log = logger(__name__)  # not logging.getLogger: a search loads logging only if it logs

PASSWORD_MESSAGE = N_("password-protected: stored but not searchable")


class TextIndexer:
    """Extracts the text of current versions and answers searches over it."""

    def __init__(self, state: VaultState, sealing: Sealing):
        self.state = state
        self.sealing = sealing
        self._guard = threading.Lock()  # one indexer per process

    def index_pending(self, progress_cb: Callable[[int, int], None] | None = None) -> int:
        """Extract the text of current versions not indexed yet (resumable after a kill).

        A document whose text cannot be read is marked "stored, not searchable: …" once and not
        tried again; a cancel leaves the rest for the next sync. It picks up versions that arrive
        while it works.
        """
        from .textextract import ExtractError  # extraction loads with the first sync, not at start-up

        if not self._guard.acquire(blocking=False):
            return 0
        catalogue = self.state.catalogue
        done: set[int] = set()
        try:
            while not self.state.cancel.is_set():
                todo = [v for v in catalogue.unindexed_current() if v.id not in done]
                if not todo:
                    break
                index = self.index()
                docs = {d.id: d for d in catalogue.documents()}
                for i, v in enumerate(todo, 1):
                    done.add(v.id)
                    if progress_cb and (i == 1 or i % 10 == 0 or i == len(todo)):
                        progress_cb(i, len(todo))
                    d = docs.get(v.doc_id)
                    if d is None:
                        continue
                    try:
                        text = self._extract(v)
                    except Cancelled:
                        done.discard(v.id)
                        return len(done)
                    except ExtractError as exc:
                        self.unsearchable(d, v, str(exc))
                        continue
                    self.store_text(d, v, text, index)
        finally:
            self._guard.release()
        return len(done)

    def store_text(self, d: Document, v: Version, text: str, index: SearchIndex | None = None) -> None:
        key = self.sealing.record_key() if v.encrypted else None
        self.state.catalogue.put_text(v.blob, records.encode(text.encode("utf-8"), key, "text:" + v.blob))
        (index or self.index()).upsert(d.id, v.id, _title(d, v), text)
        self.state.catalogue.set_indexed([v.id])

    def unsearchable(self, d: Document, v: Version, why: str) -> str:
        """Its text cannot be read (within the limits): said once, not retried on every sync."""
        from .textextract import PASSWORD_NOTE

        note = _(PASSWORD_MESSAGE) if why == PASSWORD_NOTE else _("stored, not searchable: {why}").format(why=why)
        log.warning("document %s: %s", d.id, note)
        self.state.catalogue.set_unsearchable(v.id, note)
        return note

    def _extract(self, v: Version) -> str:
        """The version's text, read by a limited child process fed from the blob (no plaintext file)."""
        from .isolate import extract_isolated

        key = self.sealing.read_key(v.encrypted)
        return extract_isolated(self.state.blobs.iter_plain(v.blob, key), v.size, v.media_type,
                                limits=self.state.limits(), cancel=self.state.cancel)

    def index(self) -> SearchIndex:
        """The search index, made (and brought up to date) on first use."""
        st = self.state
        with st.lock:
            if st.search is None:
                st.search = SearchIndex(None if self.sealing.involved else st.root / "search.sqlite3")
                self._reconcile(st.search)
            return st.search

    def _reconcile(self, index: SearchIndex) -> None:
        """Make the index hold the current version of every document (repairs after a kill)."""
        catalogue = self.state.catalogue
        have = index.indexed()
        # ids only: a full record is read just for a document whose index entry is missing or old
        current = {r[0]: r[1] for r in catalogue.query("SELECT id, current_version FROM documents "
                                                       "WHERE current_version IS NOT NULL")}
        index.remove([doc_id for doc_id in have if doc_id not in current])
        rows = []
        for doc_id, version_id in current.items():
            if have.get(doc_id) == version_id:
                continue
            d = catalogue.document(doc_id)
            v = catalogue.version(version_id)
            if d is None or v is None:
                continue
            body = catalogue.get_text(v.blob)
            if body is None:
                continue  # not extracted yet: index_pending will add it
            try:
                text = records.decode(body, self.sealing.record_key() if records.is_encrypted(body) else None,
                                        "text:" + v.blob).decode("utf-8", errors="replace")
            except CryptoError:
                continue
            rows.append((d.id, v.id, _title(d, v), text))
        if rows:
            index.upsert_many(rows)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search across current versions; snippets mark hits with \\x02 … \\x03."""
        hits = self.index().search(query, limit)
        if not hits:
            return []
        ids = [h.doc_id for h in hits]
        rows = self.state.catalogue.query(f"SELECT id, name FROM documents WHERE id IN ({','.join('?' * len(ids))})",
                                    ids)
        names = {r[0]: r[1] for r in rows}
        return [SearchHit(h.doc_id, names[h.doc_id], h.version_id, h.snippet, h.score)
                for h in hits if h.doc_id in names]


def format_snippet(snippet: str, start: str = "[", end: str = "]") -> str:
    return snippet.replace(HIT_START, start).replace(HIT_END, end)


def _title(d: Document, v: Version) -> str:
    return f"{d.name} {v.filename}"
