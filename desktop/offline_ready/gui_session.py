"""Can a Qt GUI start here? Answered without Qt, before a QApplication exists.

Qt's own answer to a missing display or an unloadable platform plugin is ``abort()`` (exit 134
and a core dump), after a message that names neither the cause nor the fix. So the app asks
first: which platform plugins Qt would try (``QT_QPA_PLATFORM`` or its default), whether the
session each needs is there (``DISPLAY`` / ``WAYLAND_DISPLAY``), whether the plugin's shared
libraries load (the dynamic loader's own error names a missing one), and whether the display
answers. The tray app and ``offline-ready doctor`` both use it.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import socket
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

NO_SESSION = "no-session"
MISSING_LIBRARY = "missing-library"
UNREACHABLE = "display-unreachable"
NO_PLUGIN = "no-plugin"

# Qt platforms that need no desktop session (tests, kiosks, VNC): nothing to check.
HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"})

# Debian/Ubuntu packages whose names do not follow the library naming rule (libfoo.so.N → libfooN).
_PACKAGE_EXCEPTIONS = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libz.so.1": "zlib1g",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libgcc_s.so.1": "libgcc-s1",
    **{f"{name}.so.{n}": "libc6" for name, n in (("libc", 6), ("libm", 6), ("libpthread", 0), ("libdl", 2),
                                                  ("librt", 1))},
}


@dataclass(frozen=True)
class GuiProblem:
    """Why the GUI cannot start: ``kind`` is one of the constants above."""

    kind: str
    platform: str = ""
    library: str = ""  # the shared library the loader could not load (e.g. libxcb-cursor.so.0)
    package: str = ""  # the Debian/Ubuntu package that provides it
    display: str = ""  # the display that did not answer
    detail: str = ""  # the loader's or the connection's own words

    def to_dict(self) -> dict[str, str]:
        return {k: v for k, v in self.__dict__.items() if v}


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package providing ``soname``, by Debian's library naming policy."""
    if soname in _PACKAGE_EXCEPTIONS:
        return _PACKAGE_EXCEPTIONS[soname]
    m = re.fullmatch(r"(lib[^/]+?)\.so\.(\d+)(?:\.\d+)*", soname)
    if not m:
        return ""
    name, major = m.group(1).lower(), m.group(2)
    return f"{name}-{major}" if name[-1].isdigit() else f"{name}{major}"


def platform_candidates(env: Mapping[str, str], platform: str = sys.platform) -> list[str]:
    """The platform plugins Qt will try, in order (an empty list: not a question on this OS)."""
    explicit = env.get("QT_QPA_PLATFORM", "").strip()
    if explicit:
        return [p.split(":", 1)[0].strip() for p in explicit.split(";") if p.strip()]
    if not platform.startswith("linux") and "bsd" not in platform:
        return []  # Windows and macOS always have their desktop
    if env.get("WAYLAND_DISPLAY") and (env.get("XDG_SESSION_TYPE") == "wayland" or not env.get("DISPLAY")):
        return ["wayland", "xcb"]
    return ["xcb"]


def plugin_file(name: str) -> Path | None:
    """The platform plugin's shared library inside the installed Qt (found without importing Qt)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms"
    for candidate in (f"libq{name}.so", f"libq{name}-generic.so"):
        if (folder / candidate).is_file():
            return folder / candidate
    return None


def library_failure(path: Path | str) -> tuple[str, str] | None:
    """(missing soname, loader message) if the dynamic loader cannot load ``path`` and its needs."""
    try:
        ctypes.CDLL(str(path))
    except OSError as exc:
        message = str(exc)
        first = message.split(": ", 1)[0]
        return os.path.basename(first), message
    return None


def _xcb_connect(display: str) -> str:
    """'' if the X server at ``display`` accepts a connection, else why not."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError as exc:
        return str(exc)
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    conn = xcb.xcb_connect(display.encode(), None)
    try:
        code = xcb.xcb_connection_has_error(conn)
    finally:
        xcb.xcb_disconnect(conn)
    return f"X connection error {code}" if code else ""


def _wayland_connect(env: Mapping[str, str]) -> str:
    name = env.get("WAYLAND_DISPLAY", "")
    path = name if name.startswith("/") else os.path.join(env.get("XDG_RUNTIME_DIR", ""), name)
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(2.0)
    try:
        s.connect(path)
    except OSError as exc:
        return f"{path}: {exc.strerror or exc}"
    finally:
        s.close()
    return ""


def check_platform(name: str, env: Mapping[str, str]) -> GuiProblem | None:
    """Whether Qt's platform ``name`` can start in ``env`` (None: it can)."""
    if name in HEADLESS_PLATFORMS:
        return None
    var = {"xcb": "DISPLAY", "wayland": "WAYLAND_DISPLAY"}.get(name)
    if var and not env.get(var):
        return GuiProblem(NO_SESSION, name)
    plugin = plugin_file(name)
    if plugin is None:
        return GuiProblem(NO_PLUGIN, name)
    failed = library_failure(plugin)
    if failed:
        lib, message = failed
        return GuiProblem(MISSING_LIBRARY, name, library=lib, package=debian_package(lib), detail=message)
    if name == "xcb":
        why = _xcb_connect(env["DISPLAY"])
        if why:
            return GuiProblem(UNREACHABLE, name, display=env["DISPLAY"], detail=why)
    elif name == "wayland":
        why = _wayland_connect(env)
        if why:
            return GuiProblem(UNREACHABLE, name, display=env["WAYLAND_DISPLAY"], detail=why)
    return None


def choose_platform(env: Mapping[str, str] | None = None,
                    platform: str = sys.platform) -> tuple[str | None, GuiProblem | None]:
    """(the first platform Qt would try that can start, None) or (None, the most telling problem).

    ``(None, None)``: nothing to check on this OS. With no session variable at all the problem is
    "no graphical session", whatever the plugins.
    """
    env = os.environ if env is None else env
    problems = []
    for name in platform_candidates(env, platform):
        problem = check_platform(name, env)
        if problem is None:
            return name, None
        problems.append(problem)
    if not problems:
        return None, None
    if all(p.kind == NO_SESSION for p in problems):
        return None, problems[0]
    return None, next(p for p in problems if p.kind != NO_SESSION)
