"""The test setup is a good guest: installing the test tools never starts, stops or disables the
machine's own services, and the lab runs its own daemons from its own configuration."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from netlab import Lab, can_run
from support.privns import require_privns
from support.require import require

ROOT = Path(__file__).resolve().parents[1]
DEV_SETUP = ROOT / "packaging" / "dev-setup.sh"
STOPS = re.compile(r"\b(systemctl\s+(--\S+\s+)*(stop|disable|mask|kill|restart)|service\s+\S+\s+(stop|restart)"
                   r"|invoke-rc\.d\s+\S+\s+stop|pkill|killall)\b")

# Stand-in for apt-get inside the namespace: it reports what a maintainer script would see.
FAKE_APT = """#!/bin/sh
case "$*" in *install*) ;; *) exit 0 ;; esac
/usr/sbin/policy-rc.d nginx start; echo "policy-rc.d says $?" >> "$REPORT"
"""


def test_dev_setup_never_stops_or_disables_services() -> None:
    text = DEV_SETUP.read_text()
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    assert not STOPS.search(code), STOPS.search(code)
    assert "policy-rc.d" in code and "exit 101" in code


def test_no_test_or_ci_script_stops_a_service() -> None:
    files = [*ROOT.glob("tests/**/*.py"), *ROOT.glob("tests/**/*.sh"), *ROOT.glob("benchmarks/**/*.py"),
             *ROOT.glob(".ci/*"), ROOT / "tests" / "run-all.sh"]
    offenders = []
    for f in files:
        if f.is_file() and f != Path(__file__):
            for n, line in enumerate(f.read_text(errors="replace").splitlines(), 1):
                if re.search(r"""\[\s*["'](service|systemctl)["']\s*,""", line) or STOPS.search(line.split("#")[0]):
                    offenders.append(f"{f.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not offenders, offenders


@pytest.mark.parametrize("existing", [None, "#!/bin/sh\nexit 0\n"])
def test_packages_install_under_a_policy_that_forbids_starting(tmp_path, existing) -> None:
    """dev-setup's install step, in a private mount namespace (an overlay on /usr/sbin): during the
    install /usr/sbin/policy-rc.d answers 101; afterwards the machine's own policy (or none) is back."""
    require_privns()
    require(shutil.which("bash") is not None, "bash is missing")
    upper, work, bindir = tmp_path / "upper", tmp_path / "work", tmp_path / "bin"
    for d in (upper, work, bindir):
        d.mkdir()
    (bindir / "apt-get").write_text(FAKE_APT)
    os.chmod(bindir / "apt-get", 0o755)
    report = tmp_path / "report"
    setup = "rm -f /usr/sbin/policy-rc.d; "  # in the overlay only: the host's stays as it is
    if existing is not None:
        setup = f"printf '%s' '{existing}' > /usr/sbin/policy-rc.d; chmod 755 /usr/sbin/policy-rc.d; "
    script = (f"set -e; mount -t overlay overlay -o lowerdir=/usr/sbin,upperdir={upper},workdir={work} /usr/sbin; "
              f"{setup}"
              f"source <(sed -n '/^install_without_starting()/,/^}}/p' {DEV_SETUP}); "
              f"install_without_starting nginx-light unbound; "
              f"if [ -e /usr/sbin/policy-rc.d ]; then cat /usr/sbin/policy-rc.d > {tmp_path}/after; fi")
    r = subprocess.run(["unshare", "-m", "--propagation", "private", "bash", "-c", script], capture_output=True,
                       text=True, timeout=60, env={"PATH": f"{bindir}:/usr/sbin:/usr/bin:/sbin:/bin",
                                                  "REPORT": str(report)})
    assert r.returncode == 0, r.stderr
    assert report.read_text() == "policy-rc.d says 101\n"
    after = tmp_path / "after"
    assert (after.read_text() if after.exists() else None) == existing
    assert not Path("/usr/sbin/.policy-rc.d.saved").exists()


def test_lab_daemons_use_their_own_config_and_spare_the_machines_own(tmp_path) -> None:
    """A resolver of "the machine" keeps running while a lab starts and stops beside it; every lab
    daemon runs inside the lab's namespaces from a configuration file in the lab's own folder."""
    ok, why = can_run()
    require(ok, why)
    import sys

    sys.path.insert(0, str(ROOT / "tests" / "backup_dns"))
    from loopdns import Unbound

    (tmp_path / "own").mkdir()
    own = Unbound(tmp_path / "own").start()
    lab = Lab.start()
    try:
        pids = set()
        for ns in lab.namespaces:
            pids |= set(subprocess.run(["ip", "netns", "pids", ns], capture_output=True, text=True).stdout.split())
        daemons = []
        for pid in pids:
            try:
                argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
            except FileNotFoundError:
                continue
            cmdline = " ".join(a.decode() for a in argv if a)
            name = os.path.basename(cmdline.split(":")[0].split()[0])  # nginx rewrites its title
            if name in ("unbound", "nsd", "nginx") and "worker process" not in cmdline:
                daemons.append((name, cmdline))
        assert {n for n, _ in daemons} >= {"unbound", "nsd", "nginx"}, daemons
        for name, cmdline in daemons:
            conf = re.search(r"-c\s+(\S+)", cmdline)
            assert conf and conf.group(1).startswith(f"{lab.workdir}/"), (name, cmdline)
    finally:
        lab.stop()
    assert own.proc.poll() is None  # the machine's own resolver was left alone
    own.stop()
