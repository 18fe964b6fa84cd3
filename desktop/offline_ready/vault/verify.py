"""Accept a download as the new current version, or refuse it and say why. Pure.

The classic failure of sync tools is a refresh that "succeeds" and stores a login page, a
bot check, an empty or a truncated file over the real document. Every check here must pass
before a download may become current; anything else keeps the last good version.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from ..i18n import N_, _
from .sniff import Sniffed, StandIn, compatible, detect_stand_in


class Judgement(StrEnum):
    """What to do with a download."""

    ACCEPT = "accept"
    REJECT = "reject"  # something arrived that looks wrong: quarantine it, keep the current version
    FAIL = "fail"  # nothing worth keeping arrived


class Reason(StrEnum):
    """Why a download was refused or failed (stable: the CLI's JSON and the catalogue carry them)."""

    STATUS = "http-status"
    EMPTY = "empty"
    TRUNCATED = "truncated"
    TOO_LARGE = "too-large"
    LOGIN = "login-page"
    CHALLENGE = "challenge-page"
    TYPE = "type-changed"
    SHRUNK = "much-smaller"
    DAMAGED = "unparseable"
    NETWORK = "network"
    AUTH = "auth-required"
    GONE = "not-found"
    LOCAL = "local-error"
    KEY = "vault-locked"


# Refusals a user may overrule ("yes, the new file really is that much smaller").
CONFIRMABLE = frozenset({Reason.SHRUNK, Reason.TYPE})

_FAMILY_NAMES = {
    "pdf": N_("a PDF"), "html": N_("a web page"), "text": N_("a text file"), "csv": N_("a CSV file"), "docx": N_("a Word document"),
    "xlsx": N_("an Excel workbook"), "pptx": N_("a PowerPoint file"), "odt": N_("an OpenDocument text"),
    "ods": N_("an OpenDocument spreadsheet"), "odp": N_("an OpenDocument presentation"), "zip": N_("a ZIP archive"),
    "json": N_("a JSON file"), "vcard": N_("a vCard file"), "xml": N_("an XML file"), "rtf": N_("an RTF document"),
    "image": N_("an image"), "ole": N_("an old-style Office file"), "binary": N_("an unknown binary file"),
    "empty": N_("an empty file"),
}


def family_name(family: str) -> str:
    return _(_FAMILY_NAMES[family]) if family in _FAMILY_NAMES else family


@dataclass(frozen=True)
class Candidate:
    """A finished download, described by facts the fetcher and the parse check gathered."""

    status: int
    received: int
    declared_length: int | None
    sniffed: Sniffed
    html_head: str | None = None  # decoded start of the body when it sniffed as HTML
    final_url: str = ""
    parse_error: str | None = None  # None = parses as its type
    redirected_to_login: bool = False


@dataclass(frozen=True)
class Previous:
    """The current version, if any."""

    family: str
    size: int
    stand_in_like: bool = False  # the accepted version itself had login-form markers (an HTML portal page)


@dataclass(frozen=True)
class Policy:
    expected_type: str = "auto"  # from the document definition or the URL's extension
    shrink_threshold: float = 0.5
    confirmed: bool = False  # the user confirmed a refusal in CONFIRMABLE


@dataclass(frozen=True)
class Decision:
    verdict: Judgement
    reason: Reason | None = None
    detail: str = ""
    stand_in: StandIn | None = None

    @property
    def accepted(self) -> bool:
        return self.verdict == Judgement.ACCEPT

    @property
    def needs_confirmation(self) -> bool:
        return self.verdict == Judgement.REJECT and self.reason in CONFIRMABLE


def assess(c: Candidate, previous: Previous | None, policy: Policy) -> Decision:
    """Decide what to do with a download. Ordered from the most to the least certain signal."""
    if c.status != 200:
        return Decision(Judgement.FAIL, Reason.STATUS,
                        _("the server answered HTTP {status}").format(status=c.status))
    if c.declared_length is not None and c.received != c.declared_length:
        return Decision(Judgement.REJECT, Reason.TRUNCATED,
                        _("the download was cut short ({received:,} of {declared:,} bytes)").format(
                            received=c.received, declared=c.declared_length))
    if c.received == 0 or c.sniffed.family == "empty":
        return Decision(Judgement.REJECT, Reason.EMPTY, _("the source returned an empty file"))

    expected = policy.expected_type if policy.expected_type not in ("", "auto") else (
        previous.family if previous else "auto")
    got = c.sniffed.family

    if got == "html":
        stand_in = detect_stand_in(c.html_head or "", c.final_url)
        if stand_in is None and c.redirected_to_login:
            stand_in = StandIn("login", _("redirected to a sign-in address"))
        allowed = expected == "html" and previous is not None and previous.stand_in_like
        if stand_in is not None and not allowed:
            if stand_in.kind == "challenge":
                return Decision(Judgement.REJECT, Reason.CHALLENGE, stand_in.evidence, stand_in)
            return Decision(Judgement.REJECT, Reason.LOGIN, stand_in.evidence, stand_in)

    if not compatible(expected, got) and not (policy.confirmed and got not in ("binary", "empty")):
        return Decision(Judgement.REJECT, Reason.TYPE, _("got {got} instead of {expected}").format(
            got=family_name(got), expected=family_name(expected)))

    if c.parse_error:
        return Decision(Judgement.REJECT, Reason.DAMAGED, c.parse_error)

    if previous is not None and previous.size > 0 and not policy.confirmed:
        ratio = c.received / previous.size
        if ratio < policy.shrink_threshold:
            return Decision(Judgement.REJECT, Reason.SHRUNK,
                            _("the new version is {ratio:.0%} of the size of the current one "
                              "({received:,} instead of {size:,} bytes)").format(
                                ratio=ratio, received=c.received, size=previous.size))
    return Decision(Judgement.ACCEPT)


_HEADLINES = {
    Reason.STATUS: N_("the server answered with an error"),
    Reason.EMPTY: N_("refresh returned an empty file"),
    Reason.TRUNCATED: N_("the download was cut short"),
    Reason.TOO_LARGE: N_("the file is larger than the size limit"),
    Reason.LOGIN: N_("refresh returned a login page"),
    Reason.CHALLENGE: N_("refresh returned a bot-check page"),
    Reason.TYPE: N_("refresh returned a different kind of file"),
    Reason.SHRUNK: N_("the new version is much smaller and needs your confirmation"),
    Reason.DAMAGED: N_("the downloaded file is damaged"),
    Reason.NETWORK: N_("the source could not be reached"),
    Reason.AUTH: N_("the source asks for a sign-in"),
    Reason.GONE: N_("the source was not found"),
    Reason.LOCAL: N_("the file could not be stored"),
    Reason.KEY: N_("the vault is locked"),
}


def headline(reason: str | None) -> str:
    return _(_HEADLINES.get(reason or "") or N_("refresh failed"))


def day_label(ts: float, now: float | None = None) -> str:
    """``3 March`` (this year) or ``3 March 2024``: how people name a version, in their language."""
    dt = datetime.fromtimestamp(ts, UTC).astimezone()
    ref = datetime.fromtimestamp(now, UTC).astimezone() if now else datetime.now().astimezone()
    month = _(_MONTHS[dt.month - 1])
    if dt.year == ref.year:
        return _("{day} {month}").format(day=dt.day, month=month)
    return _("{day} {month} {year}").format(day=dt.day, month=month, year=dt.year)


_MONTHS = (N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"), N_("July"),
           N_("August"), N_("September"), N_("October"), N_("November"), N_("December"))


def explain(reason: str | None, detail: str, current_fetched_at: float | None, now: float | None = None) -> str:
    """The sentence the UI and CLI show, e.g. "refresh returned a login page; showing the 3 March version"."""
    text = headline(reason)
    if detail and reason in (Reason.STATUS, Reason.TRUNCATED, Reason.TYPE, Reason.SHRUNK, Reason.DAMAGED, Reason.NETWORK, Reason.AUTH, Reason.GONE,
                             Reason.TOO_LARGE, Reason.LOCAL):
        # a detail that already says the headline ("the download was cut short (…)") stands alone
        text = detail if detail.startswith(text) else _("{headline} ({detail})").format(headline=text, detail=detail)
    if current_fetched_at:
        text += "; " + _("showing the {day} version").format(day=day_label(current_fetched_at, now))
    else:
        text += "; " + _("there is no offline copy yet")
    return text
