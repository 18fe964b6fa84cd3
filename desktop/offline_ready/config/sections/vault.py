"""Settings of the offline vault: documents and contacts kept for use during an outage."""

from __future__ import annotations

from ...i18n import N_
from ..kinds import Bool, Field, Float, Int, ListOf, Str, Table
from ..setting import Setting

DOCUMENT_TYPES = ("auto", "pdf", "html", "text", "docx", "xlsx", "pptx", "odt", "ods", "odp", "image",
                  "zip", "json", "csv", "vcard")

# A document IT pushes to every install (e.g. by managed policy). Sources are URLs or file paths.
MANAGED_DOCUMENT = Table(
    fields={
        "name": Field(Str(allow_empty=False, max_len=120), required=True, description=N_("Name shown to the user.")),
        "source": Field(Str(allow_empty=False, max_len=2048), required=True,
                        description=N_("http(s) URL or file path (network shares included).")),
        "type": Field(Str(choices=DOCUMENT_TYPES), default="auto",
                      description=N_("Expected type; a download of another type is refused.")),
        "target_age_days": Field(Int(1, 365), description=N_("Flag the copy as stale after this many days.")),
        "contacts": Field(Bool(), default=False,
                          description=N_("The source is a contact list (vCard or CSV) to import.")),
    }
)

SETTINGS = [
    Setting("vault.documents", ListOf(MANAGED_DOCUMENT, max_len=500), [],
            N_("Documents kept offline"),
            N_("Documents every user of this install gets offline copies of (besides those they add themselves).")),
    Setting("vault.target_age_days", Int(1, 365), 7,
            N_("Freshness target (days)"),
            N_("A copy not confirmed against its source for this long is flagged as stale.")),
    Setting("vault.refresh_interval_hours", Int(1, 720), 24,
            N_("Refresh every (hours)"),
            N_("How often the app checks every document for a newer version while it runs.")),
    Setting("vault.refresh_on_reconnect", Bool(), True,
            N_("Refresh when the network returns"),
            N_("Check documents as soon as an outage is over, so copies are fresh for the next one.")),
    Setting("vault.max_size_mb", Int(1, 4096), 200,
            N_("Largest document (MB)"), N_("Downloads larger than this are stopped and refused.")),
    Setting("vault.concurrency", Int(1, 32), 4,
            N_("Parallel downloads"), N_("How many documents are fetched at the same time.")),
    Setting("vault.timeout", Float(1.0, 600.0), 30.0,
            N_("Download timeout (seconds)"), N_("A server that sends nothing for this long counts as failed.")),
    Setting("vault.download_deadline", Float(5.0, 86400.0), 900.0,
            N_("Longest download (seconds)"),
            N_("A document whose download takes longer than this in all (retries included) is stopped and counted "
            "as failed, so a server that trickles bytes cannot keep a refresh running.")),
    Setting("vault.retries", Int(0, 10), 3,
            N_("Retries"), N_("Attempts after a timeout or a server error (with growing pauses) before giving up.")),
    Setting("vault.shrink_threshold", Float(0.0, 1.0), 0.5,
            N_("Suspicious shrink"),
            N_("A new version smaller than this fraction of the current one waits for your confirmation.")),
    Setting("vault.versioning", Str(choices=("keep-n", "staggered")), "keep-n",
            N_("Version history"),
            N_("keep-n keeps the last few versions; staggered keeps more recent ones and fewer old ones "
            "(hourly for a day, daily for a month, weekly after).")),
    Setting("vault.keep_versions", Int(1, 1000), 10,
            N_("Versions to keep"), N_("With keep-n: how many versions of each document are kept, the current included.")),
    Setting("vault.staggered_max_age_days", Int(1, 3650), 365,
            N_("Keep versions for (days)"), N_("With staggered: versions older than this are deleted.")),
    Setting("vault.quarantine_days", Int(1, 365), 30,
            N_("Keep refused downloads (days)"),
            N_("Refused downloads (login pages, truncated files …) are kept this long for inspection.")),
    Setting("vault.encryption", Bool(), False,
            N_("Encrypt the vault"),
            N_("Encrypt stored documents, their search text and contacts (AES-GCM, key in the system keyring).")),
    Setting("vault.phone_region", Str(max_len=2), "",
            N_("Default phone region"),
            N_("Two-letter country code for numbers written without one (e.g. \"DE\"); empty = from the system locale.")),
    Setting("vault.user_agent", Str(max_len=200), "",
            N_("User agent"), N_("Sent with document downloads; empty = \"OfflineReady/<version>\".")),
]
