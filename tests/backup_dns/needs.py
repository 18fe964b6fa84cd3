"""``require``: skip when a tool is missing locally, fail in CI (same rule as the suite's conftest)."""

from __future__ import annotations

import os

import pytest


def require(condition: bool, reason: str) -> None:
    if condition:
        return
    if os.environ.get("OFFLINE_READY_REQUIRE_ALL"):
        pytest.fail(f"required for CI: {reason}")
    pytest.skip(reason)
