"""The readiness rules: a pure function of :class:`Facts`, table-tested with an injected clock.

The score is the weight of the items that are verifiably fine over the weight of every item that
applies: an item that cannot be verified scores nothing, so the score never rewards ignorance.
"""

from __future__ import annotations

from ..i18n import _, ngettext
from ..vault.contacts.model import fold
from .model import CRITICAL, GAP, NOT_APPLICABLE, OK, UNVERIFIED, Facts, Item, Readiness

NOTIFICATION_ACK_DAYS = 90  # a test notification acknowledged this recently counts


def _days(n: float) -> str:
    n = int(n)
    return ngettext("{n} day", "{n} days", n).format(n=n)


def _names(names: list[str]) -> str:
    shown = ", ".join(names[:3])
    more = len(names) - 3
    return ngettext("{names} and {n} more", "{names} and {n} more", more).format(names=shown, n=more) \
        if more > 0 else shown


def _ago(days: float) -> str:
    n = int(days)
    return _("today") if days < 1 else ngettext("{n} day ago", "{n} days ago", n).format(n=n)


def _documents(f: Facts) -> Item:
    item = Item("documents", _("Documents are fresh and verified"), OK, 20,
                _("During an outage you only have the copies on this computer; an old price list or plan misleads."),
                "", "sync-documents", _("Refresh documents now"), "offline-ready docs sync")
    if f.documents is None:
        item.status, item.detail = UNVERIFIED, _("the vault could not be read (locked or damaged)")
        item.fix, item.fix_label, item.fix_command = "open-documents", _("Open documents"), "offline-ready docs list"
        return item
    if not f.documents:
        item.status, item.detail = CRITICAL, _("no documents are kept offline")
        item.fix, item.fix_label, item.fix_command = "add-document", _("Add a document"), "offline-ready docs add URL"
        return item
    missing = [d for d in f.documents if d.state == "missing"]
    stale = [d for d in f.documents if d.state == "stale"]
    for d in stale:
        item.now_relevant.append(
            _("your {name} copy is {age} old (target {target})").format(
                name=d.name, age=_days(d.age_days), target=_days(d.target_days)) if d.age_days is not None else
            _("your {name} copy is never confirmed (target {target})").format(
                name=d.name, target=_days(d.target_days)))
    for d in missing:
        item.now_relevant.append(_("{name} has no offline copy").format(name=d.name))
    if missing:
        item.status = CRITICAL
        item.detail = _("no offline copy of {names}").format(names=_names([d.name for d in missing]))
    elif stale:
        item.status = GAP
        item.detail = "; ".join(item.now_relevant[:3])
    else:
        item.detail = ngettext("all {n} confirmed with their source within their target",
                               "all {n} confirmed with their source within their target",
                               len(f.documents)).format(n=len(f.documents))
    return item


def _contacts(f: Facts) -> Item:
    item = Item("contacts", _("Someone to call in every escalation group"), OK, 20,
                _("When the internet is down you need a number that still rings: a mobile or a landline."),
                "", "open-contacts", _("Open contacts"), "offline-ready contacts import FILE --group GROUP")
    if not f.escalation_groups:
        item.status, item.detail = NOT_APPLICABLE, _("no escalation groups are set")
        return item
    if f.contacts is None:
        item.status, item.detail = UNVERIFIED, _("the contacts could not be read (locked or damaged)")
        return item
    problems, critical = [], False
    for group in f.escalation_groups:
        members = [c for c in f.contacts if fold(group) in (fold(g) for g in c.groups)]
        if not members:
            problems.append(_("no contact in {group}").format(group=group))
            critical = True
            continue
        reachable = [c for c in members if c.reachable_offline]
        if not reachable:
            problems.append(_("{group}: only VoIP or no numbers, none that rings without the internet").format(
                group=group))
            critical = True
            continue
        # every contact of the group: a number that rings offline, details confirmed within the policy's age
        voip = [c.name for c in members if not c.reachable_offline]
        if voip:
            problems.append(_("{group}: {names} only with a VoIP or softphone number, or none").format(
                group=group, names=_names(voip)))
        old = [c.name for c in reachable if c.verified_at is None or
               (f.now - c.verified_at).total_seconds() > f.contact_max_age_days * 86400]
        if old:
            problems.append(_("{group}: {names} not verified within {days}").format(
                group=group, names=_names(old), days=_days(f.contact_max_age_days)))
    item.now_relevant = problems[:]
    if problems:
        item.status = CRITICAL if critical else GAP
        item.detail = "; ".join(problems)
    else:
        item.detail = _("everyone in {groups} has a verified number reachable offline").format(
            groups=", ".join(f.escalation_groups))
    return item


def _backup_dns(f: Facts) -> Item:
    item = Item("backup_dns", _("Backup DNS tested and working"), OK, 15,
                _("A resolver outage is the commonest big outage; a backup only helps if it was seen working."),
                "", "dns-benchmark", _("Test backup DNS now"), "offline-ready dns benchmark")
    if not f.backup_enabled:
        item.status, item.detail = NOT_APPLICABLE, _("backup DNS is turned off")
        return item
    if f.backup_tested_at is None:
        item.status, item.detail = UNVERIFIED, _("the backups were never tested")
        return item
    age_h = (f.now - f.backup_tested_at).total_seconds() / 3600
    if f.backup_working == 0:
        item.status, item.detail = CRITICAL, _("no backup resolver worked in the last test")
    elif f.retest_hours and age_h > f.retest_hours:
        item.status = GAP
        item.detail = _("last tested {age:.0f} h ago (every {hours} h is expected)").format(
            age=age_h, hours=f.retest_hours)
    else:
        item.detail = ngettext("{n} backup resolver worked {age:.0f} h ago", "{n} backup resolvers worked {age:.0f} h ago",
                               f.backup_working).format(n=f.backup_working, age=age_h)
    return item


def _fallbacks(f: Facts) -> Item:
    item = Item("fallbacks", _("Every watched service has an offline fallback"), OK, 10,
                _("When a service is down, people need the document or the person that replaces it."),
                "", "edit-services", _("Link fallbacks"), _("set {setting} in {section}").format(
                    setting='fallback = ["…"]', section="[[services]]"))
    if not f.services:
        item.status, item.detail = NOT_APPLICABLE, _("no watched services")
        return item
    if f.documents is None or f.contacts is None:
        item.status, item.detail = UNVERIFIED, _("the vault could not be read to check the fallbacks")
        return item
    missing = [name for name, fb in f.services if not any(fold(x) in f.vault_names for x in fb)]
    if missing:
        item.status = GAP
        item.detail = _("no offline fallback for {names}").format(names=", ".join(missing))
    else:
        item.detail = ngettext("all {n} services have one", "all {n} services have one",
                               len(f.services)).format(n=len(f.services))
    return item


def _notifications(f: Facts) -> Item:
    item = Item("notifications", _("Warnings reach you"), OK, 10,
                _("A warning nobody sees is no warning: desktops block or hide notifications silently."),
                "", "test-notification", _("Send a test notification"),
                _("open the app: Readiness → Send a test notification"))
    if not f.notifications_enabled:
        item.status, item.detail = GAP, _("warnings are turned off")
        item.fix, item.fix_label = "open-settings", _("Turn warnings on")
        return item
    if f.notification_server:  # the doctor's finding: no notification server on this desktop
        item.status, item.detail = GAP, f.notification_server
        item.fix, item.fix_label = "open-doctor", _("How to fix")
        item.fix_command = "offline-ready doctor"
        return item
    if f.notification_ack_at is None:
        item.status, item.detail = UNVERIFIED, _("no test notification was acknowledged yet")
    elif (f.now - f.notification_ack_at).days > NOTIFICATION_ACK_DAYS:
        item.status = UNVERIFIED
        item.detail = _("the last test notification was acknowledged {when}").format(
            when=_ago((f.now - f.notification_ack_at).days))
    else:
        item.detail = _("a test notification was seen and acknowledged")
    return item


def _autostart(f: Facts) -> Item:
    item = Item("autostart", _("Starts at login"), OK, 5,
                _("An app that is not running warns nobody."), "", "enable-autostart", _("Start at login"),
                _("open the app: Settings → App → Start at login"))
    if f.autostart is None:
        item.status, item.detail = UNVERIFIED, _("cannot tell on this system")
    elif not f.autostart:
        item.status, item.detail = GAP, _("Offline Ready does not start at login")
    else:
        item.detail = _("on")
    return item


def _encryption(f: Facts) -> Item:
    item = Item("encryption", _("Vault encrypted as required"), OK, 10,
                _("Your organisation requires offline copies to be unreadable if this computer is lost."),
                "", "enable-encryption", _("Encrypt the vault"), _("set {setting}").format(
                    setting="vault.encryption = true"))
    if not f.encryption_required:
        item.status = NOT_APPLICABLE
        item.detail = _("your organisation does not require it (it is encrypted)") if f.vault_encrypted else \
            _("your organisation does not require it")
    elif f.vault_encrypted is None:
        item.status, item.detail = UNVERIFIED, _("the vault's encryption could not be checked")
    elif not f.vault_encrypted:
        item.status, item.detail = CRITICAL, _("required by policy, but the vault is not encrypted")
    else:
        item.detail = _("encrypted")
    return item


def _drill(f: Facts) -> Item:
    item = Item("drill", _("Outage drill done recently"), OK, 10,
                _("A rehearsal finds the missing number or the unreadable plan before a real outage does."),
                "", "run-drill", _("Start a drill"), "offline-ready drill --scenario dns-outage")
    if f.drill_interval_days <= 0:
        item.status, item.detail = NOT_APPLICABLE, _("no drills required")
        return item
    if f.last_drill_at is None:
        item.status, item.detail = GAP, _("no drill yet (one every {days} is expected)").format(
            days=_days(f.drill_interval_days))
        return item
    age = (f.now - f.last_drill_at).total_seconds() / 86400
    if age > f.drill_interval_days:
        item.status = GAP
        item.detail = _("last drill {when} (one every {days} is expected)").format(
            when=_ago(age), days=_days(f.drill_interval_days))
    else:
        item.detail = _("last drill {when}").format(when=_ago(age))
    return item


RULES = (_documents, _contacts, _backup_dns, _fallbacks, _notifications, _autostart, _encryption, _drill)


def evaluate(facts: Facts) -> Readiness:
    items = [rule(facts) for rule in RULES]
    counted = [i for i in items if i.status != NOT_APPLICABLE]
    total = sum(i.weight for i in counted)
    earned = sum(i.weight for i in counted if i.status == OK)
    score = round(100 * earned / total) if total else 0
    return Readiness(items=items, score=score, checked_at=facts.now)
