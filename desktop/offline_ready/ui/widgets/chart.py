"""Latency (lines) and loss (bars) over time, with QtCharts — SmokePing's picture, simplified."""

from __future__ import annotations

from PySide6.QtCharts import (
    QAreaSeries,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from ..models.history import HistoryData


def _ms(dt) -> float:
    return float(QDateTime.fromSecsSinceEpoch(int(dt.timestamp())).toMSecsSinceEpoch())


class LatencyChart(QChartView):
    def __init__(self, parent: QWidget | None = None):
        chart = QChart()
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(self.tr("Latency and loss chart"))
        self.setMinimumHeight(160)  # the history page fits the default window without scrolling
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setBackgroundRoundness(0)
        self._apply_palette()

    def _apply_palette(self) -> None:
        pal = self.palette()
        chart = self.chart()
        chart.setBackgroundBrush(pal.color(QPalette.ColorRole.Base))
        chart.legend().setLabelColor(pal.color(QPalette.ColorRole.Text))
        chart.setTitleBrush(pal.color(QPalette.ColorRole.Text))

    def set_data(self, data: HistoryData | None) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
            axis.deleteLater()
        self._apply_palette()
        if data is None:
            return
        x = QDateTimeAxis()
        x.setFormat("HH:mm" if data.range_key == "day" else "dd MMM")
        x.setRange(QDateTime.fromSecsSinceEpoch(int(data.since.timestamp())),
                   QDateTime.fromSecsSinceEpoch(int(data.until.timestamp())))
        x.setTickCount(7)
        y = QValueAxis()
        y.setTitleText(self.tr("ms"))
        y.setLabelFormat("%.0f")
        loss_axis = QValueAxis()
        loss_axis.setRange(0, 100)
        loss_axis.setTitleText(self.tr("loss %"))
        loss_axis.setLabelFormat("%.0f")
        text = self.palette().color(QPalette.ColorRole.Text)
        for a in (x, y, loss_axis):
            a.setLabelsColor(text)
            a.setTitleBrush(text)
            a.setGridLineColor(self.palette().color(QPalette.ColorRole.Midlight))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(loss_axis, Qt.AlignmentFlag.AlignRight)

        # loss as a stepped area on its own 0–100 axis
        # the area's bounds must outlive this function: parent them to the chart
        for old in getattr(self, "_bounds", ()):
            old.deleteLater()
        upper = QLineSeries(chart)
        lower = QLineSeries(chart)
        self._bounds = (upper, lower)
        width = (data.buckets[1].start - data.buckets[0].start).total_seconds() * 1000 if len(data.buckets) > 1 else 0
        for b in data.buckets:
            t = _ms(b.start)
            loss = b.loss_pct or 0.0
            upper.append(t, loss)
            upper.append(t + width, loss)
            lower.append(t, 0)
            lower.append(t + width, 0)
        loss = QAreaSeries(upper, lower)
        loss.setName(self.tr("Loss"))
        loss.setColor(QColor(208, 49, 45, 90))
        loss.setBorderColor(QColor(208, 49, 45, 160))
        chart.addSeries(loss)
        loss.attachAxis(x)
        loss.attachAxis(loss_axis)

        top = 0.0
        for attr, name, colour in (("dns_ms", self.tr("DNS"), "#2f6fd6"), ("tcp_ms", self.tr("Connect"), "#2e8b47"),
                                   ("http_ms", self.tr("Web check"), "#8e44ad")):
            s = QLineSeries()
            s.setName(name)
            s.setPen(QPen(QColor(colour), 1.6))
            for b in data.buckets:
                v = getattr(b, attr)
                if v is not None:
                    s.append(_ms(b.start), v)
                    top = max(top, v)
            if s.count():
                chart.addSeries(s)
                s.attachAxis(x)
                s.attachAxis(y)
        y.setRange(0, max(10.0, top * 1.15))
        y.applyNiceNumbers()
