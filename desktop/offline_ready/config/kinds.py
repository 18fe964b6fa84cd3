"""Value kinds of the settings schema: each checks and normalises one TOML value.

A kind raises :class:`ValueError` with a plain sentence; the loader adds the file,
line and key. Kinds also describe themselves for the generated policy templates.
"""

from __future__ import annotations

import ipaddress
import math
import re
from urllib.parse import urlsplit, urlunsplit

from ..i18n import _, available_languages, ngettext, speaks
from ..valueclass import Fresh, FrozenRecord

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, ClassVar

_HOST_RE = re.compile(r"^(?=.{1,253}\.?$)(?!-)[A-Za-z0-9_-]{1,63}(?<!-)(\.(?!-)[A-Za-z0-9_-]{1,63}(?<!-))*\.?$")


class Kind(FrozenRecord):
    """Base class: ``check`` returns the normalised value or raises ValueError."""

    type_name = "value"
    py_type: ClassVar[type] = object  # what ``check`` returns: the type typed access promises (config/typed.py)

    def check(self, value: Any) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def json_schema(self) -> dict[str, Any]:
        return {}


class Bool(Kind):
    """A yes/no setting."""

    type_name = "boolean"
    py_type = bool

    def check(self, value: Any) -> bool:
        if not isinstance(value, bool):
            raise ValueError(_("expected true or false, got {value}").format(value=_show(value)))
        return value

    def json_schema(self) -> dict[str, Any]:
        return {"type": "boolean"}


class Int(Kind):
    """A whole number, optionally bounded."""

    min: int | None = None
    max: int | None = None
    type_name = "integer"
    py_type = int

    def check(self, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(_("expected a whole number, got {value}").format(value=_show(value)))
        _range(value, self.min, self.max)
        return value

    def json_schema(self) -> dict[str, Any]:
        return _with_range({"type": "integer"}, self.min, self.max)


class Float(Kind):
    """A number, optionally bounded."""

    min: float | None = None
    max: float | None = None
    type_name = "number"
    py_type = float

    def check(self, value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(_("expected a number, got {value}").format(value=_show(value)))
        if not math.isfinite(value):  # nan compares false with every bound; inf waits forever
            raise ValueError(_("must be a finite number, got {value}").format(value=value))
        _range(value, self.min, self.max)
        return float(value)

    def json_schema(self) -> dict[str, Any]:
        return _with_range({"type": "number"}, self.min, self.max)


class Str(Kind):
    """Text: free, from a list of choices, or matching a pattern."""

    choices: tuple[str, ...] = ()
    allow_empty: bool = True
    max_len: int = 4096
    pattern: str = ""  # a full-match regular expression, e.g. for "22:00-07:00"
    example: str = ""  # shown when the pattern does not match
    type_name = "string"
    py_type = str

    def check(self, value: Any) -> str:
        if not isinstance(value, str):
            raise ValueError(_("expected text, got {value}").format(value=_show(value)))
        if not self.allow_empty and not value.strip():
            raise ValueError(_("must not be empty"))
        if len(value) > self.max_len:
            raise ValueError(ngettext("is longer than {n} character", "is longer than {n} characters", self.max_len).format(n=self.max_len))
        if self.choices and value not in self.choices:
            raise ValueError(_("must be one of {choices}; got {value!r}").format(choices=", ".join(self.choices), value=value))
        if self.pattern and value and not re.fullmatch(self.pattern, value):
            raise ValueError(_("{value!r} is not in the expected form, e.g. {example!r}").format(value=value, example=self.example)
                             if self.example else _("{value!r} is not in the expected form").format(value=value))
        return value

    def json_schema(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "string"}
        if self.choices:
            out["enum"] = list(self.choices)
        if self.pattern:
            out["pattern"] = f"^(?:{self.pattern})?$"
        return out



class Language(Str):
    """The app's language: empty for the system's, English, or one the app has a catalogue for (a
    regional variant such as "de_AT" gets German). Any other would silently change nothing: refused."""

    def check(self, value: Any) -> str:
        text = super().check(value)
        if text and not speaks(text):
            raise ValueError(_("no translation for {value!r} (available: {languages})").format(
                value=text, languages=", ".join(("en", *available_languages()))))
        return text

class CommaChoices(Kind):
    """A comma-separated subset of fixed words, e.g. the states that raise a warning."""

    choices: tuple[str, ...] = ()
    type_name = "comma-separated list"
    py_type = str

    def check(self, value: Any) -> str:
        if not isinstance(value, str):
            raise ValueError(_("expected comma-separated words, got {value}").format(value=_show(value)))
        words = [w.strip() for w in value.split(",") if w.strip()]
        unknown = [w for w in words if w not in self.choices]
        if unknown:
            raise ValueError(_("unknown entry {entry!r} (allowed: {choices})").format(entry=unknown[0], choices=", ".join(self.choices)))
        return ",".join(words)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": "^(" + "|".join(map(re.escape, self.choices)) + r")?(,\s*(" +
                "|".join(map(re.escape, self.choices)) + "))*$"}


class Url(Kind):
    """An absolute URL with one of the allowed schemes."""

    schemes: tuple[str, ...] = ("http", "https")
    type_name = "URL"
    py_type = str

    def check(self, value: Any) -> str:
        if not isinstance(value, str):
            raise ValueError(_("expected a URL, got {value}").format(value=_show(value)))
        if any(ch.isspace() for ch in value) or any(ord(ch) < 32 for ch in value):
            raise ValueError(_("{value!r} is not a valid URL (it contains spaces or control characters)").format(value=value))
        parts = urlsplit(value)
        if "@" in parts.netloc:  # user info: a password in the settings would end up in history and exports
            shown = urlunsplit((parts.scheme, parts.netloc.rsplit("@", 1)[1], parts.path, "", ""))
            raise ValueError(_("{url!r}: a user name or password in the address is not accepted in the settings; keep "
                               "credentials in the system keyring (for documents: {command})").format(
                                   url=shown, command="offline-ready docs login"))
        if parts.scheme not in self.schemes:
            raise ValueError(_("{value!r} is not a valid URL: it must start with {schemes}").format(
                value=value, schemes=_(" or ").join(s + "://" for s in self.schemes)))
        host = parts.hostname or ""
        if not host or not (_is_ip(host) or _HOST_RE.match(host)):
            raise ValueError(_("{value!r} is not a valid URL: the host name is missing or malformed").format(value=value))
        try:
            parts.port  # noqa: B018 - raises on a bad port
        except ValueError:
            raise ValueError(_("{value!r} is not a valid URL: the port is not a number from 0 to 65535").format(value=value)) from None
        return value

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "format": "uri"}


class IPAddress(Kind):
    """An IPv4 or IPv6 address."""

    type_name = "IP address"
    py_type = str

    def check(self, value: Any) -> str:
        if not isinstance(value, str):
            raise ValueError(_("expected an IP address, got {value}").format(value=_show(value)))
        try:
            return str(ipaddress.ip_address(value.strip()))
        except ValueError:
            raise ValueError(_("{value!r} is not a valid IPv4 or IPv6 address").format(value=value)) from None

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "anyOf": [{"format": "ipv4"}, {"format": "ipv6"}]}


class Endpoint(Kind):
    """``IP:port`` or ``[IPv6]:port``: a TCP endpoint reached with no DNS involved."""

    type_name = "IP:port"
    py_type = str

    def check(self, value: Any) -> str:
        if not isinstance(value, str):
            raise ValueError(_("expected an address and port such as {example}, got {value}").format(
                example='"203.0.113.20:443"', value=_show(value)))
        host, port = parse_endpoint(value)
        return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": r"^(\[[0-9A-Fa-f:.]+\]|[0-9.]+):[0-9]{1,5}$"}


class Hostname(Kind):
    """A DNS host name."""

    type_name = "host name"
    py_type = str

    def check(self, value: Any) -> str:
        if not isinstance(value, str) or not _HOST_RE.match(value.strip()):
            raise ValueError(_("{value!r} is not a valid host name").format(value=value))
        return value.strip().rstrip(".").lower()

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "format": "hostname"}


class ListOf(Kind):
    """A list whose items are all of one kind."""

    item: Kind
    min_len: int = 0
    max_len: int = 1000
    type_name = "list"
    py_type = list

    def check(self, value: Any) -> list[Any]:
        if not isinstance(value, list):
            raise ValueError(_("expected a list [ ... ], got {value}").format(value=_show(value)))
        if len(value) < self.min_len:
            raise ValueError(ngettext("needs at least {n} entry", "needs at least {n} entries", self.min_len).format(
                n=self.min_len))
        if len(value) > self.max_len:
            raise ValueError(ngettext("has more than {n} entry", "has more than {n} entries", self.max_len).format(
                n=self.max_len))
        out = []
        for i, v in enumerate(value):
            try:
                out.append(self.item.check(v))
            except ValueError as exc:
                raise ValueError(_("entry {n}: {problem}").format(n=i + 1, problem=exc)) from None
        return out

    def json_schema(self) -> dict[str, Any]:
        return {"type": "array", "items": self.item.json_schema(), "minItems": self.min_len}


class Field(FrozenRecord):
    """One field of a :class:`Table` row."""

    kind: Kind
    required: bool = False
    default: Any = None
    description: str = ""

    @property
    def help_text(self) -> str:
        """The description in the user's language."""
        return _(self.description)


class Table(Kind):
    """An inline table / array-of-tables entry with named fields."""

    fields: dict[str, Field] = Fresh(dict)  # type: ignore[assignment]
    type_name = "table"
    py_type = dict

    def check(self, value: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise ValueError(_("expected a table {{ ... }}, got {value}").format(value=_show(value)))
        unknown = sorted(set(value) - set(self.fields))
        if unknown:
            raise ValueError(_("unknown field {field!r} (allowed: {fields})").format(field=unknown[0], fields=", ".join(self.fields)))
        out: dict[str, Any] = {}
        for name, f in self.fields.items():
            if name in value:
                try:
                    out[name] = f.kind.check(value[name])
                except ValueError as exc:
                    raise ValueError(_("field {field!r}: {problem}").format(field=name, problem=exc)) from None
            elif f.required:
                raise ValueError(_("field {field!r} is required").format(field=name))
            elif f.default is not None:
                out[name] = f.default
        return out

    def json_schema(self) -> dict[str, Any]:
        return {
            "type": "object",
            "additionalProperties": False,
            "required": [n for n, f in self.fields.items() if f.required],
            "properties": {n: {**f.kind.json_schema(), "description": f.description} for n, f in self.fields.items()},
        }


def parse_endpoint(value: str) -> tuple[str, int]:
    """Split ``IP:port`` / ``[IPv6]:port``; raises ValueError with a plain message."""
    text = value.strip()
    m = re.fullmatch(r"\[([^\]]+)\]:(\d{1,5})", text) or re.fullmatch(r"([^:\[\]]+):(\d{1,5})", text)
    if not m:
        raise ValueError(_("{value!r} is not an address and port such as {example} or {example6}").format(
            value=value, example='"203.0.113.20:443"', example6='"[2001:db8::1]:443"'))
    host, port_s = m.group(1), m.group(2)
    try:
        host = str(ipaddress.ip_address(host))
    except ValueError:
        raise ValueError(_("{value!r}: {host!r} is not an IP address (endpoints are probed without DNS)").format(
            value=value, host=host)) from None
    port = int(port_s)
    if not 1 <= port <= 65535:
        raise ValueError(_("{value!r}: port {port} is outside 1-65535").format(value=value, port=port))
    return host, port


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
        return True
    except ValueError:
        return False


def _range(value: float, lo: float | None, hi: float | None) -> None:
    if lo is not None and value < lo:
        raise ValueError(_("must be at least {low}, got {value}").format(low=lo, value=value))
    if hi is not None and value > hi:
        raise ValueError(_("must be at most {high}, got {value}").format(high=hi, value=value))


def _with_range(d: dict[str, Any], lo: float | None, hi: float | None) -> dict[str, Any]:
    if lo is not None:
        d["minimum"] = lo
    if hi is not None:
        d["maximum"] = hi
    return d


def _show(value: Any) -> str:
    names = {bool: _("true/false"), int: _("a number"), float: _("a number"), str: _("text"), list: _("a list"),
             dict: _("a table")}
    if isinstance(value, dict | list):
        return names[type(value)]
    return _("{kind} ({value!r})").format(kind=names.get(type(value), type(value).__name__), value=value)
