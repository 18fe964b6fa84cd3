"""Code reads settings only through typed access: no key strings with defaults, no dotted keys,
no keys built at run time (a misspelt one would silently give the default)."""

from __future__ import annotations

import ast
from pathlib import Path

from offline_ready.config.schema import BY_KEY, SETTINGS

ROOT = Path(__file__).resolve().parents[2] / "desktop" / "offline_ready"
# the schema, its loader and typed access itself handle keys as data
ALLOWED = {ROOT / "config"}
DOTTED = {k for k in BY_KEY if "." in k}
TOP_LEVEL = {k for k in BY_KEY if "." not in k}
SECTIONS = {s.section for s in SETTINGS if s.section}
NAMES = {s.name for s in SETTINGS}
LOOKUPS = {"get", "section"}  # on a config object
HELPERS = {"_setting", "setting"}  # a module's own lookup helper, on anything


def _is_config(node: ast.AST) -> bool:
    text = ast.unparse(node).lower()
    return "config" in text or "cfg" in text


def offences(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in DOTTED:
            found.append((node.lineno, f"setting key {node.value!r} as a string"))
        elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant) \
                and str(node.values[0].value).split(".", 1)[0] in SECTIONS and "." in str(node.values[0].value):
            found.append((node.lineno, f"setting key built at run time: {ast.unparse(node)}"))
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) and (
                (isinstance(node.func, ast.Name) and node.func.id in HELPERS) or (
                    isinstance(node.func, ast.Attribute) and (node.func.attr in HELPERS or (
                        node.func.attr in LOOKUPS and _is_config(node.func.value))))):
            key = node.args[0].value
            if key in TOP_LEVEL or key in SECTIONS or key in NAMES:
                found.append((node.lineno, f"{ast.unparse(node.func)}({key!r}, …): use typed access"))
        elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) \
                and node.slice.value in TOP_LEVEL and _is_config(node.value):
            found.append((node.lineno, f"{ast.unparse(node)}: use typed access"))
    return sorted(found)


def test_no_string_access_to_settings_remains() -> None:
    bad = []
    for path in sorted(ROOT.rglob("*.py")):
        if any(parent in ALLOWED for parent in path.parents):
            continue
        for line, what in offences(ast.parse(path.read_text("utf-8"), str(path))):
            bad.append(f"{path.relative_to(ROOT.parent)}:{line}: {what}")
    assert bad == [], "\n".join(bad)


def test_the_check_finds_each_form() -> None:
    code = '''
config.get("probes.timeout", 2.0)
float(self.config.get(f"vault.{name}", 30))
self._setting("encryption", False)
cfg["services"]
config.section("probes")
setting("max_size_mb", 200)
'''
    assert [line for line, _ in offences(ast.parse(code))] == [2, 3, 4, 5, 6, 7]
    assert offences(ast.parse('verdict.get("services", [])\nprof.get("ipv4.dns", "")\nconfig.probes.timeout')) == []
