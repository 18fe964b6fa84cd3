"""At rest: private modes whatever the umask, no plaintext left by a kill (killed at named points
through the fault-injection hook, not timed), viewer copies removed, a minimum passphrase strength."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from vault_env import cli_env

from offline_ready.vault.crypto import CryptoError

PASSPHRASE = "copper kettle harbour"
MARKER = b"ZEBRA-PLAINTEXT-7731 escalation list"


def _cli(app_home: Path, *args: str, umask: int | None = None, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "offline_ready", *args],
                          env=cli_env(app_home, OFFLINE_READY_VAULT_PASSPHRASE=PASSPHRASE, **env),
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
                          preexec_fn=(lambda: os.umask(umask)) if umask is not None else None)


def _files_holding(root: Path, needle: bytes) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_folders_0700_and_files_0600_whatever_the_umask(app_home, vault_config, tmp_path):
    vault_config(encryption=True)
    os.chmod(app_home / "config", 0o755)  # made by an older version, or by hand
    src = tmp_path / "plan.txt"
    src.write_bytes(MARKER)
    assert _cli(app_home, "docs", "add", str(src), umask=0o022).returncode == 0
    r = _cli(app_home, "docs", "sync", "-q", umask=0o000)
    assert r.returncode == 0, r.stderr
    assert _cli(app_home, "docs", "open", "1", "--print-path", umask=0o002).returncode == 0
    seen = 0
    for p in [app_home / "config", *(app_home / "data").rglob("*"), *(app_home / "cache").rglob("*")]:
        mode = stat.S_IMODE(p.lstat().st_mode)
        assert mode & 0o077 == 0, f"{p.relative_to(app_home)} is {oct(mode)}"
        if p.is_dir():
            assert mode == 0o700, f"{p.relative_to(app_home)} is {oct(mode)}"
        seen += 1
    assert seen > 10


@pytest.mark.parametrize("point", ["vault.download.before-seal", "vault.convert.plain-copy"])
def test_a_kill_leaves_no_plaintext_copy_behind(app_home, vault_config, tmp_path, point):
    src = tmp_path / "escalation.txt"
    src.write_bytes(MARKER)
    if point == "vault.download.before-seal":  # the first download of a document, encrypted vault
        vault_config(encryption=True)
        r = _cli(app_home, "docs", "add", str(src), OFFLINE_READY_FAULT=point)
    else:  # a plain vault being encrypted: killed mid-conversion
        assert _cli(app_home, "docs", "add", str(src)).returncode == 0
        vault_config(encryption=True)
        r = _cli(app_home, "docs", "sync", "-q", OFFLINE_READY_FAULT=point)
    assert r.returncode == -9, r.stderr  # killed at the named point
    vault = app_home / "data" / "vault"
    assert _files_holding(vault / "tmp", MARKER)  # the window is real: a plaintext working copy …
    assert _cli(app_home, "docs", "list").returncode == 0  # … until the next start removes it
    assert _files_holding(app_home, MARKER) == []
    r = _cli(app_home, "docs", "sync", "-q")  # and the vault is whole: the document is there, sealed
    assert r.returncode == 0, r.stderr
    path = _cli(app_home, "docs", "open", "1", "--print-path").stdout.strip()
    assert Path(path).read_bytes() == MARKER
    assert _files_holding(vault, MARKER) == []


def test_viewer_copies_of_an_ended_process_are_removed_at_the_next_start(app_home, vault_config, tmp_path):
    vault_config(encryption=True)
    src = tmp_path / "plan.txt"
    src.write_bytes(MARKER)
    assert _cli(app_home, "docs", "add", str(src)).returncode == 0
    assert _cli(app_home, "docs", "sync", "-q").returncode == 0
    copy = Path(_cli(app_home, "docs", "open", "1", "--print-path").stdout.strip())
    assert copy.read_bytes() == MARKER  # the viewer's copy, made by a process that has ended
    assert _cli(app_home, "docs", "list").returncode == 0
    assert not copy.exists() and _files_holding(app_home, MARKER) == []


def test_a_weak_passphrase_is_refused_for_a_new_vault(make_service, tmp_path):
    for weak, why in [("pw", "too short"), ("password1234", "too easy to guess"), ("qwertyuiop12", "too easy")]:
        service = make_service(encryption=True)
        with pytest.raises(CryptoError, match=why):
            service.unlock(weak)
    service = make_service(encryption=True)
    service.unlock(PASSPHRASE)
    assert not service.locked


def test_the_data_key_never_shows_in_a_repr_or_a_log_line():
    """A key printed by a traceback's locals, a log call or an f-string must not give the bytes away."""
    import logging

    from offline_ready.vault.crypto import KEY_LEN, VaultKey

    raw = bytes(range(KEY_LEN))
    key = VaultKey(raw)
    shown = [repr(key), str(key), f"{key}", repr([key]), logging.Formatter().format(
        logging.LogRecord("vault", logging.INFO, __file__, 1, "key %r", (key,), None))]
    for text in shown:
        assert "hidden" in text
        assert repr(raw) not in text and raw.hex() not in text and "\\x00\\x01" not in text
    assert key == VaultKey(raw) and key.raw == raw  # equality and use are unchanged
