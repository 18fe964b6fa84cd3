"""Fixtures of the UI tests.

* Widget and model tests run on Qt's offscreen platform (set here before any QApplication
  exists) with pytest-qt's ``qtbot``; ``ui_ctx`` gives them a real AppContext.
* Real-display tests (marker ``display``) share one session: Xvfb on a free display, the
  IceWM tray host, and a private D-Bus session bus with a recording notification server.
* Tests of the app against a real network use the suite's network lab (``healthy_lab``).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")

from ui_session import Display, SessionBus, missing_tools

from support.require import require


@pytest.fixture
def ui_config(app_home: Path):
    """The effective config of a fresh profile (nothing user-set, no policy)."""
    from offline_ready.config import load_config

    return load_config()


@pytest.fixture
def ui_ctx(qapp, ui_config):
    """An AppContext with a real EventBus and bridge, no monitor (tests publish core events themselves)."""
    from offline_ready.ui.context import AppContext
    from offline_ready.ui.i18n import install_translators

    install_translators("en")  # as the app does: English plural forms
    ctx = AppContext(ui_config)
    yield ctx
    ctx.bridge.detach()
    ctx.pool.waitForDone(5000)


@pytest.fixture(scope="session")
def ui_workdir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="or-ui-") as d:
        yield Path(d)


@pytest.fixture(scope="session")
def x_session(ui_workdir: Path) -> Iterator[tuple[Display, SessionBus]]:
    """Xvfb + IceWM (tray host) + private session bus with the recording notification server."""
    missing = missing_tools()
    if missing:
        require(False, f"real-display tests need {', '.join(missing)} (packaging/dev-setup.sh installs them)")
    work = ui_workdir / "session"
    work.mkdir()
    display = Display(work)
    bus = SessionBus(work)
    try:
        display.start(with_tray=True)
        bus.start()
        yield display, bus
    finally:
        bus.stop()
        display.stop()


@pytest.fixture
def display(x_session) -> Display:
    return x_session[0]


@pytest.fixture
def session_bus(x_session) -> SessionBus:
    return x_session[1]
