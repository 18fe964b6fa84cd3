"""Strings are ready for translation: the catalogue is current and the English plurals load."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from ui_session import ROOT

from support.require import require

TRANSLATIONS = ROOT / "resources" / "translations"


def _sources(ts: Path) -> set[tuple[str, str]]:
    tree = ET.parse(ts)
    return {(c.findtext("name") or "", m.findtext("source") or "") for c in tree.iter("context")
            for m in c.iter("message")}


def _locations(ts: Path) -> set[tuple[str, str, str]]:
    """(context, source, file) of every message: where the catalogue says each string comes from."""
    tree = ET.parse(ts)
    return {(c.findtext("name") or "", m.findtext("source") or "", loc.get("filename", "").split("desktop/", 1)[-1])
            for c in tree.iter("context") for m in c.iter("message") for loc in m.iter("location")}


def _fresh_template(tmp_path: Path) -> Path:
    """The template as update.py would extract it now (its lupdate options: ``_t`` too, files without lines)."""
    require(shutil.which("pyside6-lupdate") is not None, "pyside6-lupdate (PySide6)")
    sys.path.insert(0, str(TRANSLATIONS))
    try:
        import update
    finally:
        sys.path.pop(0)
    fresh = tmp_path / "fresh.ts"
    subprocess.run(["pyside6-lupdate", *update.LUPDATE_OPTIONS, *update._sources(), "-ts", str(fresh)],
                   check=True, capture_output=True)
    update.files_only(fresh)
    return fresh


def test_template_catalogue_is_up_to_date(tmp_path: Path) -> None:
    fresh = _fresh_template(tmp_path)
    current = _sources(TRANSLATIONS / "offline_ready.ts")
    missing = _sources(fresh) - current
    assert not missing, f"run `python resources/translations/update.py`; new strings: {sorted(missing)[:5]}"
    assert all(ctx for ctx, _ in current), "a string was extracted without a context"
    stale = _locations(fresh) ^ _locations(TRANSLATIONS / "offline_ready.ts")
    assert not stale, f"run `python resources/translations/update.py`; moved or removed: {sorted(stale)[:5]}"


def test_short_translate_calls_are_extracted() -> None:
    """Modules that spell QCoreApplication.translate as ``_t(context, text)`` reach the catalogue."""
    current = _sources(TRANSLATIONS / "offline_ready.ts")
    assert ("DocumentsPage", "Refresh documents") in current and ("Warnings", "Back online") in current
    assert ("ContactsPage", "first choice") in current  # once inside an f-string, where lupdate cannot see


def test_english_catalogue_loads_with_plural_forms(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from offline_ready.ui.i18n import install_translators

    assert "offline_ready_en" in install_translators("en")
    assert QCoreApplication.translate("Duration", "%n minute(s)", "", 1) == "1 minute"
    assert QCoreApplication.translate("Duration", "%n minute(s)", "", 5) == "5 minutes"


def test_every_translation_is_complete_and_current() -> None:
    """Each shipped catalogue (German, …) has every message of the template, each one translated
    (numerus messages in every plural form), and its compiled .qm is there."""
    template = _sources(TRANSLATIONS / "offline_ready.ts")
    translations = [ts for ts in TRANSLATIONS.glob("offline_ready_*.ts") if ts.stem != "offline_ready_en"]
    assert [ts.stem for ts in translations] == ["offline_ready_de"]
    for ts in translations:
        assert _sources(ts) == template, f"run `python resources/translations/update.py` ({ts.name})"
        unfinished = []
        for context in ET.parse(ts).iter("context"):
            for m in context.iter("message"):
                tr = m.find("translation")
                forms = [f.text for f in tr.iter("numerusform")] if m.get("numerus") == "yes" else [tr.text]
                if tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
                    unfinished.append(m.findtext("source"))
        assert not unfinished, f"{ts.name}: {unfinished[:5]}"
        assert ts.with_suffix(".qm").is_file()


def test_german_windows_and_core_text(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from offline_ready import i18n
    from offline_ready.ui.i18n import install_translators

    try:
        loaded = install_translators("de")
        assert any(p.endswith("offline_ready_de.qm") for p in loaded)
        assert QCoreApplication.translate("Duration", "%n minute(s)", "", 1) == "1 Minute"
        assert QCoreApplication.translate("Duration", "%n minute(s)", "", 5) == "5 Minuten"
        assert QCoreApplication.translate("State", "No internet") == "Kein Internet"
        assert i18n.current_language() == "de" and i18n._("You're online") == "Sie sind online"
    finally:
        install_translators("en")
