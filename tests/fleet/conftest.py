"""Fixtures of the fleet tests: Debian's VictoriaMetrics on loopback, and no keyring unless asked for."""

from __future__ import annotations

import pytest

from fleet.vmlab import VM_BIN, VictoriaMetrics
from support.keyring_backend import (  # noqa: F401  (fixtures)
    no_keyring,
    no_keyring_unless_asked,
    real_keyring,
    secret_service,
)
from support.require import require


@pytest.fixture
def vm(tmp_path):
    require(VM_BIN.is_file(), f"VictoriaMetrics unpacked from Debian's package at {VM_BIN} "
                              "(packaging/dev-setup.sh downloads it)")
    engine = VictoriaMetrics(tmp_path / "vm").start()
    yield engine
    engine.stop()
