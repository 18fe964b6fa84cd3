"""Table-driven tests of the vault's pure decisions: sniffing, acceptance, freshness, retention, names."""

from __future__ import annotations

import pytest
import vault_samples as S

from offline_ready.vault import freshness, retention, verify
from offline_ready.vault.names import (
    display_name_from_source,
    filename_from_disposition,
    safe_filename,
    with_extension,
)
from offline_ready.vault.search import build_match
from offline_ready.vault.sniff import Sniffed, compatible, detect_stand_in, expected_from_name, sniff_bytes

# --- sniffing ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("data,family", [
    (b"", "empty"),
    (b"%PDF-1.7\n...", "pdf"),
    (b"\n\n%PDF-1.4", "pdf"),
    (b"\x89PNG\r\n\x1a\n....", "image"),
    (b"\xff\xd8\xff\xe0", "image"),
    (b"GIF89a....", "image"),
    (b"{\\rtf1\\ansi hello}", "rtf"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "ole"),
    (b"<!DOCTYPE html><html><body>x</body></html>", "html"),
    (b"  \n<html lang=en>", "html"),
    (b"<!-- c --><div>hi</div>", "html"),
    (b"\xef\xbb\xbf<!doctype HTML>", "html"),
    (b"<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'>", "html"),
    (b"<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg'/>", "image"),
    (b"<?xml version='1.0'?><feed/>", "xml"),
    (b"BEGIN:VCARD\r\nVERSION:3.0\r\n", "vcard"),
    (b'{"a": 1}', "json"),
    (b"name,phone\nA,1\nB,2\n", "csv"),
    (b"# Runbook\n\nRestart the router.\n", "text"),
    ("Grüße aus Köln\n".encode("cp1252"), "text"),
    ("Hello UTF-16".encode("utf-16"), "text"),
    (bytes(range(256)) * 4, "binary"),
])
def test_sniff_bytes(data, family):
    assert sniff_bytes(data).family == family


@pytest.mark.parametrize("maker,family", [
    (S.docx, "docx"), (S.xlsx, "xlsx"), (S.pptx, "pptx"), (S.odt, "odt"), (S.pdf, "pdf"),
])
def test_sniff_real_files(tmp_path, maker, family):
    from offline_ready.vault.sniff import sniff_file

    p = tmp_path / "f"
    p.write_bytes(maker())
    assert sniff_file(p).family == family


@pytest.mark.parametrize("name,expected", [
    ("http://x/plan.pdf", "pdf"), ("http://x/plan.PDF?download=1", "pdf"), ("/share/list.xlsx", "xlsx"),
    ("http://x/page", "auto"), ("http://x/a.b/", "auto"), ("contacts.vcf", "vcard"), ("notes.md", "text"),
])
def test_expected_from_name(name, expected):
    assert expected_from_name(name) == expected


@pytest.mark.parametrize("expected,got,ok", [
    ("auto", "html", True), ("pdf", "pdf", True), ("pdf", "html", False), ("text", "csv", True),
    ("csv", "text", True), ("docx", "zip", False), ("html", "pdf", False),
])
def test_compatible(expected, got, ok):
    assert compatible(expected, got) is ok


@pytest.mark.parametrize("page,kind", [
    (S.LOGIN_PAGE.decode(), "login"),
    (S.CHALLENGE_PAGE.decode(), "challenge"),
    ("<html><head><title>Anmelden</title></head><body><form action='/auth/realms/x'>", "login"),
    ("<html><body><form method=post action=https://login.microsoftonline.com/common/oauth2>"
     "<input name=SAMLRequest></form></body></html>", "login"),
    ("<html><head><title>Attention Required! | Cloudflare</title></head></html>", "challenge"),
    ("<html><body><div class='g-recaptcha'></div></body></html>", "challenge"),
])
def test_stand_in_pages_detected(page, kind):
    found = detect_stand_in(page)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize("page", [
    S.html().decode(),
    "<html><head><title>How to log in to the VPN</title></head><body><p>Steps…</p></body></html>",
    "<html><body><p>Our sign-in policy: use MFA.</p></body></html>",
])
def test_content_pages_not_mistaken_for_login(page):
    assert detect_stand_in(page) is None


def test_redirect_to_sign_in_url_counts():
    page = "<html><head><title>Welcome</title></head><body><form><input name=u></form></body></html>"
    assert detect_stand_in(page, "https://idp.example/adfs/ls/?wa=wsignin1.0") is None  # URL alone: score 2
    assert detect_stand_in(page.replace("Welcome", "Sign in"), "https://idp.example/adfs/ls/") is not None


# --- acceptance ------------------------------------------------------------------------------------------

PDF = Sniffed("pdf")
HTML = Sniffed("html")


def cand(**kw):
    base = dict(status=200, received=1000, declared_length=1000, sniffed=PDF)
    base.update(kw)
    return verify.Candidate(**base)


PREV_PDF = verify.Previous("pdf", 1000)


@pytest.mark.parametrize("candidate,previous,policy,verdict,reason", [
    (cand(), PREV_PDF, verify.Policy(), verify.Judgement.ACCEPT, None),
    (cand(), None, verify.Policy(), verify.Judgement.ACCEPT, None),
    (cand(status=500), PREV_PDF, verify.Policy(), verify.Judgement.FAIL, verify.Reason.STATUS),
    (cand(received=400, declared_length=1000), PREV_PDF, verify.Policy(), verify.Judgement.REJECT, verify.Reason.TRUNCATED),
    (cand(received=0, declared_length=0, sniffed=Sniffed("empty")), PREV_PDF, verify.Policy(), verify.Judgement.REJECT, verify.Reason.EMPTY),
    (cand(received=0, declared_length=None, sniffed=Sniffed("empty")), None, verify.Policy(), verify.Judgement.REJECT, verify.Reason.EMPTY),
    (cand(sniffed=HTML, html_head=S.LOGIN_PAGE.decode()), PREV_PDF, verify.Policy(), verify.Judgement.REJECT, verify.Reason.LOGIN),
    (cand(sniffed=HTML, html_head=S.LOGIN_PAGE.decode()), None, verify.Policy("pdf"), verify.Judgement.REJECT, verify.Reason.LOGIN),
    (cand(sniffed=HTML, html_head=S.LOGIN_PAGE.decode()), None, verify.Policy(), verify.Judgement.REJECT, verify.Reason.LOGIN),
    (cand(sniffed=HTML, html_head=S.CHALLENGE_PAGE.decode()), PREV_PDF, verify.Policy(), verify.Judgement.REJECT, verify.Reason.CHALLENGE),
    (cand(sniffed=HTML, html_head="<html><p>hi</p></html>"), PREV_PDF, verify.Policy(), verify.Judgement.REJECT, verify.Reason.TYPE),
    (cand(sniffed=HTML, html_head="<html><p>hi</p></html>"), None, verify.Policy("pdf"), verify.Judgement.REJECT, verify.Reason.TYPE),
    (cand(sniffed=HTML, html_head="<html><p>hi</p></html>", redirected_to_login=True), verify.Previous("html", 900),
     verify.Policy(), verify.Judgement.REJECT, verify.Reason.LOGIN),
    (cand(sniffed=HTML, html_head="<html><p>new text</p></html>"), verify.Previous("html", 900), verify.Policy(),
     verify.Judgement.ACCEPT, None),
    (cand(parse_error="no PDF end marker"), PREV_PDF, verify.Policy(), verify.Judgement.REJECT, verify.Reason.DAMAGED),
    (cand(received=300, declared_length=300), PREV_PDF, verify.Policy(), verify.Judgement.REJECT, verify.Reason.SHRUNK),
    (cand(received=300, declared_length=300), PREV_PDF, verify.Policy(confirmed=True), verify.Judgement.ACCEPT, None),
    (cand(received=600, declared_length=600), PREV_PDF, verify.Policy(), verify.Judgement.ACCEPT, None),
    (cand(received=300, declared_length=300), PREV_PDF, verify.Policy(shrink_threshold=0.2), verify.Judgement.ACCEPT, None),
    (cand(sniffed=Sniffed("docx")), PREV_PDF, verify.Policy(), verify.Judgement.REJECT, verify.Reason.TYPE),
    (cand(sniffed=Sniffed("docx")), PREV_PDF, verify.Policy(confirmed=True), verify.Judgement.ACCEPT, None),
    (cand(sniffed=HTML, html_head=S.LOGIN_PAGE.decode()), PREV_PDF, verify.Policy(confirmed=True), verify.Judgement.REJECT, verify.Reason.LOGIN),
    (cand(declared_length=None), PREV_PDF, verify.Policy(), verify.Judgement.ACCEPT, None),
])
def test_assess(candidate, previous, policy, verdict, reason):
    d = verify.assess(candidate, previous, policy)
    assert (d.verdict, d.reason) == (verdict, reason), d.detail


def test_only_shrink_and_type_changes_can_be_confirmed():
    assert verify.assess(cand(received=10, declared_length=10), PREV_PDF, verify.Policy()).needs_confirmation
    assert not verify.assess(cand(received=10, declared_length=20), PREV_PDF, verify.Policy()).needs_confirmation
    assert not verify.assess(cand(sniffed=HTML, html_head=S.LOGIN_PAGE.decode()), PREV_PDF,
                        verify.Policy()).needs_confirmation


def test_explain_names_the_version_shown():
    import datetime as dt

    ts = dt.datetime(2025, 3, 3, 12, tzinfo=dt.UTC).timestamp()
    now = dt.datetime(2025, 6, 1, tzinfo=dt.UTC).timestamp()
    assert verify.explain(verify.Reason.LOGIN, "x", ts, now) == "refresh returned a login page; showing the 3 March version"
    later = dt.datetime(2026, 6, 1, tzinfo=dt.UTC).timestamp()
    assert verify.explain(verify.Reason.LOGIN, "x", ts, later).endswith("3 March 2025 version")
    assert verify.explain(verify.Reason.NETWORK, "timed out", None).endswith("there is no offline copy yet")


# --- freshness --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("has,verified_age_days,state", [
    (False, None, freshness.MISSING), (True, None, freshness.STALE), (True, 0.01, freshness.FRESH), (True, 6.9, freshness.FRESH),
    (True, 7.1, freshness.STALE), (True, 400, freshness.STALE),
])
def test_freshness(has, verified_age_days, state):
    now = 1_000_000_000.0
    verified = None if verified_age_days is None else now - verified_age_days * freshness.DAY
    assert freshness.assess(has, verified, 7, now).state == state


@pytest.mark.parametrize("secs,label", [
    (5, "just now"), (61, "1 minute ago"), (7200, "2 hours ago"), (86400 * 3, "3 days ago"),
    (86400 * 21, "3 weeks ago"), (86400 * 95, "3 months ago"),
])
def test_human_age(secs, label):
    assert freshness.human_age(secs) == label


def test_due_schedule():
    now = 1_000_000.0
    day = freshness.DAY
    assert freshness.due(None, None, day, 7 * day, now)
    assert not freshness.due(now - 3600, now - 3600, day, 7 * day, now)
    assert freshness.due(now - day - 1, now - 3600, day, 7 * day, now)
    # stale and the last (failed) attempt an hour ago: retried before the daily interval
    assert freshness.due(now - 3601, now - 8 * day, day, 7 * day, now)
    assert not freshness.due(now - 60, now - 8 * day, day, 7 * day, now)


# --- retention --------------------------------------------------------------------------------------------

def test_keep_n_keeps_newest_and_current():
    vs = [retention.Ver(i, 1000.0 + i) for i in range(1, 11)]
    assert retention.keep_n(vs, 3, 10) == {1, 2, 3, 4, 5, 6, 7}
    # current is an old one (rolled back): still kept, total stays 3
    gone = retention.keep_n(vs, 3, 2)
    assert 2 not in gone and len(vs) - len(gone) == 3


def test_staggered_thins_out_old_versions():
    now = 100 * retention.DAY
    # a version every 20 minutes for 40 days
    vs = [retention.Ver(vid, now - minutes * 60) for vid, minutes in enumerate(range(0, 60 * 24 * 40, 20), 1)]
    gone = retention.staggered(vs, now, 365, current_id=1)
    kept = [v for v in vs if v.id not in gone]
    assert 1 in {v.id for v in kept}
    last_day = [v for v in kept if now - v.created_at <= retention.DAY]
    older = [v for v in kept if retention.DAY < now - v.created_at <= 30 * retention.DAY]
    assert 20 <= len(last_day) <= 27  # about hourly
    assert 27 <= len(older) <= 31  # about daily
    assert len(kept) < 80
    assert retention.staggered(vs, now, 10, current_id=1) >= {v.id for v in vs if now - v.created_at > 10 * retention.DAY}


# --- names ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw,safe", [
    ("../../.bashrc", "bashrc"), ("..\\..\\windows\\system32\\evil.dll", "evil.dll"), ("CON.pdf", "_CON.pdf"),
    ("a/b/c.pdf", "c.pdf"), ("", "document"), ("..", "document"), ("  report .pdf  ", "report .pdf"),
    ("in\x00va\x1flid:*?.pdf", "in_va_lid___.pdf"), ("\u202eexe.pdf", "exe.pdf"),
])
def test_safe_filename(raw, safe):
    assert safe_filename(raw) == safe


def test_safe_filename_bounds_length():
    name = safe_filename("x" * 5000 + ".pdf")
    assert name.endswith(".pdf") and len(name) <= 120
    assert len(safe_filename("ü" * 500).encode()) <= 255


@pytest.mark.parametrize("header,name", [
    ('attachment; filename="plan.pdf"', "plan.pdf"),
    ("attachment; filename*=UTF-8''Notfallplan%20K%C3%B6ln.pdf", "Notfallplan Köln.pdf"),
    ('attachment; filename="../../etc/passwd"', "../../etc/passwd"),  # raw; safe_filename cleans it
    ("garbage;;;=", None),
])
def test_disposition(header, name):
    assert filename_from_disposition(header) == name


def test_extension_follows_the_bytes():
    assert with_extension("plan.pdf", ".pdf") == "plan.pdf"
    assert with_extension("download.php", ".pdf") == "download.pdf"
    assert with_extension("plan", ".pdf") == "plan.pdf"
    assert with_extension("page.htm", ".html") == "page.htm"


def test_display_name():
    assert display_name_from_source("https://intranet/docs/continuity_plan-2025.pdf") == "continuity plan 2025"
    assert display_name_from_source("/srv/share/Price List.xlsx") == "Price List"
    assert display_name_from_source("https://intranet.example/") == "intranet.example"


# --- search query building ---------------------------------------------------------------------------------

@pytest.mark.parametrize("typed,match", [
    ("router", '"router" *'), ("router ", '"router"'), ("restart router", '"restart" "router" *'),
    ('"call tree"', '"call tree"'), ("AB-1234", '"AB-1234" *'), ("foo OR bar", '"foo" OR "bar" *'),
    ("*:^()", ""), ("", ""), ("a", '"a"'), ('x" OR 1=1 --', '"x" OR "11" *'),
])
def test_build_match(typed, match):
    assert build_match(typed) == match
