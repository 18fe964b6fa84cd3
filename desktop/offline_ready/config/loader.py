"""Read, validate and layer the configuration files.

Precedence, lowest first: built-in defaults (``resources/config/defaults.toml``) <
admin-recommended policy < user file (or ``--config FILE``) < admin-managed policy. Each policy
layer is its folder's files, then (Windows) Group Policy's registry values (config/registry.py).
Every problem is a :class:`ConfigError` naming the file, line and key: callers turn
it into exit code 3, never a traceback.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from pathlib import Path

from ..atomic import atomic_write_bytes, atomic_write_text
from ..i18n import _, newer_store, os_error
from ..paths import AppPaths, app_paths, resources_dir
from ..storeversion import FORMAT_KEY, NewerStoreError, migrate_mapping, unchanged
from ..valueclass import Fresh, Record
from . import registry
from .schema import BY_KEY, SETTINGS, TOP_LEVEL_KEYS, flatten
from .typed import ConfigVar, UnknownSettingError, section_views

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

DEFAULT = "default"
RECOMMENDED = "recommended"
USER = "user"
MANAGED = "managed"
MAX_FILE_BYTES = 1 << 20
MAX_DEPTH = 16  # the schema needs 4 levels (section, key, list of profiles, their fields)
# The top-level ``format`` of a settings file: the layout it was written in (see storeversion).
# SETTINGS_MIGRATIONS[v] takes a document from v to v + 1 (renamed or moved settings go there).
SETTINGS_FORMAT = 1
SETTINGS_MIGRATIONS = {0: unchanged}  # 0.1.0 wrote no format; the layout is today's
LAST_GOOD = "config.last-good.toml"  # in the state folder: the user file as it was when it last loaded
# macOS installs a configuration profile's settings payload here (see config/profile.py).
MACOS_DOMAIN = "org.offlineready.OfflineReady"
MACOS_MANAGED_PREFERENCES = Path("/Library/Managed Preferences") / f"{MACOS_DOMAIN}.plist"


class ConfigError(Exception):
    """A configuration or policy file is unusable; the message says where and why."""

    def __init__(self, path: Path | str | None, problem: str, *, line: int | None = None, key: str | None = None):
        self.path = Path(path) if path else None
        self.problem = problem
        self.line = line
        self.key = key
        where = str(self.path) if self.path else _("configuration")
        if line:
            where = _("{file}, line {line}").format(file=where, line=line)
        super().__init__(f"{where}: {key + ': ' if key else ''}{problem}")


class Config(Record):
    """The effective settings, with the layer each value came from.

    Code reads them typed: ``config.probes.timeout``, ``config.services`` (see :mod:`.typed`; the
    attributes are generated from the schema below the class). Key strings are for code driven by
    the schema itself (the settings page, ``config show``); an unknown key raises at once.
    """

    values: dict[str, Any]
    sources: dict[str, str]
    locked: frozenset[str]
    user_file: Path
    paths: AppPaths
    explicit_file: bool = False  # True when --config replaced the user file
    files: list[tuple[str, Path]] = Fresh(list)  # (layer, path) actually read
    problems: list[str] = Fresh(list)  # files skipped in tolerant mode, and why
    user_file_broken: bool = False

    def reload(self) -> Config:
        return load_config(self.user_file if self.explicit_file else None, self.paths)

    @property
    def _values(self) -> dict[str, Any]:  # what the generated ConfigVars read
        return self.values

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        raise UnknownSettingError(name, [*BY_KEY, *(s.section for s in SETTINGS if s.section)])

    def __getitem__(self, key: str | ConfigVar) -> Any:
        return self.values[_known(key)]

    def source(self, key: str | ConfigVar) -> str:
        return self.sources[_known(key)]

    def is_locked(self, key: str | ConfigVar) -> bool:
        return _known(key) in self.locked

    def describe(self) -> list[dict[str, Any]]:
        """Rows for ``config show``: key, value, source, locked."""
        return [
            {"key": s.key, "value": self.values[s.key], "source": self.sources[s.key], "locked": s.key in self.locked}
            for s in SETTINGS
        ]


for _name, _attr in section_views(SETTINGS).items():
    if hasattr(Config, _name):  # pragma: no cover - a schema section named like a Config field
        raise RuntimeError(f"setting or section {_name!r} hides an attribute of Config")
    setattr(Config, _name, _attr)


def _known(key: str | ConfigVar) -> str:
    """The key of a declared setting; a key the schema does not declare is a programming error."""
    name = key.key if isinstance(key, ConfigVar) else key
    if name not in BY_KEY:
        raise UnknownSettingError(name, BY_KEY)
    return name


def defaults_file() -> Path:
    return resources_dir() / "config" / "defaults.toml"


def policy_files(paths: AppPaths, layer: str) -> list[Path]:
    folder = paths.policy_dir / layer
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.toml") if p.is_file())


def managed_files(paths: AppPaths) -> list[Path]:
    """The managed layer: TOML files of the policy folder, and on macOS the profile-installed preferences."""
    files = policy_files(paths, MANAGED)
    if sys.platform == "darwin" and MACOS_MANAGED_PREFERENCES.is_file():
        files.append(MACOS_MANAGED_PREFERENCES)
    return files


def load_config(config_file: Path | str | None = None, paths: AppPaths | None = None, *,
                tolerant: bool = False, policy_only: bool = False) -> Config:
    """Build the effective configuration. ``config_file`` replaces the user file (and must exist).

    Strict by default (the CLI exits 3 on any broken file). ``tolerant`` is for the tray app, which
    must keep watching: a broken file is skipped and reported in ``Config.problems``, and a broken
    user file is replaced by its last good copy — the file itself is never touched.
    ``policy_only`` reads defaults and admin policy but no user file: what the privileged helper
    enforces, whoever calls it.
    """
    paths = paths or app_paths()
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    files: list[tuple[str, Path]] = []
    problems: list[str] = []
    user_broken = False

    def read(path: Path | str, layer: str, reader: Any = _read_layer) -> dict[str, Any] | None:
        try:
            return reader(path, layer)
        except ConfigError as exc:
            if not tolerant:
                raise
            problems.append(str(exc))
            return None

    # the built-in layer straight from the schema: the shipped defaults file is rendered from it (and
    # tested to match), so parsing that file again on every start would only cost a command's time
    dfile = defaults_file()
    _apply(values, sources, builtin_defaults(), DEFAULT)
    files.append((DEFAULT, dfile))

    for pfile in policy_files(paths, RECOMMENDED):
        layer = read(pfile, RECOMMENDED)
        if layer is not None:
            _apply(values, sources, layer, RECOMMENDED)
            files.append((RECOMMENDED, pfile))
    layer = read(registry.RECOMMENDED_KEY, RECOMMENDED, _read_registry_layer)
    if layer is not None:
        _apply(values, sources, layer, RECOMMENDED)
        files.append((RECOMMENDED, Path(registry.where(registry.RECOMMENDED_KEY))))

    if config_file is not None:
        user_file = Path(config_file).expanduser()
        if not user_file.is_file():
            raise ConfigError(user_file, _("file not found"))
    else:
        user_file = paths.user_config_file
    if user_file.is_file() and not policy_only:
        layer = read(user_file, USER)
        if layer is not None:
            if config_file is None:
                _remember_good(paths, user_file)
        else:
            user_broken = True
            error_at = len(problems) - 1
            last = paths.state_dir / LAST_GOOD
            layer = read(last, USER) if (config_file is None and last.is_file()) else None
            problems[error_at] = (_("{problem} — using your last good settings until it is fixed") if layer is not None
                                  else _("{problem} — using the default settings until it is fixed")).format(
                problem=problems[error_at])
        if layer is not None:
            _apply(values, sources, layer, USER)
            files.append((USER, user_file))

    locked: set[str] = set()
    for pfile in managed_files(paths):
        layer = read(pfile, MANAGED)
        if layer is not None:
            _apply(values, sources, layer, MANAGED)
            locked.update(layer)
            files.append((MANAGED, pfile))
    layer = read(registry.POLICY_KEY, MANAGED, _read_registry_layer)
    if layer is not None:
        _apply(values, sources, layer, MANAGED)
        locked.update(layer)
        files.append((MANAGED, Path(registry.where(registry.POLICY_KEY))))

    config = Config(values=values, sources=sources, locked=frozenset(locked), user_file=user_file, paths=paths,
                    explicit_file=config_file is not None, files=files, problems=problems,
                    user_file_broken=user_broken)
    if not policy_only:
        global _last_loaded
        _last_loaded = config
    return config


_last_loaded: Config | None = None


def last_loaded() -> Config | None:
    """The settings loaded most recently: what process-wide parts (the proxy) follow."""
    return _last_loaded


def _remember_good(paths: AppPaths, user_file: Path) -> None:
    """Keep a copy of a user file that loaded fine, for the day a hand edit breaks it."""
    try:
        data = user_file.read_bytes()
        last = paths.state_dir / LAST_GOOD
        if not last.is_file() or last.read_bytes() != data:
            atomic_write_bytes(last, data, 0o600)
    except OSError:
        pass  # a read-only profile: nothing to remember, nothing lost


def _apply(values: dict[str, Any], sources: dict[str, str], layer: Mapping[str, Any], name: str) -> None:
    for key, value in layer.items():
        values[key] = value
        sources[key] = name


def builtin_defaults() -> dict[str, Any]:
    """Every setting's default, as a fresh copy (a caller may change a list it was given)."""
    import copy

    return {s.key: copy.deepcopy(s.default) for s in SETTINGS}


def _read_layer(path: Path, layer: str) -> dict[str, Any]:
    """Parse and validate one file; returns ``{key: normalised value}``."""
    import tomllib  # only when a file is read: the built-in defaults need no parser
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ConfigError(path, _("file is larger than {size} KiB").format(size=MAX_FILE_BYTES // 1024))
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(path, _("cannot be read ({reason})").format(reason=os_error(exc))) from None
    if path.suffix == ".plist":
        return _read_plist_layer(path, raw, layer)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(path, _("is not UTF-8 text (bad byte at offset {offset})").format(offset=exc.start)) from None
    text = text.removeprefix("\ufeff")  # a byte order mark, as Windows editors write it
    try:
        doc = tomllib.loads(text)
    except RecursionError:
        raise ConfigError(path, _too_deep_words()) from None
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        m = re.search(r"\(at line (\d+), column (\d+)\)", msg)
        line = int(m.group(1)) if m else None
        problem = re.sub(r"\s*\(at line \d+, column \d+\)", "", msg)  # the parser's own words, quoted
        raise ConfigError(path, (_("is not valid TOML: \"{problem}\" (column {column})") if m else
                                 _("is not valid TOML: \"{problem}\"")).format(
            problem=problem, column=m.group(2) if m else ""), line=line) from None
    return validate_document(_current_format(doc, path), path=path, text=text, layer=layer)


def _read_registry_layer(key_path: str, layer: str) -> dict[str, Any] | None:
    """Group Policy's values for ``layer`` (Windows registry), checked exactly like a policy file's;
    None when the key does not exist (no policy pushed, or not Windows)."""
    key = registry.read_policy_key(key_path)
    if key is None:
        return None
    label = Path(registry.where(key_path))
    try:
        doc = registry.decode_key(key)
    except registry.RegistryPolicyError as exc:
        raise ConfigError(label, str(exc), key=exc.name) from None
    return validate_document(doc, path=label, layer=layer)


def _current_format(doc: dict[str, Any], path: Path) -> dict[str, Any]:
    """The settings of ``doc`` in today's layout (its top-level ``format`` says which it was written in)."""
    try:
        doc = migrate_mapping(doc, path, SETTINGS_FORMAT, SETTINGS_MIGRATIONS)
    except NewerStoreError as exc:
        raise ConfigError(path, newer_store(exc.found, exc.known)) from None
    except ValueError as exc:
        raise ConfigError(path, str(exc).removeprefix(f"{path}: ")) from None
    doc.pop(FORMAT_KEY)
    return doc


def _read_plist_layer(path: Path, raw: bytes, layer: str) -> dict[str, Any]:
    """Managed preferences that macOS wrote from a configuration profile (Apple's keys dropped)."""
    try:
        import plistlib  # macOS configuration profiles only

        doc = plistlib.loads(raw)
    except Exception as exc:  # plistlib raises several kinds for malformed input
        raise ConfigError(path, _("is not a valid property list ({reason})").format(reason=exc)) from None
    if not isinstance(doc, dict):
        raise ConfigError(path, _("is not a dictionary of settings"))
    return validate_document({k: v for k, v in doc.items() if not k.startswith("Payload")}, path=path, layer=layer)


def _too_deep(doc: Any, limit: int = MAX_DEPTH) -> bool:
    """Whether tables/arrays nest deeper than ``limit`` (iterative: a hostile file cannot exhaust the stack)."""
    stack = [(doc, 0)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict | list):
            if depth >= limit:
                return True
            stack.extend((v, depth + 1) for v in (value.values() if isinstance(value, dict) else value))
    return False


def validate_document(doc: Mapping[str, Any], *, path: Path | None = None, text: str = "",
                      layer: str = USER) -> dict[str, Any]:
    """Check every key of a parsed document against the schema."""
    if _too_deep(dict(doc)):
        raise ConfigError(path, _too_deep_words())
    out: dict[str, Any] = {}
    for key, value in flatten(dict(doc)).items():
        setting = BY_KEY.get(key)
        # the line is looked up only for an error: scanning the text for every key of every file read
        # was a good part of a command's start-up
        if setting is None:
            raise ConfigError(path, _suggest(key), line=_line(text, key), key=key)
        if layer == MANAGED and not setting.lockable:
            raise ConfigError(path, _("this setting cannot be locked by policy"), line=_line(text, key), key=key)
        try:
            out[key] = setting.kind.check(value)
        except ValueError as exc:
            raise ConfigError(path, str(exc), line=_line(text, key), key=key) from None
    return out


def _line(text: str, key: str) -> int | None:
    return locate_key(text, key) if text else None


def locate_key(text: str, dotted: str) -> int | None:
    """Best-effort line number of ``dotted`` in a TOML text (for error messages)."""
    section, _dot, name = dotted.rpartition(".")
    current = ""
    header = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\-\"]+)\s*\]\]?")
    assign = re.compile(r"^\s*([A-Za-z0-9_\-\"]+)\s*=")
    for no, line in enumerate(text.splitlines(), 1):
        h = header.match(line)
        if h:
            current = h.group(1).strip('"')
            if not section and current == name:
                return no
            continue
        a = assign.match(line)
        if a and a.group(1).strip('"') == name and current == section:
            return no
        if a and not section and current == "" and a.group(1) == name:
            return no
    return None


def _suggest(key: str) -> str:
    """"unknown setting", with the nearest known key when one is close."""
    import difflib

    close = difflib.get_close_matches(key, list(BY_KEY), n=1)
    return _("unknown setting (did you mean {key!r}?)").format(key=close[0]) if close else _("unknown setting")


def _too_deep_words() -> str:
    return _("is nested too deeply (more than {n} levels of tables or arrays)").format(n=MAX_DEPTH)


def save_user_settings(config: Config, updates: Mapping[str, Any]) -> Config:
    """Validate ``updates`` and write them into the user file atomically, keeping its comments.

    Locked keys are refused: admin policy wins and the UI shows them read-only. A user file with
    an error is not rewritten: saving would replace the user's own settings with ours.
    """
    if config.user_file_broken:
        raise ConfigError(config.user_file, _("has an error, so it is not changed here: fix or remove it first"))
    for key, value in updates.items():
        setting = BY_KEY.get(key)
        if setting is None:
            raise ConfigError(config.user_file, _("unknown setting"), key=key)
        if key in config.locked:
            raise ConfigError(config.user_file, _("managed by your organization; it cannot be changed"), key=key)
        try:
            setting.kind.check(value)
        except ValueError as exc:
            raise ConfigError(config.user_file, str(exc), key=key) from None
    path = config.user_file
    import tomlkit  # only for writing (it keeps comments and layout); reading uses tomllib

    doc = tomlkit.parse(path.read_text("utf-8")) if path.is_file() else tomlkit.document()
    for key, value in updates.items():
        if key in TOP_LEVEL_KEYS:
            aot = tomlkit.aot()
            for item in value:
                t = tomlkit.table()
                t.update(item)
                aot.append(t)
            doc[key] = aot
        else:
            section, name = key.split(".", 1)
            if section not in doc:
                doc[section] = tomlkit.table()
            doc[section][name] = value  # type: ignore[index]
    doc[FORMAT_KEY] = SETTINGS_FORMAT
    atomic_write_text(path, tomlkit.dumps(doc))
    return config.reload()
