"""The readiness rules, table-tested on facts with a fixed clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from offline_ready.readiness import Facts, evaluate
from offline_ready.readiness.model import ContactFact, DocFact
from offline_ready.vault.contacts.model import Phone, reachable_offline

NOW = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)


def ready() -> Facts:
    """A desk where everything checks out."""
    return Facts(
        now=NOW,
        documents=[DocFact("Continuity plan", "fresh", 1.0, 7), DocFact("Price list", "fresh", 2.0, 7)],
        contacts=[ContactFact("Helpdesk", ["IT helpdesk"], True, NOW - timedelta(days=10)),
                  ContactFact("ISP support", ["ISP"], True, NOW - timedelta(days=20))],
        escalation_groups=["IT helpdesk", "ISP"], contact_max_age_days=180,
        backup_enabled=True, backup_tested_at=NOW - timedelta(hours=2), backup_working=2, retest_hours=6,
        services=[("Shop", ["Price list"])], vault_names={"price list", "continuity plan", "helpdesk", "isp support"},
        notifications_enabled=True, notification_ack_at=NOW - timedelta(days=3), autostart=True,
        encryption_required=True, vault_encrypted=True, drill_interval_days=90, last_drill_at=NOW - timedelta(days=30))


def status(result, item_id: str) -> str:
    return next(i.status for i in result.items if i.id == item_id)


def test_a_ready_desk_scores_100_and_exits_0() -> None:
    r = evaluate(ready())
    assert r.score == 100 and r.exit_code == 0 and not r.gaps


CASES = [
    # (change, item, expected status, exit code)
    (dict(documents=[DocFact("Price list", "stale", 9.0, 7)]), "documents", "gap", 1),
    (dict(documents=[DocFact("Price list", "missing", None, 7)]), "documents", "critical", 2),
    (dict(documents=[]), "documents", "critical", 2),
    (dict(documents=None), "documents", "unverified", 1),
    (dict(contacts=[ContactFact("Helpdesk", ["IT helpdesk"], True, NOW)]), "contacts", "critical", 2),
    (dict(contacts=[ContactFact("Helpdesk", ["it HELPDESK"], True, NOW), ContactFact("ISP", ["ISP"], False, NOW)]),
     "contacts", "critical", 2),
    (dict(contacts=[ContactFact("Helpdesk", ["IT helpdesk"], True, NOW - timedelta(days=400)),
                    ContactFact("ISP", ["ISP"], True, None)]), "contacts", "gap", 1),
    (dict(contacts=[ContactFact("Helpdesk", ["IT helpdesk"], True, NOW), ContactFact("Anna", ["IT helpdesk"], False, NOW),
                    ContactFact("ISP", ["ISP"], True, NOW)]), "contacts", "gap", 1),
    (dict(escalation_groups=[]), "contacts", "n/a", 0),
    (dict(backup_tested_at=None), "backup_dns", "unverified", 1),
    (dict(backup_tested_at=NOW - timedelta(hours=30)), "backup_dns", "gap", 1),
    (dict(backup_working=0), "backup_dns", "critical", 2),
    (dict(backup_enabled=False), "backup_dns", "n/a", 0),
    (dict(services=[("Shop", []), ("Forum", ["Nothing by that name"])]), "fallbacks", "gap", 1),
    (dict(services=[]), "fallbacks", "n/a", 0),
    (dict(notification_ack_at=None), "notifications", "unverified", 1),
    (dict(notification_ack_at=NOW - timedelta(days=200)), "notifications", "unverified", 1),
    (dict(notifications_enabled=False), "notifications", "gap", 1),
    (dict(autostart=False), "autostart", "gap", 1),
    (dict(autostart=None), "autostart", "unverified", 1),
    (dict(vault_encrypted=False), "encryption", "critical", 2),
    (dict(encryption_required=False, vault_encrypted=False), "encryption", "n/a", 0),
    (dict(last_drill_at=None), "drill", "gap", 1),
    (dict(last_drill_at=NOW - timedelta(days=120)), "drill", "gap", 1),
    (dict(drill_interval_days=0, last_drill_at=None), "drill", "n/a", 0),
]


@pytest.mark.parametrize("change, item, expected, code", CASES)
def test_each_rule(change: dict, item: str, expected: str, code: int) -> None:
    r = evaluate(replace(ready(), **change))
    assert status(r, item) == expected
    assert r.exit_code == code
    if expected in ("gap", "critical", "unverified"):
        assert r.score < 100
        bad = next(i for i in r.items if i.id == item)
        assert bad.why and bad.detail and bad.fix and bad.fix_label
    elif expected == "n/a":
        assert r.score == 100  # not applicable: left out, not held against the desk


def test_unverifiable_items_are_never_rewarded() -> None:
    unknown = evaluate(replace(ready(), autostart=None, notification_ack_at=None, backup_tested_at=None))
    known_bad = evaluate(replace(ready(), autostart=False, notifications_enabled=False, backup_tested_at=NOW,
                                 backup_working=1, retest_hours=0))
    # unknown scores exactly like failed for those items: nothing for an item nobody could check
    assert unknown.score == round(100 * (100 - 5 - 10 - 15) / 100)
    assert known_bad.score == round(100 * (100 - 5 - 10) / 100)


def test_contacts_findings_name_the_people() -> None:
    r = evaluate(replace(ready(), contacts=[
        ContactFact("Helpdesk", ["IT helpdesk"], True, NOW), ContactFact("Anna", ["IT helpdesk"], False, NOW),
        ContactFact("ISP support", ["ISP"], True, NOW - timedelta(days=400))]))
    item = next(i for i in r.items if i.id == "contacts")
    assert item.detail == ("IT helpdesk: Anna only with a VoIP or softphone number, or none; "
                           "ISP: ISP support not verified within 180 days")


def test_stale_document_is_said_in_words_for_the_outage_window() -> None:
    r = evaluate(replace(ready(), documents=[DocFact("price list", "stale", 9.4, 7)]))
    doc = next(i for i in r.items if i.id == "documents")
    assert doc.now_relevant == ["your price list copy is 9 days old (target 7 days)"]


@pytest.mark.parametrize("phones, expected", [
    ([Phone("+49 170 1234567", "+491701234567", "mobile")], True),
    ([Phone("+49 30 1234567", "+49301234567", "work")], True),
    ([Phone("+49 30 1234567", "+49301234567", "work", label="VoIP (Teams)")], False),
    ([Phone("sip:helpdesk@pbx.example", None, "other")], False),
    ([Phone("+49 30 9999", "+49309999", "fax")], False),
    ([Phone("+49 30 1234567", "+49301234567", "work", label="Softphone"),
      Phone("+44 7700 900123", "+447700900123", "mobile")], True),
    ([], False),
])
def test_number_reachable_without_the_internet(phones, expected) -> None:
    assert reachable_offline(phones) is expected


def test_no_notification_server_is_a_gap_whatever_was_acknowledged() -> None:
    r = evaluate(replace(ready(), notification_server="no notification server: outage warnings appear only in "
                                                      "the app's own window"))
    item = next(i for i in r.items if i.id == "notifications")
    assert item.status == "gap" and item.fix == "open-doctor" and "no notification server" in item.detail
    assert evaluate(replace(ready(), notification_server="")).score == 100  # a server answers
