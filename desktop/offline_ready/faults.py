"""Named points where a test can kill this process, to prove that a kill there leaves nothing behind.

``OFFLINE_READY_FAULT=<point>`` in the environment makes :func:`point` with that name end the
process at once with SIGKILL (no clean-up runs, exactly like a crash or a power cut). Unset, a
point costs one dictionary lookup. The points are listed in ``docs/security.md``.
"""

from __future__ import annotations

import os
import signal

ENV = "OFFLINE_READY_FAULT"


def point(name: str) -> None:
    if os.environ.get(ENV) == name:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
