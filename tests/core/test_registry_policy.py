"""Group Policy in the Windows registry: the ADMX templates and the app's reader agree on every policy,
and values as regedit, ``reg add`` and Group Policy write them load like a policy file.

The registry itself is Windows-only; here the values are given as ``winreg`` returns them (str for
REG_SZ/REG_EXPAND_SZ, int for REG_DWORD/REG_QWORD, a list of str for REG_MULTI_SZ, bytes for REG_BINARY).
The .reg fixture below uses the export format of regedit ("Windows Registry Editor Version 5.00";
REG_MULTI_SZ as ``hex(7):`` UTF-16LE), decoded by a small reader in this file.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from offline_ready.config import ConfigError, load_config, registry
from offline_ready.config.loader import validate_document
from offline_ready.config.registry import (
    REG_BINARY,
    REG_DWORD,
    REG_EXPAND_SZ,
    REG_MULTI_SZ,
    REG_QWORD,
    REG_SZ,
    RegistryPolicyError,
    RegKey,
    decode_key,
    decode_value,
)
from offline_ready.config.schema import BY_KEY, SETTINGS

ROOT = Path(__file__).resolve().parents[2]
ADMX = ROOT / "resources/policy/windows/OfflineReady.admx"

# A sample a real admin could type into each kind of text box, per setting kind.
SAMPLE_TEXT = {
    "probes.nxdomain_zone": "nx.corp.example",
    "proxy.url": "http://proxy.corp.example:3128",
    "proxy.pac_url": "http://wpad.corp.example/wpad.dat",
    "notifications.quiet_hours": "22:00-07:00",
}
SAMPLE_TABLES = {
    "services": [{"name": "Intranet", "url": "https://intranet.example/"}],
    "probes.connectivity": [{"url": "http://check.corp.example/generate_204", "status": 204}],
    "vault.documents": [{"name": "Runbook", "source": "https://docs.corp.example/runbook.pdf"}],
    "backup_dns.profiles": [{"id": "corp", "name": "Corporate", "servers": ["198.51.100.53"]}],
}
SAMPLE_LISTS = {
    "probes.ip_endpoints": ["198.51.100.20:443", "[2001:db8::1]:443"],
    "probes.resolvers": ["198.51.100.53", "2001:db8::53"],
    "probes.large_transfer": ["https://files.corp.example/10MB.bin"],
    "backup_dns.builtin_profiles": ["quad9", "cloudflare"],
    "readiness.escalation_groups": ["IT helpdesk", "ISP"],
    "proxy.no_proxy": [".corp.example", "198.51.100.0/24"],
}


def _policies() -> list[ET.Element]:
    return ET.parse(ADMX).getroot().findall("./policies/policy")


def _setting(policy: ET.Element):
    name = policy.get("name", "").removesuffix("_recommended")
    matches = [s for s in SETTINGS if "".join(c if c.isalnum() else "_" for c in s.key) == name]
    assert len(matches) == 1, f"ADMX policy {policy.get('name')} names no setting"
    return matches[0]


def _written_by_group_policy(policy: ET.Element, setting) -> tuple[RegKey, object]:
    """What Group Policy writes when the admin enables ``policy`` with a sample value, read back the way
    winreg returns it, and the value the setting should then have. Derived from the XML alone."""
    key = RegKey()
    elements = policy.find("elements")
    if policy.find("enabledValue") is not None:
        assert policy.find("enabledValue/decimal").get("value") == "1"
        assert policy.find("disabledValue/decimal").get("value") == "0"
        key.values[policy.get("valueName")] = (REG_DWORD, 1)
        return key, True
    assert elements is not None and len(elements) == 1, policy.get("name")
    el = elements[0]
    tag = el.tag
    if tag == "decimal":
        assert el.get("storeAsText") is None  # a REG_DWORD
        lo, hi = int(el.get("minValue")), int(el.get("maxValue"))
        assert (lo, hi) == (setting.kind.min if setting.kind.min is not None else 0,
                            setting.kind.max if setting.kind.max is not None else 4294967295)
        key.values[el.get("valueName")] = (REG_DWORD, hi)
        return key, hi
    if tag == "enum":
        choices = [item.find("value/string").text for item in el.findall("item")]
        assert tuple(choices) == setting.kind.choices
        key.values[el.get("valueName")] = (REG_SZ, choices[-1])
        return key, choices[-1]
    if tag == "list":
        assert el.get("valuePrefix") == ""  # values named 1, 2, 3 …
        base, _, sub = el.get("key").rpartition("\\")
        assert base == policy.get("key")
        items = SAMPLE_LISTS.get(setting.key) or ["svc.corp.example", "www.corp.example"]
        key.subkeys[sub] = RegKey(values={str(i): (REG_SZ, v) for i, v in enumerate(items, 1)})
        return key, items
    if tag == "multiText":
        table = SAMPLE_TABLES[setting.key]
        lines = json.dumps(table, indent=1).splitlines()  # one line of the text box per REG_MULTI_SZ string
        key.values[el.get("valueName")] = (REG_MULTI_SZ, lines)
        return key, table
    assert tag == "text", tag
    if setting.key in SAMPLE_TEXT:
        text = SAMPLE_TEXT[setting.key]
    elif isinstance(setting.default, float):
        number = setting.kind.min + 0.5 if setting.kind.min is not None else 2.5  # a fraction the box must keep
        key.values[el.get("valueName")] = (REG_SZ, str(number))
        return key, number
    else:
        text = str(setting.default)
    key.values[el.get("valueName")] = (REG_SZ, text)
    return key, text


def test_every_admx_policy_is_read_back_from_where_it_is_written() -> None:
    managed, recommended = set(), set()
    for policy in _policies():
        setting = _setting(policy)
        assert policy.get("class") == "Machine"  # the reader reads HKLM only
        if policy.get("name").endswith("_recommended"):
            assert policy.get("key") == registry.RECOMMENDED_KEY
            assert policy.find("parentCategory").get("ref") == "OfflineReady_Recommended"
            recommended.add(setting.key)
            layer = "recommended"
        else:
            assert policy.get("key") == registry.POLICY_KEY
            managed.add(setting.key)
            layer = "managed"
        written, expected = _written_by_group_policy(policy, setting)
        got = validate_document(decode_key(written), layer=layer)
        assert got == {setting.key: setting.kind.check(expected)}, policy.get("name")
    assert managed == {s.key for s in SETTINGS if s.lockable}
    assert recommended == {s.key for s in SETTINGS}


def test_admx_strings_and_presentations_exist() -> None:
    adml = ET.parse(ADMX.parent / "en-US/OfflineReady.adml").getroot()
    strings = {s.get("id") for s in adml.iter("string")}
    presentations = {p.get("id"): p for p in adml.iter("presentation")}
    root = ET.parse(ADMX).getroot()
    for cat in root.iter("category"):
        assert cat.get("displayName")[len("$(string."):-1] in strings
    for policy in _policies():
        for attr in ("displayName", "explainText"):
            assert policy.get(attr)[len("$(string."):-1] in strings
        pres = presentations[policy.get("presentation")[len("$(presentation."):-1]]
        ids = {el.get("id") for el in policy.iter() if el.get("id")}
        assert {el.get("refId") for el in pres} == ids, policy.get("name")
        for item in policy.iter("item"):
            assert item.get("displayName")[len("$(string."):-1] in strings


# ----------------------------------------------------------------- values as people write them

@pytest.mark.parametrize(("key", "reg_type", "data", "expected"), [
    ("probes.gateway", REG_DWORD, 1, True),
    ("probes.gateway", REG_DWORD, 0, False),
    ("probes.gateway", REG_SZ, "true", True),  # reg add /t REG_SZ /d true
    ("probes.gateway", REG_SZ, " 0 ", False),
    ("monitor.full_interval", REG_DWORD, 0x258, 600),  # regedit: dword:00000258
    ("monitor.full_interval", REG_SZ, "900", 900),  # the old templates' storeAsText
    ("monitor.full_interval", REG_QWORD, 1200, 1200),
    ("probes.timeout", REG_SZ, "2.5", 2.5),
    ("probes.timeout", REG_SZ, "2,5", 2.5),  # a decimal comma, as typed in a German Group Policy editor
    ("probes.timeout", REG_DWORD, 4, 4.0),
    ("proxy.mode", REG_SZ, "pac", "pac"),
    ("proxy.pac_url", REG_EXPAND_SZ, "file:///C:/corp/proxy.pac", "file:///C:/corp/proxy.pac"),
    ("probes.canary_names", REG_MULTI_SZ, ["intranet.corp.example", "corp.example", ""],
     ["intranet.corp.example", "corp.example"]),  # regedit's editor leaves an empty last line
    ("services", REG_SZ, '[{"name": "Intranet", "url": "https://intranet.example/"}]',
     [{"name": "Intranet", "url": "https://intranet.example/", "enabled": True}]),
])
def test_values_map_to_the_schema(key, reg_type, data, expected) -> None:
    value = decode_value(BY_KEY[key], reg_type, data)
    assert validate_document({key: value}, layer="managed")[key] == expected


@pytest.mark.parametrize(("key", "reg_type", "data", "problem"), [
    ("probes.gateway", REG_DWORD, 2, "expected 1 (on) or 0 (off), got 2"),
    ("probes.gateway", REG_BINARY, b"\x01", "is a REG_BINARY value; expected REG_DWORD or REG_QWORD or REG_SZ"),
    ("monitor.full_interval", REG_SZ, "ten minutes", "expected a whole number, got 'ten minutes'"),
    ("probes.timeout", REG_SZ, "fast", "expected a number such as 2.5"),
    ("proxy.mode", REG_DWORD, 1, "is a REG_DWORD value; expected REG_SZ or REG_EXPAND_SZ"),
    ("probes.canary_names", REG_SZ, "a.example", "is a REG_SZ value; expected REG_MULTI_SZ"),
    ("services", REG_MULTI_SZ, ["[{\"name\": \"x\","], "is not a valid JSON list of tables"),
    ("services", REG_SZ, "[" * 100000, "nested too deeply"),
])
def test_wrong_values_are_refused_with_the_reason(key, reg_type, data, problem) -> None:
    with pytest.raises(RegistryPolicyError) as info:
        decode_value(BY_KEY[key], reg_type, data)
    assert info.value.name == key and problem in str(info.value)


def test_list_subkey_in_numeric_order_and_empty_means_not_configured() -> None:
    key = RegKey(subkeys={
        "probes.canary_names": RegKey(values={"10": (REG_SZ, "j.example"), "2": (REG_SZ, "b.example"),
                                              "1": (REG_SZ, "a.example")}),
        "backup_dns.keep_suffixes": RegKey(),  # what a list policy switched off leaves behind
        "Recommended": RegKey(values={"probes.timeout": (REG_SZ, "3")}),  # its own layer
    })
    assert decode_key(key) == {"probes.canary_names": ["a.example", "b.example", "j.example"]}
    with pytest.raises(RegistryPolicyError, match="named 1, 2, 3"):
        decode_key(RegKey(subkeys={"probes.canary_names": RegKey(values={"first": (REG_SZ, "a.example")})}))
    with pytest.raises(RegistryPolicyError, match="single value, not a list"):
        decode_key(RegKey(subkeys={"probes.timeout": RegKey(values={"1": (REG_SZ, "3")})}))


# ----------------------------------------------------------------- a regedit export, through the loader

REG_EXPORT = r"""Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\OfflineReady]
"proxy.mode"="manual"
"proxy.url"="http://proxy.corp.example:3128"
"probes.gateway"=dword:00000000
"monitor.full_interval"=dword:00000384
"probes.timeout"="7.5"
"probes.canary_names"=hex(7):69,00,6e,00,74,00,72,00,61,00,6e,00,65,00,74,00,2e,00,63,00,6f,00,\
  72,00,70,00,2e,00,65,00,78,00,61,00,6d,00,70,00,6c,00,65,00,00,00,63,00,6f,00,72,00,70,00,2e,\
  00,65,00,78,00,61,00,6d,00,70,00,6c,00,65,00,00,00,00,00

[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\OfflineReady\proxy.no_proxy]
"1"=".corp.example"
"2"="198.51.100.7"

[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\OfflineReady\Recommended]
"notifications.quiet_hours"="22:00-07:00"
"monitor.full_interval"=dword:00000078
"""


def parse_reg_export(text: str) -> dict[str, RegKey]:
    """regedit's export format: ``[KEY]`` sections, ``"name"="text"``, ``dword:hex``, ``hex(7):`` bytes."""
    keys: dict[str, RegKey] = {}
    current: RegKey | None = None
    for line in re.sub(r"\\\n\s*", "", text).splitlines():
        if line.startswith("["):
            current = keys.setdefault(line.strip("[]").removeprefix("HKEY_LOCAL_MACHINE\\"), RegKey())
            continue
        m = re.match(r'"([^"]*)"=(.*)', line)
        if not m or current is None:
            continue
        name, raw = m.groups()
        if raw.startswith('"'):
            current.values[name] = (REG_SZ, raw[1:-1])
        elif raw.startswith("dword:"):
            current.values[name] = (REG_DWORD, int(raw[6:], 16))
        elif raw.startswith("hex(7):"):
            strings = bytes.fromhex(raw[7:].replace(",", "")).decode("utf-16-le").split("\0")
            current.values[name] = (REG_MULTI_SZ, strings[:-2] if strings[-2:] == ["", ""] else strings)
    return keys


def _as_read_by_the_app(keys: dict[str, RegKey]):
    """What :func:`registry.read_policy_key` returns for this export (the Windows-only part)."""
    def read(path: str) -> RegKey | None:
        full = path.replace("Software", "SOFTWARE")
        if full not in keys:
            return None
        key = RegKey(values=dict(keys[full].values))
        for name, sub in keys.items():
            parent, _, leaf = name.rpartition("\\")
            if parent == full and leaf != "Recommended":
                key.subkeys[leaf] = sub
        return key
    return read


def test_a_regedit_export_loads_as_managed_and_recommended_policy(monkeypatch) -> None:
    monkeypatch.setattr(registry, "read_policy_key", _as_read_by_the_app(parse_reg_export(REG_EXPORT)))
    c = load_config()
    assert c["proxy.mode"] == "manual" and c.is_locked("proxy.mode") and c.source("proxy.mode") == "managed"
    assert c["probes.gateway"] is False and c["monitor.full_interval"] == 900 and c["probes.timeout"] == 7.5
    assert c["probes.canary_names"] == ["intranet.corp.example", "corp.example"]
    assert c["proxy.no_proxy"] == [".corp.example", "198.51.100.7"]
    assert c["notifications.quiet_hours"] == "22:00-07:00" and c.source("notifications.quiet_hours") == "recommended"
    assert not c.is_locked("notifications.quiet_hours")
    assert ("managed", Path(r"HKLM\Software\Policies\OfflineReady")) in c.files


def test_a_broken_registry_value_is_reported_like_a_broken_file(monkeypatch) -> None:
    keys = parse_reg_export(REG_EXPORT)
    keys[r"SOFTWARE\Policies\OfflineReady"].values["probes.timout"] = (REG_SZ, "3")
    monkeypatch.setattr(registry, "read_policy_key", _as_read_by_the_app(keys))
    with pytest.raises(ConfigError) as info:
        load_config()
    assert str(info.value) == (r"HKLM\Software\Policies\OfflineReady: probes.timout: unknown setting "
                               "(did you mean 'probes.timeout'?)")
    keys[r"SOFTWARE\Policies\OfflineReady"].values.pop("probes.timout")
    keys[r"SOFTWARE\Policies\OfflineReady"].values["monitor.full_interval"] = (REG_DWORD, 5)
    with pytest.raises(ConfigError, match=r"OfflineReady: monitor.full_interval: must be at least 30, got 5"):
        load_config()
    c = load_config(tolerant=True)  # the tray app keeps watching, with the defaults for that layer
    assert c.source("proxy.mode") == "default" and "monitor.full_interval" in c.problems[0]
    assert c["notifications.quiet_hours"] == "22:00-07:00"  # the recommended key is fine and still read


def test_doctor_lists_the_registry_policy_and_its_errors(monkeypatch) -> None:
    from offline_ready.doctor.checks import PROBLEM, check_policies
    from offline_ready.paths import app_paths

    keys = parse_reg_export(REG_EXPORT)
    monkeypatch.setattr(registry, "read_policy_key", _as_read_by_the_app(keys))
    finding = check_policies(app_paths())
    assert [f["path"] for f in finding.data["files"]] == [r"HKLM\Software\Policies\OfflineReady\Recommended",
                                                         r"HKLM\Software\Policies\OfflineReady"]
    assert finding.detail == "2 policy files in force, all valid"
    keys[r"SOFTWARE\Policies\OfflineReady"].values["proxy.mode"] = (REG_DWORD, 1)
    finding = check_policies(app_paths())
    assert finding.status == PROBLEM and "proxy.mode: is a REG_DWORD value" in finding.detail
