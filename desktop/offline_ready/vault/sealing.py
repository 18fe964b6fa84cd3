"""Encryption at rest: the vault key, locking and unlocking, and converting what is stored.

A vault is encrypted when ``vault.encryption`` asks for it; turning it on or off converts every
stored version, refused download and contact, one item per transaction so a kill half-way is
resumed by the next call.
"""

from __future__ import annotations

from pathlib import Path

from .. import faults
from . import records
from .crypto import CryptoError, VaultKey, passphrase_from_env
from .state import VaultState, sha256_file
from .upkeep import Upkeep


class Sealing:
    """The vault's key and the encryption state of what it stores."""

    def __init__(self, state: VaultState, upkeep: Upkeep, passphrase: str | None = None):
        self.state = state
        self.upkeep = upkeep
        self._passphrase = passphrase or passphrase_from_env()
        self._key: VaultKey | None = None

    @property
    def wanted(self) -> bool:
        return self.state.settings.encryption

    @property
    def encrypted(self) -> bool:
        """Whether the vault on disk is (being) encrypted."""
        return self.state.catalogue.get_meta("encryption") == "on"

    @property
    def involved(self) -> bool:
        """Encryption is on, or on its way (new data is sealed, old data may still be plain)."""
        return self.encrypted or self.wanted

    @property
    def locked(self) -> bool:
        """Encryption is involved and no key is at hand (a passphrase is needed, or the keyring failed)."""
        if not self.involved:
            return False
        with self.state.lock:
            if self._key is not None:
                return False
        keys = self.state.keys
        if not keys.uses_keyring and self._passphrase is None:
            return True
        try:
            self.vault_key(create=not self.encrypted and not keys.has_passphrase_key)
            return False
        except CryptoError:
            return True

    @property
    def passphrase_given(self) -> str | None:
        return self._passphrase

    def unlock(self, passphrase: str) -> None:
        """Give the passphrase (where no keyring exists). Raises CryptoError when it is wrong."""
        keys = self.state.keys
        key = keys.load(create=not keys.has_passphrase_key and not self.encrypted, passphrase=passphrase)
        with self.state.lock:
            self._passphrase = passphrase
            self._key = key
        self.state.contacts.invalidate()

    def vault_key(self, create: bool) -> VaultKey:
        with self.state.lock:
            if self._key is None:
                self._key = self.state.keys.load(create=create, passphrase=self._passphrase)
            return self._key

    def write_key(self) -> VaultKey | None:
        """The key new data is written with (None when encryption is off)."""
        if not self.wanted:
            return None
        return self.vault_key(create=True)

    def read_key(self, encrypted: bool) -> VaultKey | None:
        return self.vault_key(create=False) if encrypted else None

    def record_key(self) -> VaultKey | None:
        """For small records: the key if the vault uses one (decoding tells plain and sealed apart)."""
        if self.involved:
            return self.vault_key(create=self.wanted)
        return None

    def out_of_step(self) -> bool:
        """What is stored does not match ``vault.encryption`` yet."""
        want = self.wanted
        state = self.state.catalogue.get_meta("encryption") or "off"
        return state != ("on" if want else "off") or self._mixed_rows(want)

    def ensure_state(self) -> bool:
        """Bring the vault in line with ``vault.encryption``; True when something was converted."""
        if not self.out_of_step():
            return False
        lock = self.state.plock(timeout=60)
        try:
            return self.convert(self.wanted)
        finally:
            lock.release()

    def _mixed_rows(self, want: bool) -> bool:
        return bool(self.state.catalogue.query("SELECT 1 FROM versions WHERE encrypted != ? LIMIT 1", (int(want),)))

    def convert(self, want: bool) -> bool:
        """Encrypt (``want``) or decrypt everything stored. Call with the write lock held."""
        st = self.state
        catalogue = st.catalogue
        key = self.vault_key(create=True) if (want or self.encrypted or self._mixed_rows(want)) else None
        if want:
            catalogue.set_meta("encryption", "on")  # from now on new data is sealed, and readers expect it
        new_key = key if want else None
        changed = False
        replaced: list[str] = []
        for r in catalogue.query("SELECT id, blob, sha256, encrypted FROM versions WHERE encrypted != ?", (int(want),)):
            tmp = st.blobs.temp_path("convert")
            st.blobs.copy_plain(r["blob"], key if r["encrypted"] else None, tmp)
            faults.point("vault.convert.plain-copy")
            new_addr = st.blobs.ingest(tmp, r["sha256"] or sha256_file(tmp), new_key)
            text = catalogue.get_text(r["blob"])
            replaced.append(r["blob"])
            with catalogue.transaction() as c:
                if text is not None:
                    plain = records.decode(text, key, "text:" + r["blob"])
                    c.execute("INSERT OR REPLACE INTO texts(blob, body) VALUES (?, ?)",
                              (new_addr, records.encode(plain, new_key, "text:" + new_addr)))
                c.execute("UPDATE versions SET blob=?, encrypted=? WHERE id=?", (new_addr, int(want), r["id"]))
            changed = True
        changed = self._convert_quarantine(want, key) or changed
        st.contacts.reencode(key, new_key)
        catalogue.delete_orphan_texts()
        self.upkeep.gc_blobs(only=replaced)
        self.upkeep.gc_blobs()
        st.drop_search()
        if want:
            for suffix in ("", "-wal", "-shm"):
                (st.root / f"search.sqlite3{suffix}").unlink(missing_ok=True)
        else:
            catalogue.set_meta("encryption", "off")
            st.keys.forget()
            with st.lock:
                self._key = None
        st.contacts.invalidate()
        return changed

    def _convert_quarantine(self, want: bool, key: VaultKey | None) -> bool:
        st = self.state
        changed = False
        for q in st.catalogue.query("SELECT id, path, encrypted FROM quarantine WHERE encrypted != ?", (int(want),)):
            tmp = st.blobs.temp_path("convert")
            try:
                st.quarantine_store.copy_plain(q["path"], key if q["encrypted"] else None, tmp)
            except (OSError, CryptoError, ValueError):
                tmp.unlink(missing_ok=True)
                st.catalogue.delete_quarantine([q["id"]])
                continue
            new_path = st.quarantine_store.put(tmp, 0, Path(q["path"]).suffix, key if want else None)
            with st.catalogue.transaction() as c:
                c.execute("UPDATE quarantine SET path=?, encrypted=? WHERE id=?", (new_path.name, int(want), q["id"]))
            st.quarantine_store.delete(q["path"])
            changed = True
        return changed
