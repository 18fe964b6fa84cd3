"""The command line in the pseudo-locale: every sentence a command prints went through translation.

With ``LANGUAGE=x-pseudo`` each translated message comes out marked (⟦…⟧); whatever is left
unmarked must be data (see support/pseudo.py). Commands run in-process, as users run them,
against this test's own home; ``check`` in the test network is in tests/e2e.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from offline_ready import i18n
from offline_ready.cli.main import build_parser, main
from offline_ready.resolver_profiles.profiles import BUILTIN_PROFILES
from support.pseudo import bypasses

# Words a table or a command shows as data: command and action names, setting keys' parts, argument placeholders.
COMMAND_WORDS = ("offline-ready", "COMMAND", "ACTION")


def _run(capsys, monkeypatch, *argv: str) -> tuple[int, str]:
    monkeypatch.setenv("LANGUAGE", i18n.PSEUDO)
    try:
        code = main(list(argv))
    except SystemExit as exc:  # --help and usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out + err


def _commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [prefix]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _commands(sub, (*prefix, name))
    return found


def _names(parser: argparse.ArgumentParser) -> tuple[str, ...]:
    """Command, action and argument names and choices: they are typed, not read, so they stay as they are."""
    words = [word for cmd in _commands(parser) for word in cmd]
    for cmd in _commands(parser):
        sub = parser
        for name in cmd:
            sub = next(a for a in sub._actions if isinstance(a, argparse._SubParsersAction)).choices[name]
        for action in sub._actions:
            words += [str(c) for c in action.choices or () if not isinstance(action, argparse._SubParsersAction)]
            if not action.option_strings and not isinstance(action, argparse._SubParsersAction):
                words.append(action.metavar or action.dest)
    return tuple(dict.fromkeys(words))


def _unmarked(text: str, names: tuple[str, ...] = ()) -> list[str]:
    """The untranslated words of ``text`` (a translated message may span lines, so the text is read whole)."""
    return bypasses(text, (*COMMAND_WORDS, *names))


def test_every_help_page_is_translated(capsys, monkeypatch) -> None:
    i18n.set_language(i18n.PSEUDO)
    parser = build_parser()
    names = _names(parser)
    problems = {}
    for cmd in _commands(parser):
        code, text = _run(capsys, monkeypatch, *cmd, "--help")
        assert code == 0, (cmd, text)
        if bad := _unmarked(text, names):
            problems[" ".join(cmd) or "(top)"] = bad
    assert not problems, problems


def test_usage_errors_are_translated(capsys, monkeypatch) -> None:
    code, text = _run(capsys, monkeypatch, "config")
    assert code == 2 and not _unmarked(text, _names(build_parser())), text
    code, text = _run(capsys, monkeypatch, "no-such-command")
    assert code == 2 and not _unmarked(text, _names(build_parser())), text


@pytest.mark.parametrize("argv", [
    ("config", "show"), ("config", "validate"), ("config", "paths"),
    ("readiness",), ("doctor",), ("history",),
    ("docs", "list"), ("docs", "check"), ("contacts", "list"), ("dns", "status"),
], ids=" ".join)
def test_command_output_is_translated(capsys, monkeypatch, app_home: Path, argv) -> None:
    _code, text = _run(capsys, monkeypatch, *argv)
    assert text.strip(), argv
    values = [w for row in re.findall(r"^([a-z_.]+)  +(.+?)  \[", text, re.M) for w in row] \
        if argv == ("config", "show") else []
    profiles = [w for p in BUILTIN_PROFILES.values() for w in (p.id, p.name)]  # providers' names are names
    assert not _unmarked(text, (str(app_home), *values, *profiles)), text


def test_vault_commands_with_content(capsys, monkeypatch, app_home: Path, tmp_path: Path) -> None:
    """Documents and contacts with something in them: adding, listing, versions, checking, importing."""
    plan = tmp_path / "continuity-plan.txt"
    plan.write_text("Call the helpdesk first.\n" * 20)
    cards = tmp_path / "team.vcf"
    cards.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nORG:Example Ltd\r\n"
                     "TEL;TYPE=CELL:+44 20 7946 0018\r\nEND:VCARD\r\n"
                     "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Ng\r\nTEL:020 7946 0019\r\nEND:VCARD\r\n")
    # data: the files, their names and contents, the people on the cards, the media type the vault records
    data = (str(tmp_path), str(plan), str(cards), "continuity-plan.txt", "continuity-plan", "Ann Lee", "Bob Ng",
            "Example Ltd", "Call the", "helpdesk", "first", "text")
    problems = {}
    for argv in (("docs", "add", str(plan)), ("docs", "list"), ("docs", "versions", "1"), ("docs", "check"),
                 ("docs", "sync"), ("docs", "search", "helpdesk"), ("contacts", "import", str(cards)),
                 ("contacts", "list"), ("contacts", "search", "ann"), ("docs", "open", "42")):
        _code, text = _run(capsys, monkeypatch, *argv)
        if bad := _unmarked(text, data):
            problems[" ".join(argv)] = (bad, text)
    assert not problems, "\n".join(f"{cmd}: {bad}\n{text}" for cmd, (bad, text) in problems.items())


def test_a_store_from_a_newer_version_is_named_in_words(capsys, monkeypatch, app_home: Path) -> None:
    """After a downgrade the history database is newer than this version reads: the command says so in
    the user's language and leaves it alone, instead of an internal error."""
    import sqlite3

    from offline_ready.paths import app_paths

    db = app_paths().history_db
    db.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE incidents (id INTEGER PRIMARY KEY)")  # a store in use, not a new file
        conn.execute("PRAGMA user_version = 999")
    code, text = _run(capsys, monkeypatch, "history")
    assert code == 3 and "999" in text and "⟦" in text, text
    assert not _unmarked(text, (str(app_home),)), text
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 999
