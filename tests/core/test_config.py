"""Layered configuration: precedence, locking, and clear errors for broken files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from offline_ready.config import ConfigError, load_config, save_user_settings
from offline_ready.config.templates import generated_files
from offline_ready.paths import app_paths
from support import privns

ROOT = Path(__file__).resolve().parents[2]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def cli(*args: str, home: Path, policy_mount: bool = True) -> subprocess.CompletedProcess:
    """The CLI in a subprocess. The admin policy folder is a fixed system path: when the test wrote
    policy files (``home/policies``), they are mounted over it in a private mount namespace."""
    env = {"OFFLINE_READY_HOME": str(home), "PYTHONPATH": str(ROOT / "desktop"), "PATH": "/usr/bin:/bin"}
    argv = [sys.executable, "-m", "offline_ready", *args]
    if policy_mount and (home / "policies").is_dir():
        privns.require_privns()
        argv = privns.in_system(home / "system", argv, policies=home / "policies")
    return subprocess.run(argv, capture_output=True, text=True, env=env, timeout=60)


def test_generated_files_are_up_to_date() -> None:
    for path, text in generated_files().items():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path} is stale: run python -m offline_ready.config.templates")


def test_builtin_defaults_are_the_shipped_defaults_file() -> None:
    """Settings load their built-in layer from the schema without parsing the shipped file: both must agree."""
    from offline_ready.config.loader import DEFAULT, _read_layer, builtin_defaults, defaults_file

    assert builtin_defaults() == _read_layer(defaults_file(), DEFAULT)
    first = builtin_defaults()
    first["probes.resolvers"].append("changed")
    assert "changed" not in builtin_defaults()["probes.resolvers"]


def test_defaults_spread_across_three_providers() -> None:
    c = load_config()
    assert len(c["probes.resolvers"]) >= 3
    assert len(c["probes.ip_endpoints"]) >= 3
    hosts = {u["url"].split("/")[2].split(".")[-2] for u in c["probes.connectivity"]}
    assert len(hosts) >= 3


def test_precedence_default_recommended_user_managed() -> None:
    p = app_paths()
    write(p.policy_dir / "recommended" / "10.toml", "[probes]\ntimeout = 3.0\nslow_ms = 700\n")
    write(p.user_config_file, "[probes]\ntimeout = 4.0\n[monitor]\nfull_interval = 120\n")
    write(p.policy_dir / "managed" / "10.toml", "[monitor]\nfull_interval = 300\n")
    c = load_config()
    assert (c["probes.timeout"], c.source("probes.timeout")) == (4.0, "user")
    assert (c["probes.slow_ms"], c.source("probes.slow_ms")) == (700, "recommended")
    assert (c["monitor.full_interval"], c.source("monitor.full_interval")) == (300, "managed")
    assert c.is_locked("monitor.full_interval") and not c.is_locked("probes.timeout")
    assert c.source("monitor.trouble_interval") == "default"


def test_save_refuses_locked_and_keeps_comments() -> None:
    p = app_paths()
    write(p.user_config_file, "# my notes\n[probes]\ntimeout = 4.0 # slow office line\n")
    write(p.policy_dir / "managed" / "a.toml", "[monitor]\nfull_interval = 300\n")
    c = load_config()
    with pytest.raises(ConfigError, match="managed by your organization"):
        save_user_settings(c, {"monitor.full_interval": 60})
    c = save_user_settings(c, {"probes.slow_ms": 800, "services": [{"name": "Shop", "url": "http://shop.test/"}]})
    text = p.user_config_file.read_text()
    assert "# my notes" in text and "# slow office line" in text
    assert c["probes.slow_ms"] == 800 and c["services"][0]["name"] == "Shop"


BAD = [
    ("bad toml", "[probes\ntimeout = 2", "line 1", "not valid TOML"),
    ("unknown key", "[probes]\ntimeout = 2\ntimout = 3\n", "line 3", "did you mean 'probes.timeout'"),
    ("wrong type", "[probes]\n\ntimeout = \"fast\"\n", "line 3", "expected a number"),
    ("bad url", "[probes]\nconnectivity = [{url = \"ftp://x.test/\"}]\n", "line 2", "must start with http://"),
    ("bad address", "[probes]\nresolvers = [\"1.2.3.999\"]\n", "line 2", "not a valid IPv4 or IPv6 address"),
    ("bad endpoint", "[probes]\nip_endpoints = [\"shop.test:80\"]\n", "line 2", "is not an IP address"),
    ("service without url", "[[services]]\nname = \"Shop\"\n", "line 1", "field 'url' is required"),
    ("not utf-8", b"[probes]\ntimeout = 2 # \xff\n", None, "not UTF-8"),
]


@pytest.mark.parametrize(("name", "text", "line", "problem"), BAD, ids=[b[0] for b in BAD])
def test_broken_user_file_names_file_line_and_problem(name, text, line, problem, tmp_path) -> None:
    f = tmp_path / "user.toml"
    f.write_bytes(text if isinstance(text, bytes) else text.encode())
    with pytest.raises(ConfigError) as exc:
        load_config(f)
    msg = str(exc.value)
    assert str(f) in msg and problem in msg
    if line:
        assert line in msg


def test_broken_policy_exits_3_without_traceback(app_home) -> None:
    write(app_paths().policy_dir / "managed" / "corp.toml", "[probes]\ntimeout = -1\n")
    r = cli("check", home=app_home)
    assert r.returncode == 3
    assert "corp.toml" in r.stderr and "must be at least" in r.stderr
    assert "Traceback" not in r.stderr


def test_a_user_variable_does_not_move_the_policy_folder(app_home) -> None:
    """OFFLINE_READY_HOME once moved the policy folder too, so any user could drop the admin's locks."""
    write(app_home / "policies" / "managed" / "p.toml", "[probes]\ntimeout = 5.0\n")
    write(app_home / "config" / "config.toml", "[probes]\ntimeout = 9.0\n")
    escaped = cli("config", "show", "--json", home=app_home, policy_mount=False)
    assert json.loads(escaped.stdout)["settings"]["probes.timeout"]["source"] == "user"  # not read as policy
    managed = cli("config", "show", "--json", home=app_home)  # the same files at the fixed system path
    assert json.loads(managed.stdout)["settings"]["probes.timeout"] == {"value": 5.0, "source": "managed",
                                                                         "locked": True}
    paths = json.loads(cli("config", "paths", "--json", home=app_home, policy_mount=False).stdout)
    assert paths["policies"] == "/etc/offline-ready/policies"


def test_missing_config_file_is_exit_3(app_home, tmp_path) -> None:
    r = cli("config", "show", "--config", str(tmp_path / "nope.toml"), home=app_home)
    assert r.returncode == 3 and "file not found" in r.stderr


def test_config_show_json_reports_sources(app_home) -> None:
    write(app_home / "policies" / "managed" / "p.toml", "[probes]\ntimeout = 5.0\n")
    write(app_home / "config" / "config.toml", "[probes]\nslow_ms = 900\n")
    r = cli("config", "show", "--json", home=app_home)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)["settings"]
    assert data["probes.timeout"] == {"value": 5.0, "source": "managed", "locked": True}
    assert data["probes.slow_ms"]["source"] == "user"
    assert data["probes.canary_names"]["source"] == "default"


def test_policy_templates_cover_every_lockable_key() -> None:
    from offline_ready.config.schema import SETTINGS

    schema = json.loads((ROOT / "resources/policy/offline-ready.schema.json").read_text())
    example = (ROOT / "resources/policy/policy-example.toml").read_text()
    for s in SETTINGS:
        props = schema["properties"]
        assert (s.key in props) or (s.name in props[s.section]["properties"])
        if s.lockable and "." in s.key:
            assert f"# {s.name} = " in example


@pytest.mark.parametrize(("text", "problem"), [
    ('[notifications]\nquiet_hours = "nights"\n', "e.g. '22:00-07:00'"),
    ('[notifications]\nquiet_hours = "25:00-07:00"\n', "not in the expected form"),
    ('[notifications]\nstates = "dns-outage,power-cut"\n', "unknown entry 'power-cut'"),
])
def test_notification_settings_are_checked(text, problem, tmp_path) -> None:
    f = write(tmp_path / "c.toml", text)
    with pytest.raises(ConfigError, match=problem):
        load_config(f)
    ok = write(tmp_path / "ok.toml", '[notifications]\nquiet_hours = "22:00-07:00"\nstates = "dns-outage, no-internet"\n')
    assert load_config(ok)["notifications.states"] == "dns-outage,no-internet"


def test_tolerant_load_uses_last_good_settings_and_never_touches_the_file() -> None:
    p = app_paths()
    write(p.user_config_file, "[probes]\ntimeout = 4.0\n")
    assert load_config()["probes.timeout"] == 4.0  # loads fine: remembered as the last good copy
    write(p.user_config_file, "[probes]\ntimeout = 4.0\nslow_ms = 'very'\n")  # a hand edit breaks it
    with pytest.raises(ConfigError, match="slow_ms"):
        load_config()  # the CLI stays strict: exit 3
    c = load_config(tolerant=True)
    assert c["probes.timeout"] == 4.0 and c.source("probes.timeout") == "user"
    assert c.user_file_broken and "slow_ms" in c.problems[0] and "last good settings" in c.problems[0]
    with pytest.raises(ConfigError, match="fix or remove it first"):
        save_user_settings(c, {"probes.timeout": 3.0})
    assert p.user_config_file.read_text().endswith("slow_ms = 'very'\n")


def test_tolerant_load_skips_a_broken_policy_and_says_so() -> None:
    p = app_paths()
    write(p.policy_dir / "managed" / "bad.toml", "[probes\n")
    write(p.policy_dir / "managed" / "good.toml", "[probes]\ntimeout = 5.0\n")
    c = load_config(tolerant=True)
    assert c["probes.timeout"] == 5.0 and c.is_locked("probes.timeout")
    assert len(c.problems) == 1 and "bad.toml" in c.problems[0]


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "+nan"])
def test_nan_and_infinity_are_refused(app_home, value) -> None:
    """`probes.timeout = nan` passed every range check (nan compares false) and hung `check`."""
    f = write(app_home / "config" / "config.toml", f"[probes]\ntimeout = {value}\n")
    r = cli("check", home=app_home)
    assert r.returncode == 3 and str(f) in r.stderr and "must be a finite number" in r.stderr, r.stderr
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize("deep", ["a = " + "[" * 5000 + "]" * 5000, "a = " + "{b = " * 3000 + "1" + "}" * 3000,
                                  "[probes]\ncanary_names = " + "[" * 20 + '"x"' + "]" * 20],
                         ids=["arrays", "inline-tables", "in-a-known-key"])
def test_absurdly_deep_toml_is_exit_3_naming_the_file(app_home, deep) -> None:
    f = write(app_home / "config" / "config.toml", deep + "\n")
    r = cli("config", "validate", home=app_home)
    assert r.returncode == 3 and str(f) in r.stderr and "nested too deeply" in r.stderr, r.stderr[-500:]
    assert "Traceback" not in r.stderr


def test_the_tray_keeps_its_last_good_settings_when_the_file_turns_absurdly_deep() -> None:
    f = write(app_paths().user_config_file, "[probes]\ntimeout = 4.0\n")
    assert load_config()["probes.timeout"] == 4.0
    f.write_text("a = " + "[" * 100000 + "]" * 100000 + "\n")
    before = f.read_bytes()
    c = load_config(tolerant=True)
    assert c["probes.timeout"] == 4.0 and "nested too deeply" in c.problems[0] and str(f) in c.problems[0]
    assert f.read_bytes() == before


def test_a_utf8_byte_order_mark_is_accepted(app_home) -> None:
    write(app_home / "config" / "config.toml", "")
    (app_home / "config" / "config.toml").write_bytes(b"\xef\xbb\xbf[probes]\ntimeout = 4.5\n")
    assert load_config()["probes.timeout"] == 4.5
    r = cli("config", "show", "--json", home=app_home)
    assert r.returncode == 0 and json.loads(r.stdout)["settings"]["probes.timeout"]["value"] == 4.5, r.stderr


@pytest.mark.parametrize("section", [
    '[[services]]\nname = "Intranet"\nurl = "https://ann:s3cr3t-Tok@intranet.example/health"\n',
    '[[services]]\nname = "CRM"\nurl = "https://crm.example/"\nstatus_page = "https://x:s3cr3t-Tok@status.example/"\n',
], ids=["service-url", "status-page"])
def test_service_urls_with_credentials_are_refused(app_home, section) -> None:
    """A password in a service URL would be copied into history and exports: the settings refuse it,
    the error never repeats it, and it points to the keyring."""
    f = write(app_home / "config" / "config.toml", section)
    r = cli("config", "validate", home=app_home)
    assert r.returncode == 3 and str(f) in r.stderr and "keyring" in r.stderr, r.stderr
    assert "s3cr3t" not in r.stderr and "s3cr3t" not in r.stdout
