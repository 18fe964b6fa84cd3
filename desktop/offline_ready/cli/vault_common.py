"""What ``offline-ready docs`` and ``offline-ready contacts`` share: opening the vault (unlocking it on a
terminal), mapping its errors to exit codes, credentials from a prompt, and plain-text tables.

Exit codes (monitoring-plugin convention, like ``check``): 0 all good; 1 warning (a refresh was
refused or failed, or a copy is stale — the last good copy is still there); 2 critical (a document
has no usable offline copy, or stored files are damaged); 3 bad input, locked vault or internal error.
Secrets are never taken from the command line (it is visible to other users): they are prompted
for, or read from standard input with ``--secret-stdin``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable

from ..i18n import _
from .common import EXIT_UNKNOWN, CliError, load

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# --- parsers ------------------------------------------------------------------------------------------

Command = Callable[[str, Callable, str], argparse.ArgumentParser]


def command_group(subparsers, parent, name: str, help_: str, description: str) -> Command:
    """Add ``offline-ready NAME`` with required actions; returns ``cmd(action, handler, help)``, which
    adds one action whose handler runs through :func:`run` (one place maps errors to exit codes)."""
    group = subparsers.add_parser(name, parents=[parent], help=help_, description=description)
    sub = group.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)

    def cmd(action: str, fn: Callable, help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(action, parents=[parent], help=help_, description=help_)
        p.set_defaults(func=lambda a, fn=fn: run(fn, a))
        return p

    return cmd


def credential_args(p: argparse.ArgumentParser, required: bool = False) -> None:
    p.add_argument("--auth", choices=("basic", "bearer", "header"), required=required,
                   help=_("credential to send: basic (user + password), bearer (token) or header (custom header)"))
    p.add_argument("--user", help=_("user name for basic authentication"))
    p.add_argument("--header", help=_("header name for --auth header (e.g. X-API-Key)"))
    p.add_argument("--secret-stdin", action="store_true",
                   help=_("read the password/token from standard input instead of prompting"))


# --- plumbing -------------------------------------------------------------------------------------------

# Failures of the import and call-sheet parts, named rather than imported: those parts load only for the
# commands that use them, and an error whose module never loaded cannot have been raised.
LATE_ERRORS = (("offline_ready.vault.contacts.importer", "ImportFormatError"),
               ("offline_ready.vault.contacts.callsheet", "CallSheetError"))


def user_errors() -> tuple[type[Exception], ...]:
    """The vault's failures that are the user's to fix: printed as one line, exit code 3."""
    from ..vault.credentials import CredentialError
    from ..vault.crypto import CryptoError
    from ..vault.locking import VaultBusy
    from ..vault.service import VaultError

    late = tuple(getattr(sys.modules[module], name) for module, name in LATE_ERRORS if module in sys.modules)
    return (VaultError, VaultBusy, CredentialError, CryptoError, *late)


def run(fn: Callable[[argparse.Namespace, Any], int], args: argparse.Namespace) -> int:
    from ..vault.crypto import VaultLocked
    from ..vault.locking import VaultBusy
    from ..vault.service import VaultService

    config = load(args)
    service = VaultService(config).open()
    try:
        if service.locked:
            unlock_interactively(service)
        # vault.encryption was switched: convert what is stored (if another process holds the vault,
        # it converts on its next sync)
        with contextlib.suppress(VaultBusy):
            service.ensure_encryption_state()
        return fn(args, service)
    except VaultLocked as exc:
        raise CliError(_("{error} (scripts can set {variable})").format(
            error=exc, variable="OFFLINE_READY_VAULT_PASSPHRASE"), EXIT_UNKNOWN) from None
    except Exception as exc:
        if isinstance(exc, user_errors()):
            raise CliError(str(exc), EXIT_UNKNOWN) from None
        raise
    finally:
        service.close()


def unlock_interactively(service) -> None:
    """Ask for the vault passphrase on a terminal (where no keyring holds the key)."""
    from ..vault.crypto import CryptoError, VaultLocked

    if service.passphrase_given:
        service.unlock(service.passphrase_given)  # raises with the real reason (e.g. a wrong passphrase)
        return
    if not (sys.stdin.isatty() and service.needs_passphrase):
        raise VaultLocked(_("the vault is encrypted with a passphrase and none was given"))
    import getpass

    first = not service.keys.has_passphrase_key and not service.encrypted
    for _attempt in range(3):
        pw = getpass.getpass(_("New vault passphrase: ") if first else _("Vault passphrase: "))
        if first and getpass.getpass(_("Repeat it: ")) != pw:
            print("offline-ready: " + _("the passphrases differ"), file=sys.stderr)
            continue
        try:
            service.unlock(pw)
            return
        except CryptoError as exc:
            print(f"offline-ready: {exc}", file=sys.stderr)
    raise VaultLocked(_("the vault stays locked"))


def read_secret(args: argparse.Namespace, prompt: str) -> str:
    if args.secret_stdin:
        line = sys.stdin.readline()
        secret = line.rstrip("\r\n")
    elif sys.stdin.isatty():
        import getpass

        secret = getpass.getpass(prompt)
    else:
        raise CliError(_("no terminal to ask for the secret; pipe it in with {option}").format(option="--secret-stdin"),
                       EXIT_UNKNOWN)
    if not secret:
        raise CliError(_("the secret is empty"), EXIT_UNKNOWN)
    return secret


def credential(args: argparse.Namespace, service):
    from ..vault.credentials import Credential, CredentialError

    if not getattr(args, "auth", None):
        return None
    if not service.creds.available():  # say so before asking for a secret that could not be kept
        raise CredentialError(_("no system keyring is available, so credentials cannot be stored safely "
                                "(install and unlock a Secret Service keyring such as GNOME Keyring or KWallet)"))
    if args.auth == "basic" and not args.user:
        raise CliError(_("{option} needs {needed}").format(option="--auth basic", needed="--user"), EXIT_UNKNOWN)
    if args.auth == "header" and not args.header:
        raise CliError(_("{option} needs {needed}").format(option="--auth header", needed="--header NAME"),
                       EXIT_UNKNOWN)
    prompt = {"basic": _("Password for {user}: ").format(user=args.user), "bearer": _("Token: "),
              "header": _("Value of {header}: ").format(header=args.header)}
    return Credential(args.auth, read_secret(args, prompt[args.auth]), username=args.user or "",
                      header=args.header or "")


class ProgressBar:
    """A one-line progress bar on a terminal's stderr; silent otherwise."""

    def __init__(self, enabled: bool):
        self.enabled = enabled and sys.stderr.isatty()
        self.width = 28

    def __call__(self, done: int, total: int, message: str) -> None:
        if not self.enabled:
            return
        cols = term_cols()
        frac = done / total if total else 1.0
        filled = int(self.width * frac)
        bar = "█" * filled + "░" * (self.width - filled)
        text = f"\r{bar} {done}/{total} {message}"
        sys.stderr.write(text[: cols - 1].ljust(cols - 1))
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * (term_cols() - 1) + "\r")
            sys.stderr.flush()


def term_cols() -> int:
    try:
        return os.get_terminal_size(sys.stderr.fileno()).columns
    except OSError:
        return 80


def size_text(n: int | None) -> str:
    if n is None:
        return "-"
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return f"{n} B"


def table(rows: list[list[str]], headers: list[str]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    widths[-1] = 0
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in [headers, *rows]]
    sys.stdout.write("\n".join(lines) + "\n")  # one write: a search can print hundreds of rows
