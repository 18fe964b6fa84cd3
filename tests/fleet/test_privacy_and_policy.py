"""What is never sent, what is off by default, what IT's policy locks, where the secret lives, and the
``fleet preview`` / ``fleet status`` commands that show a user exactly what is sent."""

from __future__ import annotations

import getpass
import json
import os
import socket
import subprocess
import sys

import pytest

from fleet.desk import Desk, paths_under, write_settings
from fleet.gate import Gate
from offline_ready.config import ConfigError, load_config, save_user_settings
from offline_ready.fleet import series, wire
from offline_ready.fleet.options import FleetCredentialError, FleetOptions, auth_headers
from offline_ready.fleet.reporter import FleetReporter

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PRIVATE = ("alice-laptop", "Home Sweet Home", "00:11:22:33:44:55", "192.168.1.1", "wlp2s0", getpass.getuser())


def test_nothing_personal_in_what_is_sent(tmp_path):
    with Gate(None) as engine:
        desk = Desk(tmp_path / "home", name="alice-laptop.corp.example")
        rep = desk.open(metrics_url=engine.url + "/api/v1/write", events_url=engine.url + "/insert/jsonline")
        desk.observe("online")
        desk.tick(60, "dns-outage", down={"Shop": "dns"})
        desk.tick(60, "online")
        assert rep.send_all() == {"metrics": 3, "events": 2}
    points = wire.decode(engine.received[0][2])
    assert {p.name for p in points} <= {series.PREFIX + s for s in series.SERIES}
    sent = json.dumps([[p.name, p.labels] for p in points]) + engine.received[1][2].decode()
    stored = b"".join(f.read_bytes() for f in (tmp_path / "home" / "data").iterdir()).decode("utf-8", "replace")
    for private in PRIVATE:
        assert private not in sent, private
        assert private not in stored, private  # nor kept in the spool
    assert {k for p in points for k, _ in p.labels} <= series.ALLOWED_LABELS


@pytest.mark.parametrize("bad", ["10.0.0.5", "2001:db8::1", "00:11:22:33:44:55", "Büro\u202e"])
def test_address_shaped_or_odd_label_values_are_refused(bad):
    with pytest.raises(ValueError):
        series.check_labels([wire.Point("offline_ready_service_up", (("service", bad),), 1.0, 0)])
    assert series.service_label(bad) in ("", "B_ro_")


def test_the_desk_is_named_by_a_salted_hash_only():
    a = series.desk_id("Alice-Laptop", "salt-1")
    assert a == series.desk_id("alice-laptop", "salt-1") != series.desk_id("alice-laptop", "salt-2")
    assert len(a) == 16 and "alice" not in a


def test_reporting_is_off_by_default_and_starts_nothing(app_home):
    config = load_config()
    assert FleetOptions.from_config(config).active is False
    rep = FleetReporter(config)
    assert rep.start() is False
    assert rep._thread is None and not (config.paths.data_dir / "fleet-spool.sqlite3").exists()


def test_managed_policy_locks_every_fleet_setting(app_home):
    managed = app_home / "policies" / "managed"
    managed.mkdir(parents=True)
    (managed / "fleet.toml").write_text(
        '[fleet]\nenabled = true\nmetrics_url = "https://vm.corp.example:8428/api/v1/write"\nsite = "berlin"\n'
        'auth = "bearer"\ninterval = 120\n')
    config = load_config()
    options = FleetOptions.from_config(config)
    assert options.active and options.site == "berlin" and options.interval == 120
    for key in ("fleet.enabled", "fleet.metrics_url", "fleet.site", "fleet.auth", "fleet.interval"):
        assert config.is_locked(key)
    with pytest.raises(ConfigError, match="managed by your organization"):
        save_user_settings(config, {"fleet.enabled": False})
    from offline_ready.config.schema import SETTINGS

    assert all(s.lockable for s in SETTINGS if s.section == "fleet")


def test_a_password_in_the_url_is_refused(app_home):
    write_settings(app_home, metrics_url="https://user:secret@vm.corp.example/api/v1/write")
    with pytest.raises(ConfigError, match="metrics_url"):
        load_config(app_home / "config" / "config.toml", paths_under(app_home))


def test_it_provisioned_credentials_file(tmp_path):
    creds = tmp_path / "fleet-credentials.toml"
    creds.write_text('token = "s3cr3t-token"\npassword = "pw"\n')
    creds.chmod(0o644)
    bearer = FleetOptions(auth="bearer", credentials_file=str(creds))
    assert auth_headers(bearer) == {"Authorization": "Bearer s3cr3t-token"}
    basic = FleetOptions(auth="basic", username="desk", credentials_file=str(creds))
    assert auth_headers(basic) == {"Authorization": "Basic ZGVzazpwdw=="}
    creds.chmod(0o666)
    with pytest.raises(FleetCredentialError, match="other users"):
        auth_headers(bearer)


def test_without_a_secret_nothing_is_sent_and_nothing_lost(tmp_path):
    with Gate(None) as engine:
        desk = Desk(tmp_path / "home")
        rep = desk.open(metrics_url=engine.url + "/api/v1/write", auth="bearer")
        desk.observe("online")
        assert rep.send_all() == {"metrics": 0}
        assert "keyring" in rep.last_error["metrics"]
    assert engine.received == [] and rep.spool.stats()["items"] == 1


@pytest.mark.keyring
def test_login_keeps_the_token_in_the_keyring_and_it_is_sent(real_keyring, tmp_path):
    home = tmp_path / "home"
    with Gate(None) as engine:
        write_settings(home, metrics_url=engine.url + "/api/v1/write", auth="bearer")
        env = {**os.environ, "OFFLINE_READY_HOME": str(home), "PYTHONPATH": os.path.join(ROOT, "desktop")}
        done = subprocess.run([sys.executable, "-m", "offline_ready", "fleet", "login"], input="tok-123\n",
                              env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        assert "tok-123" not in (home / "config" / "config.toml").read_text()
        desk = Desk(home)
        rep = desk.open(metrics_url=engine.url + "/api/v1/write", auth="bearer")
        desk.observe("online")
        assert rep.send_all() == {"metrics": 1}
    assert engine.received[0][1]["Authorization"] == "Bearer tok-123"


def test_preview_and_status_show_exactly_what_is_sent(tmp_path):
    home = tmp_path / "home"
    desk = Desk(home)
    rep = desk.open(metrics_url="http://127.0.0.1:9/api/v1/write", site="berlin")
    desk.observe("online")
    desk.tick(60, "dns-outage")
    labels = dict(rep.identity.labels())
    rep.spool_salt = rep.spool.get_meta("salt")
    rep.stop()
    env = {**os.environ, "OFFLINE_READY_HOME": str(home), "PYTHONPATH": os.path.join(ROOT, "desktop")}

    def cli(*args):
        done = subprocess.run([sys.executable, "-m", "offline_ready", "fleet", *args], env=env,
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        return done.stdout

    data = json.loads(cli("preview", "--json"))
    assert data["labels"]["site"] == "berlin"  # this machine's own pseudonym: its host name, the same salt
    assert data["labels"]["desk"] == series.desk_id(socket.gethostname(), rep.spool_salt)
    assert all(p["labels"]["desk"] == labels["desk"] for p in data["last_sample"])  # as recorded and sent
    assert {p["name"] for p in data["last_sample"]} >= {"offline_ready_state", "offline_ready_incidents_total"}
    state = {p["labels"]["state"]: p["value"] for p in data["last_sample"] if p["name"] == "offline_ready_state"}
    assert state["dns-outage"] == 1 and sum(state.values()) == 1
    assert len(data["next_to_send"]["metrics"]) > 0
    assert set(data["series"]) == {series.PREFIX + s for s in series.SERIES}
    status = json.loads(cli("status", "--json"))
    assert status["enabled"] and status["queued"] == 2 and status["last_sent"] is None
    assert "Reporting to your organisation: 127.0.0.1" in cli("status")
    assert 'offline_ready_state{state="dns-outage"} 1' in cli("preview")


def test_https_engine_signed_by_the_organisations_ca(tmp_path):
    from netlab.certs import make_ca_and_cert

    (tmp_path / "pki").mkdir()
    ca, cert, key = make_ca_and_cert(tmp_path / "pki", ["localhost"])
    with Gate(None, tls=(str(cert), str(key))) as engine:
        plain = Desk(tmp_path / "plain")
        rep = plain.open(metrics_url=engine.url + "/api/v1/write")
        plain.observe("online")
        assert rep.send_all() == {"metrics": 0}  # a company CA the system does not trust
        assert "certificate" in rep.last_error["metrics"].lower()
        corp = Desk(tmp_path / "corp")
        rep2 = corp.open(metrics_url=engine.url + "/api/v1/write", ca_file=str(ca))
        corp.observe("online")
        assert rep2.send_all() == {"metrics": 1}
    assert len(engine.received) == 1
