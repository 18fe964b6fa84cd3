"""What every part of the vault shares: its folder, catalogue, stores, settings, locks and bus.

The parts (:mod:`.sealing`, :mod:`.documents`, :mod:`.syncing` …) each hold one
:class:`VaultState`; nothing is opened or written until :meth:`VaultState.open`, so building a
:class:`~.service.VaultService` costs no I/O and the owner decides when the vault opens.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from ..paths import private_dir, private_umask
from .blobs import BlobStore
from .catalogue import Catalogue
from .credentials import CredentialStore
from .crypto import KeySource, VaultKey
from .locking import ProcessLock
from .quarantine import QuarantineStore
from .search import SearchIndex

TYPE_CHECKING = False
if TYPE_CHECKING:  # a search publishes nothing: the events load when something is published
    from typing import Any

    from ..events import EventBus
    from .contacts.book import ContactBook


class VaultError(Exception):
    """A user-facing problem with a request (unknown document, bad source …)."""


class VaultState:
    """Handles on the vault's files plus the settings, event bus and locks its parts share."""

    def __init__(self, config: Any, bus: EventBus | None, paths: Any,
                 credential_store: CredentialStore | None, keyring_ok: bool | None):
        self.config = config
        self.paths = paths
        self.root = Path(paths.vault_dir)
        self.bus = bus
        self.creds = credential_store or CredentialStore()
        self.keys = KeySource(self.root, keyring_ok)
        self.lock = threading.RLock()  # guards the lazily made key, search index and fetcher
        self.cancel = threading.Event()  # set to stop a running sync (and its text extraction)
        self.extract_limits: Any = None  # what parsing one hostile document may cost (None: .isolate's default)
        self.retry_backoff = 0.5  # first pause before a retry, doubling each time (seconds)
        self._catalogue: Catalogue | None = None
        self._contacts: ContactBook | None = None
        self._record_key: Callable[[], VaultKey | None] = lambda: None
        self.search: SearchIndex | None = None  # made on first use by .indexing (in memory when encrypted)
        self.blobs = BlobStore(self.root)
        self.quarantine_store = QuarantineStore(self.root)

    def open(self, record_key: Callable[[], VaultKey | None]) -> bool:
        """Create the folder and open the catalogue; False when it was already open.

        ``record_key()``: the key small records (contacts) are sealed with, None when unencrypted.
        """
        with self.lock:
            if self._catalogue is not None:
                return False
            private_umask()
            private_dir(self.root)
            self.blobs.ensure()
            self._catalogue = Catalogue(self.root / "catalogue.sqlite3")
            self._record_key = record_key
            return True

    @property
    def catalogue(self) -> Catalogue:
        if self._catalogue is None:
            raise RuntimeError("the vault is not open yet")
        return self._catalogue

    @property
    def contacts(self) -> ContactBook:
        """The contact book, made when first asked for (a document search never loads it)."""
        if self._contacts is None:
            catalogue = self.catalogue  # raises when the vault is not open yet
            with self.lock:
                if self._contacts is None:
                    from .contacts.book import ContactBook

                    self._contacts = ContactBook(catalogue, self._record_key)
        return self._contacts

    def drop_search(self) -> None:
        """Close the search index; the next search rebuilds it (after the vault's key changed)."""
        with self.lock:
            if self.search is not None:
                self.search.close()
                self.search = None

    def close(self) -> None:
        self.drop_search()
        with self.lock:
            if self._catalogue is not None:
                self._catalogue.close()

    @property
    def settings(self) -> Any:
        """The [vault] settings, typed (``config.vault``), read at each use so a reload takes effect."""
        return self.config.vault

    def publish(self, event: Any) -> None:
        if self.bus is not None:
            self.bus.publish(event)

    def plock(self, timeout: float = 0.0) -> ProcessLock:
        """The vault's write lock across processes (release it yourself)."""
        lock = ProcessLock(self.root / "lock")
        lock.acquire(timeout)
        return lock

    @contextlib.contextmanager
    def writing(self, timeout: float = 30.0) -> Iterator[None]:
        """The write lock, held only for short local changes, never across a network wait."""
        lock = self.plock(timeout=timeout)
        try:
            yield
        finally:
            lock.release()

    def sync_lock(self) -> ProcessLock:
        """One sync at a time, across processes (not acquired yet)."""
        return ProcessLock(self.root / "sync.lock")

    def limits(self) -> Any:
        """What extracting or checking one document may cost."""
        from .isolate import DEFAULT_LIMITS

        return self.extract_limits or DEFAULT_LIMITS

    def target_days(self, target_age_days: int | None) -> int:
        return target_age_days or self.settings.target_age_days


def sha256_file(path: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()
