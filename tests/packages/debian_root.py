"""A clean Debian root for package tests: debootstrap (minbase) from Debian's mirror, of the same
release as this machine (the .deb's private environment runs on that release's python3).

The base root is built once and kept under the test cache; each test works on its own copy and runs
commands in it through chroot inside a private mount namespace, so nothing is mounted on the host
and nothing of the host's is changed. Downloaded .debs are kept in the cache too, so repeats are fast.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

CACHE = Path(os.environ.get("OFFLINE_READY_TEST_CACHE", "/var/cache/offline-ready-tests"))
MIRROR = os.environ.get("OFFLINE_READY_DEBIAN_MIRROR", "http://deb.debian.org/debian")
# Things that are not the package's: package manager state, logs and caches change on any install.
VOLATILE = ("proc", "sys", "dev", "run", "tmp", "var/lib/dpkg", "var/lib/apt", "var/cache", "var/log",
            "var/lib/systemd", "var/lib/ucf", "etc/ld.so.cache", "var/lib/python")


def host_suite() -> str:
    for line in Path("/etc/os-release").read_text().splitlines():
        if line.startswith("VERSION_CODENAME="):
            return line.split("=", 1)[1].strip('"')
    raise RuntimeError("cannot tell this machine's Debian release")


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)  # another test run may be building the same root
        yield


def base_root(suite: str | None = None) -> Path:
    """The cached minbase root of ``suite`` (built on first use, a few minutes)."""
    suite = suite or host_suite()
    dest = CACHE / f"debian-{suite}-minbase"
    with _locked(CACHE / f"debian-{suite}.lock"):
        if not (dest / ".complete").exists():
            tmp = dest.with_name(dest.name + ".tmp")
            shutil.rmtree(tmp, ignore_errors=True)
            shutil.rmtree(dest, ignore_errors=True)
            subprocess.run(["debootstrap", "--variant=minbase", suite, str(tmp), MIRROR], check=True,
                           capture_output=True, timeout=1800)
            (tmp / "usr/sbin/policy-rc.d").write_text("#!/bin/sh\nexit 101\n")  # never start services
            (tmp / "usr/sbin/policy-rc.d").chmod(0o755)
            (tmp / ".complete").touch()
            tmp.rename(dest)
    return dest


class Chroot:
    """A throw-away copy of the base root; ``run`` executes a command inside it."""

    def __init__(self, root: Path, archives: Path) -> None:
        self.root = root
        self.archives = archives

    @classmethod
    def copy_of(cls, base: Path, where: Path) -> Chroot:
        root = where / "root"
        subprocess.run(["cp", "-a", "--reflink=auto", str(base), str(root)], check=True, timeout=600)
        (root / ".complete").unlink()
        shutil.copy("/etc/resolv.conf", root / "etc/resolv.conf")  # apt reaches the mirror by name
        archives = CACHE / f"{base.name}-archives"
        (archives / "partial").mkdir(parents=True, exist_ok=True)
        return cls(root, archives)

    def run(self, argv: Sequence[str], *, env: dict[str, str] | None = None, user: str | None = None,
            timeout: float = 600, check: bool = True) -> subprocess.CompletedProcess:
        r = str(self.root)
        inner = ["chroot", r]
        if user:
            inner = ["chroot", f"--userspec={user}:{user}", r]
        environ = {"PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8",
                   "DEBIAN_FRONTEND": "noninteractive", **(env or {})}
        script = (f'mount -t proc proc "{r}/proc" && mount --rbind /dev "{r}/dev" && '
                  f'mount --bind "{self.archives}" "{r}/var/cache/apt/archives" && exec "$@"')
        proc = subprocess.run(["unshare", "--mount", "--propagation", "private", "--", "sh", "-c", script, "sh",
                               "env", "-i", *[f"{k}={v}" for k, v in environ.items()], *inner, *argv],
                              capture_output=True, text=True, timeout=timeout)
        if check and proc.returncode != 0:
            raise AssertionError(f"{' '.join(argv)} exited {proc.returncode} in the Debian root:\n"
                                 f"{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
        return proc

    def files(self) -> set[str]:
        """Every path in the root but the volatile ones, relative to it."""
        out = set()
        for dirpath, dirnames, filenames in os.walk(self.root):
            rel = os.path.relpath(dirpath, self.root)
            rel = "" if rel == "." else rel
            dirnames[:] = [d for d in dirnames if os.path.join(rel, d) not in VOLATILE]
            out.update(os.path.join(rel, n) for n in dirnames + filenames)
        return out
