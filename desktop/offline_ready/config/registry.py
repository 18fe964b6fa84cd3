"""Windows Group Policy: the registry values the ADMX templates write, read back as a policy layer.

Managed policy lives under ``HKLM\\SOFTWARE\\Policies\\OfflineReady`` and recommended policy under its
``Recommended`` subkey, one value per setting named by its dotted key, the way Chrome and Edge lay
out theirs. :func:`encoding` is the one table both the ADMX generator (config/templates.py) and the
reader use, so the two cannot drift; :func:`decode_key` is pure (table-tested on values as regedit,
``reg add`` and Group Policy write them) and :func:`read_policy_key` is the only code that touches
``winreg``.
"""

from __future__ import annotations

import json
import sys

from ..i18n import _
from ..valueclass import Fresh, FrozenRecord, Record
from .kinds import Bool, Float, Int, ListOf, Str, Table
from .schema import BY_KEY
from .setting import Setting

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

POLICY_KEY = "Software\\Policies\\OfflineReady"
RECOMMENDED_KEY = POLICY_KEY + "\\Recommended"
HIVE = "HKLM"

# Registry value types (the numbers are Windows' own; winreg exports the same constants).
REG_SZ = 1
REG_EXPAND_SZ = 2
REG_BINARY = 3
REG_DWORD = 4
REG_MULTI_SZ = 7
REG_QWORD = 11
TYPE_NAMES = {REG_SZ: "REG_SZ", REG_EXPAND_SZ: "REG_EXPAND_SZ", REG_BINARY: "REG_BINARY", REG_DWORD: "REG_DWORD",
              REG_MULTI_SZ: "REG_MULTI_SZ", REG_QWORD: "REG_QWORD"}
TEXT_TYPES = (REG_SZ, REG_EXPAND_SZ)

# Bounds on what is read: a policy key holds one value per setting; anything far beyond is not ours.
MAX_VALUES = 1000
MAX_SUBKEYS = 200
MAX_TEXT_CHARS = 1 << 20  # all text of one key together, as for a policy file


class Encoding(FrozenRecord):
    """How one setting is stored: the ADMX element that writes it and the registry types read back.

    ``element`` is the ADMX element: ``boolean`` (the policy's own enabled/disabled value, REG_DWORD
    1/0), ``decimal`` (REG_DWORD), ``text`` (REG_SZ), ``enum`` (REG_SZ, one of the choices), ``list``
    (a subkey named like the setting holding REG_SZ values "1", "2", …) or ``multiText`` (REG_MULTI_SZ
    lines holding a JSON array, for lists of tables). ``types`` are the value types accepted beside
    the one Group Policy writes, as an admin may write them with ``reg add``.
    """

    element: str
    types: tuple[int, ...]


def encoding(setting: Setting) -> Encoding:
    kind = setting.kind
    if isinstance(kind, Bool):
        return Encoding("boolean", (REG_DWORD, REG_QWORD, *TEXT_TYPES))
    if isinstance(kind, Int):
        return Encoding("decimal", (REG_DWORD, REG_QWORD, *TEXT_TYPES))
    if isinstance(kind, Float):  # the ADMX decimal element takes whole numbers only
        return Encoding("text", (*TEXT_TYPES, REG_DWORD, REG_QWORD))
    if isinstance(kind, Str) and kind.choices:
        return Encoding("enum", TEXT_TYPES)
    if isinstance(kind, ListOf) and isinstance(kind.item, Table):
        return Encoding("multiText", (REG_MULTI_SZ, *TEXT_TYPES))
    if isinstance(kind, ListOf):
        return Encoding("list", (REG_MULTI_SZ,))  # the subkey is the ADMX way; a REG_MULTI_SZ value the manual one
    return Encoding("text", TEXT_TYPES)


class RegKey(Record):
    """A registry key as read: ``values`` maps a value name to (type, data); ``subkeys`` by name."""

    values: dict[str, tuple[int, Any]] = Fresh(dict)
    subkeys: dict[str, RegKey] = Fresh(dict)


class RegistryPolicyError(ValueError):
    """One value cannot be used; ``name`` is the value (the setting's key), the message says why."""

    def __init__(self, name: str, problem: str) -> None:
        self.name = name
        super().__init__(problem)


def decode_key(key: RegKey) -> dict[str, Any]:
    """``{setting key: value}`` from a policy key, ready for the schema's own checks.

    Registry types become the values a TOML policy file would hold; what the schema then rejects is
    reported by the loader exactly as for a file. A list subkey without values is "not configured":
    that is what Group Policy leaves behind when a list policy is switched off.
    """
    out: dict[str, Any] = {}
    total = 0
    for name, (reg_type, data) in key.values.items():
        if name.startswith("**") or name == "":
            continue  # Group Policy's own markers (**del., **delvals.) and the key's default value
        total += _size(data)
        if total > MAX_TEXT_CHARS:
            raise RegistryPolicyError(name, _("the policy key holds more than {size} KiB of text").format(
                size=MAX_TEXT_CHARS // 1024))
        setting = BY_KEY.get(name)
        if setting is None:
            out[name] = data  # reported as an unknown setting, with a suggestion, by the schema check
            continue
        out[name] = decode_value(setting, reg_type, data)
    for name, sub in key.subkeys.items():
        setting = BY_KEY.get(name)
        if setting is None:
            continue  # e.g. the Recommended subkey below the managed key
        if encoding(setting).element != "list":
            raise RegistryPolicyError(name, _("is a registry key; this setting is a single value, not a list"))
        if name in out:
            raise RegistryPolicyError(name, _("is set twice: as a list key and as a REG_MULTI_SZ value"))
        items = _numbered(name, sub)
        total += sum(len(v) for v in items)
        if total > MAX_TEXT_CHARS:
            raise RegistryPolicyError(name, _("the policy key holds more than {size} KiB of text").format(
                size=MAX_TEXT_CHARS // 1024))
        if items:
            out[name] = items
    return out


def decode_value(setting: Setting, reg_type: int, data: Any) -> Any:
    """One registry value as the schema's kind expects it; raises :class:`RegistryPolicyError`."""
    enc = encoding(setting)
    if reg_type not in enc.types:
        raise RegistryPolicyError(setting.key, _("is a {type} value; expected {expected}").format(
            type=_type_name(reg_type), expected=_(" or ").join(TYPE_NAMES[t] for t in enc.types)))
    kind = setting.kind
    try:
        if isinstance(kind, Bool):
            return _bool(reg_type, data)
        if isinstance(kind, Int):
            return data if reg_type in (REG_DWORD, REG_QWORD) else _int(data)
        if isinstance(kind, Float):
            return float(data) if reg_type in (REG_DWORD, REG_QWORD) else _float(data)
        if isinstance(kind, ListOf) and isinstance(kind.item, Table):
            return _json_list("\n".join(data) if reg_type == REG_MULTI_SZ else data)
        if isinstance(kind, ListOf):
            return [line for line in data if line.strip()]  # regedit keeps a trailing empty line
        return data
    except ValueError as exc:
        raise RegistryPolicyError(setting.key, str(exc)) from None


def _bool(reg_type: int, data: Any) -> Any:
    if reg_type in TEXT_TYPES:
        word = data.strip().lower()
        if word in ("1", "true"):
            return True
        if word in ("0", "false"):
            return False
        raise ValueError(_("expected 1 (on) or 0 (off), got {value}").format(value=repr(data)))
    if data in (0, 1):
        return bool(data)
    raise ValueError(_("expected 1 (on) or 0 (off), got {value}").format(value=data))


def _int(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise ValueError(_("expected a whole number, got {value}").format(value=repr(text))) from None


def _float(text: str) -> float:
    t = text.strip()
    if "," in t and "." not in t:
        t = t.replace(",", ".")  # typed with a decimal comma in a German or French Group Policy editor
    try:
        return float(t)
    except ValueError:
        raise ValueError(_("expected a number such as 2.5, got {value}").format(value=repr(text))) from None


def _json_list(text: str) -> Any:
    try:
        value = json.loads(text)
    except RecursionError:
        raise ValueError(_("is nested too deeply")) from None
    except json.JSONDecodeError as exc:
        raise ValueError(_("is not a valid JSON list of tables: {problem} (line {line}, column {column})").format(
            problem=exc.msg, line=exc.lineno, column=exc.colno)) from None
    return value


def _numbered(name: str, sub: RegKey) -> list[str]:
    """The values "1", "2", … of a list subkey, in their numeric order (what the ADMX list writes)."""
    items: list[tuple[int, str]] = []
    for vname, (reg_type, data) in sub.values.items():
        if vname.startswith("**") or vname == "":
            continue
        if not vname.isdigit():
            raise RegistryPolicyError(name, _("the list key holds a value named {value}; entries are named 1, 2, 3 …")
                                      .format(value=repr(vname)))
        if reg_type not in TEXT_TYPES:
            raise RegistryPolicyError(name, _("entry {entry} is a {type} value; expected REG_SZ").format(
                entry=vname, type=_type_name(reg_type)))
        items.append((int(vname), data))
    return [data for _, data in sorted(items)]


def _type_name(reg_type: int) -> str:
    return TYPE_NAMES.get(reg_type, _("type {number}").format(number=reg_type))


def _size(data: Any) -> int:
    if isinstance(data, str):
        return len(data)
    if isinstance(data, list):
        return sum(len(x) for x in data if isinstance(x, str))
    return 8


def read_policy_key(path: str) -> RegKey | None:
    """``HKLM\\<path>`` with its subkeys one level deep (64-bit view), or None when it does not exist.

    The only function that touches the registry; everything else works on its :class:`RegKey`."""
    if sys.platform != "win32":
        return None
    import winreg

    access = winreg.KEY_READ | winreg.KEY_WOW64_64KEY

    def values(handle: Any) -> dict[str, tuple[int, Any]]:
        out: dict[str, tuple[int, Any]] = {}
        count = min(winreg.QueryInfoKey(handle)[1], MAX_VALUES)
        for i in range(count):
            name, data, reg_type = winreg.EnumValue(handle, i)
            out[name] = (reg_type, data)
        return out

    try:
        root = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, path, 0, access)
    except FileNotFoundError:
        return None
    with root:
        key = RegKey(values=values(root))
        for i in range(min(winreg.QueryInfoKey(root)[0], MAX_SUBKEYS)):
            name = winreg.EnumKey(root, i)
            if name == "Recommended":
                continue
            with winreg.OpenKey(root, name, 0, access) as sub:
                key.subkeys[name] = RegKey(values=values(sub))
    return key


def where(path: str) -> str:
    """How a policy key is named in messages and ``config show``."""
    return f"{HIVE}\\{path}"
