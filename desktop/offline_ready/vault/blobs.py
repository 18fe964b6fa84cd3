"""Immutable, content-addressed blob files.

A blob is written once, under a name derived from its content, and never changed: a new
version of a document is a new blob. That makes a kill at any moment harmless (a half-written
file is only ever a temporary ``.part``), lets identical versions share storage, and means a
file a viewer has open is never the one being replaced (viewers get a copy, see :mod:`.opener`).

Plain blobs are named by their SHA-256; encrypted ones by a keyed hash of it (see
:class:`~.crypto.VaultKey`), so the plain hash of a document never appears on disk.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

from ..atomic import fsync_dir
from ..i18n import _
from .crypto import CryptoError, VaultKey

_ADDRESS = re.compile(r"^[0-9a-f]{64}$")
READ_CHUNK = 1 << 20


class BlobError(Exception):
    pass


class BlobStore:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.blob_dir = self.root / "blobs"
        self.tmp_dir = self.root / "tmp"

    def ensure(self) -> BlobStore:
        self.blob_dir.mkdir(parents=True, exist_ok=True)
        self.tmp_dir.mkdir(parents=True, exist_ok=True)
        return self

    # --- "nothing to recover" ---------------------------------------------------------------------
    # Recovery after a kill lists every stored blob. A read-only command (a search) skips it when the
    # marker below says the last recovery left nothing behind and no write has begun since: every
    # change that can leave an unrecorded or unreferenced blob removes the marker first (unsettle),
    # and only a recovery, holding the sync and write locks, puts it back (settle).

    @property
    def _settled_marker(self) -> Path:
        return self.blob_dir / "settled"

    def settled(self) -> bool:
        """True when there is nothing to recover: the marker is there and ``tmp/`` is empty."""
        if not self._settled_marker.is_file():
            return False
        try:
            with os.scandir(self.tmp_dir) as entries:
                return next(entries, None) is None
        except FileNotFoundError:
            return True

    def unsettle(self) -> None:
        """Before a change that may leave a blob nothing refers to if killed (storing, deleting)."""
        try:
            self._settled_marker.unlink()
        except FileNotFoundError:
            return
        fsync_dir(self.blob_dir)  # gone for good before the change it announces

    def settle(self) -> None:
        """After a recovery (sync and write locks held): nothing left to recover."""
        if self.blob_dir.is_dir():
            os.close(os.open(self._settled_marker, os.O_WRONLY | os.O_CREAT, 0o600))

    # --- names ------------------------------------------------------------------------------------

    def path(self, address: str) -> Path:
        if not _ADDRESS.match(address or ""):
            raise BlobError(f"invalid blob address {address!r}")
        return self.blob_dir / address[:2] / address

    def exists(self, address: str) -> bool:
        return self.path(address).is_file()

    def addresses(self) -> Iterator[str]:
        """Every stored blob (scandir: every command's recovery check lists them, no stat per file)."""
        try:
            subs = [e.path for e in os.scandir(self.blob_dir) if len(e.name) == 2 and e.is_dir()]
        except (FileNotFoundError, NotADirectoryError):
            return
        for sub in subs:
            with os.scandir(sub) as entries:
                names = [e.name for e in entries]
            yield from (name for name in names if _ADDRESS.match(name))

    # --- writing ----------------------------------------------------------------------------------

    def temp_path(self, label: str = "download", suffix: str = ".part") -> Path:
        self.tmp_dir.mkdir(parents=True, exist_ok=True)
        safe = re.sub(r"[^A-Za-z0-9_-]", "_", label)[:40]
        suffix = suffix if re.fullmatch(r"\.[A-Za-z0-9]{1,8}", suffix) else ".part"
        return self.tmp_dir / f"{safe}-{os.urandom(6).hex()}{suffix}"

    def ingest(self, tmp: Path, sha256_hex: str, key: VaultKey | None) -> str:
        """Move a verified temporary file into the store; returns its address. ``tmp`` is consumed."""
        address = key.address(sha256_hex) if key else sha256_hex
        final = self.path(address)
        self.unsettle()  # stored before it is recorded: an orphan if the process is killed in between
        if final.is_file():
            tmp.unlink(missing_ok=True)
            return address
        final.parent.mkdir(parents=True, exist_ok=True)
        if key is not None:
            enc_tmp = self.temp_path("seal")
            try:
                with open(tmp, "rb") as src, open(enc_tmp, "wb") as dst:
                    key.encrypt_stream(src, dst)
                    dst.flush()
                    os.fsync(dst.fileno())
            except BaseException:
                enc_tmp.unlink(missing_ok=True)
                raise
            tmp.unlink(missing_ok=True)
            tmp = enc_tmp
        else:
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
        os.chmod(tmp, 0o400)  # read-only, the user's alone
        os.replace(tmp, final)
        fsync_dir(final.parent)
        return address

    # --- reading ----------------------------------------------------------------------------------

    def iter_plain(self, address: str, key: VaultKey | None) -> Iterator[bytes]:
        """The blob's plaintext in chunks (decrypting when ``key`` is given)."""
        path = self.path(address)
        if not path.is_file():
            raise BlobError(_("the stored file {address}… is missing").format(address=address[:12]))
        with open(path, "rb") as fh:
            if key is not None:
                yield from key.decrypt_stream(fh)
            else:
                while chunk := fh.read(READ_CHUNK):
                    yield chunk

    def read_plain(self, address: str, key: VaultKey | None, limit: int | None = None) -> bytes:
        out = bytearray()
        for chunk in self.iter_plain(address, key):
            out += chunk
            if limit is not None and len(out) >= limit:
                return bytes(out[:limit])
        return bytes(out)

    def copy_plain(self, address: str, key: VaultKey | None, dest: Path) -> None:
        dest.parent.mkdir(parents=True, exist_ok=True)
        if key is None:
            shutil.copyfile(self.path(address), dest)
            return
        with open(dest, "wb") as out:
            for chunk in self.iter_plain(address, key):
                out.write(chunk)

    def check(self, address: str, key: VaultKey | None, sha256_hex: str | None) -> bool:
        """Does the blob still hold what it should (hash of the plaintext matches)?"""
        if not sha256_hex:
            return self.exists(address)
        import hashlib

        h = hashlib.sha256()
        try:
            for chunk in self.iter_plain(address, key):
                h.update(chunk)
        except (BlobError, CryptoError, OSError):
            return False
        return h.hexdigest() == sha256_hex

    # --- cleaning ---------------------------------------------------------------------------------

    def delete(self, address: str) -> None:
        p = self.path(address)
        with contextlib.suppress(FileNotFoundError):
            os.chmod(p, 0o600)
            p.unlink()

    def clean_temp(self, older_than_s: float = 0.0) -> int:
        """Remove leftovers of interrupted downloads and conversions (everything in ``tmp/``)."""
        if not self.tmp_dir.is_dir():
            return 0
        n = 0
        cutoff = time.time() - older_than_s
        for f in self.tmp_dir.iterdir():
            try:
                if f.is_file() and f.stat().st_mtime <= cutoff:
                    f.unlink()
                    n += 1
            except OSError:
                continue
        return n
