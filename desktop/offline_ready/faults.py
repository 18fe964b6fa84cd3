"""Named points where a test can kill this process, to prove that a kill there leaves nothing behind.

``OFFLINE_READY_FAULT=<point>`` in the environment makes :func:`point` with that name end the
process at once with SIGKILL (no clean-up runs, exactly like a crash or a power cut);
``<point>@<n>`` does so the n-th time the point is passed (e.g. after three documents were stored).
Unset, a point costs one dictionary lookup. The points are listed in ``docs/security.md``.
"""

from __future__ import annotations

import os
import signal
import threading

ENV = "OFFLINE_READY_FAULT"

_passes: dict[str, int] = {}
_lock = threading.Lock()


def point(name: str) -> None:
    wanted = os.environ.get(ENV)
    if not wanted:
        return
    target, _, nth = wanted.partition("@")
    if target != name:
        return
    with _lock:
        _passes[name] = _passes.get(name, 0) + 1
        due = _passes[name] >= int(nth or 1)
    if due:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
