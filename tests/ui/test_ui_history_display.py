"""The history page's summary ("2 incidents · 99.87 % available") is never cut: on a real display
(Xvfb), in the dark palette and the light one, at 100 % (a 1280×800 screen) and 200 % (2560×1600),
with the main window at its default size and at its smallest — no widget drawn over it. Each case
runs in its own process, since Qt's scale factor is fixed per process."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.display_child import run_on_display

pytestmark = [pytest.mark.display, pytest.mark.timeout(120)]

CHILD = r"""
import sys
from datetime import UTC, datetime, timedelta
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget
from support.display_child import child_app, child_done
from test_ui_contrast import PALETTES
app, ctx = child_app("history-display", PALETTES[sys.argv[1]])
import ui_samples as S
from offline_ready.history.store import HistoryStore
from offline_ready.ui.pages import discover_pages
from offline_ready.ui.windows.main_window import MainWindow

store = HistoryStore(ctx.paths.history_db)
now = datetime.now(UTC)
for i in range(120):
    store.add_sample("full", "online", True, dns_ms=20.0, tcp_ms=30.0, http_ms=60.0, loss=0.0,
                     ts=(now - timedelta(minutes=120 - i)).timestamp())
for minutes_ago, state in ((100, "dns-outage"), (40, "no-internet")):
    start = now - timedelta(minutes=minutes_ago)
    store.close_incident(store.open_incident(S.verdict(state, start), start), start + timedelta(minutes=3))
ctx.history = store
w = MainWindow(ctx, discover_pages())
w.show()
w.show_page("history")
page = w.pages["history"]
deadline = datetime.now(UTC) + timedelta(seconds=20)
while (page.data is None or "incident" not in page.summary.text()) and datetime.now(UTC) < deadline:
    app.processEvents()
label = page.summary


def measure(size):
    w.resize(*size)
    for _ in range(50):
        app.processEvents()
    needed = label.fontMetrics().horizontalAdvance(label.text())
    rect = QRect(label.mapTo(w, label.rect().topLeft()), QSize(min(needed, label.width()), label.height()))
    view = page.parentWidget()  # the scroll area's viewport: what of the page is on screen
    shown = QRect(view.mapTo(w, view.rect().topLeft()), view.size())
    over = [o.objectName() or type(o).__name__ for o in page.findChildren(QWidget)
            if o.isVisible() and o is not label and not o.isAncestorOf(label) and not label.isAncestorOf(o)
            and o.parentWidget() is page and QRect(o.mapTo(w, o.rect().topLeft()), o.size()).intersects(rect)]
    return {"width": label.width(), "needed": needed,
            "on_screen": shown.contains(rect) and w.rect().contains(rect), "overlapped_by": over,
            "window": [w.width(), w.height()]}


cases = {"default": measure((960, 640)), "smallest": measure((1, 1))}
w.grab().save(sys.argv[2])
child_done(ctx, {"text": label.text(), "visible": label.isVisible(), "dpr": w.devicePixelRatioF(), **cases})
store.close()
"""


@pytest.fixture(scope="module")
def screens(ui_workdir: Path):
    """Xvfb servers of a common laptop screen (1280×800) and a HiDPI one (2560×1600), no desktop."""
    from ui_session import Display

    made = {}
    try:
        for scale, size in (("1", "1280x800x24"), ("2", "2560x1600x24")):
            work = ui_workdir / f"history-screen-{scale}x"
            work.mkdir(exist_ok=True)
            made[scale] = Display(work).start(with_tray=False, size=size)
        yield made
    finally:
        for d in made.values():
            d.stop()


@pytest.mark.parametrize(("theme", "scale"), [("dark", "1"), ("dark", "2"), ("light", "2")])
def test_the_history_summary_is_never_cut(screens, app_home: Path, tmp_path: Path, theme: str, scale: str) -> None:
    shot = tmp_path / f"history-{theme}-{scale}x.png"
    out = run_on_display(CHILD, theme, str(shot), display_env=screens[scale].env(), home=app_home,
                         QT_SCALE_FACTOR=scale)
    assert out["text"].startswith("2 incidents · ") and out["text"].endswith(" available"), out
    assert out["dpr"] == pytest.approx(float(scale))
    assert out["visible"], out
    for size in ("default", "smallest"):
        m = out[size]
        assert m["width"] >= m["needed"], f"the summary is cut ({size} window): {m}"
        assert m["on_screen"] and not m["overlapped_by"], f"the summary is hidden ({size} window): {m}"
    assert shot.stat().st_size > 0
