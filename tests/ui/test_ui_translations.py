"""Strings are ready for translation: the catalogue is current and the English plurals load."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from ui_session import ROOT

from support.require import require

TRANSLATIONS = ROOT / "resources" / "translations"


def _sources(ts: Path) -> set[tuple[str, str]]:
    tree = ET.parse(ts)
    return {(c.findtext("name") or "", m.findtext("source") or "") for c in tree.iter("context")
            for m in c.iter("message")}


def test_template_catalogue_is_up_to_date(tmp_path: Path) -> None:
    require(shutil.which("pyside6-lupdate") is not None, "pyside6-lupdate (PySide6)")
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "desktop" / "offline_ready" / "ui").rglob("*.py"))
    subprocess.run(["pyside6-lupdate", *files, "-ts", str(fresh)], check=True, capture_output=True)
    current = _sources(TRANSLATIONS / "offline_ready.ts")
    missing = _sources(fresh) - current
    assert not missing, f"run `python resources/translations/update.py`; new strings: {sorted(missing)[:5]}"
    assert all(ctx for ctx, _ in current), "a string was extracted without a context"


def test_english_catalogue_loads_with_plural_forms(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from offline_ready.ui.i18n import install_translators

    assert "offline_ready_en" in install_translators("en")
    assert QCoreApplication.translate("Duration", "%n minute(s)", "", 1) == "1 minute"
    assert QCoreApplication.translate("Duration", "%n minute(s)", "", 5) == "5 minutes"
