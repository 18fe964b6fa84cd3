"""Where the app keeps its files.

One override, ``OFFLINE_READY_HOME``, moves the user's own paths (config, data, cache,
logs, state) under a single folder: tests and portable installs use it so nothing touches
the real profile. The admin policy folder is a fixed system path that no variable moves:
a user who could move it could escape the policy.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from . import APP_ID
from .valueclass import FrozenRecord

HOME_ENV = "OFFLINE_READY_HOME"


class AppPaths(FrozenRecord):
    """The user's folders for this process, and the admin policy folder."""

    config_dir: Path
    data_dir: Path
    cache_dir: Path
    log_dir: Path
    state_dir: Path
    policy_dir: Path

    @property
    def user_config_file(self) -> Path:
        return self.config_dir / "config.toml"

    @property
    def history_db(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def vault_dir(self) -> Path:
        return self.data_dir / "vault"

    @property
    def dns_journal_dir(self) -> Path:
        return self.state_dir / "dns-journal"

    def ensure(self) -> AppPaths:
        """Create the user's folders, readable by the user alone (0700) whatever the umask."""
        for p in (self.config_dir, self.data_dir, self.cache_dir, self.log_dir, self.state_dir):
            private_dir(p)
        return self


def private_umask(paths: AppPaths | None = None) -> None:
    """Files and folders this process creates are the user's alone (0600/0700), whatever umask it
    was started with: history, vault, logs and caches hold what other local users must not read.
    With ``paths``, those of its folders that exist are set to 0700 as well (made by older versions)."""
    if os.name != "posix":
        return
    os.umask(0o077)
    for p in () if paths is None else (paths.config_dir, paths.data_dir, paths.cache_dir, paths.log_dir,
                                        paths.state_dir):
        if p.is_dir():
            private_dir(p)


def private_dir(path: Path) -> Path:
    """``path`` created if missing and set to 0700 (also when it existed with wider modes)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        try:
            if path.stat().st_mode & 0o077:
                os.chmod(path, 0o700)
        except OSError:
            pass
    return path


def program_data_dir() -> Path:
    """Windows' machine-wide data folder, asked of the shell (not read from a variable the user sets)."""
    try:
        import ctypes
        from ctypes import wintypes

        buf = ctypes.create_unicode_buffer(wintypes.MAX_PATH)
        if ctypes.windll.shell32.SHGetFolderPathW(None, 0x23, None, 0, buf) == 0:  # type: ignore[attr-defined]
            return Path(buf.value)  # 0x23 = CSIDL_COMMON_APPDATA
    except (AttributeError, OSError, ImportError):
        pass
    return Path(r"C:\ProgramData")


def system_policy_dir() -> Path:
    """The admin policy folder of this platform (holds ``recommended/`` and ``managed/``).

    Fixed: no environment variable moves it. Tests reach it through a private mount namespace."""
    if sys.platform == "win32":
        return program_data_dir() / "OfflineReady" / "policies"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/OfflineReady/policies")
    return Path("/etc") / APP_ID / "policies"


def app_paths() -> AppPaths:
    """Paths for this process, honouring ``OFFLINE_READY_HOME``."""
    home = os.environ.get(HOME_ENV)
    if home:
        root = Path(home).expanduser().resolve()
        return AppPaths(
            config_dir=root / "config",
            data_dir=root / "data",
            cache_dir=root / "cache",
            log_dir=root / "logs",
            state_dir=root / "state",
            policy_dir=system_policy_dir(),
        )
    import platformdirs  # not needed when OFFLINE_READY_HOME names the folders

    dirs = platformdirs.PlatformDirs(APP_ID, appauthor=False)
    return AppPaths(
        config_dir=Path(dirs.user_config_dir),
        data_dir=Path(dirs.user_data_dir),
        cache_dir=Path(dirs.user_cache_dir),
        log_dir=Path(dirs.user_log_dir),
        state_dir=Path(dirs.user_state_dir),
        policy_dir=system_policy_dir(),
    )


def resources_dir() -> Path:
    """The app's read-only resources (default settings, icons, translations, policy templates).

    Installed (wheel, sdist, bundle) they are the ``offline_ready.resources`` package data, found
    through ``importlib.resources``; in a source checkout they are the top-level ``resources/``
    folder, which the build maps into the package. Nothing else is searched, so an install
    that lacks them fails here, by name, instead of reading some other copy.
    """
    here = Path(__file__).parent
    if (here / "resources").is_dir():  # installed in a folder, as pip does: what importlib.resources finds there,
        return here / "resources"  # without loading it (with zipfile and friends) on every start
    import importlib.resources

    installed = Path(str(importlib.resources.files(__package__) / "resources"))
    if installed.is_dir():
        return installed
    here = here.resolve()
    checkout = here.parent.parent
    if here.parent.name == "desktop" and (checkout / "pyproject.toml").is_file() and (checkout / "resources").is_dir():
        return checkout / "resources"
    raise FileNotFoundError("Offline Ready's resources folder is missing from this installation")
