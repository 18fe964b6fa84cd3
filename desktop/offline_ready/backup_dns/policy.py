"""Managed policy as the privileged helper enforces it: the app's own checks can be bypassed by
anyone who runs the helper directly, so the helper reads the admin's policy itself (from the
fixed system folder, never a user file) and refuses what it forbids."""

from __future__ import annotations

from ..config import ConfigError
from ..config.loader import Config, load_config
from ..i18n import _
from ..resolver_profiles import profiles as prof
from ..resolver_profiles.validate import InvalidInput


class PolicyRefused(InvalidInput):
    """Managed policy forbids this switch; the message says which rule."""


def load_managed() -> Config:
    """Built-in defaults plus the admin's recommended and managed policy; no user settings."""
    return load_config(policy_only=True)


def check_switch(config: Config, profile_id: str, servers: list[str]) -> None:
    """Raise :class:`PolicyRefused` unless managed policy allows switching to these servers.

    ``allow_switch = false`` (managed) refuses every switch. When the admin manages the profile
    list (``profiles`` or ``builtin_profiles``), only those profiles with exactly their servers
    are allowed; otherwise any valid addresses are (the user confirmed as an administrator)."""
    if config.is_locked(Config.backup_dns.allow_switch) and not config.backup_dns.allow_switch:
        raise PolicyRefused(_("your organization's policy does not allow switching the system's DNS ({setting})").format(
            setting="backup_dns.allow_switch = false"))
    if not (config.is_locked(Config.backup_dns.profiles) or config.is_locked(Config.backup_dns.builtin_profiles)):
        return
    try:
        allowed = {p.id: p for p in prof.load_profiles(config)}
    except (prof.ProfileError, ConfigError) as exc:
        raise PolicyRefused(_("the managed backup DNS profiles cannot be read: {problem}").format(problem=exc)) from None
    profile = allowed.get(profile_id)
    if profile is None:
        raise PolicyRefused(_("profile {profile_id!r} is not one your organization allows ({allowed})").format(
            profile_id=profile_id, allowed=", ".join(sorted(allowed)) or _("none")))
    if set(servers) != set(profile.servers):
        raise PolicyRefused(_("the servers given are not those of the allowed profile {profile_id!r}").format(profile_id=profile_id))
