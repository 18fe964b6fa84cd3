"""Text colours with WCAG AA contrast, derived from the palette in use (light or dark).

Fixed hex colours fail one theme or the other: the old green "working" read 4.29:1 on white,
and the red "broken" 2.28:1 on a dark base. Each status keeps its hue; its lightness is moved
toward the palette's text colour until it reaches 4.5:1 against the background it is drawn on
(AA for normal text). Secondary text (times, hints) is the palette's text colour blended toward
the background only as far as 4.5:1 allows — ``placeholder-text`` is about 3:1.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

AA_TEXT = 4.5
STATUS_HUES = {"ok": "#2e8b47", "warn": "#b07800", "fail": "#c62828"}


def luminance(c: QColor) -> float:
    """WCAG 2 relative luminance."""

    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved a share ``t`` of the way to ``b``."""
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


def readable(colour: QColor, background: QColor, minimum: float = AA_TEXT) -> QColor:
    """The colour, moved toward black (light background) or white (dark) just enough for ``minimum``."""
    if contrast(colour, background) >= minimum:
        return colour
    target = QColor("black") if luminance(background) > 0.18 else QColor("white")
    for step in range(1, 21):
        c = _mix(colour, target, step / 20)
        if contrast(c, background) >= minimum:
            return c
    return target


def background(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Base)


def status_colour(status: str, palette: QPalette) -> QColor | None:
    """The colour of a status word ("ok", "warn", "fail"; None for "skip": plain text) on the base."""
    hue = STATUS_HUES.get(status)
    return readable(QColor(hue), background(palette)) if hue else None


def secondary_colour(palette: QPalette) -> QColor:
    """Quieter than the text, still AA against the window and the base behind it."""
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    worst = min((window, background(palette)), key=lambda bg: contrast(text, bg))
    for step in range(10, -1, -1):  # as far toward the background as AA allows (at most 50 %)
        c = _mix(text, window, step / 20)
        if contrast(c, worst) >= AA_TEXT:
            return c
    return text


def secondary_text_css(palette: QPalette) -> str:
    return f"color: {secondary_colour(palette).name()};"


def error_text_css(palette: QPalette) -> str:
    colour = readable(QColor(STATUS_HUES["fail"]), palette.color(QPalette.ColorRole.Window))
    return f"color: {colour.name()};"


def ok_text_css(palette: QPalette) -> str:
    colour = readable(QColor(STATUS_HUES["ok"]), palette.color(QPalette.ColorRole.Window))
    return f"color: {colour.name()};"
