"""A command starts with only what it needs: its own parser, none of the heavy libraries it does not use."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from offline_ready.cli.main import COMMAND_MODULES, COMMAND_OWNERS, build_parser, command_modules

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def _choices(parser) -> set[str]:
    sub = next(a for a in parser._actions if a.dest == "command")
    return set(sub.choices)


def test_a_known_command_builds_only_its_own_parser():
    mods = command_modules(["docs", "search", "router"])
    assert "offline_ready.cli.docs_cmd" in mods and "offline_ready.cli.check_cmd" not in mods
    assert command_modules(["--config", "x.toml", "docs"]) == COMMAND_MODULES  # not sure: everything
    assert command_modules([]) == COMMAND_MODULES and command_modules(["nonsense"]) == COMMAND_MODULES


@pytest.mark.parametrize("command", sorted(COMMAND_OWNERS))
def test_every_owner_registers_its_command(command):
    assert command in _choices(build_parser([command]))


def test_full_help_still_lists_every_command():
    assert set(COMMAND_OWNERS) <= _choices(build_parser())


HEAVY = ("requests", "urllib3", "email", "uuid", "phonenumbers", "pypdf", "reportlab", "PySide6", "cryptography",
         "charset_normalizer")


@pytest.mark.parametrize(("argv", "heavy"), [
    # no settings file here: the built-in settings need no TOML parser; help is printed before they are read
    (["docs", "search", "router"], (*HEAVY, "tomllib")), (["contacts", "search", "ann"], (*HEAVY, "tomllib")),
    (["check", "--help"], (*HEAVY, "tomlkit", "tomllib"))])
def test_searches_and_help_import_no_heavy_library(argv, heavy, app_home):
    code = ("import sys, io, contextlib\nfrom offline_ready.cli.main import main\n"
            "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
            f"    main({argv!r})\n"
            f"print(__import__('json').dumps(sorted(m for m in sys.modules if m.split('.')[0] in {heavy!r})))\n")
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env["PYTHONPATH"] = os.pathsep.join([str(DESKTOP), *filter(None, [os.environ.get("PYTHONPATH")])])
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


def test_a_search_that_logs_still_writes_the_log_file(app_home, tmp_path):
    """A search defers the logging set-up to its first record: a warning it gives reaches the log file,
    with logging loaded only then."""
    cfg = tmp_path / "settings.toml"
    cfg.write_text('[[vault.documents]]\nname = "Price list"\nsource = "https://user:secret@docs.test/prices.pdf"\n')
    code = ("import sys, io, contextlib\nfrom offline_ready.cli.main import main\n"
            "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
            f"    main(['docs', 'search', 'router', '--config', {str(cfg)!r}])\n"
            "from offline_ready.logsetup import log_file\n"
            "print(__import__('json').dumps(['logging' in sys.modules, log_file().read_text()]))\n")
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env["PYTHONPATH"] = os.pathsep.join([str(DESKTOP), *filter(None, [os.environ.get("PYTHONPATH")])])
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    loaded, log = json.loads(out.stdout.strip().splitlines()[-1])
    assert loaded and "WARNING offline_ready.vault.documents: vault.documents entry 'Price list' ignored" in log
    assert "secret" not in log
