"""Encryption at rest: AES-256-GCM in fixed-size chunks, the key in the OS keyring.

Only a small random data key is stored, in the keyring (Windows caps a secret at 2,560 bytes).
Where no keyring backend exists (a headless Linux box), the data key is wrapped with a key
derived from a passphrase by scrypt and kept beside the vault in ``key.json``; the passphrase
itself is never stored.

Blob format (streamable, so a 200 MB file is never held in memory at once)::

    b"ORV1" | 7-byte nonce prefix | chunks...

Each chunk is at most 1 MiB of plaintext, sealed with AES-GCM under the nonce
``prefix | 4-byte big-endian counter | 1-byte last-chunk flag`` (the STREAM construction), with
the header as associated data. Reordering, truncating or appending chunks makes decryption fail.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

from ..atomic import atomic_write_text
from ..i18n import _
from ..storeversion import NewerStoreError, load_json_store
from ..valueclass import FrozenRecord

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import BinaryIO

MAGIC = b"ORV1"
PREFIX_LEN = 7
HEADER_LEN = len(MAGIC) + PREFIX_LEN
CHUNK = 1 << 20
TAG = 16
KEY_LEN = 32
KEYRING_SERVICE = "offline-ready"
KEYRING_USER = "vault-data-key"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 15, 8, 1
KEY_FILE_FORMAT = 1  # the key file's "version" (see storeversion); 0.1.0 wrote 1


class CryptoError(Exception):
    """The vault cannot be decrypted (wrong key or passphrase, damaged data)."""


class VaultLocked(CryptoError):
    """Encryption is on but no key is available (no keyring and no passphrase given yet)."""


def _aesgcm(key: bytes):
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


class VaultKey(FrozenRecord):
    """The data key, with subkeys derived for separate purposes."""

    raw: bytes

    def __post_init__(self) -> None:
        if len(self.raw) != KEY_LEN:
            raise CryptoError(_("the vault key has the wrong length"))

    def __repr__(self) -> str:
        # the key must never reach a log line or a traceback's locals: say only that one is there
        return f"{type(self).__qualname__}(raw=<{len(self.raw)} bytes hidden>)"

    __str__ = __repr__

    def _sub(self, label: bytes) -> bytes:
        import hashlib  # loads OpenSSL: only when a key is in use, not for every command
        import hmac

        return hmac.new(self.raw, b"offline-ready:" + label, hashlib.sha256).digest()

    @property
    def enc_key(self) -> bytes:
        return self._sub(b"enc")

    @property
    def mac_key(self) -> bytes:
        return self._sub(b"address")

    def address(self, sha256_hex: str) -> str:
        """A blob's name when encrypted: a keyed hash, so the plain hash of a file never shows."""
        import hashlib
        import hmac

        return hmac.new(self.mac_key, bytes.fromhex(sha256_hex), hashlib.sha256).hexdigest()

    # --- whole small values (text, contact records) ---------------------------------------------

    def seal(self, plaintext: bytes, context: bytes = b"") -> bytes:
        nonce = os.urandom(12)
        return b"ORS1" + nonce + _aesgcm(self.enc_key).encrypt(nonce, plaintext, b"ORS1" + context)

    def open(self, sealed: bytes, context: bytes = b"") -> bytes:
        from cryptography.exceptions import InvalidTag

        if not sealed.startswith(b"ORS1") or len(sealed) < 4 + 12 + TAG:
            raise CryptoError(_("not an encrypted record"))
        try:
            return _aesgcm(self.enc_key).decrypt(sealed[4:16], sealed[16:], b"ORS1" + context)
        except InvalidTag:
            raise CryptoError(_("the record cannot be decrypted (wrong key or damaged data)")) from None

    # --- streams (blobs) ---------------------------------------------------------------------------

    def encrypt_stream(self, src: BinaryIO, dst: BinaryIO) -> None:
        prefix = os.urandom(PREFIX_LEN)
        header = MAGIC + prefix
        dst.write(header)
        aes = _aesgcm(self.enc_key)
        counter = 0
        chunk = src.read(CHUNK)
        while True:
            nxt = src.read(CHUNK)
            last = not nxt
            nonce = prefix + counter.to_bytes(4, "big") + (b"\x01" if last else b"\x00")
            dst.write(aes.encrypt(nonce, chunk, header))
            if last:
                return
            counter += 1
            if counter >= 1 << 32:
                raise CryptoError(_("file too large to encrypt"))
            chunk = nxt

    def decrypt_stream(self, src: BinaryIO) -> Iterator[bytes]:
        from cryptography.exceptions import InvalidTag

        header = src.read(HEADER_LEN)
        if len(header) != HEADER_LEN or not header.startswith(MAGIC):
            raise CryptoError(_("not an encrypted vault file"))
        prefix = header[len(MAGIC):]
        aes = _aesgcm(self.enc_key)
        counter = 0
        block = src.read(CHUNK + TAG)
        while True:
            nxt = src.read(CHUNK + TAG)
            last = not nxt
            nonce = prefix + counter.to_bytes(4, "big") + (b"\x01" if last else b"\x00")
            try:
                yield aes.decrypt(nonce, block, header)
            except InvalidTag:
                raise CryptoError(_("the file cannot be decrypted (wrong key, or it was damaged or cut)")) from None
            if last:
                return
            counter += 1
            block = nxt


# --- where the key lives ----------------------------------------------------------------------------

def keyring_available() -> bool:
    """Is there a usable keyring backend (not the 'fail' or 'null' one)?"""
    try:
        import keyring
        from keyring.backends import fail

        kr = keyring.get_keyring()
    except Exception:
        return False
    if isinstance(kr, fail.Keyring):
        return False
    name = type(kr).__module__ + "." + type(kr).__name__
    if "null" in name.lower():
        return False
    # a chainer with no backends behind it is as good as none
    backends = getattr(kr, "backends", None)
    return not (backends is not None and not backends)


class KeySource:
    """Finds or creates the data key: the keyring first, a passphrase-wrapped key file otherwise."""

    def __init__(self, vault_dir: Path, keyring_ok: bool | None = None):
        self.vault_dir = Path(vault_dir)
        self.key_file = self.vault_dir / "key.json"
        self._keyring_ok = keyring_ok

    @property
    def uses_keyring(self) -> bool:
        if self.key_file.exists():
            return False
        if self._keyring_ok is None:
            self._keyring_ok = keyring_available()
        return self._keyring_ok

    @property
    def needs_passphrase(self) -> bool:
        return not self.uses_keyring

    @property
    def has_passphrase_key(self) -> bool:
        return self.key_file.exists()

    def load(self, *, create: bool, passphrase: str | None = None) -> VaultKey:
        """The data key. ``create`` makes one if none exists yet. Raises VaultLocked / CryptoError."""
        if self.uses_keyring:
            import keyring
            from keyring.errors import KeyringError

            try:
                stored = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
            except KeyringError as exc:
                raise VaultLocked(_("the system keyring is not available ({error})").format(error=exc)) from None
            if stored:
                try:
                    return VaultKey(base64.b64decode(stored))
                except (ValueError, CryptoError):
                    raise CryptoError(_("the vault key in the keyring is damaged")) from None
            if not create:
                raise VaultLocked(_("the vault key is missing from the system keyring"))
            key = VaultKey(os.urandom(KEY_LEN))
            try:
                keyring.set_password(KEYRING_SERVICE, KEYRING_USER, base64.b64encode(key.raw).decode())
            except KeyringError as exc:
                raise VaultLocked(_("the vault key cannot be saved in the system keyring ({error})").format(
                    error=exc)) from None
            return key
        if passphrase is None:
            raise VaultLocked(_("the vault is encrypted with a passphrase; enter it to unlock"))
        if self.key_file.exists():
            try:
                data = load_json_store(self.key_file, KEY_FILE_FORMAT, {}, key="version")
            except NewerStoreError as exc:
                raise CryptoError(str(exc)) from None
            return unwrap_key(data, passphrase)
        if not create:
            raise VaultLocked(_("the vault has no key yet"))
        weak = passphrase_weakness(passphrase)
        if weak:
            raise CryptoError(weak)
        key = VaultKey(os.urandom(KEY_LEN))
        self.vault_dir.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.key_file, json.dumps(wrap_key(key, passphrase), indent=2), mode=0o600)
        return key

    def forget(self) -> None:
        """Remove the stored key (after the vault was decrypted)."""
        if self.key_file.exists():
            self.key_file.unlink()
        elif self.uses_keyring:
            import keyring
            from keyring.errors import KeyringError, PasswordDeleteError

            with contextlib.suppress(PasswordDeleteError, KeyringError):
                keyring.delete_password(KEYRING_SERVICE, KEYRING_USER)


MIN_PASSPHRASE_SCORE = 3  # zxcvbn: "safely unguessable: moderate protection from offline slow-hash attacks"


def passphrase_weakness(passphrase: str) -> str | None:
    """Why a new passphrase is too weak to protect a stolen vault, or None.

    zxcvbn (MIT; Dropbox's estimator) judges it against dictionaries, names, keyboard patterns,
    dates and repeats; the vault file may be copied and attacked offline (scrypt slows each guess,
    but cannot save "password1"). Only the first 100 characters are scored (zxcvbn's cost grows
    with length; a longer passphrase is strong anyway)."""
    if len(passphrase) < 12:
        return _("the passphrase is too short: use at least 12 characters (four unrelated words are good)")
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:100])
    if result["score"] >= MIN_PASSPHRASE_SCORE:
        return None
    feedback = result.get("feedback") or {}
    hint = feedback.get("warning") or " ".join(feedback.get("suggestions") or [])
    if hint:  # zxcvbn's own hint, in English
        return _("the passphrase is too easy to guess ({hint}); add more unrelated words").format(hint=hint.rstrip("."))
    return _("the passphrase is too easy to guess; add more unrelated words")


def _kek(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    import hashlib

    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=256 << 20)


def wrap_key(key: VaultKey, passphrase: str) -> dict:
    if not passphrase:
        raise CryptoError(_("the passphrase must not be empty"))
    salt = os.urandom(16)
    kek = _kek(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    nonce = os.urandom(12)
    wrapped = _aesgcm(kek).encrypt(nonce, key.raw, b"offline-ready vault key")
    b64 = base64.b64encode
    return {"kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": b64(salt).decode(),
            "nonce": b64(nonce).decode(), "wrapped": b64(wrapped).decode(), "version": KEY_FILE_FORMAT}


def unwrap_key(data: dict, passphrase: str) -> VaultKey:
    from cryptography.exceptions import InvalidTag

    try:
        salt = base64.b64decode(data["salt"])
        nonce = base64.b64decode(data["nonce"])
        wrapped = base64.b64decode(data["wrapped"])
        n, r, p = int(data["n"]), int(data["r"]), int(data["p"])
    except (KeyError, ValueError, TypeError):
        raise CryptoError(_("the vault key file is damaged")) from None
    if not (1 << 10 <= n <= 1 << 20 and 1 <= r <= 32 and 1 <= p <= 16):
        raise CryptoError(_("the vault key file has implausible parameters"))
    try:
        raw = _aesgcm(_kek(passphrase, salt, n, r, p)).decrypt(nonce, wrapped, b"offline-ready vault key")
    except InvalidTag:
        raise CryptoError(_("wrong passphrase")) from None
    return VaultKey(raw)


def passphrase_from_env() -> str | None:
    """Scripts and services may pass the passphrase in OFFLINE_READY_VAULT_PASSPHRASE."""
    return os.environ.get("OFFLINE_READY_VAULT_PASSPHRASE") or None
