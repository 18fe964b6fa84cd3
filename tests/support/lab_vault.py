"""The offline vault filled the way a user fills it before an outage: the app's own command line,
run in a network lab's client namespace for one app home (no keyring there: the fail backend)."""

from __future__ import annotations

from pathlib import Path

PLAN_TEXT = "Continuity plan\n1. Call the ISP on 0800 800 150.\n"


def lab_cli(lab, home: Path, config: Path, *args: str) -> None:
    """``offline_ready <args> --config <config>`` in the lab, as this home's user; it must succeed."""
    env = lab.client_env({"OFFLINE_READY_HOME": str(home), "PYTHON_KEYRING_BACKEND":
                          "keyring.backends.fail.Keyring"})
    r = lab.exec(["python3", "-m", "offline_ready", *args, "--config", str(config)], env=env)
    assert r.returncode == 0, r.stdout + r.stderr


def add_plan(lab, home: Path, config: Path, folder: Path) -> Path:
    """A small continuity plan (a text file in ``folder``) added to the vault."""
    plan = folder / "continuity-plan.txt"
    plan.write_text(PLAN_TEXT)
    lab_cli(lab, home, config, "docs", "add", str(plan))
    return plan


def import_contacts(lab, home: Path, config: Path, *files: Path) -> None:
    for f in files:
        lab_cli(lab, home, config, "contacts", "import", str(f))
