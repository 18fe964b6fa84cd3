"""Incident reports: content per layer, three formats, mailto, and never a stored credential."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from offline_ready.diagnosis.classify import classify
from offline_ready.drill.scenarios import staged_observations
from offline_ready.history import HistoryStore
from offline_ready.paths import app_paths
from offline_ready.report import build_report, mailto_url
from offline_ready.report.mailto import pick_recipient
from offline_ready.report.redact import Redactor, clean_url
from offline_ready.report.render import to_html, to_pdf, to_text
from offline_ready.statuspage.fetch import StatusCache
from offline_ready.statuspage.model import ProviderIncident, ProviderStatus
from offline_ready.vault.contacts.model import Contact, Email, Phone

ROOT = Path(__file__).resolve().parents[2]
SERVICES = [{"name": "Shop", "url": "https://shop.example/"}]


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def outage(start: datetime) -> dict:
    v = classify(staged_observations("dns-outage", SERVICES), checked_at=start)
    return v.to_dict()


def test_report_has_what_failed_when_evidence_per_layer_and_network_facts() -> None:
    start = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    page = ProviderStatus("Shop", "u", "statuspage", start + timedelta(minutes=2), indicator="none",
                          description="All Systems Operational")
    rep = build_report(incident_id=7, state="dns-outage", summary="Your DNS resolver isn't answering",
                       started_at=start, ended_at=start + timedelta(minutes=42), verdict=outage(start),
                       status_pages=[page], now=start + timedelta(hours=1))
    text = to_text(rep)
    assert "42 min 0 s" in text and "Your DNS resolver isn't answering" in text
    for layer in ("Network link", "Local network (gateway)", "DNS (name lookups)", "Internet (by address)"):
        assert layer in text
    assert "Other resolvers work (192.0.2.1, 192.0.2.9)." in text  # what worked
    assert "Shop's status page says all systems operational: the problem is between you and them" in text
    assert "Resolver comparison: 192.0.2.1: 3/3 names answered; 192.0.2.9: 3/3 names answered; " \
           "192.0.2.53 (yours): 0/3 names answered" in text
    assert "Gateway: 192.0.2.254" in text
    html = to_html(rep)
    assert html.startswith("<!doctype html>") and "<link" not in html and "<script" not in html and "src=" not in html
    assert "Resolver comparison" in html
    pdf = to_pdf(rep)
    assert pdf.startswith(b"%PDF") and "Resolver comparison" in pdf_text(pdf)


def test_redaction_of_urls_and_known_secrets() -> None:
    r = Redactor(["hunter2-token-XYZ"])
    assert clean_url("https://bob:pw@shop.example:8443/a?token=1#x") == "https://shop.example:8443/a?[redacted]"
    assert r("GET https://bob:pw@shop.example/a?key=9 failed") == "GET https://shop.example/a?[redacted] failed"
    assert r("header Authorization: Bearer abc.def0123") == "header Authorization: [redacted]"
    assert r("sent Bearer abcdef0123456789 to it") == "sent Bearer [redacted] to it"
    assert r("password=swordfish; next") == "password=[redacted] next"
    assert r("the token expired") == "the token expired"  # plain words stay
    assert "hunter2-token-XYZ" not in r("path /dl/hunter2-token-XYZ/file.pdf")


def test_mailto_prefilled_for_the_isp() -> None:
    contacts = [Contact("Anna", groups=["IT helpdesk"], emails=[Email("it@corp.example")]),
                Contact("ISP support", groups=["ISP"], emails=[Email("support@isp.example")],
                        phones=[Phone("+49 800 1", "+498001")])]
    assert pick_recipient(contacts, ["IT helpdesk", "ISP"]).name == "ISP support"
    assert pick_recipient(contacts, ["IT helpdesk", "ISP"], prefer="it").name == "Anna"
    assert pick_recipient([], ["ISP"]) is None
    url = mailto_url("support@isp.example", "Outage report: DNS", "line 1\nline 2 & more")
    assert url == "mailto:support@isp.example?subject=Outage%20report%3A%20DNS&body=line%201%0Aline%202%20%26%20more"
    assert len(mailto_url("a@b.example", "s", "x" * 10_000)) < 2200


@pytest.mark.keyring
def test_no_report_format_contains_a_stored_credential(real_keyring, app_home) -> None:
    """Plant secrets in the keyring (a document's bearer token) and in the settings (a token in a
    service URL), make them show up in an incident's evidence (with a password in a URL's user info),
    and grep every format."""
    token = "tok-Secr3t-7f3a9c1b2e"
    url_password = "pw-Hunter2-551"
    query_token = "qk-991-abcdef"
    cfg = app_home / "config" / "config.toml"
    cfg.parent.mkdir(parents=True, exist_ok=True)
    svc_url = f"https://shop.example/api?apikey={query_token}"  # the settings refuse user info in URLs
    cfg.write_text(f'[[services]]\nname = "Shop"\nurl = "{svc_url}"\n')
    from offline_ready.config import load_config
    from offline_ready.vault.credentials import Credential
    from offline_ready.vault.service import VaultService

    config = load_config()
    vault = VaultService(config)
    vault.add_document(f"https://intranet.example/plans/{token}/continuity.pdf", name="Continuity plan",
                       credential=Credential("bearer", token))
    vault.close()
    start = datetime.now(UTC) - timedelta(minutes=30)
    v = classify(staged_observations("dns-outage", [{"name": "Shop", "url": svc_url}]), checked_at=start)
    v.services[0].detail = (f"fetch {svc_url} with Authorization: Bearer {token} failed; "
                            f"redirected to https://bob:{url_password}@login.shop.example/")
    store = HistoryStore(app_paths().history_db)
    iid = store.open_incident(v, start)
    store.close_incident(iid, start + timedelta(minutes=5))
    store.close()
    StatusCache(app_paths().cache_dir).add(ProviderStatus(
        "Shop", "https://status.example/api/v2/summary.json", "statuspage", start + timedelta(minutes=1),
        indicator="major", incidents=[ProviderIncident(f"Errors for key {token}", impact="major", started_at=start)]))
    outputs = {}
    for fmt in ("text", "html", "pdf"):
        out = app_home / f"report.{fmt}"
        r = subprocess.run([sys.executable, "-m", "offline_ready", "history", "report", str(iid), "--format", fmt,
                            "-o", str(out)], capture_output=True, timeout=120,
                           env={**__import__("os").environ, "PYTHONPATH": str(ROOT / "desktop")})
        assert r.returncode == 0, r.stderr.decode()
        data = out.read_bytes()
        outputs[fmt] = pdf_text(data) + data.decode("latin-1") if fmt == "pdf" else data.decode("utf-8")
    for fmt, text in outputs.items():
        for secret in (token, url_password, query_token):
            assert secret not in text, f"{secret} leaked into the {fmt} report"
        assert "Shop" in text and "[redacted]" in text
    assert "Errors for key [redacted]" in outputs["text"]  # the status page at the time is in it, scrubbed


def test_history_report_cli_errors(app_home) -> None:
    env = {**__import__("os").environ, "PYTHONPATH": str(ROOT / "desktop")}
    r = subprocess.run([sys.executable, "-m", "offline_ready", "history", "report", "99"], capture_output=True,
                       text=True, env=env, timeout=60)
    assert r.returncode == 3 and "no incident 99" in r.stderr
    start = datetime.now(UTC) - timedelta(minutes=3)
    store = HistoryStore(app_paths().history_db)
    iid = store.open_incident(classify(staged_observations("no-internet", SERVICES), checked_at=start), start)
    store.close()
    r = subprocess.run([sys.executable, "-m", "offline_ready", "history", "report", str(iid)], capture_output=True,
                       text=True, env=env, timeout=60)
    assert r.returncode == 0 and "still ongoing" in r.stdout and "The internet is down" in r.stdout
    r = subprocess.run([sys.executable, "-m", "offline_ready", "history", "--json"], capture_output=True, text=True,
                       env=env, timeout=60)
    assert [i["id"] for i in json.loads(r.stdout)["incidents"]] == [iid]
