"""pytest fixtures for the network lab. Load them once for the whole suite, in tests/conftest.py:

    pytest_plugins = ["netlab.fixtures"]

- ``lab`` (session): one lab for the whole run, built on first use, torn down at the end.
- ``healthy_lab`` (function): the same lab after ``reset()``: every fault off, caches flushed.

Where the lab cannot run (not root, a tool missing) the tests skip locally and fail in CI
(``OFFLINE_READY_REQUIRE_ALL=1``), by the suite's ``require`` rule (support/require.py).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from support.require import require

from .lab import Lab, LabError, can_run

__all__ = ["healthy_lab", "lab"]


def _report(config: pytest.Config, text: str) -> None:
    """A line in pytest's own output (past output capturing), e.g. the lab's startup time."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    capman = config.pluginmanager.get_plugin("capturemanager")
    if reporter is None:
        return
    if capman is None:
        reporter.write_line(text)
        return
    with capman.global_and_fixture_disabled():
        reporter.write_line(text)


@pytest.fixture(scope="session")
def lab(request: pytest.FixtureRequest) -> Iterator[Lab]:
    ok, why = can_run()
    require(ok, why)
    try:
        the_lab = Lab.start()
    except LabError as e:
        pytest.fail(f"the network lab did not start:\n{e}", pytrace=False)
    _report(request.config, f"\nnetlab: lab {the_lab.prefix} up in {the_lab.startup_seconds:.2f} s "
                            f"({', '.join(f'{k} {v:.2f}' for k, v in the_lab.timings.items())})")
    try:
        yield the_lab
    finally:
        the_lab.stop()


@pytest.fixture
def healthy_lab(lab: Lab) -> Lab:
    lab.reset()
    return lab
