"""WCAG AA contrast in light and dark palettes, and state changes announced to assistive technology.

The colours are computed from the palette the widget really has (Fusion's light palette and a
dark one like KDE Breeze Dark / GNOME's dark style), and measured on what the widget paints
them over — the figures the issue measured were 4.29:1, 3.80:1, 2.28:1 and ~3.0:1.
"""

from __future__ import annotations

import pytest
import ui_samples as S
from PySide6.QtGui import QColor, QPalette

from offline_ready.events import StateChanged, VerdictReady
from offline_ready.ui.palette import AA_TEXT, contrast, secondary_colour, status_colour


def dark_palette() -> QPalette:
    p = QPalette()
    R = QPalette.ColorRole
    for role, colour in ((R.Window, "#2a2e32"), (R.WindowText, "#fcfcfc"), (R.Base, "#1b1e20"),
                         (R.AlternateBase, "#232629"), (R.Text, "#fcfcfc"), (R.Button, "#31363b"),
                         (R.ButtonText, "#fcfcfc"), (R.PlaceholderText, "#7f8c8d"), (R.Highlight, "#3daee9")):
        p.setColor(role, QColor(colour))
    return p


def light_palette() -> QPalette:
    from PySide6.QtWidgets import QStyleFactory

    return QStyleFactory.create("Fusion").standardPalette()


PALETTES = {"light": light_palette, "dark": dark_palette}


def test_the_old_colours_fail_and_the_measure_agrees_with_wcag() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#2e8b47"), QColor("white")) == pytest.approx(4.29, abs=0.02)  # the "working"
    assert contrast(QColor("#c62828"), QColor("#1b1e20")) < AA_TEXT


@pytest.mark.parametrize("theme", sorted(PALETTES))
def test_status_words_and_secondary_text_reach_aa(qapp, theme: str) -> None:
    pal = PALETTES[theme]()
    base = pal.color(QPalette.ColorRole.Base)
    for status in ("ok", "warn", "fail"):
        c = status_colour(status, pal)
        assert c is not None and contrast(c, base) >= AA_TEXT, (theme, status, c.name(), contrast(c, base))
    sec = secondary_colour(pal)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert contrast(sec, pal.color(role)) >= AA_TEXT, (theme, role, sec.name())
    # quieter than the text, still
    assert contrast(sec, pal.color(QPalette.ColorRole.Window)) < contrast(
        pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Window))


@pytest.mark.parametrize("theme", sorted(PALETTES))
def test_the_status_page_paints_aa_colours_in_both_themes(qtbot, ui_ctx, theme: str) -> None:
    from offline_ready.ui.windows.status_page import StatusPage

    page = StatusPage(ui_ctx)
    page.setPalette(PALETTES[theme]())
    qtbot.addWidget(page)
    page.show()
    v = S.verdict("dns-outage")
    ui_ctx.bus.publish(StateChanged(state="dns-outage", previous="online", verdict=v))
    ui_ctx.bus.publish(VerdictReady(verdict=v, confirmed="dns-outage"))
    qtbot.waitUntil(lambda: page.layers.topLevelItemCount() > 0, timeout=3000)
    tree = page.layers
    base = tree.palette().color(QPalette.ColorRole.Base)
    coloured = 0
    for i in range(tree.topLevelItemCount()):
        brush = tree.topLevelItem(i).foreground(1)
        if brush.style() != 0:
            coloured += 1
            assert contrast(brush.color(), base) >= AA_TEXT, (theme, tree.topLevelItem(i).text(0))
    assert coloured >= 3
    sheet = page.checked_label.styleSheet()
    colour = QColor(sheet.split(":", 1)[1].strip(" ;"))
    assert contrast(colour, page.palette().color(QPalette.ColorRole.Window)) >= AA_TEXT


def test_a_state_change_is_announced_to_assistive_technology(qtbot, ui_ctx) -> None:
    from offline_ready.ui.windows.outage_window import OutageWindow
    from offline_ready.ui.windows.status_page import StatusPage

    page = StatusPage(ui_ctx)
    window = OutageWindow(ui_ctx, [])
    for w in (page, window):
        qtbot.addWidget(w)
        w.show()
    v = S.verdict("dns-outage")
    ui_ctx.bus.publish(StateChanged(state="dns-outage", previous="online", verdict=v))
    ui_ctx.bus.publish(VerdictReady(verdict=v, confirmed="dns-outage"))
    qtbot.waitUntil(lambda: "Websites can't be found" in page.state_label.accessibleDescription(), timeout=3000)
    qtbot.waitUntil(lambda: "Your DNS resolver isn't answering" in window.accessibleDescription(), timeout=3000)
    online = S.verdict("online")
    ui_ctx.bus.publish(StateChanged(state="online", previous="dns-outage", verdict=online))
    ui_ctx.bus.publish(VerdictReady(verdict=online, confirmed="online"))
    qtbot.waitUntil(lambda: page.state_label.accessibleDescription().startswith("Online"), timeout=3000)
    qtbot.waitUntil(lambda: window.accessibleDescription().startswith("You're back online"), timeout=3000)
