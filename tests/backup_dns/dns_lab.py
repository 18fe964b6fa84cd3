"""Backup DNS in the network lab (tests/netlab) started with four public resolvers and a DoH
server: the app's config (one backup profile per public resolver, DoH for the first), the user's
resolv.conf, and the `offline-ready` command run in the client. Used by test_e2e_netns.py and
benchmarks/dns_backup_bench.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from netlab import ISP_RESOLVER, Lab
from support import privns

SYSTEM = ISP_RESOLVER
# the user's resolv.conf: short timeouts, so a dead resolver shows within a second
RESOLV_CONF = f"# lab client resolver\nsearch test\nnameserver {SYSTEM}\noptions timeout:1 attempts:1\n"


def start() -> Lab:
    """The lab with 5 resolvers (the system's + 4 backups) and DoH; ``reset`` it before use."""
    lab = Lab.start(extra_resolvers=2, doh=True)
    reset(lab)
    return lab


def reset(lab: Lab) -> None:
    """Every fault off, and the user's own resolv.conf (written in place: it is bind-mounted)."""
    lab.reset()
    lab.resolv_conf.write_text(RESOLV_CONF)


def config_text(lab: Lab, *, confirm_seconds: int = 60) -> str:
    profiles = [{"id": f"lab{i + 1}", "name": f"Lab backup {i + 1}", "servers": [ip]}
                for i, ip in enumerate(lab.public_resolvers)]
    profiles[0].update(doh_url=lab.doh_url, doh_addresses=[lab.doh_ip])
    return lab.config_text(timeout=1.0, **{"probes.resolvers": [lab.public_resolvers[0]],
                                           "backup_dns.builtin_profiles": [],
                                           "backup_dns.confirm_seconds": confirm_seconds,
                                           "backup_dns.benchmark_timeout": 1.0,
                                           "backup_dns.profiles": profiles})


def app_env(lab: Lab, home: Path) -> dict[str, str]:
    return lab.client_env({"OFFLINE_READY_HOME": str(home)})


def app_argv(home: Path, *args: str) -> list[str]:
    """``offline-ready ARGS`` as root with the test's stand-in for /var/lib (the DNS journal's fixed
    folder) mounted in a private mount namespace; ``ip netns exec`` already mounts the client's
    resolv.conf over /etc/resolv.conf."""
    return privns.in_system(home / "system", [sys.executable, "-m", "offline_ready", *args])


def offline_ready(lab: Lab, *args: str, home: Path, timeout: float = 90) -> subprocess.CompletedProcess:
    """``offline-ready ARGS`` in the lab's client, with its own profile folder."""
    return lab.exec(app_argv(home, *args), env=app_env(lab, home), timeout=timeout)
