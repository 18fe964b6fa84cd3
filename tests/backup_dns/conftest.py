"""Session-wide loopback resolvers for the backup-DNS unit tests (real unbound on 127.0.0.1)."""

from __future__ import annotations

import os
import shutil

import pytest
from loopdns import BlackHole, DohServer, Unbound

from support.require import require


@pytest.fixture(scope="session")
def unbound(tmp_path_factory):
    require(shutil.which("unbound") is not None or os.path.exists("/usr/sbin/unbound"),
            "unbound is not installed")
    u = Unbound(tmp_path_factory.mktemp("unbound")).start()
    yield u
    u.stop()


@pytest.fixture(scope="session")
def hijacker(tmp_path_factory):
    require(shutil.which("unbound") is not None or os.path.exists("/usr/sbin/unbound"),
            "unbound is not installed")
    u = Unbound(tmp_path_factory.mktemp("hijack"), hijack_to="198.51.100.99").start()
    yield u
    u.stop()


@pytest.fixture(scope="session")
def blackhole():
    b = BlackHole()
    yield b
    b.stop()


@pytest.fixture(scope="session")
def doh(unbound, tmp_path_factory):
    d = DohServer(tmp_path_factory.mktemp("doh"), ("127.0.0.1", unbound.port))
    yield d
    d.stop()
