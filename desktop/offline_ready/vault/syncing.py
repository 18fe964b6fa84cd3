"""The sync pipeline: pick the documents due, download them on a bounded pool, record each outcome.

Downloads run without the write lock; each outcome is recorded under it, briefly. Each document
of a sync is marked *pending* first and cleared when its outcome is recorded, so a sync killed
half-way is finished by the next one. One sync at a time, across processes (``sync.lock``).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from ..events import Notice, Progress
from ..i18n import N_, _, ngettext
from . import freshness, verify
from .credentials import Credential, CredentialError
from .crypto import VaultKey, VaultLocked
from .documents import DocumentRegistry
from .fetch import Fetcher, FetchRequest
from .indexing import TextIndexer
from .intake import Intake, Outcome
from .locking import VaultBusy
from .model import (
    Cancelled,
    Document,
    SyncOutcome,
    SyncReport,
    SyncResult,
)
from .sealing import Sealing
from .sources import is_http
from .state import VaultState
from .upkeep import Upkeep

log = logging.getLogger(__name__)

TASK_SYNC = "vault.sync"


class Syncer:
    """Refreshes documents from their sources."""

    def __init__(self, state: VaultState, sealing: Sealing, documents: DocumentRegistry, indexer: TextIndexer,
                 intake: Intake, upkeep: Upkeep):
        self.state = state
        self.sealing = sealing
        self.documents = documents
        self.indexer = indexer
        self.intake = intake
        self.upkeep = upkeep
        self._guard = threading.Lock()  # one sync per process (sync.lock: one across processes)
        self._fetcher: Fetcher | None = None

    def close(self) -> None:
        with self.state.lock:
            if self._fetcher is not None:
                self._fetcher.close()

    def cancel(self) -> None:
        self.state.cancel.set()

    def sync(self, refs: Iterable[str | int] | None = None, *, due_only: bool = False, force: bool = False,
             on_progress: Callable[[int, int, str], None] | None = None,
             on_result: Callable[[SyncResult], None] | None = None) -> SyncReport:
        """Refresh documents: the given ones, or all (``due_only``: those the schedule says are due).

        Raises VaultBusy when another process is syncing, VaultLocked when encryption has no key.
        """
        if not self._guard.acquire(blocking=False):
            raise VaultBusy(_("a sync of the vault is already running"))
        try:
            one_sync = self.state.sync_lock()
            one_sync.acquire(0)
            try:
                report = self._run(refs, due_only=due_only, force=force, on_progress=on_progress,
                                   on_result=on_result)
            finally:
                one_sync.release()
        finally:
            self._guard.release()
        # text extraction runs after the downloads, outside every lock, one bounded process per document
        n = len(report.results)

        def indexing(i: int, total: int) -> None:
            if on_progress:
                on_progress(n, n, _("Indexing {i} of {total}").format(i=i, total=total))
            self.state.publish(Progress(task=TASK_SYNC, done=n, total=n,
                                        message=_("Indexing {i} of {total}").format(i=i, total=total)))

        self.indexer.index_pending(progress_cb=indexing)
        report.finished_at = time.time()
        self._notify_report(report)
        return report

    def select(self, refs: Iterable[str | int] | None, due_only: bool) -> list[Document]:
        if refs is not None:
            seen: dict[int, Document] = {}
            for r in refs:
                d = self.documents.find(r)
                seen[d.id] = d
            return list(seen.values())
        docs = self.state.catalogue.documents()
        if not due_only:
            return docs
        now = time.time()
        interval = self.state.settings.refresh_interval_hours * 3600.0
        return [d for d in docs if d.pending or d.current_version is None or freshness.due(
            d.checked_at, d.verified_at, interval, self.state.target_days(d.target_age_days) * freshness.DAY, now)]

    def _prepare(self) -> None:
        """Before downloading: a key at hand, leftovers of a killed sync gone, encryption in step."""
        sealing = self.sealing
        if sealing.involved:
            sealing.vault_key(create=sealing.wanted)  # VaultLocked now rather than per document
        with self.state.writing():
            self.upkeep.recover()
            if sealing.out_of_step():
                sealing.convert(sealing.wanted)

    def _credentials(self, docs: list[Document]) -> dict[int, Credential | None]:
        creds: dict[int, Credential | None] = {}
        for d in docs:
            creds[d.id] = None
            if d.auth != "none":
                try:
                    creds[d.id] = self.state.creds.get(d.source)
                except CredentialError as exc:
                    log.warning("credential for %s unavailable: %s", d.name, exc)
        return creds

    def _run(self, refs, *, due_only: bool, force: bool, on_progress, on_result) -> SyncReport:
        from concurrent.futures import ThreadPoolExecutor, as_completed

        st = self.state
        st.cancel.clear()
        report = SyncReport(started_at=time.time())
        self._prepare()
        docs = self.select(refs, due_only)
        total = len(docs)
        st.catalogue.mark_pending(d.id for d in docs)

        def progress(done: int, message: str) -> None:
            if on_progress:
                on_progress(done, total, message)
            st.publish(Progress(task=TASK_SYNC, done=done, total=total, message=message))

        progress(0, ngettext("Checking {n} document", "Checking {n} documents", total).format(n=total))
        creds = self._credentials(docs)
        key = self.sealing.write_key()
        fetcher = self._get_fetcher()
        workers = max(1, min(st.settings.concurrency, max(1, total)))
        new_docs: set[int] = set()
        done = 0
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="vault-sync") as pool:
            futures = {pool.submit(self._fetch_one, d, creds[d.id], key, force, fetcher): d for d in docs}
            try:
                for fut in as_completed(futures):
                    d = futures[fut]
                    try:
                        out = fut.result()
                    except Cancelled:
                        out = Outcome(d, SyncOutcome.SKIPPED, detail="cancelled")
                    except Exception as exc:  # never lose the whole sync to one document
                        log.exception("sync of document %s failed", d.id)
                        out = Outcome(d, SyncOutcome.FAILED, verify.Reason.LOCAL, f"{type(exc).__name__}: {exc}")
                    with st.writing():
                        res = self.intake.commit(out)
                    if res.outcome == SyncOutcome.NEW and res.version_id:
                        new_docs.add(d.id)
                    report.results.append(res)
                    done += 1
                    if on_result:
                        on_result(res)
                    progress(done, f"{d.name}: {_outcome_word(res)}")
            except KeyboardInterrupt:
                st.cancel.set()
                raise
        report.cancelled = st.cancel.is_set()
        with st.writing():
            if new_docs:
                self.upkeep.apply_retention(new_docs)
            self.upkeep.prune_quarantine()
        return report

    def _get_fetcher(self) -> Fetcher:
        with self.state.lock:
            if self._fetcher is None:
                self._fetcher = Fetcher(pool_size=max(4, self.state.settings.concurrency),
                                        resolver=self._fallback_resolver())
            return self._fetcher

    def _fallback_resolver(self) -> Any:
        """The app's fallback resolution (backup_dns.fallback_resolution), or None if it can't be built."""
        from ..fallback_lookup.fallback import FallbackResolver

        try:
            return FallbackResolver.for_config(self.state.config, bus=self.state.bus)
        except Exception as exc:  # a broken backup profile must not stop document refreshes
            log.warning("fallback resolution unavailable for document refreshes: %s", exc)
            return None

    def _fetch_one(self, doc: Document, cred: Credential | None, key: VaultKey | None, force: bool,
                   fetcher: Fetcher) -> Outcome:
        st = self.state
        if st.cancel.is_set():
            raise Cancelled()
        facts = st.catalogue.current_facts(doc.id)
        cur_sha = current_sha(st, doc)
        conditional = facts is not None and not force
        tmp = st.blobs.temp_path(f"doc{doc.id}")
        v = st.settings
        req = FetchRequest(
            source=doc.source, dest=tmp, etag=doc.etag if conditional else None,
            last_modified=doc.last_modified if conditional else None, credential=cred,
            max_bytes=v.max_size_mb << 20, timeout=v.timeout, retries=v.retries, user_agent=v.user_agent,
            cancel=st.cancel, backoff=st.retry_backoff, deadline=v.download_deadline)
        try:
            res = fetcher.fetch(req)
        except Cancelled:
            tmp.unlink(missing_ok=True)
            raise
        if res.not_modified:
            return Outcome(doc, SyncOutcome.UNCHANGED, fetch=res)
        if res.path is None:
            tmp.unlink(missing_ok=True)
            detail = res.detail
            if res.failure == verify.Reason.AUTH and is_http(doc.source):
                detail += "; " + (_("the stored credential was refused") if cred else
                                  _("add a credential with `offline-ready docs login`"))
            return Outcome(doc, SyncOutcome.FAILED, res.failure or verify.Reason.STATUS, detail, fetch=res)
        try:
            return self.intake.judge(doc, res, facts, cur_sha, key)
        finally:
            tmp.unlink(missing_ok=True)

    def _notify_report(self, report: SyncReport) -> None:
        stale = [d for d in self.documents.list() if d.freshness and d.freshness.state != freshness.FRESH]
        text = _("{new} new, {unchanged} unchanged, {refused} refused, {failed} failed").format(
            new=report.count(SyncOutcome.NEW), unchanged=report.count(SyncOutcome.UNCHANGED),
            refused=report.count(SyncOutcome.REJECTED), failed=report.count(SyncOutcome.FAILED))
        self.state.publish(Notice(kind="vault.synced", title=_("Documents refreshed"), text=text,
                                  data={**report.to_dict(), "stale": [d.id for d in stale], "page": "documents"}))

    def network_restored(self, *, background: bool = True) -> threading.Thread | SyncReport | None:
        """Call when connectivity comes back after an outage: refresh what is stale, failed or due.

        With ``background`` (the default) the sync runs on its own thread, which is returned.
        Does nothing when ``vault.refresh_on_reconnect`` is off or a sync is already running.
        """
        if not self.state.settings.refresh_on_reconnect:
            return None
        docs = [d for d in self.documents.list()
                if d.pending or (d.freshness and d.freshness.state != freshness.FRESH)
                or d.last_outcome in (SyncOutcome.FAILED, SyncOutcome.REJECTED)]
        due = {d.id for d in self.select(None, True)}
        ids = sorted({d.id for d in docs} | due)
        if not ids:
            return None

        def run() -> SyncReport | None:
            try:
                return self.sync(ids)
            except (VaultBusy, VaultLocked) as exc:
                log.info("refresh after reconnect skipped: %s", exc)
            except Exception:
                log.exception("refresh after reconnect failed")
            return None

        if not background:
            return run()
        t = threading.Thread(target=run, name="vault-reconnect-refresh", daemon=True)
        t.start()
        return t

    def due_documents(self) -> list[Document]:
        return self.documents.with_freshness(self.select(None, True))


def current_sha(state: VaultState, doc: Document) -> str | None:
    """The hash of the document's current version (None when it has none)."""
    if doc.current_version is None:
        return None
    v = state.catalogue.version(doc.current_version)
    return v.sha256 if v else None


def _outcome_word(r: SyncResult) -> str:
    word = _OUTCOME_WORDS.get(r.outcome)
    return _(word) if word else r.outcome


_OUTCOME_WORDS = {SyncOutcome.NEW: N_("new version"), SyncOutcome.UNCHANGED: N_("unchanged"),
                  SyncOutcome.REJECTED: N_("refused"), SyncOutcome.FAILED: N_("failed"),
                  SyncOutcome.SKIPPED: N_("skipped")}
