"""Fixtures of the fleet tests: Debian's VictoriaMetrics on loopback, and no keyring unless asked for."""

from __future__ import annotations

import pytest

from fleet.vmlab import VM_BIN, VictoriaMetrics
from support.keyring_backend import no_keyring, real_keyring, secret_service  # noqa: F401  (fixtures)
from support.require import require


@pytest.fixture(autouse=True)
def _no_keyring_by_default(request):
    if "real_keyring" not in request.fixturenames:
        request.getfixturevalue("no_keyring")


@pytest.fixture
def vm(tmp_path):
    require(VM_BIN.is_file(), f"VictoriaMetrics unpacked from Debian's package at {VM_BIN} "
                              "(packaging/dev-setup.sh downloads it)")
    engine = VictoriaMetrics(tmp_path / "vm").start()
    yield engine
    engine.stop()
