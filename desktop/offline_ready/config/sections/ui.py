"""Settings of the desktop app: start at login, tray icon style, late-tray wait, language."""

from __future__ import annotations

from ..kinds import Bool, Int, Str
from ..setting import Setting

SETTINGS: list[Setting] = [
    Setting("ui.start_at_login", Bool(), True,
            "Start at login",
            "Start Offline Ready in the system tray when you log in, so the next outage finds it running."),
    Setting("ui.icon_style", Str(choices=("auto", "light", "dark")), "auto",
            "Tray icon style",
            "\"auto\" follows the system colour scheme; choose \"light\" for a dark panel or \"dark\" for a light "
            "panel if your panel's colour differs from the system's."),
    Setting("ui.tray_wait_seconds", Int(0, 600), 90,
            "Wait for the system tray (seconds)",
            "At login the panel may appear after the app. It waits this long for a tray before opening "
            "its window instead."),
    Setting("ui.open_outage_window", Bool(), False,
            "Open the outage window by itself",
            "Show the outage window as soon as an outage is confirmed, not only when you click the warning."),
    Setting("ui.language", Str(max_len=16), "",
            "Language", "Language of the app, such as \"de\" or \"fr\"; empty = the system's language. "
            "Takes effect the next time the app starts."),
]
