"""What the installed ``offline-ready`` loads to answer the commands people type during an outage: a document
search, a contact search, ``--help``. They must start with their own code and the standard library's
basics, none of the heavy libraries they do not use (Qt, HTTP, DNS, phone-number data, PDF, encryption,
keyring, TOML writing …) and none of the modules a lighter design left behind (dataclasses with inspect,
typing, importlib.resources with zipfile, logging until something is logged).

Not timed: ``benchmarks/cli_bench.py`` measures the wall time. Here a module that creeps back into these
commands' start-up is named. The list comes from ``python -X importtime`` running the installed
console script, in a fresh home directory as a user has it (the app finds its folders through the
platform's rules), with a few documents and contacts in the vault so the searches find something.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from install.fixtures import installed_env

pytestmark = pytest.mark.timeout(1500)

# top-level packages and modules none of the three commands needs
HEAVY = ("PySide6", "shiboken6", "requests", "urllib3", "certifi", "charset_normalizer", "idna", "dns", "phonenumbers",
         "pypdf", "reportlab", "cryptography", "keyring", "jeepney", "secretstorage", "tomlkit", "docx", "openpyxl",
         "defusedxml", "pypac", "dukpy", "spnego", "zxcvbn", "google", "cramjam", "truststore", "email", "http",
         "ssl", "socket", "uuid", "hashlib", "dataclasses", "inspect", "typing", "zipfile", "plistlib", "winreg",
         "logging")
# modules of their own that belong to other commands or other platforms
NOT_OURS = ("offline_ready.ui", "offline_ready.probes", "offline_ready.diagnosis", "offline_ready.monitor",
            "offline_ready.backup_dns", "offline_ready.proxy", "offline_ready.fleet", "offline_ready.vault.contacts.importer",
            "offline_ready.vault.syncing", "offline_ready.vault.fetch", "offline_ready.vault.copies",
            "offline_ready.vault.intake", "offline_ready.vault.textextract", "offline_ready.vault.contacts.merge")

COMMANDS = {
    "docs search": (["docs", "search", "router"], ("offline_ready.vault.contacts",)),
    "contacts search": (["contacts", "search", "ann"], ()),
    "check --help": (["check", "--help"], ("offline_ready.vault", "tomllib", "sqlite3", "platformdirs")),
}


def user_env(home: Path) -> dict[str, str]:
    """The environment of a user whose home is ``home``: no variable pointing the app's folders elsewhere."""
    env = installed_env({**os.environ, "HOME": str(home), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    for var in ("OFFLINE_READY_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env.pop(var, None)
    return env


@pytest.fixture(scope="module")
def filled_home(venv_bin: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home directory whose vault holds a few documents and contacts, added with the installed command."""
    home = tmp_path_factory.mktemp("user-home")
    for i in range(3):
        doc = home / f"runbook-{i}.txt"
        doc.write_text(f"Runbook {i}: restart the router, then call the helpdesk.\n" * 5)
        r = subprocess.run([str(venv_bin / "offline-ready"), "docs", "add", str(doc)], env=user_env(home), cwd=home,
                           capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stdout + r.stderr
    cards = home / "team.vcf"
    cards.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Person{i}\r\nTEL;TYPE=work:+1 202 555 01{i:02}\r\n"
                             "END:VCARD\r\n" for i in range(5)))
    r = subprocess.run([str(venv_bin / "offline-ready"), "contacts", "import", str(cards)], env=user_env(home),
                       cwd=home, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    return home


def loaded_modules(venv_bin: Path, home: Path, args: list[str]) -> tuple[set[str], subprocess.CompletedProcess]:
    """Every module the installed console script imports for ``args`` (from ``-X importtime``)."""
    r = subprocess.run([str(venv_bin / "python"), "-X", "importtime", str(venv_bin / "offline-ready"), *args],
                       env=user_env(home), cwd=home, capture_output=True, text=True, timeout=120)
    names = {line.rsplit("|", 1)[1].strip() for line in r.stderr.splitlines()
             if line.startswith("import time:") and line.count("|") == 2}
    names.discard("imported package")
    return names, r


@pytest.mark.parametrize("label", sorted(COMMANDS))
def test_the_installed_command_loads_only_what_it_needs(label: str, venv_bin: Path, filled_home: Path) -> None:
    args, also_not = COMMANDS[label]
    modules, r = loaded_modules(venv_bin, filled_home, args)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "offline_ready.cli.main" in modules, "importtime saw no module of the app"
    if args[-1] != "--help":
        assert "Person" in r.stdout or "router" in r.stdout.lower(), r.stdout  # it found something
    unwanted = sorted(m for m in modules if m.split(".")[0] in HEAVY or m == "importlib.resources"
                      or any(m == p or m.startswith(p + ".") for p in (*NOT_OURS, *also_not)))
    assert unwanted == [], f"`offline-ready {' '.join(args)}` loads {unwanted}"
