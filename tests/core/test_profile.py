"""macOS configuration profiles from the settings schema: Apple's payload rules, and a round trip
policy TOML → profile → managed preferences → the same locked settings in the loader."""

from __future__ import annotations

import plistlib
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from offline_ready.config import ConfigError, load_config
from offline_ready.config import loader as loader_mod
from offline_ready.config.profile import (
    BUNDLE_ID,
    check_mobileconfig,
    profile_from_policy_file,
    render_mobileconfig,
    settings_of,
    template_policy,
)
from offline_ready.config.schema import SETTINGS, flatten
from offline_ready.paths import app_paths, resources_dir

ROOT = Path(__file__).resolve().parents[2]
POLICY = """\
[monitor]
full_interval = 300
[notifications]
enabled = false
quiet_hours = "22:00-07:00"
[probes]
timeout = 3.5
resolvers = ["198.51.100.53", "203.0.113.53"]

[[services]]
name = "Intranet"
url = "https://intranet.example/"
"""


def _payloads(data: bytes) -> list[dict]:
    return plistlib.loads(data)["PayloadContent"]


def test_shipped_template_follows_payload_rules_and_covers_every_lockable_setting() -> None:
    data = (resources_dir() / "policy" / "macos" / "OfflineReady.mobileconfig").read_bytes()
    assert check_mobileconfig(data) == []
    profile = plistlib.loads(data)
    assert profile["PayloadType"] == "Configuration" and profile["PayloadVersion"] == 1
    (payload,) = profile["PayloadContent"]
    assert payload["PayloadType"] == BUNDLE_ID
    assert set(flatten(settings_of(payload))) == {s.key for s in SETTINGS if s.lockable}
    assert uuid.UUID(profile["PayloadUUID"]) != uuid.UUID(payload["PayloadUUID"])


def test_profile_from_policy_round_trips_into_locked_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(POLICY, encoding="utf-8")
    data = profile_from_policy_file(policy, organization="Example Ltd")
    assert check_mobileconfig(data) == []
    assert plistlib.loads(data)["PayloadOrganization"] == "Example Ltd"
    # What macOS writes to /Library/Managed Preferences: the payload's keys (Apple's kept, we drop them).
    installed = tmp_path / f"{BUNDLE_ID}.plist"
    installed.write_bytes(plistlib.dumps(_payloads(data)[0]))
    paths = app_paths()
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(loader_mod, "MACOS_MANAGED_PREFERENCES", installed)
    c = load_config()
    assert ("managed", installed) in c.files
    assert (c["monitor.full_interval"], c["notifications.enabled"], c["probes.timeout"]) == (300, False, 3.5)
    assert c["probes.resolvers"] == ["198.51.100.53", "203.0.113.53"]
    assert c["services"][0]["name"] == "Intranet"
    assert c.is_locked("monitor.full_interval") and c.is_locked("services")
    assert not c.is_locked("monitor.trouble_interval")
    # The same policy as a TOML file locks the same values: one policy, two platforms.
    monkeypatch.setattr(sys, "platform", "linux")
    (paths.policy_dir / "managed").mkdir(parents=True)
    (paths.policy_dir / "managed" / "10.toml").write_text(POLICY, encoding="utf-8")
    t = load_config()
    assert {k: t[k] for k in t.locked} == {k: c[k] for k in c.locked}


def test_broken_managed_preferences_name_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / f"{BUNDLE_ID}.plist"
    bad.write_bytes(plistlib.dumps({"monitor": {"full_interval": "often"}}))
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(loader_mod, "MACOS_MANAGED_PREFERENCES", bad)
    with pytest.raises(ConfigError, match=r"Offline.*plist.*monitor\.full_interval"):
        load_config()
    bad.write_bytes(b"<plist><dict><key>x</key>")
    with pytest.raises(ConfigError, match="not a valid property list"):
        load_config()
    assert load_config(tolerant=True).problems


@pytest.mark.parametrize(("change", "message"), [
    (lambda p: p.pop("PayloadUUID"), "profile: PayloadUUID is missing"),
    (lambda p: p.update(PayloadType="Settings"), "PayloadType must be 'Configuration'"),
    (lambda p: p.update(PayloadVersion="1"), "PayloadVersion is missing or not a int"),
    (lambda p: p.update(PayloadScope="Everyone"), "PayloadScope"),
    (lambda p: p.update(PayloadContent=[]), "non-empty array"),
    (lambda p: p["PayloadContent"][0].update(PayloadUUID=p["PayloadUUID"]), "PayloadUUID repeats"),
    (lambda p: p["PayloadContent"][0].update(PayloadIdentifier="settings"), "reverse-DNS"),
    (lambda p: p["PayloadContent"][0].update(PayloadUUID="not-a-uuid"), "is not a UUID"),
    (lambda p: p["PayloadContent"][0].update(monitor={"full_intervl": 5}), "unknown setting"),
])
def test_payload_rules_catch_each_mistake(change, message: str) -> None:
    profile = plistlib.loads(render_mobileconfig(template_policy()))
    change(profile)
    problems = check_mobileconfig(plistlib.dumps(profile))
    assert any(message in p for p in problems), problems


def test_not_a_plist_is_reported() -> None:
    assert check_mobileconfig(b"{}")[0].startswith("not a property list")


def test_cli_writes_profile_and_refuses_bad_policy(tmp_path: Path, app_home: Path) -> None:
    env = {"OFFLINE_READY_HOME": str(app_home), "PYTHONPATH": str(ROOT / "desktop"), "PATH": "/usr/bin:/bin"}
    policy = tmp_path / "policy.toml"
    policy.write_text(POLICY, encoding="utf-8")
    out = tmp_path / "office.mobileconfig"
    run = subprocess.run([sys.executable, "-m", "offline_ready", "config", "profile", str(policy), "-o", str(out),
                          "--identifier", "com.example.offline-ready"], capture_output=True, text=True, env=env,
                         timeout=60)
    assert run.returncode == 0, run.stderr
    assert check_mobileconfig(out.read_bytes()) == []
    assert plistlib.loads(out.read_bytes())["PayloadIdentifier"] == "com.example.offline-ready"
    policy.write_text("[monitor]\nfull_interval = -5\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "offline_ready", "config", "profile", str(policy)],
                         capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 3 and "policy.toml" in run.stderr and run.stdout == ""
