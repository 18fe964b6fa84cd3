"""The vault's one facade: what the CLI and the UI call.

The work is done by parts that each hold one responsibility and share a :class:`~.state.VaultState`:
:mod:`.sealing` (encryption), :mod:`.documents` (the catalogue of documents), :mod:`.syncing`
and :mod:`.intake` (the sync pipeline), :mod:`.indexing` (text and search), :mod:`.copies`
(versions, refused downloads, copies), :mod:`.contact_lists` and :mod:`.upkeep` (recovery,
retention, garbage).

Building a ``VaultService`` does no I/O; :meth:`VaultService.open` (or the first call that needs
the vault, or ``with``) creates the folder, opens the catalogue, cleans up after a killed process
and brings the settings' documents in. Thread-safe (the UI calls it from pool workers; a sync runs
its downloads on its own bounded pool), and safe across processes (a CLI sync and the tray app:
one writer at a time through :class:`~.locking.ProcessLock`). Progress and findings are published
as core events on the optional :class:`~offline_ready.events.EventBus`:

* ``Progress(task="vault.sync", done, total, message)`` during a sync;
* ``Notice(kind="vault.rejected" | "vault.synced" | "vault.contacts", title, text, data)``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from ..i18n import _
from . import freshness
from .blobs import BlobStore
from .catalogue import Catalogue
from .credentials import Credential, CredentialError, CredentialStore
from .crypto import CryptoError, KeySource, VaultLocked
from .documents import DocumentRegistry
from .locking import VaultBusy
from .model import ORIGIN_USER, Document, QuarantineEntry, SearchHit, SyncOutcome, SyncReport, SyncResult, Version
from .quarantine import QuarantineStore
from .sealing import Sealing
from .state import VaultError, VaultState
from .upkeep import Upkeep

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from ..events import EventBus
    from .contact_lists import ContactLists
    from .contacts.book import ContactBook, ImportSummary
    from .contacts.model import Contact
    from .copies import Copies
    from .indexing import TextIndexer
    from .intake import Intake
    from .syncing import Syncer

__all__ = ["CredentialError", "CryptoError", "VaultBusy", "VaultError", "VaultLocked", "VaultService"]


class VaultService:
    """Documents and contacts kept for offline use; a thin front over the vault's parts."""

    def __init__(self, config: Any = None, bus: EventBus | None = None, *, paths: Any = None,
                 credential_store: CredentialStore | None = None, keyring_ok: bool | None = None,
                 passphrase: str | None = None):
        if config is None:
            from ..config import load_config

            config = load_config()
        state = VaultState(config, bus, paths or config.paths, credential_store, keyring_ok)
        self._state = state
        self._upkeep = Upkeep(state)
        self._sealing = Sealing(state, self._upkeep, passphrase)
        self._documents = DocumentRegistry(state, self._upkeep)
        self._parts: dict[str, Any] = {}
        self._parts_lock = threading.RLock()
        self._ready = False

    # The other parts are built when first used: a command that only searches never loads the sync
    # pipeline, the importers or the download machinery (each costs start-up time on the command line).

    def _part(self, name: str, build: Callable[[], Any]) -> Any:
        """The part called ``name``, built once (under a lock: the UI calls from several threads)."""
        part = self._parts.get(name)
        if part is None:
            with self._parts_lock:
                part = self._parts.get(name)
                if part is None:
                    part = self._parts[name] = build()
        return part

    @property
    def _indexer(self) -> TextIndexer:
        from .indexing import TextIndexer

        return self._part("indexer", lambda: TextIndexer(self._state, self._sealing))

    @property
    def _intake(self) -> Intake:
        from .intake import Intake

        return self._part("intake", lambda: Intake(self._state, self._sealing, self._indexer, self._upkeep))

    @property
    def _syncer(self) -> Syncer:
        from .syncing import Syncer

        return self._part("syncer", lambda: Syncer(self._state, self._sealing, self._documents, self._indexer,
                                                   self._intake, self._upkeep))

    @property
    def _copies(self) -> Copies:
        from .copies import Copies

        return self._part("copies", lambda: Copies(self._state, self._sealing, self._documents, self._intake,
                                                   self._indexer, self._upkeep))

    @property
    def _contact_lists(self) -> ContactLists:
        from .contact_lists import ContactLists

        return self._part("contact_lists", lambda: ContactLists(self._state, self._documents, lambda: self._syncer))

    # --- lifecycle ------------------------------------------------------------------------------------

    def open(self) -> VaultService:
        """Open the vault (once): its folder and catalogue, recovery after a kill, the declared documents."""
        if self._ready:
            return self
        with self._state.lock:
            if not self._ready:
                self._state.open(self._sealing.record_key)
                self._upkeep.clean_leftovers()
                self._upkeep.make_private_once()
                self._documents.reconcile_config()
                self._ready = True
        return self

    def close(self) -> None:
        syncer = self._parts.get("syncer")
        if syncer is not None:  # built: it may hold a download pool
            syncer.close()
        self._state.close()

    def __enter__(self) -> VaultService:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def reload_config(self, config: Any) -> None:
        self._state.config = config
        self.open()._documents.reconcile_config()

    # --- what callers and tests reach directly ------------------------------------------------------

    @property
    def config(self) -> Any:
        return self._state.config

    @property
    def paths(self) -> Any:
        return self._state.paths

    @property
    def root(self) -> Path:
        return self._state.root

    @property
    def bus(self) -> EventBus | None:
        return self._state.bus

    @bus.setter
    def bus(self, bus: EventBus | None) -> None:
        self._state.bus = bus

    @property
    def catalogue(self) -> Catalogue:
        return self.open()._state.catalogue

    @property
    def blobs(self) -> BlobStore:
        return self._state.blobs

    @property
    def quarantine_store(self) -> QuarantineStore:
        return self._state.quarantine_store

    @property
    def creds(self) -> CredentialStore:
        return self._state.creds

    @property
    def keys(self) -> KeySource:
        return self._state.keys

    @property
    def contacts(self) -> ContactBook:
        return self.open()._state.contacts

    @property
    def extract_limits(self) -> Any:
        """What parsing one hostile document may cost (None: :mod:`.isolate`'s default)."""
        return self._state.extract_limits

    @extract_limits.setter
    def extract_limits(self, limits: Any) -> None:
        self._state.extract_limits = limits

    @property
    def retry_backoff(self) -> float:
        """First pause before a download is retried, doubling each time (seconds)."""
        return self._state.retry_backoff

    @retry_backoff.setter
    def retry_backoff(self, seconds: float) -> None:
        self._state.retry_backoff = seconds

    # --- encryption -------------------------------------------------------------------------------------

    @property
    def encrypted(self) -> bool:
        """Whether the vault on disk is (being) encrypted."""
        return self.open()._sealing.encrypted

    @property
    def locked(self) -> bool:
        """Encryption is involved and no key is at hand (a passphrase is needed, or the keyring failed)."""
        return self.open()._sealing.locked

    @property
    def needs_passphrase(self) -> bool:
        return self._state.keys.needs_passphrase

    @property
    def passphrase_given(self) -> str | None:
        """The passphrase this service was given (argument or OFFLINE_READY_VAULT_PASSPHRASE), if any."""
        return self._sealing.passphrase_given

    def unlock(self, passphrase: str) -> None:
        """Give the passphrase (where no keyring exists). Raises CryptoError when it is wrong."""
        self.open()._sealing.unlock(passphrase)

    def ensure_encryption_state(self) -> bool:
        """Bring the vault in line with ``vault.encryption`` (encrypting or decrypting what is stored).

        Returns True when something was converted. Resumable: each item is converted in its own
        transaction, and items already in the target state are skipped.
        """
        return self.open()._sealing.ensure_state()

    # --- documents ----------------------------------------------------------------------------------------

    def list_documents(self, *, kind: str | None = None) -> list[Document]:
        return self.open()._documents.list(kind=kind)

    def document(self, ref: str | int) -> Document:
        """By id, exact name, or a unique prefix of the name (case-insensitive)."""
        return self.open()._documents.find(ref)

    def add_document(self, source: str, *, name: str | None = None, expected_type: str = "auto",
                     target_age_days: int | None = None, credential: Credential | None = None,
                     kind: str = "document", origin: str = ORIGIN_USER) -> Document:
        """Register a source. URL user info (``https://user:pass@…``) moves into the keyring."""
        return self.open()._documents.add(source, name=name, expected_type=expected_type,
                                          target_age_days=target_age_days, credential=credential, kind=kind,
                                          origin=origin)

    def rename_document(self, ref: str | int, name: str) -> Document:
        return self.open()._documents.rename(ref, name)

    def remove_document(self, ref: str | int, *, force_config: bool = False, lock_timeout: float = 30.0) -> Document:
        return self.open()._documents.remove(ref, force_config=force_config, lock_timeout=lock_timeout)

    def set_credential(self, ref: str | int, credential: Credential) -> Document:
        return self.open()._documents.set_credential(ref, credential)

    def clear_credential(self, ref: str | int) -> Document:
        return self.open()._documents.clear_credential(ref)

    # --- sync ----------------------------------------------------------------------------------------------

    def cancel_sync(self) -> None:
        self._syncer.cancel()

    def sync(self, refs: Iterable[str | int] | None = None, *, due_only: bool = False, force: bool = False,
             on_progress: Callable[[int, int, str], None] | None = None,
             on_result: Callable[[SyncResult], None] | None = None) -> SyncReport:
        """Refresh documents: the given ones, or all (``due_only``: those the schedule says are due).

        Raises VaultBusy when another process is syncing, VaultLocked when encryption has no key.
        """
        return self.open()._syncer.sync(refs, due_only=due_only, force=force, on_progress=on_progress,
                                        on_result=on_result)

    def network_restored(self, *, background: bool = True) -> threading.Thread | SyncReport | None:
        """Call when connectivity comes back after an outage: refresh what is stale, failed or due."""
        return self.open()._syncer.network_restored(background=background)

    def due_documents(self) -> list[Document]:
        return self.open()._syncer.due_documents()

    # --- versions, quarantine, opening -------------------------------------------------------------

    def versions(self, ref: str | int) -> list[Version]:
        return self.open()._copies.versions(ref)

    def quarantined(self, ref: str | int | None = None) -> list[QuarantineEntry]:
        return self.open()._copies.quarantined(ref)

    def copy_for_viewer(self, ref: str | int, version: int | None = None) -> Path:
        """A separate, read-only copy with the original name, for the system viewer."""
        return self.open()._copies.for_viewer(ref, version)

    def open_document(self, ref: str | int, version: int | None = None, *, launch: bool = True) -> Path:
        path = self.copy_for_viewer(ref, version)
        if launch:
            from .opener import launch as do_launch

            do_launch(path)
        return path

    def save_copy(self, ref: str | int, dest: Path, version: int | None = None) -> Path:
        """Write a version to ``dest`` (a folder: the original name inside it)."""
        return self.open()._copies.save(ref, dest, version)

    def copy_quarantined(self, qid: int) -> Path:
        """A copy of a refused download, to look at what the source sent."""
        return self.open()._copies.quarantined_copy(qid)

    def accept_quarantined(self, ref: str | int, qid: int | None = None) -> SyncResult:
        """Take a refused download after all (only for refusals a person may overrule)."""
        return self.open()._copies.accept_quarantined(ref, qid)

    # --- search -------------------------------------------------------------------------------------------

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search across current versions; snippets mark hits with \\x02 … \\x03."""
        return self.open()._indexer.search(query, limit)

    # --- contacts -------------------------------------------------------------------------------------

    def phone_region(self) -> str:
        return self._contact_lists.phone_region()

    def import_contacts(self, source: str, *, group: str | None = None, region: str | None = None,
                        name: str | None = None) -> ImportSummary:
        """Import a vCard/CSV file, or subscribe to a list at a URL (kept fresh like a document)."""
        return self.open()._contact_lists.import_contacts(source, group=group, region=region, name=name)

    def list_contacts(self, group: str | None = None) -> list[Contact]:
        return self.open()._contact_lists.search("", group)

    def search_contacts(self, query: str, group: str | None = None) -> list[Contact]:
        return self.open()._contact_lists.search(query, group)

    def contact(self, ref: str | int) -> Contact:
        return self.open()._contact_lists.find(ref)

    def update_contact(self, ref: str | int, **fields: Any) -> Contact:
        return self.open()._contact_lists.update(ref, **fields)

    def remove_contacts(self, refs: Iterable[str | int]) -> int:
        return self.open()._contact_lists.remove(refs)

    def export_contacts(self, fmt: str, dest: Path | None = None, *, contacts: list[Contact] | None = None,
                        title: str | None = None, layout: str = "sheet") -> str | None:
        """``vcard`` / ``csv`` / ``html`` return text (and write ``dest`` if given); ``pdf`` needs ``dest``."""
        return self.open()._contact_lists.export(fmt, dest, contacts=contacts, title=title, layout=layout)

    # --- overview -------------------------------------------------------------------------------------

    def summary(self) -> dict[str, Any]:
        """Counts for the tray and the outage window."""
        docs = self.list_documents()
        states = [d.freshness.state for d in docs if d.freshness]
        locked = self.locked
        return {
            "documents": len(docs),
            "fresh": states.count(freshness.FRESH),
            "stale": states.count(freshness.STALE),
            "missing": states.count(freshness.MISSING),
            "refused": sum(1 for d in docs if d.last_outcome == SyncOutcome.REJECTED),
            "contacts": len(self.contacts.all()) if not locked else None,
            "encrypted": self.encrypted,
            "locked": locked,
        }

    def check_integrity(self) -> list[str]:
        """Problems found (empty when all is well): catalogue integrity and every current blob's hash."""
        catalogue = self.catalogue
        problems = []
        if not catalogue.integrity_ok():
            problems.append(_("the catalogue database reports damage"))
        for d in catalogue.documents():
            if d.current_version is None:
                continue
            v = catalogue.version(d.current_version)
            if v is None:
                problems.append(_("{name}: its current version is missing from the catalogue").format(name=d.name))
                continue
            try:
                key = self._sealing.read_key(v.encrypted)
            except VaultLocked:
                problems.append(_("{name}: cannot be checked, the vault is locked").format(name=d.name))
                continue
            if not self._state.blobs.check(v.blob, key, v.sha256):
                problems.append(_("{name}: its stored file is missing or damaged").format(name=d.name))
        return problems
