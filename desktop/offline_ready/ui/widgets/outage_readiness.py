"""The outage window's readiness section: what the provider's status page says, the steps the
last drill tested, the readiness gaps that matter now ("your price list copy is 9 days old"),
and the report button. One self-contained widget the outage window includes."""

from __future__ import annotations

import html
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ...diagnosis.model import CRITICAL_STATES
from ..pages.feature_page import alive

REFETCH = timedelta(minutes=2)


def load_section(ctx: Any, verdict_dict: dict[str, Any] | None, state: str) -> dict[str, Any]:
    """Worker thread: status pages (bounded), the last drill, readiness gaps relevant now."""
    from ...drill.store import DrillStore
    from ...readiness import evaluate
    from ...readiness.gather import gather
    from ...statuspage import describe
    from ..models.readiness import read_status_pages

    out: dict[str, Any] = {"pages": [], "drill": None, "gaps": []}
    services = (verdict_dict or {}).get("services", [])
    down = {s["name"] for s in services if s.get("state") == "down"}
    out["pages"] = [describe(p, service_down=p.service in down or state in CRITICAL_STATES)
                    for p in read_status_pages(ctx, verdict_dict or {}, state)]
    if ctx.paths.history_db.exists():
        store = DrillStore(ctx.paths.history_db)
        try:
            out["drill"] = store.last_completed()
        finally:
            store.close()
    result = evaluate(gather(ctx.config, vault=ctx.vault()))
    for item in result.items:
        if item.id in ("documents", "contacts"):
            out["gaps"] += item.now_relevant
    return out


class OutageReadiness(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("outage-readiness")
        self._loaded_at: datetime | None = None
        self._loaded_for: str | None = None
        self.pages = QLabel(self)
        self.pages.setObjectName("outage-status-pages")
        self.drill = QLabel(self)
        self.drill.setObjectName("outage-drill-steps")
        self.gaps = QLabel(self)
        self.gaps.setObjectName("outage-readiness-gaps")
        for label in (self.pages, self.drill, self.gaps):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setVisible(False)
        self.pages.setAccessibleName(self.tr("What the providers say"))
        self.drill.setAccessibleName(self.tr("Tested in your last drill"))
        self.gaps.setAccessibleName(self.tr("Gaps that matter now"))
        self.report_button = QPushButton(ctx.icon("report"), self.tr("Write a &report for your ISP or IT…"), self)
        self.report_button.setObjectName("outage-report")
        self.report_button.clicked.connect(self.open_report)
        self.report_button.setVisible(not getattr(ctx, "is_drill", False))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.pages, self.drill, self.gaps):
            layout.addWidget(w)
        layout.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignLeft)
        ctx.bridge.stateChanged.connect(lambda _e: self.reload(force=True) if self.isVisible() else None)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self, *, force: bool = False) -> None:
        state = str(self.ctx.state)
        fresh = self._loaded_at is not None and datetime.now(UTC) - self._loaded_at < REFETCH
        if fresh and not force and self._loaded_for == state:
            return
        self._loaded_at, self._loaded_for = datetime.now(UTC), state
        v = self.ctx.shown_verdict
        self.ctx.run(load_section, self.ctx, v.to_dict() if v is not None else None, state,
                     on_done=alive(self, self.show_data), on_error=alive(self, lambda _e: None))

    def show_data(self, data: dict[str, Any]) -> None:
        def esc(text: str) -> str:
            return html.escape(text, quote=False)

        if data["pages"]:
            heading = self.tr("What the providers say")
            self.pages.setText(f"<b>{esc(heading)}</b>" +
                               "".join(f"<p style='margin:2px 0'>{esc(p)}</p>" for p in data["pages"]))
        self.pages.setVisible(bool(data["pages"]))
        rec = data["drill"]
        if rec is not None:
            when = rec.started_at.astimezone().strftime("%Y-%m-%d")
            done = [s for s in rec.steps if s.get("outcome") == "done"]
            lines = [self.tr("{title}: {choice} ({seconds} s)").format(
                title=s["title"], choice=s.get("choice", ""), seconds=round(s.get("seconds") or 0)) for s in done]
            lines += [self.tr("Missing then: {what}").format(what=m) for m in rec.missing]
            heading = self.tr("Tested in your drill of {date}").format(date=when)
            self.drill.setText(f"<b>{esc(heading)}</b>" +
                               "".join(f"<p style='margin:2px 0'>• {esc(x)}</p>" for x in lines))
        self.drill.setVisible(rec is not None)
        if data["gaps"]:
            heading = self.tr("Gaps that matter now")
            self.gaps.setText(f"<b>{esc(heading)}</b>" +
                              "".join(f"<p style='margin:2px 0'>! {esc(g)}</p>" for g in data["gaps"]))
        self.gaps.setVisible(bool(data["gaps"]))
        fit = getattr(self.window(), "_fit", None)  # the window grows to show what arrived, never squeezed
        if fit is not None:
            QTimer.singleShot(0, fit)

    def open_report(self) -> None:
        from ..dialogs.report import open_report

        open_report(self.ctx, getattr(self.ctx, "incident_id", None), self.window())
