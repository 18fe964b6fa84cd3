"""One running app per user profile: QLockFile + QLocalServer.

The lock decides who runs; the local server lets a second launch hand its request
("activate" — bring the window forward) to the running one. A lock left behind by a
crash never blocks a start: QLockFile drops locks whose process is gone, and when the
PID has been reused by an unrelated process we notice that nobody answers on the
socket and take the lock over.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 1000
REPLY_TIMEOUT_MS = 3000


def server_name(state_dir: Path) -> str:
    """A short per-user, per-profile socket name (Unix socket paths are limited to ~100 bytes)."""
    uid = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    digest = hashlib.sha256(str(state_dir.resolve()).encode()).hexdigest()[:12]
    return f"offline-ready-{uid}-{digest}"


def send_message(name: str, message: str, timeout_ms: int = REPLY_TIMEOUT_MS) -> dict[str, Any] | None:
    """Send one line to a running instance; returns its JSON reply, or None if nobody answers."""
    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(CONNECT_TIMEOUT_MS):
        return None
    sock.write(QByteArray((message.strip() + "\n").encode()))
    sock.flush()
    if sock.bytesToWrite() > 0 and not sock.waitForBytesWritten(timeout_ms):
        return None
    data = b""
    while b"\n" not in data:
        if not sock.waitForReadyRead(timeout_ms):
            break
        data += bytes(sock.readAll().data())
    sock.disconnectFromServer()
    if not data:
        return {}
    try:
        return json.loads(data.split(b"\n", 1)[0] or b"{}")
    except ValueError:
        return {}


class SingleInstance(QObject):
    """Own the profile's lock and answer messages from later launches."""

    messageReceived = Signal(str)

    def __init__(self, state_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        state_dir.mkdir(parents=True, exist_ok=True)
        self.lock_path = state_dir / "app.lock"
        self.name = server_name(state_dir)
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)  # never stale by age: a long-running app keeps its lock
        self._server: QLocalServer | None = None
        self.handlers: dict[str, Callable[[str], dict[str, Any]]] = {}

    def acquire(self) -> bool:
        """True if this process is now the one instance; False if another one runs."""
        if self._lock.tryLock(100):
            self._listen()
            return True
        # Someone holds the lock. If nobody answers on its socket, the holder is gone
        # (crash with a reused PID, or a lock on a copied profile): take the lock over.
        if send_message(self.name, "ping") is None:
            log.warning("taking over a stale instance lock at %s", self.lock_path)
            self._lock.removeStaleLockFile()
            with contextlib.suppress(OSError):
                self.lock_path.unlink(missing_ok=True)
            if self._lock.tryLock(100):
                self._listen()
                return True
        return False

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _listen(self) -> None:
        QLocalServer.removeServer(self.name)  # a socket file left by a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.error("cannot listen on %s: %s", self.name, server.errorString())
            return
        server.newConnection.connect(self._accept)
        self._server = server

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            sock.setParent(self)
            buf = bytearray()

            def on_ready(sock: QLocalSocket = sock, buf: bytearray = buf) -> None:
                buf.extend(bytes(sock.readAll().data()))
                if b"\n" not in buf:
                    if len(buf) > 4096:
                        sock.abort()
                    return
                line = bytes(buf).split(b"\n", 1)[0].decode("utf-8", "replace").strip()
                reply = self._handle(line)
                sock.write(QByteArray((json.dumps(reply, default=str) + "\n").encode()))
                sock.flush()
                sock.disconnectFromServer()

            sock.readyRead.connect(on_ready)
            sock.disconnected.connect(sock.deleteLater)
            if sock.bytesAvailable():
                on_ready()

    def _handle(self, line: str) -> dict[str, Any]:
        verb, _, rest = line.partition(" ")
        if verb == "ping":
            return {"ok": True, "pid": os.getpid()}
        handler = self.handlers.get(verb)
        self.messageReceived.emit(line)
        if handler is None:
            return {"ok": verb == "activate"}
        try:
            return {"ok": True, **handler(rest)}
        except Exception as exc:
            log.exception("instance command %r failed", verb)
            return {"ok": False, "error": str(exc)}
