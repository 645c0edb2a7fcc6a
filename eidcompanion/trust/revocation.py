"""Is a certificate revoked? OCSP first (with a nonce), then the CRL when OCSP gives no usable answer.

Only allowlisted hosts are asked (:meth:`TrustConfiguration.allows`), every time is ``config.now()``,
and any doubt is UNKNOWN with the reason in ``detail``, never GOOD. Details are English technical text
(URLs, hosts, dates) and never name the certificate's holder.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from enum import Enum
from urllib.parse import urljoin, urlsplit

import requests
from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509 import ocsp
from cryptography.x509.oid import AuthorityInformationAccessOID, ExtendedKeyUsageOID, NameOID

from eidcompanion.card.certificates import X509_PARSE_ERRORS
from eidcompanion.trust.chain import extension_value, validity_problem, verify_issued_by
from eidcompanion.trust.checks import RevocationProblem
from eidcompanion.trust.config import TrustConfiguration


class RevocationStatus(Enum):
    GOOD = "good"
    REVOKED = "revoked"
    UNKNOWN = "unknown"
    NOT_CHECKED = "not_checked"


class RevocationSource(Enum):
    OCSP = "ocsp"
    CRL = "crl"
    NONE = "none"
    """Switched off, or neither OCSP nor the CRL gave a usable answer."""


@dataclass(frozen=True)
class RevocationResult:
    status: RevocationStatus
    source: RevocationSource
    detail: str
    """English, for logs and the user-facing reason; never personal data (no names)."""
    revoked_at: dt.datetime | None = None
    responder: str = ""
    """The URL asked (the OCSP one when both were asked and neither answered)."""
    problem: RevocationProblem | None = None
    """Why the status is UNKNOWN."""


OCSP_RESPONSE_LIMIT = 1_000_000
CRL_LIMIT = 20_000_000
"""Bytes; a longer answer is refused."""
_NO_ANSWER = RevocationProblem.NO_ANSWER
_NONCE_BYTES = 32
_MAX_REDIRECTS = 3
_PROBLEMS = (ValueError, TypeError, UnsupportedAlgorithm, *X509_PARSE_ERRORS)
"""What cryptography raises on malformed or unsupported content."""


class _NoAnswerError(Exception):
    """A source gave no usable answer; the message is the reason (English, for ``detail``)."""

    def __init__(self, reason: str, problem: RevocationProblem = RevocationProblem.UNUSABLE_ANSWER) -> None:
        super().__init__(reason)
        self.problem = problem


def _main_problem(ocsp_problem: RevocationProblem, crl_problem: RevocationProblem) -> RevocationProblem:
    """The problem to tell: the OCSP one, unless OCSP had no address at all."""
    return crl_problem if ocsp_problem is RevocationProblem.NO_ADDRESS else ocsp_problem


def check_revocation(
    certificate: x509.Certificate,
    issuer: x509.Certificate,
    config: TrustConfiguration,
    *,
    session: requests.Session | None = None,
) -> RevocationResult:
    """Ask the OCSP responder, or when it gives no usable answer the CRL, whether ``certificate`` is revoked.

    ``issuer`` is the certificate that signed ``certificate`` (and the CRL, or the OCSP responder's
    certificate). ``session`` is closed only when this function made it.
    """
    if not config.check_revocation:
        return RevocationResult(
            RevocationStatus.NOT_CHECKED,
            RevocationSource.NONE,
            "revocation checking is switched off in the trust configuration",
        )
    http = session if session is not None else requests.Session()
    ocsp_url = crl_url = ""
    try:
        try:
            ocsp_url = _choose_url(_ocsp_urls(certificate, issuer, config), "OCSP responder", config)
            return _ask_ocsp(certificate, issuer, config, http, ocsp_url)
        except _NoAnswerError as exc:
            ocsp_failure = exc
        try:
            crl_url = _choose_url(_crl_urls(certificate), "CRL distribution point", config)
            return _ask_crl(certificate, issuer, config, http, crl_url)
        except _NoAnswerError as exc:
            crl_failure = exc
    finally:
        if session is None:
            http.close()
    return RevocationResult(
        RevocationStatus.UNKNOWN,
        RevocationSource.NONE,
        f"OCSP: {ocsp_failure}; CRL: {crl_failure}",
        responder=ocsp_url or crl_url,
        problem=_main_problem(ocsp_failure.problem, crl_failure.problem),
    )


# Where to ask


def _scheme(url: str) -> str:
    try:
        return urlsplit(url).scheme
    except ValueError:  # a malformed address in a certificate is simply not followed
        return ""


def _http_urls(names: list[x509.GeneralName]) -> list[str]:
    return [
        name.value
        for name in names
        if isinstance(name, x509.UniformResourceIdentifier) and _scheme(name.value) in ("http", "https")
    ]


def _ocsp_urls(
    certificate: x509.Certificate, issuer: x509.Certificate, config: TrustConfiguration
) -> list[str]:
    access = extension_value(certificate.extensions, x509.AuthorityInformationAccess)
    if isinstance(access, x509.AuthorityInformationAccess):
        urls = _http_urls(
            [
                item.access_location
                for item in access
                if item.access_method == AuthorityInformationAccessOID.OCSP
            ]
        )
        if urls:
            return urls
    names = issuer.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    configured = config.ocsp_responders.get(str(names[0].value)) if names else None
    return [configured] if configured else []


def _crl_urls(certificate: x509.Certificate) -> list[str]:
    points = extension_value(certificate.extensions, x509.CRLDistributionPoints)
    if not isinstance(points, x509.CRLDistributionPoints):
        return []
    return _http_urls([name for point in points for name in point.full_name or ()])


def _choose_url(urls: list[str], what: str, config: TrustConfiguration) -> str:
    """The first allowlisted URL; the others are never contacted."""
    if not urls:
        raise _NoAnswerError(
            f"the certificate names no {what} over HTTP and none is configured", RevocationProblem.NO_ADDRESS
        )
    allowed = [url for url in urls if config.allows(url)]
    if not allowed:
        raise _NoAnswerError(
            f"the {what} host {urlsplit(urls[0]).hostname} is not on the allowlist; not contacted",
            RevocationProblem.NOT_ALLOWED,
        )
    return allowed[0]


# HTTP


def _redirect_target(url: str, location: str, config: TrustConfiguration, what: str) -> str:
    """Where a redirect leads, if it stays on the same allowlisted host; else no answer."""
    target = urljoin(url, location)
    if urlsplit(target).hostname != urlsplit(url).hostname or not config.allows(target):
        raise _NoAnswerError(
            f"the {what} at {url} redirects to {target}; not followed", RevocationProblem.NOT_ALLOWED
        )
    return target


def _fetch(
    http: requests.Session,
    url: str,
    config: TrustConfiguration,
    what: str,
    limit: int,
    ocsp_request: bytes | None = None,
) -> bytes:
    """GET (or POST ``ocsp_request``), following redirects only on the same, allowlisted host."""
    headers = {"Content-Type": "application/ocsp-request"} if ocsp_request is not None else {}
    method = "GET" if ocsp_request is None else "POST"
    for _hop in range(_MAX_REDIRECTS + 1):
        try:
            with http.request(
                method,
                url,
                data=ocsp_request,
                headers=headers,
                timeout=config.timeout,
                allow_redirects=False,
                stream=True,
            ) as response:
                if response.is_redirect:
                    url = _redirect_target(url, response.headers["location"], config, what)
                    continue
                if response.status_code != 200:
                    raise _NoAnswerError(
                        f"the {what} at {url} answered HTTP {response.status_code}", _NO_ANSWER
                    )
                return _read(response, limit, f"the {what} at {url}")
        except requests.Timeout as exc:
            raise _NoAnswerError(
                f"the {what} at {url} did not answer within {config.timeout:g} s", _NO_ANSWER
            ) from exc
        except requests.RequestException as exc:
            raise _NoAnswerError(
                f"the connection to the {what} at {url} failed ({_cause(exc)})", _NO_ANSWER
            ) from exc
        except ValueError as exc:  # requests parses a malformed Location header before we see it
            raise _NoAnswerError(f"the {what} at {url} redirects to a malformed address") from exc
    raise _NoAnswerError(f"the {what} at {url} redirects more than {_MAX_REDIRECTS} times", _NO_ANSWER)


def _read(response: requests.Response, limit: int, who: str) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _NoAnswerError(f"{who} sent {int(declared):,} bytes, more than the {limit:,} accepted")
    body = bytearray()
    for chunk in response.iter_content(chunk_size=65536):
        body += chunk
        if len(body) > limit:
            raise _NoAnswerError(f"{who} sent more than the {limit:,} bytes accepted")
    return bytes(body)


def _cause(exc: BaseException) -> str:
    """The operating system's words when there are some ("Connection refused"), else the error's type."""
    current: BaseException | None = exc
    while current is not None:
        if isinstance(current, OSError) and current.strerror:
            return current.strerror
        if isinstance(current, TimeoutError):
            return "timed out"
        current = current.__cause__ or current.__context__
    return type(exc).__name__


# OCSP


def _ask_ocsp(
    certificate: x509.Certificate,
    issuer: x509.Certificate,
    config: TrustConfiguration,
    http: requests.Session,
    url: str,
) -> RevocationResult:
    nonce = secrets.token_bytes(_NONCE_BYTES)
    request = (
        ocsp.OCSPRequestBuilder()
        .add_certificate(certificate, issuer, hashes.SHA1())  # noqa: S303 - the CertID responders expect
        .add_extension(x509.OCSPNonce(nonce), critical=False)
        .build()
    )
    body = _fetch(
        http, url, config, "OCSP responder", OCSP_RESPONSE_LIMIT, request.public_bytes(Encoding.DER)
    )
    try:
        response = ocsp.load_der_ocsp_response(body)
        if response.response_status is not ocsp.OCSPResponseStatus.SUCCESSFUL:
            raise _NoAnswerError(f"the OCSP responder at {url} answered {response.response_status.name}")
        _check_response_signature(response, issuer, config)
        single = _single_response_for(response, certificate, issuer)
        nonce_note = _check_nonce(response, nonce, config)
        _check_fresh(single.this_update_utc, single.next_update_utc, config)
        status, revoked_at = single.certificate_status, single.revocation_time_utc
    except _PROBLEMS as exc:
        raise _NoAnswerError(f"the OCSP responder at {url} sent a malformed response ({exc})") from exc
    if status is ocsp.OCSPCertStatus.GOOD:
        return RevocationResult(
            RevocationStatus.GOOD, RevocationSource.OCSP, f"OCSP: not revoked{nonce_note}", responder=url
        )
    if status is ocsp.OCSPCertStatus.REVOKED and revoked_at is not None:
        return RevocationResult(
            RevocationStatus.REVOKED,
            RevocationSource.OCSP,
            f"OCSP: revoked on {_time(revoked_at)}{nonce_note}",
            revoked_at,
            url,
        )
    return RevocationResult(
        RevocationStatus.UNKNOWN,
        RevocationSource.OCSP,
        f"OCSP: the responder does not know this certificate{nonce_note}",
        responder=url,
        problem=RevocationProblem.NOT_KNOWN,
    )


def _is_responder(response: ocsp.OCSPResponse, candidate: x509.Certificate) -> bool:
    if response.responder_name is not None:
        return response.responder_name == candidate.subject
    key_hash = x509.SubjectKeyIdentifier.from_public_key(candidate.public_key()).digest
    return response.responder_key_hash == key_hash


def _check_response_signature(
    response: ocsp.OCSPResponse, issuer: x509.Certificate, config: TrustConfiguration
) -> None:
    """Signed by the issuer, or by a delegated responder certificate in the response that the issuer made."""
    if _is_responder(response, issuer):
        signer, whose = issuer, "the issuer's"
    else:
        delegates = [candidate for candidate in response.certificates if _is_responder(response, candidate)]
        if not delegates:
            raise _NoAnswerError(
                "the OCSP response is signed neither by the issuer nor by a certificate it carries"
            )
        signer, whose = delegates[0], "the delegated responder's"
        problem = _delegate_problem(signer, issuer, config.now())
        if problem:
            raise _NoAnswerError(f"the OCSP responder certificate {problem}")
    algorithm = response.signature_hash_algorithm
    key = signer.public_key()
    try:
        if isinstance(key, rsa.RSAPublicKey) and algorithm is not None:
            key.verify(response.signature, response.tbs_response_bytes, padding.PKCS1v15(), algorithm)
        elif isinstance(key, ec.EllipticCurvePublicKey) and algorithm is not None:
            key.verify(response.signature, response.tbs_response_bytes, ec.ECDSA(algorithm))
        else:
            raise _NoAnswerError(
                f"unsupported OCSP response signature ({response.signature_algorithm_oid.dotted_string})"
            )
    except InvalidSignature as exc:
        raise _NoAnswerError(f"the OCSP response signature does not verify with {whose} key") from exc


def _delegate_problem(delegate: x509.Certificate, issuer: x509.Certificate, now: dt.datetime) -> str:
    if delegate.issuer != issuer.subject:
        return "is not issued by the certificate's issuer"
    try:
        verify_issued_by(delegate, issuer)
    except (InvalidSignature, *_PROBLEMS):
        return "is not signed by the certificate's issuer"
    usage = extension_value(delegate.extensions, x509.ExtendedKeyUsage)
    if not isinstance(usage, x509.ExtendedKeyUsage) or ExtendedKeyUsageOID.OCSP_SIGNING not in usage:
        return "lacks the OCSPSigning extended key usage"
    if validity_problem(delegate, now) is not None:
        return f"is not valid on {_time(now)}"
    return ""


def _single_response_for(
    response: ocsp.OCSPResponse, certificate: x509.Certificate, issuer: x509.Certificate
) -> ocsp.OCSPSingleResponse:
    for single in response.responses:
        if single.serial_number != certificate.serial_number:
            continue
        # The builder computes the issuer name and key hashes with the algorithm the responder chose.
        expected = (
            ocsp.OCSPRequestBuilder().add_certificate(certificate, issuer, single.hash_algorithm).build()
        )
        if (single.issuer_name_hash, single.issuer_key_hash) == (
            expected.issuer_name_hash,
            expected.issuer_key_hash,
        ):
            return single
    raise _NoAnswerError("the OCSP response is not about this certificate")


def _check_nonce(response: ocsp.OCSPResponse, nonce: bytes, config: TrustConfiguration) -> str:
    """Raise when the response echoes another nonce, or none while one is required."""
    echoed = extension_value(response.extensions, x509.OCSPNonce)
    if not isinstance(echoed, x509.OCSPNonce):
        if config.require_ocsp_nonce:
            raise _NoAnswerError("the OCSP response does not echo the request's nonce (replayed response?)")
        return " (no nonce was echoed; accepted because nonces are not required and the response is fresh)"
    if echoed.nonce != nonce:
        raise _NoAnswerError("nonce mismatch (replayed response?)")
    return ""


def _check_fresh(
    this_update: dt.datetime, next_update: dt.datetime | None, config: TrustConfiguration
) -> None:
    now, skew, oldest = config.now(), config.clock_skew, config.max_response_age
    if this_update > now + skew:
        raise _NoAnswerError(f"the OCSP response is from the future ({_time(this_update)}, now {_time(now)})")
    if this_update < now - oldest:
        raise _NoAnswerError(
            f"the OCSP response is too old ({_time(this_update)}, more than {_minutes(oldest)} "
            f"before {_time(now)})"
        )
    if next_update is not None and next_update < now - skew:
        raise _NoAnswerError(f"the OCSP response expired on {_time(next_update)}")


# CRL


def _ask_crl(
    certificate: x509.Certificate,
    issuer: x509.Certificate,
    config: TrustConfiguration,
    http: requests.Session,
    url: str,
) -> RevocationResult:
    body = _fetch(http, url, config, "CRL server", CRL_LIMIT)
    try:
        crl = (
            x509.load_pem_x509_crl(body)
            if body.lstrip().startswith(b"-----BEGIN")
            else x509.load_der_x509_crl(body)
        )
        problem = _crl_problem(crl, certificate, issuer, config)
        entry = crl.get_revoked_certificate_by_serial_number(certificate.serial_number)
        revoked_at = entry.revocation_date_utc if entry is not None else None
    except _PROBLEMS as exc:
        raise _NoAnswerError(f"the CRL at {url} is malformed ({exc})") from exc
    if problem:
        raise _NoAnswerError(f"the CRL at {url} {problem}")
    if revoked_at is not None:
        return RevocationResult(
            RevocationStatus.REVOKED,
            RevocationSource.CRL,
            f"CRL: revoked on {_time(revoked_at)}",
            revoked_at,
            url,
        )
    return RevocationResult(RevocationStatus.GOOD, RevocationSource.CRL, "CRL: not listed", responder=url)


def _crl_problem(
    crl: x509.CertificateRevocationList,
    certificate: x509.Certificate,
    issuer: x509.Certificate,
    config: TrustConfiguration,
) -> str:
    key = issuer.public_key()
    if crl.issuer != certificate.issuer or crl.issuer != issuer.subject:
        return "is from another issuer"
    if not isinstance(key, rsa.RSAPublicKey | ec.EllipticCurvePublicKey) or not crl.is_signature_valid(key):
        return "is not signed by the certificate's issuer"
    if extension_value(crl.extensions, x509.DeltaCRLIndicator) is not None:
        return "is a delta CRL"
    now = config.now()
    if crl.next_update_utc is None:
        return "has no next update time"
    if crl.next_update_utc < now - config.clock_skew:
        return f"expired on {_time(crl.next_update_utc)}"
    return ""


def _time(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def _minutes(delta: dt.timedelta) -> str:
    return f"{delta.total_seconds() / 60:g} min"
