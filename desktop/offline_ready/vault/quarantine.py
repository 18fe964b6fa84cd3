"""Refused downloads, kept aside with the reason so a person can see what the source sent.

A quarantined file never becomes current by itself. Refusals a user may overrule (a genuinely
much smaller new version, a document that changed type) are accepted with ``docs accept``;
the rest (login pages, empty or truncated files) can only be looked at. Old entries are pruned.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

from ..atomic import fsync_dir
from .crypto import VaultKey


class QuarantineStore:
    def __init__(self, root: Path):
        self.dir = Path(root) / "quarantine"

    def put(self, tmp: Path, doc_id: int, extension: str, key: VaultKey | None) -> Path:
        """Move ``tmp`` into quarantine (encrypting it when ``key`` is given); returns the new path."""
        self.dir.mkdir(parents=True, exist_ok=True)
        ext = extension if extension.startswith(".") and len(extension) <= 8 else ".bin"
        name = f"doc{int(doc_id)}-{int(time.time())}-{os.urandom(4).hex()}{ext}"
        final = self.dir / name
        if key is None:
            os.replace(tmp, final)
        else:
            part = self.dir / (name + ".part")
            with open(tmp, "rb") as src, open(part, "wb") as dst:
                key.encrypt_stream(src, dst)
                dst.flush()
                os.fsync(dst.fileno())
            os.replace(part, final)
            tmp.unlink(missing_ok=True)
        fsync_dir(self.dir)
        return final

    def resolve(self, stored_path: str) -> Path:
        """The file of a catalogue row, refusing anything outside the quarantine folder."""
        p = (self.dir / Path(stored_path).name).resolve()
        if p.parent != self.dir.resolve():
            raise ValueError("quarantine path outside its folder")
        return p

    def iter_plain(self, stored_path: str, key: VaultKey | None) -> Iterator[bytes]:
        path = self.resolve(stored_path)
        with open(path, "rb") as fh:
            if key is not None:
                yield from key.decrypt_stream(fh)
            else:
                while chunk := fh.read(1 << 20):
                    yield chunk

    def copy_plain(self, stored_path: str, key: VaultKey | None, dest: Path) -> None:
        with open(dest, "wb") as out:
            for chunk in self.iter_plain(stored_path, key):
                out.write(chunk)

    def delete(self, stored_path: str) -> None:
        with contextlib.suppress(ValueError):
            self.resolve(stored_path).unlink(missing_ok=True)

    def files(self) -> list[Path]:
        if not self.dir.is_dir():
            return []
        return [p for p in self.dir.iterdir() if p.is_file()]
