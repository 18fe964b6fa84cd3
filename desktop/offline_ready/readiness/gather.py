"""Read the facts the readiness rules judge: vault, backup DNS results, settings, drills.

Every source that cannot be read leaves its fact unknown (``None``), which the rules report as
"could not be verified" rather than guessing. Start-at-login and the notification server are
asked through callables (``autostart``, ``notifications``): the same checks ``doctor`` runs.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..atomic import atomic_write_text
from ..storeversion import load_json_store, unchanged
from ..vault.contacts.model import fold, reachable_offline
from .model import ContactFact, DocFact, Facts

log = logging.getLogger(__name__)
DAY = 86400.0


def state_file(state_dir: Path) -> Path:
    return Path(state_dir) / "readiness.json"


STATE_FORMAT = 1  # readiness.json's layout (storeversion): notification_ack_at, drill_reminded_at
STATE_STEPS = {0: unchanged}


def load_state(state_dir: Path) -> dict[str, Any]:
    """The small readiness state file; a missing or damaged one reads as empty (nothing acknowledged)."""
    try:
        return load_json_store(state_file(state_dir), STATE_FORMAT, STATE_STEPS)
    except FileNotFoundError:
        return {"format": STATE_FORMAT}
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable readiness state: %s", exc)
        return {"format": STATE_FORMAT}


def save_state(state_dir: Path, state: dict[str, Any]) -> None:
    Path(state_dir).mkdir(parents=True, exist_ok=True)
    atomic_write_text(state_file(state_dir), json.dumps({**state, "format": STATE_FORMAT}))


def record_notification_ack(state_dir: Path, when: datetime | None = None) -> None:
    """The user saw the test notification (clicked it, or confirmed in the app)."""
    d = load_state(state_dir)
    d["notification_ack_at"] = (when or datetime.now(UTC)).isoformat(timespec="seconds")
    save_state(state_dir, d)


def _dt(value: Any) -> datetime | None:
    try:
        dt = datetime.fromisoformat(str(value))
    except (TypeError, ValueError):
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def contact_fact(c: Any) -> ContactFact:
    phone = next((p for p in sorted(c.phones, key=lambda p: not p.pref) if reachable_offline([p])), None) \
        or c.primary_phone
    return ContactFact(c.display_name, list(c.groups), reachable_offline(c.phones), _dt(c.last_verified),
                       phone.display() if phone else "", c.emails[0].address if c.emails else "")


def notification_server(env: Any = None) -> str | None:
    """The doctor's notification check on a Linux desktop: "" when a server answers, its finding
    when none does, None where it cannot be asked (no session bus here, or another platform)."""
    import os
    import sys

    if not sys.platform.startswith("linux"):
        return None
    from ..doctor.checks import OK, check_notifications
    from ..doctor.desktop import BusNames

    bus = BusNames(env if env is not None else os.environ)
    if not bus.available:
        return None
    finding = check_notifications(bus)
    return "" if finding.status == OK else finding.detail


def gather(config: Any, *, vault: Any = None, autostart: Callable[[], bool] | None = None,
           notifications: Callable[[], str | None] | None = None, now: datetime | None = None) -> Facts:
    """``vault``: an open VaultService (or None to open one here and close it after)."""
    now = now or datetime.now(UTC)
    from ..paths import app_paths

    paths = getattr(config, "paths", None) or app_paths()
    f = Facts(now=now, escalation_groups=list(config.readiness.escalation_groups),
              contact_max_age_days=config.readiness.contact_max_age_days,
              backup_enabled=config.backup_dns.enabled, retest_hours=config.backup_dns.retest_hours,
              notifications_enabled=config.notifications.enabled,
              encryption_required=config.readiness.require_encryption,
              drill_interval_days=config.drill.interval_days)
    f.services = [(s["name"], list(s.get("fallback", []))) for s in config.services if s.get("enabled", True)]
    _vault_facts(f, config, vault, now)
    _backup_facts(f, paths.state_dir)
    f.notification_ack_at = _dt(load_state(paths.state_dir).get("notification_ack_at"))
    if notifications is not None:
        try:
            f.notification_server = notifications()
        except Exception as exc:  # the item stays on the acknowledgement alone
            log.warning("cannot ask for a notification server: %s", exc)
    if autostart is not None:
        try:
            f.autostart = bool(autostart())
        except Exception as exc:  # a platform quirk must not break the checklist: the item is unverified
            log.warning("cannot tell whether the app starts at login: %s", exc)
    f.last_drill_at = last_drill_at(paths.history_db)
    return f


def _vault_facts(f: Facts, config: Any, vault: Any, now: datetime) -> None:
    own = vault is None
    try:
        if own:
            from ..vault.service import VaultService

            vault = VaultService(config).open()
        f.vault_encrypted = bool(vault.encrypted)
        docs = vault.list_documents()
        f.documents = []
        for d in docs:
            fr = d.freshness
            age = fr.age_s / DAY if fr is not None and fr.age_s is not None else None
            f.documents.append(DocFact(d.name, fr.state if fr else "missing", age,
                                       (fr.target_s / DAY) if fr else float(config.vault.target_age_days)))
        f.vault_names = {fold(d.name) for d in docs}
        if not vault.locked:
            contacts = vault.list_contacts()
            f.contacts = [contact_fact(c) for c in contacts]
            f.vault_names |= {fold(c.display_name) for c in contacts}
    except Exception as exc:  # locked, damaged or busy vault: every vault item becomes "unverified"
        log.warning("readiness: vault not readable: %s", exc)
    finally:
        if own and vault is not None:
            vault.close()


def _backup_facts(f: Facts, state_dir: Path) -> None:
    from ..resolver_profiles.results import load_results

    last = load_results(state_dir)
    f.backup_tested_at = _dt(last.at) if last.at else None
    f.backup_working = len(last.working_backups())


def last_drill_at(history_db: Path) -> datetime | None:
    if not Path(history_db).exists():
        return None
    from ..drill.store import DrillStore

    store = DrillStore(history_db)
    try:
        rec = store.last_completed()
        return rec.ended_at if rec else None
    finally:
        store.close()
