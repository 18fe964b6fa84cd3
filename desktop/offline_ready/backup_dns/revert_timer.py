"""The deadline of an unconfirmed switch, kept by the system rather than by the app.

A switch that is not confirmed in time must be undone even if the app that made it was killed,
crashed or hung. So the privileged side arms the revert when it applies the switch:

* where systemd runs (PID 1), a transient timer (``systemd-run --on-active``) starts the helper's
  ``revert-due`` verb at the deadline;
* on macOS a LaunchDaemon (``/Library/LaunchDaemons``, run at load and again at boot) and on
  Windows a scheduled task (at start-up, as SYSTEM, started at once) run ``revert-due``, which
  waits for the deadline itself and removes its job when done — so the deadline holds across a
  reboot too. Neither has run on those systems in this project's tests;
* elsewhere (Linux without systemd, containers), or when the above fails, a detached process of
  the helper, in its own session and owned by root, waits for the deadline (the tested path).

Either way the revert re-reads the root-owned journal under its lock and does nothing when the
switch was confirmed, restored or replaced meanwhile. ``dns status`` reads the deadline and the
mechanism from the journal, so it says what will really happen.
"""

from __future__ import annotations

import logging
import os
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import offline_ready

from ..atomic import atomic_write_bytes
from .backends.windows import powershell

log = logging.getLogger(__name__)

SYSTEMD = "systemd timer"
LAUNCHD = "launchd daemon"
SCHEDULED_TASK = "scheduled task"
PROCESS = "helper process"
LAUNCH_DAEMONS = Path("/Library/LaunchDaemons")
TASK_PATH = "\\OfflineReady\\"


def helper_argv(*args: str) -> list[str]:
    """This same helper code, run isolated (``-I``) from where this module was loaded (a root-owned
    install when the helper runs as root); no path comes from the caller."""
    package_parent = str(Path(offline_ready.__file__).resolve().parents[1])
    code = (f"import sys; sys.path.insert(0, {package_parent!r}); "
            "from offline_ready.backup_dns.helper import main; sys.exit(main())")
    return [sys.executable, "-I", "-c", code, *args]


def systemd_runs() -> bool:
    return sys.platform.startswith("linux") and Path("/run/systemd/system").is_dir() and bool(shutil.which("systemd-run"))


def arm(journal_id: str, seconds: float) -> str:
    """Start the system's countdown for this switch; returns how (``SYSTEMD`` or ``PROCESS``)."""
    argv = helper_argv("revert-due", journal_id)
    native = {"darwin": (LAUNCHD, _arm_launchd), "win32": (SCHEDULED_TASK, _arm_task)}.get(sys.platform)
    if native is not None:
        try:
            native[1](journal_id, argv)
            return native[0]
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("%s could not be set up (%s); the helper waits for the deadline itself", native[0], exc)
    if systemd_runs():
        unit = f"offline-ready-dns-revert-{journal_id}"
        cp = subprocess.run(["systemd-run", "--quiet", "--collect", f"--unit={unit}",
                             f"--on-active={max(1, int(seconds + 0.999))}s", "--timer-property=AccuracySec=1s",
                             "--", *argv], capture_output=True, text=True, timeout=30, check=False)
        if cp.returncode == 0:
            return SYSTEMD
        log.warning("systemd-run failed (%s); the helper waits for the deadline itself", cp.stderr.strip())
    quiet = {"stdin": subprocess.DEVNULL, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL,
             "close_fds": True}
    if os.name == "nt":
        subprocess.Popen(argv, creationflags=0x00000008 | 0x00000200, **quiet)  # DETACHED | NEW_PROCESS_GROUP
    else:
        # through /bin/sh, which starts it in the background and exits: the waiting process belongs to
        # init, in its own session (a kill of the app or its process group spares it), and no zombie
        # is left behind in a long-running caller
        subprocess.run(["/bin/sh", "-c", '"$@" &', "sh", *argv], cwd="/", start_new_session=True,
                       timeout=30, check=True, **quiet)
    return PROCESS


def _label(journal_id: str) -> str:
    return f"org.offlineready.dns-revert.{journal_id}"


def _ps_quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _arm_launchd(journal_id: str, argv: list[str]) -> None:
    plist = LAUNCH_DAEMONS / f"{_label(journal_id)}.plist"
    atomic_write_bytes(plist, plistlib.dumps({"Label": _label(journal_id), "ProgramArguments": argv,
                                              "RunAtLoad": True}), 0o644)
    subprocess.run(["/bin/launchctl", "bootstrap", "system", str(plist)], capture_output=True, timeout=30, check=True)


def _arm_task(journal_id: str, argv: list[str]) -> None:
    name = _ps_quote(f"DNS revert {journal_id}")
    script = (f"$a = New-ScheduledTaskAction -Execute {_ps_quote(argv[0])} "
              f"-Argument {_ps_quote(subprocess.list2cmdline(argv[1:]))}; "
              "$t = New-ScheduledTaskTrigger -AtStartup; "
              "$p = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount -RunLevel Highest; "
              f"Register-ScheduledTask -TaskName {name} -TaskPath {_ps_quote(TASK_PATH)} -Action $a -Trigger $t "
              "-Principal $p -Force | Out-Null; "
              f"Start-ScheduledTask -TaskName {name} -TaskPath {_ps_quote(TASK_PATH)}")
    subprocess.run(powershell(script), capture_output=True, timeout=60, check=True)


def disarm(journal_id: str) -> None:
    """Remove the job that ran ``revert-due`` (launchd, scheduled task); systemd's transient unit
    and a detached process end by themselves."""
    try:
        if sys.platform == "win32":
            subprocess.run(powershell(f"Unregister-ScheduledTask -TaskName {_ps_quote(f'DNS revert {journal_id}')} "
                                      f"-TaskPath {_ps_quote(TASK_PATH)} -Confirm:$false"),
                           capture_output=True, timeout=60, check=False)
        elif sys.platform == "darwin":
            plist = LAUNCH_DAEMONS / f"{_label(journal_id)}.plist"
            if plist.exists():
                plist.unlink()
                # last: launchd ends this very process when it removes the job
                subprocess.run(["/bin/launchctl", "bootout", f"system/{_label(journal_id)}"], capture_output=True,
                               timeout=30, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("the finished revert job could not be removed: %s", exc)
