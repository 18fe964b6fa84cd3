"""The deadline of an unconfirmed switch, kept by the system rather than by the app.

A switch that is not confirmed in time must be undone even if the app that made it was killed,
crashed or hung. So the privileged side arms the revert when it applies the switch:

* where systemd runs (PID 1), a transient timer (``systemd-run --on-active``) starts the helper's
  ``revert-due`` verb at the deadline;
* elsewhere (containers, no systemd; macOS and Windows, where a LaunchDaemon or scheduled task
  would be the packaged way — this path is not exercised by the test suite there), a detached
  process of the helper, in its own session and owned by root, waits for the deadline.

Either way the revert re-reads the root-owned journal under its lock and does nothing when the
switch was confirmed, restored or replaced meanwhile. ``dns status`` reads the deadline and the
mechanism from the journal, so it says what will really happen.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import offline_ready

log = logging.getLogger(__name__)

SYSTEMD = "systemd timer"
PROCESS = "helper process"
POLL = 0.5  # how often a waiting revert re-reads the journal (a confirm or restore ends it early)


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


def wait_and_revert(journal_id: str, switcher, *, clock=time.time, sleep=time.sleep) -> str:
    """Wait until the journal's deadline, then undo the switch unless it was confirmed or ended.

    Returns what happened: ``reverted``, ``confirmed``, ``gone`` (restored or replaced) or ``failed``."""
    from .switcher import SwitchError

    journal = switcher.journal
    while True:
        entry = journal.open_entry()
        if entry is None or entry.id != journal_id:
            return "gone"
        if entry.confirmed:
            return "confirmed"
        left = float(entry.revert_at or 0) - clock()
        if not entry.revert_at:
            return "gone"
        if left > 0:
            sleep(min(POLL, left))
            continue
        try:
            result = switcher.restore(expect_id=journal_id, outcome="reverted: not confirmed in time")
        except SwitchError as exc:
            log.error("the automatic switch back failed: %s", exc)
            return "failed"
        return "reverted" if result.get("restored") else "gone"
