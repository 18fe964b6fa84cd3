"""Monitoring cadence, history and notifications."""

from __future__ import annotations

from ..kinds import Bool, CommaChoices, Int, Str
from ..setting import Setting

# The kinds of problem a warning can be about (the confirmed states, plus a service down and hijacking).
WARNING_KINDS = ("no-network", "no-internet", "captive-portal", "dns-outage", "degraded", "service-down",
                 "hijacking")
# Quiet hours, "22:00-07:00": the one pattern both the settings check and the warning policy use.
QUIET_HOURS_PATTERN = r"\s*([01]?\d|2[0-3]):[0-5]\d\s*-\s*([01]?\d|2[0-3]):[0-5]\d\s*"

SETTINGS = [
    Setting("monitor.heartbeat_interval", Int(2, 3600), 5,
            "Heartbeat interval (seconds)",
            "A tiny DNS query to your resolver this often; any sign of trouble triggers a full diagnosis at once."),
    Setting("monitor.endpoint_interval", Int(5, 3600), 30,
            "Address check interval (seconds)",
            "How often the heartbeat also opens one TCP connection by address, rotating across providers."),
    Setting("monitor.full_interval", Int(30, 86400), 600,
            "Full check interval (seconds)", "How often a full diagnosis runs while everything is healthy."),
    Setting("monitor.trouble_interval", Int(1, 600), 3,
            "Check interval during an outage (seconds)",
            "While something is wrong the app checks this often, so it notices the recovery quickly."),
    Setting("monitor.service_interval", Int(10, 86400), 60,
            "Service check interval (seconds)",
            "How often each watched service gets a light check (one HEAD request) between full diagnoses; "
            "a service can set its own."),
    Setting("monitor.confirm_rounds", Int(1, 10), 3,
            "Rounds to confirm a problem",
            "Consecutive failed diagnoses (retried after 1 s, 2 s, 4 s …) before a problem is reported."),
    Setting("monitor.recover_rounds", Int(1, 10), 2,
            "Rounds to confirm recovery", "Consecutive good diagnoses before a problem is reported as over."),
    Setting("monitor.metered_factor", Int(1, 20), 4,
            "Slow-down on metered connections",
            "On a metered connection heartbeats are this many times rarer."),
    Setting("history.retention_days", Int(1, 3650), 90,
            "Keep history (days)", "Incidents older than this are deleted."),
    Setting("notifications.enabled", Bool(), True, "Show warnings", "Show a notification when an outage is confirmed."),
    Setting("notifications.on_recovery", Bool(), True, "Announce recovery",
            "Show a notification when the outage is over, with how long it lasted."),
    Setting("notifications.reminder_minutes", Int(0, 1440), 0,
            "Reminder during long outages (minutes)", "Remind again this often while an outage lasts; 0 = never."),
    Setting("notifications.quiet_hours",
            Str(max_len=11, pattern=QUIET_HOURS_PATTERN, example="22:00-07:00"), "",
            "Quiet hours", "No notifications in this time span, e.g. \"22:00-07:00\"; empty = none."),
    Setting("notifications.states", CommaChoices(WARNING_KINDS),
            ",".join(WARNING_KINDS),
            "Warn about", "Comma-separated list of the states that raise a warning."),
    Setting("logging.level", Str(choices=("debug", "info", "warning", "error")), "info",
            "Log level", "How much the app writes to its log file."),
]
