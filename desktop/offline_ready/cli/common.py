"""Shared pieces of the subcommands: exit codes, JSON output, config loading."""

from __future__ import annotations

import argparse
import json
import sys
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
                   help="use FILE instead of the user settings file")
    return p


def load(args: argparse.Namespace):
    """Load the configuration named by ``--config`` (ConfigError propagates as exit 3)."""
    import logging

    from ..config import load_config

    config = load_config(getattr(args, "config", None))
    if config.ui.language:
        from ..i18n import set_language

        set_language(config.ui.language)
    if not getattr(args, "verbose", False):
        logging.getLogger("offline_ready").setLevel(config.logging.level.upper())
    return config


def print_json(data: Any, *, line: bool = False) -> None:
    text = json.dumps(data, ensure_ascii=False, default=str, separators=(",", ":") if line else None,
                      indent=None if line else 2)
    sys.stdout.write(text + "\n")
    sys.stdout.flush()
