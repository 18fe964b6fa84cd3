"""Generate, from the one schema, the built-in defaults file and the admin policy templates.

Run ``python -m offline_ready.config.templates`` after changing a setting; a test keeps
the committed files equal to what this produces.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import tomlkit

from ..paths import resources_dir
from .schema import SETTINGS, TOP_LEVEL_KEYS
from .setting import Setting

HEADER = """\
# Offline Ready built-in defaults. GENERATED from the settings schema
# (desktop/offline_ready/config/sections/); do not edit by hand.
# Your own settings go in the user file, which `offline-ready config show` names.
"""


def _comment_lines(s: Setting) -> list[str]:
    lock = "" if s.lockable else " Cannot be locked by policy."
    return textwrap.wrap(f"{s.title}: {s.description}{lock}", 100)


def render_defaults() -> str:
    doc = tomlkit.document()
    for line in HEADER.strip().splitlines():
        doc.add(tomlkit.comment(line.removeprefix("# ")))
    sections: dict[str, Any] = {}
    for s in SETTINGS:
        if s.key in TOP_LEVEL_KEYS:
            continue
        table = sections.get(s.section)
        if table is None:
            table = sections[s.section] = tomlkit.table()
            doc.add(tomlkit.nl())
            doc.add(s.section, table)
        for line in _comment_lines(s):
            table.add(tomlkit.comment(line))
        table.add(s.name, _toml_value(s.default))
    for s in SETTINGS:
        if s.key in TOP_LEVEL_KEYS:
            doc.add(tomlkit.nl())
            for line in _comment_lines(s):
                doc.add(tomlkit.comment(line))
            if s.default:
                aot = tomlkit.aot()
                for item in s.default:
                    aot.append(tomlkit.item(item))
                doc.add(s.key, aot)
            else:
                doc.add(s.key, tomlkit.array())
    return tomlkit.dumps(doc)


def _toml_value(value: Any) -> Any:
    if isinstance(value, list) and value and isinstance(value[0], dict):
        arr = tomlkit.array()
        arr.multiline(True)
        for item in value:
            t = tomlkit.inline_table()
            t.update(item)
            arr.append(t)
        return arr
    if isinstance(value, list):
        arr = tomlkit.array()
        arr.extend(value)
        if len(value) > 3:
            arr.multiline(True)
        return arr
    return value


def render_json_schema() -> str:
    """JSON Schema of a policy/user file, for editors and MDM tools."""
    props: dict[str, Any] = {}
    for s in SETTINGS:
        entry = {**s.kind.json_schema(), "title": s.title, "description": s.description, "default": s.default}
        if "." in s.key:
            sec = props.setdefault(s.section, {"type": "object", "additionalProperties": False, "properties": {}})
            sec["properties"][s.name] = entry
        else:
            props[s.key] = entry
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Offline Ready settings and policy file",
        "type": "object",
        "additionalProperties": False,
        "properties": props,
    }
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def render_policy_example() -> str:
    """A managed-policy example listing every lockable key, commented out."""
    lines = [
        "# Offline Ready admin policy. GENERATED from the settings schema.",
        "# Copy to /etc/offline-ready/policies/managed/ (locked: users see 'Managed by your organization')",
        "# or .../policies/recommended/ (a default the user may change). Uncomment what you enforce.",
    ]
    current = None
    for s in SETTINGS:
        if not s.lockable:
            continue
        if s.key in TOP_LEVEL_KEYS:
            lines += ["", f"# {s.title}: {s.description}", f"# [[{s.key}]]", '# name = "Intranet"',
                      '# url = "https://intranet.example/"']
            continue
        if s.section != current:
            current = s.section
            lines += ["", f"# [{current}]"]
        lines.append(f"# {s.title}: {s.description}")
        value = tomlkit.item(s.default).as_string() if not (isinstance(s.default, list) and s.default
                                                            and isinstance(s.default[0], dict)) else "[ ... ]"
        lines.append(f"# {s.name} = {value}")
    return "\n".join(lines) + "\n"


def render_admx() -> tuple[str, str]:
    """Windows ADMX/ADML templates for the scalar lockable settings (Group Policy)."""
    policies, strings, presentations = [], [], []
    for s in SETTINGS:
        if not s.lockable or isinstance(s.default, list):
            continue
        pid = s.key.replace(".", "_")
        strings.append(f'      <string id="{pid}">{escape(s.title)}</string>')
        strings.append(f'      <string id="{pid}_Explain">{escape(s.description)}</string>')
        if isinstance(s.default, bool):
            elements = ""
            value = ('<enabledValue><decimal value="1"/></enabledValue>'
                     '<disabledValue><decimal value="0"/></disabledValue>')
            pres = ""
        elif isinstance(s.default, int | float):
            elements = f'<elements><decimal id="{pid}_Value" valueName="{s.key}" storeAsText="true"/></elements>'
            value = ""
            pres = f'<decimalTextBox refId="{pid}_Value">{escape(s.title)}</decimalTextBox>'
        else:
            elements = f'<elements><text id="{pid}_Value" valueName="{s.key}"/></elements>'
            value = ""
            pres = f'<textBox refId="{pid}_Value"><label>{escape(s.title)}</label></textBox>'
        presentations.append(f'      <presentation id="{pid}">{pres}</presentation>')
        vname = f' valueName="{s.key}"' if isinstance(s.default, bool) else ""
        policies.append(
            f'    <policy name="{pid}" class="Both" displayName="$(string.{pid})" '
            f'explainText="$(string.{pid}_Explain)" presentation="$(presentation.{pid})" '
            f'key="Software\\Policies\\OfflineReady"{vname}>'
            f'<parentCategory ref="OfflineReady"/><supportedOn ref="SUPPORTED_ALL"/>{value}{elements}</policy>'
        )
    admx = "\n".join([
        '<?xml version="1.0" encoding="utf-8"?>',
        '<policyDefinitions revision="1.0" schemaVersion="1.0">',
        '  <policyNamespaces><target prefix="offlineready" namespace="OfflineReady.Policies"/></policyNamespaces>',
        '  <resources minRequiredRevision="1.0"/>',
        '  <supportedOn><definitions><definition name="SUPPORTED_ALL" displayName="$(string.SUPPORTED_ALL)"/>'
        '</definitions></supportedOn>',
        '  <categories><category name="OfflineReady" displayName="$(string.OfflineReady)"/></categories>',
        "  <policies>", *policies, "  </policies>", "</policyDefinitions>", "",
    ])
    adml = "\n".join([
        '<?xml version="1.0" encoding="utf-8"?>',
        '<policyDefinitionResources revision="1.0" schemaVersion="1.0">',
        "  <displayName>Offline Ready</displayName><description>Offline Ready settings</description>",
        "  <resources>", "    <stringTable>",
        '      <string id="OfflineReady">Offline Ready</string>',
        '      <string id="SUPPORTED_ALL">Offline Ready 0.1 and later</string>',
        *strings, "    </stringTable>", "    <presentationTable>", *presentations,
        "    </presentationTable>", "  </resources>", "</policyDefinitionResources>", "",
    ])
    return admx, adml


def render_profile_template() -> str:
    """The macOS profile with every lockable setting at its default: admins delete what they do not enforce."""
    from .profile import render_mobileconfig, template_policy

    return render_mobileconfig(template_policy(), description=(
        "TEMPLATE generated from the Offline Ready settings schema: every key below is locked at its "
        "default. Delete the keys you do not enforce, or make a profile from your policy file with "
        "'offline-ready config profile POLICY.toml'.")).decode("utf-8")


def generated_files(root: Path | None = None) -> dict[Path, str]:
    res = root or resources_dir()
    admx, adml = render_admx()
    return {
        res / "config" / "defaults.toml": render_defaults(),
        res / "policy" / "offline-ready.schema.json": render_json_schema(),
        res / "policy" / "policy-example.toml": render_policy_example(),
        res / "policy" / "windows" / "OfflineReady.admx": admx,
        res / "policy" / "windows" / "en-US" / "OfflineReady.adml": adml,
        res / "policy" / "macos" / "OfflineReady.mobileconfig": render_profile_template(),
    }


def main() -> None:
    for path, text in generated_files().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
