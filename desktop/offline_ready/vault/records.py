"""How small records (extracted text, contacts) are stored in the catalogue: compressed, and sealed
with AES-GCM when the vault is encrypted. The context string binds a record to its row, so an
encrypted record copied into another row does not decrypt."""

from __future__ import annotations

import zlib

from ..i18n import _
from .crypto import CryptoError, VaultKey

_PLAIN = b"Z"  # zlib-compressed, not encrypted


def encode(data: bytes, key: VaultKey | None, context: str) -> bytes:
    packed = zlib.compress(data, 6 if len(data) > 4096 else 1)
    if key is None:
        return _PLAIN + packed
    return key.seal(packed, context.encode("utf-8"))


def decode(blob: bytes, key: VaultKey | None, context: str) -> bytes:
    if blob.startswith(_PLAIN):
        return zlib.decompress(blob[1:])
    if key is None:
        raise CryptoError(_("this record is encrypted and the vault is locked"))
    return zlib.decompress(key.open(blob, context.encode("utf-8")))


def is_encrypted(blob: bytes) -> bool:
    return not blob.startswith(_PLAIN)
