"""Typed settings: every schema key is an attribute with its kind's type and its one default;
a misspelt name raises at once instead of returning a default."""

from __future__ import annotations

import pytest

from offline_ready.config import Config, load_config
from offline_ready.config.schema import SETTINGS
from offline_ready.config.typed import ConfigVar, UnknownSettingError
from offline_ready.paths import app_paths


def typed(config: Config, key: str):
    section, _, name = key.rpartition(".")
    return getattr(getattr(config, section), name) if section else getattr(config, name)


def test_every_default_has_its_kinds_type() -> None:
    for s in SETTINGS:
        assert isinstance(s.default, s.kind.py_type), s.key
        assert s.kind.check(s.default) == s.default, s.key


def test_typed_access_gives_every_setting_with_the_schema_default_and_type() -> None:
    c = load_config()
    for s in SETTINGS:
        value = typed(c, s.key)
        assert value == s.default == c[s.key], s.key
        assert isinstance(value, s.kind.py_type), s.key


def test_typed_access_follows_the_layers() -> None:
    p = app_paths()
    p.user_config_file.parent.mkdir(parents=True, exist_ok=True)
    p.user_config_file.write_text("[probes]\ntimeout = 4\n[backup_dns]\nallow_switch = false\n"
                                  '[[services]]\nname = "Shop"\nurl = "http://shop.test/"\n')
    c = load_config()
    assert c.probes.timeout == 4.0 and type(c.probes.timeout) is float  # an integer in TOML, a float here
    assert c.backup_dns.allow_switch is False
    assert [s["name"] for s in c.services] == ["Shop"]
    assert c.source(Config.probes.timeout) == "user" and c.source("probes.slow_ms") == "default"


def test_class_attributes_are_the_config_vars() -> None:
    var = Config.backup_dns.allow_switch
    assert isinstance(var, ConfigVar) and var.key == "backup_dns.allow_switch"
    assert var.py_type is bool and var.default is True
    assert isinstance(Config.services, ConfigVar) and Config.services.py_type is list
    assert not load_config().is_locked(var)


@pytest.mark.parametrize("misspelt, suggestion", [
    (lambda c: c.probes.timout, "probes.timeout"),
    (lambda c: c.probs, "probes"),
    (lambda c: c.backup_dns.allowswitch, "backup_dns.allow_switch"),
    (lambda c: c["probes.timout"], "probes.timeout"),
    (lambda c: c.is_locked("backup_dns.alow_switch"), "backup_dns.allow_switch"),
    (lambda c: c.source("vault.keep_version"), "vault.keep_versions"),
    (lambda c: Config.ui.start_at_logn, "ui.start_at_login"),
])
def test_an_unknown_setting_raises_at_once(misspelt, suggestion) -> None:
    c = load_config()
    with pytest.raises(UnknownSettingError, match=f"did you mean {suggestion!r}"):
        misspelt(c)


def test_unknown_settings_are_attribute_and_key_errors() -> None:
    """So ``getattr(config, name, None)`` and ``hasattr`` keep working for code probing an object."""
    c = load_config()
    assert getattr(c.probes, "nothing", None) is None and not hasattr(c, "nothing")
    with pytest.raises(KeyError):
        c["no.such"]


def test_settings_are_read_only_through_typed_access() -> None:
    c = load_config()
    with pytest.raises(AttributeError, match="read-only"):
        c.probes.timeout = 9.0
    assert c.probes.timeout == 2.0


def test_probe_settings_are_a_frozen_typed_snapshot() -> None:
    import dataclasses

    from offline_ready.diagnosis.engine import probe_settings
    from offline_ready.diagnosis.settings import ProbeSettings

    p = app_paths()
    p.user_config_file.parent.mkdir(parents=True, exist_ok=True)
    p.user_config_file.write_text("[probes]\ntimeout = 3\nslow_ms = 700\n"
                                  '[[services]]\nname = "Shop"\nurl = "http://shop.test/"\n'
                                  '[[services]]\nname = "Old"\nurl = "http://old.test/"\nenabled = false\n')
    s = probe_settings(load_config())
    assert isinstance(s, ProbeSettings)
    assert (s.timeout, s.slow_ms, s.gateway) == (3.0, 700.0, True)
    assert s.nxdomain_zone == "example.com" and len(s.canary_names) >= 3
    assert [svc["name"] for svc in s.services] == ["Shop"]  # disabled services are not probed
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.timeout = 1.0  # type: ignore[misc]


def test_there_is_no_lookup_with_a_default() -> None:
    """``config.get("key", default)`` is gone: the default lives in the schema alone."""
    c = load_config()
    with pytest.raises(UnknownSettingError):
        c.get("probes.timeout", 2.0)
    with pytest.raises(UnknownSettingError):
        c.section("probes")
