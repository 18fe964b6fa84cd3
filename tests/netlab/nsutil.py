"""Small helpers around `ip netns`: run commands inside a namespace, and open sockets there.

Sockets are opened from this process by switching one thread into the namespace for the
``socket()`` call only (``setns(2)`` affects the calling thread alone); the socket then belongs to
that namespace for its whole life. That lets the lab check its own servers in microseconds
instead of spawning a process per probe.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import socket
import subprocess
import threading
from collections.abc import Iterator, Sequence

CLONE_NEWNET = 0x40000000
_libc = ctypes.CDLL(None, use_errno=True)
_setns_lock = threading.Lock()


class LabError(RuntimeError):
    """The lab could not be built or a fault could not be applied; the message says why."""


def run(argv: Sequence[str], *, input: str | None = None, check: bool = True, timeout: float = 30,
        env: dict | None = None) -> subprocess.CompletedProcess:
    """Run a host command, raising LabError with its output when it fails."""
    try:
        r = subprocess.run(list(argv), input=input, capture_output=True, text=True, timeout=timeout, env=env)
    except FileNotFoundError as e:
        raise LabError(f"{argv[0]} is not installed ({e})") from e
    except subprocess.TimeoutExpired as e:
        raise LabError(f"{' '.join(argv)} timed out after {timeout} s") from e
    if check and r.returncode != 0:
        detail = (r.stderr or r.stdout).strip()
        shown = " ".join(argv)
        if input:
            shown += "\n--- input ---\n" + input.rstrip()
        raise LabError(f"command failed ({r.returncode}): {shown}\n{detail}")
    return r


def ns_run(ns: str, argv: Sequence[str], **kw) -> subprocess.CompletedProcess:
    return run(["ip", "netns", "exec", ns, *argv], **kw)


def ip_batch(commands: Sequence[str], ns: str | None = None) -> None:
    """Several `ip` commands in one process (`ip -batch`), optionally inside a namespace."""
    argv = ["ip"] + (["-n", ns] if ns else []) + ["-batch", "-"]
    run(argv, input="\n".join(commands) + "\n")


def nft(ns: str, ruleset: str) -> None:
    """Load an nftables ruleset atomically inside a namespace."""
    ns_run(ns, ["nft", "-f", "-"], input=ruleset)


def list_netns() -> list[str]:
    r = run(["ip", "netns", "list"], check=False)
    return [line.split()[0] for line in r.stdout.splitlines() if line.strip()]


def netns_pids(ns: str) -> list[int]:
    r = run(["ip", "netns", "pids", ns], check=False)
    return [int(p) for p in r.stdout.split() if p.isdigit()]


@contextlib.contextmanager
def in_netns(ns: str) -> Iterator[None]:
    """Switch the calling thread into namespace ``ns`` for the block, and back."""
    target = os.open(f"/run/netns/{ns}", os.O_RDONLY | os.O_CLOEXEC)
    with _setns_lock:
        own = os.open(f"/proc/self/task/{threading.get_native_id()}/ns/net", os.O_RDONLY | os.O_CLOEXEC)
        try:
            if _libc.setns(target, CLONE_NEWNET) != 0:
                err = ctypes.get_errno()
                raise LabError(f"setns({ns}) failed: {os.strerror(err)}")
            try:
                yield
            finally:
                if _libc.setns(own, CLONE_NEWNET) != 0:  # pragma: no cover - would leave the thread inside
                    err = ctypes.get_errno()
                    raise SystemExit(f"netlab: cannot return to the host network namespace: {os.strerror(err)}")
        finally:
            os.close(own)
            os.close(target)


def ns_socket(ns: str, family: int = socket.AF_INET, type: int = socket.SOCK_STREAM) -> socket.socket:
    """A socket that lives in namespace ``ns``."""
    with in_netns(ns):
        return socket.socket(family, type)


def proc_starttime(pid: int) -> int | None:
    """Kernel start time of a process (clock ticks since boot): with the pid it names a process uniquely."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            stat = f.read()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[19])


def process_alive(pid: int, starttime: int | None = None) -> bool:
    st = proc_starttime(pid)
    if st is None:
        return False
    return starttime is None or st == starttime
