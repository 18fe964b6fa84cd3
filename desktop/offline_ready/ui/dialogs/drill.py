"""A guided outage drill in the tray app: the real outage window and notification for a staged
outage, marked as a drill everywhere, then the steps a person would take — each timed, what was
missing recorded in history. Nothing on the system changes: the window's fix button and the
backup-DNS step are dry runs."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..models import readiness as R
from ..models.status import situation
from ..pages.feature_page import alive, open_local_file
from ..widgets.load_on_show import LoadOnShow
from ..windows.outage_window import OutageWindow


class DrillContext:
    """The app context as the drill's outage window sees it: the staged verdict instead of the
    live one. Everything else (icons, bridge, settings) is the real context's."""

    is_drill = True

    def __init__(self, ctx: Any, verdict: Any) -> None:
        self._ctx = ctx
        self.verdict = self.shown_verdict = verdict
        self.state = str(verdict.state)
        self.incident_started_at = self.kind_since = verdict.checked_at
        self.checking = self.user_checking = self.on_backup = False

    @property
    def situation(self) -> str:
        return situation(self.state, self.verdict, False)

    def check_now(self) -> None:  # "Check again" in a drill checks nothing real
        return None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._ctx, name)


class DrillOutageWindow(OutageWindow):
    """The real outage window, showing the drill's verdict, titled and bannered as a drill."""

    def __init__(self, ctx: Any, verdict: Any, dialog: DrillDialog) -> None:
        super().__init__(DrillContext(ctx, verdict), [], None)
        self.dialog = dialog
        self.setObjectName("drill-outage-window")
        self.setWindowTitle(self.tr("DRILL — What to do now"))
        banner = QLabel(self.tr("<b>This is a drill.</b> Nothing is broken and nothing on this computer will "
                                "be changed."), self)
        banner.setObjectName("drill-banner")
        banner.setStyleSheet("background:#fff3cd;color:#1d1d1d;padding:6px;border:1px solid #e0b000;")
        banner.setWordWrap(True)
        self.body_layout.insertWidget(0, banner)

    def _run_fix(self) -> None:  # a rehearsal: say what would happen, change nothing
        self.dialog.note(self.tr("In a real outage this button would apply the fix; in the drill nothing "
                                 "was changed."))


class DrillDialog(LoadOnShow, QDialog):
    def __init__(self, ctx: Any, scenario: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.scenario = scenario
        self.session: Any = None
        self.window: DrillOutageWindow | None = None
        self.index = 0
        self.saved = False
        self.setObjectName("drill-dialog")
        self.setWindowTitle(self.tr("Outage drill — {scenario}").format(scenario=R.tr(
            R.SCENARIO_TITLES.get(scenario, scenario))))
        self.heading = QLabel(self.tr("Preparing the drill…"), self)
        self.heading.setObjectName("drill-heading")
        self.heading.setWordWrap(True)
        self.prompt = QLabel(self)
        self.prompt.setObjectName("drill-prompt")
        self.prompt.setWordWrap(True)
        self.options = QListWidget(self)
        self.options.setObjectName("drill-options")
        self.options.setAccessibleName(self.tr("Choices"))
        self.options.itemDoubleClicked.connect(lambda _i: self.choose())
        self.feedback = QLabel(self)
        self.feedback.setObjectName("drill-feedback")
        self.feedback.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Use this"), self)
        self.choose_button.setObjectName("drill-choose")
        self.choose_button.clicked.connect(self.choose)
        self.missing_button = QPushButton(self.tr("I &can't find it"), self)
        self.missing_button.setObjectName("drill-missing")
        self.missing_button.clicked.connect(lambda: self.answer(None))
        self.close_button = QPushButton(self.tr("Stop the drill"), self)
        self.close_button.setObjectName("drill-close")
        self.close_button.clicked.connect(self.close)
        for b in (self.choose_button, self.missing_button):
            b.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.missing_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.prompt)
        layout.addWidget(self.options, 1)
        layout.addWidget(self.feedback)
        layout.addLayout(buttons)
        self.resize(560, 460)
        ctx.bridge.stateChanged.connect(self._real_state)

    def load(self) -> None:
        """Prepare the drill once, when the dialog is first shown (LoadOnShow)."""
        from ...drill.prepare import session_for

        ctx, scenario = self.ctx, self.scenario
        ctx.run(lambda: session_for(ctx.config, scenario, None, ctx.vault()),
                on_done=alive(self, self._ready), on_error=alive(self, self._failed))

    # -- flow -------------------------------------------------------------------------------------------
    def _failed(self, exc: BaseException) -> None:
        self.heading.setText(self.tr("The drill could not start: {error}").format(error=exc))

    def _ready(self, session: Any) -> None:
        self.session = session
        verdict = session.verdict
        self.window = DrillOutageWindow(self.ctx, verdict, self)
        self.window.show()
        self.ctx.notify(self.tr("DRILL: {headline}").format(headline=verdict.advice.headline),
                        self.tr("This is a drill: nothing is broken. Follow the steps in the drill window."))
        self.show_step()

    def show_step(self) -> None:
        steps = self.session.steps
        if self.index >= len(steps):
            self.finish()
            return
        step = self.session.start_step(steps[self.index].id)
        self.heading.setText(self.tr("<b>Step {n} of {total}: {title}</b>").format(
            n=self.index + 1, total=len(steps), title=html.escape(step.title)))
        self.prompt.setText(step.prompt)
        self.options.clear()
        for o in step.options:
            text = f"{o.label} — {o.detail}" if o.detail else o.label
            if not o.good:
                text += "  " + self.tr("(not usable offline)")
            item = QListWidgetItem(text, self.options)
            item.setData(Qt.ItemDataRole.UserRole, o.id)
        if step.options:
            self.options.setCurrentRow(0)
        labels = {"open-plan": self.tr("&Open it"), "who-to-call": self.tr("&Call this one"),
                  "backup-dns": self.tr("&Choose (dry run)"), "fallback": self.tr("&Use it")}
        self.choose_button.setText(labels.get(step.id, self.tr("&Use this")))
        self.choose_button.setEnabled(bool(step.options))
        self.missing_button.setEnabled(True)
        self.choose_button.setDefault(True)

    def choose(self) -> None:
        item = self.options.currentItem()
        if item is not None:
            self.answer(item.data(Qt.ItemDataRole.UserRole))

    def answer(self, option_id: str | None) -> None:
        step = self.session.answer(self.session.steps[self.index].id, option_id)
        if step.id == "open-plan" and option_id is not None and step.outcome == "done":
            self._open_document(int(option_id))
        elif step.id == "fallback" and option_id and option_id.startswith("doc:"):
            self._open_document(int(option_id[4:]))
        if step.outcome == "done":
            self.feedback.setText(self.tr("✓ {choice} — {seconds} s").format(choice=step.choice,
                                                                            seconds=round(step.seconds or 0)))
        else:
            self.feedback.setText(self.tr("✗ Missing: {what}").format(what=step.missing))
        self.index += 1
        self.show_step()

    def _open_document(self, doc_id: int) -> None:

        self.ctx.run(lambda: self.ctx.vault().copy_for_viewer(doc_id), on_done=alive(self, open_local_file),
                     on_error=alive(self, lambda exc: self.note(str(exc))))

    def note(self, text: str) -> None:
        self.feedback.setText(text)

    def _real_state(self, event: Any) -> None:
        if self.session is not None and event.state not in ("online", "unknown") and not self.saved:
            self.note(self.tr("A real problem was just detected: {title}. It is not part of the drill; "
                              "the app warns about it as usual.").format(title=event.state))
            if self.index < len(self.session.steps):
                self.session.steps[self.index].note = f"a real {event.state} started during this step"

    def finish(self, *, aborted: bool = False) -> None:
        if self.session is None or self.saved:
            return
        self.saved = True
        record = self.session.finish(aborted=aborted)
        from ...drill.prepare import save_record

        self.ctx.run(save_record, self.ctx.config, record)
        lines = [f"{'✓' if s['outcome'] == 'done' else '✗'} {html.escape(s['title'])}"
                 + (f" — {s['seconds']:.0f} s" if s.get("seconds") is not None else "") for s in record.steps]
        missing = "".join(f"<li>{html.escape(m)}</li>" for m in record.missing)
        self.heading.setText(self.tr("<b>Drill finished</b>") if not aborted else self.tr("<b>Drill stopped</b>"))
        self.prompt.setText("<br>".join(lines) + (
            "<p>" + self.tr("To fix before a real outage:") + f"</p><ul>{missing}</ul>" if missing else
            "<p>" + self.tr("Everything was found. Well done.") + "</p>"))
        self.options.clear()
        self.options.setVisible(False)
        self.choose_button.setVisible(False)
        self.missing_button.setVisible(False)
        self.close_button.setText(self.tr("Close"))

    def closeEvent(self, event) -> None:
        if self.session is not None and not self.saved:
            self.finish(aborted=True)
        if self.window is not None:
            self.window.close()
        super().closeEvent(event)
