"""A real systemd-resolved (Debian's own binary) for the backend's end-to-end test, without
systemd as PID 1 and without touching the host.

Inside a fresh network namespace and a private mount namespace: a tmpfs /run, a private D-Bus
system bus, the ``systemd-resolve`` user added to a bind-mounted copy of /etc/passwd, resolvectl
overlaid onto /usr/bin, and /etc/resolv.conf replaced (by a bind mount) with resolved's stub file —
so getaddrinfo goes through resolved exactly as on a desktop. The package is unpacked with
``dpkg -x`` from ``apt-get download``: installing it would take over the host's /etc/resolv.conf.
Real unbound answers on 203.0.113.53 (the link's "DHCP" resolver) and .54 (the backup).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CACHE = Path(os.environ.get("OFFLINE_READY_TEST_CACHE", "/var/cache/offline-ready-tests")) / "systemd-resolved"
LINK = "d0"
SYSTEM, BACKUP = "203.0.113.53", "203.0.113.54"
RECORDS = {"www.lab.test": "198.51.100.10", "shop.lab.test": "198.51.100.20"}


def unpacked_resolved() -> tuple[Path | None, str]:
    """The unpacked package (downloaded once into a cache folder), or None and why not."""
    root = CACHE / "root"
    if (root / "lib/systemd/systemd-resolved").exists():
        return root, ""
    for tool in ("apt-get", "dpkg", "dbus-daemon", "unshare", "nsenter"):
        if not shutil.which(tool):
            return None, f"{tool} is not available"
    if not Path("/usr/lib/x86_64-linux-gnu/systemd").exists() and not list(Path("/usr/lib").glob("*/systemd/libsystemd-shared-*.so")):
        return None, "systemd's shared library is not installed"
    CACHE.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(["apt-get", "download", "systemd-resolved"], cwd=CACHE, capture_output=True, text=True,
                       timeout=300)
    if r.returncode != 0:  # a fresh machine may have no package lists yet
        subprocess.run(["apt-get", "update", "-qq"], capture_output=True, timeout=300)
        r = subprocess.run(["apt-get", "download", "systemd-resolved"], cwd=CACHE, capture_output=True, text=True,
                           timeout=300)
    debs = sorted(CACHE.glob("systemd-resolved_*.deb"))
    if not debs:
        return None, f"apt-get download systemd-resolved failed: {r.stderr.strip()[-200:]}"
    subprocess.run(["dpkg", "-x", str(debs[-1]), str(root)], check=True, timeout=120)
    return root, ""


SETUP = r"""
set -e
R="$1"; W="$2"; UNBOUND_CONF="$3"
mount -t tmpfs tmpfs /run
mkdir -p /run/dbus /run/systemd/resolve
cp /etc/passwd "$W/passwd"; grep -q '^systemd-resolve:' "$W/passwd" || echo 'systemd-resolve:x:990:990:systemd Resolver:/:/usr/sbin/nologin' >> "$W/passwd"
cp /etc/group "$W/group"; grep -q '^systemd-resolve:' "$W/group" || echo 'systemd-resolve:x:990:' >> "$W/group"
mount --bind "$W/passwd" /etc/passwd
mount --bind "$W/group" /etc/group
RUID=$(awk -F: '$1=="systemd-resolve"{print $3":"$4}' /etc/passwd)
chown "$RUID" /run/systemd /run/systemd/resolve
mkdir -p "$W/dbus"; cp /usr/share/dbus-1/system.d/* "$W/dbus/" 2>/dev/null || true
cp "$R/usr/share/dbus-1/system.d/org.freedesktop.resolve1.conf" "$W/dbus/"
mount --bind "$W/dbus" /usr/share/dbus-1/system.d
mkdir -p "$W/etc-systemd" "$W/bin" "$W/upper" "$W/work"
cp -r /etc/systemd/. "$W/etc-systemd/" 2>/dev/null || true
printf '[Resolve]\nDNS=\nFallbackDNS=\nLLMNR=no\nMulticastDNS=no\nDNSStubListener=yes\nDNSSEC=no\nCache=no\n' > "$W/etc-systemd/resolved.conf"
mount --bind "$W/etc-systemd" /etc/systemd
cp "$R/usr/bin/resolvectl" "$W/bin/"
mount -t overlay overlay -o "lowerdir=$W/bin:/usr/bin" /usr/bin
printf '# This is /run/systemd/resolve/stub-resolv.conf managed by man:systemd-resolved(8).\n# Do not edit.\nnameserver 127.0.0.53\noptions edns0 trust-ad\nsearch .\n' > "$W/resolv.conf"
mount --bind "$W/resolv.conf" /etc/resolv.conf
ip link set lo up
ip link add d0 type veth peer name d1
ip addr add 203.0.113.9/24 dev d0
ip addr add 203.0.113.53/24 dev d1
ip addr add 203.0.113.54/24 dev d1
ip link set d0 up; ip link set d1 up
ip tuntap add mode tun name tun0 2>/dev/null && ip addr add 10.8.0.2/24 dev tun0 && ip link set tun0 up || true
nft add table inet rig
nft add chain inet rig input '{ type filter hook input priority 0; }'
unbound -d -c "$UNBOUND_CONF" >/dev/null 2>&1 &
dbus-daemon --system --fork --nopidfile
"$R/lib/systemd/systemd-resolved" >"$W/resolved.log" 2>&1 &
for i in $(seq 50); do resolvectl dns >/dev/null 2>&1 && break; sleep 0.1; done
# what DHCP (networkd or NetworkManager) would have pushed for the uplink, and a VPN's split DNS
resolvectl dns d0 203.0.113.53
resolvectl domain d0 lab.test
if ip link show tun0 >/dev/null 2>&1; then resolvectl dns tun0 10.8.0.1; resolvectl domain tun0 '~corp.example'; resolvectl default-route tun0 no; fi
# the DNS journal's fixed folder (/var/lib/offline-ready), private to this rig (after the daemons started)
mkdir -p "$W/var-lib/offline-ready"
mount --bind "$W/var-lib" /var/lib
echo ready
exec sleep infinity
"""


class ResolvedRig:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.ns = f"bdv{os.getpid() % 100000}"
        self.dir = Path(tempfile.mkdtemp(prefix="bdns-resolved-"))
        self.proc: subprocess.Popen | None = None

    def start(self) -> ResolvedRig:
        conf = self.dir / "unbound.conf"
        conf.write_text("\n".join([
            "server:", f"  interface: {SYSTEM}", f"  interface: {BACKUP}", "  do-daemonize: no", '  username: ""',
            '  chroot: ""', f'  directory: "{self.dir}"', '  pidfile: ""', "  use-syslog: no", "  do-ip6: no",
            "  access-control: 203.0.113.0/24 allow", '  module-config: "iterator"', "  num-threads: 1",
            '  local-zone: "." static', '  local-zone: "test." static', '  local-zone: "lab.test." static',
            *[f'  local-data: "{n}. 60 IN A {a}"' for n, a in RECORDS.items()],
            "remote-control:", "  control-enable: no"]) + "\n")
        script = self.dir / "setup.sh"
        script.write_text(SETUP)
        subprocess.run(["ip", "netns", "add", self.ns], check=True)
        try:
            self.proc = subprocess.Popen(
                ["ip", "netns", "exec", self.ns, "unshare", "-m", "--propagation", "private", "bash", str(script),
                 str(self.root), str(self.dir), str(conf)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            assert self.proc.stdout is not None
            line = self.proc.stdout.readline().strip()
            if line != "ready":
                log = (self.dir / "resolved.log").read_text() if (self.dir / "resolved.log").exists() else ""
                raise RuntimeError(f"systemd-resolved rig failed: {log[-600:]} "
                                   f"{self.proc.stderr.read()[-600:]}")  # type: ignore[union-attr]
        except BaseException:
            self.stop()
            raise
        return self

    def exec(self, argv: list[str], *, env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
        assert self.proc is not None
        return subprocess.run(["nsenter", "-t", str(self.proc.pid), "-m", "-n", "--", *argv], env=env,
                              capture_output=True, text=True, timeout=timeout)

    def resolvectl(self, *args: str) -> str:
        return self.exec(["resolvectl", *args]).stdout

    def has_tun(self) -> bool:
        return "tun0" in self.resolvectl("dns")

    def drop(self, ip: str) -> None:
        # queries only (dport 53): client and servers share this namespace, so replies may come from any local address
        for proto in ("udp", "tcp"):
            self.exec(["nft", "add", "rule", "inet", "rig", "input", "ip", "daddr", ip, proto, "dport", "53", "drop"])

    def undrop(self) -> None:
        self.exec(["nft", "flush", "chain", "inet", "rig", "input"])

    def env(self, home: Path) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "OFFLINE_READY"))}
        env.update({"OFFLINE_READY_HOME": str(home), "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "desktop")})
        return env

    def offline_ready(self, *args: str, home: Path) -> subprocess.CompletedProcess:
        return self.exec([sys.executable, "-m", "offline_ready", *args], env=self.env(home), timeout=90)

    def stop(self) -> None:
        pids = subprocess.run(["ip", "netns", "pids", self.ns], capture_output=True, text=True).stdout.split()
        for pid in pids:
            with contextlib.suppress(ProcessLookupError, ValueError):
                os.kill(int(pid), signal.SIGKILL)
        if self.proc is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(5)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and subprocess.run(["ip", "netns", "pids", self.ns], capture_output=True,
                                                              text=True).stdout.strip():
            time.sleep(0.1)
        subprocess.run(["ip", "netns", "del", self.ns], capture_output=True)
        shutil.rmtree(self.dir, ignore_errors=True)
