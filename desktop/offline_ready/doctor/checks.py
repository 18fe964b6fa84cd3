"""The doctor's checks: each asks the real system one question and says, in plain words, what it
found and how to fix what is missing.

Statuses: ``ok``; ``missing`` (the app works, with less: no tray icon, no notifications, no
saved passwords, no DNS switching, no start at login); ``problem`` (the app cannot work here as
set up: no desktop session for the tray app, a data folder it cannot write, a policy file that
does not parse). The exit code is the worst status: 0, 1 or 2 (``EXIT_CODES``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..config import Config
from ..gui_session import MISSING_LIBRARY, NO_SESSION, choose_platform
from ..i18n import _, ngettext
from ..paths import AppPaths
from .desktop import NOTIFICATIONS, SECRETS, SNI_WATCHER, BusNames, xembed_tray_owner

OK, MISSING, PROBLEM = "ok", "missing", "problem"
EXIT_CODES = {OK: 0, MISSING: 1, PROBLEM: 2}
POLKIT_ACTIONS = Path("/usr/share/polkit-1/actions/org.offlineready.dns-helper.policy")


@dataclass
class Finding:
    id: str
    name: str
    status: str
    detail: str
    fix: str = ""
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class Report:
    findings: list[Finding]

    @property
    def exit_code(self) -> int:
        return max((EXIT_CODES[f.status] for f in self.findings), default=0)

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.exit_code == 0, "exit_code": self.exit_code, "checks": [asdict(f) for f in self.findings]}


def _is_linux_desktop(platform: str) -> bool:
    return platform.startswith("linux") or "bsd" in platform


def check_session(env: Mapping[str, str], platform: str) -> Finding:
    name = _("Desktop session")
    chosen, problem = choose_platform(env, platform)
    if problem is None:
        where = _("Qt's {chosen} display plugin").format(chosen=chosen) if chosen else _("this system's desktop")
        return Finding("session", name, OK, _("the tray app can start here ({where})").format(where=where), data={"platform": chosen or ""})
    if problem.kind == NO_SESSION:
        return Finding("session", name, PROBLEM, _("no graphical desktop session (DISPLAY and WAYLAND_DISPLAY are unset)"),
                       _("start the tray app from your desktop session; for a headless watch use `offline-ready monitor`"),
                       problem.to_dict())
    if problem.kind == MISSING_LIBRARY:
        return Finding("session", name, PROBLEM,
                       _("Qt's {platform} display plugin cannot load: {library} is missing or broken").format(platform=problem.platform, library=problem.library),
                       _("on Debian or Ubuntu: {command}").format(command=f"sudo apt install {problem.package or problem.library}"), problem.to_dict())
    return Finding("session", name, PROBLEM,
                   _("the display {display} does not answer ({detail})").format(
                       display=problem.display or problem.platform, detail=problem.detail or problem.kind),
                   _("log in to the desktop again; for a headless watch use `offline-ready monitor`"), problem.to_dict())


def check_tray(env: Mapping[str, str], bus: BusNames, platform: str) -> Finding:
    name = _("Tray icon")
    if not _is_linux_desktop(platform):
        return Finding("tray", name, OK, _("the system tray / menu bar is part of this desktop"))
    sni = bus.has(SNI_WATCHER)
    owner = xembed_tray_owner(env["DISPLAY"]) if env.get("DISPLAY") else "no X display"
    xembed = isinstance(owner, int) and owner != 0
    data = {"status_notifier_watcher": sni, "xembed_tray": xembed}
    if sni or xembed:
        how = " and ".join(w for w, on in (("StatusNotifier (D-Bus)", sni), ("XEmbed system tray", xembed)) if on)
        return Finding("tray", name, OK, _("a tray host is running: {how}").format(how=how), data=data)
    desktop = env.get("XDG_CURRENT_DESKTOP", "")
    if "GNOME" in desktop.upper().split(":") or "UBUNTU" in desktop.upper().split(":"):
        fix = (_("GNOME shows tray icons only with the AppIndicator extension: sudo apt install "
               "gnome-shell-extension-appindicator, then turn it on in the Extensions app and log in again"))
    else:
        fix = _("add a system tray (notification area or status tray) to your panel")
    return Finding("tray", name, MISSING,
                   _("no tray host: nothing answers as StatusNotifierWatcher on the session bus and no program holds "
                   "the XEmbed system tray; the app opens its window instead of an icon"),
                   fix, data)


def check_notifications(bus: BusNames) -> Finding:
    name = _("Notifications")
    if not bus.available:
        return Finding("notifications", name, MISSING, _("cannot ask for a notification server: {error}").format(error=bus.error),
                       _("run the app inside your desktop session (it provides the session bus)"))
    if bus.can_start(NOTIFICATIONS):
        return Finding("notifications", name, OK, _("a notification server answers on the session bus"))
    return Finding("notifications", name, MISSING,
                   _("no notification server: outage warnings appear only in the app's own window"),
                   _("install or start your desktop's notification service (for example: sudo apt install "
                   "notification-daemon, or dunst on a minimal desktop)"))


def check_keyring(bus: BusNames, platform: str) -> Finding:
    name = _("Password storage")
    try:
        import keyring
        from keyring.backends import chainer, fail

        backend = keyring.get_keyring()
        usable = not isinstance(backend, fail.Keyring) and not (
            isinstance(backend, chainer.ChainerBackend) and not backend.backends)
        label = f"{type(backend).__module__}.{type(backend).__name__}"
    except Exception as exc:  # a broken keyring installation is what this check reports
        usable, label = False, _("keyring failed: {error}").format(error=exc)
    plain = label.startswith("keyrings.alt")  # file backends: the password sits on disk
    secret_service = bus.can_start(SECRETS) if bus.available else False
    data = {"backend": label, "secret_service": secret_service}
    if usable and not plain:
        return Finding("keyring", name, OK, _("passwords go to the system keyring ({label})").format(label=label), data=data)
    fix = (_("install and unlock a Secret Service keyring, e.g. sudo apt install gnome-keyring (GNOME, most "
           "desktops) or kwalletmanager (KDE), then log in again") if _is_linux_desktop(platform)
           else _("check that the system keychain / Credential Manager is available to your account"))
    why = (_("passwords would be stored unencrypted in a file") if usable else
           _("no system keyring answers: document passwords cannot be saved and an encrypted vault asks for a "
             "passphrase at each start"))
    return Finding("keyring", name, MISSING, why, fix, data)


def check_dns_helper(platform: str) -> Finding:
    name = _("Backup DNS switching")
    if not platform.startswith("linux"):
        return Finding("dns-helper", name, OK, _("switching uses this system's administrator prompt"))
    from ..backup_dns.switcher import HELPER_PATHS

    helper = next((p for p in HELPER_PATHS if os.access(p, os.X_OK)), None)
    policy = POLKIT_ACTIONS.is_file()
    data = {"helper": helper or "", "polkit_policy": str(POLKIT_ACTIONS) if policy else ""}
    if helper and policy:
        return Finding("dns-helper", name, OK, _("the privileged DNS helper ({helper}) and its polkit policy are installed").format(helper=helper),
                       data=data)
    what = (_("the privileged DNS helper and its polkit policy not installed") if not helper and not policy else
            _("the privileged DNS helper not installed") if not helper else _("its polkit policy not installed"))
    return Finding("dns-helper", name, MISSING,
                   _("{what}: backup DNS can be tested but not switched on").format(what=what),
                   _("install Offline Ready from its .deb package (it installs both); a pip install cannot"), data)


def check_legacy_switch(paths: AppPaths) -> Finding | None:
    """A backup-DNS switch that 0.1.0 recorded in the user's own folder, from before the journal
    moved to a folder only administrators can write. It is shown, never acted upon: the privileged
    helper trusts no file the user can write."""
    from ..backup_dns.journal import Journal, JournalError

    journal = Journal(paths.state_dir / "dns-journal")
    try:
        entry = journal.open_entry()
    except JournalError as exc:
        return Finding("dns-left-over", _("Earlier backup DNS switch"), PROBLEM, str(exc),
                       _("check your network connection's DNS settings, then remove that file"))
    if entry is None:
        return None
    servers = ", ".join(entry.snap.servers()) or _("automatic (from your router)")
    return Finding("dns-left-over", _("Earlier backup DNS switch"), PROBLEM,
                   _("an earlier version switched this computer to backup DNS ({profile}, {time}) and this version cannot "
                     "switch it back").format(profile=entry.profile_id, time=entry.applied_at or entry.created_at),
                   _("set your network connection's DNS back to {servers} in the network settings, then remove {file}").format(
                       servers=servers, file=journal.open_path),
                   {"journal": str(journal.open_path), "original_servers": entry.snap.servers()})


def check_autostart(config: Config, autostart_enabled: Callable[[], bool] | None) -> Finding:
    name = _("Start at login")
    wanted = config.ui.start_at_login
    if autostart_enabled is None:
        return Finding("autostart", name, OK, _("not checked (this installation has no desktop app)"))
    try:
        enabled = autostart_enabled()
    except OSError as exc:
        return Finding("autostart", name, MISSING, _("cannot read the start-at-login entry ({exc})").format(exc=exc),
                       _("check the permissions of your autostart folder"))
    data = {"setting": wanted, "entry": enabled}
    if enabled == wanted:
        return Finding("autostart", name, OK, _("the app starts at login") if wanted else _("off, as set"), data=data)
    if wanted:
        return Finding("autostart", name, MISSING, _("start at login is on in the settings, but no login entry exists"),
                       _("start the tray app once (it writes the entry), or turn the setting off"), data)
    return Finding("autostart", name, MISSING, _("a login entry starts the app though the setting is off"),
                   _("start the tray app once (it removes the entry), or turn the setting on"), data)


def check_folders(paths: AppPaths) -> Finding:
    name = _("Data folders")
    bad: dict[str, str] = {}
    for label, folder in (("settings", paths.config_dir), ("data", paths.data_dir), ("state", paths.state_dir),
                          ("cache", paths.cache_dir), ("logs", paths.log_dir)):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=folder, prefix=".doctor-"):
                pass
        except OSError as exc:
            bad[label] = f"{folder}: {exc.strerror or exc}"
    if not bad:
        return Finding("folders", name, OK, _("the app can write its folders ({data_dir} and the others)").format(data_dir=paths.data_dir))
    return Finding("folders", name, PROBLEM, _("cannot write {folders}").format(folders="; ".join(bad.values())),
                   _("make these folders yours and writable (e.g. sudo chown -R \"$USER\" FOLDER) or free disk space"),
                   {"unwritable": bad})


def check_policies(paths: AppPaths) -> Finding:
    name = _("Policy files")
    from ..config import ConfigError, registry
    from ..config.loader import MANAGED, RECOMMENDED, _read_layer, _read_registry_layer, managed_files, policy_files

    files = [(RECOMMENDED, p) for p in policy_files(paths, RECOMMENDED)] + [(MANAGED, p) for p in managed_files(paths)]
    broken = {}
    for layer, path in files:
        try:
            _read_layer(path, layer)
        except ConfigError as exc:
            broken[str(path)] = str(exc)
    for layer, key in ((RECOMMENDED, registry.RECOMMENDED_KEY), (MANAGED, registry.POLICY_KEY)):
        label = Path(registry.where(key))  # Group Policy's registry values (Windows)
        try:
            if _read_registry_layer(key, layer) is None:
                continue
        except ConfigError as exc:
            broken[str(label)] = str(exc)
        files.append((layer, label))
    data = {"folder": str(paths.policy_dir), "files": [{"layer": layer, "path": str(p), "ok": str(p) not in broken}
                                                      for layer, p in files]}
    if broken:
        return Finding("policies", name, PROBLEM, "; ".join(broken.values()),
                       _("ask your IT department to fix the file (`offline-ready config validate` shows the line); "
                       "until then the app ignores it"), data)
    if not files:
        return Finding("policies", name, OK, _("no policy files in {policy_dir}").format(policy_dir=paths.policy_dir), data=data)
    return Finding("policies", name, OK, ngettext("{n} policy file in force, all valid", "{n} policy files in force, all valid",
                                                      len(files)).format(n=len(files)), data=data)


def run_doctor(config: Config, paths: AppPaths, *, env: Mapping[str, str] | None = None, platform: str = sys.platform,
               autostart_enabled: Callable[[], bool] | None = None) -> Report:
    """Every check, in the order a user would fix them."""
    env = os.environ if env is None else env
    bus = BusNames(env) if _is_linux_desktop(platform) else BusNames({})
    findings = [check_session(env, platform), check_tray(env, bus, platform), check_notifications(bus)
                if _is_linux_desktop(platform) else Finding("notifications", _("Notifications"), OK, _("system notifications")),
                check_keyring(bus, platform), check_dns_helper(platform), check_autostart(config, autostart_enabled),
                check_folders(paths), check_policies(paths)]
    left_over = check_legacy_switch(paths)
    if left_over is not None:
        findings.insert(findings.index(next(f for f in findings if f.id == "dns-helper")) + 1, left_over)
    return Report(findings)
