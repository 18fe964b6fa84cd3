"""The readiness rules: a pure function of :class:`Facts`, table-tested with an injected clock.

The score is the weight of the items that are verifiably fine over the weight of every item that
applies: an item that cannot be verified scores nothing, so the score never rewards ignorance.
"""

from __future__ import annotations

from ..vault.contacts.model import fold
from .model import CRITICAL, GAP, NOT_APPLICABLE, OK, UNVERIFIED, Facts, Item, Readiness

NOTIFICATION_ACK_DAYS = 90  # a test notification acknowledged this recently counts


def _days(n: float) -> str:
    n = int(n)
    return f"{n} day{'s' if n != 1 else ''}"


def _names(names: list[str]) -> str:
    return ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")


def _ago(days: float) -> str:
    return "today" if days < 1 else f"{_days(days)} ago"


def _documents(f: Facts) -> Item:
    item = Item("documents", "Documents are fresh and verified", OK, 20,
                "During an outage you only have the copies on this computer; an old price list or plan misleads.",
                "", "sync-documents", "Refresh documents now", "offline-ready docs sync")
    if f.documents is None:
        item.status, item.detail = UNVERIFIED, "the vault could not be read (locked or damaged)"
        item.fix, item.fix_label, item.fix_command = "open-documents", "Open documents", "offline-ready docs list"
        return item
    if not f.documents:
        item.status, item.detail = CRITICAL, "no documents are kept offline"
        item.fix, item.fix_label, item.fix_command = "add-document", "Add a document", "offline-ready docs add URL"
        return item
    missing = [d for d in f.documents if d.state == "missing"]
    stale = [d for d in f.documents if d.state == "stale"]
    for d in stale:
        age = f"{_days(d.age_days)} old" if d.age_days is not None else "never confirmed"
        item.now_relevant.append(f"your {d.name} copy is {age} (target {_days(d.target_days)})")
    for d in missing:
        item.now_relevant.append(f"{d.name} has no offline copy")
    if missing:
        item.status = CRITICAL
        item.detail = f"no offline copy of {', '.join(d.name for d in missing[:3])}" + \
            (f" and {len(missing) - 3} more" if len(missing) > 3 else "")
    elif stale:
        item.status = GAP
        item.detail = "; ".join(item.now_relevant[:3])
    else:
        item.detail = f"all {len(f.documents)} confirmed with their source within their target"
    return item


def _contacts(f: Facts) -> Item:
    item = Item("contacts", "Someone to call in every escalation group", OK, 20,
                "When the internet is down you need a number that still rings: a mobile or a landline.",
                "", "open-contacts", "Open contacts", "offline-ready contacts import FILE --group GROUP")
    if not f.escalation_groups:
        item.status, item.detail = NOT_APPLICABLE, "no escalation groups are set"
        return item
    if f.contacts is None:
        item.status, item.detail = UNVERIFIED, "the contacts could not be read (locked or damaged)"
        return item
    problems, critical = [], False
    for group in f.escalation_groups:
        members = [c for c in f.contacts if fold(group) in (fold(g) for g in c.groups)]
        if not members:
            problems.append(f"no contact in {group}")
            critical = True
            continue
        reachable = [c for c in members if c.reachable_offline]
        if not reachable:
            problems.append(f"{group}: only VoIP or no numbers, none that rings without the internet")
            critical = True
            continue
        # every contact of the group: a number that rings offline, details confirmed within the policy's age
        voip = [c.name for c in members if not c.reachable_offline]
        if voip:
            problems.append(f"{group}: {_names(voip)} only with a VoIP or softphone number, or none")
        old = [c.name for c in reachable if c.verified_at is None or
               (f.now - c.verified_at).total_seconds() > f.contact_max_age_days * 86400]
        if old:
            problems.append(f"{group}: {_names(old)} not verified within {_days(f.contact_max_age_days)}")
    item.now_relevant = problems[:]
    if problems:
        item.status = CRITICAL if critical else GAP
        item.detail = "; ".join(problems)
    else:
        item.detail = f"everyone in {', '.join(f.escalation_groups)} has a verified number reachable offline"
    return item


def _backup_dns(f: Facts) -> Item:
    item = Item("backup_dns", "Backup DNS tested and working", OK, 15,
                "A resolver outage is the commonest big outage; a backup only helps if it was seen working.",
                "", "dns-benchmark", "Test backup DNS now", "offline-ready dns benchmark")
    if not f.backup_enabled:
        item.status, item.detail = NOT_APPLICABLE, "backup DNS is turned off"
        return item
    if f.backup_tested_at is None:
        item.status, item.detail = UNVERIFIED, "the backups were never tested"
        return item
    age_h = (f.now - f.backup_tested_at).total_seconds() / 3600
    if f.backup_working == 0:
        item.status, item.detail = CRITICAL, "no backup resolver worked in the last test"
    elif f.retest_hours and age_h > f.retest_hours:
        item.status = GAP
        item.detail = f"last tested {age_h:.0f} h ago (every {f.retest_hours} h is expected)"
    else:
        item.detail = f"{f.backup_working} backup resolver{'s' if f.backup_working != 1 else ''} worked " \
                      f"{age_h:.0f} h ago"
    return item


def _fallbacks(f: Facts) -> Item:
    item = Item("fallbacks", "Every watched service has an offline fallback", OK, 10,
                "When a service is down, people need the document or the person that replaces it.",
                "", "edit-services", "Link fallbacks", "set fallback = [\"…\"] in [[services]]")
    if not f.services:
        item.status, item.detail = NOT_APPLICABLE, "no watched services"
        return item
    if f.documents is None or f.contacts is None:
        item.status, item.detail = UNVERIFIED, "the vault could not be read to check the fallbacks"
        return item
    missing = [name for name, fb in f.services if not any(fold(x) in f.vault_names for x in fb)]
    if missing:
        item.status = GAP
        item.detail = f"no offline fallback for {', '.join(missing)}"
    else:
        item.detail = f"all {len(f.services)} services have one"
    return item


def _notifications(f: Facts) -> Item:
    item = Item("notifications", "Warnings reach you", OK, 10,
                "A warning nobody sees is no warning: desktops block or hide notifications silently.",
                "", "test-notification", "Send a test notification", "open the app: Readiness → Send a test notification")
    if not f.notifications_enabled:
        item.status, item.detail = GAP, "warnings are turned off"
        item.fix, item.fix_label = "open-settings", "Turn warnings on"
        return item
    if f.notification_server:  # the doctor's finding: no notification server on this desktop
        item.status, item.detail = GAP, f.notification_server
        item.fix, item.fix_label = "open-doctor", "How to fix"
        item.fix_command = "offline-ready doctor"
        return item
    if f.notification_ack_at is None:
        item.status, item.detail = UNVERIFIED, "no test notification was acknowledged yet"
    elif (f.now - f.notification_ack_at).days > NOTIFICATION_ACK_DAYS:
        item.status = UNVERIFIED
        item.detail = f"the last test notification was acknowledged {_days((f.now - f.notification_ack_at).days)} ago"
    else:
        item.detail = "a test notification was seen and acknowledged"
    return item


def _autostart(f: Facts) -> Item:
    item = Item("autostart", "Starts at login", OK, 5,
                "An app that is not running warns nobody.", "", "enable-autostart", "Start at login",
                "open the app: Settings → App → Start at login")
    if f.autostart is None:
        item.status, item.detail = UNVERIFIED, "cannot tell on this system"
    elif not f.autostart:
        item.status, item.detail = GAP, "Offline Ready does not start at login"
    else:
        item.detail = "on"
    return item


def _encryption(f: Facts) -> Item:
    item = Item("encryption", "Vault encrypted as required", OK, 10,
                "Your organisation requires offline copies to be unreadable if this computer is lost.",
                "", "enable-encryption", "Encrypt the vault", "set vault.encryption = true")
    if not f.encryption_required:
        item.status = NOT_APPLICABLE
        item.detail = "your organisation does not require it" + (" (it is encrypted)" if f.vault_encrypted else "")
    elif f.vault_encrypted is None:
        item.status, item.detail = UNVERIFIED, "the vault's encryption could not be checked"
    elif not f.vault_encrypted:
        item.status, item.detail = CRITICAL, "required by policy, but the vault is not encrypted"
    else:
        item.detail = "encrypted"
    return item


def _drill(f: Facts) -> Item:
    item = Item("drill", "Outage drill done recently", OK, 10,
                "A rehearsal finds the missing number or the unreadable plan before a real outage does.",
                "", "run-drill", "Start a drill", "offline-ready drill --scenario dns-outage")
    if f.drill_interval_days <= 0:
        item.status, item.detail = NOT_APPLICABLE, "no drills required"
        return item
    if f.last_drill_at is None:
        item.status, item.detail = GAP, f"no drill yet (one every {_days(f.drill_interval_days)} is expected)"
        return item
    age = (f.now - f.last_drill_at).total_seconds() / 86400
    if age > f.drill_interval_days:
        item.status = GAP
        item.detail = f"last drill {_ago(age)} (one every {_days(f.drill_interval_days)} is expected)"
    else:
        item.detail = f"last drill {_ago(age)}"
    return item


RULES = (_documents, _contacts, _backup_dns, _fallbacks, _notifications, _autostart, _encryption, _drill)


def evaluate(facts: Facts) -> Readiness:
    items = [rule(facts) for rule in RULES]
    counted = [i for i in items if i.status != NOT_APPLICABLE]
    total = sum(i.weight for i in counted)
    earned = sum(i.weight for i in counted if i.status == OK)
    score = round(100 * earned / total) if total else 0
    return Readiness(items=items, score=score, checked_at=facts.now)
