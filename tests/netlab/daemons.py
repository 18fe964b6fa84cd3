"""Server processes of the lab: started in a namespace in the foreground, tracked by pid files.

Each daemon runs as ``ip netns exec NS prog ...`` (``ip`` execs the program, so the child's pid
is the daemon's). Its stdout/stderr go to a log file in the lab's work directory; a pid file
with the process start time lets a later run kill exactly that process if this one was killed.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from pathlib import Path

from .nsutil import LabError, proc_starttime, process_alive

CLEAN_ENV = {"PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8"}


class Daemon:
    def __init__(self, name: str, ns: str, argv: list[str], workdir: Path, logs: list[Path] | None = None,
                 env: dict | None = None):
        self.name = name
        self.ns = ns
        self.argv = argv
        self.workdir = workdir
        self.console = workdir / f"{name}.console.log"
        self.logs = [self.console, *(logs or [])]
        self.env = env or CLEAN_ENV
        self.proc: subprocess.Popen | None = None
        self.pidfile = workdir / "pids" / f"{name}.pid"

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    def start(self) -> Daemon:
        self.pidfile.parent.mkdir(parents=True, exist_ok=True)
        with open(self.console, "ab") as out:
            try:
                self.proc = subprocess.Popen(
                    ["ip", "netns", "exec", self.ns, *self.argv], stdin=subprocess.DEVNULL, stdout=out,
                    stderr=subprocess.STDOUT, env=self.env, start_new_session=True, close_fds=True,
                )
            except OSError as e:
                raise LabError(f"{self.name}: cannot start {self.argv[0]}: {e}") from e
        write_pidfile(self.pidfile, self.proc.pid)
        return self

    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def check_running(self) -> None:
        if self.proc is None:
            raise LabError(f"{self.name} was never started")
        if self.proc.poll() is not None:
            raise LabError(f"{self.name} exited with status {self.proc.returncode}\n{self.log_tail()}")

    def signal(self, sig: int) -> None:
        self.check_running()
        assert self.proc is not None
        self.proc.send_signal(sig)

    def stop(self, timeout: float = 2.0) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                self.proc.terminate()
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    self.proc.kill()
                self.proc.wait(timeout)
        self.pidfile.unlink(missing_ok=True)

    def log_tail(self, lines: int = 25) -> str:
        out = []
        for log in self.logs:
            try:
                text = log.read_text(errors="replace").splitlines()[-lines:]
            except OSError:
                continue
            if text:
                out.append(f"--- {log} ---")
                out.extend(text)
        return "\n".join(out) if out else "(no log output)"


def write_pidfile(path: Path, pid: int) -> None:
    path.write_text(f"{pid} {proc_starttime(pid) or 0}\n")


def kill_pidfile(path: Path, sig: int = signal.SIGKILL) -> None:
    """Kill the process a pid file names, only if it is still that very process."""
    try:
        pid_s, start_s = path.read_text().split()[:2]
        pid, start = int(pid_s), int(start_s)
    except (OSError, ValueError):
        return
    if pid > 1 and process_alive(pid, start or None):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, sig)


def kill_pids(pids: list[int], grace: float = 1.0) -> None:
    """SIGTERM, then SIGKILL what is left after ``grace`` seconds."""
    pids = [p for p in pids if p > 1 and p != os.getpid()]
    for p in pids:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(p, signal.SIGTERM)
    end = time.monotonic() + grace
    while time.monotonic() < end and any(process_alive(p) and not _zombie(p) for p in pids):
        time.sleep(0.02)
    for p in pids:
        if process_alive(p) and not _zombie(p):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(p, signal.SIGKILL)


def _zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


def children_of(pid: int) -> set[int]:
    """Direct children of a process (scans /proc; used to see nginx's workers turn over)."""
    kids = set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            kids.add(int(entry))
    return kids
