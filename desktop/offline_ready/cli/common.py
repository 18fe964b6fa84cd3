"""Shared pieces of the subcommands: exit codes, JSON output, config loading."""

from __future__ import annotations

import argparse
import sys

from ..i18n import _, set_language

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

EXIT_OK = 0
EXIT_WARNING = 1
EXIT_CRITICAL = 2
EXIT_UNKNOWN = 3  # bad config, bad input, internal error (monitoring-plugin convention)


class CliError(Exception):
    """A user-facing failure: printed without a traceback, with an exit code."""

    def __init__(self, message: str, code: int = EXIT_UNKNOWN):
        super().__init__(message)
        self.code = code


def config_parent() -> argparse.ArgumentParser:
    """Options every subcommand accepts."""
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--config", metavar="FILE", default=argparse.SUPPRESS,
                   help=_("use FILE instead of the user settings file"))
    return p


def load(args: argparse.Namespace):
    """Load the configuration named by ``--config`` (ConfigError propagates as exit 3)."""
    from ..config import load_config
    from ..logsetup import set_level

    config = load_config(getattr(args, "config", None))
    use_language(config)
    if not getattr(args, "verbose", False):
        set_level(config.logging.level)
    return config


def use_language(config) -> None:
    """The CLI speaks the ``ui.language`` setting once it is known (until then, the system's language)."""
    if config.ui.language:
        set_language(config.ui.language)


def print_json(data: Any, *, line: bool = False) -> None:
    import json

    text = json.dumps(data, ensure_ascii=False, default=str, separators=(",", ":") if line else None,
                      indent=None if line else 2)
    sys.stdout.write(text + "\n")
    sys.stdout.flush()
