"""A horizontal timeline of incidents over the selected period (one coloured band per incident)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...diagnosis.model import State
from ..models.history import HistoryData, IncidentRow
from ..models.status import duration_text, state_title, when_text

STATE_COLOURS = {
    State.NO_NETWORK: "#d0312d", State.NO_INTERNET: "#d0312d", State.DNS_OUTAGE: "#d0312d",
    State.CAPTIVE_PORTAL: "#2f6fd6", State.DEGRADED: "#f2b01e",
}
HATCHED = frozenset({State.NO_NETWORK, State.NO_INTERNET, State.DNS_OUTAGE})  # outages: seen without colour


class Timeline(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.data: HistoryData | None = None
        self._spans: list[tuple[QRectF, IncidentRow]] = []
        self.setMouseTracking(True)
        self.setMinimumHeight(54)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Incident timeline"))

    def sizeHint(self) -> QSize:
        return QSize(600, 54)

    def set_data(self, data: HistoryData | None) -> None:
        self.data = data
        if data is None or not data.incidents:
            self.setAccessibleDescription(self.tr("No incidents in this period"))
        else:
            self.setAccessibleDescription(self.tr("{n} incidents, {duration} with a problem in total").format(
                n=len(data.incidents), duration=duration_text(data.downtime_s())))
        self.update()

    def _x(self, t: datetime, rect: QRectF) -> float:
        assert self.data is not None
        span = (self.data.until - self.data.since).total_seconds() or 1
        frac = (t - self.data.since).total_seconds() / span
        return rect.left() + rect.width() * min(1.0, max(0.0, frac))

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        band = QRectF(6, 8, self.width() - 12, 22)
        path = QPainterPath()
        path.addRoundedRect(band, 4, 4)
        p.fillPath(path, pal.color(QPalette.ColorRole.Midlight))
        if self.data is not None and self.data.buckets:
            # green where measurements exist (and were good), so gaps in monitoring stay visible
            width = (self.data.buckets[1].start - self.data.buckets[0].start) if len(self.data.buckets) > 1 else None
            for b in self.data.buckets:
                x0 = self._x(b.start, band)
                x1 = self._x(b.start + width, band) if width else x0 + 2
                p.fillRect(QRectF(x0, band.top(), max(1.0, x1 - x0), band.height()), QColor("#6cc486"))
        p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        p.drawPath(path)
        self._spans = []
        if self.data is not None:
            for inc in self.data.incidents:
                x0 = self._x(max(inc.start, self.data.since), band)
                x1 = self._x(min(inc.end or self.data.until, self.data.until), band)
                r = QRectF(x0, band.top(), max(3.0, x1 - x0), band.height())
                colour = QColor(STATE_COLOURS.get(inc.state, "#f08a24"))
                p.fillRect(r, colour)
                # a hatch makes outages visible without colour
                if inc.state in HATCHED:
                    p.fillRect(r, QBrush(QColor(255, 255, 255, 150), Qt.BrushStyle.BDiagPattern))
                self._spans.append((r, inc))
            p.setPen(pal.color(QPalette.ColorRole.Text))
            fm = p.fontMetrics()
            y = band.bottom() + fm.ascent() + 4
            p.drawText(QPointF(band.left(), y), when_text(self.data.since))
            right = when_text(self.data.until)
            p.drawText(QPointF(band.right() - fm.horizontalAdvance(right), y), right)
        if self.hasFocus():
            p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DashLine))
            p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        p.end()

    def mouseMoveEvent(self, event) -> None:
        pos = event.position()
        for rect, inc in self._spans:
            if rect.adjusted(-2, -4, 2, 4).contains(pos):
                end = when_text(inc.end) if inc.end else self.tr("ongoing")
                lasted = duration_text(inc.duration_s(self.data.until)) if self.data else ""
                QToolTip.showText(event.globalPosition().toPoint(),
                                  f"{state_title(inc.state)}\n{when_text(inc.start)} – {end} ({lasted})\n{inc.summary}",
                                  self)
                return
        QToolTip.hideText()
