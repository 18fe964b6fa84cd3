"""Environment of ``offline-ready`` subprocesses started by the vault tests."""

from __future__ import annotations

from pathlib import Path

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def cli_env(app_home: Path, **extra: str) -> dict[str, str]:
    """Environment for an ``offline-ready`` subprocess: this checkout's code, the test's home, no keyring."""
    import os

    env = dict(os.environ, OFFLINE_READY_HOME=str(app_home), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env["PYTHONPATH"] = os.pathsep.join([str(DESKTOP), *filter(None, [os.environ.get("PYTHONPATH")])])
    env.update(extra)
    return env
