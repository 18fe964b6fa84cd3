"""The suite's rule for missing tools: skip when something is missing locally, but fail in CI
(``OFFLINE_READY_REQUIRE_ALL=1``), where every test must run."""

from __future__ import annotations

import os

import pytest


def require(condition: bool, reason: str) -> None:
    """Skip the test (locally) or fail it (in CI) unless ``condition`` holds."""
    if condition:
        return
    if os.environ.get("OFFLINE_READY_REQUIRE_ALL"):
        pytest.fail(f"required for CI: {reason}")
    pytest.skip(reason)
