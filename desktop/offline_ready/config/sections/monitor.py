"""Monitoring cadence, history and notifications."""

from __future__ import annotations

from ...i18n import N_
from ..kinds import Bool, CommaChoices, Int, Str
from ..setting import Setting

# The kinds of problem a warning can be about (the confirmed states, plus a service down and hijacking).
WARNING_KINDS = ("no-network", "no-internet", "captive-portal", "dns-outage", "degraded", "service-down",
                 "hijacking")
# Quiet hours, "22:00-07:00": the one pattern both the settings check and the warning policy use.
QUIET_HOURS_PATTERN = r"\s*([01]?\d|2[0-3]):[0-5]\d\s*-\s*([01]?\d|2[0-3]):[0-5]\d\s*"

SETTINGS = [
    Setting("monitor.heartbeat_interval", Int(2, 3600), 5,
            N_("Heartbeat interval (seconds)"),
            N_("A tiny DNS query to your resolver this often; any sign of trouble triggers a full diagnosis at once.")),
    Setting("monitor.endpoint_interval", Int(5, 3600), 30,
            N_("Address check interval (seconds)"),
            N_("How often the heartbeat also opens one TCP connection by address, rotating across providers.")),
    Setting("monitor.full_interval", Int(30, 86400), 600,
            N_("Full check interval (seconds)"), N_("How often a full diagnosis runs while everything is healthy.")),
    Setting("monitor.trouble_interval", Int(1, 600), 3,
            N_("Check interval during an outage (seconds)"),
            N_("While something is wrong the app checks this often, so it notices the recovery quickly.")),
    Setting("monitor.service_interval", Int(10, 86400), 60,
            N_("Service check interval (seconds)"),
            N_("How often each watched service gets a light check (one HEAD request) between full diagnoses; "
            "a service can set its own.")),
    Setting("monitor.traffic_budget", Int(20, 1_000_000), 200,
            N_("Traffic budget (KB per hour)"),
            N_("The most data the app's own checks may use per hour while all is well; the costliest checks are "
            "made rarer to stay within it (never while a problem is being confirmed).")),
    Setting("monitor.confirm_rounds", Int(1, 10), 3,
            N_("Rounds to confirm a problem"),
            N_("Consecutive failed diagnoses (retried after 1 s, 2 s, 4 s …) before a problem is reported.")),
    Setting("monitor.recover_rounds", Int(1, 10), 2,
            N_("Rounds to confirm recovery"), N_("Consecutive good diagnoses before a problem is reported as over.")),
    Setting("monitor.metered_factor", Int(1, 20), 4,
            N_("Slow-down on metered connections"),
            N_("On a metered connection heartbeats are this many times rarer.")),
    Setting("history.retention_days", Int(1, 3650), 90,
            N_("Keep history (days)"), N_("Incidents older than this are deleted.")),
    Setting("notifications.enabled", Bool(), True, N_("Show warnings"), N_("Show a notification when an outage is confirmed.")),
    Setting("notifications.on_recovery", Bool(), True, N_("Announce recovery"),
            N_("Show a notification when the outage is over, with how long it lasted.")),
    Setting("notifications.reminder_minutes", Int(0, 1440), 0,
            N_("Reminder during long outages (minutes)"), N_("Remind again this often while an outage lasts; 0 = never.")),
    Setting("notifications.quiet_hours",
            Str(max_len=11, pattern=QUIET_HOURS_PATTERN, example="22:00-07:00"), "",
            N_("Quiet hours"), N_("No notifications in this time span, e.g. \"22:00-07:00\"; empty = none.")),
    Setting("notifications.states", CommaChoices(WARNING_KINDS),
            ",".join(WARNING_KINDS),
            N_("Warn about"), N_("Comma-separated list of the states that raise a warning.")),
    Setting("logging.level", Str(choices=("debug", "info", "warning", "error")), "info",
            N_("Log level"), N_("How much the app writes to its log file.")),
]
