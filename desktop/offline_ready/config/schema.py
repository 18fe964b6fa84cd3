"""The one settings schema: defaults, user settings, admin policy and policy templates derive from it."""

from __future__ import annotations

from .sections import backup_dns, fleet, monitor, probes, proxy, readiness, ui, vault
from .setting import Setting

SETTINGS: tuple[Setting, ...] = tuple(
    [*probes.SETTINGS, *monitor.SETTINGS, *ui.SETTINGS, *vault.SETTINGS, *backup_dns.SETTINGS,
     *readiness.SETTINGS, *proxy.SETTINGS, *fleet.SETTINGS]
)
BY_KEY: dict[str, Setting] = {s.key: s for s in SETTINGS}
if len(BY_KEY) != len(SETTINGS):  # pragma: no cover - a programming error caught at import
    raise RuntimeError("duplicate setting key in the schema")

# Keys that are whole tables of the TOML file rather than "section.key" (arrays of tables).
TOP_LEVEL_KEYS = frozenset(s.key for s in SETTINGS if "." not in s.key)


def flatten(doc: dict) -> dict[str, object]:
    """Turn a parsed TOML document into ``{"section.key": value}`` (unknown keys kept, for errors)."""
    out: dict[str, object] = {}
    for name, value in doc.items():
        if name in TOP_LEVEL_KEYS:
            out[name] = value
        elif isinstance(value, dict):
            for k, v in value.items():
                out[f"{name}.{k}"] = v
        else:
            out[name] = value
    return out


def nest(flat: dict[str, object]) -> dict[str, object]:
    """Inverse of :func:`flatten`, for writing TOML."""
    out: dict[str, object] = {}
    for key, value in flat.items():
        if "." in key:
            section, name = key.split(".", 1)
            out.setdefault(section, {})[name] = value  # type: ignore[index]
        else:
            out[key] = value
    return out
