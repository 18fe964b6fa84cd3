"""Regenerate the translation catalogues: ``python resources/translations/update.py``.

1. ``pyside6-lupdate`` extracts every ``tr()`` / ``QCoreApplication.translate`` / ``_t(context, text)`` /
   ``QT_TRANSLATE_NOOP`` string of ``desktop/offline_ready/ui`` into
   ``offline_ready.ts`` (the template translators copy to ``offline_ready_<lang>.ts``) and
   into ``offline_ready_en.ts`` and every translation ``offline_ready_<lang>.ts`` (German: ``_de``).
   Locations name the source file only (no line numbers), so they stay true while code moves
   within a file, and a test can tell when a message moved to another file.
2. The English catalogue translates every message as itself (so it knows every message: the
   pseudo-locale marks only those, and text that never reached the catalogue stands out), and
   messages with ``%n`` get their singular and plural forms filled in from the "(s)" convention
   of the source ("%n minute(s)" → "%n minute" / "%n minutes"), so English reads naturally.
3. ``pyside6-lrelease`` compiles every ``offline_ready*.ts`` but the template to ``.qm``.
4. The Qt-free core's gettext catalogue: Babel extracts every ``_()``, ``N_()`` and
   ``ngettext()`` string of ``desktop/offline_ready`` (all but ``ui/``) into
   ``resources/locale/offline_ready.pot``, merges it into each
   ``resources/locale/<lang>/LC_MESSAGES/offline_ready.po`` and compiles those to the ``.mo``
   files the app reads (shipped in the package, so installs need neither Babel nor msgfmt).

Existing translations are kept: lupdate and Babel merge new strings into the files.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCES = ROOT / "desktop" / "offline_ready" / "ui"
CORE = ROOT / "desktop" / "offline_ready"
LOCALE = ROOT / "resources" / "locale"
DOMAIN = "offline_ready"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
# The UI's modules spell QCoreApplication.translate as a short ``_t(context, text)``.
LUPDATE_OPTIONS = ["-no-obsolete", "-locations", "absolute", "-tr-function-alias", "translate+=_t"]


def _sources() -> list[str]:
    return sorted(str(p) for p in SOURCES.rglob("*.py"))


def lupdate(ts: Path, language: str | None) -> None:
    cmd = ["pyside6-lupdate", *LUPDATE_OPTIONS, *_sources(), "-ts", str(ts)]
    if language:
        cmd[1:1] = ["-target-language", language]
    subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True)
    files_only(ts)


def files_only(ts: Path) -> None:
    """Keep each message's source files, drop the line numbers (they went stale at every edit). Edits the
    text, so the file keeps lupdate's layout and merges stay small."""
    text = re.sub(r'(<location filename="[^"]*") line="[^"]*"', r"\1", ts.read_text("utf-8"))
    text = re.sub(r'^(\s*<location filename="[^"]*"/>\n)(?:\1)+', r"\1", text, flags=re.M)
    ts.write_text(text, encoding="utf-8")


def fill_english(ts: Path) -> int:
    """Translate every message of the English catalogue as itself, with real English plural forms; returns
    how many messages have plural forms."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if message.get("numerus") != "yes":
            translation.attrib.pop("type", None)
            translation.text = source
            continue
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


def core_template():
    """The core's messages (everything outside ``ui/``), as a Babel catalogue."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    catalog = Catalog(project="Offline Ready", version="0.1.0", domain=DOMAIN, charset="utf-8", fuzzy=False,
                      copyright_holder="Offline Ready contributors", last_translator="Offline Ready contributors",
                      language_team="Offline Ready contributors",
                      header_comment="# Messages of Offline Ready's core, for translators.\n"
                                     "# Made by resources/translations/update.py; do not edit by hand.\n#")
    for filename, lineno, message, comments, context in extract_from_dir(
            CORE, keywords=KEYWORDS, comment_tags=("Translators:",), strip_comment_tags=True,
            directory_filter=lambda d: Path(d).name not in ("ui", "__pycache__")):
        catalog.add(message, None, [(str(Path("desktop/offline_ready") / filename), lineno)],
                    auto_comments=comments, context=context)
    return catalog


def _write_if_changed(path: Path, data: bytes) -> bool:
    """Write ``data`` unless the file differs only in its creation date (no churn, no merge conflicts)."""
    def strip(raw: bytes) -> bytes:
        return re.sub(rb'"POT-Creation-Date: [^"]*"\n', b"", raw)

    if path.is_file() and strip(path.read_bytes()) == strip(data):
        return False
    path.write_bytes(data)
    return True


def update_core() -> list[str]:
    """Write the .pot, merge it into every language's .po and compile the .mo files."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po, write_po

    template = core_template()
    LOCALE.mkdir(parents=True, exist_ok=True)
    out = io.BytesIO()
    write_po(out, template, width=100, omit_header=False, sort_output=False, include_lineno=False)
    _write_if_changed(LOCALE / f"{DOMAIN}.pot", out.getvalue())
    done = []
    for po_path in sorted(LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        with open(po_path, "rb") as fp:
            catalog = read_po(fp, locale=po_path.parent.parent.name, domain=DOMAIN)
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        out = io.BytesIO()
        write_po(out, catalog, width=100, include_lineno=False, ignore_obsolete=True)
        _write_if_changed(po_path, out.getvalue())
        with open(po_path, "rb") as fp:  # compiled from the file as kept, so an unchanged .po gives the same .mo
            catalog = read_po(fp, locale=po_path.parent.parent.name, domain=DOMAIN)
        compiled = io.BytesIO()
        write_mo(compiled, catalog)
        _write_if_changed(po_path.with_suffix(".mo"), compiled.getvalue())
        done.append(po_path.parent.parent.name)
    return done


def main() -> int:
    template = HERE / "offline_ready.ts"
    english = HERE / "offline_ready_en.ts"
    lupdate(template, None)
    lupdate(english, "en")
    n = fill_english(english)
    for ts in sorted(HERE.glob("offline_ready_*.ts")):  # every translation (German, …) gets the new strings
        if ts != english:
            lupdate(ts, ts.stem.split("_", 2)[2])
    for ts in sorted(HERE.glob("offline_ready_*.ts")):
        lrelease(ts)
    languages = update_core()
    print(f"core catalogue: {DOMAIN}.pot and {', '.join(languages) or 'no language'}")
    print(f"updated {template.name}, {english.name} ({n} plural messages) and compiled "
          f"{len(list(HERE.glob('offline_ready_*.qm')))} catalogue(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
