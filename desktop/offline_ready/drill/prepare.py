"""A drill session from what this desk keeps: the vault's documents and contacts, the backup
DNS profiles and which of them were seen working. Shared by the CLI and the tray app."""

from __future__ import annotations

from typing import Any

from .session import DrillSession


def session_for(config: Any, scenario: str, service: str | None, vault: Any) -> DrillSession:
    from ..paths import app_paths
    from ..resolver_profiles.profiles import load_profiles
    from ..resolver_profiles.results import load_results

    paths = getattr(config, "paths", None) or app_paths()
    services = [s for s in config.services if s.get("enabled", True)]
    contacts = vault.list_contacts() if not vault.locked else []
    return DrillSession(scenario, services=services, documents=vault.list_documents(), contacts=contacts,
                        escalation_groups=list(config.readiness.escalation_groups),
                        continuity_words=config.readiness.continuity_document, profiles=load_profiles(config),
                        working_profiles=load_results(paths.state_dir).verified_profiles(), service=service)


def save_record(config: Any, record: Any) -> Any:
    from ..paths import app_paths
    from .store import DrillStore

    store = DrillStore((getattr(config, "paths", None) or app_paths()).history_db)
    try:
        return store.add(record)
    finally:
        store.close()
