"""The first-run guide: shown once, skippable, re-openable, and turned off or pre-filled by policy."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from offline_ready.config import load_config


def test_the_guide_walks_through_watching_services_contacts_plan_and_a_test(qtbot, ui_ctx) -> None:
    from offline_ready.ui.windows.onboarding import FirstRunGuide, guide_done, should_show_guide

    assert should_show_guide(ui_ctx)
    sent: list = []
    ui_ctx.notify_hook = lambda title, text, **kw: sent.append(title)
    shown: list = []
    ui_ctx.show_page_hook = shown.append
    guide = FirstRunGuide(ui_ctx)
    qtbot.addWidget(guide)
    guide.show()
    titles = [guide.page(i).title() for i in guide.pageIds()]
    assert titles == ["What Offline Ready watches", "The services you depend on", "Who to call",
                      "Your continuity plan", "See what a warning looks like"]
    assert guide.buttonText(QWizard.WizardButton.CancelButton) == "&Skip"
    guide.services_editor.set_value([{"name": "Shop", "url": "https://shop.example/"}])
    guide.contacts_button.click()
    guide.docs_button.click()
    assert shown == ["contacts", "documents"]  # empty steps link to the place that fills them
    guide.test_button.click()
    assert sent == ["Test: this is how Offline Ready warns you"]
    guide.accept()
    qtbot.waitUntil(lambda: [s["name"] for s in ui_ctx.config.services] == ["Shop"], timeout=5000)
    qtbot.waitUntil(lambda: guide_done(ui_ctx), timeout=5000)
    assert not should_show_guide(ui_ctx)  # once; the Status page's "Set-up guide…" opens it again


def test_skipping_saves_nothing_and_is_remembered(qtbot, ui_ctx) -> None:
    from offline_ready.ui.windows.onboarding import FirstRunGuide, should_show_guide

    guide = FirstRunGuide(ui_ctx)
    qtbot.addWidget(guide)
    guide.show()
    guide.services_editor.set_value([{"name": "Shop", "url": "https://shop.example/"}])
    guide.reject()
    qtbot.waitUntil(lambda: not should_show_guide(ui_ctx), timeout=5000)
    assert ui_ctx.config.services == []


def test_an_organisation_pre_sets_everything_by_policy(qtbot, ui_ctx, app_home) -> None:
    from offline_ready.ui.windows.onboarding import FirstRunGuide, should_show_guide

    managed = app_home / "policies" / "managed"
    managed.mkdir(parents=True)
    (managed / "staff.toml").write_text(
        '[ui]\nhelpdesk_name = "IT helpdesk"\nhelpdesk_phone = "+44 20 7946 0000"\n'
        '[[services]]\nname = "Bookings"\nurl = "https://bookings.example/"\n')
    ui_ctx.config = load_config()
    guide = FirstRunGuide(ui_ctx)
    qtbot.addWidget(guide)
    assert not guide.services_editor.isEnabled()
    assert "organisation" in guide.services_status.text()
    assert "IT helpdesk" in guide.contacts_status.text() and "+44 20 7946 0000" in guide.contacts_status.text()
    (managed / "quiet.toml").write_text("[ui]\nfirst_run_guide = false\n")
    ui_ctx.config = load_config()
    assert not should_show_guide(ui_ctx)  # staff see a ready app


def test_the_status_page_reopens_the_guide(qtbot, ui_ctx) -> None:
    from offline_ready.ui.windows.status_page import StatusPage

    opened: list = []
    ui_ctx.open_guide_hook = lambda: opened.append(1)
    page = StatusPage(ui_ctx)
    qtbot.addWidget(page)
    page.guide_button.click()
    page.no_services.linkActivated.emit("guide")
    assert opened == [1, 1]


def test_the_pre_set_helpdesk_is_on_top_of_contacts_and_in_the_outage_window(qtbot, ui_ctx, app_home) -> None:
    from offline_ready.ui.pages import PageSpec
    from offline_ready.ui.pages.contacts import Page, helpdesk_html
    from offline_ready.ui.windows.outage_window import OutageWindow

    managed = app_home / "policies" / "managed"
    managed.mkdir(parents=True)
    (managed / "staff.toml").write_text('[ui]\nhelpdesk_name = "IT helpdesk"\nhelpdesk_phone = "+44 20 7946 0000"\n'
                                        'helpdesk_email = "it@corp.example"\n')
    ui_ctx.config = load_config()
    html = helpdesk_html(ui_ctx.config)
    assert 'href="tel:+442079460000"' in html and 'href="mailto:it@corp.example"' in html
    w = OutageWindow(ui_ctx, [PageSpec("contacts", Page, "contacts")])
    qtbot.addWidget(w)
    w.show()
    texts = [b.text() for b in w.page_buttons if not b.isHidden()]
    assert texts[0] == "Call IT helpdesk: +44 20 7946 0000" and "Who to call" in texts
