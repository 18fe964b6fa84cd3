"""Settings of the desktop app: start at login, tray icon style, late-tray wait, language, the
first-run guide and the IT helpdesk an organisation can pre-set for its staff."""

from __future__ import annotations

from ...i18n import N_
from ..kinds import Bool, Int, Language, Str
from ..setting import Setting

SETTINGS: list[Setting] = [
    Setting("ui.start_at_login", Bool(), True,
            N_("Start at login"),
            N_("Start Offline Ready in the system tray when you log in, so the next outage finds it running.")),
    Setting("ui.icon_style", Str(choices=("auto", "light", "dark")), "auto",
            N_("Tray icon style"),
            N_("\"auto\" follows the system colour scheme; choose \"light\" for a dark panel or \"dark\" for a light "
            "panel if your panel's colour differs from the system's.")),
    Setting("ui.tray_wait_seconds", Int(0, 600), 90,
            N_("Wait for the system tray (seconds)"),
            N_("At login the panel may appear after the app. It waits this long for a tray before opening "
            "its window instead.")),
    Setting("ui.open_outage_window", Bool(), False,
            N_("Open the outage window by itself"),
            N_("Show the outage window as soon as an outage is confirmed, not only when you click the warning.")),
    Setting("ui.language", Language(max_len=16), "",
            N_("Language"), N_("Language of the app, such as \"de\" or \"en\"; empty = the system's language. "
            "Takes effect the next time the app starts.")),
    Setting("ui.first_run_guide", Bool(), True,
            N_("Show the set-up guide on first start"),
            N_("A short guide on first start: what the app watches, your services, your contacts and plan, a test "
            "notification. An organisation that set everything up by policy can turn it off.")),
    Setting("ui.helpdesk_name", Str(max_len=120), "",
            N_("IT helpdesk name"), N_("Who staff call first when something here breaks, e.g. \"IT helpdesk\"; "
            "usually set by the organisation.")),
    Setting("ui.helpdesk_phone", Str(max_len=40, pattern=r"[+0-9 ()./-]*", example="+44 20 7946 0000"), "",
            N_("IT helpdesk phone"), N_("The helpdesk's number, with the country code.")),
    Setting("ui.helpdesk_email", Str(max_len=200), "",
            N_("IT helpdesk e-mail"), N_("The helpdesk's e-mail address, for when the phone is busy.")),
]
