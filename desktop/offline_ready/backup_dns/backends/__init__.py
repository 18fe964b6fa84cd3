"""Per-OS ways to read, change and restore the system's DNS servers, and detection of which applies."""

from __future__ import annotations

import sys

from ...i18n import _
from .base import (
    AdapterDns,
    ApplyPlan,
    Backend,
    BackendError,
    FamilyDns,
    Runner,
    Snapshot,
    Unsupported,
    run_command,
)

__all__ = ["AdapterDns", "ApplyPlan", "Backend", "BackendError", "FamilyDns", "Runner", "Snapshot",
           "Unsupported", "backend_by_name", "detect_backend", "run_command"]


def backend_by_name(name: str, runner: Runner | None = None) -> Backend:
    from .macos import MacOSBackend
    from .networkmanager import NetworkManagerBackend
    from .resolvconf import ResolvConfBackend
    from .resolved import ResolvedBackend
    from .windows import WindowsBackend

    classes = {c.name: c for c in (NetworkManagerBackend, ResolvedBackend, ResolvConfBackend, WindowsBackend,
                                   MacOSBackend)}
    if name not in classes:
        raise Unsupported(_("unknown DNS backend {name!r}").format(name=name))
    return classes[name](runner)


def detect_backend(runner: Runner | None = None, platform: str | None = None) -> Backend:
    """The backend that owns DNS on this machine.

    Linux: NetworkManager if it runs (it feeds systemd-resolved itself), else systemd-resolved,
    else a plain /etc/resolv.conf that no daemon manages. Raises :class:`Unsupported` naming
    each reason when none applies.
    """
    platform = platform or sys.platform
    if platform == "win32":
        order = ["windows"]
    elif platform == "darwin":
        order = ["macos"]
    else:
        order = ["NetworkManager", "systemd-resolved", "resolv.conf"]
    reasons: list[str] = []
    for name in order:
        backend = backend_by_name(name, runner)
        try:
            backend.check_available()
            return backend
        except Unsupported as exc:
            reasons.append(str(exc))
    raise Unsupported("; ".join(reasons))
