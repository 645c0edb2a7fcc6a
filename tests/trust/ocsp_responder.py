"""Real revocation services on loopback for the tests: ``openssl ocsp`` serving the index of a test
PKI (tests/pki.py), a tiny HTTP server for CRLs and hand-made OCSP responses, and a listener that never
answers.
"""

from __future__ import annotations

import datetime as dt
import re
import socket
import subprocess
import threading
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509 import ocsp
from cryptography.x509.oid import ExtendedKeyUsageOID

from tests.conftest import wait_for
from tests.pki import NOW, Issued, PrivateKey

HOLDER = "Alice Specimen"
"""The leaves' holder: a detail must never name her."""

OCSP_SIGNING = (ExtendedKeyUsageOID.OCSP_SIGNING,)


def ocsp_response(
    certificate: x509.Certificate,
    issuer: Issued,
    signer: Issued,
    *,
    nonce: bytes | None,
    status: ocsp.OCSPCertStatus = ocsp.OCSPCertStatus.GOOD,
    this_update: dt.datetime | None = None,
    next_update: dt.datetime | None = None,
    revoked_at: dt.datetime | None = None,
    carried: Iterable[x509.Certificate] = (),
    by_key_hash: bool = False,
) -> bytes:
    """A DER OCSP response about ``certificate``, naming ``signer`` as the responder."""
    this_update = this_update or dt.datetime.now(dt.UTC)
    builder = (
        ocsp.OCSPResponseBuilder()
        .add_response(
            cert=certificate,
            issuer=issuer.certificate,
            algorithm=hashes.SHA1(),
            cert_status=status,
            this_update=this_update,
            next_update=next_update or this_update + dt.timedelta(minutes=5),
            revocation_time=revoked_at,
            revocation_reason=None,
        )
        .responder_id(
            ocsp.OCSPResponderEncoding.HASH if by_key_hash else ocsp.OCSPResponderEncoding.NAME,
            signer.certificate,
        )
    )
    if carried:
        builder = builder.certificates(list(carried))
    if nonce is not None:
        builder = builder.add_extension(x509.OCSPNonce(nonce), critical=False)
    response = builder.sign(signer.key, hashes.SHA256())
    return response.public_bytes(serialization.Encoding.DER)


def request_nonce(der: bytes) -> bytes:
    request = ocsp.load_der_ocsp_request(der)
    return request.extensions.get_extension_for_class(x509.OCSPNonce).value.nonce


def crl(
    issuer_name: x509.Name,
    signing_key: PrivateKey,
    *,
    revoked: dict[int, dt.datetime] | None = None,
    next_update: dt.datetime = NOW + dt.timedelta(days=1),
    pem: bool = False,
) -> bytes:
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(issuer_name)
        .last_update(NOW - dt.timedelta(hours=1))
        .next_update(next_update)
    )
    for serial, moment in (revoked or {}).items():
        entry = x509.RevokedCertificateBuilder().serial_number(serial).revocation_date(moment).build()
        builder = builder.add_revoked_certificate(entry)
    encoding = serialization.Encoding.PEM if pem else serialization.Encoding.DER
    return builder.sign(signing_key, hashes.SHA256()).public_bytes(encoding)


def _pem(path: Path, certificate: x509.Certificate) -> str:
    path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return str(path)


def _key(path: Path, key: PrivateKey) -> str:
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return str(path)


def _index_time(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%y%m%d%H%M%SZ")


def index_line(serial: int, not_after: dt.datetime, revoked_at: dt.datetime | None = None) -> str:
    """One row of an ``openssl ca`` index: serial in upper-case hex, whole bytes."""
    hex_serial = f"{serial:X}"
    hex_serial = hex_serial.zfill(len(hex_serial) + len(hex_serial) % 2)
    state, revocation = ("R", _index_time(revoked_at)) if revoked_at else ("V", "")
    return f"{state}\t{_index_time(not_after)}\t{revocation}\t{hex_serial}\tunknown\t/CN=leaf"


# The servers


class OpensslResponder:
    """``openssl ocsp`` answering for ``ca`` from an index, signing with a delegated responder certificate.

    OpenSSL 3.0 takes only a port number (it listens on every interface); port 0 lets it choose one,
    which it announces as ``ACCEPT [::]:PORT``. It answers one request at a time.
    """

    def __init__(self, directory: Path, ca: Issued, signer: Issued, index: Iterable[str]) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        (directory / "index.txt").write_text("".join(f"{line}\n" for line in index))
        self.log = directory / "responder.log"
        self.ca = ca.certificate
        command = [
            "openssl", "ocsp", "-port", "0", "-nmin", "5", "-ignore_err",
            "-index", str(directory / "index.txt"),
            "-CA", _pem(directory / "ca.pem", ca.certificate),
            "-rsigner", _pem(directory / "resp.pem", signer.certificate),
            "-rkey", _key(directory / "resp.key", signer.key),
        ]  # fmt: skip
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=directory)
        self.port = 0
        try:
            wait_for(self._announced, 10, "openssl ocsp to announce its port")
            wait_for(self._answers, 10, "openssl ocsp to answer")
        except BaseException:
            self.close()
            raise

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def _announced(self) -> bool:
        if self.process.poll() is not None:
            raise RuntimeError(f"openssl ocsp stopped: {self.log.read_text(errors='replace')}")
        found = re.search(r"ACCEPT \S*:(\d+)", self.log.read_text(errors="replace"))
        self.port = int(found.group(1)) if found else 0
        return found is not None

    def _answers(self) -> bool:
        """A real OCSP request: a connection closed without one wedges OpenSSL 3.0 (openssl#31129)."""
        probe = ocsp.OCSPRequestBuilder().add_certificate(self.ca, self.ca, hashes.SHA256()).build()
        request = urllib.request.Request(
            self.url,
            data=probe.public_bytes(serialization.Encoding.DER),
            headers={"Content-Type": "application/ocsp-request"},
        )
        try:
            with urllib.request.urlopen(request, timeout=2) as answer:
                return ocsp.load_der_ocsp_response(answer.read()) is not None
        except OSError:
            return False

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@dataclass
class Reply:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    declare_length: bool = True


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Route = Callable[[bytes], Reply]


class LoopbackHttp:
    """A threaded HTTP server on 127.0.0.1: ``routes`` maps a path to a function of the request body."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.seen: list[Seen] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.answer(self)

            def do_POST(self) -> None:
                owner.answer(self)

            def log_message(self, format: str, *args: object) -> None:
                """Quiet."""

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = False  # server_close() joins the request threads
        self.port = self.server.server_port
        self.thread = threading.Thread(
            target=self.server.serve_forever, args=(0.05,), name="loopback-http", daemon=True
        )
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        body = handler.rfile.read(int(handler.headers.get("Content-Length") or 0))
        self.seen.append(Seen(handler.command, handler.path, dict(handler.headers.items()), body))
        route = self.routes.get(handler.path)
        reply = route(body) if route else Reply(b"not here", 404)
        try:
            handler.send_response(reply.status)
            for name, value in reply.headers.items():
                handler.send_header(name, value)
            if reply.declare_length:
                handler.send_header("Content-Length", str(len(reply.body)))
            handler.end_headers()
            handler.wfile.write(reply.body)
        except OSError:
            pass  # the client stopped reading (an answer too long on purpose)

    def reset(self) -> None:
        self.routes.clear()
        self.seen.clear()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


class SilentListener:
    """Listens on loopback and never accepts: connections complete in the backlog and get no answer."""

    def __init__(self) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.socket.setblocking(False)
        self.port = self.socket.getsockname()[1]

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def connections(self) -> int:
        """How many connections are waiting (each is accepted and closed)."""
        count = 0
        while True:
            try:
                peer, _address = self.socket.accept()
            except BlockingIOError:
                return count
            peer.close()
            count += 1

    def close(self) -> None:
        self.socket.close()


def closed_port() -> int:
    """A loopback port nothing listens on (connections are refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port
