"""A demo e-guichet (relying party): log in with the eID card, then fill in the profile from the card.

- ``POST /api/nonce``: a challenge for this browser session (32 random bytes, 5 minutes, single use).
- ``POST /api/login``: the Web eID token, checked with the project's validator for this site's own
  origin and the session's nonce; the session is then logged in as the certificate's holder.
- ``POST /api/identity``: the ``integrity`` part of the card data a page got with the citizen's
  consent, checked here (National Register signatures, a trusted root) and bound to the person logged
  in; the answer holds the values parsed from the checked files, never the page's own.

Test roots (the simulated card) are trusted only when the site is started in its test configuration.
Pages in French, Dutch, German and English (``?lang=`` or the browser's language).
"""

from __future__ import annotations

import html
import json
import secrets
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from cryptography import x509
from cryptography.x509.oid import NameOID
from demo_texts import FORM_FIELDS, LANGUAGES, choose_language, say
from demo_tls import self_signed

from eidcompanion.errors import EidError
from eidcompanion.trust.config import TrustConfiguration
from eidcompanion.webeid.identity_check import CheckedIdentity, check_identity_data
from eidcompanion.webeid.nonces import NonceStore
from eidcompanion.webeid.validator import ValidatorConfiguration, validate_token

HERE = Path(__file__).resolve().parent
PAGE_LIBRARY = HERE.parent / "page-library" / "src" / "index.js"
COOKIE = "eguichet_session"
MAX_BODY = 64 * 1024


@dataclass
class Session:
    nonce: str = ""
    holder: str = ""
    """The logged-in person's national number (the authentication certificate's serialNumber)."""
    name: str = ""


@dataclass
class DemoSite:
    """The site's state: its origin, whom it trusts, the sessions and their nonces."""

    origin: str
    validator: ValidatorConfiguration
    trust: TrustConfiguration
    nonces: NonceStore = field(default_factory=NonceStore)
    sessions: dict[str, Session] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def session(self, session_id: str) -> Session:
        with self.lock:
            return self.sessions.setdefault(session_id, Session())

    def login(self, session_id: str, token: str) -> Session:
        session = self.session(session_id)
        nonce, session.nonce = session.nonce, ""
        if not nonce or not self.nonces.consume(session_id, nonce):
            raise PermissionError("no valid challenge for this session (expired or already used)")
        certificate = validate_token(token, self.origin, nonce, self.validator)
        subject = certificate.subject
        session.holder = _attribute(subject, NameOID.SERIAL_NUMBER)
        session.name = (
            f"{_attribute(subject, NameOID.GIVEN_NAME)} {_attribute(subject, NameOID.SURNAME)}".strip()
        )
        return session

    def checked_identity(self, session_id: str, integrity: object) -> CheckedIdentity:
        session = self.session(session_id)
        if not session.holder:
            raise PermissionError("log in first")
        if not isinstance(integrity, dict):
            raise ValueError("integrity is an object")
        checked = check_identity_data(integrity, self.trust)
        if checked.identity.national_number.digits != session.holder:
            raise PermissionError("these data are another person's than the one logged in")
        return checked


def _attribute(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def identity_fields(checked: CheckedIdentity) -> dict[str, dict[str, str]]:
    """The checked values, shaped like the page library's answer (so fillForm maps them)."""
    identity, address = checked.identity, checked.address
    return {
        "identity": {
            "surname": identity.surname,
            "givenNames": identity.given_names,
            "nationalNumber": identity.national_number.digits,
            "birthDate": identity.birth_date.iso(),
            "birthPlace": identity.birth_place,
        },
        "address": {
            "street": address.street,
            "houseNumber": address.house_number,
            "box": address.box,
            "postalCode": address.postal_code,
            "municipality": address.municipality,
        },
    }


def _page(language: str, body: str) -> bytes:
    links = " · ".join(f'<a href="?lang={code}" lang="{code}">{code.upper()}</a>' for code in LANGUAGES)
    return f"""<!doctype html>
<html lang="{language}"><meta charset="utf-8"><title>{say("title", language)}</title>
<style>
body {{ font-family: sans-serif; max-width: 40em; margin: 2em auto; color: #1d2733; }}
header {{ display: flex; justify-content: space-between; align-items: baseline; }}
header {{ border-bottom: 3px solid #ffd90c; }}
nav {{ white-space: nowrap; }}
button {{ font-size: 1.1em; padding: .5em 1em; }} label {{ display: block; margin-top: .6em; }}
input {{ width: 100%; padding: .3em; }} #status {{ margin-top: 1em; font-weight: bold; }}
</style>
<header><h1>{say("title", language)}</h1><nav>{links}</nav></header>
{body}
<p id="status" role="status"></p>
<script>window.TEXTS = {
        json.dumps(
            {
                key: say(key, language, code="{code}", name="{name}")
                for key in ("verified", "refused", "failed", "welcome")
            }
        )
    };
window.LANG = "{language}";</script>
<script type="module" src="/static/demo.js"></script>
</html>""".encode()


def login_page(language: str) -> bytes:
    return _page(
        language,
        f'<p>{say("intro", language)}</p><button id="login">{say("login", language)}</button>',
    )


def profile_page(language: str, session: Session) -> bytes:
    inputs = "".join(
        f'<label>{say(name, language)}<input name="{name}" autocomplete="off"></label>'
        for name in FORM_FIELDS
    )
    return _page(
        language,
        f'<p id="welcome">{html.escape(say("welcome", language, name=session.name))}</p>'
        f'<button id="fill">{say("fill", language)}</button>'
        f'<form id="profile">{inputs}<p><button type="button">{say("save", language)}</button></p></form>',
    )


class _Handler(BaseHTTPRequestHandler):
    site: DemoSite

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _session_id(self) -> tuple[str, bool]:
        for part in self.headers.get("Cookie", "").split(";"):
            name, _, value = part.strip().partition("=")
            if name == COOKIE and value:
                return value, False
        return secrets.token_urlsafe(24), True

    def _send(self, status: int, body: bytes, kind: str, session: tuple[str, bool]) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        if session[1]:
            self.send_header(
                "Set-Cookie", f"{COOKIE}={session[0]}; Path=/; Secure; HttpOnly; SameSite=Strict"
            )
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        session = self._session_id()
        url = urlsplit(self.path)
        language = choose_language(
            parse_qs(url.query).get("lang", [""])[0], self.headers.get("Accept-Language", "")
        )
        if url.path == "/static/page-library.js":
            self._send(200, PAGE_LIBRARY.read_bytes(), "text/javascript; charset=utf-8", session)
        elif url.path == "/static/demo.js":
            self._send(
                200, (HERE / "static" / "demo.js").read_bytes(), "text/javascript; charset=utf-8", session
            )
        elif url.path == "/profile":
            state = self.site.session(session[0])
            if not state.holder:
                self.send_response(303)
                self.send_header("Location", f"/?lang={language}")
                self.end_headers()
                return
            self._send(200, profile_page(language, state), "text/html; charset=utf-8", session)
        elif url.path == "/":
            self._send(200, login_page(language), "text/html; charset=utf-8", session)
        else:
            self._send(404, b"not found", "text/plain", session)

    def do_POST(self) -> None:
        session = self._session_id()
        length = int(self.headers.get("Content-Length", "0") or 0)
        if length > MAX_BODY:
            self._json(413, {"error": "too large"}, session)
            return
        try:
            body: dict[str, Any] = json.loads(self.rfile.read(length) or b"{}")
            if not isinstance(body, dict):
                raise ValueError("not an object")
        except ValueError:
            self._json(400, {"error": "not JSON"}, session)
            return
        try:
            self._json(200, self._api(urlsplit(self.path).path, session[0], body), session)
        except PermissionError as exc:
            self._json(403, {"error": str(exc)}, session)
        except (EidError, ValueError, KeyError) as exc:
            self._json(400, {"error": str(exc)}, session)

    def _api(self, path: str, session_id: str, body: dict[str, Any]) -> dict[str, Any]:
        if path == "/api/nonce":
            nonce = self.site.nonces.issue(session_id)
            self.site.session(session_id).nonce = nonce
            return {"nonce": nonce}
        if path == "/api/login":
            session = self.site.login(session_id, json.dumps(body["token"]))
            return {"name": session.name}
        if path == "/api/identity":
            return identity_fields(self.site.checked_identity(session_id, body.get("integrity")))
        raise KeyError(f"no such endpoint {path}")

    def _json(self, status: int, message: dict[str, Any], session: tuple[str, bool]) -> None:
        self._send(status, json.dumps(message).encode(), "application/json", session)


@contextmanager
def serve(
    folder: Path, *, validator: ValidatorConfiguration, trust: TrustConfiguration, port: int = 0
) -> Iterator[DemoSite]:
    """The site on ``https://localhost:PORT`` (a free port by default), until the block ends."""
    server = ThreadingHTTPServer(("127.0.0.1", port), _Handler)
    origin = f"https://localhost:{server.server_address[1]}"
    site = DemoSite(origin, validator, trust)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*self_signed(folder))
    server.socket = context.wrap_socket(server.socket, server_side=True)
    server.RequestHandlerClass = type("Handler", (_Handler,), {"site": site})
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
