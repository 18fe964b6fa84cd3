"""Status: the current verdict, its evidence by layer, the watched services, Check now — and
the action that fixes the current situation (e.g. "Switch back to my DNS settings" while on
backup DNS), one click away."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...diagnosis.model import ServiceVerdict
from ...monitor.traffic import describe_plan
from ..context import AppContext
from ..fixes import fix_for, run_fix, show_fix
from ..models.status import (
    FAIL,
    STATUS_ICON,
    WARN,
    headline,
    ms_text,
    service_blocker,
    service_status,
    service_words,
    situation_title,
    state_title,
    tidy,
    tray_icon_key,
    when_text,
)
from ..palette import secondary_text_css
from ..widgets.announce import announce
from ..widgets.busy_button import BusyButton
from ..widgets.deferred import Deferred
from ..widgets.layer_view import LayerView

_Index = QModelIndex | QPersistentModelIndex


class ServicesModel(QAbstractTableModel):
    """Watched services of the latest verdict: name, state, cause, time."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.services: list[ServiceVerdict] = []
        self.blocked_by = ""
        self.headers = [self.tr("Service"), self.tr("State"), self.tr("Why"), self.tr("Answer time")]

    def set_services(self, services: list[ServiceVerdict], blocked_by: str = "") -> None:
        """``blocked_by``: the title of the layer whose failure keeps services from being checked."""
        self.blocked_by = blocked_by
        # failing first: the rows that matter are the ones in view
        services = sorted(services, key=lambda s: {FAIL: 0, WARN: 1}.get(service_status(s), 2))
        if services and [s.name for s in services] == [s.name for s in self.services]:
            self.services = list(services)  # same rows: repaint cells, keep selection and scroll
            self.dataChanged.emit(self.index(0, 0), self.index(len(services) - 1, len(self.headers) - 1))
            return
        self.beginResetModel()
        self.services = list(services)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.services)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self.services[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return s.name
            if col in (1, 2):
                return service_words(s, self.blocked_by)[col - 1]
            if col == 3:
                return ms_text(s.ms) if s.ms is not None and s.state != "unknown" else ""
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return self.ctx.icons.tray_icon(STATUS_ICON[service_status(s)])
        if role == Qt.ItemDataRole.ToolTipRole:
            state, why = service_words(s, self.blocked_by)
            return f"{s.name} ({s.url})\n{state} — {why}\n{tidy(s.detail)}".strip()  # the engine's detail, for IT
        if role == Qt.ItemDataRole.AccessibleTextRole and col == 0:
            return "{}: {}. {}".format(s.name, *service_words(s, self.blocked_by))
        return None


class StatusPage(QWidget):
    page_id = "status"
    icon_name = "status"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.title = self.tr("Status")
        self.setAccessibleName(self.title)

        self.state_icon = QLabel(self)
        self.state_icon.setFixedSize(48, 48)
        self.state_label = QLabel(self)
        f = QFont(self.font())
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        self.state_label.setFont(f)
        self.state_label.setObjectName("status-state")
        self.headline_label = QLabel(self)
        self.headline_label.setWordWrap(True)
        self.headline_label.setObjectName("status-headline")
        self.checked_label = QLabel(self)
        self.checked_label.setObjectName("status-checked")
        self.checked_label.setStyleSheet(secondary_text_css(self.palette()))

        self.check_button = BusyButton(self.tr("&Check now"), self.tr("Checking…"), self)
        self.check_button.setObjectName("status-check-now")
        self.check_button.setIcon(ctx.icon("check-now"))
        self.check_button.setAccessibleName(self.tr("Check now"))
        self.check_button.setToolTip(self.tr("Run a full diagnosis now"))
        self.check_button.clicked.connect(self._check_now)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumHeight(6)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Checking"))
        self.busy_bar.setVisible(False)
        policy = self.busy_bar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # showing it must not shift (and repaint) the whole page
        self.busy_bar.setSizePolicy(policy)
        self.fix_button = QPushButton(self)
        self.fix_button.setObjectName("status-fix")
        self.fix_button.clicked.connect(lambda: run_fix(ctx, str(self.fix_button.property("fix")), self))
        self.fix_button.setVisible(False)
        self.outage_button = QPushButton(self.tr("What to &do…"), self)
        self.outage_button.setObjectName("status-outage")
        self.outage_button.setAccessibleName(self.tr("Open the outage window"))
        self.outage_button.clicked.connect(ctx.open_outage_window)

        head_text = QVBoxLayout()
        head_text.setSpacing(2)
        head_text.addWidget(self.state_label)
        head_text.addWidget(self.headline_label)
        head_text.addWidget(self.checked_label)
        buttons = QVBoxLayout()
        buttons.addWidget(self.fix_button)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.outage_button)
        self.guide_button = QPushButton(self.tr("Set-up &guide…"), self)
        self.guide_button.setObjectName("status-guide")
        self.guide_button.setAccessibleName(self.tr("Open the set-up guide"))
        self.guide_button.clicked.connect(ctx.open_guide)
        buttons.addWidget(self.guide_button)
        buttons.addStretch(1)
        head = QHBoxLayout()
        head.addWidget(self.state_icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(head_text, 1)
        head.addLayout(buttons)

        self.layers = LayerView(ctx.icons, self)
        self.layers.setObjectName("status-layers")
        self.services_model = ServicesModel(ctx, self)
        self.services_view = QTableView(self)
        self.services_view.setObjectName("status-services")
        self.services_view.setModel(self.services_model)
        self.services_view.setAccessibleName(self.tr("Watched services"))
        self.services_view.verticalHeader().setVisible(False)
        self.services_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.services_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.services_view.setShowGrid(False)
        hh = self.services_view.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.no_services = QLabel(self.tr("No watched services yet. <a href='guide'>Add the web services you "
                                          "depend on</a>, or add them in Settings → Watched services."), self)
        self.no_services.setObjectName("status-no-services")
        self.no_services.linkActivated.connect(lambda _l: ctx.open_guide())
        self.no_services.setWordWrap(True)
        self.no_services.setStyleSheet(secondary_text_css(self.palette()))

        # which checks the traffic budget made rarer (the monitor's words), so a slower cadence is no secret
        self.cadence_label = QLabel(self)
        self.cadence_label.setObjectName("status-cadence")
        self.cadence_label.setWordWrap(True)
        self.cadence_label.setStyleSheet(secondary_text_css(self.palette()))
        self.cadence_label.hide()

        services_box = QWidget(self)
        sb = QVBoxLayout(services_box)
        sb.setContentsMargins(0, 0, 0, 0)
        services_title = QLabel(self.tr("<b>Watched services</b>"), services_box)
        sb.addWidget(services_title)
        sb.addWidget(self.services_view)
        sb.addWidget(self.no_services)
        sb.addWidget(self.cadence_label)
        layers_box = QWidget(self)
        lb = QVBoxLayout(layers_box)
        lb.setContentsMargins(0, 0, 0, 0)
        lb.addWidget(QLabel(self.tr("<b>What was checked, layer by layer</b>"), layers_box))
        lb.addWidget(self.layers)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(layers_box)
        split.addWidget(services_box)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        self.services_view.setMinimumHeight(96)
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.busy_bar)
        layout.addWidget(split, 1)
        self.services_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setTabOrder(self.check_button, self.outage_button)
        self.setTabOrder(self.outage_button, self.layers)
        self.setTabOrder(self.layers, self.services_view)

        self._deferred = Deferred(self, self.refresh)
        ctx.bridge.checkStarted.connect(self._update_busy)
        ctx.bridge.verdictReady.connect(self._deferred.request)
        ctx.bridge.stateChanged.connect(self._deferred.request)
        ctx.icons.changed.connect(self._deferred.request)
        self._shown_verdict = object()
        self.refresh()

    def showEvent(self, event) -> None:
        self._deferred.flush()
        super().showEvent(event)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # light ↔ dark: secondary text stays AA
            for label in (self.checked_label, self.no_services, self.cadence_label):
                label.setStyleSheet(secondary_text_css(self.palette()))
        super().changeEvent(event)

    def _update_busy(self, *_args) -> None:
        busy = self.ctx.user_checking  # the automatic re-checks of an outage don't make it flicker
        self.check_button.set_busy(busy)
        self.busy_bar.setVisible(busy)

    def _check_now(self) -> None:
        self.ctx.check_now()
        self._update_busy()

    def refresh(self, *_args) -> None:
        ctx = self.ctx
        v = ctx.verdict
        shown = ctx.shown_verdict
        key = tray_icon_key(ctx.state, shown, checking=ctx.checking, on_backup=ctx.on_backup)
        self.state_icon.setPixmap(ctx.icons.tray_icon(key).pixmap(48, 48))
        title = situation_title(ctx.state, shown, ctx.on_backup)
        self.state_icon.setAccessibleName(title)
        self.state_label.setText(title if v is not None else self.tr("Checking your connection…"))
        line = headline(shown, ctx.state, ctx.on_backup) if shown is not None else ""
        if ctx.on_backup:
            line = self.tr("Your own DNS settings are not in use. Switch back once your resolver works again.")
        self.headline_label.setText(line if line != title else "")
        show_fix(self.fix_button, fix_for(ctx))
        if v is not None:
            text = self.tr("Last checked {time} (took {ms} ms)").format(
                time=when_text(v.checked_at), ms=f"{v.duration_ms:.0f}")
            if ctx.pending:
                text += " · " + self.tr("re-checking a possible change: {state}").format(state=state_title(ctx.pending))
            self.checked_label.setText(text)
        else:
            self.checked_label.setText(self.tr("Not checked yet"))
        self._update_busy()
        self.outage_button.setVisible(ctx.situation not in ("online", "unknown"))
        if v is not self._shown_verdict:  # the tree and table only change with a new verdict
            self._shown_verdict = v
            self.layers.set_verdict(v)
            self.services_model.set_services(v.services if v is not None else [], service_blocker(v))
            if self.services_model.services:
                self.services_view.scrollToTop()  # failing services sort first: keep them in view
        if v is not None:
            announce(self.state_label, f"{title}. {self.headline_label.text()}".strip(". "))
        services = v.services if v is not None else []
        configured = bool(ctx.config.services)
        self.services_view.setVisible(bool(services) or configured)
        self.no_services.setVisible(not services and not configured)
        notes = " ".join(describe_plan(ctx.cadence)) if ctx.cadence else ""
        self.cadence_label.setText(notes)
        self.cadence_label.setVisible(bool(notes))
