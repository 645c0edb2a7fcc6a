"""The two real tokens made by Web eID 2.7.0 with Belgian TEST cards (ES384 and RS256)."""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from eidcompanion.trust.config import TrustConfiguration
from eidcompanion.webeid.errors import TokenProblem, TokenValidationError
from eidcompanion.webeid.validator import ValidatorConfiguration, load_certificates, validate_token
from tests.conftest import reference_dir

AT = dt.datetime(2024, 12, 24, tzinfo=dt.UTC)


def reference() -> tuple[Path, dict[str, Any]]:
    folder = reference_dir("web-eid-test-tokens")
    return folder, json.loads((folder / "tokens.json").read_text())


def config(at: dt.datetime = AT, *ca_files: str) -> ValidatorConfiguration:
    folder, document = reference()
    names = ca_files or tuple(document["trusted_ca"])
    cas = load_certificates([(folder / name).read_bytes() for name in names])
    return ValidatorConfiguration(cas, trust=TrustConfiguration(at=at).without_revocation())


@pytest.mark.parametrize("name", ["ecc", "rsa"])
def test_the_real_token_validates_at_its_time_with_its_cas(name: str) -> None:
    _folder, document = reference()
    entry = next(token for token in document["tokens"] if token["name"] == name)
    certificate = validate_token(json.dumps(entry["token"]), document["origin"], entry["nonce"], config())
    assert "Nora Specimen (Authentication)" in certificate.subject.rfc4514_string()


CHANGES_REFUSED_ALIKE = [
    ("signature byte", TokenProblem.SIGNATURE_INVALID),
    ("origin", TokenProblem.SIGNATURE_INVALID),  # the origin and the nonce are in the signed message
    ("nonce", TokenProblem.SIGNATURE_INVALID),
    ("expired", TokenProblem.CERTIFICATE_EXPIRED),
    ("untrusted CA", TokenProblem.CERTIFICATE_UNTRUSTED),
    ("other token's nonce", TokenProblem.SIGNATURE_INVALID),
]


@pytest.mark.parametrize(
    ("name", "change", "problem"),
    [
        *(
            pytest.param(name, change, problem, id=f"{name}-{change}")
            for name in ("ecc", "rsa")
            for change, problem in CHANGES_REFUSED_ALIKE
        ),
        # The changed byte is in the public key: a P-384 point off the curve cannot be read; an RSA
        # modulus still reads, but the CA did not sign that key.
        pytest.param(
            "ecc", "certificate byte", TokenProblem.CERTIFICATE_MALFORMED, id="ecc-certificate byte"
        ),
        pytest.param(
            "rsa", "certificate byte", TokenProblem.CERTIFICATE_UNTRUSTED, id="rsa-certificate byte"
        ),
    ],
)
def test_the_real_token_is_refused_when_anything_changes(
    name: str, change: str, problem: TokenProblem
) -> None:
    _folder, document = reference()
    entry = next(token for token in document["tokens"] if token["name"] == name)
    token = dict(entry["token"])
    origin, nonce, settings = document["origin"], entry["nonce"], config()
    if change == "signature byte":
        raw = bytearray(base64.b64decode(token["signature"]))
        raw[len(raw) // 2] ^= 0x01
        token["signature"] = base64.b64encode(raw).decode()
    elif change == "certificate byte":
        raw = bytearray(base64.b64decode(token["unverifiedCertificate"]))
        raw[len(raw) // 3] ^= 0x01
        token["unverifiedCertificate"] = base64.b64encode(raw).decode()
    elif change == "origin":
        origin = "https://example.be"
    elif change == "nonce":
        nonce = nonce[:-2] + ("A=" if nonce[-2] != "A" else "B=")
    elif change == "expired":
        settings = config(dt.datetime(2035, 1, 1, tzinfo=dt.UTC))
    elif change == "untrusted CA":
        settings = config(AT, "eID TEST EC Root CA.pem")  # the root alone does not issue login certificates
    elif change == "other token's nonce":
        nonce = next(t for t in document["tokens"] if t["name"] != name)["nonce"]
    with pytest.raises(TokenValidationError) as caught:
        validate_token(json.dumps(token), origin, nonce, settings)
    assert caught.value.problem is problem


def test_verify_token_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from eidcompanion.cli.main import main

    folder, document = reference()
    entry = next(token for token in document["tokens"] if token["name"] == "ecc")
    token_file = tmp_path / "token.json"
    token_file.write_text(json.dumps(entry["token"]))
    trust = [argument for name in document["trusted_ca"] for argument in ("--trust", str(folder / name))]
    common = [
        "verify-token",
        "--origin",
        document["origin"],
        *trust,
        "--at",
        "2024-12-24T00:00:00Z",
        "--no-ocsp",
    ]
    assert main([*common, "--nonce", entry["nonce"], str(token_file)]) == 0
    assert "Nora Specimen (Authentication)" in capsys.readouterr().out
    assert main([*common, "--nonce", "A" * 44, str(token_file)]) == 14
    assert "not valid" in capsys.readouterr().err
    assert main([*common, "--nonce", entry["nonce"], str(tmp_path / "missing.json")]) == 1
    assert "Cannot read" in capsys.readouterr().err
