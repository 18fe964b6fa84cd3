"""Read-only questions to the desktop session: who owns a D-Bus name, who holds the X tray selection.

Answers come from the session itself (the bus daemon, the X server), never from guessing by
desktop name, so a tray or notification server that some other program provides is found too.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Mapping

from ..i18n import _

SNI_WATCHER = "org.kde.StatusNotifierWatcher"
NOTIFICATIONS = "org.freedesktop.Notifications"
SECRETS = "org.freedesktop.secrets"


class BusNames:
    """Names on the session bus: owned now, or startable by D-Bus activation."""

    def __init__(self, env: Mapping[str, str], timeout: float = 2.0):
        self.error = ""
        self.owned: set[str] = set()
        self.activatable: set[str] = set()
        address = env.get("DBUS_SESSION_BUS_ADDRESS", "")
        if not address:
            self.error = _("no session bus ({variable} is not set)").format(variable="DBUS_SESSION_BUS_ADDRESS")
            return
        try:
            from jeepney.bus_messages import message_bus
            from jeepney.io.blocking import open_dbus_connection

            with open_dbus_connection(bus=address) as conn:
                self.owned = set(conn.send_and_get_reply(message_bus.ListNames(), timeout=timeout).body[0])
                reply = conn.send_and_get_reply(message_bus.ListActivatableNames(), timeout=timeout)
                self.activatable = set(reply.body[0])
        except ImportError:
            self.error = _("the {library} library is missing").format(library="jeepney")
        except Exception as exc:  # any connection or protocol failure means: no usable bus
            self.error = _("the session bus does not answer ({problem})").format(problem=exc)

    @property
    def available(self) -> bool:
        return not self.error

    def has(self, name: str) -> bool:
        return name in self.owned

    def can_start(self, name: str) -> bool:
        return name in self.owned or name in self.activatable


class _Reply(ctypes.Structure):
    # the first fields of xcb_intern_atom_reply_t and xcb_get_selection_owner_reply_t
    _fields_ = [("response_type", ctypes.c_uint8), ("pad0", ctypes.c_uint8), ("sequence", ctypes.c_uint16),
                ("length", ctypes.c_uint32), ("value", ctypes.c_uint32)]


class _Cookie(ctypes.Structure):
    _fields_ = [("sequence", ctypes.c_uint)]


def xembed_tray_owner(display: str) -> int | str:
    """The window owning ``_NET_SYSTEM_TRAY_S<screen>`` on ``display`` (0: no tray), or why it cannot be asked."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError as exc:
        return str(exc)
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    xcb.xcb_intern_atom.restype = _Cookie
    xcb.xcb_intern_atom.argtypes = [ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint16, ctypes.c_char_p]
    xcb.xcb_intern_atom_reply.restype = ctypes.POINTER(_Reply)
    xcb.xcb_intern_atom_reply.argtypes = [ctypes.c_void_p, _Cookie, ctypes.c_void_p]
    xcb.xcb_get_selection_owner.restype = _Cookie
    xcb.xcb_get_selection_owner.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
    xcb.xcb_get_selection_owner_reply.restype = ctypes.POINTER(_Reply)
    xcb.xcb_get_selection_owner_reply.argtypes = [ctypes.c_void_p, _Cookie, ctypes.c_void_p]
    libc.free.argtypes = [ctypes.c_void_p]
    screen = ctypes.c_int(0)
    conn = xcb.xcb_connect(display.encode(), ctypes.byref(screen))
    try:
        if xcb.xcb_connection_has_error(conn):
            return _("cannot connect to the display {display}").format(display=display)
        name = f"_NET_SYSTEM_TRAY_S{screen.value}".encode()
        atom_reply = xcb.xcb_intern_atom_reply(conn, xcb.xcb_intern_atom(conn, 0, len(name), name), None)
        if not atom_reply:
            return _("the X server did not answer")
        atom = atom_reply.contents.value
        libc.free(atom_reply)
        owner_reply = xcb.xcb_get_selection_owner_reply(conn, xcb.xcb_get_selection_owner(conn, atom), None)
        if not owner_reply:
            return _("the X server did not answer")
        owner = int(owner_reply.contents.value)
        libc.free(owner_reply)
        return owner
    finally:
        xcb.xcb_disconnect(conn)
