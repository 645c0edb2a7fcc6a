"""Are the card's certificates valid? Chains, validity, key usage and revocation, one check each."""

from __future__ import annotations

from dataclasses import replace

from cryptography import x509

from eidcompanion.card.contents import CardContents
from eidcompanion.card.files import CardFile
from eidcompanion.trust.authenticity import chain_check
from eidcompanion.trust.chain import Purpose, validate_chain
from eidcompanion.trust.checks import CheckName, CheckResult, Reason, Report
from eidcompanion.trust.config import TrustConfiguration

_CITIZEN_CERTIFICATES = (
    (CheckName.AUTHENTICATION_CERTIFICATE, CardFile.AUTHENTICATION_CERTIFICATE, Purpose.AUTHENTICATION),
    (CheckName.SIGNATURE_CERTIFICATE, CardFile.SIGNATURE_CERTIFICATE, Purpose.NON_REPUDIATION),
)


def _with_revocation(
    check: CheckResult,
    file: CardFile,
    certificate: x509.Certificate,
    issuer: x509.Certificate,
    config: TrustConfiguration,
) -> CheckResult:
    """A valid chain, then the revocation status: revoked fails; unknown or not checked is said."""
    from eidcompanion.trust.revocation import RevocationStatus, check_revocation  # noqa: PLC0415 - loads requests

    result = check_revocation(certificate, issuer, config)
    if result.status is RevocationStatus.REVOKED:
        return CheckResult(
            check.name,
            False,
            Reason.REVOKED,
            (file,),
            result.detail,
            check.test,
            result.revoked_at,
            revocation="revoked",
        )
    if result.status is RevocationStatus.UNKNOWN:
        return replace(
            check,
            reason=Reason.REVOCATION_UNKNOWN,
            detail=result.detail,
            revocation="unknown",
            revocation_problem=result.problem,
        )
    if result.status is RevocationStatus.NOT_CHECKED:
        return replace(
            check, reason=Reason.REVOCATION_NOT_CHECKED, detail=result.detail, revocation="not_checked"
        )
    return replace(check, revocation="good")


def verify_certificates(contents: CardContents, config: TrustConfiguration) -> Report:
    """The CA certificate under the root, the citizen's certificates under the CA, and revocation."""
    root = contents.parsed_certificate(CardFile.ROOT_CERTIFICATE)
    ca = contents.parsed_certificate(CardFile.CA_CERTIFICATE)
    checks: list[CheckResult] = []
    if root is None or ca is None:
        missing = CardFile.ROOT_CERTIFICATE if root is None else CardFile.CA_CERTIFICATE
        checks.append(CheckResult(CheckName.CA_CERTIFICATE, False, Reason.ABSENT, (missing,)))
        return Report(tuple(checks))
    ca_result = validate_chain(ca, [root], config, Purpose.CERTIFICATION_AUTHORITY)
    ca_check = chain_check(
        CheckName.CA_CERTIFICATE, ca_result, (CardFile.CA_CERTIFICATE, CardFile.ROOT_CERTIFICATE)
    )
    checks.append(ca_check)
    for name, file, purpose in _CITIZEN_CERTIFICATES:
        certificate = contents.parsed_certificate(file)
        if certificate is None:
            checks.append(CheckResult(name, True, Reason.ABSENT, (file,)))  # a child's card: nothing to check
            continue
        if not ca_check.ok:
            checks.append(CheckResult(name, False, Reason.ISSUER_NOT_VALID, (CardFile.CA_CERTIFICATE,)))
            continue
        result = validate_chain(certificate, [ca, root], config, purpose)
        check = chain_check(name, result, (file, CardFile.CA_CERTIFICATE, CardFile.ROOT_CERTIFICATE))
        checks.append(_with_revocation(check, file, certificate, ca, config) if check.ok else check)
    return Report(tuple(checks))
