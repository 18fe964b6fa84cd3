"""Secrets against a real keyring (GNOME Keyring's Secret Service on a private D-Bus), and their absence."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import vault_samples as S
from vault_env import cli_env
from vault_servers import BEARER_TOKEN

from offline_ready.vault.credentials import Credential, CredentialError, CredentialStore
from support.keyring_backend import all_items

pytestmark = pytest.mark.keyring


def _files_containing(root: Path, needle: bytes) -> list[Path]:
    hits = []
    for f in root.rglob("*"):
        if f.is_file():
            try:
                if needle in f.read_bytes():
                    hits.append(f)
            except OSError:
                continue
    return hits


def test_credential_store_roundtrip(real_keyring):
    store = CredentialStore()
    assert store.available()
    cred = Credential("header", "v@lue with spaces", header="X-Api-Key")
    store.set("https://intranet.example/a.pdf", cred)
    assert store.get("https://intranet.example/a.pdf") == cred
    assert "v@lue" not in repr(cred) and "v@lue" not in str(cred)
    items = all_items(real_keyring.bus_address)
    assert any(a.get("service") == "offline-ready-vault" and a.get("username") == "https://intranet.example/a.pdf"
               for a, _ in items)
    assert store.delete("https://intranet.example/a.pdf")
    assert store.get("https://intranet.example/a.pdf") is None


def test_cli_login_keeps_the_secret_out_of_files_and_logs(real_keyring, site, app_home, vault_config):
    url = site.put("bearer/plan.pdf", S.pdf("Protected plan"))
    env = cli_env(app_home, **real_keyring.env)
    env.pop("PYTHON_KEYRING_BACKEND", None)
    run = lambda *a, **kw: subprocess.run([sys.executable, "-m", "offline_ready", "-v", *a], env=env,  # noqa: E731
                                          capture_output=True, text=True, timeout=60, **kw)
    p = run("docs", "add", url, "--auth", "bearer", "--secret-stdin", input=BEARER_TOKEN + "\n")
    assert p.returncode == 0, p.stderr
    assert "Added 1" in p.stdout
    p = run("docs", "list", "--json")
    assert '"auth": "bearer"' in p.stdout and '"state": "fresh"' in p.stdout
    secrets = [s for _a, s in all_items(real_keyring.bus_address)]
    assert any(BEARER_TOKEN.encode() in s for s in secrets)
    assert _files_containing(app_home, BEARER_TOKEN.encode()) == []
    assert BEARER_TOKEN not in p.stderr
    # docs logout forgets it; the next refresh then asks for a sign-in
    assert run("docs", "logout", "1").returncode == 0
    assert not any(BEARER_TOKEN.encode() in s for _a, s in all_items(real_keyring.bus_address))
    p = run("docs", "sync", "--json")
    assert p.returncode == 1 and '"auth-required"' in p.stdout
    # docs login stores it again; docs remove deletes it
    assert run("docs", "login", "1", "--auth", "bearer", "--secret-stdin", input=BEARER_TOKEN).returncode == 0
    assert run("docs", "sync").returncode == 0
    assert run("docs", "remove", "1", "--yes").returncode == 0
    assert all_items(real_keyring.bus_address) == []


def test_encryption_key_lives_in_the_keyring(real_keyring, make_service, tmp_path):
    service = make_service(encryption=True)
    assert not service.needs_passphrase
    src = tmp_path / "a.txt"
    src.write_text("keyring-protected content")
    doc = service.add_document(str(src))
    service.sync()
    assert not (Path(service.root) / "key.json").exists()
    items = [(a, s) for a, s in all_items(real_keyring.bus_address) if a.get("service") == "offline-ready"]
    assert len(items) == 1 and len(items[0][1]) < 2560  # a small key (Windows caps a secret at 2,560 bytes)
    blob = service.blobs.path(service.versions(doc.id)[0].blob).read_bytes()
    assert b"keyring-protected" not in blob
    service.close()
    again = make_service(encryption=True)
    assert not again.locked
    assert again.copy_for_viewer(doc.id).read_text() == "keyring-protected content"


def test_without_a_keyring(make_service, tmp_path, app_home):
    store = CredentialStore()
    assert not store.available()
    with pytest.raises(CredentialError, match="no system keyring"):
        store.set("x", Credential("bearer", "t"))
    service = make_service()
    with pytest.raises(CredentialError, match="no system keyring"):
        service.add_document("http://127.0.0.1:9/secret.pdf", credential=Credential("bearer", "t"))
    with pytest.raises(CredentialError):
        service.add_document("http://bob:pw@127.0.0.1:9/userinfo.pdf")
    assert service.list_documents() == []
    enc = make_service(encryption=True)
    assert enc.needs_passphrase and enc.locked
    enc.unlock("a passphrase")
    assert not enc.locked


def test_cli_passphrase_for_scripts(app_home, vault_config, tmp_path):
    vault_config(encryption=True)
    src = tmp_path / "n.txt"
    src.write_text("scripted")
    env = cli_env(app_home)
    env.pop("OFFLINE_READY_VAULT_PASSPHRASE", None)
    p = subprocess.run([sys.executable, "-m", "offline_ready", "docs", "add", str(src)], env=env,
                       capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60)
    assert p.returncode == 3 and "OFFLINE_READY_VAULT_PASSPHRASE" in p.stderr
    env["OFFLINE_READY_VAULT_PASSPHRASE"] = "s3cret phrase"
    p = subprocess.run([sys.executable, "-m", "offline_ready", "docs", "add", str(src)], env=env,
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    p = subprocess.run([sys.executable, "-m", "offline_ready", "docs", "open", "1", "--print-path"], env=env,
                       capture_output=True, text=True, timeout=60)
    assert Path(p.stdout.strip()).read_text() == "scripted"
    env["OFFLINE_READY_VAULT_PASSPHRASE"] = "wrong"
    p = subprocess.run([sys.executable, "-m", "offline_ready", "docs", "open", "1", "--print-path"], env=env,
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 3 and "wrong passphrase" in p.stderr
