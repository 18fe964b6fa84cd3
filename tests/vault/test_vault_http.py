"""Document refresh against real servers: nginx for ETags, 304s, auth, redirects and 500s; a scripted
loopback server for misbehaviour (a lying Content-Length, login pages served with 200, 503 storms)."""

from __future__ import annotations

import time

import pytest
import vault_samples as S
from vault_servers import BASIC_PASSWORD, BASIC_USER, BEARER_TOKEN, HEADER_NAME, HEADER_VALUE, Req

from offline_ready.events import EventBus, Notice, Progress


def outcome(report, doc_id=None):
    rs = [r for r in report.results if doc_id is None or r.doc_id == doc_id]
    assert len(rs) == 1
    return rs[0]


def current_bytes(service, doc_id) -> bytes:
    path = service.copy_for_viewer(doc_id)
    return path.read_bytes()


# --- nginx: conditional requests ---------------------------------------------------------------------

def test_etag_304_only_updates_verified_at(service, site, nginx):
    url = site.put("plan.pdf", S.pdf("Plan v1"))
    doc = service.add_document(url)
    assert doc.expected_type == "pdf"
    r1 = service.sync()
    assert outcome(r1).outcome == "new-version"
    d1 = service.document(doc.id)
    assert d1.etag and d1.last_modified and d1.media_type == "pdf" and d1.filename == "plan.pdf"
    time.sleep(0.05)
    r2 = service.sync()
    assert outcome(r2).outcome == "unchanged"
    d2 = service.document(doc.id)
    assert d2.verified_at > d1.verified_at
    assert d2.current_version == d1.current_version and len(service.versions(doc.id)) == 1
    # nginx answered 304 (the client sent If-None-Match / If-Modified-Since)
    assert any('" 304 ' in ln for ln in nginx.requests_for(f"/{site.folder.name}/plan.pdf"))
    site.put("plan.pdf", S.pdf("Plan v2 with more text"))
    r3 = service.sync()
    assert outcome(r3).outcome == "new-version"
    assert len(service.versions(doc.id)) == 2
    assert b"Plan v2" in current_bytes(service, doc.id)


def test_500_and_404_keep_the_last_good_copy(service, site):
    good = site.put("fail/list.pdf", b"")  # nginx answers 500 for anything under fail/
    doc = service.add_document(good)
    r = service.sync()
    res = outcome(r)
    assert res.outcome == "failed" and res.reason == "http-status"
    assert "no offline copy yet" in res.message
    url = site.put("price.pdf", S.pdf("Prices"))
    doc = service.add_document(url)
    service.sync([doc.id])
    (site.folder / "price.pdf").unlink()
    res = outcome(service.sync([doc.id]))
    assert res.outcome == "failed" and res.reason == "not-found"
    assert "showing the" in res.message
    assert b"Prices" in current_bytes(service, doc.id)


def test_redirect_followed(service, site):
    site.put("plan.pdf", S.pdf("Moved plan"))
    doc = service.add_document(site.url("moved/plan.pdf"))
    res = outcome(service.sync())
    assert res.outcome == "new-version"
    assert b"Moved plan" in current_bytes(service, doc.id)


def test_login_page_substitution_is_refused_and_explained(service, site):
    url = site.put("plan.pdf", S.pdf("The real plan"))
    bus = EventBus()
    notices: list[Notice] = []
    bus.subscribe(lambda e: notices.append(e) if isinstance(e, Notice) else None)
    service.bus = bus
    doc = service.add_document(url)
    service.sync()
    site.put("plan.pdf", S.LOGIN_PAGE)  # the intranet now serves its sign-in page at the same address
    res = outcome(service.sync())
    assert res.outcome == "rejected" and res.reason == "login-page"
    assert res.message.startswith("refresh returned a login page; showing the ")
    d = service.document(doc.id)
    assert d.last_message == res.message and d.last_outcome == "rejected"
    assert b"The real plan" in current_bytes(service, doc.id)
    q = service.quarantined(doc.id)
    assert len(q) == 1 and q[0].reason == "login-page" and not q[0].needs_confirmation
    assert service.copy_quarantined(q[0].id).read_bytes() == S.LOGIN_PAGE
    assert any(n.kind == "vault.rejected" and n.data["doc_id"] == doc.id for n in notices)
    from offline_ready.vault.service import VaultError

    with pytest.raises(VaultError, match="cannot be accepted"):
        service.accept_quarantined(doc.id)


def test_redirect_to_sign_in_page_is_refused(service, site):
    site.put("login.html", "<html><head><title>Portal</title></head><body><form><input name=u>"
                           "</form></body></html>")
    doc = service.add_document(site.url("to-login/report.html"), name="Report")
    res = outcome(service.sync())
    assert res.outcome == "rejected" and res.reason == "login-page"
    assert service.document(doc.id).current_version is None


# --- nginx: credentials from the real keyring --------------------------------------------------------

@pytest.mark.keyring
def test_basic_bearer_and_header_credentials(real_keyring, service, site):
    from offline_ready.vault.credentials import Credential

    basic = service.add_document(site.put("basic/a.pdf", S.pdf("basic")),
                                 credential=Credential("basic", BASIC_PASSWORD, username=BASIC_USER))
    bearer = service.add_document(site.put("bearer/b.pdf", S.pdf("bearer")), credential=Credential(
        "bearer", BEARER_TOKEN))
    header = service.add_document(site.put("header/c.pdf", S.pdf("header")), credential=Credential(
        "header", HEADER_VALUE, header=HEADER_NAME))
    none = service.add_document(site.put("basic/d.pdf", S.pdf("no credential")))
    report = service.sync()
    by = {r.doc_id: r for r in report.results}
    assert by[basic.id].outcome == by[bearer.id].outcome == by[header.id].outcome == "new-version"
    assert by[none.id].outcome == "failed" and by[none.id].reason == "auth-required"
    assert "docs login" in by[none.id].message
    # a wrong secret is reported as refused
    service.set_credential(bearer.id, Credential("bearer", "wrong"))
    res = outcome(service.sync([bearer.id]))
    assert res.outcome == "failed" and "refused" in res.message
    assert b"bearer" in current_bytes(service, bearer.id)


@pytest.mark.keyring
def test_credentials_in_url_move_to_the_keyring(real_keyring, service, site):
    url = site.put("basic/u.pdf", S.pdf("userinfo"))
    with_user = url.replace("http://", f"http://{BASIC_USER}:{BASIC_PASSWORD.replace(' ', '%20')}@")
    doc = service.add_document(with_user)
    assert "@" not in doc.source and doc.auth == "basic"
    assert outcome(service.sync()).outcome == "new-version"


# --- scripted misbehaviour ------------------------------------------------------------------------------

def test_lying_content_length_is_truncation(service, scripted):
    good = S.pdf("Truncation test", pages=3)
    state = {"lie": False}

    def handler(r: Req) -> None:
        if state["lie"]:
            r.close_connection()
            r.send(200, good[: len(good) // 2], {"Content-Type": "application/pdf", "ETag": '"v2"'},
                   content_length=len(good) + 100)
        else:
            r.send(200, good, {"Content-Type": "application/pdf", "ETag": '"v1"'})

    scripted.routes["/t.pdf"] = handler
    doc = service.add_document(scripted.url("/t.pdf"))
    assert outcome(service.sync()).outcome == "new-version"
    state["lie"] = True
    res = outcome(service.sync())
    assert res.outcome == "rejected" and res.reason == "truncated"
    assert "cut short" in res.message
    assert len(scripted.requests("/t.pdf")) == 1 + 3  # retried twice (vault.retries = 2) before giving up
    assert current_bytes(service, doc.id) == good


def test_truncated_pdf_without_length_fails_parse_check(service, scripted):
    good = S.pdf("Chunked")

    def handler(r: Req) -> None:  # no Content-Length at all: HTTP/1.0-style body until close
        r.h.send_response(200)
        r.h.send_header("Content-Type", "application/pdf")
        r.h.send_header("Connection", "close")
        r.h.end_headers()
        r.h.wfile.write(good[:-200])
        r.close_connection()

    scripted.routes["/c.pdf"] = handler
    res = outcome(service.sync([service.add_document(scripted.url("/c.pdf")).id]))
    assert res.outcome == "rejected" and res.reason == "unparseable"


def test_empty_file_and_much_smaller_file(service, scripted):
    big = S.pdf("Big price list", pages=20)
    url = scripted.static("/prices.pdf", big, "application/pdf")
    doc = service.add_document(url)
    service.sync()
    scripted.change("/prices.pdf", b"")
    res = outcome(service.sync())
    assert res.reason == "empty"
    small = S.pdf("Short list", pages=1)
    scripted.change("/prices.pdf", small)
    res = outcome(service.sync())
    assert res.outcome == "rejected" and res.reason == "much-smaller"
    q = service.quarantined(doc.id)
    assert q[0].needs_confirmation
    assert current_bytes(service, doc.id) == big
    accepted = service.accept_quarantined(doc.id)
    assert accepted.outcome == "new-version"
    assert current_bytes(service, doc.id) == small
    assert service.quarantined(doc.id)[0].reason == "empty"  # the accepted one left the quarantine


def test_challenge_page_and_type_change(service, scripted):
    url = scripted.static("/doc.pdf", S.pdf("Doc"), "application/pdf")
    doc = service.add_document(url)
    service.sync()
    scripted.change("/doc.pdf", S.CHALLENGE_PAGE)
    assert outcome(service.sync()).reason == "challenge-page"
    scripted.change("/doc.pdf", S.docx("Now a Word file"))
    res = outcome(service.sync())
    assert res.reason == "type-changed" and "Word document instead of a PDF" in res.message
    service.accept_quarantined(doc.id)
    assert service.document(doc.id).media_type == "docx"


def test_retries_on_503_with_retry_after_then_success(service, scripted):
    body = S.pdf("after the storm")
    url = scripted.sequence("/r.pdf", [
        lambda r: r.send(503, b"busy", {"Retry-After": "0"}),
        lambda r: r.send(502, b"bad gateway"),
        lambda r: r.send(200, body, {"Content-Type": "application/pdf"}),
    ])
    service.add_document(url)
    assert outcome(service.sync()).outcome == "new-version"
    assert len(scripted.requests("/r.pdf")) == 3


def test_size_cap(make_service, scripted):
    service = make_service(max_size_mb=1)
    big = S.pdf("big", pad=1_500_000)
    scripted.static("/big.pdf", big, "application/pdf")
    res = outcome(service.sync([service.add_document(scripted.url("/big.pdf")).id]))
    assert res.outcome == "failed" and res.reason == "too-large"

    def no_length(r: Req) -> None:
        r.h.send_response(200)
        r.h.send_header("Content-Type", "application/pdf")
        r.h.send_header("Connection", "close")
        r.h.end_headers()
        for _ in range(30):
            r.h.wfile.write(b"%PDF-" + b"x" * 65536)
        r.close_connection()

    scripted.routes["/stream.pdf"] = no_length
    res = outcome(service.sync([service.add_document(scripted.url("/stream.pdf")).id]))
    assert res.outcome == "failed" and res.reason == "too-large"
    assert not list(service.blobs.tmp_dir.iterdir())


@pytest.mark.keyring
def test_credentials_never_leave_the_source_origin(real_keyring, service, scripted):
    from vault_servers import Scripted

    from offline_ready.vault.credentials import Credential

    other = Scripted().start()
    try:
        other.static("/landing.pdf", S.pdf("elsewhere"), "application/pdf")
        scripted.routes["/go.pdf"] = lambda r: r.send(302, b"", {"Location": other.url("/landing.pdf")})
        doc = service.add_document(scripted.url("/go.pdf"),
                                   credential=Credential("header", "topsecret", header="X-Api-Key"))
        assert outcome(service.sync([doc.id])).outcome == "new-version"
        assert scripted.requests("/go.pdf")[0]["x-api-key"] == "topsecret"
        assert all("x-api-key" not in h and "authorization" not in h for h in other.requests("/landing.pdf"))
    finally:
        other.stop()


def test_hostile_file_name_and_huge_html(service, scripted):
    scripted.routes["/dl"] = lambda r: r.send(200, S.pdf("named"), {
        "Content-Type": "application/pdf", "Content-Disposition": 'attachment; filename="../../../etc/CON.pdf"'})
    doc = service.add_document(scripted.url("/dl"), name="Download")
    service.sync([doc.id])
    path = service.copy_for_viewer(doc.id)
    assert path.name == "_CON.pdf" and path.parent.parent.name == "vault-open"
    nested = b"<html><head><title>Deep</title></head><body>" + b"<div>" * 200_000 + b"needle text" + \
        b"</div>" * 200_000 + b"</body></html>"
    scripted.routes["/deep.html"] = lambda r: r.send(200, nested, {"Content-Type": "text/html"})
    deep = service.add_document(scripted.url("/deep.html"))
    started = time.monotonic()
    assert outcome(service.sync([deep.id])).outcome == "new-version"
    assert time.monotonic() - started < 30
    assert [h.doc_id for h in service.search("needle")] == [deep.id]


def test_bounded_concurrency_and_progress_events(make_service, scripted):
    service = make_service(concurrency=3)
    bus = EventBus()
    progress: list[Progress] = []
    bus.subscribe(lambda e: progress.append(e) if isinstance(e, Progress) else None)
    service.bus = bus
    for i in range(9):
        scripted.slow(f"/s{i}.pdf", S.pdf(f"slow {i}"), delay=0.2)
        service.add_document(scripted.url(f"/s{i}.pdf"))
    report = service.sync()
    assert report.count("new-version") == 9
    assert scripted.max_active == 3
    dones = [p.done for p in progress if p.task == "vault.sync"]
    assert dones[0] == 0 and max(dones) == 9 and progress[-1].total == 9


def test_cancel_leaves_pending_documents_for_next_run(make_service, scripted):
    service = make_service(concurrency=1)
    for i in range(5):
        scripted.slow(f"/c{i}.pdf", S.pdf(f"c {i}"), delay=0.3)
        service.add_document(scripted.url(f"/c{i}.pdf"))
    # cancel as soon as the first document is recorded: the one being fetched stops, the rest wait
    report = service.sync(on_result=lambda r: service.cancel_sync())
    assert report.cancelled
    assert 1 <= report.count("new-version") < 5
    pending = [d for d in service.list_documents() if d.pending]
    assert pending
    report2 = service.sync()
    assert not report2.cancelled
    assert all(d.current_version and not d.pending for d in service.list_documents())


def test_contact_list_at_a_url(service, scripted):
    scripted.static("/team.vcf", S.VCARD_30_APPLE + S.VCARD_40, "text/vcard")
    summary = service.import_contacts(scripted.url("/team.vcf"))
    assert summary.unchanged == 2
    assert {c.name for c in service.list_contacts()} == {"Ann Lee", "Bob Ng"}
    # the list changes upstream: Bob leaves, Ann's after-hours number changes
    scripted.change("/team.vcf", S.VCARD_30_APPLE.replace(b"555-0143", b"555-0144") + b"\n")
    service.sync()
    names = {c.name: c for c in service.list_contacts()}
    assert set(names) == {"Ann Lee"}
    assert names["Ann Lee"].phones[0].e164 == "+12025550144"
    # and a login page instead of the list is refused; the contacts stay
    scripted.change("/team.vcf", S.LOGIN_PAGE)
    res = service.sync().results[0]
    assert res.outcome == "rejected"
    assert {c.name for c in service.list_contacts()} == {"Ann Lee"}
