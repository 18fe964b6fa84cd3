"""Logging into a size-rotated file in the platform's log folder (and stderr with --verbose).

The searches people type during an outage usually log nothing, and loading ``logging`` (with
``traceback``, ``threading`` and its format checks) is a tenth of their start-up. So the command line
may :func:`defer_logging`: the set-up waits for the first record, which the modules on those commands'
path send through :func:`logger` (a logger that loads ``logging`` when first used). A search that logs
nothing never loads it; tests/install/test_installed_startup.py keeps it that way.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .paths import app_paths

TYPE_CHECKING = False
if TYPE_CHECKING:
    import logging

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file() -> Path:
    return app_paths().log_dir / "offline-ready.log"


def setup_logging(level: str = "info", *, verbose: bool = False, console: bool = False) -> None:
    import logging

    from .logfile import LogFile

    global _deferred
    _deferred = None
    root = logging.getLogger("offline_ready")
    if getattr(root, "_offline_ready_setup", False):
        return
    root.setLevel(logging.DEBUG if verbose else getattr(logging, level.upper(), logging.INFO))
    handler = LogFile(log_file())
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    if console:
        h = logging.StreamHandler(sys.stderr)
        h.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(h)
    root._offline_ready_setup = True  # type: ignore[attr-defined]


_deferred: dict[str, object] | None = None  # what setup_logging will be called with at the first record


def defer_logging(level: str = "info", *, verbose: bool = False, console: bool = False) -> None:
    """:func:`setup_logging` at the first record sent through :func:`logger` (and not before)."""
    global _deferred
    _deferred = {"level": level, "verbose": verbose, "console": console}


def set_level(level: str) -> None:
    """The ``logging.level`` setting, once the settings are read."""
    if _deferred is not None:
        _deferred["level"] = level
    if _deferred is None or "logging" in sys.modules:
        import logging

        logging.getLogger("offline_ready").setLevel(level.upper())


class LazyLogger:
    """``logging.getLogger(name)``, loaded (and a deferred set-up done) when first used."""

    __slots__ = ("_logger", "_name")

    def __init__(self, name: str) -> None:
        self._name = name
        self._logger: logging.Logger | None = None

    def __getattr__(self, attr: str) -> object:
        if self._logger is None:
            import logging

            if _deferred is not None:
                setup_logging(**_deferred)  # type: ignore[arg-type]
            self._logger = logging.getLogger(self._name)
        return getattr(self._logger, attr)


def logger(name: str) -> LazyLogger:
    """The logger a module on a deferring command's path uses instead of ``logging.getLogger(name)``."""
    return LazyLogger(name)
