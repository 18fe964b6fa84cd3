"""The vault's one facade: what the CLI and the UI call.

Thread-safe (the UI calls it from pool workers; a sync runs its downloads on its own bounded
pool), and safe across processes (a CLI sync and the tray app: one writer at a time through
:class:`~.locking.ProcessLock`). Progress and findings are published as core events on the
optional :class:`~offline_ready.events.EventBus`:

* ``Progress(task="vault.sync", done, total, message)`` during a sync;
* ``Notice(kind="vault.rejected" | "vault.synced" | "vault.contacts", title, text, data)``.

Crash safety: a download lands in ``tmp/*.part``; it becomes a blob only after the checks, and a
blob becomes current only in the catalogue transaction that records it. Each document of a sync is
marked *pending* first and cleared when its outcome is recorded, so a sync killed half-way is
finished by the next one; text extraction is likewise resumable (``versions.indexed``).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import faults
from ..events import EventBus, Notice, Progress
from ..paths import private_dir, private_umask
from . import freshness as F
from . import textcodec
from . import verify as V
from .blobs import BlobStore
from .catalogue import Catalogue
from .contacts.book import ContactBook, ImportSummary
from .contacts.importer import ImportFormatError, read_contacts
from .contacts.model import Contact
from .credentials import Credential, CredentialError, CredentialStore
from .crypto import CryptoError, KeySource, VaultKey, VaultLocked, passphrase_from_env
from .fetch import Cancelled, Fetcher, FetchRequest, FetchResult, file_source_path, is_http, redact_url
from .locking import ProcessLock, VaultBusy
from .model import (
    ORIGIN_CONFIG,
    ORIGIN_USER,
    OUTCOME_FAILED,
    OUTCOME_NEW,
    OUTCOME_REJECTED,
    OUTCOME_SKIPPED,
    OUTCOME_UNCHANGED,
    Document,
    QuarantineEntry,
    SearchHit,
    SyncReport,
    SyncResult,
    Version,
)
from .names import display_name_from_source, safe_filename, with_extension
from .quarantine import QuarantineStore
from .search import HIT_END, HIT_START, SearchIndex
from .sniff import EXTENSIONS, Sniffed, decode_head, expected_from_name, sniff_file

log = logging.getLogger(__name__)

TASK_SYNC = "vault.sync"
MAX_QUARANTINE_PER_DOC = 5
GC_GRACE_S = 3600.0
PASSWORD_MESSAGE = "password-protected: stored but not searchable"

__all__ = ["CredentialError", "CryptoError", "ImportFormatError", "VaultBusy", "VaultError", "VaultLocked",
           "VaultService"]


class VaultError(Exception):
    """A user-facing problem with a request (unknown document, bad source …)."""


@dataclass
class _Outcome:
    doc: Document
    outcome: str
    reason: str | None = None
    detail: str = ""
    fetch: FetchResult | None = None
    address: str | None = None
    sha256: str | None = None
    sniffed: Sniffed | None = None
    filename: str = ""
    stand_in_like: bool = False
    quarantine_path: str | None = None
    needs_confirmation: bool = False
    encrypted: bool = False
    text: str | None = None  # read while checking (None: not yet; the indexer will)
    text_error: str | None = None  # why it has no searchable text


class VaultService:
    def __init__(self, config: Any = None, bus: EventBus | None = None, *, paths: Any = None,
                 credential_store: CredentialStore | None = None, keyring_ok: bool | None = None,
                 passphrase: str | None = None):
        if config is None:
            from ..config import load_config

            config = load_config()
        self.config = config
        self.paths = paths or config.paths
        self.root = Path(self.paths.vault_dir)
        private_umask()
        private_dir(self.root)
        self.bus = bus
        self.cat = Catalogue(self.root / "catalogue.sqlite3")
        self.blobs = BlobStore(self.root).ensure()
        self.qstore = QuarantineStore(self.root)
        self.creds = credential_store or CredentialStore()
        self.keys = KeySource(self.root, keyring_ok)
        self._passphrase = passphrase or passphrase_from_env()
        self._key: VaultKey | None = None
        self._lock = threading.RLock()
        self._sync_guard = threading.Lock()
        self._index_guard = threading.Lock()
        self.extract_limits: Any = None  # what parsing one hostile document may cost (None: .isolate's default)
        self._cancel = threading.Event()
        self._search: SearchIndex | None = None
        self._fetcher: Fetcher | None = None
        self.retry_backoff = 0.5  # first pause before a retry, doubling each time (seconds)
        self.contacts = ContactBook(self.cat, self._record_key)
        self._clean_leftovers()
        if self.cat.get_meta("modes") != "private":  # vaults made before files were kept private
            _make_private(self.root)
            self.cat.set_meta("modes", "private")
        self._reconcile_config_documents()

    # --- lifecycle ------------------------------------------------------------------------------------

    def _clean_leftovers(self) -> None:
        """What a killed process left behind: partial downloads and plaintext working copies in
        ``tmp/`` (when no other process is syncing or writing), and viewer copies whose process ended."""
        from .opener import open_dir, sweep

        sweep(open_dir(Path(self.paths.cache_dir)))
        one_sync = ProcessLock(self.root / "sync.lock")
        try:
            one_sync.acquire(0)
        except VaultBusy:
            return  # a sync is running: tmp/ is its own
        try:
            with self._writing(timeout=0):
                self._recover()
        except VaultBusy:
            pass
        finally:
            one_sync.release()

    def close(self) -> None:
        with self._lock:
            if self._fetcher is not None:
                self._fetcher.close()
            if self._search is not None:
                self._search.close()
                self._search = None
            self.cat.close()

    def __enter__(self) -> VaultService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def reload_config(self, config: Any) -> None:
        self.config = config
        self._reconcile_config_documents()

    def _setting(self, name: str, default: Any = None) -> Any:
        return self.config.get(f"vault.{name}", default)

    def _publish(self, event: Any) -> None:
        if self.bus is not None:
            self.bus.publish(event)

    def _plock(self, timeout: float = 0.0) -> ProcessLock:
        lock = ProcessLock(self.root / "lock")
        lock.acquire(timeout)
        return lock

    # --- encryption -------------------------------------------------------------------------------------

    @property
    def encryption_wanted(self) -> bool:
        return bool(self._setting("encryption", False))

    @property
    def encrypted(self) -> bool:
        """Whether the vault on disk is (being) encrypted."""
        return self.cat.get_meta("encryption") == "on"

    @property
    def locked(self) -> bool:
        """Encryption is involved and no key is at hand (a passphrase is needed, or the keyring failed)."""
        if not (self.encrypted or self.encryption_wanted):
            return False
        with self._lock:
            if self._key is not None:
                return False
        if not self.keys.uses_keyring and self._passphrase is None:
            return True
        try:
            self._vault_key(create=not self.encrypted and not self.keys.has_passphrase_key)
            return False
        except CryptoError:
            return True

    @property
    def needs_passphrase(self) -> bool:
        return self.keys.needs_passphrase

    @property
    def passphrase_given(self) -> str | None:
        """The passphrase this service was given (argument or OFFLINE_READY_VAULT_PASSPHRASE), if any."""
        return self._passphrase

    def unlock(self, passphrase: str) -> None:
        """Give the passphrase (where no keyring exists). Raises CryptoError when it is wrong."""
        key = self.keys.load(create=not self.keys.has_passphrase_key and not self.encrypted,
                             passphrase=passphrase)
        with self._lock:
            self._passphrase = passphrase
            self._key = key
        self.contacts.invalidate()

    def _vault_key(self, create: bool) -> VaultKey:
        with self._lock:
            if self._key is None:
                self._key = self.keys.load(create=create, passphrase=self._passphrase)
            return self._key

    def _write_key(self) -> VaultKey | None:
        """The key new data is written with (None when encryption is off)."""
        if not self.encryption_wanted:
            return None
        return self._vault_key(create=True)

    def _read_key(self, encrypted: bool) -> VaultKey | None:
        return self._vault_key(create=False) if encrypted else None

    def _record_key(self) -> VaultKey | None:
        """For small records: the key if the vault uses one (decoding tells plain and sealed apart)."""
        if self.encrypted or self.encryption_wanted:
            return self._vault_key(create=self.encryption_wanted)
        return None

    def ensure_encryption_state(self) -> bool:
        """Bring the vault in line with ``vault.encryption`` (encrypting or decrypting what is stored).

        Returns True when something was converted. Resumable: each item is converted in its own
        transaction, and items already in the target state are skipped.
        """
        want = self.encryption_wanted
        state = self.cat.get_meta("encryption") or "off"
        if state == ("on" if want else "off") and not self._mixed_rows(want):
            return False
        lock = self._plock(timeout=60)
        try:
            return self._convert(want)
        finally:
            lock.release()

    def _mixed_rows(self, want: bool) -> bool:
        return bool(self.cat.query("SELECT 1 FROM versions WHERE encrypted != ? LIMIT 1", (int(want),)))

    def _convert(self, want: bool) -> bool:
        key = self._vault_key(create=True) if (want or self.encrypted or self._mixed_rows(want)) else None
        if want:
            self.cat.set_meta("encryption", "on")  # from now on new data is sealed, and readers expect it
        changed = False
        replaced: list[str] = []
        for r in self.cat.query("SELECT id, blob, sha256, encrypted FROM versions WHERE encrypted != ?",
                                (int(want),)):
            old_key = key if r["encrypted"] else None
            tmp = self.blobs.temp_path("convert")
            self.blobs.copy_plain(r["blob"], old_key, tmp)
            faults.point("vault.convert.plain-copy")
            sha = r["sha256"] or _sha256_file(tmp)
            new_addr = self.blobs.ingest(tmp, sha, key if want else None)
            text = self.cat.get_text(r["blob"])
            replaced.append(r["blob"])
            with self.cat.transaction() as c:
                if text is not None:
                    plain = textcodec.decode(text, key, "text:" + r["blob"])
                    c.execute("INSERT OR REPLACE INTO texts(blob, body) VALUES (?, ?)",
                              (new_addr, textcodec.encode(plain, key if want else None, "text:" + new_addr)))
                c.execute("UPDATE versions SET blob=?, encrypted=? WHERE id=?", (new_addr, int(want), r["id"]))
            changed = True
        for q in self.cat.query("SELECT id, path, encrypted FROM quarantine WHERE encrypted != ?", (int(want),)):
            old_key = key if q["encrypted"] else None
            tmp = self.blobs.temp_path("convert")
            try:
                self.qstore.copy_plain(q["path"], old_key, tmp)
            except (OSError, CryptoError, ValueError):
                tmp.unlink(missing_ok=True)
                self.cat.delete_quarantine([q["id"]])
                continue
            new_path = self.qstore.put(tmp, 0, Path(q["path"]).suffix, key if want else None)
            with self.cat.transaction() as c:
                c.execute("UPDATE quarantine SET path=?, encrypted=? WHERE id=?", (new_path.name, int(want), q["id"]))
            self.qstore.delete(q["path"])
            changed = True
        self.contacts.reencode(key, key if want else None)
        self.cat.delete_orphan_texts()
        self._gc_blobs(only=replaced)
        self._gc_blobs()
        with self._lock:
            if self._search is not None:
                self._search.close()
                self._search = None
        if want:
            for suffix in ("", "-wal", "-shm"):
                (self.root / f"search.sqlite3{suffix}").unlink(missing_ok=True)
        else:
            self.cat.set_meta("encryption", "off")
            self.keys.forget()
            with self._lock:
                self._key = None
        self.contacts.invalidate()
        return changed

    # --- documents: catalogue --------------------------------------------------------------------------

    def _target_days(self, doc: Document) -> int:
        return doc.target_age_days or int(self._setting("target_age_days", 7))

    def _with_freshness(self, docs: list[Document], now: float | None = None) -> list[Document]:
        now = now or time.time()
        for d in docs:
            d.freshness = F.assess(d.current_version is not None, d.verified_at, self._target_days(d), now)
        return docs

    def list_documents(self, *, kind: str | None = None) -> list[Document]:
        docs = self.cat.documents("d.kind=?", (kind,)) if kind else self.cat.documents()
        return self._with_freshness(docs)

    def document(self, ref: str | int) -> Document:
        """By id, exact name, or a unique prefix of the name (case-insensitive)."""
        docs = self.cat.documents()
        text = str(ref).strip()
        if text.isdigit():
            for d in docs:
                if d.id == int(text):
                    return self._with_freshness([d])[0]
        low = text.casefold()
        exact = [d for d in docs if d.name.casefold() == low or d.source == text]
        if len(exact) == 1:
            return self._with_freshness(exact)[0]
        prefix = [d for d in docs if d.name.casefold().startswith(low)]
        if len(prefix) == 1:
            return self._with_freshness(prefix)[0]
        if len(exact) > 1 or len(prefix) > 1:
            raise VaultError(f"{ref!r} matches several documents: "
                             + ", ".join(f"{d.id} ({d.name})" for d in (exact or prefix)[:5]) + "; use the number")
        raise VaultError(f"no document {ref!r} in the vault (see `offline-ready docs list`)")

    def add_document(self, source: str, *, name: str | None = None, expected_type: str = "auto",
                     target_age_days: int | None = None, credential: Credential | None = None,
                     kind: str = "document", origin: str = ORIGIN_USER) -> Document:
        """Register a source. URL user info (``https://user:pass@…``) moves into the keyring."""
        source, url_cred = self._normalise_source(source)
        credential = credential or url_cred
        if kind not in ("document", "contacts"):
            raise VaultError(f"unknown kind {kind!r}")
        from ..config.sections.vault import DOCUMENT_TYPES

        if expected_type not in DOCUMENT_TYPES:
            raise VaultError(f"unknown type {expected_type!r} (one of {', '.join(DOCUMENT_TYPES)})")
        if expected_type == "auto" and kind == "document":
            expected_type = expected_from_name(source)
        existing = self.cat.query("SELECT id, name FROM documents WHERE source=? AND kind=?", (source, kind))
        if existing:
            raise VaultError(f"{redact_url(source) if is_http(source) else source} is already in the vault "
                             f"as {existing[0]['id']} ({existing[0]['name']})")
        if credential is not None:
            self.creds.set(source, credential)
        name = (name or display_name_from_source(source)).strip()[:120] or "Document"
        doc_id = self.cat.add_document(name=name, source=source, kind=kind, expected_type=expected_type,
                                       origin=origin, auth=credential.kind if credential else "none",
                                       target_age_days=target_age_days)
        return self.document(doc_id)

    def _normalise_source(self, source: str) -> tuple[str, Credential | None]:
        source = source.strip()
        if not source:
            raise VaultError("the source is empty")
        if any(ch in source for ch in "\r\n\x00"):
            raise VaultError("the source contains control characters")
        if is_http(source):
            from urllib.parse import urlsplit, urlunsplit

            from ..config.kinds import Url

            p = urlsplit(source)
            cred = None
            if p.username or p.password:
                from urllib.parse import unquote

                cred = Credential("basic", unquote(p.password or ""), username=unquote(p.username or ""))
                host = p.hostname or ""
                if p.port:
                    host += f":{p.port}"
                source = urlunsplit((p.scheme, host, p.path, p.query, ""))
            try:
                Url().check(source)
            except ValueError as exc:
                raise VaultError(str(exc)) from None
            return source, cred
        if "://" in source and not source.lower().startswith("file://"):
            raise VaultError(f"{source!r}: only http(s) URLs and file paths can be kept offline")
        path = file_source_path(source)
        if not path.is_absolute():
            path = path.resolve()
        return str(path), None

    def rename_document(self, ref: str | int, name: str) -> Document:
        doc = self.document(ref)
        name = name.strip()[:120]
        if not name:
            raise VaultError("the name must not be empty")
        self.cat.update_document(doc.id, name=name)
        with self._lock:
            if self._search is not None:
                self._search.rename(doc.id, name)
        return self.document(doc.id)

    def set_target_age(self, ref: str | int, days: int | None) -> Document:
        doc = self.document(ref)
        self.cat.update_document(doc.id, target_age_days=days)
        return self.document(doc.id)

    def remove_document(self, ref: str | int, *, force_config: bool = False, lock_timeout: float = 30.0) -> Document:
        doc = self.document(ref)
        if doc.origin == ORIGIN_CONFIG and not force_config:
            raise VaultError(f"{doc.name!r} is declared in the settings (vault.documents); remove it there")
        lock = self._plock(timeout=lock_timeout)
        try:
            for q in self.cat.quarantine(doc.id):
                self.qstore.delete(q.path)
            blobs = [v.blob for v in self.cat.versions(doc.id)]
            self.cat.remove_document(doc.id)
            with contextlib.suppress(CredentialError):
                self.creds.delete(doc.source)
            if doc.kind == "contacts":
                stale = [c.uid for c in self.contacts.all() if c.source == doc.source]
                self.contacts.delete(stale)
            self.cat.delete_orphan_texts()
            self._gc_blobs(only=blobs)
        finally:
            lock.release()
        with self._lock:
            if self._search is not None:
                self._search.remove([doc.id])
        return doc

    def _reconcile_config_documents(self) -> None:
        """Make the catalogue hold exactly the documents ``vault.documents`` declares (origin "config")."""
        declared = self._setting("documents", []) or []
        wanted: dict[tuple[str, str], dict] = {}
        for entry in declared:
            try:
                source, url_cred = self._normalise_source(entry["source"])
            except VaultError as exc:
                log.warning("vault.documents entry %r ignored: %s", entry.get("name"), exc)
                continue
            if url_cred is not None:  # a password in a settings file: refused, never copied anywhere
                log.warning("vault.documents entry %r ignored: its address holds a user name or password; "
                            "keep credentials in the system keyring (offline-ready docs login)", entry.get("name"))
                continue
            wanted[(source, "contacts" if entry.get("contacts") else "document")] = entry
        current = {(d.source, d.kind): d for d in self.cat.documents()}
        for (source, kind), entry in wanted.items():
            d = current.get((source, kind))
            etype = entry.get("type", "auto")
            if etype == "auto" and kind == "document":
                etype = expected_from_name(source)
            if d is None:
                self.cat.add_document(name=entry["name"], source=source, kind=kind, expected_type=etype,
                                      origin=ORIGIN_CONFIG, target_age_days=entry.get("target_age_days"))
            elif (d.origin, d.name, d.expected_type, d.target_age_days) != (
                    ORIGIN_CONFIG, entry["name"], etype, entry.get("target_age_days")):
                self.cat.update_document(d.id, origin=ORIGIN_CONFIG, name=entry["name"], expected_type=etype,
                                         target_age_days=entry.get("target_age_days"))
        for key, d in current.items():
            if d.origin == ORIGIN_CONFIG and key not in wanted:
                try:
                    self.remove_document(d.id, force_config=True, lock_timeout=0)
                except VaultBusy:
                    log.info("document %s left the settings; removing it later", d.name)

    # --- credentials -------------------------------------------------------------------------------------

    def set_credential(self, ref: str | int, credential: Credential) -> Document:
        doc = self.document(ref)
        self.creds.set(doc.source, credential)
        self.cat.update_document(doc.id, auth=credential.kind)
        return self.document(doc.id)

    def clear_credential(self, ref: str | int) -> Document:
        doc = self.document(ref)
        self.creds.delete(doc.source)
        self.cat.update_document(doc.id, auth="none")
        return self.document(doc.id)

    # --- sync ----------------------------------------------------------------------------------------------

    def cancel_sync(self) -> None:
        self._cancel.set()

    def sync(self, refs: Iterable[str | int] | None = None, *, due_only: bool = False, force: bool = False,
             on_progress: Callable[[int, int, str], None] | None = None,
             on_result: Callable[[SyncResult], None] | None = None) -> SyncReport:
        """Refresh documents: the given ones, or all (``due_only``: those the schedule says are due).

        Raises VaultBusy when another process is syncing, VaultLocked when encryption has no key.
        """
        if not self._sync_guard.acquire(blocking=False):
            raise VaultBusy("a sync of the vault is already running")
        try:
            one_sync = ProcessLock(self.root / "sync.lock")  # one sync at a time, across processes
            one_sync.acquire(0)
            try:
                report = self._sync_run(refs, due_only=due_only, force=force, on_progress=on_progress,
                                        on_result=on_result)
            finally:
                one_sync.release()
        finally:
            self._sync_guard.release()
        # text extraction runs after the downloads, outside every lock, one bounded process per document
        n = len(report.results)

        def indexing(i: int, total: int) -> None:
            if on_progress:
                on_progress(n, n, f"Indexing {i} of {total}")
            self._publish(Progress(task=TASK_SYNC, done=n, total=n, message=f"Indexing {i} of {total}"))

        self._index_pending(progress_cb=indexing)
        report.finished_at = time.time()
        self._notify_report(report)
        return report

    @contextlib.contextmanager
    def _writing(self, timeout: float = 30.0):
        """The vault's write lock, held only for short local changes, never across a network wait."""
        lock = self._plock(timeout=timeout)
        try:
            yield
        finally:
            lock.release()

    def _select(self, refs: Iterable[str | int] | None, due_only: bool) -> list[Document]:
        if refs is not None:
            seen: dict[int, Document] = {}
            for r in refs:
                d = self.document(r)
                seen[d.id] = d
            return list(seen.values())
        docs = self.cat.documents()
        if not due_only:
            return docs
        now = time.time()
        interval = float(self._setting("refresh_interval_hours", 24)) * 3600
        return [d for d in docs if d.pending or d.current_version is None or F.due(
            d.checked_at, d.verified_at, interval, self._target_days(d) * F.DAY, now)]

    def _sync_run(self, refs, *, due_only: bool, force: bool, on_progress, on_result) -> SyncReport:
        """Downloads run without the write lock; each outcome is recorded under it (briefly)."""
        from concurrent.futures import ThreadPoolExecutor, as_completed

        self._cancel.clear()
        report = SyncReport(started_at=time.time())
        if self.encryption_wanted or self.encrypted:
            self._vault_key(create=self.encryption_wanted)  # VaultLocked now rather than per document
        with self._writing():
            self._recover()
            want = self.encryption_wanted
            if (self.cat.get_meta("encryption") or "off") != ("on" if want else "off") or self._mixed_rows(want):
                self._convert(want)
        docs = self._select(refs, due_only)
        total = len(docs)
        self.cat.mark_pending(d.id for d in docs)

        def progress(done: int, message: str) -> None:
            if on_progress:
                on_progress(done, total, message)
            self._publish(Progress(task=TASK_SYNC, done=done, total=total, message=message))

        progress(0, f"Checking {total} document{'s' if total != 1 else ''}")
        creds: dict[int, Credential | None] = {}
        for d in docs:
            creds[d.id] = None
            if d.auth != "none":
                try:
                    creds[d.id] = self.creds.get(d.source)
                except CredentialError as exc:
                    log.warning("credential for %s unavailable: %s", d.name, exc)
        key = self._write_key()
        fetcher = self._get_fetcher()
        workers = max(1, min(int(self._setting("concurrency", 4)), max(1, total)))
        new_versions: list[tuple[Document, int]] = []
        done = 0
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="vault-sync") as pool:
            futures = {pool.submit(self._fetch_one, d, creds[d.id], key, force, fetcher): d for d in docs}
            try:
                for fut in as_completed(futures):
                    d = futures[fut]
                    try:
                        out = fut.result()
                    except Cancelled:
                        out = _Outcome(d, OUTCOME_SKIPPED, detail="cancelled")
                    except Exception as exc:  # never lose the whole sync to one document
                        log.exception("sync of document %s failed", d.id)
                        out = _Outcome(d, OUTCOME_FAILED, V.R_LOCAL, f"{type(exc).__name__}: {exc}")
                    with self._writing():
                        res = self._commit(out)
                    if res.outcome == OUTCOME_NEW and res.version_id:
                        new_versions.append((d, res.version_id))
                    report.results.append(res)
                    done += 1
                    if on_result:
                        on_result(res)
                    progress(done, f"{d.name}: {_outcome_word(res)}")
            except KeyboardInterrupt:
                self._cancel.set()
                raise
        report.cancelled = self._cancel.is_set()
        with self._writing():
            if new_versions:
                self._apply_retention({d.id for d, _ in new_versions})
            self._prune_quarantine()
        return report

    def _extract_limits(self) -> Any:
        from .isolate import DEFAULT_LIMITS

        return self.extract_limits or DEFAULT_LIMITS

    def _get_fetcher(self) -> Fetcher:
        with self._lock:
            if self._fetcher is None:
                self._fetcher = Fetcher(pool_size=max(4, int(self._setting("concurrency", 4))),
                                        resolver=self._fallback_resolver())
            return self._fetcher

    def _fallback_resolver(self) -> Any:
        """The app's fallback resolution (backup_dns.fallback_resolution), or None if it can't be built."""
        from ..resolve.fallback import FallbackResolver

        try:
            return FallbackResolver.for_config(self.config, bus=self.bus)
        except Exception as exc:  # a broken backup profile must not stop document refreshes
            log.warning("fallback resolution unavailable for document refreshes: %s", exc)
            return None

    def _fetch_one(self, doc: Document, cred: Credential | None, key: VaultKey | None, force: bool,
                   fetcher: Fetcher) -> _Outcome:
        if self._cancel.is_set():
            raise Cancelled()
        facts = self.cat.current_facts(doc.id)
        cur_sha = None
        if doc.current_version is not None:
            v = self.cat.version(doc.current_version)
            cur_sha = v.sha256 if v else None
        conditional = facts is not None and not force
        tmp = self.blobs.temp_path(f"doc{doc.id}")
        req = FetchRequest(
            source=doc.source, dest=tmp, etag=doc.etag if conditional else None,
            last_modified=doc.last_modified if conditional else None, credential=cred,
            max_bytes=int(self._setting("max_size_mb", 200)) << 20, timeout=float(self._setting("timeout", 30.0)),
            retries=int(self._setting("retries", 3)), user_agent=str(self._setting("user_agent", "") or ""),
            cancel=self._cancel, backoff=self.retry_backoff, deadline=float(self._setting("download_deadline")))
        try:
            res = fetcher.fetch(req)
        except Cancelled:
            tmp.unlink(missing_ok=True)
            raise
        if res.not_modified:
            return _Outcome(doc, OUTCOME_UNCHANGED, fetch=res)
        if res.path is None:
            tmp.unlink(missing_ok=True)
            detail = res.detail
            if res.failure == V.R_AUTH and is_http(doc.source):
                detail += ("; the stored credential was refused" if cred else
                           "; add a credential with `offline-ready docs login`")
            return _Outcome(doc, OUTCOME_FAILED, res.failure or V.R_STATUS, detail, fetch=res)
        try:
            return self._judge(doc, res, facts, cur_sha, key)
        finally:
            tmp.unlink(missing_ok=True)

    def _judge(self, doc: Document, res: FetchResult, facts, cur_sha: str | None, key: VaultKey | None,
               confirmed: bool = False) -> _Outcome:
        """Sniff, parse-check and assess a received file; ingest or quarantine it."""
        from .isolate import Inspection, inspect_isolated

        assert res.path is not None
        sniffed = sniff_file(res.path)
        html_head = None
        if sniffed.family == "html":
            html_head, _ = decode_head(res.head or res.path.read_bytes()[:65536])
        complete = res.declared_length is None or res.received == res.declared_length
        if complete and cur_sha and res.sha256 == cur_sha and not confirmed:
            return _Outcome(doc, OUTCOME_UNCHANGED, fetch=res, sha256=res.sha256)  # checked when it came
        parse_error = None
        seen = Inspection()
        if complete and res.received > 0:
            if doc.kind == "contacts":
                parse_error = _contacts_parse_error(res.path, sniffed)
            else:  # one limited process checks the file and, while it has it, reads its text for search
                seen = inspect_isolated(res.path, sniffed.family, with_text=True, limits=self._extract_limits(),
                                        cancel=None if confirmed else self._cancel)
                parse_error = seen.reason
        previous = V.Previous(facts[0], facts[1], facts[2]) if facts else None
        expected = doc.expected_type if doc.kind == "document" else "auto"
        decision = V.assess(
            V.Candidate(status=res.status, received=res.received, declared_length=res.declared_length,
                        sniffed=sniffed, html_head=html_head, final_url=res.final_url, parse_error=parse_error,
                        redirected_to_login=res.redirected_to_login),
            previous,
            V.Policy(expected_type=expected, shrink_threshold=float(self._setting("shrink_threshold", 0.5)),
                     confirmed=confirmed))
        filename = with_extension(safe_filename(res.filename or "", fallback=safe_filename(doc.name)),
                                  sniffed.extension)
        if decision.accepted:
            if cur_sha and res.sha256 == cur_sha:
                return _Outcome(doc, OUTCOME_UNCHANGED, fetch=res, sha256=res.sha256)
            from .sniff import detect_stand_in

            stand_in_like = bool(html_head and detect_stand_in(html_head, ""))
            faults.point("vault.download.before-seal")
            address = self.blobs.ingest(res.path, res.sha256 or _sha256_file(res.path), key)
            return _Outcome(doc, OUTCOME_NEW, fetch=res, address=address, sha256=res.sha256, sniffed=sniffed,
                            filename=filename, stand_in_like=stand_in_like, encrypted=key is not None,
                            text=seen.text, text_error=seen.text_error)
        if decision.verdict == V.FAIL:
            return _Outcome(doc, OUTCOME_FAILED, decision.reason, decision.detail, fetch=res)
        qpath = self.qstore.put(res.path, doc.id, sniffed.extension, key)
        log.warning("refused a download of %s: %s (%s)", doc.name, decision.reason, decision.detail)
        return _Outcome(doc, OUTCOME_REJECTED, decision.reason, decision.detail, fetch=res, sniffed=sniffed,
                        sha256=res.sha256, filename=filename, quarantine_path=qpath.name,
                        needs_confirmation=decision.needs_confirmation, encrypted=key is not None)

    def _commit(self, out: _Outcome) -> SyncResult:
        """Record one outcome (coordinating thread). The only place a sync changes the catalogue."""
        from .textextract import PASSWORD_NOTE

        doc = self.cat.document(out.doc.id)
        now = time.time()
        res = out.fetch
        if doc is None:  # removed while it was being fetched
            if out.address:
                self._gc_blobs(only=[out.address])
            return SyncResult(out.doc.id, out.doc.name, OUTCOME_SKIPPED, message="removed during the sync")
        result = SyncResult(doc.id, doc.name, out.outcome, out.reason, bytes_received=res.received if res else 0)
        via = None  # said with the copy (documents page, `docs list`) when DNS fallback found the server
        if res is not None and res.resolved is not None and res.resolved.fallback:
            result.resolved_via, result.resolved_detail = res.resolved.source, res.resolved.describe()
            via = f"refreshed through DNS fallback: {result.resolved_detail}"
        if out.outcome == OUTCOME_UNCHANGED:
            fields: dict[str, Any] = {"verified_at": now, "checked_at": now, "last_outcome": OUTCOME_UNCHANGED,
                                      "last_reason": None, "last_message": via, "pending": 0}
            if res is not None and (res.etag or res.last_modified):
                fields["etag"] = res.etag
                fields["last_modified"] = res.last_modified
            self.cat.update_document(doc.id, **fields)
            result.message = "unchanged"
        elif out.outcome == OUTCOME_NEW:
            assert out.address and out.sniffed and res
            vid = self.cat.add_version(
                doc.id, blob=out.address, sha256=out.sha256, size=res.received, media_type=out.sniffed.family,
                filename=out.filename, fetched_at=now, etag=res.etag, last_modified=res.last_modified,
                stand_in_like=out.stand_in_like, make_current=True, encrypted=out.encrypted,
                doc_updates={"verified_at": now, "checked_at": now, "etag": res.etag,
                             "last_modified": res.last_modified, "last_outcome": OUTCOME_NEW, "last_reason": None,
                             "last_message": via, "pending": 0})
            result.version_id = vid
            result.message = f"new version ({res.received:,} bytes)"
            v = self.cat.version(vid)
            if v is not None and out.text_error:
                note = self._unsearchable(doc, v, out.text_error)
                result.message += f"; {note}"
                if out.text_error == PASSWORD_NOTE:  # said where refresh outcomes are said, too
                    self.cat.update_document(doc.id, last_message=note)
            elif v is not None and out.text is not None:
                self._store_text(doc, v, out.text)
            if doc.kind == "contacts":
                self._import_contacts_doc(doc, vid)
        elif out.outcome == OUTCOME_REJECTED:
            message = V.explain(out.reason, out.detail, doc.fetched_at)
            self.cat.add_quarantine(
                doc.id, reason=out.reason or "", message=message, received_at=now, size=res.received if res else 0,
                media_type=out.sniffed.family if out.sniffed else "binary", path=out.quarantine_path or "",
                sha256=out.sha256, filename=out.filename, etag=res.etag if res else None,
                last_modified=res.last_modified if res else None, needs_confirmation=out.needs_confirmation,
                encrypted=out.encrypted,
                doc_updates={"checked_at": now, "last_outcome": OUTCOME_REJECTED, "last_reason": out.reason,
                             "last_message": message, "pending": 0})
            result.message = message
            self._publish(Notice(kind="vault.rejected", title=f"{doc.name}: refresh refused", text=message,
                                 data={"doc_id": doc.id, "reason": out.reason, "detail": out.detail,
                                       "needs_confirmation": out.needs_confirmation, "page": "documents"}))
        elif out.outcome == OUTCOME_FAILED:
            message = V.explain(out.reason, out.detail, doc.fetched_at)
            self.cat.update_document(doc.id, checked_at=now, last_outcome=OUTCOME_FAILED, last_reason=out.reason,
                                     last_message=message, pending=0)
            result.message = message
        else:
            result.message = out.detail or "skipped"
        return result

    def _import_contacts_doc(self, doc: Document, version_id: int) -> None:
        v = self.cat.version(version_id)
        if v is None:
            return
        data = self.blobs.read_plain(v.blob, self._read_key(v.encrypted))
        try:
            parsed = read_contacts(data, name_hint=v.filename, region=self.phone_region(), source=doc.source)
        except ImportFormatError as exc:  # the acceptance check parsed it; this should not happen
            log.error("contact list %s could not be imported: %s", doc.name, exc)
            return
        summary = self.contacts.import_contacts(parsed.contacts, source=doc.source, prune_source=True,
                                                problems=parsed.problems, fmt=parsed.format)
        self._publish(Notice(kind="vault.contacts", title=f"Contacts from {doc.name} updated",
                             text=_summary_text(summary), data={"doc_id": doc.id, **summary.to_dict()}))

    def _notify_report(self, report: SyncReport) -> None:
        stale = [d for d in self.list_documents() if d.freshness and d.freshness.state != F.FRESH]
        text = (f"{report.count(OUTCOME_NEW)} new, {report.count(OUTCOME_UNCHANGED)} unchanged, "
                f"{report.count(OUTCOME_REJECTED)} refused, {report.count(OUTCOME_FAILED)} failed")
        self._publish(Notice(kind="vault.synced", title="Documents refreshed", text=text,
                             data={**report.to_dict(), "stale": [d.id for d in stale], "page": "documents"}))

    def network_restored(self, *, background: bool = True) -> threading.Thread | SyncReport | None:
        """Call when connectivity comes back after an outage: refresh what is stale, failed or due.

        With ``background`` (the default) the sync runs on its own thread, which is returned.
        Does nothing when ``vault.refresh_on_reconnect`` is off or a sync is already running.
        """
        if not self._setting("refresh_on_reconnect", True):
            return None
        docs = [d for d in self.list_documents()
                if d.pending or (d.freshness and d.freshness.state != F.FRESH)
                or d.last_outcome in (OUTCOME_FAILED, OUTCOME_REJECTED)]
        due = {d.id for d in self._select(None, True)}
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
        return self._with_freshness(self._select(None, True))

    # --- recovery, retention, garbage ----------------------------------------------------------------

    def _recover(self) -> None:
        """After a crash: drop half-written downloads and blobs a killed sync stored but never recorded.

        Call with both the sync lock and the write lock held: then no other process is between
        storing a blob and recording it."""
        self.blobs.clean_temp()
        self._gc_blobs(grace=0)

    def _apply_retention(self, doc_ids: Iterable[int]) -> None:
        from .retention import Ver, select_deletions

        scheme = str(self._setting("versioning", "keep-n"))
        keep = int(self._setting("keep_versions", 10))
        max_age = float(self._setting("staggered_max_age_days", 365))
        now = time.time()
        doomed: list[int] = []
        for doc_id in doc_ids:
            d = self.cat.document(doc_id)
            if d is None:
                continue
            vs = [Ver(v.id, v.fetched_at) for v in self.cat.versions(doc_id)]
            doomed += select_deletions(scheme, vs, now=now, keep=keep, max_age_days=max_age,
                                       current_id=d.current_version)
        if doomed:
            blobs = [r[0] for r in self.cat.query(
                f"SELECT blob FROM versions WHERE id IN ({','.join('?' * len(doomed))})", doomed)]
            self.cat.delete_versions(doomed)
            self.cat.delete_orphan_texts()
            self._gc_blobs(only=blobs)

    def _gc_blobs(self, only: Iterable[str] | None = None, grace: float = GC_GRACE_S) -> int:
        """Delete blob files no version refers to. Call with the write lock held.

        A sync stores a blob before it takes the write lock to record it, so an unreferenced blob
        younger than ``grace`` seconds may be one a sync is about to record: it is left for later
        (``grace=0`` only while holding the sync lock too). ``only``: just these, whatever their age.
        """
        referenced = self.cat.referenced_blobs()
        cutoff = time.time() - grace
        n = 0
        for addr in list(self.blobs.addresses() if only is None else only):
            if addr in referenced:
                continue
            if only is None:
                try:
                    if self.blobs.path(addr).stat().st_mtime > cutoff:
                        continue
                except OSError:
                    continue
            self.blobs.delete(addr)
            n += 1
        return n

    def _prune_quarantine(self) -> None:
        cutoff = time.time() - float(self._setting("quarantine_days", 30)) * 86400
        entries = self.cat.quarantine()
        per_doc: dict[int, int] = {}
        doomed: list[QuarantineEntry] = []
        for q in entries:  # newest first
            per_doc[q.doc_id] = per_doc.get(q.doc_id, 0) + 1
            if q.received_at < cutoff or per_doc[q.doc_id] > MAX_QUARANTINE_PER_DOC:
                doomed.append(q)
        for q in doomed:
            self.qstore.delete(q.path)
        if doomed:
            self.cat.delete_quarantine(q.id for q in doomed)
        known = {Path(q.path).name for q in entries if q not in doomed}
        for f in self.qstore.files():
            if f.name not in known and (f.suffix == ".part" or f.stat().st_mtime < time.time() - 3600):
                f.unlink(missing_ok=True)

    # --- versions, quarantine, opening -------------------------------------------------------------

    def versions(self, ref: str | int) -> list[Version]:
        return self.cat.versions(self.document(ref).id)

    def quarantined(self, ref: str | int | None = None) -> list[QuarantineEntry]:
        return self.cat.quarantine(None if ref is None else self.document(ref).id)

    def _pick_version(self, doc: Document, version: int | None) -> Version:
        if version is None:
            if doc.current_version is None:
                raise VaultError(f"{doc.name!r} has no offline copy yet"
                                 + (f" ({doc.last_message})" if doc.last_message else ""))
            v = self.cat.version(doc.current_version)
        else:
            vs = self.cat.versions(doc.id)
            # users count versions 1 = newest; catalogue ids are also accepted
            v = vs[version - 1] if 1 <= version <= len(vs) else next((x for x in vs if x.id == version), None)
        if v is None:
            raise VaultError(f"{doc.name!r} has no version {version}")
        return v

    def copy_for_viewer(self, ref: str | int, version: int | None = None) -> Path:
        """A separate, read-only copy with the original name, for the system viewer."""
        from .opener import make_copy

        doc = self.document(ref)
        v = self._pick_version(doc, version)
        key = self._read_key(v.encrypted)
        return make_copy(self.blobs.iter_plain(v.blob, key), Path(self.paths.cache_dir), v.filename)

    def open_document(self, ref: str | int, version: int | None = None, *, launch: bool = True) -> Path:
        path = self.copy_for_viewer(ref, version)
        if launch:
            from .opener import launch as do_launch

            do_launch(path)
        return path

    def save_copy(self, ref: str | int, dest: Path, version: int | None = None) -> Path:
        """Write a version to ``dest`` (a folder: the original name inside it)."""
        from ..atomic import atomic_write_bytes

        doc = self.document(ref)
        v = self._pick_version(doc, version)
        dest = Path(dest)
        if dest.is_dir():
            dest = dest / safe_filename(v.filename)
        atomic_write_bytes(dest, self.blobs.read_plain(v.blob, self._read_key(v.encrypted)))
        return dest

    def copy_quarantined(self, qid: int) -> Path:
        """A copy of a refused download, to look at what the source sent."""
        from .opener import make_copy

        row = self.cat.quarantine_row(qid)
        if row is None:
            raise VaultError(f"no refused download {qid}")
        key = self._read_key(bool(row["encrypted"]))
        ext = EXTENSIONS.get(row["media_type"], ".bin")
        name = with_extension(safe_filename(row["filename"] or f"refused-{qid}"), ext)
        return make_copy(self.qstore.iter_plain(row["path"], key), Path(self.paths.cache_dir), name)

    def accept_quarantined(self, ref: str | int, qid: int | None = None) -> SyncResult:
        """Take a refused download after all (only for refusals a person may overrule)."""
        doc = self.document(ref)
        entries = [q for q in self.cat.quarantine(doc.id) if qid is None or q.id == qid]
        if not entries:
            raise VaultError(f"no refused download of {doc.name!r} to accept")
        q = entries[0]
        if not q.needs_confirmation:
            raise VaultError(f"this download was refused because {V.headline(q.reason)}; it cannot be accepted")
        row = self.cat.quarantine_row(q.id)
        lock = self._plock(timeout=30)
        try:
            tmp = self.blobs.temp_path(f"accept{doc.id}")
            self.qstore.copy_plain(q.path, self._read_key(q.encrypted), tmp)
            fake = FetchResult(status=200, path=tmp, received=tmp.stat().st_size, declared_length=None,
                               sha256=_sha256_file(tmp), head=tmp.read_bytes()[:65536], etag=row["etag"],
                               last_modified=row["last_modified"], filename=row["filename"])
            cur_sha = None
            if doc.current_version is not None:
                v = self.cat.version(doc.current_version)
                cur_sha = v.sha256 if v else None
            try:
                out = self._judge(doc, fake, self.cat.current_facts(doc.id), cur_sha, self._write_key(),
                                  confirmed=True)
            finally:
                tmp.unlink(missing_ok=True)
            if out.outcome == OUTCOME_REJECTED and out.quarantine_path:
                self.qstore.delete(out.quarantine_path)
                raise VaultError(f"still refused: {V.headline(out.reason)} ({out.detail})")
            res = self._commit(out)
            self.qstore.delete(q.path)
            self.cat.delete_quarantine([q.id])
            if res.outcome == OUTCOME_NEW:
                self._apply_retention([doc.id])
        finally:
            lock.release()
        self._index_pending()
        return res

    # --- text and search ------------------------------------------------------------------------------

    def _index_pending(self, progress_cb: Callable[[int, int], None] | None = None) -> int:
        """Extract the text of current versions not indexed yet (resumable after a kill).

        Runs outside every lock, one limited process per document (:mod:`.isolate`). A document
        whose text cannot be read is marked "stored, not searchable: …" once and not tried again;
        a cancel leaves the rest for the next sync. One indexer per process; it picks up versions
        that arrive while it works.
        """
        from .textextract import ExtractError  # extraction loads with the first sync, not at start-up

        if not self._index_guard.acquire(blocking=False):
            return 0
        done: set[int] = set()
        try:
            while not self._cancel.is_set():
                todo = [v for v in self.cat.unindexed_current() if v.id not in done]
                if not todo:
                    break
                index = self._search_index()
                docs = {d.id: d for d in self.cat.documents()}
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
                        self._unsearchable(d, v, str(exc))
                        continue
                    self._store_text(d, v, text, index)
        finally:
            self._index_guard.release()
        return len(done)

    def _store_text(self, d: Document, v: Version, text: str, index: SearchIndex | None = None) -> None:
        key = self._record_key() if v.encrypted else None
        self.cat.put_text(v.blob, textcodec.encode(text.encode("utf-8"), key, "text:" + v.blob))
        (index or self._search_index()).upsert(d.id, v.id, _title(d, v), text)
        self.cat.set_indexed([v.id])

    def _unsearchable(self, d: Document, v: Version, why: str) -> str:
        """Its text cannot be read (within the limits): said once, not retried on every sync."""
        from .textextract import PASSWORD_NOTE

        note = PASSWORD_MESSAGE if why == PASSWORD_NOTE else f"stored, not searchable: {why}"
        log.warning("document %s: %s", d.id, note)
        self.cat.set_unsearchable(v.id, note)
        return note

    def _extract(self, v: Version) -> str:
        """The version's text, read by a limited child process fed from the blob (no plaintext file)."""
        from .isolate import extract_isolated

        key = self._read_key(v.encrypted)
        return extract_isolated(self.blobs.iter_plain(v.blob, key), v.size, v.media_type,
                                limits=self._extract_limits(), cancel=self._cancel)

    def _search_index(self) -> SearchIndex:
        with self._lock:
            if self._search is None:
                in_memory = self.encrypted or self.encryption_wanted
                self._search = SearchIndex(None if in_memory else self.root / "search.sqlite3")
                self._reconcile_index(self._search)
            return self._search

    def _reconcile_index(self, index: SearchIndex) -> None:
        """Make the index hold the current version of every document (repairs after a kill)."""
        have = index.indexed()
        docs = self.cat.documents()
        current = {d.id: d for d in docs if d.current_version is not None}
        index.remove([doc_id for doc_id in have if doc_id not in current])
        rows = []
        for d in current.values():
            if have.get(d.id) == d.current_version:
                continue
            v = self.cat.version(d.current_version)  # type: ignore[arg-type]
            if v is None:
                continue
            body = self.cat.get_text(v.blob)
            if body is None:
                continue  # not extracted yet: _index_pending will add it
            try:
                text = textcodec.decode(body, self._record_key() if textcodec.is_encrypted(body) else None,
                                        "text:" + v.blob).decode("utf-8", errors="replace")
            except CryptoError:
                continue
            rows.append((d.id, v.id, _title(d, v), text))
        if rows:
            index.upsert_many(rows)

    def warm_search(self) -> None:
        """Build the search index now (in memory when encrypted), e.g. from a background thread."""
        self._search_index()

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search across current versions; snippets mark hits with \\x02 … \\x03."""
        index = self._search_index()
        hits = index.search(query, limit)
        if not hits:
            return []
        ids = [h.doc_id for h in hits]
        rows = self.cat.query(f"SELECT id, name FROM documents WHERE id IN ({','.join('?' * len(ids))})", ids)
        names = {r[0]: r[1] for r in rows}
        return [SearchHit(h.doc_id, names[h.doc_id], h.version_id, h.snippet, h.score)
                for h in hits if h.doc_id in names]

    # --- contacts -------------------------------------------------------------------------------------

    def phone_region(self) -> str:
        from .contacts.phones import default_region

        return str(self._setting("phone_region", "") or "").upper() or default_region()

    def _import_regions(self, region: str | None) -> str:
        """The import's own region first, then the setting or the system locale (comma-separated)."""
        return ",".join(r for r in ((region or "").strip().upper(), self.phone_region()) if r)

    def import_contacts(self, source: str, *, group: str | None = None, region: str | None = None,
                        name: str | None = None) -> ImportSummary:
        """Import a vCard/CSV file, or subscribe to a list at a URL (kept fresh like a document)."""
        if is_http(source):
            try:
                doc = self.add_document(source, name=name or "Contact list", kind="contacts")
            except VaultError:
                norm, _ = self._normalise_source(source)
                doc = next(d for d in self.cat.documents() if d.source == norm and d.kind == "contacts")
            report = self.sync([doc.id])
            res = report.results[0] if report.results else None
            if res is None or res.outcome not in (OUTCOME_NEW, OUTCOME_UNCHANGED):
                raise VaultError(res.message if res else "the contact list could not be fetched")
            summary = ImportSummary(source=doc.source, format="url")
            summary.unchanged = sum(1 for c in self.contacts.all() if c.source == doc.source)
            return summary
        path = file_source_path(source)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise VaultError(f"{path}: {exc.strerror or exc}") from None
        from .contacts.importer import MAX_IMPORT_BYTES

        if size > MAX_IMPORT_BYTES:
            raise ImportFormatError(f"{path}: larger than {MAX_IMPORT_BYTES >> 20} MB")
        data = path.read_bytes()
        try:
            parsed = read_contacts(data, name_hint=path.name, region=self._import_regions(region),
                                   source=str(path.resolve()))
        except ImportFormatError as exc:
            raise ImportFormatError(f"{path}: {exc}") from None
        if group:
            for c in parsed.contacts:
                if group not in c.groups:
                    c.groups.insert(0, group)
        summary = self.contacts.import_contacts(parsed.contacts, source=str(path.resolve()),
                                                problems=parsed.problems, fmt=parsed.format)
        self._publish(Notice(kind="vault.contacts", title="Contacts imported", text=_summary_text(summary),
                             data={**summary.to_dict(), "page": "contacts"}))
        return summary

    def list_contacts(self, group: str | None = None) -> list[Contact]:
        return self.contacts.search("", group)

    def search_contacts(self, query: str, group: str | None = None) -> list[Contact]:
        return self.contacts.search(query, group)

    def contact(self, ref: str | int) -> Contact:
        c = self.contacts.get(ref)
        if c is None:
            raise VaultError(f"no contact {ref!r} (or several match; use the number from `contacts list`)")
        return c

    def update_contact(self, ref: str | int, **fields: Any) -> Contact:
        c = self.contact(ref)
        allowed = {"name", "org", "role", "groups", "notes", "escalation", "alternates", "last_verified"}
        bad = set(fields) - allowed
        if bad:
            raise VaultError(f"cannot change {', '.join(sorted(bad))}")
        for k, v in fields.items():
            setattr(c, k, v)
        return self.contacts.save(c)

    def remove_contacts(self, refs: Iterable[str | int]) -> int:
        return self.contacts.delete(self.contact(r).uid for r in refs)

    def export_contacts(self, fmt: str, dest: Path | None = None, *, contacts: list[Contact] | None = None,
                        title: str = "Call sheet", layout: str = "sheet") -> str | None:
        """``vcard`` / ``csv`` / ``html`` return text (and write ``dest`` if given); ``pdf`` needs ``dest``."""
        from ..atomic import atomic_write_text
        from .contacts import callsheet, csvio, vcard

        items = contacts if contacts is not None else self.list_contacts()
        if fmt == "pdf":
            if dest is None:
                raise VaultError("PDF output needs a file name (--output FILE)")
            callsheet.render_pdf(items, Path(dest), title=title)
            return None
        if fmt == "vcard":
            text = vcard.write_vcards(items)
        elif fmt == "csv":
            text = csvio.write_csv(items)
        elif fmt == "html":
            text = callsheet.render_html(items, title=title, layout=layout)
        else:
            raise VaultError(f"unknown format {fmt!r} (vcard, csv, html or pdf)")
        if dest is not None:
            atomic_write_text(Path(dest), text)
        return text

    # --- overview -------------------------------------------------------------------------------------

    def summary(self) -> dict[str, Any]:
        """Counts for the tray and the outage window."""
        docs = self.list_documents()
        states = [d.freshness.state for d in docs if d.freshness]
        return {
            "documents": len(docs),
            "fresh": states.count(F.FRESH),
            "stale": states.count(F.STALE),
            "missing": states.count(F.MISSING),
            "refused": sum(1 for d in docs if d.last_outcome == OUTCOME_REJECTED),
            "contacts": len(self.contacts.all()) if not self.locked else None,
            "encrypted": self.encrypted,
            "locked": self.locked,
        }

    def check_integrity(self) -> list[str]:
        """Problems found (empty when all is well): catalogue integrity and every current blob's hash."""
        problems = []
        if not self.cat.integrity_ok():
            problems.append("the catalogue database reports damage")
        for d in self.cat.documents():
            if d.current_version is None:
                continue
            v = self.cat.version(d.current_version)
            if v is None:
                problems.append(f"{d.name}: its current version is missing from the catalogue")
                continue
            try:
                key = self._read_key(v.encrypted)
            except VaultLocked:
                problems.append(f"{d.name}: cannot be checked, the vault is locked")
                continue
            if not self.blobs.check(v.blob, key, v.sha256):
                problems.append(f"{d.name}: its stored file is missing or damaged")
        return problems


def format_snippet(snippet: str, start: str = "[", end: str = "]") -> str:
    return snippet.replace(HIT_START, start).replace(HIT_END, end)


def _title(d: Document, v: Version) -> str:
    return f"{d.name} {v.filename}"


def _outcome_word(r: SyncResult) -> str:
    return {OUTCOME_NEW: "new version", OUTCOME_UNCHANGED: "unchanged", OUTCOME_REJECTED: "refused",
            OUTCOME_FAILED: "failed", OUTCOME_SKIPPED: "skipped"}.get(r.outcome, r.outcome)


def _summary_text(s: ImportSummary) -> str:
    text = f"{s.added} added, {s.updated} updated, {s.unchanged} unchanged"
    if s.removed:
        text += f", {s.removed} removed"
    if s.problems:
        text += f"; {len(s.problems)} problem{'s' if len(s.problems) != 1 else ''}"
    if s.no_country:
        n = len(s.no_country)
        text += f"; {n} number{'s' if n != 1 else ''} without a known country kept as written"
    return text


def _contacts_parse_error(path: Path, sniffed: Sniffed) -> str | None:
    if sniffed.family not in ("vcard", "csv", "text"):
        return f"a contact list must be a vCard or CSV file, not {V.family_name(sniffed.family)}"
    try:
        read_contacts(path.read_bytes(), name_hint=path.name)
    except ImportFormatError as exc:
        return str(exc)
    return None


def _make_private(root: Path) -> None:
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


def _sha256_file(path: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()
