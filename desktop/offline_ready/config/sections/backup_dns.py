"""Backup DNS: the profiles offered, how a switch behaves, and how the app's own traffic resolves names."""

from __future__ import annotations

from ...i18n import N_
from ..kinds import Bool, Field, Float, Hostname, Int, IPAddress, ListOf, Str, Table, Url
from ..setting import Setting

BUILTIN_IDS = ("cloudflare", "quad9", "google", "opendns")

PROFILE = Table(
    fields={
        "id": Field(Str(allow_empty=False, max_len=32), required=True,
                    description=N_("Short identifier: lower-case letters, digits and dashes (used by `dns use ID`).")),
        "name": Field(Str(allow_empty=False, max_len=80), required=True, description=N_("Name shown to the user.")),
        "servers": Field(ListOf(IPAddress(), min_len=1, max_len=8), required=True,
                         description=N_("Resolver addresses, IPv4 and IPv6, in order of preference.")),
        "doh_url": Field(Url(schemes=("https",)), description=N_("DNS-over-HTTPS endpoint (RFC 8484), if any.")),
        "doh_addresses": Field(ListOf(IPAddress(), max_len=8),
                               description=N_("Addresses of the DNS-over-HTTPS host, so it is reached without DNS.")),
    }
)

SETTINGS = [
    Setting("backup_dns.enabled", Bool(), True, N_("Backup DNS"),
            N_("Keep backup resolvers tested and offer them when your own resolver fails.")),
    Setting("backup_dns.builtin_profiles", ListOf(Str(choices=BUILTIN_IDS)), list(BUILTIN_IDS),
            N_("Built-in backup providers"),
            N_("Which public providers are offered as backups. Remove all of them to offer only your own.")),
    Setting("backup_dns.profiles", ListOf(PROFILE, max_len=20), [],
            N_("Custom backup profiles"),
            N_("Your organisation's own resolvers, offered beside (or instead of) the public providers.")),
    Setting("backup_dns.preferred_profile", Str(max_len=32), "",
            N_("Preferred backup"), N_("Profile used by \"Use backup DNS\"; empty = the best one in the last test.")),
    Setting("backup_dns.allow_switch", Bool(), True, N_("Allow switching the system's DNS"),
            N_("When off, the app still tests backups and uses them for its own traffic, "
            "but never changes the system's settings.")),
    Setting("backup_dns.confirm_seconds", Int(10, 60), 60, N_("Time to confirm a switch (seconds)"),
            N_("A switch is undone automatically unless it was verified and you confirmed it within this time.")),
    Setting("backup_dns.max_session_hours", Int(0, 720), 0, N_("Backup session limit (hours)"),
            N_("Switch back to the original settings automatically after this long; 0 = no limit.")),
    Setting("backup_dns.keep_suffixes", ListOf(Hostname(), max_len=50), [], N_("Internal domains"),
            N_("Domain suffixes that stay on the original resolvers while backup DNS is in use (split DNS), "
            "where the system supports per-domain resolvers.")),
    Setting("backup_dns.benchmark_queries", Int(1, 200), 10, N_("Queries per resolver in a test"),
            N_("How many queries each resolver and transport gets in `dns benchmark`.")),
    Setting("backup_dns.benchmark_timeout", Float(0.2, 10.0), 1.5, N_("Query timeout in a test (seconds)"),
            N_("A query without an answer in this time counts as lost, and as this long in the latency figures.")),
    Setting("backup_dns.benchmark_names", ListOf(Hostname(), max_len=50), [], N_("Names used in tests"),
            N_("Names queried in a test; empty = the probe names (probes.canary_names).")),
    Setting("backup_dns.dnssec_check", Bool(), False, N_("Check DNSSEC validation"),
            N_("Also check that each resolver validates DNSSEC (the AD flag on a signed name).")),
    Setting("backup_dns.retest_hours", Int(0, 168), 6, N_("Re-test backups every (hours)"),
            N_("A light test of the backups this often, so it is known before an outage that they work; 0 = never.")),
    Setting("backup_dns.watch_seconds", Int(5, 3600), 30, N_("Watch the original resolvers every (seconds)"),
            N_("While on backup DNS, the original resolvers are tested this often to offer switching back.")),
    Setting("backup_dns.fallback_resolution", Bool(), True, N_("Keep the app working during DNS outages"),
            N_("The app's own checks and document refreshes resolve names through a working backup or "
            "DNS-over-HTTPS when the system resolver fails, without changing system settings.")),
    Setting("backup_dns.use_doh", Bool(), True, N_("Use DNS-over-HTTPS"),
            N_("Try DNS-over-HTTPS for the app's own lookups and in tests; it works where port 53 is blocked.")),
    Setting("backup_dns.stale_max_hours", Int(0, 720), 72, N_("Remember addresses for (hours)"),
            N_("When every resolver fails, the app reaches the watched services and documents at the last "
            "addresses that worked, up to this old (RFC 8767 serve-stale); 0 = never.")),
]
