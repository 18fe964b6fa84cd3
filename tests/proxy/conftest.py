"""Fixtures of the proxy tests: no keyring unless a test asks for the real one."""

from __future__ import annotations

import pytest

from support.keyring_backend import (  # noqa: F401  (fixtures)
    no_keyring,
    no_keyring_unless_asked,
    real_keyring,
    secret_service,
)


@pytest.fixture(autouse=True)
def _router_follows_each_test():
    """The process-wide router follows the settings a test loads, and no test's proxy leaks into the next."""
    from offline_ready.proxy import route

    route.set_current(None)
    yield
    route.set_current(None)
