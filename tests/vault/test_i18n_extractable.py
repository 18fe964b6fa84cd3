"""Text the extractors can see: a translation call inside an f-string's braces is invisible to Babel
and to lupdate (on the Python versions we support an f-string is one token), so its text never
reaches a catalogue and shows in English in every language. The vault and the windows translate
first and put the result in the f-string."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "offline_ready"
CALLS = {"_", "N_", "ngettext", "tr", "translate", "_t", "QT_TRANSLATE_NOOP"}


def hidden_calls(path: Path, root: Path = PACKAGE.parent) -> list[str]:
    """``file:line: call`` (the file relative to ``root``) for each translation call inside an f-string."""
    found = []
    for fstring in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not isinstance(fstring, ast.JoinedStr):
            continue
        for node in ast.walk(fstring):
            if isinstance(node, ast.Call):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if name in CALLS:
                    found.append(f"{path.relative_to(root)}:{node.lineno}: {ast.unparse(node)[:80]}")
    return found


@pytest.mark.parametrize("area", ["vault", "ui"])
def test_no_translation_call_hides_inside_an_f_string(area: str) -> None:
    hidden = [h for f in sorted((PACKAGE / area).rglob("*.py")) for h in hidden_calls(f)]
    assert not hidden, hidden


def test_the_check_sees_a_hidden_call(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('label = f"<b>{_(\'first\')}</b>"\nfine = _("first")\n', encoding="utf-8")
    assert hidden_calls(sample, tmp_path) == ["sample.py:1: _('first')"]
