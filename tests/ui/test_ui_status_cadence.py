"""The status page says which checks the traffic budget made rarer, in the monitor's words, from the
plan each verdict carries; with nothing stretched it says nothing."""

from __future__ import annotations

import ui_samples as S

from offline_ready.events import StateChanged, VerdictReady
from offline_ready.monitor.budget import Load, plan_budget, service_key
from offline_ready.monitor.traffic import plan_dict


def test_the_status_page_says_which_checks_run_rarer_and_why(qtbot, ui_ctx) -> None:
    from offline_ready.ui.windows.status_page import StatusPage

    page = StatusPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    v = S.verdict("online")
    relaxed = plan_dict(plan_budget([Load("heartbeat", 126, 5), Load(service_key("Shop"), 480, 60, 600)], 200 * 1024))
    ui_ctx.bus.publish(StateChanged(state="online", previous="unknown", verdict=v))
    ui_ctx.bus.publish(VerdictReady(verdict=v, confirmed="online", cadence=relaxed))
    qtbot.waitUntil(lambda: page.checked_label.text().startswith("Last checked"), timeout=3000)
    assert page.cadence_label.isHidden()  # nothing stretched: nothing to say
    tight = plan_dict(plan_budget([Load("heartbeat", 126, 5), Load(service_key("Shop"), 2700, 60, 600)], 200 * 1024))
    v2 = S.verdict("online")
    ui_ctx.bus.publish(VerdictReady(verdict=v2, confirmed="online", cadence=tight))
    qtbot.waitUntil(lambda: page.cadence_label.isVisible(), timeout=3000)
    text = page.cadence_label.text()
    assert text.startswith("Shop is checked every") and "instead of every 60 s" in text and "200 KB per hour" in text
