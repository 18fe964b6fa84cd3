"""Every window in the pseudo-locale, on a real display: each visible text went through translation
(Qt's tr for the windows' own words, the core's gettext for what the core says).

``pseudo_scan.py`` runs the application object in its own process on the session's Xvfb display,
with IceWM as window manager and tray host and the private D-Bus session bus, in the ``x-pseudo``
language; the verdicts come from the real classifier, so their advice is the core's translated text.
It opens every window and dialog — the tray menu in each state, every page and Settings tab, the
outage window in each outage state, the backup-DNS countdown (also once it ticked), the versions and
add-document dialogs, each page of the first-run guide, the report, drill, service and fleet
dialogs — and scans everything a user can read (labels, buttons, titles, tabs, table headers and
cells, list items, menus, placeholders, tool tips). The notifications it caused are read from the
recording notification server. Data the user or the network supplies is the short, explicit
allowance in ``pseudo_windows.DATA``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pseudo_windows import notification_texts, untranslated_texts
from ui_session import ROOT, app_env

from offline_ready import i18n

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "core"))
from builders import healthy
from test_classify import CASES

HERE = Path(__file__).resolve().parent
STATES = {name: fault for name, fault, *_ in CASES}
# What the scan must have opened (each window really mapped on the X server).
REQUIRED = ["tray: not checked yet", "main: status", "main: documents", "main: contacts", "backup DNS countdown", "backup DNS countdown, a second later",
            "versions dialog", "add-document dialog", "remove-document question", "documents: nothing to accept",
            "contacts: import refused", "first-run guide, page 1", "report dialog", "drill dialog",
            "drill's outage window", "service dialog", "fleet preview",
            *(f"outage window: {c}" for c in ("no link", "upstream down", "resolver drops queries",
                                              "captive portal with DNS hijack", "slow DNS", "service HTTP 503"))]
GROUPS = {"tray": ("tray:",), "main window and every page": ("main:",), "outage window": ("outage window:",),
          "backup DNS countdown": ("backup DNS countdown",), "vault dialogs": ("versions dialog", "add-document", "remove-document", "documents:", "contacts:"),
          "first-run guide": ("first-run guide",),
          "other dialogs": ("report dialog", "drill", "service dialog", "fleet preview")}


def _verdict(case: str):
    from offline_ready.diagnosis.classify import classify

    obs = healthy()
    STATES[case](obs)
    return classify(obs)


@pytest.fixture(scope="module")
def scan(x_session, tmp_path_factory):
    """One run of pseudo_scan.py on the session's display: (its report, the notifications it caused)."""
    display, bus = x_session
    home = tmp_path_factory.mktemp("pseudo") / "home"
    (home / "config").mkdir(parents=True)
    (home / "config" / "config.toml").write_text(
        "[ui]\nstart_at_login = false\nfirst_run_guide = false\n[drill]\ninterval_days = 0\n")
    report = home / "scan.json"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "PYTHONPATH")}
    env.update(app_env(display, bus, home, OFFLINE_READY_NO_MONITOR="1",
                       PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"))
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "desktop"), str(ROOT / "tests")])
    since = time.time()
    out = subprocess.run([sys.executable, str(HERE / "pseudo_scan.py"), str(report)], env=env, cwd=str(ROOT),
                         capture_output=True, text=True, timeout=400)
    assert report.is_file(), f"the scan did not finish ({out.returncode}):\n{out.stdout[-2000:]}{out.stderr[-4000:]}"
    assert out.returncode == 0, out.stderr[-4000:]
    return json.loads(report.read_text("utf-8")), bus.notifications(since=since)


def test_pseudo_translator_marks_qt_and_core_text(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from offline_ready.ui.i18n import install_translators

    try:
        assert i18n.PSEUDO in install_translators(i18n.PSEUDO)
        assert QCoreApplication.translate("Duration", "%n minute(s)", "", 5).startswith(i18n.PSEUDO_OPEN)
        assert "5" in QCoreApplication.translate("Duration", "%n minute(s)", "", 5)
        assert _verdict("upstream down").advice.headline.startswith(i18n.PSEUDO_OPEN)
        # text the catalogue lacks (never extracted) is not marked: the scan sees it as the bypass it is
        assert QCoreApplication.translate("DocumentsPage", "Not in any catalogue") == "Not in any catalogue"
    finally:
        install_translators("en")


@pytest.mark.display
@pytest.mark.timeout(480)
def test_every_window_opened_on_the_real_display(scan) -> None:
    report, _notes = scan
    assert report["platform"] == "xcb" and report["tray_available"]
    scenes = report["scenes"]
    missing = [name for name in REQUIRED if name not in scenes]
    assert not missing, (missing, sorted(scenes))
    assert len([s for s in scenes if s.startswith("main: settings")]) > 1, "every Settings tab"
    assert len([s for s in scenes if s.startswith("first-run guide")]) > 1, "every page of the guide"
    hidden = [name for name, s in scenes.items() if not s["exposed"]]
    assert not hidden, hidden
    assert all(s["texts"] > 0 for s in scenes.values())


@pytest.mark.display
@pytest.mark.timeout(480)
@pytest.mark.parametrize("group", list(GROUPS))
def test_no_window_shows_untranslated_text(scan, group: str) -> None:
    report, _notes = scan
    bad = {name: s["bad"] for name, s in report["scenes"].items() if name.startswith(GROUPS[group]) and s["bad"]}
    assert not bad, bad


@pytest.mark.display
@pytest.mark.timeout(480)
def test_notifications_are_translated(scan) -> None:
    """The outage warnings, the change of state and the all-clear, a page's own notice (contacts
    imported) and backup DNS's, as the desktop received them."""
    _report, notes = scan
    assert len(notes) >= 2, notes
    texts = [t for call in notes for t in notification_texts(call)]
    summaries = [call["args"][3] for call in notes]
    for title in ("Back online", "Contacts imported", "Your own DNS resolver works again", "Backup DNS did not work"):
        assert i18n.pseudo(title) in summaries, (title, summaries)
    bad = untranslated_texts(texts)
    assert not bad, bad
