"""Imports run only downward, and nothing imports in a circle.

Every package of ``offline_ready`` (and every module directly in it) has a place in :data:`LAYERS`,
lowest first. A module may import modules of its own package and of any lower layer, never of its own
layer's other packages or of a higher one. The command line (``cli``, every command in it) and the
desktop app (``ui``) are the only tops: nothing imports them, except the one declared entry point that
starts the tray app when no command is given.

The imports are read with ``ast`` from the source, so none can hide:

* imports inside functions count like any other. Importing late is fine to keep start-up fast (a
  command loads only what it uses), and then it still has to point downward; a late import must never
  be the way to close a circle that a top-level import would make visible;
* ``importlib.import_module("offline_ready.…")`` and the other ways of loading a module by name count
  too: a string naming a module of the package is an import of it (unless it follows ``-m`` in an
  argument list: that runs the module as a new program, the privileged helper for instance);
* circles are looked for between modules (a package's own modules included), not only between
  packages.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desktop" / "offline_ready"

LAYERS: tuple[tuple[str, ...], ...] = (
    ("offline_ready",),  # the package's own __init__: name and version only
    ("valueclass",),  # small record classes (what the records below are made of)
    # foundations: files, paths, store formats, the event bus, bounded calls, the desktop session
    ("atomic", "bounded", "csvsafe", "events", "faults", "gui_session", "logfile", "paths", "storeversion"),
    ("i18n", "history", "logsetup"),  # the core's translations; stores; the log
    ("config", "autostart"),  # settings: schema, policy, typed access; start at login (its words translated)
    ("proxy", "resolver_profiles"),  # how web traffic leaves this computer (proxy, PAC, trust); the known resolvers
    ("probes",),  # bounded measurements, no decisions
    ("fallback_lookup",),  # name lookups for the app's own traffic when the system resolver fails
    ("diagnosis",),  # the verdict
    ("statuspage", "vault"),  # providers' status pages; the offline vault
    ("backup_dns", "drill", "report"),  # acting on a verdict; rehearsals; incident reports
    ("doctor", "fleet", "monitor"),  # what the desktop lacks; reports to the organisation; the watch loop
    ("readiness",),  # how ready this desk is, from all of the above
    ("ui", "cli", "__main__"),  # the tops: the desktop app and the command line
)

# The only imports across the tops, each with its reason.
ENTRY_POINTS = {
    ("offline_ready.cli.main", "offline_ready.ui.app"): "with no command, `offline-ready` starts the tray app",
    ("offline_ready.__main__", "offline_ready.cli.main"): "`python -m offline_ready` is the command line",
}


@dataclass(frozen=True)
class Import:
    source: str
    target: str
    line: int
    late: bool  # inside a function: runs when first called, not when the module is imported

    def __str__(self) -> str:
        return f"{self.source}:{self.line} imports {self.target}{' (inside a function)' if self.late else ''}"


def module_names(package: Path) -> dict[str, Path]:
    """Dotted module name -> file, for every module of the package."""
    out = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _base(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    parts = module.split(".") if is_package else module.split(".")[:-1]
    parts = parts[: len(parts) - node.level + 1]
    return ".".join([*parts, *([node.module] if node.module else [])])


def _run_as_program(tree: ast.AST) -> set[int]:
    """ids of string constants that follow ``"-m"`` in a list or tuple (a new process, not an import)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.List | ast.Tuple):
            for before, item in zip(node.elts, node.elts[1:], strict=False):
                if isinstance(before, ast.Constant) and before.value == "-m":
                    out.add(id(item))
    return out


def _nodes(node: ast.AST, late: bool = False) -> Iterable[tuple[ast.AST, bool]]:
    """Every node, and whether it sits inside a function (runs when called, not at import)."""
    yield node, late
    late = late or isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
    for child in ast.iter_child_nodes(node):
        yield from _nodes(child, late)


def imports_of(module: str, path: Path, modules: Iterable[str]) -> list[Import]:
    """Every import of a module of the package by ``module``: top-level, late, and by name."""
    known = set(modules)
    root_name = next(iter(sorted(known, key=len)))
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    programs = _run_as_program(tree)
    is_package = path.name == "__init__.py"
    found: list[Import] = []
    for node, late in _nodes(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _base(module, is_package, node)
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in known
              and node.value != root_name and id(node) not in programs):
            targets = [node.value]
        for target in targets:
            if target in known and target != module:
                found.append(Import(module, target, node.lineno, late))
    return found


@functools.cache
def import_graph(package: Path) -> list[Import]:
    modules = module_names(package)
    return [imp for name, path in modules.items() for imp in imports_of(name, path, modules)]


def unit(module: str) -> str:
    """The package (or module directly in the package) that ``module`` belongs to."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def layer_of(layers: tuple[tuple[str, ...], ...]) -> dict[str, int]:
    return {name: i for i, layer in enumerate(layers) for name in layer}


def upward_imports(imports: Iterable[Import], layers=LAYERS, entry_points=ENTRY_POINTS) -> list[str]:
    level = layer_of(layers)
    bad = []
    for imp in imports:
        a, b = unit(imp.source), unit(imp.target)
        if a == b or (imp.source, imp.target) in entry_points:
            continue
        if level[b] >= level[a]:
            where = "above" if level[b] > level[a] else "beside"
            bad.append(f"{imp}: {b} is {where} {a} in LAYERS")
    return bad


def cycles(imports: Iterable[Import]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, iterative)."""
    graph: dict[str, set[str]] = {}
    for imp in imports:
        graph.setdefault(imp.source, set()).add(imp.target)
        graph.setdefault(imp.target, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        found.append(sorted(group))
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(sorted(graph[child]))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return found


def _describe(group: list[str], imports: list[Import]) -> str:
    members = set(group)
    edges = [str(i) for i in imports if i.source in members and i.target in members]
    return " ↔ ".join(group) + "\n    " + "\n    ".join(edges)


# --- the package --------------------------------------------------------------------------------------

def test_every_package_has_a_layer() -> None:
    units = {unit(m) for m in module_names(PACKAGE)}
    declared = [name for layer in LAYERS for name in layer]
    assert len(declared) == len(set(declared)), "a package is listed twice"
    assert units == set(declared), f"not placed in LAYERS: {sorted(units - set(declared))}; " \
                                   f"listed but gone: {sorted(set(declared) - units)}"


def test_imports_only_run_downward() -> None:
    bad = upward_imports(import_graph(PACKAGE))
    assert not bad, "imports that do not run downward:\n" + "\n".join(bad)


def test_nothing_imports_in_a_circle() -> None:
    imports = import_graph(PACKAGE)
    found = cycles(imports)
    assert not found, "import circles:\n" + "\n".join(_describe(g, imports) for g in found)


def test_the_command_line_and_the_desktop_app_are_the_only_tops() -> None:
    imports = import_graph(PACKAGE)
    into_tops = [str(i) for i in imports if unit(i.target) in ("cli", "ui") and unit(i.source) != unit(i.target)
                 and (i.source, i.target) not in ENTRY_POINTS]
    assert not into_tops
    assert all(m.startswith("offline_ready.cli.") or m == "offline_ready.cli"
               for m in module_names(PACKAGE) if m.endswith("_cmd")), "a command module outside cli/"
    assert not [m for m in module_names(PACKAGE) if m.endswith(".cli") and m != "offline_ready.cli"], \
        "a cli module outside cli/"


def test_the_graph_sees_late_and_by_name_imports() -> None:
    """The real package's known late and by-name imports are in the graph (the reader misses none)."""
    imports = {(i.source, i.target): i for i in import_graph(PACKAGE)}
    late = imports[("offline_ready.cli.main", "offline_ready.ui.app")]
    assert late.late
    assert ("offline_ready.cli.main", "offline_ready.cli.docs_cmd") in imports  # importlib, by name
    assert ("offline_ready.backup_dns.switcher", "offline_ready.backup_dns.helper") not in imports  # -m: a program


# --- the checker itself, on a small made-up package ----------------------------------------------------

def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    pkg = tmp_path / "offline_ready"
    for name, text in {"__init__.py": "", **files}.items():
        path = pkg / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return pkg


SMALL_LAYERS = (("offline_ready",), ("low",), ("mid",), ("top",))


def test_checker_finds_an_upward_import_even_inside_a_function(tmp_path: Path) -> None:
    pkg = _package(tmp_path, {
        "low/__init__.py": "", "low/a.py": "def f():\n    from ..mid import b\n",
        "mid/__init__.py": "", "mid/b.py": "from ..low import a\n",
        "top/__init__.py": "", "top/c.py": "import importlib\nimportlib.import_module('offline_ready.mid.b')\n",
    })
    bad = upward_imports(import_graph(pkg), SMALL_LAYERS, {})
    assert len(bad) == 1 and "offline_ready.low.a:2 imports offline_ready.mid.b (inside a function)" in bad[0]


def test_checker_finds_a_circle_closed_by_a_late_import(tmp_path: Path) -> None:
    pkg = _package(tmp_path, {
        "low/__init__.py": "",
        "low/doh.py": "from .session import Adapter\n",
        "low/session.py": "Adapter = object\ndef make():\n    from .fallback import chain\n",
        "low/fallback.py": "def chain():\n    from .doh import query\n",
    })
    imports = import_graph(pkg)
    assert not upward_imports(imports, SMALL_LAYERS, {})
    assert cycles(imports) == [["offline_ready.low.doh", "offline_ready.low.fallback", "offline_ready.low.session"]]


def test_checker_finds_a_circle_through_a_load_by_name_and_ignores_a_program(tmp_path: Path) -> None:
    pkg = _package(tmp_path, {
        "top/__init__.py": "",
        "top/main.py": "MODULES = ('offline_ready.top.cmd',)\n",
        "top/cmd.py": "from . import main\nARGV = ['python3', '-m', 'offline_ready.top.main']\n",
    })
    imports = import_graph(pkg)
    assert cycles(imports) == [["offline_ready.top.cmd", "offline_ready.top.main"]]
    assert [str(i) for i in imports if i.source == "offline_ready.top.cmd"] == \
        ["offline_ready.top.cmd:1 imports offline_ready.top.main"]
