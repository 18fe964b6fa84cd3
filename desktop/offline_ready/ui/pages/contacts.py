"""The Contacts page: who to call during an outage, by group and escalation order; search, copy a
number, ``tel:``/``mailto:`` links, import (vCard, Google/Outlook CSV) and export (vCard, CSV, a
printable call sheet as HTML or PDF).

All vault work runs on the context's thread pool (the vault is ``ctx.vault()``).
"""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...config import Config
from ...vault.contacts.callsheet import kind_text
from ..widgets.record_table import add_record_row, record_table, selected_key
from .feature_page import FeaturePage, alive, page_action

log = logging.getLogger(__name__)

EXPORT_FILTERS = {
    "vcard": QT_TRANSLATE_NOOP("ContactsPage", "vCard 4.0 (*.vcf)"),
    "csv": QT_TRANSLATE_NOOP("ContactsPage", "CSV for Google Contacts / spreadsheets (*.csv)"),
    "html": QT_TRANSLATE_NOOP("ContactsPage", "Call sheet, web page to print (*.html)"),
    "pdf": QT_TRANSLATE_NOOP("ContactsPage", "Call sheet, PDF (*.pdf)"),
}


def _t(context: str, text: str) -> str:
    """``QCoreApplication.translate``, spelt short; update.py tells lupdate to extract its strings."""
    return QCoreApplication.translate(context, text)


# Whom to call first, by what the user is in: the internet provider when the line or its DNS is
# down, the IT helpdesk when one service is, the venue when a sign-in page is in the way.
_ISP = ("isp", "internet", "provider", "broadband", "fibre", "fiber", "telecom", "carrier")
_HELPDESK = ("helpdesk", "help desk", "it support", "it-support", "service desk", "it department")
_VENUE = ("front desk", "reception", "hotel", "venue", "facilities")
ESCALATION = {
    "no-internet": (_ISP, _HELPDESK), "no-network": (_HELPDESK, _ISP), "dns-outage": (_ISP, _HELPDESK),
    "on-backup-dns": (_ISP, _HELPDESK), "captive-portal": (_VENUE, _HELPDESK), "service-down": (_HELPDESK,),
}


def escalation_rank(contact: Any, situation: str) -> int:
    """0 for the first to call in this situation, 1 for the next, 2 for everyone else."""
    from ...vault.contacts.model import fold

    text = " " + fold(" ".join([*contact.groups, contact.org or "", contact.role or "", contact.display_name])) + " "
    for rank, words in enumerate(ESCALATION.get(situation, (_HELPDESK, _ISP))):
        if any(w in text for w in words):
            return rank
    return 2


# While the office's line or its DNS is down, a softphone (VoIP, sip:) number may not ring.
NO_LINE = ("no-internet", "no-network", "dns-outage", "captive-portal")


def call_order(contacts: list[Any], situation: str) -> list[Any]:
    """The escalation contact for this kind of outage on top, then by the book's own call order;
    while the line is down, within a rank, those with a number that rings without it first."""
    from ...vault.contacts.model import reachable_offline

    no_line = situation in NO_LINE
    return sorted(contacts, key=lambda c: (escalation_rank(c, situation),
                                           no_line and not reachable_offline(c.phones),
                                           c.escalation if c.escalation is not None else 99))


def number_to_call(contact: Any, situation: str) -> Any | None:
    """The number to dial: the first choice, or while the line is down the first one that rings
    without it (None when none does)."""
    if situation not in NO_LINE:
        return contact.primary_phone
    from ...vault.contacts.model import reachable_offline

    first = contact.primary_phone
    return next((p for p in ([first] if first else []) + list(contact.phones) if reachable_offline([p])), None)


def human_number(p: Any) -> str:
    """How a person reads the number: the national format when it is in this computer's country
    (0800 800 150), else the international one with grouped digits (+44 800 800150)."""
    from ...vault.contacts.phones import default_region, region_of

    if p.e164 and not p.no_country:
        here = default_region()
        if here and region_of(p.e164) == here:
            import phonenumbers

            try:
                text = phonenumbers.format_number(phonenumbers.parse(p.e164, None),
                                                  phonenumbers.PhoneNumberFormat.NATIONAL)
                return text if not p.ext else f"{text} ext. {p.ext}"
            except phonenumbers.NumberParseException:
                pass
    return p.display()


def contact_details_html(c: Any) -> str:
    """Rich text for the details pane: numbers as tel: links, addresses as mailto: links (escaped)."""
    e = html.escape
    parts = [f"<h3>{e(c.display_name)}</h3>"]
    sub = ", ".join(x for x in (c.role, c.org) if x)
    if sub:
        parts.append(f"<p>{e(sub)}</p>")
    if c.groups:
        order = _t("ContactsPage", "call order")
        parts.append(f"<p>{e(', '.join(c.groups))}" + (f" · {e(order)} {c.escalation}"
                                                        if c.escalation is not None else "") + "</p>")
    first = _t("ContactsPage", "first choice")
    for p in c.phones:
        kind = kind_text(p)  # the core's words, as on the call sheet
        pref = f" <i>({e(first)})</i>" if p.pref and len(c.phones) > 1 else ""
        number = human_number(p) + (" " + _t("ContactsPage", "(no country)") if p.no_country else "")
        parts.append(f'<p><a href="{e(p.tel_uri)}"><b>{e(number)}</b></a> {e(kind)}{pref}</p>')
    for m in c.emails:
        parts.append(f'<p><a href="{e(m.mailto)}">{e(m.address)}</a></p>')
    if c.alternates:
        then = _t("ContactsPage", "If not reached, call:")
        parts.append(f"<p>{e(then)} {e(', '.join(c.alternates))}</p>")
    if c.notes:
        parts.append(f"<p>{e(c.notes).replace(chr(10), '<br>')}</p>")
    if c.last_verified:
        confirmed = _t("ContactsPage", "Details confirmed on")
        parts.append(f"<p><small>{e(confirmed)} {e(c.last_verified)}</small></p>")
    return "".join(parts)


class Page(FeaturePage):
    page_id = "contacts"
    icon_name = "contacts"
    COLUMNS = 6

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Contacts")
        self.contacts: list[Any] = []
        self._seq = 0
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Loading contacts…"), self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Contacts summary"))
        layout.addWidget(self.summary)
        self.helpdesk = QLabel(self)  # the helpdesk the organisation pre-set, always on top
        self.helpdesk.setObjectName("contacts-helpdesk")
        self.helpdesk.setTextFormat(Qt.TextFormat.RichText)
        self.helpdesk.setOpenExternalLinks(True)
        self.helpdesk.setWordWrap(True)
        self.helpdesk.setAccessibleName(self.tr("Your IT helpdesk"))
        layout.addWidget(self.helpdesk)
        self._show_helpdesk()
        ctx.bridge.configChanged.connect(lambda _c: self._show_helpdesk())

        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name, organisation, role or number…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.group = QComboBox(self)
        self.group.setAccessibleName(self.tr("Group"))
        self.group.addItem(self.tr("All groups"), None)
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.import_button.setAccessibleName(self.tr("Import contacts"))
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setAccessibleName(self.tr("Export contacts"))
        self.print_button = QPushButton(self.tr("&Print call sheet"), self)
        self.print_button.setAccessibleName(self.tr("Open a printable call sheet"))
        top.addWidget(self.search, 1)
        top.addWidget(self.group)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        top.addWidget(self.print_button)
        layout.addLayout(top)

        split = QSplitter(Qt.Orientation.Vertical, self)
        self.table = record_table(split, [self.tr("Group"), self.tr("#"), self.tr("Name"), self.tr("Role"),
                                          self.tr("Phone"), self.tr("E-mail")], 2, self.tr("Contacts"))
        details_box = QWidget(split)
        db = QVBoxLayout(details_box)
        db.setContentsMargins(0, 0, 0, 0)
        self.details = QLabel(details_box)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setOpenExternalLinks(True)  # tel: and mailto: go to the phone/mail app
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setAccessibleName(self.tr("Contact details"))
        db.addWidget(self.details, 1)
        row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("&Copy number"), details_box)
        self.copy_button.setAccessibleName(self.tr("Copy the first-choice number"))
        self.verified_button = QPushButton(self.tr("&Mark as checked today"), details_box)
        self.verified_button.setAccessibleName(self.tr("Record that the details were confirmed today"))
        row.addWidget(self.copy_button)
        row.addWidget(self.verified_button)
        row.addStretch(1)
        db.addLayout(row)
        split.addWidget(self.table)
        split.addWidget(details_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.group.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.itemSelectionChanged.connect(self._show_details)
        self.import_button.clicked.connect(self.import_dialog)
        self.export_button.clicked.connect(self.export_dialog)
        self.print_button.clicked.connect(self.print_call_sheet)
        self.copy_button.clicked.connect(self.copy_number)
        self.verified_button.clicked.connect(self.mark_verified)
        ctx.bridge.notice.connect(self._on_notice)
        self._situation = ctx.situation
        ctx.bridge.stateChanged.connect(self._on_state)
        self._show_details()

    def service(self) -> Any:
        return self.ctx.vault()

    def _show_helpdesk(self) -> None:
        self.helpdesk.setText(helpdesk_html(self.ctx.config))
        self.helpdesk.setVisible(bool(self.helpdesk.text()))

    # -- data ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._seq += 1
        seq = self._seq
        query = self.search.text().strip()
        group = self.group.currentData()

        def load() -> tuple[list[Any], list[str], int]:
            svc = self.service()
            everyone = svc.list_contacts()
            return svc.search_contacts(query, group), svc.contacts.groups(), len(everyone)

        def done(loaded: tuple[list[Any], list[str], int]) -> None:
            if seq == self._seq:
                self._show(*loaded)

        self._run(load, on_done=done, on_error=self._error)

    def _on_state(self, _event: Any) -> None:
        """A new kind of outage has a new first call: re-order, and select the new top."""
        if self.ctx.situation != self._situation:
            self._situation = self.ctx.situation
            self.table.clearSelection()
            self.refresh()

    def _on_notice(self, event: Any) -> None:
        if getattr(event, "kind", "") == "vault.contacts":
            self.refresh()

    def _error(self, exc: BaseException) -> None:
        from ...vault.crypto import VaultLocked

        if isinstance(exc, VaultLocked):
            self.summary.setText(self.tr("The vault is locked; unlock it on the Documents page."))
            return
        self.summary.setText(self.tr("Contacts are unavailable: %1").replace("%1", str(exc)))

    def _show(self, contacts: list[Any], groups: list[str], total: int) -> None:
        self.contacts = contacts
        if total == 0:
            self.summary.setText(self.tr("No contacts yet. Import the IT helpdesk, your ISP and key vendors from a "
                                         "vCard or a Google/Outlook CSV export."))
        else:
            self.summary.setText(self.tr("%n contact(s)", "", total) + " · " +
                                 self.tr("%n group(s)", "", len(groups)))
        current = self.group.currentData()
        self.group.blockSignals(True)
        while self.group.count() > 1:
            self.group.removeItem(1)
        for g in groups:
            self.group.addItem(g, g)
        idx = self.group.findData(current) if current else 0
        self.group.setCurrentIndex(max(0, idx))
        self.group.blockSignals(False)
        selected = self.selected_contact()
        self.table.setRowCount(0)
        if not self.search.text().strip():
            contacts = self.contacts = call_order(contacts, self.ctx.situation)
        for c in contacts:
            p = c.primary_phone
            cells = [c.group, "" if c.escalation is None else str(c.escalation), c.display_name,
                     c.role or c.org, self._phone_cell(p) if p else "", c.emails[0].address if c.emails else ""]
            row = add_record_row(self.table, c.uid, cells)
            if selected is not None and c.uid == selected.uid:
                self.table.selectRow(row)
        if self.selected_contact() is None and contacts:
            self.table.selectRow(0)  # the one to call now: its numbers, as tel: links, right below
        self._show_details()

    def _phone_cell(self, p: Any) -> str:
        """The same text as the call sheet and the CLI, translated mark included."""
        return human_number(p) + (" " + self.tr("(no country)") if p.no_country else "")

    def selected_contact(self) -> Any:
        uid = selected_key(self.table)
        return next((c for c in self.contacts if c.uid == uid), None)

    def _show_details(self) -> None:
        c = self.selected_contact()
        self.copy_button.setEnabled(c is not None and c.primary_phone is not None)
        self.verified_button.setEnabled(c is not None)
        self.details.setText(contact_details_html(c) if c is not None else
                             self.tr("Select a contact to see every number and address."))

    # -- actions ---------------------------------------------------------------------------------------
    def copy_number(self) -> None:
        c = self.selected_contact()
        if c is None or c.primary_phone is None:
            return
        QGuiApplication.clipboard().setText(c.primary_phone.display())

    def mark_verified(self) -> None:
        c = self.selected_contact()
        if c is None:
            return
        import datetime as dt

        today = dt.date.today().isoformat()
        self._run(lambda: self.service().update_contact(c.uid, last_verified=today),
                  on_done=lambda _r: self.refresh(), on_error=self._warn)

    def _warn(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Contacts"), str(exc))

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import contacts"), "",
                                              self.tr("Contacts (*.vcf *.vcard *.csv);;All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str, group: str | None = None) -> None:
        def done(summary: Any) -> None:
            text = self.tr("%1 added, %2 updated, %3 unchanged").replace("%1", str(summary.added)).replace(
                "%2", str(summary.updated)).replace("%3", str(summary.unchanged))
            if summary.problems:
                text += "\n" + "\n".join(summary.problems[:5])
            self.last_import_message = text
            self.ctx.notify(self.tr("Contacts imported"), text, page_id="contacts")
            self.refresh()

        self._run(lambda: self.service().import_contacts(path, group=group), on_done=done, on_error=self._warn)

    def export_dialog(self) -> None:
        shown = {k: _t("ContactsPage", v) for k, v in EXPORT_FILTERS.items()}
        filters = ";;".join(shown.values())
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export contacts"), "contacts.vcf", filters)
        if not path:
            return
        fmt = next((k for k, v in shown.items() if v == chosen), None) or _fmt_from_suffix(path)
        self.export(fmt, path)

    def export(self, fmt: str, path: str, on_done: Any = None) -> None:
        group = self.group.currentData()

        def work() -> str:
            svc = self.service()
            svc.export_contacts(fmt, Path(path), contacts=svc.list_contacts(group))
            return path

        self._run(work, on_done=on_done or (lambda _p: None), on_error=self._warn)

    def print_call_sheet(self) -> None:
        """Write the call sheet as a page with print styles and open it (the browser prints it)."""
        folder = Path(self.ctx.paths.cache_dir) / "call-sheet"

        def work() -> Path:
            folder.mkdir(parents=True, exist_ok=True)
            dest = folder / "call-sheet.html"
            svc = self.service()
            svc.export_contacts("html", dest, contacts=svc.list_contacts(self.group.currentData()))
            return dest

        self._run(work, on_done=self._launch, on_error=self._warn)

    # -- tray and outage window ------------------------------------------------------------------------
    @classmethod
    def tray_actions(cls, ctx: Any, parent: QObject) -> list[QAction]:
        return [page_action(ctx, parent, _t("ContactsPage", "Contacts and call sheet"), "contacts")]

    @classmethod
    def outage_actions(cls, ctx: Any, parent: QObject) -> list[QAction]:
        return [call_action(ctx, parent),
                page_action(ctx, parent, _t("ContactsPage", "Who to call"), "contacts",
                            _t("ContactsPage", "The IT helpdesk, your ISP and vendors, with their numbers, offline"))]


def _dial(phone: str) -> str:
    """What a tel: link dials: the digits and a leading +."""
    return "".join(ch for ch in phone if ch.isdigit() or ch == "+")


def helpdesk_html(config: Config) -> str:
    """The organisation's helpdesk (``ui.helpdesk_*``, usually set by policy) with tel:/mailto: links."""
    name = config.ui.helpdesk_name.strip()
    phone = config.ui.helpdesk_phone.strip()
    mail = config.ui.helpdesk_email.strip()
    if not (phone or mail):
        return ""
    e = html.escape
    who = name or _t("ContactsPage", "IT helpdesk")
    parts = [f"<b>{e(who)}</b>"]
    if phone:
        parts.append(f'<a href="tel:{e(_dial(phone))}">{e(phone)}</a>')
    if mail:
        parts.append(f'<a href="mailto:{e(mail)}">{e(mail)}</a>')
    return " · ".join(parts)


class _OnShow(QObject):
    """Calls ``fn`` each time the watched widget is shown."""

    def __init__(self, parent: QObject, fn: Any) -> None:
        super().__init__(parent)
        self._fn = fn

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self._fn()
        return False


def first_to_call(contacts: list[Any], situation: str) -> Any | None:
    """The vault's escalation contact for this kind of outage — the one "Who to call" puts on top —
    with a number that rings now; None when no contact fits (then the organisation's helpdesk is offered)."""
    return next((c for c in call_order(contacts, situation)
                 if escalation_rank(c, situation) < 2 and number_to_call(c, situation) is not None), None)


def call_action(ctx: Any, parent: QObject) -> QAction:
    """"Call Ann Lee: (202) 555-0143" in the outage window: the first to call for this kind of
    outage, chosen by :func:`first_to_call` as on "Who to call" (same number format, tel: link);
    the helpdesk set by policy (``ui.helpdesk_*``) only when the vault has no fitting contact.
    Opens the phone app, or the Contacts page where none is installed.

    The contacts are read on the pool when the window shows and when the kind of outage or the
    contacts change while it is shown — never while the window is built."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    action = QAction(parent)
    action.setObjectName("outage-call")
    action.setIcon(ctx.icon("contacts"))
    # the contact chosen for a situation; ``asked``: the situation of the latest read (only its answer counts)
    chosen: dict[str, Any] = {"situation": None, "contact": None, "asked": None, "seq": 0}

    def target() -> tuple[str, str, str] | None:
        c = chosen["contact"]
        if c is not None and chosen["situation"] == ctx.situation:
            p = number_to_call(c, ctx.situation)
            return c.display_name, human_number(p), p.tel_uri
        phone = ctx.config.ui.helpdesk_phone.strip()
        if phone:
            return ctx.config.ui.helpdesk_name or _t("ContactsPage", "IT helpdesk"), phone, f"tel:{_dial(phone)}"
        return None

    def sync(*_a: Any) -> None:
        t = target()
        if t is not None:
            action.setText(_t("ContactsPage", "Call %1: %2").replace("%1", t[0]).replace("%2", t[1]))
        action.setVisible(t is not None)

    def load(*_a: Any) -> None:
        situation = ctx.situation
        chosen["seq"] += 1
        chosen["asked"] = situation
        seq = chosen["seq"]

        def done(contacts: list[Any]) -> None:
            if seq == chosen["seq"]:  # an older read finishing late changes nothing
                chosen.update(situation=situation, contact=first_to_call(contacts, situation))
                sync()

        def failed(exc: BaseException) -> None:  # a locked or unreadable vault: the policy helpdesk
            log.info("no contact for the Call button: %s", exc)
            if seq == chosen["seq"]:
                chosen.update(situation=situation, contact=None)
                sync()

        ctx.run(lambda: ctx.vault().list_contacts(), on_done=alive(action, done), on_error=alive(action, failed))

    def shown() -> bool:
        return isinstance(parent, QWidget) and parent.isVisible()

    if isinstance(parent, QWidget):
        parent.installEventFilter(_OnShow(action, load))

    def on_state(_event: Any) -> None:
        sync()
        if shown() and chosen["asked"] != ctx.situation:
            load()

    def on_notice(event: Any) -> None:
        if getattr(event, "kind", "") == "vault.contacts" and shown():
            load()

    def call() -> None:
        t = target()
        if t is None or not QDesktopServices.openUrl(QUrl(t[2])):
            ctx.show_page("contacts")  # no phone app: the number, large, on the Contacts page

    action.triggered.connect(call)
    ctx.bridge.configChanged.connect(sync)
    ctx.bridge.stateChanged.connect(on_state)
    ctx.bridge.notice.connect(on_notice)
    sync()
    return action


def _fmt_from_suffix(path: str) -> str:
    suffix = Path(path).suffix.lower()
    return {".vcf": "vcard", ".vcard": "vcard", ".csv": "csv", ".html": "html", ".htm": "html",
            ".pdf": "pdf"}.get(suffix, "vcard")
