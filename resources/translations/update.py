"""Regenerate the translation catalogues: ``python resources/translations/update.py``.

1. ``pyside6-lupdate`` extracts every ``tr()`` / ``QCoreApplication.translate`` /
   ``QT_TRANSLATE_NOOP`` string of ``desktop/offline_ready/ui`` into
   ``offline_ready.ts`` (the template translators copy to ``offline_ready_<lang>.ts``) and
   into ``offline_ready_en.ts``.
2. In the English catalogue, messages with ``%n`` get their singular and plural forms
   filled in from the "(s)" convention of the source ("%n minute(s)" → "%n minute" /
   "%n minutes"), so English reads naturally.
3. ``pyside6-lrelease`` compiles every ``offline_ready*.ts`` but the template to ``.qm``.

Existing translations are kept: lupdate merges new strings into the files.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCES = ROOT / "desktop" / "offline_ready" / "ui"


def _sources() -> list[str]:
    return sorted(str(p) for p in SOURCES.rglob("*.py"))


def lupdate(ts: Path, language: str | None) -> None:
    cmd = ["pyside6-lupdate", "-no-obsolete", "-locations", "relative", *_sources(), "-ts", str(ts)]
    if language:
        cmd[1:1] = ["-target-language", language]
    subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True)


def fill_english_plurals(ts: Path) -> int:
    tree = ET.parse(ts)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        singular = re.sub(r"\((s|es)\)", "", source)
        plural = re.sub(r"\((s|es)\)", r"\1", source)
        for text in (singular, plural):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def lrelease(ts: Path) -> None:
    subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main() -> int:
    template = HERE / "offline_ready.ts"
    english = HERE / "offline_ready_en.ts"
    lupdate(template, None)
    lupdate(english, "en")
    n = fill_english_plurals(english)
    for ts in sorted(HERE.glob("offline_ready_*.ts")):
        lrelease(ts)
    print(f"updated {template.name}, {english.name} ({n} plural messages) and compiled "
          f"{len(list(HERE.glob('offline_ready_*.qm')))} catalogue(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
