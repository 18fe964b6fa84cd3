"""Small record classes without the start-up cost of dataclasses.

``@dataclass`` writes and compiles ``__init__``, ``__eq__`` and ``__repr__`` for each class when its module
is imported, and ``dataclasses`` itself brings ``inspect`` with ``ast``, ``dis`` and ``tokenize``: together
about a fifth of a command-line search's start-up (the settings, the vault's records and the paths are
loaded by every command). :class:`Record` and :class:`FrozenRecord` give what the app used of a dataclass
— fields from the annotations (base classes first), given by position or keyword, defaults, fresh
defaults (:class:`Fresh`), ``__post_init__``, equality and ``repr`` by field values, a frozen variant
that is hashable — with methods written once; :func:`as_dict` is ``dataclasses.asdict`` for them.
Annotations marked ``ClassVar`` are class constants, not fields.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, ClassVar, Self

_MISSING = object()


class Fresh:
    """A field default made anew for each record (``Fresh(list)``), as ``field(default_factory=list)``."""

    __slots__ = ("factory",)

    def __init__(self, factory: Any) -> None:
        self.factory = factory


class Record:
    """A mutable record; unhashable, like a dataclass that compares by value."""

    _fields: ClassVar[tuple[str, ...]] = ()
    _field_set: ClassVar[frozenset[str]] = frozenset()
    _compared: ClassVar[tuple[str, ...]] = ()  # the fields equality looks at (all but ``_not_compared``)
    _not_compared: ClassVar[frozenset[str]] = frozenset()
    _defaults: ClassVar[dict[str, Any]] = {}
    __hash__ = None  # type: ignore[assignment]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # the class's own annotations (inspect.get_annotations would import inspect, which is the cost avoided)
        own = [n for n, a in cls.__dict__.get("__annotations__", {}).items()  # noqa: RUF063
               if not str(a).startswith("ClassVar")]
        cls._fields = tuple(dict.fromkeys((*cls._fields, *own)))
        cls._field_set = frozenset(cls._fields)
        cls._compared = tuple(f for f in cls._fields if f not in cls._not_compared)
        cls._defaults = {f: getattr(cls, f) for f in cls._fields if hasattr(cls, f)}
        cls.__match_args__ = cls._fields

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        fields = self._fields
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__}() takes at most {len(fields)} positional arguments")
        values = dict(zip(fields, args, strict=False))
        for key, value in kwargs.items():
            if key in values or key not in fields:
                problem = "multiple values for argument" if key in values else "an unexpected keyword argument"
                raise TypeError(f"{type(self).__name__}() got {problem} {key!r}")
            values[key] = value
        if len(values) < len(fields):
            for key in fields:
                if key not in values:
                    default = self._defaults.get(key, _MISSING)
                    if default is _MISSING:
                        raise TypeError(f"{type(self).__name__}() missing required argument {key!r}")
                    values[key] = default.factory() if isinstance(default, Fresh) else default
        self.__dict__.update((key, values[key]) for key in fields)
        post_init = getattr(self, "__post_init__", None)
        if post_init is not None:
            post_init()

    @classmethod
    def from_fields(cls, values: dict[str, Any]) -> Self:
        """A record from field values by name, as stored: the same checks as the constructor, without its
        per-argument work (a contact search decodes hundreds of contacts)."""
        if not cls._field_set.issuperset(values):
            unknown = sorted(values.keys() - cls._field_set)[0]
            raise TypeError(f"{cls.__name__}() got an unexpected keyword argument {unknown!r}")
        self = cls.__new__(cls)
        fields = self.__dict__
        if len(values) < len(cls._fields):  # all given (as a stored record usually is): no default to fill in
            for key, default in cls._defaults.items():
                if key not in values:
                    fields[key] = default.factory() if isinstance(default, Fresh) else default
        fields.update(values)
        if len(fields) < len(cls._fields):
            missing = next(f for f in cls._fields if f not in fields)
            raise TypeError(f"{cls.__name__}() missing required argument {missing!r}")
        post_init = getattr(self, "__post_init__", None)
        if post_init is not None:
            post_init()
        return self

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, f) for f in self._compared)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}({', '.join(f'{f}={getattr(self, f)!r}' for f in self._fields)})"

    def replace(self, **changes: Any) -> Self:
        """A new record with ``changes`` (``dataclasses.replace``)."""
        return type(self)(**{**{f: getattr(self, f) for f in self._fields}, **changes})


class FrozenRecord(Record):
    """An immutable record, hashable by its values (a frozen dataclass)."""

    def __hash__(self) -> int:
        return hash(self._values())

    def __setattr__(self, name: str, value: Any) -> None:
        from dataclasses import FrozenInstanceError  # only when code tries to change one

        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot delete field {name!r}")


def as_dict(record: Record) -> dict[str, Any]:
    """Every field as plain data, records inside turned into dicts too (``dataclasses.asdict``)."""
    return {f: _plain(getattr(record, f)) for f in record._fields}


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float | bytes):
        return value
    if isinstance(value, Record):
        return as_dict(value)
    if isinstance(value, list | tuple):
        return type(value)(_plain(v) for v in value)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    import copy

    return copy.deepcopy(value)
