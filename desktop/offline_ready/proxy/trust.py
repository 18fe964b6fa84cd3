"""Which certificate authorities the app trusts: the operating system's, like the desk's browser.

A corporate TLS-inspection CA that IT installed in the OS store is then trusted (no false "site is
down"), and a certificate from an authority the OS does not trust is reported as interception,
naming who signed it. Linux: the system bundle (what ``update-ca-certificates`` maintains);
Windows and macOS: the OS store through ``truststore``. An explicit bundle in ``REQUESTS_CA_BUNDLE``
or ``SSL_CERT_FILE`` takes precedence, as it does for requests and OpenSSL.
"""

from __future__ import annotations

import os
import socket
import ssl
import sys
from dataclasses import dataclass

from ..i18n import _

LINUX_BUNDLES = ("/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt",
                 "/etc/ssl/ca-bundle.pem", "/etc/ssl/cert.pem")
# OpenSSL's words for "no trusted authority signed this chain"; hostname and date errors are not these.
UNTRUSTED_MARKERS = ("unable to get local issuer certificate", "self-signed certificate in certificate chain",
                     "self signed certificate in certificate chain", "unable to get issuer certificate",
                     "self-signed certificate", "self signed certificate")


def explicit_bundle() -> str | None:
    return os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("SSL_CERT_FILE") or None


def system_bundle() -> str | None:
    """The Linux system CA bundle, or None where the OS keeps its store elsewhere."""
    if sys.platform in ("win32", "darwin"):
        return None
    paths = ssl.get_default_verify_paths()
    for candidate in (paths.cafile, *LINUX_BUNDLES):
        if candidate and os.path.isfile(candidate):
            return candidate
    return None


def requests_verify() -> str | bool:
    """The ``verify`` argument for requests: a bundle path on Linux (never certifi's private copy)."""
    return explicit_bundle() or system_bundle() or True


def tls_context() -> ssl.SSLContext:
    """A client context that trusts what the OS trusts."""
    bundle = explicit_bundle()
    if bundle:
        return ssl.create_default_context(cafile=bundle)
    if sys.platform in ("win32", "darwin"):
        try:
            import truststore

            return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        except ImportError:  # pragma: no cover - a dependency on these systems
            pass
    bundle = system_bundle()
    if bundle is None:  # a minimal system with no CA bundle at all: Mozilla's list, as requests uses it
        import certifi

        bundle = certifi.where()
    return ssl.create_default_context(cafile=bundle)


def untrusted_authority(message: str) -> bool:
    """True when a verification failure means "signed by an authority the OS does not trust"."""
    low = message.lower()
    return any(m in low for m in UNTRUSTED_MARKERS)


def issuer_of(host: str, port: int, address: str | None = None, timeout: float = 3.0,
              proxy: tuple[str, int, dict[str, str]] | None = None) -> str:
    """Who signed the certificate this server (or whatever sits in between) presents: the issuer's
    organisation or common name, read without trusting it. "" when it cannot be read."""
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    try:
        if proxy is not None:
            sock = _tunnel(proxy, host, port, timeout)
        else:
            sock = socket.create_connection((address or host, port), timeout=timeout)
        with sock, ctx.wrap_socket(sock, server_hostname=host) as tls:
            der = tls.getpeercert(binary_form=True)
    except (OSError, ValueError):
        return ""
    if not der:
        return ""
    return _issuer_name(der)


def _tunnel(proxy: tuple[str, int, dict[str, str]], host: str, port: int, timeout: float) -> socket.socket:
    phost, pport, headers = proxy
    sock = socket.create_connection((phost, pport), timeout=timeout)
    extra = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    sock.sendall(f"CONNECT {host}:{port} HTTP/1.1\r\nHost: {host}:{port}\r\n{extra}\r\n".encode())
    reply = b""
    while b"\r\n\r\n" not in reply and len(reply) < 8192:
        chunk = sock.recv(4096)
        if not chunk:
            break
        reply += chunk
    if reply.split(b" ", 2)[1:2] != [b"200"]:
        sock.close()
        raise OSError("the proxy refused the tunnel")
    return sock


def _issuer_name(der: bytes) -> str:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    try:
        issuer = x509.load_der_x509_certificate(der).issuer
    except ValueError:
        return ""
    for oid in (NameOID.ORGANIZATION_NAME, NameOID.COMMON_NAME):
        values = issuer.get_attributes_for_oid(oid)
        if values:
            return str(values[0].value)[:120]
    return issuer.rfc4514_string()[:120]


@dataclass(frozen=True)
class Interception:
    """A certificate signed by an authority the OS does not trust: the code the diagnosis acts on,
    with who signed it ("" when it could not be read); the words are made only for display."""

    issuer: str = ""

    def message(self) -> str:
        return interception_message(self.issuer)


def interception_message(issuer: str) -> str:
    if not issuer:
        return _("the secure connection was intercepted by an authority your computer does not trust — ask IT")
    return _("the secure connection was intercepted by {issuer} — ask IT").format(issuer=issuer)


def explain_failure(url: str, message: str, *, address: str | None = None, proxy_url: str | None = None,
                    timeout: float = 3.0) -> str | None:
    """For a TLS verification failure on ``url``: the interception sentence (naming the issuer) when
    an authority the OS does not trust signed the certificate; None for other TLS problems."""
    found = interception(url, message, address=address, proxy_url=proxy_url, timeout=timeout)
    return found.message() if found else None


def interception(url: str, message: str, *, address: str | None = None, proxy_url: str | None = None,
                 timeout: float = 3.0) -> Interception | None:
    """For a TLS verification failure on ``url``: the interception (naming the issuer) when an
    authority the OS does not trust signed the certificate; None for other TLS problems."""
    if not untrusted_authority(message):
        return None
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or 443
    proxy = None
    if proxy_url:
        pp = urlsplit(proxy_url)
        headers = {}
        if pp.username:
            import base64

            token = base64.b64encode(f"{unquote(pp.username)}:{unquote(pp.password or '')}".encode()).decode()
            headers["Proxy-Authorization"] = f"Basic {token}"
        proxy = (pp.hostname or "", pp.port or 80, headers)
    return Interception(issuer_of(host, port, address, timeout, proxy))
