"""macOS configuration profiles (``.mobileconfig``) made from the one settings schema.

Mac fleets receive admin settings as a configuration profile pushed by MDM (Jamf, Intune,
Kandji …) or double-clicked. macOS installs its settings payload as the managed preferences of
our bundle identifier, which the loader reads as the managed (locked) policy layer. So one
admin policy file (TOML) becomes, unchanged in meaning, a TOML file on Linux and Windows and a
profile on macOS: ``offline-ready config profile POLICY.toml``.
"""

from __future__ import annotations

import plistlib
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .. import APP_NAME, __version__
from ..i18n import _
from .loader import MACOS_DOMAIN, MANAGED, ConfigError, _read_layer, validate_document
from .schema import SETTINGS, nest

BUNDLE_ID = MACOS_DOMAIN
PROFILE_ID = f"{BUNDLE_ID}.policy"
# Stable UUIDs: the same identifier always gives the same profile, so MDM replaces it in place.
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "offlineready.org")
REQUIRED_KEYS = {"PayloadType": str, "PayloadIdentifier": str, "PayloadUUID": str, "PayloadVersion": int}


def _uuid(name: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, name)).upper()


def profile_from_policy_file(path: Path, **kwargs: str) -> bytes:
    """The profile for an admin's managed policy TOML file (checked as strictly as the app reads it)."""
    return render_mobileconfig(_read_layer(path, MANAGED), **kwargs)


def template_policy() -> dict[str, Any]:
    """Every lockable setting at its default: the starting point an admin trims to what they enforce."""
    return {s.key: s.default for s in SETTINGS if s.lockable}


def render_mobileconfig(policy: Mapping[str, Any], *, identifier: str = PROFILE_ID, organization: str = "",
                        description: str = "") -> bytes:
    """A signed-ready XML profile whose one payload locks ``policy`` (flat ``section.key`` values)."""
    validate_document(nest(dict(policy)), layer=MANAGED)
    payload: dict[str, Any] = {
        "PayloadType": BUNDLE_ID,
        "PayloadIdentifier": f"{identifier}.settings",
        "PayloadUUID": _uuid(f"{identifier}.settings"),
        "PayloadVersion": 1,
        "PayloadDisplayName": f"{APP_NAME} settings",
        "PayloadEnabled": True,
        **nest(dict(policy)),
    }
    profile: dict[str, Any] = {
        "PayloadType": "Configuration",
        "PayloadIdentifier": identifier,
        "PayloadUUID": _uuid(identifier),
        "PayloadVersion": 1,
        "PayloadDisplayName": f"{APP_NAME} policy",
        "PayloadDescription": description or (
            f"Settings locked by your organization for {APP_NAME} {__version__} and later. "
            "Users see them as 'Managed by your organization'."),
        "PayloadScope": "System",
        "PayloadRemovalDisallowed": False,
        "PayloadContent": [payload],
    }
    if organization:
        profile["PayloadOrganization"] = organization
    return plistlib.dumps(profile, fmt=plistlib.FMT_XML, sort_keys=True)


def check_mobileconfig(data: bytes) -> list[str]:
    """Problems of a profile by Apple's payload rules and our schema; empty when it is good."""
    try:
        profile = plistlib.loads(data)
    except Exception as exc:  # plistlib raises several kinds for malformed input
        return [_("not a property list: {problem}").format(problem=exc)]
    if not isinstance(profile, dict):
        return [_("the top level is not a dictionary")]
    problems = _payload_problems(profile, _("profile"))
    if profile.get("PayloadType") != "Configuration":
        problems.append(_("profile: {key} must be {value}").format(key="PayloadType", value="'Configuration'"))
    if profile.get("PayloadScope", "System") not in ("System", "User"):
        problems.append(_("profile: {key} must be {value} or {other}").format(key="PayloadScope", value="'System'",
                                                                              other="'User'"))
    content = profile.get("PayloadContent")
    if not isinstance(content, list) or not content:
        return [*problems, _("profile: {key} must be a non-empty array of payloads").format(key="PayloadContent")]
    seen_uuids = {profile.get("PayloadUUID")}
    seen_ids = {profile.get("PayloadIdentifier")}
    for i, payload in enumerate(content):
        where = _("payload {n}").format(n=i + 1)
        if not isinstance(payload, dict):
            problems.append(_("{where}: not a dictionary").format(where=where))
            continue
        problems += _payload_problems(payload, where)
        if payload.get("PayloadUUID") in seen_uuids:
            problems.append(_("{where}: {key} repeats another payload's").format(where=where, key="PayloadUUID"))
        if payload.get("PayloadIdentifier") in seen_ids:
            problems.append(_("{where}: {key} repeats another payload's").format(where=where, key="PayloadIdentifier"))
        seen_uuids.add(payload.get("PayloadUUID"))
        seen_ids.add(payload.get("PayloadIdentifier"))
        if payload.get("PayloadType") == BUNDLE_ID:
            try:
                validate_document(settings_of(payload), layer=MANAGED)
            except ConfigError as exc:
                problems.append(_("{where}: {problem}").format(where=where, problem=exc))
    return problems


def _payload_problems(d: dict[str, Any], where: str) -> list[str]:
    problems = []
    for key, kind in REQUIRED_KEYS.items():
        value = d.get(key)
        if not isinstance(value, kind) or isinstance(value, bool) or value == "":
            problems.append(_("{where}: {key} is missing or not a {kind}").format(where=where, key=key, kind=kind.__name__))
    if d.get("PayloadVersion") not in (None, 1) and isinstance(d.get("PayloadVersion"), int):
        problems.append(_("{where}: {key} must be {value}").format(where=where, key="PayloadVersion", value=1))
    try:
        uuid.UUID(str(d.get("PayloadUUID", "")))
    except ValueError:
        problems.append(_("{where}: {key} is not a UUID").format(where=where, key="PayloadUUID"))
    ident = d.get("PayloadIdentifier")
    if isinstance(ident, str) and (" " in ident or "." not in ident):
        problems.append(_("{where}: {key} should be reverse-DNS (like {example})").format(
            where=where, key="PayloadIdentifier", example="com.example.policy"))
    return problems


def settings_of(payload: Mapping[str, Any]) -> dict[str, Any]:
    """A payload (or an installed managed-preferences file) without Apple's bookkeeping keys."""
    return {k: v for k, v in payload.items() if not k.startswith("Payload")}
