"""Run blocking calls that cannot be cancelled (getaddrinfo) under a hard deadline.

The call runs in a daemon thread; if the deadline passes the caller gets a timeout
and the thread is abandoned to finish on its own. A cap on abandoned threads keeps
a long resolver outage from piling them up.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

T = TypeVar("T")

MAX_STUCK = 64
_stuck = 0
_lock = threading.Lock()


class Overloaded(RuntimeError):
    """Too many earlier calls are still stuck; the probe is not started."""


def call_with_deadline(fn: Callable[[], T], timeout: float) -> T:
    """Return ``fn()`` or raise TimeoutError after ``timeout`` seconds (the call keeps running)."""
    global _stuck
    with _lock:
        if _stuck >= MAX_STUCK:
            raise Overloaded("too many earlier lookups are still waiting for an answer")
    fut: Future[T] = Future()

    def runner() -> None:
        global _stuck
        try:
            fut.set_result(fn())
        except BaseException as exc:
            fut.set_exception(exc)
        finally:
            with _lock:
                if getattr(fut, "_abandoned", False):
                    _stuck -= 1

    threading.Thread(target=runner, name="bounded-call", daemon=True).start()
    try:
        return fut.result(timeout=max(0.0, timeout))
    except TimeoutError:
        with _lock:
            if not fut.done():
                fut._abandoned = True  # type: ignore[attr-defined]
                _stuck += 1
        raise


def lookup_addresses(name: str, timeout: float) -> list[str]:
    """The addresses ``getaddrinfo`` gives for ``name``, as applications resolve it, distinct and in order.

    Raises TimeoutError, :class:`Overloaded`, ``socket.gaierror`` or another OSError/UnicodeError."""

    def lookup() -> list[str]:
        infos = socket.getaddrinfo(name, None, type=socket.SOCK_STREAM)
        return list(dict.fromkeys(str(i[4][0]) for i in infos))

    return call_with_deadline(lookup, timeout)
