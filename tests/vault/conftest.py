"""Fixtures of the vault tests: real loopback servers, a real keyring, a vault service per test."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from vault_servers import Nginx, Scripted, nginx_binary

from support.keyring_backend import (  # noqa: F401  (fixtures)
    no_keyring,
    no_keyring_unless_asked,
    real_keyring,
    secret_service,
)
from support.require import require


@pytest.fixture(scope="session")
def nginx(tmp_path_factory):
    require(nginx_binary() is not None, "nginx is not installed")
    server = Nginx(tmp_path_factory.mktemp("nginx")).start()
    yield server
    server.stop()


@pytest.fixture
def site(nginx):
    return nginx.site()


@pytest.fixture
def scripted():
    server = Scripted().start()
    yield server
    server.stop()


def write_config(home: Path, text: str) -> Path:
    cfg = home / "config" / "config.toml"
    cfg.parent.mkdir(parents=True, exist_ok=True)
    cfg.write_text(textwrap.dedent(text))
    return cfg


@pytest.fixture
def vault_config(app_home):
    """Fast, test-sized vault settings (short timeouts and backoff) in the test's user config."""

    def make(extra: str = "", **values) -> Path:
        base = {"timeout": 5.0, "retries": 2, "concurrency": 4}
        base.update(values)
        lines = ["[vault]"] + [f"{k} = {_toml(v)}" for k, v in base.items()]
        return write_config(app_home, "\n".join(lines) + "\n" + extra)

    make()
    return make


def _toml(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return f'"{v}"'
    return str(v)


@pytest.fixture
def make_service(vault_config):
    """``make_service(**settings)`` -> a VaultService on this test's home; closed at teardown."""
    from offline_ready.config import load_config
    from offline_ready.events import EventBus
    from offline_ready.vault.service import VaultService

    made = []

    def make(bus: EventBus | None = None, passphrase: str | None = None, **settings):
        if settings:
            vault_config(**settings)
        svc = VaultService(load_config(), bus, passphrase=passphrase)
        svc.retry_backoff = 0.05  # test-sized pauses between retries
        made.append(svc)
        return svc

    yield make
    for s in made:
        s.close()


@pytest.fixture
def service(make_service):
    return make_service()
