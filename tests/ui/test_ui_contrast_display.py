"""WCAG AA measured on real pixels: the status page's state words ("working", "partly working",
"broken", each drawn at least once) and its "checked at" line, drawn by the X server (Xvfb) in a
light and a dark palette, read back from the server and compared with the background they are
drawn on. Each palette runs in its own process (a palette applies to the whole application)."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.display_child import run_on_display

pytestmark = [pytest.mark.display, pytest.mark.timeout(120)]

CHILD = r"""
import sys
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor
from support.display_child import child_app, child_done, wait_until
from test_ui_contrast import PALETTES
app, ctx = child_app("contrast-display", PALETTES[sys.argv[1]])
import ui_samples as S
from offline_ready.events import StateChanged, VerdictReady
from offline_ready.ui.palette import contrast
from offline_ready.ui.windows.main_window import MainWindow

w = MainWindow(ctx, [])
w.resize(960, 700)
w.show_page("status")
page = w.pages["status"]
tree = page.layers
results = []


for state in ("dns-outage", "service-down", "degraded"):  # broken, working and partly working
    v = S.verdict(state)
    ctx.bus.publish(StateChanged(state=state, previous="online", verdict=v))
    ctx.bus.publish(VerdictReady(verdict=v, confirmed=state))
    def coloured():
        return sum(tree.topLevelItem(i).foreground(1).style() != 0 for i in range(tree.topLevelItemCount()))

    assert wait_until(lambda: w.isVisible() and ctx.state == state and coloured() >= 2
                      and w.windowHandle().isExposed()), (ctx.state, coloured(), w.windowHandle().isExposed())
    app.sync()
    app.processEvents()
    shot = w.screen().grabWindow(w.winId()).toImage()  # the window's pixels as the X server has them
    dpr = shot.devicePixelRatio()

    def measure(label, widget_rect, owner):
        top_left = owner.mapTo(w, widget_rect.topLeft())
        r = QRect(round(top_left.x() * dpr), round(top_left.y() * dpr), round(widget_rect.width() * dpr),
                  round(widget_rect.height() * dpr)).intersected(shot.rect())
        counts = {}
        for y in range(r.top(), r.bottom() + 1):
            for x in range(r.left(), r.right() + 1):
                rgb = shot.pixel(x, y) & 0xFFFFFF
                counts[rgb] = counts.get(rgb, 0) + 1
        bg = QColor(max(counts, key=counts.get))  # the most common pixel: what the text is drawn on
        ink = max((QColor(c) for c in counts), key=lambda c: contrast(c, bg))  # fully covered glyph pixels
        results.append({"state": state, "what": label, "ink": ink.name(), "background": bg.name(),
                        "ratio": round(contrast(ink, bg), 2), "pixels": r.width() * r.height()})

    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item.foreground(1).style() == 0:
            continue  # plain text ("skip"): the palette's own text colour
        cell = tree.visualRect(tree.indexFromItem(item, 1))
        measure(item.text(0) + ": " + item.text(1), cell, tree.viewport())
        results[-1]["meant"] = item.foreground(1).color().name()
    label = page.checked_label
    measure("checked at", label.rect(), label)
child_done(ctx, results)
"""


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_state_words_on_screen_reach_aa(display, app_home: Path, theme: str) -> None:
    results = run_on_display(CHILD, theme, display_env=display.env(), home=app_home)
    words = [m for m in results if m["what"] != "checked at"]
    assert len(words) >= 3, results
    for m in results:
        assert m["ratio"] >= 4.5, f"{theme}: below WCAG AA on screen: {m}"
    # the pixels are the colours the page meant to paint (within the text rasteriser's rounding),
    # not a lucky pixel of something else
    for m in words:
        ink, meant = (bytes.fromhex(m[k][1:]) for k in ("ink", "meant"))
        assert max(abs(a - b) for a, b in zip(ink, meant, strict=True)) <= 12, m
    assert {"working", "partly working", "broken"} <= {m["what"].rsplit(": ", 1)[1] for m in words}, words
