"""Watch the system's DNS configuration, so any change to it triggers a check at once.

Whoever changes the resolvers — our own backup-DNS switch or restore, NetworkManager,
systemd-resolved, a VPN client, an administrator — writes one of a few files: on Linux
``/etc/resolv.conf`` (often a link into ``/run``), systemd-resolved's and NetworkManager's
copies under ``/run``, and our own backup-DNS journal. Both daemons rewrite their file on
every DNS change they apply, so watching the files covers their D-Bus signals too, with no
bus connection. Linux: inotify (no polling, no traffic). Everywhere, as a fallback and for
files that do not exist yet: a cheap ``stat`` signature compared whenever the monitor wakes,
plus, where resolvers are not kept in files (Windows, macOS), the resolver list itself every
``poll_seconds``.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import logging
import os
import struct
import sys
import time
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

LINUX_FILES = (
    Path("/etc/resolv.conf"),
    Path("/run/systemd/resolve/resolv.conf"),
    Path("/run/systemd/resolve/stub-resolv.conf"),
    Path("/run/NetworkManager/resolv.conf"),
    Path("/run/NetworkManager/no-stub-resolv.conf"),
)

# inotify mask bits (linux/inotify.h)
IN_MODIFY, IN_ATTRIB, IN_CLOSE_WRITE = 0x2, 0x4, 0x8
IN_MOVED_FROM, IN_MOVED_TO, IN_CREATE, IN_DELETE = 0x40, 0x80, 0x100, 0x200
IN_DELETE_SELF, IN_MOVE_SELF = 0x400, 0x800
IN_NONBLOCK, IN_CLOEXEC = 0o4000, 0o2000000
FILE_MASK = IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF
DIR_MASK = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY
_EVENT = struct.Struct("iIII")

Signature = tuple


def _libc() -> ctypes.CDLL | None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.inotify_init1.argtypes = [ctypes.c_int]
        libc.inotify_add_watch.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_uint32]
        return libc
    except (OSError, AttributeError):
        return None


def stat_signature(paths: list[Path]) -> Signature:
    """What changes when any of the files is written, replaced, created or removed."""
    out = []
    for p in paths:
        try:
            st = p.stat()
            out.append((str(p), st.st_ino, st.st_mtime_ns, st.st_size))
        except OSError:
            out.append((str(p), None))
    return tuple(out)


class ResolverConfigWatch:
    """A file descriptor (Linux) plus a polled signature; ``changed()`` says whether anything moved."""

    def __init__(self, extra: list[Path] | None = None, *, files: tuple[Path, ...] | None = None,
                 resolvers: Callable[[], list[str]] | None = None, poll_seconds: float = 15.0) -> None:
        on_linux = sys.platform.startswith("linux")
        self.files = [*(files if files is not None else (LINUX_FILES if on_linux else ())), *(extra or [])]
        # Windows and macOS keep resolvers in the registry / SystemConfiguration: ask for the list itself
        self._resolvers = resolvers or (None if on_linux else _system_resolvers)
        self._poll = poll_seconds
        self._next_poll = 0.0
        self._fd = -1
        self._libc = _libc() if on_linux else None
        if self._libc is not None:
            fd = self._libc.inotify_init1(IN_NONBLOCK | IN_CLOEXEC)
            if fd >= 0:
                self._fd = fd
                self._add_watches()
        self._sig = stat_signature(self.files)
        self._servers = self._resolvers() if self._resolvers else None

    @property
    def available(self) -> bool:
        return self._fd >= 0

    def fileno(self) -> int:
        return self._fd

    def _add_watches(self) -> None:
        """Watch each file (in-place writes, also through bind mounts) and its folder (replacement,
        creation). Re-adding after a replacement moves the file watch to the new inode."""
        assert self._libc is not None
        for p in self.files:
            targets = [(p, FILE_MASK)]
            with contextlib.suppress(OSError):
                real = p.resolve()
                if real != p:
                    targets.append((real, FILE_MASK))
                    targets.append((real.parent, DIR_MASK))
            targets.append((p.parent, DIR_MASK))
            for path, mask in targets:
                if not path.exists():
                    continue
                self._libc.inotify_add_watch(self._fd, os.fsencode(path), mask)

    def _names(self) -> set[str]:
        names = {p.name for p in self.files}
        with contextlib.suppress(OSError):
            names |= {p.resolve().name for p in self.files}
        return names

    def drain(self) -> bool:
        """Read pending inotify events; True when one concerns a watched file."""
        if self._fd < 0:
            return False
        relevant = False
        names = self._names()
        while True:
            try:
                buf = os.read(self._fd, 65536)
            except (BlockingIOError, InterruptedError):
                break
            except OSError:
                break
            if not buf:
                break
            off = 0
            while off + _EVENT.size <= len(buf):
                _wd, _mask, _cookie, length = _EVENT.unpack_from(buf, off)
                name = buf[off + _EVENT.size: off + _EVENT.size + length].rstrip(b"\0").decode(errors="replace")
                off += _EVENT.size + length
                if not name or name in names:  # a file watch (no name), or a watched name in a folder
                    relevant = True
        if relevant:
            self._add_watches()
        return relevant

    def changed(self) -> bool:
        """Whether the DNS configuration changed since the last call (inotify, then the polled checks)."""
        moved = self.drain()
        sig = stat_signature(self.files)
        if sig != self._sig:
            self._sig = sig
            moved = True
        if self._resolvers is not None and time.monotonic() >= self._next_poll:
            self._next_poll = time.monotonic() + self._poll
            servers = self._resolvers()
            if servers != self._servers:
                self._servers = servers
                moved = True
        return moved

    def close(self) -> None:
        if self._fd >= 0:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = -1


def _system_resolvers() -> list[str]:
    from ..probes.dns import system_resolvers

    return system_resolvers()
