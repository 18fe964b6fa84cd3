"""History: incidents over the last day/week/month, a latency/loss chart, CSV/HTML export."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...atomic import atomic_write_text
from ..context import AppContext
from ..models.history import HistoryData, export_csv, export_html, incident_label, load_history
from ..models.status import duration_text, when_text
from ..palette import secondary_text_css
from ..widgets.load_on_show import LoadOnShow
from ..widgets.timeline import Timeline

log = logging.getLogger(__name__)


def load_drills(ctx: Any) -> list[Any]:
    """Drills of the last 90 days (worker thread), from their own table: never mixed with incidents."""
    from ...drill.store import DrillStore

    if not ctx.paths.history_db.exists():
        return []
    store = DrillStore(ctx.paths.history_db)
    try:
        return store.drills(since=datetime.now(UTC) - timedelta(days=90))
    finally:
        store.close()


class HistoryPage(LoadOnShow, QWidget):
    page_id = "history"
    icon_name = "history"
    RELOAD_ON_SHOW = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        from ..widgets.chart import LatencyChart  # QtCharts loads only when history is opened

        self.ctx = ctx
        self.title = self.tr("History")
        self.setAccessibleName(self.title)
        self.data: HistoryData | None = None
        self.range_key = "day"
        self._loading = False

        ranges = QHBoxLayout()
        self.range_group = QButtonGroup(self)
        for key, text in (("day", self.tr("Last &day")), ("week", self.tr("Last &week")),
                          ("month", self.tr("Last &month"))):
            b = QRadioButton(text, self)
            b.setObjectName(f"history-range-{key}")
            b.setProperty("range_key", key)
            b.setChecked(key == self.range_key)
            self.range_group.addButton(b)
            ranges.addWidget(b)
        self.range_group.buttonToggled.connect(self._range_toggled)
        ranges.addStretch(1)
        # the period's summary on a line of its own and the buttons beside the things they act on:
        # one row holding all of them was wider than the window allows at 200 % and overlapped
        self.summary = QLabel(self)
        self.summary.setObjectName("history-summary")
        self.csv_button = QPushButton(ctx.icon("export"), self.tr("Export &CSV…"), self)
        self.csv_button.setObjectName("history-export-csv")
        self.csv_button.clicked.connect(lambda: self._export("csv"))
        self.html_button = QPushButton(ctx.icon("export"), self.tr("Export &HTML report…"), self)
        self.html_button.setObjectName("history-export-html")
        self.html_button.clicked.connect(lambda: self._export("html"))
        self.report_button = QPushButton(ctx.icon("report"), self.tr("&Report for ISP or IT…"), self)
        self.report_button.setObjectName("history-report")
        self.report_button.setToolTip(self.tr("The selected incident as text, a web page or a PDF, ready to send"))
        self.report_button.setEnabled(False)
        self.report_button.clicked.connect(self._report)

        self.timeline = Timeline(self)
        self.timeline.setObjectName("history-timeline")
        self.chart = LatencyChart(self)
        self.chart.setObjectName("history-chart")
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("history-incidents")
        self.table.setAccessibleName(self.tr("Incidents"))
        self.table.setHorizontalHeaderLabels([self.tr("Started"), self.tr("Lasted"), self.tr("Problem"),
                                              self.tr("What was wrong")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        hh = self.table.horizontalHeader()
        for i in range(3):
            hh.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        hh.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(
            lambda: self.report_button.setEnabled(bool(self.table.selectedItems())))
        self.drills = QTableWidget(0, 3, self)
        self.drills.setObjectName("history-drills")
        self.drills.setAccessibleName(self.tr("Drills"))
        self.drills.setHorizontalHeaderLabels([self.tr("Started"), self.tr("Scenario"), self.tr("What was missing")])
        self.drills.verticalHeader().setVisible(False)
        self.drills.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        dh = self.drills.horizontalHeader()
        for i in range(2):
            dh.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        dh.setStretchLastSection(True)
        self.status = QLabel(self)
        self.status.setObjectName("history-status")
        self.status.setStyleSheet(secondary_text_css(self.palette()))

        layout = QVBoxLayout(self)
        layout.addLayout(ranges)
        layout.addWidget(self.summary)
        layout.addWidget(self.timeline)
        layout.addWidget(self.chart, 3)
        incidents = QHBoxLayout()
        incidents.addWidget(QLabel(self.tr("<b>Incidents</b>"), self))
        incidents.addStretch(1)
        incidents.addWidget(self.report_button)
        layout.addLayout(incidents)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(self.tr("<b>Drills</b> (rehearsals, not outages)"), self))
        layout.addWidget(self.drills, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.csv_button)
        bottom.addWidget(self.html_button)
        layout.addLayout(bottom)
        ctx.bridge.stateChanged.connect(lambda _e: self.reload())

    def load(self) -> None:  # each time the page is shown (LoadOnShow)
        self.reload()

    def _range_toggled(self, button, checked: bool) -> None:
        if checked:
            self.range_key = button.property("range_key")
            self.reload()

    def reload(self) -> None:
        if self._loading:
            return
        self._loading = True
        self.status.setText(self.tr("Loading…"))
        self.ctx.run(load_history, self.ctx.history, self.range_key, on_done=self._loaded, on_error=self._failed)
        self.ctx.run(load_drills, self.ctx, on_done=self._drills_loaded, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        log.warning("history could not be read: %s", exc)
        self.status.setText(self.tr("The history could not be read: {error}").format(error=exc))

    def _loaded(self, data: HistoryData) -> None:
        self._loading = False
        self.data = data
        self.timeline.set_data(data)
        self.chart.set_data(data)
        self.table.setRowCount(len(data.incidents))
        for row, inc in enumerate(reversed(data.incidents)):
            items = [
                QTableWidgetItem(when_text(inc.start)),
                QTableWidgetItem(duration_text(inc.duration_s(data.until)) + ("" if inc.end else " …")),
                QTableWidgetItem(incident_label(inc)),
                QTableWidgetItem(inc.summary),
            ]
            items[0].setData(Qt.ItemDataRole.ToolTipRole, inc.start.astimezone().isoformat(timespec="seconds"))
            items[0].setData(Qt.ItemDataRole.UserRole, inc.id)
            for col, item in enumerate(items):
                self.table.setItem(row, col, item)
        avail = data.availability_pct() if (data.buckets or data.incidents) else None
        self.summary.setText(self.tr("%n incident(s) · {avail} available", "", len(data.incidents)).format(
            avail=f"{avail:.2f} %" if avail is not None else "—"))
        self.summary.setMinimumWidth(self.summary.sizeHint().width())  # never cut, whatever the theme's font
        if self.ctx.history is None:
            self.status.setText(self.tr("History is not being recorded."))
        elif not data.buckets:
            self.status.setText(self.tr("No measurements in this period yet."))
        else:
            self.status.setText(self.tr("{n} measurements, updated {time}").format(
                n=sum(b.samples for b in data.buckets), time=when_text(datetime.now(UTC))))

    def _drills_loaded(self, drills: list[Any]) -> None:
        from ..models.readiness import SCENARIO_TITLES
        from ..models.readiness import tr as rtr

        self.drills.setRowCount(len(drills))
        for row, d in enumerate(reversed(drills)):
            missing = "; ".join(d.missing) if d.missing else self.tr("nothing: everything was found")
            if d.outcome == "aborted":
                missing = self.tr("stopped before the end")
            for col, text in enumerate((when_text(d.started_at), rtr(SCENARIO_TITLES.get(d.scenario, d.scenario)),
                                        missing)):
                self.drills.setItem(row, col, QTableWidgetItem(text))

    def _report(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.table.item(rows[0].row(), 0)
        from ..dialogs.report import open_report

        open_report(self.ctx, int(item.data(Qt.ItemDataRole.UserRole)), self)

    def _export(self, kind: str) -> None:
        if self.data is None:
            return
        stamp = datetime.now().strftime("%Y-%m-%d")
        default = str(Path.home() / f"offline-ready-history-{self.range_key}-{stamp}.{kind}")
        filters = self.tr("CSV files (*.csv)") if kind == "csv" else self.tr("HTML files (*.html)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export history"), default, filters)
        if not path:
            return
        self.export_to(Path(path), kind)

    def export_to(self, path: Path, kind: str) -> None:
        """Write the export on a worker thread."""
        data = self.data
        if data is None:
            return
        text = export_csv(data) if kind == "csv" else export_html(data)
        self.ctx.run(atomic_write_text, path, text,
                     on_done=lambda _r: self.status.setText(self.tr("Saved {path}").format(path=path)),
                     on_error=lambda e: self.status.setText(self.tr("Could not save: {error}").format(error=e)))
