"""Revocation checks against real services on loopback: ``openssl ocsp`` serving a test CA's index, a tiny
HTTP server for CRLs and hand-made OCSP responses, and listeners that record whether they were contacted.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509 import ocsp
from cryptography.x509.oid import ExtendedKeyUsageOID

from eidcompanion.trust.config import TrustConfiguration
from eidcompanion.trust.revocation import (
    RevocationResult,
    RevocationSource,
    RevocationStatus,
    check_revocation,
)
from tests.pki import NOW, Issued, issue, new_key
from tests.trust.ocsp_responder import (
    HOLDER,
    OCSP_SIGNING,
    LoopbackHttp,
    OpensslResponder,
    Reply,
    SilentListener,
    closed_port,
    crl,
    index_line,
    ocsp_response,
    request_nonce,
)

CONFIG = TrustConfiguration.for_tests("127.0.0.1")
CA_NAME = "eidcompanion Test Revocation CA"
REVOKED_ON = NOW - dt.timedelta(days=2)
GOOD, REVOKED, UNKNOWN = RevocationStatus.GOOD, RevocationStatus.REVOKED, RevocationStatus.UNKNOWN


@dataclass(frozen=True)
class Pki:
    ca: Issued
    responder: OpensslResponder
    good: Issued
    revoked: Issued
    unknown: Issued
    """Issued by the CA but absent from the responder's index."""


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pki]:
    ca = issue(CA_NAME, ca=True)
    delegate = issue("eidcompanion Test OCSP Responder", ca, extended_usage=OCSP_SIGNING)
    not_after = NOW + dt.timedelta(days=365)
    good, revoked, unknown = (x509.random_serial_number() for _ in range(3))
    index = [index_line(good, not_after), index_line(revoked, not_after, REVOKED_ON)]
    responder = OpensslResponder(tmp_path_factory.mktemp("ocsp"), ca, delegate, index)
    try:
        leaves = [
            issue(HOLDER, ca, serial=serial, not_after=not_after, ocsp_url=responder.url)
            for serial in (good, revoked, unknown)
        ]
        yield Pki(ca, responder, *leaves)
    finally:
        responder.close()


@pytest.fixture(scope="module")
def _server() -> Iterator[LoopbackHttp]:
    server = LoopbackHttp()
    yield server
    server.close()


@pytest.fixture
def web(_server: LoopbackHttp) -> Iterator[LoopbackHttp]:
    yield _server
    _server.reset()


@pytest.fixture
def listener() -> Iterator[SilentListener]:
    silent = SilentListener()
    yield silent
    silent.close()


def ask(
    certificate: Issued,
    issuer: Issued,
    config: TrustConfiguration = CONFIG,
    session: requests.Session | None = None,
) -> RevocationResult:
    result = check_revocation(certificate.certificate, issuer.certificate, config, session=session)
    assert HOLDER not in result.detail
    return result


def serve_ocsp(
    web: LoopbackHttp, path: str, leaf: Issued, issuer: Issued, signer: Issued, **options: Any
) -> None:
    """Answer at ``path`` with a response about ``leaf`` that echoes the request's nonce."""
    web.routes[path] = lambda body: Reply(
        ocsp_response(leaf.certificate, issuer, signer, nonce=request_nonce(body), **options)
    )


# openssl ocsp


def test_good_from_the_openssl_responder(pki: Pki) -> None:
    result = ask(pki.good, pki.ca)
    assert (result.status, result.source, result.responder) == (
        GOOD,
        RevocationSource.OCSP,
        pki.responder.url,
    )
    assert result.revoked_at is None
    assert "nonce" not in result.detail  # openssl echoed ours


def test_revoked_with_its_date(pki: Pki) -> None:
    result = ask(pki.revoked, pki.ca)
    assert (result.status, result.source, result.revoked_at) == (REVOKED, RevocationSource.OCSP, REVOKED_ON)
    assert REVOKED_ON.strftime("%Y-%m-%d %H:%M:%S") in result.detail


def test_a_certificate_the_responder_does_not_know(pki: Pki) -> None:
    result = ask(pki.unknown, pki.ca)
    assert (result.status, result.source) == (UNKNOWN, RevocationSource.OCSP)
    assert "the responder does not know this certificate" in result.detail


def test_responder_from_the_configuration_when_the_certificate_names_none(pki: Pki) -> None:
    leaf = issue(HOLDER, pki.ca, serial=pki.good.certificate.serial_number)
    config = replace(CONFIG, ocsp_responders={CA_NAME: pki.responder.url})
    assert ask(leaf, pki.ca, config).status is GOOD


def test_a_live_answer_is_from_the_future_for_a_past_validation_time(pki: Pki) -> None:
    result = ask(pki.good, pki.ca, replace(CONFIG, at=NOW - dt.timedelta(days=1)))
    assert result.status is UNKNOWN
    assert "the OCSP response is from the future" in result.detail


# Not asked, no answer


def test_switched_off_is_said_and_nothing_is_contacted(listener: SilentListener) -> None:
    ca = issue("Some CA", ca=True)
    leaf = issue(HOLDER, ca, ocsp_url=listener.url(), crl_url=listener.url("/ca.crl"))
    result = ask(leaf, ca, CONFIG.without_revocation())
    assert (result.status, result.source) == (RevocationStatus.NOT_CHECKED, RevocationSource.NONE)
    assert "switched off" in result.detail
    assert listener.connections() == 0


def test_a_host_off_the_allowlist_is_not_contacted(listener: SilentListener) -> None:
    ca = issue("Some CA", ca=True)
    leaf = issue(HOLDER, ca, ocsp_url=listener.url(), crl_url=listener.url("/ca.crl"))
    result = ask(leaf, ca, TrustConfiguration.for_tests())
    assert result.status is UNKNOWN
    assert "OCSP responder host 127.0.0.1 is not on the allowlist" in result.detail
    assert "CRL distribution point host 127.0.0.1 is not on the allowlist" in result.detail
    assert listener.connections() == 0


def test_unreachable_responder() -> None:
    ca = issue("Some CA", ca=True)
    url = f"http://127.0.0.1:{closed_port()}/"
    result = ask(issue(HOLDER, ca, ocsp_url=url), ca)
    assert (result.status, result.source, result.responder) == (UNKNOWN, RevocationSource.NONE, url)
    assert f"the connection to the OCSP responder at {url} failed (Connection refused)" in result.detail


def test_a_responder_that_never_answers_times_out(listener: SilentListener) -> None:
    ca = issue("Some CA", ca=True)
    started = time.monotonic()
    result = ask(issue(HOLDER, ca, ocsp_url=listener.url()), ca, replace(CONFIG, timeout=0.3))
    assert time.monotonic() - started < 3
    assert result.status is UNKNOWN
    assert f"the OCSP responder at {listener.url()} did not answer within 0.3 s" in result.detail
    assert listener.connections() == 1


def test_no_address_at_all() -> None:
    ca = issue("Some CA", ca=True)
    result = ask(issue(HOLDER, ca), ca)
    assert (result.status, result.responder) == (UNKNOWN, "")
    assert "names no OCSP responder" in result.detail
    assert "names no CRL distribution point" in result.detail


# Hand-made OCSP responses


def test_the_request_is_a_post_with_a_fresh_nonce_and_a_sha1_certificate_id(
    pki: Pki, web: LoopbackHttp
) -> None:
    leaf = issue(HOLDER, pki.ca, ocsp_url=web.url("/ocsp"))
    serve_ocsp(web, "/ocsp", leaf, pki.ca, pki.ca)
    with requests.Session() as session:
        assert [ask(leaf, pki.ca, session=session).status for _ in range(2)] == [GOOD, GOOD]
    assert [seen.method for seen in web.seen] == ["POST", "POST"]
    assert web.seen[0].headers["Content-Type"] == "application/ocsp-request"
    request = ocsp.load_der_ocsp_request(web.seen[0].body)
    assert isinstance(request.hash_algorithm, hashes.SHA1)
    assert request.serial_number == leaf.certificate.serial_number
    first, second = (request_nonce(seen.body) for seen in web.seen)
    assert len(first) >= 16
    assert first != second


@pytest.mark.parametrize("by_key_hash", [False, True], ids=["by_name", "by_key_hash"])
def test_an_rsa_issuer_signing_its_own_responses(web: LoopbackHttp, by_key_hash: bool) -> None:
    ca = issue("eidcompanion Test RSA CA", ca=True, key=new_key("rsa"))
    leaf = issue(HOLDER, ca, ocsp_url=web.url("/rsa"))
    serve_ocsp(web, "/rsa", leaf, ca, ca, by_key_hash=by_key_hash)
    assert ask(leaf, ca).status is GOOD


def test_a_response_signed_by_another_key(pki: Pki, web: LoopbackHttp) -> None:
    impostor = issue(CA_NAME, ca=True)  # the CA's name, another key
    leaf = issue(HOLDER, pki.ca, ocsp_url=web.url("/forged"))
    serve_ocsp(web, "/forged", leaf, pki.ca, impostor)
    result = ask(leaf, pki.ca)
    assert result.status is UNKNOWN
    assert "the OCSP response signature does not verify with the issuer's key" in result.detail


def _delegate(ca: Issued, case: str) -> Issued:
    """A responder certificate that is wrong the way ``case`` says (right for "not_carried")."""
    issuer, not_after = ca, NOW + dt.timedelta(days=1)
    usage: tuple[x509.ObjectIdentifier, ...] = OCSP_SIGNING
    if case == "foreign_name":
        issuer = issue("Another CA", ca=True)
    elif case == "foreign_key":
        issuer = issue(CA_NAME, ca=True)  # the CA's name, another key
    elif case == "no_extended_usage":
        usage = ()
    elif case == "client_auth_only":
        usage = (ExtendedKeyUsageOID.CLIENT_AUTH,)
    elif case == "expired":
        not_after = NOW - dt.timedelta(minutes=1)
    return issue("Responder", issuer, extended_usage=usage, not_after=not_after)


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("no_extended_usage", "lacks the OCSPSigning extended key usage"),
        ("client_auth_only", "lacks the OCSPSigning extended key usage"),
        ("foreign_name", "is not issued by the certificate's issuer"),
        ("foreign_key", "is not signed by the certificate's issuer"),
        ("expired", "is not valid on"),
        ("not_carried", "signed neither by the issuer nor by a certificate it carries"),
    ],
)
def test_delegated_responders_that_are_refused(pki: Pki, web: LoopbackHttp, case: str, expected: str) -> None:
    delegate = _delegate(pki.ca, case)
    leaf = issue(HOLDER, pki.ca, ocsp_url=web.url("/delegated"))
    carried = [] if case == "not_carried" else [delegate.certificate]
    serve_ocsp(web, "/delegated", leaf, pki.ca, delegate, carried=carried)
    result = ask(leaf, pki.ca)
    assert result.status is UNKNOWN
    assert expected in result.detail


def test_nonce_mismatch(pki: Pki, web: LoopbackHttp) -> None:
    leaf = issue(HOLDER, pki.ca, ocsp_url=web.url("/replay"))
    web.routes["/replay"] = lambda _body: Reply(
        ocsp_response(leaf.certificate, pki.ca, pki.ca, nonce=b"x" * 32)
    )
    result = ask(leaf, pki.ca)
    assert result.status is UNKNOWN
    assert "nonce mismatch (replayed response?)" in result.detail


def test_a_response_without_nonce_is_refused_unless_nonces_are_not_required(
    pki: Pki, web: LoopbackHttp
) -> None:
    leaf = issue(HOLDER, pki.ca, ocsp_url=web.url("/no-nonce"))
    web.routes["/no-nonce"] = lambda _body: Reply(ocsp_response(leaf.certificate, pki.ca, pki.ca, nonce=None))
    refused = ask(leaf, pki.ca)
    assert refused.status is UNKNOWN  # a signed "good" without our nonce may be a replay
    assert "does not echo the request's nonce" in refused.detail
    accepted = ask(leaf, pki.ca, replace(CONFIG, require_ocsp_nonce=False))
    assert accepted.status is GOOD
    assert "no nonce was echoed" in accepted.detail


@pytest.mark.parametrize(
    ("this_update", "next_update", "expected"),
    [
        (-3, 5, "the OCSP response is too old"),  # older than 2 min: the skew does not widen that
        (20, 25, "the OCSP response is from the future"),
        (-1, -16, "the OCSP response expired on"),
        (-1, 5, ""),
        (14, 20, ""),  # a responder clock ahead, within the 15 min skew
        (-1, -14, ""),  # nextUpdate just past, within the skew
    ],
    ids=["stale", "future", "expired", "fresh", "ahead_within_skew", "next_update_within_skew"],
)
def test_freshness(pki: Pki, web: LoopbackHttp, this_update: int, next_update: int, expected: str) -> None:
    leaf = issue(HOLDER, pki.ca, ocsp_url=web.url("/timed"))
    now = dt.datetime.now(dt.UTC)
    serve_ocsp(
        web,
        "/timed",
        leaf,
        pki.ca,
        pki.ca,
        this_update=now + dt.timedelta(minutes=this_update),
        next_update=now + dt.timedelta(minutes=next_update),
    )
    result = ask(leaf, pki.ca)
    assert result.status is (UNKNOWN if expected else GOOD)
    assert expected in result.detail


def test_validating_at_a_past_time(pki: Pki, web: LoopbackHttp) -> None:
    """An archived answer of 24 December 2024, by a responder certificate valid only around then."""
    then = dt.datetime(2024, 12, 24, 10, 0, tzinfo=dt.UTC)
    day = dt.timedelta(days=1)
    delegate = issue(
        "Responder 2024", pki.ca, extended_usage=OCSP_SIGNING, not_before=then - day, not_after=then + day
    )
    leaf = issue(HOLDER, pki.ca, ocsp_url=web.url("/archive"))
    archived = ocsp_response(
        leaf.certificate, pki.ca, delegate, nonce=None, this_update=then, carried=[delegate.certificate]
    )
    web.routes["/archive"] = lambda _body: Reply(archived)
    archive = replace(CONFIG, at=then + dt.timedelta(minutes=1), require_ocsp_nonce=False)  # not ours
    assert ask(leaf, pki.ca, archive).status is GOOD
    today = ask(leaf, pki.ca, replace(CONFIG, require_ocsp_nonce=False))
    assert today.status is UNKNOWN
    assert "the OCSP responder certificate is not valid on" in today.detail


def test_a_response_about_another_certificate(pki: Pki, web: LoopbackHttp) -> None:
    leaf = issue(HOLDER, pki.ca, ocsp_url=web.url("/other"))
    serve_ocsp(web, "/other", pki.good, pki.ca, pki.ca)
    result = ask(leaf, pki.ca)
    assert result.status is UNKNOWN
    assert "the OCSP response is not about this certificate" in result.detail


def _unsuccessful() -> bytes:
    response = ocsp.OCSPResponseBuilder.build_unsuccessful(ocsp.OCSPResponseStatus.TRY_LATER)
    return response.public_bytes(Encoding.DER)


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        (Reply(b"oops", 500), "answered HTTP 500"),
        (Reply(b"not DER at all"), "sent a malformed response"),
        (Reply(_unsuccessful()), "answered TRY_LATER"),
        (Reply(b"0" * 1_500_000), "sent 1,500,000 bytes, more than the 1,000,000 accepted"),
        (Reply(b"0" * 1_500_000, declare_length=False), "sent more than the 1,000,000 bytes accepted"),
    ],
    ids=["http_500", "malformed", "try_later", "too_long", "too_long_undeclared"],
)
def test_answers_that_are_not_responses(pki: Pki, web: LoopbackHttp, reply: Reply, expected: str) -> None:
    leaf = issue(HOLDER, pki.ca, ocsp_url=web.url("/broken"))
    web.routes["/broken"] = lambda _body: reply
    result = ask(leaf, pki.ca)
    assert (result.status, result.source) == (UNKNOWN, RevocationSource.NONE)
    assert f"the OCSP responder at {web.url('/broken')} {expected}" in result.detail


def test_a_redirect_on_the_same_host_is_followed(pki: Pki, web: LoopbackHttp) -> None:
    leaf = issue(HOLDER, pki.ca, ocsp_url=web.url("/moved"))
    web.routes["/moved"] = lambda _body: Reply(status=307, headers={"Location": "/ocsp"})
    serve_ocsp(web, "/ocsp", leaf, pki.ca, pki.ca)
    assert ask(leaf, pki.ca).status is GOOD
    assert [seen.path for seen in web.seen] == ["/moved", "/ocsp"]


def test_a_redirect_to_a_malformed_address_is_no_answer(pki: Pki, web: LoopbackHttp) -> None:
    leaf = issue(HOLDER, pki.ca, ocsp_url=web.url("/moved"))
    web.routes["/moved"] = lambda _body: Reply(status=302, headers={"Location": "http://[zz/x"})
    result = ask(leaf, pki.ca)
    assert result.status is UNKNOWN
    assert "redirects to a malformed address" in result.detail


def test_a_redirect_to_another_host_is_not_followed(
    pki: Pki, web: LoopbackHttp, listener: SilentListener
) -> None:
    elsewhere = f"http://localhost:{listener.port}/"
    leaf = issue(HOLDER, pki.ca, ocsp_url=web.url("/moved"))
    web.routes["/moved"] = lambda _body: Reply(status=302, headers={"Location": elsewhere})
    result = ask(leaf, pki.ca, TrustConfiguration.for_tests("127.0.0.1", "localhost"))
    assert result.status is UNKNOWN
    assert f"redirects to {elsewhere}; not followed" in result.detail
    assert listener.connections() == 0


# CRL


CrlReply = Callable[[Issued, int], Reply]
CRL_CASES: list[tuple[str, CrlReply, RevocationStatus, str]] = [
    ("good", lambda ca, _serial: Reply(crl(ca.name, ca.key)), GOOD, "CRL: not listed"),
    ("good_pem", lambda ca, _serial: Reply(crl(ca.name, ca.key, pem=True)), GOOD, "CRL: not listed"),
    (
        "revoked",
        lambda ca, serial: Reply(crl(ca.name, ca.key, revoked={serial: REVOKED_ON})),
        REVOKED,
        "CRL: revoked on",
    ),
    ("bad_signature", lambda ca, _serial: Reply(crl(ca.name, new_key())), UNKNOWN, "is not signed by the"),
    (
        "expired",
        lambda ca, _serial: Reply(crl(ca.name, ca.key, next_update=NOW - dt.timedelta(minutes=30))),
        UNKNOWN,
        "expired on",
    ),
    (
        "other_issuer",
        lambda _ca, _serial: Reply(crl(issue("Another CA").name, new_key())),
        UNKNOWN,
        "is from another issuer",
    ),
    ("garbage", lambda _ca, _serial: Reply(b"\x30\x03junk"), UNKNOWN, "is malformed"),
    ("missing", lambda _ca, _serial: Reply(b"", 404), UNKNOWN, "answered HTTP 404"),
]


@pytest.mark.parametrize(
    ("reply", "status", "expected"), [case[1:] for case in CRL_CASES], ids=[c[0] for c in CRL_CASES]
)
def test_crl_when_the_certificate_names_no_responder(
    pki: Pki, web: LoopbackHttp, reply: CrlReply, status: RevocationStatus, expected: str
) -> None:
    leaf = issue(HOLDER, pki.ca, crl_url=web.url("/ca.crl"))
    web.routes["/ca.crl"] = lambda _body: reply(pki.ca, leaf.certificate.serial_number)
    result = ask(leaf, pki.ca)
    assert result.status is status
    assert result.source is (RevocationSource.CRL if status is not UNKNOWN else RevocationSource.NONE)
    assert result.revoked_at == (REVOKED_ON if status is REVOKED else None)
    assert expected in result.detail
    assert [seen.method for seen in web.seen] == ["GET"]


def test_crl_when_the_responder_is_unreachable(pki: Pki, web: LoopbackHttp) -> None:
    ocsp_url = f"http://127.0.0.1:{closed_port()}/"
    leaf = issue(HOLDER, pki.ca, ocsp_url=ocsp_url, crl_url=web.url("/ca.crl"))
    web.routes["/ca.crl"] = lambda _body: Reply(
        crl(pki.ca.name, pki.ca.key, revoked={leaf.certificate.serial_number: REVOKED_ON})
    )
    result = ask(leaf, pki.ca)
    assert (result.status, result.source, result.responder) == (
        REVOKED,
        RevocationSource.CRL,
        web.url("/ca.crl"),
    )


def test_both_failing_gives_both_reasons(pki: Pki, web: LoopbackHttp) -> None:
    ocsp_url = f"http://127.0.0.1:{closed_port()}/"
    leaf = issue(HOLDER, pki.ca, ocsp_url=ocsp_url, crl_url=web.url("/gone.crl"))
    result = ask(leaf, pki.ca)
    assert (result.status, result.source, result.responder) == (UNKNOWN, RevocationSource.NONE, ocsp_url)
    assert result.detail == (
        f"OCSP: the connection to the OCSP responder at {ocsp_url} failed (Connection refused); "
        f"CRL: the CRL server at {web.url('/gone.crl')} answered HTTP 404"
    )
