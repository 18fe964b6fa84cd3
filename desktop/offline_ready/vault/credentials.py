"""Per-source credentials, kept only in the OS keyring.

Nothing secret is ever written to the configuration, the catalogue, the log or the vault:
the catalogue only records *which kind* of credential a document uses. Secrets are read
from the keyring at the moment of a download and sent only to the source's own origin.
"""

from __future__ import annotations

import base64
import json
import re

from ..i18n import _
from ..valueclass import FrozenRecord

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

SERVICE = "offline-ready-vault"
KINDS = ("basic", "bearer", "header")
_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$")  # an HTTP header name (RFC 9110 token)
_FORBIDDEN_HEADERS = {"host", "content-length", "transfer-encoding", "connection", "cookie2", "te", "upgrade"}


class CredentialError(Exception):
    """Credentials are malformed, or the keyring cannot store or give them."""


class Credential(FrozenRecord):
    """A secret sent to a document's source (kept only in the keyring)."""

    kind: str  # basic | bearer | header
    secret: str  # password, token or header value
    username: str = ""
    header: str = ""  # header name, for kind "header"

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise CredentialError(_("unknown credential kind {kind!r} (use {kinds})").format(
                kind=self.kind, kinds=", ".join(KINDS)))
        if any(ch in self.secret for ch in "\r\n\x00") or any(ch in self.username for ch in "\r\n\x00"):
            raise CredentialError(_("credentials must not contain line breaks"))
        if not self.secret:
            raise CredentialError(_("the secret must not be empty"))
        if self.kind == "basic" and ":" in self.username:
            raise CredentialError(_("a user name for basic authentication must not contain ':'"))
        if self.kind == "header":
            if not _TOKEN.match(self.header or ""):
                raise CredentialError(_("{header!r} is not a valid HTTP header name").format(header=self.header))
            if self.header.lower() in _FORBIDDEN_HEADERS:
                raise CredentialError(_("the {header} header cannot carry a credential").format(header=self.header))

    def __repr__(self) -> str:  # never show the secret, even in a traceback
        return f"Credential(kind={self.kind!r}, username={self.username!r}, header={self.header!r}, secret=***)"

    __str__ = __repr__

    def headers(self) -> dict[str, str]:
        if self.kind == "basic":
            token = base64.b64encode(f"{self.username}:{self.secret}".encode()).decode("ascii")
            return {"Authorization": f"Basic {token}"}
        if self.kind == "bearer":
            return {"Authorization": f"Bearer {self.secret}"}
        return {self.header: self.secret}

    def to_json(self) -> str:
        return json.dumps({"kind": self.kind, "secret": self.secret, "username": self.username,
                           "header": self.header})

    @classmethod
    def from_json(cls, text: str) -> Credential:
        try:
            d: dict[str, Any] = json.loads(text)
            return cls(kind=d["kind"], secret=d["secret"], username=d.get("username", ""),
                       header=d.get("header", ""))
        except (ValueError, KeyError, TypeError):
            raise CredentialError(_("the stored credential is damaged; enter it again")) from None


class CredentialStore:
    """Credentials by source (the document's URL or path), in the keyring under ``offline-ready-vault``."""

    def __init__(self, backend: Any = None):
        self._backend = backend

    @property
    def backend(self) -> Any:
        if self._backend is not None:
            return self._backend
        import keyring

        return keyring.get_keyring()

    def available(self) -> bool:
        from .crypto import keyring_available

        return self._backend is not None or keyring_available()

    def _require(self) -> None:
        if not self.available():
            raise CredentialError(_(
                "no system keyring is available, so credentials cannot be stored safely "
                "(install and unlock a Secret Service keyring such as GNOME Keyring or KWallet)"))

    def set(self, source: str, cred: Credential) -> None:
        self._require()
        from keyring.errors import KeyringError

        try:
            self.backend.set_password(SERVICE, source, cred.to_json())
        except KeyringError as exc:
            raise CredentialError(_("the keyring refused to store the credential ({error})").format(error=exc)) from None

    def get(self, source: str) -> Credential | None:
        if not self.available():
            return None
        from keyring.errors import KeyringError

        try:
            text = self.backend.get_password(SERVICE, source)
        except KeyringError as exc:
            raise CredentialError(_("the keyring cannot be read ({error})").format(error=exc)) from None
        return Credential.from_json(text) if text else None

    def delete(self, source: str) -> bool:
        if not self.available():
            return False
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            self.backend.delete_password(SERVICE, source)
            return True
        except PasswordDeleteError:
            return False
        except KeyringError as exc:
            raise CredentialError(_("the keyring cannot be changed ({error})").format(error=exc)) from None
