"""A real keyring for tests: a private D-Bus session bus with an unlocked GNOME Keyring (Secret Service).

Nothing touches the developer's own keyring or session bus: the bus, the keyring daemon and its
files live in a temporary folder and are stopped at teardown (also when a test fails).

Use in a test module or conftest::

    from support.keyring_backend import real_keyring, secret_service  # noqa: F401  (fixtures)

    def test_something(real_keyring):
        import keyring
        keyring.set_password("svc", "user", "secret")   # goes to the private GNOME Keyring

``secret_service`` (session scope) starts the daemons once; ``real_keyring`` (function scope) points
the ``keyring`` library and the environment (for subprocesses) at it for one test and deletes
every item the test created. Missing tools skip locally and fail in CI (support/require.py).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from support.dbus_session import start_session_bus
from support.require import require

PASSWORD = "test-keyring-password"


@dataclass
class SecretService:
    """A running private session bus with an unlocked Secret Service on it."""

    bus_address: str
    folder: Path
    bus_proc: subprocess.Popen
    keyring_proc: subprocess.Popen

    @property
    def env(self) -> dict[str, str]:
        """Environment for subprocesses that should use this keyring."""
        return {"DBUS_SESSION_BUS_ADDRESS": self.bus_address, "XDG_RUNTIME_DIR": str(self.folder / "run")}

    def backend(self):
        from keyring.backends.SecretService import Keyring

        return Keyring()

    def stop(self) -> None:
        for proc in (self.keyring_proc, self.bus_proc):
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(5)


def tools_present() -> bool:
    return all(shutil.which(t) for t in ("dbus-daemon", "gnome-keyring-daemon"))


def start_secret_service(folder: Path, timeout: float = 20.0) -> SecretService:
    """Start a private ``dbus-daemon`` and ``gnome-keyring-daemon --unlock`` (secrets component)."""
    folder.mkdir(parents=True, exist_ok=True)
    run = folder / "run"
    for sub in ("home", "data", "config", "cache"):
        (folder / sub).mkdir(exist_ok=True)
    run.mkdir(mode=0o700, exist_ok=True)
    base_env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "GNOME_KEYRING"))}
    base_env.update(HOME=str(folder / "home"), XDG_DATA_HOME=str(folder / "data"),
                    XDG_CONFIG_HOME=str(folder / "config"), XDG_CACHE_HOME=str(folder / "cache"),
                    XDG_RUNTIME_DIR=str(run))
    # A bus of our own with no service directories: nothing on it can be auto-activated, so a
    # request that arrives before our daemon owns org.freedesktop.secrets cannot start a second,
    # locked keyring daemon from /usr/share/dbus-1/services.
    bus, address = start_session_bus(folder / "bus.conf", run / "bus", env=base_env)
    env = dict(base_env, DBUS_SESSION_BUS_ADDRESS=address)
    log = open(folder / "gnome-keyring.log", "wb")  # noqa: SIM115 - the daemon writes it while it runs
    kr = subprocess.Popen(["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
                          stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT, env=env)
    log.close()
    assert kr.stdin is not None
    kr.stdin.write(PASSWORD.encode())
    kr.stdin.close()
    handle = SecretService(address, folder, bus, kr)
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        if kr.poll() is not None:
            handle.stop()
            raise RuntimeError(f"gnome-keyring-daemon exited with {kr.returncode}")
        try:
            _probe(address)
            return handle
        except Exception as exc:  # not on the bus yet, or the login collection not created yet
            last_error = exc
            time.sleep(0.1)
    handle.stop()
    daemon_log = (folder / "gnome-keyring.log").read_text(errors="replace")[-1500:]
    raise RuntimeError(f"the Secret Service did not come up: {last_error}; gnome-keyring-daemon said: {daemon_log}")


def _probe(address: str) -> None:
    """Store and read back one item through the same library path the app uses.

    First wait for the daemon to have created and unlocked the ``login`` collection from the password
    on its stdin: asking for the default collection before that makes the daemon try to prompt
    (there is no prompter here) and the request is dismissed.
    """
    import secretstorage
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    conn = open_dbus_connection(bus=address)
    try:
        owned = conn.send_and_get_reply(message_bus.NameHasOwner("org.freedesktop.secrets"), timeout=2)
        if not owned.body[0]:
            raise RuntimeError("the keyring daemon is not on the bus yet")
        logins = [c for c in secretstorage.get_all_collections(conn) if c.collection_path.endswith("/login")]
        if not logins or logins[0].is_locked():
            raise RuntimeError("the login collection is not ready yet")
    finally:
        conn.close()
    old = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
    try:
        from keyring.backends.SecretService import Keyring

        k = Keyring()
        k.set_password("offline-ready-test-probe", "probe", "ok")
        if k.get_password("offline-ready-test-probe", "probe") != "ok":
            raise RuntimeError("probe item not read back")
        k.delete_password("offline-ready-test-probe", "probe")
    finally:
        if old is None:
            os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
        else:
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = old


def all_items(address: str) -> list[tuple[dict, bytes]]:
    """Every (attributes, secret) in the private keyring, for assertions and cleanup."""
    import secretstorage
    from jeepney.io.blocking import open_dbus_connection

    conn = open_dbus_connection(bus=address)
    try:
        out = []
        for coll in secretstorage.get_all_collections(conn):
            if coll.is_locked():
                coll.unlock()
            for item in coll.get_all_items():
                out.append((item.get_attributes(), item.get_secret()))
        return out
    finally:
        conn.close()


def clear_items(address: str) -> None:
    import secretstorage
    from jeepney.io.blocking import open_dbus_connection

    conn = open_dbus_connection(bus=address)
    try:
        for coll in secretstorage.get_all_collections(conn):
            for item in coll.get_all_items():
                with contextlib.suppress(Exception):
                    item.delete()
    finally:
        conn.close()


@pytest.fixture(scope="session")
def secret_service(tmp_path_factory):
    require(tools_present(), "dbus-daemon and gnome-keyring-daemon are needed for real keyring tests")
    pytest.importorskip("secretstorage")
    try:
        handle = start_secret_service(tmp_path_factory.mktemp("secret-service"))
    except RuntimeError:  # a daemon that came up badly on a busy machine: one fresh try
        handle = start_secret_service(tmp_path_factory.mktemp("secret-service-retry"))
    yield handle
    handle.stop()


@pytest.fixture
def real_keyring(secret_service, monkeypatch):
    """For one test: ``keyring`` (in-process and in subprocesses) uses the private Secret Service."""
    import keyring

    for k, v in secret_service.env.items():
        monkeypatch.setenv(k, v)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.delenv("OFFLINE_READY_VAULT_PASSPHRASE", raising=False)  # the keyring holds the vault's key
    previous = keyring.get_keyring()
    keyring.set_keyring(secret_service.backend())
    try:
        yield secret_service
    finally:
        keyring.set_keyring(previous)
        clear_items(secret_service.bus_address)


@pytest.fixture
def no_keyring(monkeypatch):
    """For one test: no keyring at all (``keyring``'s fail backend), never the developer's own."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("OFFLINE_READY_VAULT_PASSPHRASE", raising=False)
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def no_keyring_unless_asked(request):
    """Imported into a folder's conftest (with ``no_keyring`` and ``real_keyring``): every test there sees
    no keyring, never the developer's own, unless it asks for ``real_keyring``."""
    if "real_keyring" not in request.fixturenames:
        request.getfixturevalue("no_keyring")
