"""Run a program against test copies of the system's fixed paths, in a private mount namespace.

The privileged DNS helper and the admin policy take no path from the environment (a user who
could set one would own root or escape the policy), so the tests cannot point them at a test
file with a variable. Instead the program runs under ``unshare -m`` with the test's own files
bind-mounted over the fixed paths: ``/etc/resolv.conf``, ``/var/lib/offline-ready`` (the DNS
journal and the revert timer's state) and ``/etc/offline-ready/policies``. Nothing outside the
namespace sees the mounts; the host's files are never touched.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from support.require import require

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"

_SCRIPT = r"""
set -e
root=$1; resolv=$2; policies=$3; shift 3
if [ -n "$resolv" ]; then
  # held by a mount of its own first: the overlay below would hide the real file (a path under /etc
  # would then name the overlay's copy, and writes would land in that copy, not in the test's file)
  touch "$root/resolv.conf"
  mount --bind "$resolv" "$root/resolv.conf"
  resolv="$root/resolv.conf"
fi
if [ -n "$policies" ]; then
  # /etc/offline-ready does not exist on the host: an overlay on /etc makes the mount point here only
  mkdir -p "$root/etc-upper/offline-ready/policies" "$root/etc-work"
  mount -t overlay overlay -o "lowerdir=/etc,upperdir=$root/etc-upper,workdir=$root/etc-work" /etc
  mount --bind "$policies" /etc/offline-ready/policies
fi
if [ -n "$resolv" ]; then mount --bind "$resolv" /etc/resolv.conf; fi
mount --bind "$root/var-lib" /var/lib
exec "$@"
"""


def available() -> bool:
    return sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("unshare") is not None


def require_privns() -> None:
    require(available(), "needs root and unshare(1) for private mount namespaces")


def system_root(root: Path) -> Path:
    """The folder that stands in for ``/var/lib`` (holds ``offline-ready/dns-journal``)."""
    (root / "var-lib" / "offline-ready").mkdir(parents=True, exist_ok=True)
    return root / "var-lib"


def journal_dir(root: Path) -> Path:
    return system_root(root) / "offline-ready" / "dns-journal"


def in_system(root: Path, argv: list[str], *, resolv_conf: Path | None = None,
              policies: Path | None = None) -> list[str]:
    """``argv`` wrapped to run with ``root``'s stand-ins mounted over the fixed system paths."""
    system_root(root)
    return ["unshare", "-m", "--propagation", "private", "sh", "-c", _SCRIPT, "sh", str(root),
            str(resolv_conf or ""), str(policies or ""), *argv]


def helper_argv(*args: str) -> list[str]:
    """The helper as installed (``python3 -I``: no PYTHONPATH, no user site), from this source tree."""
    code = (f"import sys; sys.path.insert(0, {str(DESKTOP)!r}); "
            "from offline_ready.backup_dns.helper import main; sys.exit(main())")
    return [sys.executable, "-I", "-c", code, *args]
