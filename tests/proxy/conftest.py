"""Fixtures of the proxy tests: no keyring unless a test asks for the real one."""

from __future__ import annotations

from support.keyring_backend import (  # noqa: F401  (fixtures)
    no_keyring,
    no_keyring_unless_asked,
    real_keyring,
    secret_service,
)
