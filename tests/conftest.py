"""Test-wide fixtures: every test gets its own OFFLINE_READY_HOME, so nothing reads the real
profile or /etc policies, and nothing a test writes survives it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "tests"))

pytest_plugins = ["netlab.fixtures"]


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "offline-ready-home"
    home.mkdir()
    monkeypatch.setenv("OFFLINE_READY_HOME", str(home))
    return home


def require(condition: bool, reason: str) -> None:
    """Skip when a tool is missing locally, but fail in CI where everything must run."""
    if condition:
        return
    if os.environ.get("OFFLINE_READY_REQUIRE_ALL"):
        pytest.fail(f"required for CI: {reason}")
    pytest.skip(reason)
