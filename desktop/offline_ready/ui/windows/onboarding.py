"""The first-run guide: what the app watches, the services you depend on, who to call, your
plan, and a test notification — so the first launch is not just a green tick.

Skippable ("Skip" on every page), re-openable (the Status page's "Set-up guide…", the control
socket's ``show-guide``), and shown only once: finishing or skipping is remembered in the state
folder. An organisation that pre-set everything by policy (services, documents, the helpdesk)
turns it off with ``ui.first_run_guide = false``; each step that policy already filled says so.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget, QWizard, QWizardPage

from ...atomic import atomic_write_text
from ...config import Config
from ...storeversion import FORMAT_KEY, load_json_store
from ..context import AppContext
from .services_editor import ServicesEditor

log = logging.getLogger(__name__)
STATE_FILE = "first-run.json"
STATE_FORMAT = 1  # the file's format (see storeversion); GUIDE_VERSION is the guide's content
GUIDE_VERSION = 1


def guide_done(ctx: AppContext) -> bool:
    try:
        data = load_json_store(ctx.paths.state_dir / STATE_FILE, STATE_FORMAT, {})
        return int(data.get("guide", 0)) >= GUIDE_VERSION
    except (OSError, ValueError, TypeError):
        return False  # missing or unreadable: the guide shows again, which loses nothing


def should_show_guide(ctx: AppContext) -> bool:
    """First start, the guide not turned off by policy, not finished or skipped before."""
    return ctx.config.ui.first_run_guide and not guide_done(ctx)


def _label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class _Page(QWizardPage):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(title)
        self.body = QVBoxLayout(self)
        self.intro = _label(text, self)
        self.body.addWidget(self.intro)

    def add_status(self) -> QLabel:
        status = _label("", self)
        status.setObjectName("guide-status")
        self.body.addWidget(status)
        return status


class FirstRunGuide(QWizard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("first-run-guide")
        self.setWindowTitle(self.tr("Set up Offline Ready"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Skip"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Done"))
        self.resize(620, 460)
        c = ctx.config

        watch = _Page(self.tr("What Offline Ready watches"), self.tr(
            "It checks, quietly and in the background, each layer your work depends on: your network "
            "connection, your router, the internet, sign-in pages (hotels, trains), your DNS resolver — "
            "the part that finds websites by name — and the web services you name next. When something "
            "breaks it tells you once, in plain words, what is broken and what to do, and it hands you "
            "your documents and phone numbers offline."), self)

        services = _Page(self.tr("The services you depend on"), self.tr(
            "Name the web services your work needs (the shop, the booking system, e-mail). Each is checked "
            "about once a minute, so you hear when it is them, not you."), self)
        self.services_editor = ServicesEditor(ctx, services)  # the same editor as in Settings, with Test
        self.services_editor.set_value(list(c.services))
        locked = c.is_locked(Config.services)
        self.services_editor.setEnabled(not locked)
        services.body.addWidget(self.services_editor)
        self.services_status = services.add_status()
        if locked:
            self.services_status.setText(self.tr("Your organisation has set these up for you."))

        contacts = _Page(self.tr("Who to call"), self.tr(
            "Import the numbers you need when the internet is down — the IT helpdesk, your internet provider, "
            "key vendors — from a vCard or a Google/Outlook export. They stay readable offline."), self)
        self.contacts_button = QPushButton(self.tr("Open &Contacts to import…"), contacts)
        self.contacts_button.clicked.connect(lambda: ctx.show_page("contacts"))
        contacts.body.addWidget(self.contacts_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.contacts_status = contacts.add_status()
        helpdesk = c.ui.helpdesk_name
        if helpdesk:
            phone = c.ui.helpdesk_phone
            self.contacts_status.setText(self.tr("Your organisation added your helpdesk: {name} {phone}").format(
                name=helpdesk, phone=phone).strip())

        plan = _Page(self.tr("Your continuity plan"), self.tr(
            "Add the documents you would need during an outage — the continuity plan, runbooks, the price "
            "list. Offline Ready keeps verified copies and refreshes them while the network works."), self)
        self.docs_button = QPushButton(self.tr("Open &Documents to add them…"), plan)
        self.docs_button.clicked.connect(lambda: ctx.show_page("documents"))
        plan.body.addWidget(self.docs_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.docs_status = plan.add_status()
        if c.vault.documents:
            self.docs_status.setText(self.tr("Your organisation added %n document(s).", "",
                                             len(c.vault.documents)))

        test = _Page(self.tr("See what a warning looks like"), self.tr(
            "Send a test notification now, so you recognise a real one."), self)
        self.test_button = QPushButton(self.tr("Send a &test notification"), test)
        self.test_button.clicked.connect(self._test_notification)
        test.body.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.test_status = test.add_status()

        for page in (watch, services, contacts, plan, test):
            page.body.addStretch(1)
            self.addPage(page)
        self.finished.connect(self._finished)

    def _test_notification(self) -> None:
        self.ctx.notify(self.tr("Test: this is how Offline Ready warns you"),
                        self.tr("A real warning says what is broken and what to do first."),
                        page_id="readiness#notification-ack")  # a click proves warnings reach the user
        self.test_status.setText(self.tr("Sent. If nothing appeared, check that notifications are allowed "
                                         "for Offline Ready in your system settings."))

    def _finished(self, result: int) -> None:
        """Done saves the services; Skip saves nothing. Either way the guide does not come back by itself."""
        if result == QWizard.DialogCode.Accepted and self.services_editor.isEnabled():
            services = self.services_editor.value()
            if services != list(self.ctx.config.services):
                self.ctx.save_settings_async({"services": services},
                                             on_error=lambda e: log.warning("services not saved: %s", e))
        path = self.ctx.paths.state_dir / STATE_FILE
        payload = json.dumps({FORMAT_KEY: STATE_FORMAT, "guide": GUIDE_VERSION,
                              "finished": result == QWizard.DialogCode.Accepted})
        self.ctx.run(lambda: (path.parent.mkdir(parents=True, exist_ok=True), atomic_write_text(path, payload)),
                     on_error=lambda e: log.warning("cannot record the guide: %s", e))


def open_guide(ctx: AppContext, parent: QWidget | None = None) -> Any:
    guide = FirstRunGuide(ctx, parent)
    guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    guide.open()
    return guide
