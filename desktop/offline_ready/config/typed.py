"""Typed access to the settings, generated from the one schema (Electrum's ``ConfigVar`` is the model).

Code reads ``config.probes.timeout`` (a float) or ``config.services`` (a list), never
``config.get("probes.timeout", 2.0)``: the default lives only in the schema, the type comes from the
setting's kind, and a misspelt name raises :class:`UnknownSettingError` at its first use instead of
silently returning a default. On the class, the same names give the :class:`ConfigVar` itself
(``Config.backup_dns.allow_switch.key``), for the APIs that take a key.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .setting import Setting

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class UnknownSettingError(AttributeError, KeyError):
    """Code asked for a setting the schema does not declare: a programming error, raised at once."""

    def __init__(self, name: str, known: Iterable[str]):
        import difflib  # only for the error message

        close = difflib.get_close_matches(name, list(known), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        super().__init__(f"unknown setting {name!r}{hint}")

    def __str__(self) -> str:  # KeyError would print the message quoted
        return str(self.args[0])


class ConfigVar:
    """One declared setting as a read-only attribute: the value on an instance, itself on the class."""

    __slots__ = ("py_type", "setting")

    def __init__(self, setting: Setting):
        self.setting = setting
        self.py_type: type = setting.kind.py_type

    @property
    def key(self) -> str:
        return self.setting.key

    @property
    def default(self) -> Any:
        return self.setting.default

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = obj._values[self.setting.key]
        if not isinstance(value, self.py_type):  # the loader checked every layer; this is a broken caller
            raise TypeError(f"setting {self.setting.key!r} holds {type(value).__name__}, "
                            f"not {self.py_type.__name__}")
        return value

    def __set__(self, obj: Any, value: Any) -> None:
        raise AttributeError(f"setting {self.setting.key!r} is read-only here: change it with save_user_settings")

    def __repr__(self) -> str:
        return f"ConfigVar({self.setting.key!r}, {self.py_type.__name__})"


class _NamesMeta(type):
    """On a section's class (``Config.probes.timout``) a misspelt name is an unknown setting too."""

    def __getattr__(cls, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        raise UnknownSettingError(cls._prefix + name, [cls._prefix + n for n in cls._names])


class _Names(metaclass=_NamesMeta):
    """Base of the generated section views: unknown attributes are unknown settings."""

    __slots__ = ("_values",)
    _prefix = ""
    _names: tuple[str, ...] = ()

    def __init__(self, values: Mapping[str, Any]):
        self._values = values

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        raise UnknownSettingError(self._prefix + name, [self._prefix + n for n in self._names])

    def __repr__(self) -> str:
        return f"<settings {self._prefix.rstrip('.')}: " + ", ".join(
            f"{n}={getattr(self, n)!r}" for n in self._names) + ">"


class SectionVar:
    """A Config attribute holding one section's view: ``config.probes`` on an instance, its class on the class."""

    __slots__ = ("view",)

    def __init__(self, view: type[_Names]):
        self.view = view

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self.view
        return self.view(obj.values)


def section_views(settings: Iterable[Setting]) -> dict[str, Any]:
    """The class attributes that give a Config typed access: a view per section, a ConfigVar per top-level key."""
    by_section: dict[str, list[Setting]] = {}
    attrs: dict[str, Any] = {}
    for s in settings:
        if s.section:
            by_section.setdefault(s.section, []).append(s)
        else:
            attrs[s.key] = ConfigVar(s)
    for section, members in by_section.items():
        namespace: dict[str, Any] = {s.name: ConfigVar(s) for s in members}
        namespace.update(__slots__=(), _prefix=section + ".", _names=tuple(s.name for s in members),
                         __doc__=f"The [{section}] settings, typed from the schema.")
        view = _NamesMeta(f"{section.title().replace('_', '')}Settings", (_Names,), namespace)
        attrs[section] = SectionVar(view)
    return attrs
