"""Test-wide fixtures: every test gets its own OFFLINE_READY_HOME, so nothing reads the real
profile or /etc policies, and nothing a test writes survives it. ``require`` (skip locally, fail
in CI) lives in support/require.py and is re-exported here."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# Fuzz tests explore fresh inputs on every local run; CI replays a fixed sequence, so a submission's
# result does not depend on the dice (a failure found locally is kept in .hypothesis/ and fixed).
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "tests"))

from support.require import require  # noqa: E402

__all__ = ["app_home", "require"]

pytest_plugins = ["netlab.fixtures", "install.fixtures", "packages.fixtures"]


@pytest.fixture(autouse=True)
def _keep_umask():
    """The app makes its process's files private (umask 077) when a vault or a command starts in-process;
    that must not leak into later tests, whose lab files unprivileged daemons (tinyproxy as nobody) read."""
    old = os.umask(0o022)
    os.umask(old)
    yield
    os.umask(old)


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch):
    """Tests read English text whatever this machine's locale: the core's language is English around every
    test (a command run in-process may set another), and so is the environment commands inherit."""
    from offline_ready import i18n

    monkeypatch.setenv("LANGUAGE", "en")
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture(autouse=True)
def _settings_follow_each_test(monkeypatch: pytest.MonkeyPatch):
    """The settings a test loads (and the proxy router built from them) end with the test: a proxy that one
    test configured must not carry the next test's downloads."""
    from offline_ready.config import loader
    from offline_ready.proxy import route

    monkeypatch.setattr(loader, "_last_loaded", loader._last_loaded)
    monkeypatch.setattr(route, "_current", route._current)


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's folders under ``OFFLINE_READY_HOME``; in this process only, the fixed system paths
    (admin policy, DNS journal, resolv.conf) are redirected under it too. No variable can move those in the app:
    subprocesses reach test copies through a private mount namespace (support/privns.py)."""
    from offline_ready import paths
    from offline_ready.backup_dns import switcher
    from offline_ready.backup_dns.backends import resolvconf

    home = tmp_path / "offline-ready-home"
    home.mkdir()
    monkeypatch.setenv("OFFLINE_READY_HOME", str(home))
    monkeypatch.setattr(paths, "system_policy_dir", lambda: home / "policies")
    monkeypatch.setattr(switcher, "system_journal_dir", lambda: home / "system" / "dns-journal")
    monkeypatch.setattr(resolvconf, "DEFAULT_PATH", home / "system" / "resolv.conf")
    return home

