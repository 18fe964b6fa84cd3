"""A private D-Bus session bus for tests: its own ``dbus-daemon`` on a socket file, with no
service directories (nothing can be auto-activated on it) and a policy that lets a test
eavesdrop. Used by the real keyring (keyring_backend.py) and the UI's notification tests."""

from __future__ import annotations

import subprocess
from pathlib import Path

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def start_session_bus(config: Path, socket: Path, *, env: dict[str, str] | None = None,
                      log: Path | None = None) -> tuple[subprocess.Popen, str]:
    """Start ``dbus-daemon`` listening on ``socket`` (its config written to ``config``); returns
    the process and the bus address once the bus accepts connections."""
    config.write_text(BUS_CONFIG.format(socket=socket))
    with open(log or "/dev/null", "wb") as err:
        bus = subprocess.Popen(["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile",
                                "--print-address=1"], stdout=subprocess.PIPE, stderr=err, env=env, text=True)
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()  # printed once the socket listens
    if not address:
        bus.kill()
        bus.wait(5)
        raise RuntimeError("dbus-daemon did not start" + (f": {log.read_text(errors='replace')}" if log else ""))
    return bus, address
