"""Readiness: the checklist's policy, outage drills and providers' status pages."""

from __future__ import annotations

from ...i18n import N_
from ..kinds import Bool, Float, Int, ListOf, Str
from ..setting import Setting

DEFAULT_GROUPS = ["IT helpdesk", "ISP"]

SETTINGS = [
    Setting("readiness.escalation_groups", ListOf(Str(allow_empty=False, max_len=80), max_len=20), DEFAULT_GROUPS,
            N_("Escalation groups"),
            N_("Contact groups that must each have someone to call during an outage (e.g. \"IT helpdesk\", \"ISP\").")),
    Setting("readiness.contact_max_age_days", Int(1, 3650), 180,
            N_("Contacts verified within (days)"),
            N_("A contact whose details nobody confirmed for this long counts as unverified.")),
    Setting("readiness.require_encryption", Bool(), False,
            N_("Require an encrypted vault"),
            N_("The readiness check treats an unencrypted vault as a critical gap (set by IT policy).")),
    Setting("readiness.continuity_document", Str(max_len=120), "continuity",
            N_("Continuity plan"),
            N_("Words in the name of the document a drill asks you to open (the continuity plan or runbook).")),
    Setting("drill.interval_days", Int(0, 3650), 90,
            N_("Drill every (days)"),
            N_("How often an outage drill is due; the readiness check flags a late one and the tray reminds you. "
            "0 = no drills required.")),
    Setting("status_pages.enabled", Bool(), True,
            N_("Ask providers' status pages"),
            N_("When a watched service with a status page is down (or on request), show what its provider says.")),
    Setting("status_pages.timeout", Float(0.5, 30.0), 4.0,
            N_("Status page timeout (seconds)"),
            N_("The longest a status page may take; a verdict never waits for it.")),
    Setting("status_pages.cache_minutes", Int(0, 1440), 2,
            N_("Reuse a status page for (minutes)"),
            N_("A status page fetched this recently is not fetched again.")),
    Setting("status_pages.max_kb", Int(16, 8192), 1024,
            N_("Largest status page (KB)"), N_("A status page or feed larger than this is refused.")),
]
