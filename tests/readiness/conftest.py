"""Fixtures of the readiness tests: a real keyring on request, never the developer's."""

from __future__ import annotations

import pytest

from support.keyring_backend import real_keyring, secret_service  # noqa: F401  (fixtures)


@pytest.fixture(autouse=True)
def no_keyring_by_default(monkeypatch):
    """Tests see no keyring unless they ask for ``real_keyring``."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("OFFLINE_READY_VAULT_PASSPHRASE", raising=False)
    yield
    keyring.set_keyring(previous)
