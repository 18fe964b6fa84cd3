"""Open a stored version in the system's viewer, offline.

The viewer gets its own copy in a fresh folder, under the document's original name (so the
viewer shows a sensible title and picks the right program) — never the stored blob: a viewer
could change it, and on Windows a file that is open cannot be replaced by the next version.
Copies are read-only and private (0400 in a 0700 folder), and removed once the process that made
them has ended (at the next start of the app or the CLI) or after a day.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from ..i18n import _
from .names import safe_filename

KEEP_COPIES_S = 24 * 3600


def open_dir(cache_dir: Path) -> Path:
    return Path(cache_dir) / "vault-open"


def make_copy(chunks: Iterator[bytes], cache_dir: Path, filename: str) -> Path:
    """Write ``chunks`` to ``<cache>/vault-open/<random>/<filename>`` (read-only) and return the path."""
    base = open_dir(cache_dir)
    sweep(base)
    folder = base / f"{os.getpid()}-{os.urandom(8).hex()}"  # whose copy it is, for sweep()
    folder.mkdir(parents=True, exist_ok=False)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)
    dest = folder / safe_filename(filename)
    with open(dest, "wb") as out:
        for chunk in chunks:
            out.write(chunk)
    os.chmod(dest, 0o400)
    return dest


def sweep(base: Path, older_than_s: float = KEEP_COPIES_S) -> None:
    """Remove viewer copies whose process has ended (the app or CLI run that made them) or that
    are older than ``older_than_s``: plaintext copies of an encrypted vault do not linger."""
    if not base.is_dir():
        return
    cutoff = time.time() - older_than_s
    for folder in base.iterdir():
        try:
            if folder.is_dir() and (folder.stat().st_mtime < cutoff or not _owner_alive(folder.name)):
                for f in folder.iterdir():
                    with contextlib.suppress(OSError):
                        os.chmod(f, 0o600)
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue


def _owner_alive(name: str) -> bool:
    pid = name.split("-", 1)[0]
    if not pid.isdigit():
        return False  # made by an older version: no owner recorded
    if int(pid) == os.getpid() or os.name != "posix":
        return True  # Windows: by age only
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, someone else's
    return True


def launch(path: Path, runner: Callable[[list[str]], object] | None = None) -> None:
    """Hand ``path`` to the desktop's default application (returns at once)."""
    if sys.platform == "win32":
        os.startfile(str(path))  # type: ignore[attr-defined]
        return
    cmd = ["open", str(path)] if sys.platform == "darwin" else ["xdg-open", str(path)]
    if runner is not None:
        runner(cmd)
        return
    if shutil.which(cmd[0]) is None:
        raise FileNotFoundError(_("{program} is not installed; the copy is at {path}").format(program=cmd[0], path=path))
    import subprocess  # only a viewer launch needs it, not the sweep every command runs

    subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                     start_new_session=True)
