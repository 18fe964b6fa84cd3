"""Entry point: ``offline-ready`` with no subcommand starts the tray app."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from .. import __version__
from ..i18n import N_, _, newer_store, ngettext, set_language
from ..logsetup import logger
from .common import EXIT_UNKNOWN, CliError, config_parent

# The command modules, all in this package (the features below never import the CLI); each provides
# ``register(subparsers, parent)`` and keeps its top-level imports light.
COMMAND_MODULES = (
    "offline_ready.cli.check_cmd",
    "offline_ready.cli.monitor_cmd",
    "offline_ready.cli.history_cmd",
    "offline_ready.cli.config_cmd",
    "offline_ready.cli.doctor_cmd",
    "offline_ready.cli.readiness_cmd",
    "offline_ready.cli.drill_cmd",
    "offline_ready.cli.docs_cmd",
    "offline_ready.cli.contacts_cmd",
    "offline_ready.cli.dns_cmd",
    "offline_ready.cli.fleet_cmd",
)

# Which module registers which command: a command's start-up imports only its own module (the rest would
# cost a tenth of a second of imports and parser building). A module not named here is always imported.
COMMAND_OWNERS = {
    "check": "offline_ready.cli.check_cmd",
    "monitor": "offline_ready.cli.monitor_cmd",
    "history": "offline_ready.cli.history_cmd",
    "config": "offline_ready.cli.config_cmd",
    "doctor": "offline_ready.cli.doctor_cmd",
    "readiness": "offline_ready.cli.readiness_cmd",
    "drill": "offline_ready.cli.drill_cmd",
    "docs": "offline_ready.cli.docs_cmd",
    "contacts": "offline_ready.cli.contacts_cmd",
    "dns": "offline_ready.cli.dns_cmd",
    "fleet": "offline_ready.cli.fleet_cmd",
}

log = logger("offline_ready")

# argparse's own words (headings, usage errors) come from this catalogue too: argparse calls the ``_`` and
# ``ngettext`` it took from gettext when it runs, so pointing them at ours translates them with the rest.
ARGPARSE_WORDS = (
    N_("usage: "), N_("positional arguments"), N_("options"), N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"), N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"), N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"), N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"), N_("expected at most one argument"), N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"), N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"), N_("ignored explicit argument %r"),
    N_("can't open '%(filename)s': %(error)s"), N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
)
argparse._ = _  # type: ignore[attr-defined]
argparse.ngettext = ngettext  # type: ignore[attr-defined]


def command_modules(argv: Sequence[str] | None) -> tuple[str, ...]:
    """The modules to register for ``argv``: all of them, unless its first word names a known command."""
    first = next((a for a in argv or () if not a.startswith("-")), None)
    owner = COMMAND_OWNERS.get(first or "")
    if owner is None:
        return COMMAND_MODULES
    owned = set(COMMAND_OWNERS.values())
    return tuple(m for m in COMMAND_MODULES if m == owner or m not in owned)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; given ``argv``, with only what that command needs (``None``: every command)."""
    parent = config_parent()
    parser = argparse.ArgumentParser(
        prog="offline-ready",
        description=_("Tells you what is broken when the internet goes down, and keeps what you need offline. "
        "Run with no command to start the tray app."),
        parents=[parent],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=_("show program's version number and exit"))
    parser.add_argument("-v", "--verbose", action="store_true", help=_("log debug details to stderr"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in command_modules(argv):
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # feature not built into this installation
                continue
            raise
        module.register(sub, parent)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from ..paths import app_paths, private_umask

    private_umask()  # what this process creates is the user's alone
    set_language()  # the system's language; a ``ui.language`` setting takes over once the settings load
    parser = build_parser(argv)
    args = parser.parse_args(argv)  # --help and usage errors end here, before the settings machinery loads
    private_umask(app_paths())  # and the app's folders too (older versions made them with wider modes)
    from ..config import ConfigError
    from ..logsetup import defer_logging, setup_logging

    # a command whose code logs only through logsetup.logger (the searches) sets up logging at its first record
    setup = defer_logging if getattr(args, "defer_logging", False) else setup_logging
    setup(verbose=args.verbose, console=args.verbose)
    try:
        if not getattr(args, "func", None):
            try:
                from ..ui.app import run_app  # Qt is imported only here
            except ImportError as exc:
                return _qt_import_failed(exc)
            return run_app(args)
        return int(args.func(args) or 0)
    except ConfigError as exc:
        print("offline-ready: " + _("configuration error: {problem}").format(problem=exc), file=sys.stderr)
        return EXIT_UNKNOWN
    except CliError as exc:
        print(f"offline-ready: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # last resort: never a bare traceback for the user
        from ..storeversion import NewerStoreError  # loaded only on this path: start-up stays light

        if isinstance(exc, NewerStoreError):  # a store from a newer version, after a downgrade: left as it is
            print(f"offline-ready: {exc.path}: {newer_store(exc.found, exc.known)}", file=sys.stderr)
            return EXIT_UNKNOWN
        log.exception("internal error")
        from ..logsetup import log_file

        print("offline-ready: " + _("internal error: {problem} (details in {log})").format(problem=exc, log=log_file()),
              file=sys.stderr)
        return EXIT_UNKNOWN


def _qt_import_failed(exc: ImportError) -> int:
    """Qt itself does not load (PySide6 missing, or a system library it links to): say which and the fix."""
    from ..gui_session import debian_package

    log.error("cannot import Qt: %s", exc)
    lib = str(exc).split(": ", 1)[0].rsplit("/", 1)[-1]
    if ".so" in lib:
        print("offline-ready: " + _("the desktop app cannot start: Qt needs the system library {library}, which is "
                                    "missing; on Debian or Ubuntu install it with {command}").format(
            library=lib, command=f"`sudo apt install {debian_package(lib) or lib}`"), file=sys.stderr)
    else:
        print("offline-ready: " + _("the desktop app cannot start: {problem}; reinstall Offline Ready").format(problem=exc),
              file=sys.stderr)
    return 4  # as ui.preflight.EXIT_NO_DESKTOP, which cannot be imported without Qt


if __name__ == "__main__":
    sys.exit(main())
