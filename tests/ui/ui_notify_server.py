"""A recording org.freedesktop.Notifications server for the real-display tests.

Run as ``python notify_server.py LOGFILE`` on a (private) session bus. It owns the
well-known name like a desktop's notification daemon, answers ``Notify`` with a new id,
and appends one JSON line per call to LOGFILE (method, signature, arguments), so tests
can count notifications. It also offers ``org.offlineready.TestNotifications.Invoke(u id,
s action)``, which emits ``ActionInvoked`` as if the user had clicked the notification.
Built on jeepney (pure Python) so it does not share code with the app's own D-Bus client.
"""

from __future__ import annotations

import json
import sys
import time

from jeepney import DBusAddress, HeaderFields, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
IFACE = "org.freedesktop.Notifications"
TEST_IFACE = "org.offlineready.TestNotifications"
NOTIFY_SIG = "susssasa{sv}i"


def _jsonable(value):
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value


def main(log_path: str) -> int:
    conn = open_dbus_connection(bus="SESSION")
    reply = conn.send_and_get_reply(message_bus.RequestName(NAME, 4))  # DO_NOT_QUEUE
    if reply.body[0] != 1:
        print(f"could not own {NAME}: {reply.body}", file=sys.stderr)
        return 1
    emitter = DBusAddress(PATH, interface=IFACE)
    next_id = 1
    print("ready", flush=True)
    with open(log_path, "a", encoding="utf-8") as log:
        while True:
            msg = conn.receive()
            if msg.header.message_type != MessageType.method_call:
                continue
            member = msg.header.fields.get(HeaderFields.member)
            iface = msg.header.fields.get(HeaderFields.interface)
            sig = msg.header.fields.get(HeaderFields.signature, "")
            record = {"time": time.time(), "member": member, "signature": sig, "args": _jsonable(msg.body)}
            if member == "Notify":
                if sig != NOTIFY_SIG:
                    record["error"] = "bad signature"
                    conn.send(new_error(msg, "org.freedesktop.DBus.Error.InvalidArgs",
                                        "s", (f"Notify expects {NOTIFY_SIG}, got {sig}",)))
                else:
                    replaces = msg.body[1]
                    nid = replaces or next_id
                    if not replaces:
                        next_id += 1
                    record["id"] = nid
                    conn.send(new_method_return(msg, "u", (nid,)))
            elif member == "GetCapabilities":
                conn.send(new_method_return(msg, "as", (["actions", "body", "body-markup", "persistence"],)))
            elif member == "GetServerInformation":
                conn.send(new_method_return(msg, "ssss", ("test-notify-server", "offline-ready", "1.0", "1.2")))
            elif member == "CloseNotification":
                conn.send(new_method_return(msg))
                conn.send(new_signal(emitter, "NotificationClosed", "uu", (msg.body[0], 3)))
            elif member == "Invoke" and iface == TEST_IFACE:
                nid, action = msg.body
                conn.send(new_method_return(msg))
                conn.send(new_signal(emitter, "ActionInvoked", "us", (nid, action)))
                conn.send(new_signal(emitter, "NotificationClosed", "uu", (nid, 2)))
            elif member == "Introspect":
                conn.send(new_method_return(msg, "s", (_INTROSPECT,)))
            else:
                conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod", "s", (str(member),)))
                continue
            log.write(json.dumps(record) + "\n")
            log.flush()


_INTROSPECT = """<!DOCTYPE node PUBLIC "-//freedesktop//DTD D-BUS Object Introspection 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd">
<node>
 <interface name="org.freedesktop.Notifications">
  <method name="Notify">
   <arg type="s" direction="in"/><arg type="u" direction="in"/><arg type="s" direction="in"/>
   <arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="as" direction="in"/>
   <arg type="a{sv}" direction="in"/><arg type="i" direction="in"/><arg type="u" direction="out"/>
  </method>
  <method name="CloseNotification"><arg type="u" direction="in"/></method>
  <method name="GetCapabilities"><arg type="as" direction="out"/></method>
  <method name="GetServerInformation">
   <arg type="s" direction="out"/><arg type="s" direction="out"/><arg type="s" direction="out"/>
   <arg type="s" direction="out"/>
  </method>
  <signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
  <signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
 </interface>
</node>
"""

if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
