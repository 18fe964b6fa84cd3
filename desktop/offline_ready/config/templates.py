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

from ..i18n import N_, available_languages, in_language
from ..paths import resources_dir
from .registry import POLICY_KEY, RECOMMENDED_KEY, encoding
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


def render_admx(language: str = "en") -> tuple[str, str]:
    """Windows ADMX/ADML templates (Group Policy): every lockable setting as a managed policy under
    ``HKLM\\Software\\Policies\\OfflineReady``, and every setting as a recommended one (a default the
    user may change) under its ``Recommended`` subkey. The registry layout comes from
    :func:`offline_ready.config.registry.encoding`, the table the app reads the values back with.
    The ADML holds the words, in ``language`` (the Group Policy editor picks the one of its own)."""
    def say(text: str) -> str:
        return escape(in_language(language, text) if language != "en" else text)

    policies: list[str] = []
    strings: list[str] = []
    presentations: list[str] = []
    for s in SETTINGS:
        pid = _admx_id(s.key)
        enc = encoding(s)
        hint = _ADMX_HINTS[enc.element]
        strings.append(f'      <string id="{pid}">{say(s.title)}</string>')
        strings.append(f'      <string id="{pid}_Explain">{say(s.description)}{" " + say(hint) if hint else ""}</string>')
        if enc.element == "enum":
            strings += [f'      <string id="{pid}_{_admx_id(c)}">{escape(c)}</string>' for c in s.kind.choices]
        presentations.append(f'      <presentation id="{pid}">{_admx_presentation(s, pid, enc.element, say(s.title))}'
                             '</presentation>')
        for category, key, suffix in (("OfflineReady", POLICY_KEY, ""),
                                      ("OfflineReady_Recommended", RECOMMENDED_KEY, "_recommended")):
            if not s.lockable and not suffix:
                continue
            vname = f' valueName="{s.key}"' if enc.element == "boolean" else ""
            policies.append(
                f'    <policy name="{pid}{suffix}" class="Machine" displayName="$(string.{pid})" '
                f'explainText="$(string.{pid}_Explain)" presentation="$(presentation.{pid})" '
                f'key="{key}"{vname}><parentCategory ref="{category}"/><supportedOn ref="SUPPORTED_ALL"/>'
                f'{_admx_elements(s, pid, key, enc.element)}</policy>'
            )
    admx = "\n".join([
        '<?xml version="1.0" encoding="utf-8"?>',
        '<policyDefinitions revision="1.0" schemaVersion="1.0">',
        '  <policyNamespaces><target prefix="offlineready" namespace="OfflineReady.Policies"/></policyNamespaces>',
        '  <resources minRequiredRevision="1.0"/>',
        '  <supportedOn><definitions><definition name="SUPPORTED_ALL" displayName="$(string.SUPPORTED_ALL)"/>'
        '</definitions></supportedOn>',
        '  <categories><category name="OfflineReady" displayName="$(string.OfflineReady)"/>'
        '<category name="OfflineReady_Recommended" displayName="$(string.OfflineReady_Recommended)"/></categories>',
        "  <policies>", *policies, "  </policies>", "</policyDefinitions>", "",
    ])
    adml = "\n".join([
        '<?xml version="1.0" encoding="utf-8"?>',
        '<policyDefinitionResources revision="1.0" schemaVersion="1.0">',
        f"  <displayName>Offline Ready</displayName><description>{say(_ADML_WORDS['description'])}</description>",
        "  <resources>", "    <stringTable>",
        '      <string id="OfflineReady">Offline Ready</string>',
        f'      <string id="OfflineReady_Recommended">{say(_ADML_WORDS["recommended"])}</string>',
        f'      <string id="SUPPORTED_ALL">{say(_ADML_WORDS["supported"])}</string>',
        *strings, "    </stringTable>", "    <presentationTable>", *presentations,
        "    </presentationTable>", "  </resources>", "</policyDefinitionResources>", "",
    ])
    return admx, adml


_ADMX_HINTS = {
    "boolean": "",
    "decimal": "",
    "text": "",
    "enum": "",
    "list": N_("One entry per line."),
    "multiText": N_('Enter a JSON list of tables, as in the policy file, e.g. '
                    '[{"name": "Intranet", "url": "https://intranet.example/"}].'),
}
_ADML_WORDS = {
    "description": N_("Offline Ready settings"),
    "recommended": N_("Offline Ready - default settings (users can override)"),
    "supported": N_("Offline Ready 0.1 and later"),
}
# The Group Policy editor's folder for each language with a catalogue (Windows culture names).
ADML_CULTURES = {"de": "de-DE"}


def _admx_id(text: str) -> str:
    return "".join(ch if ch.isalnum() else "_" for ch in text)


def _admx_elements(s: Setting, pid: str, key: str, element: str) -> str:
    """The ADMX ``<elements>`` (or enabled/disabled values) that write this setting's registry value."""
    if element == "boolean":
        return '<enabledValue><decimal value="1"/></enabledValue><disabledValue><decimal value="0"/></disabledValue>'
    if element == "decimal":
        lo = s.kind.min if s.kind.min is not None else 0
        hi = s.kind.max if s.kind.max is not None else 4294967295
        inner = f'<decimal id="{pid}_Value" valueName="{s.key}" minValue="{lo}" maxValue="{hi}"/>'
    elif element == "enum":
        items = "".join(f'<item displayName="$(string.{pid}_{_admx_id(c)})"><value><string>{escape(c)}</string>'
                        f'</value></item>' for c in s.kind.choices)
        inner = f'<enum id="{pid}_Value" valueName="{s.key}">{items}</enum>'
    elif element == "list":
        inner = f'<list id="{pid}_Value" key="{key}\\{s.key}" valuePrefix=""/>'
    elif element == "multiText":
        inner = f'<multiText id="{pid}_Value" valueName="{s.key}" maxLength="0"/>'
    else:
        inner = f'<text id="{pid}_Value" valueName="{s.key}" maxLength="{getattr(s.kind, "max_len", 4096)}"/>'
    return f"<elements>{inner}</elements>"


def _admx_presentation(s: Setting, pid: str, element: str, title: str) -> str:
    if element == "boolean":
        return ""
    if element == "decimal":
        return f'<decimalTextBox refId="{pid}_Value" defaultValue="{s.default}">{title}</decimalTextBox>'
    if element == "enum":
        return f'<dropdownList refId="{pid}_Value" defaultItem="{s.kind.choices.index(s.default)}">{title}</dropdownList>'
    if element == "list":
        return f'<listBox refId="{pid}_Value">{title}</listBox>'
    if element == "multiText":
        return f'<multiTextBox refId="{pid}_Value">{title}</multiTextBox>'
    default = f"<defaultValue>{escape(str(s.default))}</defaultValue>" if s.default not in ("", None) else ""
    return f'<textBox refId="{pid}_Value"><label>{title}</label>{default}</textBox>'


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
        **{res / "policy" / "windows" / ADML_CULTURES.get(lang, lang) / "OfflineReady.adml": render_admx(lang)[1]
           for lang in available_languages()},
        res / "policy" / "macos" / "OfflineReady.mobileconfig": render_profile_template(),
    }


def main() -> None:
    for path, text in generated_files().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
