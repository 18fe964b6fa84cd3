"""Reporting to the organisation's own metrics and log engines (off unless IT turns it on)."""

from __future__ import annotations

from ...i18n import N_
from ..kinds import Bool, Int, Str
from ..setting import Setting

_HTTP_URL = r"https?://[^\s@/]+(:\d+)?(/\S*)?"
AUTH_KINDS = ("none", "bearer", "basic")
EVENT_FORMATS = ("victorialogs", "loki")

SETTINGS = [
    Setting("fleet.enabled", Bool(), False,
            N_("Report to your organisation"),
            N_("Send this desk's connection state, watched services and incidents to the metrics and log engines "
               "your IT department runs. Off unless your organisation turns it on; \"What is sent…\" (or the "
               "command offline-ready fleet preview) shows exactly what is sent.")),
    Setting("fleet.metrics_url", Str(max_len=2048, pattern=_HTTP_URL, example="https://vm.corp:8428/api/v1/write"),
            "",
            N_("Metrics endpoint (Prometheus remote write)"),
            N_("Where samples go, by Prometheus remote write 1.0: VictoriaMetrics /api/v1/write, Prometheus "
               "/api/v1/write (with the remote-write receiver and an out-of-order window), Mimir /api/v1/push or "
               "Thanos Receive. Empty: no metrics are sent.")),
    Setting("fleet.events_url", Str(max_len=2048, pattern=_HTTP_URL,
                                    example="https://logs.corp:9428/insert/jsonline"),
            "",
            N_("Incident events endpoint"),
            N_("Where incident events go as JSON: VictoriaLogs /insert/jsonline or Loki /loki/api/v1/push "
               "(fleet.events_format says which). Empty: no incident events are sent.")),
    Setting("fleet.events_format", Str(choices=EVENT_FORMATS), "victorialogs",
            N_("Incident events format"),
            N_("victorialogs: JSON lines for /insert/jsonline; loki: Loki's push API (JSON).")),
    Setting("fleet.syslog_url", Str(max_len=512, pattern=r"(tcp|tls)://[^\s@/]+:\d+",
                                    example="tls://siem.corp:6514"),
            "",
            N_("Syslog for the SIEM"),
            N_("Incident events also as RFC 5424 syslog over TCP (tcp://host:port) or TLS (tls://host:port). "
               "Empty: no syslog.")),
    Setting("fleet.windows_event_log", Bool(), False,
            N_("Windows Event Log"),
            N_("Incident events also in the Windows Event Log (Application log, source \"Offline Ready\", "
               "registered by the installer), for Windows Event Forwarding or a SIEM's agent. Windows only."),
            platforms=("win32",)),
    Setting("fleet.auth", Str(choices=AUTH_KINDS), "none",
            N_("Sign-in to the engines"),
            N_("none, bearer (a token) or basic (user name and password). The secret lives in the system keyring "
               "(offline-ready fleet login) or in the machine-wide file of fleet.credentials_file, never here.")),
    Setting("fleet.username", Str(max_len=256, pattern=r"[^:\s]*", example="desk-reporter"), "",
            N_("User name for basic sign-in"),
            N_("The user name for fleet.auth = basic (its password is in the keyring or the credentials file).")),
    Setting("fleet.credentials_file", Str(max_len=1024), "",
            N_("Machine-wide credentials file"),
            N_("A TOML file your IT department installs with token = \"…\" or password = \"…\", readable by the "
               "desk's users and writable by administrators only. Empty: the secret is in the user's keyring.")),
    Setting("fleet.ca_file", Str(max_len=1024), "",
            N_("Certificate authority for the engines"),
            N_("A PEM file of the authority that signed the engines' TLS certificates, when it is not in the "
               "system's store (a company CA). Empty: the system's certificate store.")),
    Setting("fleet.site", Str(max_len=64, pattern=r"[A-Za-z0-9][A-Za-z0-9._ -]{0,63}", example="berlin-office"), "",
            N_("Site"),
            N_("The office or site this desk belongs to, as a label on everything sent (for the per-site view "
               "and the local-or-wide alert). Empty: no site label.")),
    Setting("fleet.isp_asn", Str(max_len=12, pattern=r"AS\d{1,10}|detect", example="AS3320"), "",
            N_("Internet provider (AS number)"),
            N_("The provider's autonomous system number, e.g. AS3320, as a label for the per-provider view; "
               "detect: find it with two DNS questions to public services (OpenDNS for this network's public "
               "address, Team Cymru for its AS number; the address itself is never stored or sent). "
               "Empty: no provider label.")),
    Setting("fleet.host_salt", Str(max_len=256), "",
            N_("Salt of the desk pseudonym"),
            N_("Desks are named by a salted hash of the host name, never the name itself. Set the same salt on "
               "every desk to let IT compute a desk's pseudonym from its host name; empty: a random salt kept on "
               "this desk (a pseudonym nobody can map back).")),
    Setting("fleet.interval", Int(min=15, max=3600), 60,
            N_("Reporting interval (seconds)"),
            N_("How often the desk records a sample and sends what is waiting. State changes are recorded at once.")),
    Setting("fleet.spool_max_days", Int(min=1, max=90), 7,
            N_("Keep unsent data for (days)"),
            N_("While the engines cannot be reached, samples and events wait on the desk for this long, then the "
               "oldest are dropped.")),
    Setting("fleet.spool_max_mb", Int(min=1, max=1024), 20,
            N_("Unsent data limit (MB)"),
            N_("The most unsent data kept on the desk; beyond it routine samples are dropped first, state "
               "changes and incidents last.")),
]
