"""A real HTTP proxy for tests: tinyproxy (Debian's package) in the foreground, from its own config.

Optionally with Basic auth, optionally inside a network namespace (``ns``). Stopped at teardown by
its own PID; nothing of the machine's is touched.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path


def tinyproxy_path() -> str | None:
    return shutil.which("tinyproxy") or (("/usr/bin/tinyproxy") if os.path.exists("/usr/bin/tinyproxy") else None)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Tinyproxy:
    proc: subprocess.Popen
    address: str
    port: int
    folder: Path

    @property
    def url(self) -> str:
        return f"http://{self.address}:{self.port}"

    def log(self) -> str:
        with contextlib.suppress(OSError):
            return (self.folder / "tinyproxy.log").read_text(errors="replace")[-3000:]
        return ""

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(3)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(3)


def start_tinyproxy(folder: Path, *, address: str = "127.0.0.1", port: int | None = None,
                    basic_auth: tuple[str, str] | None = None, ns: str | None = None,
                    allow: str = "0.0.0.0/0") -> Tinyproxy:
    """Start tinyproxy listening on ``address:port`` (in namespace ``ns`` when given)."""
    binary = tinyproxy_path()
    if binary is None:
        raise RuntimeError("tinyproxy is not installed")
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o777)  # tinyproxy drops to nobody and writes its log here
    port = port or free_port()
    lines = [
        "User nobody", "Group nogroup", f"Port {port}", f"Listen {address}", "Timeout 20",
        f"LogFile \"{folder / 'tinyproxy.log'}\"", "LogLevel Info", "MaxClients 50",
        f"Allow {allow}", "DisableViaHeader No", "ViaProxyName \"test-proxy\"",
    ]
    if basic_auth:
        lines.append(f"BasicAuth {basic_auth[0]} {basic_auth[1]}")
    conf = folder / "tinyproxy.conf"
    conf.write_text("\n".join(lines) + "\n")
    argv = [binary, "-d", "-c", str(conf)]
    if ns:
        argv = ["ip", "netns", "exec", ns, *argv]
    return _launch(Tinyproxy, argv, address, port, folder, ns=ns, log="stderr.log", wait=10)


def _launch(kind: type, argv: list[str], address: str, port: int, folder: Path, *, ns: str | None, log: str,
            wait: float):
    """Start the proxy and wait until it listens; its ``log`` (in ``folder``) names why it did not."""
    with open(folder / "stderr.log", "wb") as err:
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=err)
    handle = kind(proc, address, port, folder)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{Path(argv[0]).name} exited: {(folder / log).read_text(errors='replace')[-2000:]}")
        if _answers(address, port, ns):
            return handle
        time.sleep(0.05)
    handle.stop()
    raise RuntimeError(f"{Path(argv[0]).name} did not start listening")


def _answers(address: str, port: int, ns: str | None) -> bool:
    if ns:
        return subprocess.run(["ip", "netns", "exec", ns, "python3", "-c",
                               f"import socket; socket.create_connection(('{address}', {port}), 0.5).close()"],
                              capture_output=True).returncode == 0
    try:
        socket.create_connection((address, port), 0.5).close()
        return True
    except OSError:
        return False


SQUID_HELPERS = Path("/usr/lib/squid")


def squid_path() -> str | None:
    found = shutil.which("squid") or ("/usr/sbin/squid" if os.path.exists("/usr/sbin/squid") else None)
    return found if found and (SQUID_HELPERS / "ntlm_fake_auth").exists() else None


@dataclass
class Squid(Tinyproxy):
    def stop(self) -> None:
        super().stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    def access(self, until=None, timeout: float = 10.0) -> list[str]:
        """The access log: one "user method url status" line per request (user "-" before sign-in).
        Squid writes a line when the transaction ends (a tunnel: when it closes), a moment after the
        client is done: with ``until`` (a test on the lines), wait up to ``timeout`` for it to hold."""
        deadline = time.monotonic() + timeout
        while True:
            lines: list[str] = []
            with contextlib.suppress(OSError):
                lines = (self.folder / "access.log").read_text(errors="replace").splitlines()
            if until is None or until(lines) or time.monotonic() > deadline:
                return lines
            time.sleep(0.05)


def start_squid_ntlm(*, address: str = "127.0.0.1", port: int | None = None) -> Squid:
    """Squid (Debian's package) in the foreground, asking every client to sign in by NTLM.

    Its ``ntlm_fake_auth`` helper runs the real NTLM exchange (negotiate, challenge, authenticate, on
    one connection) and accepts whatever account the client names, without a domain to check the
    password against; the access log records that account. Its files are in a folder of its own under
    the temporary directory (squid drops to its own user, which must reach them), removed at stop."""
    import tempfile

    binary = squid_path()
    if binary is None:
        raise RuntimeError("squid with its ntlm_fake_auth helper is not installed")
    folder = Path(tempfile.mkdtemp(prefix="offline-ready-squid-"))
    os.chmod(folder, 0o777)
    port = port or free_port()
    conf = folder / "squid.conf"
    conf.write_text("\n".join([
        f"http_port {address}:{port}", f"pid_filename {folder / 'squid.pid'}", f"cache_log {folder / 'cache.log'}",
        "logformat who %un %rm %ru %>Hs", f"access_log stdio:{folder / 'access.log'} who",
        "cache deny all", "cache_mem 8 MB", f"coredump_dir {folder}", "pinger_enable off",
        f"auth_param ntlm program {SQUID_HELPERS / 'ntlm_fake_auth'}", "auth_param ntlm children 2 startup=1 idle=1",
        "auth_param ntlm keep_alive on", "acl signed_in proxy_auth REQUIRED", "http_access allow signed_in",
        "http_access deny all", "visible_hostname test-squid", "shutdown_lifetime 0 seconds",
    ]) + "\n")
    return _launch(Squid, [binary, "-N", "-f", str(conf)], address, port, folder, ns=None, log="cache.log", wait=20)
