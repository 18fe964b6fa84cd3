"""`offline-ready check` in the pseudo-locale, inside the test network: the verdict a user reads
(plain text with every evidence row, and the advice in the JSON) went through translation in every
state it can be in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from offline_ready.i18n import pseudo
from support.pseudo import bypasses

pytestmark = pytest.mark.netns

SERVICES = ("Shop", "Forum")  # the lab's watched services: names the user chose


@pytest.fixture(scope="module")
def cfg(lab, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cfg") / "lab.toml"
    path.write_text(lab.config_text(timeout=2.0))
    return path


def _check(lab, cfg: Path, home: Path, *extra: str):
    env = lab.client_env({"OFFLINE_READY_HOME": str(home), "LANGUAGE": "x-pseudo"})
    return lab.exec(["python3", "-m", "offline_ready", "check", *extra, "--config", str(cfg)], env=env, timeout=30)


@pytest.mark.parametrize("fault", ["healthy", "resolver_drop", "upstream_down", "http_status"])
def test_check_speaks_only_translated_text(healthy_lab, cfg, app_home, fault) -> None:
    if fault == "http_status":
        healthy_lab.http_status()
    elif fault != "healthy":
        getattr(healthy_lab, fault)()
    plain = _check(healthy_lab, cfg, app_home, "--evidence")
    assert plain.stdout, plain.stderr
    assert pseudo("Evidence:") in plain.stdout  # the probes' rows are read too: their details are translated
    assert not bypasses(plain.stdout, (*SERVICES, "eth0")), plain.stdout
    data = json.loads(_check(healthy_lab, cfg, app_home, "--json").stdout)
    advice = data["advice"]
    for line in [advice["headline"], *advice["broken"], *advice["works"], *advice["todo"]]:
        assert not bypasses(line, SERVICES), line
