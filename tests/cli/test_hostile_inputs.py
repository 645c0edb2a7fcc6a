"""The inputs a hostile tester tried (issue 9), each from a real process: a one-line message and the
documented exit code within a second, never a traceback, never a signature for a refused origin."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eidcompanion.cli.exit_codes import ExitCode
from tests.conftest import TEST_DATA
from tests.helpers import cli_environment

NONCE = "A" * 44
CA = TEST_DATA / "web-eid-test-tokens" / "eID TEST EC Citizen CA.pem"
TOKEN_FILE = json.loads((TEST_DATA / "web-eid-test-tokens" / "tokens.json").read_text())
TOKENS = TOKEN_FILE["tokens"]
ORIGIN, MOMENT = TOKEN_FILE["origin"], TOKEN_FILE["validation_time"]


def run(
    arguments: list[bytes | str], stdin: bytes = b"", locale: str = "C.UTF-8"
) -> tuple[int, str, str, float]:
    """``eidcompanion`` with raw bytes allowed in its arguments (as a shell passes them)."""
    started = time.monotonic()
    result = subprocess.run(
        [
            os.fsencode(sys.executable),
            b"-m",
            b"eidcompanion",
            b"--lang",
            b"en",
            *[os.fsencode(a) if isinstance(a, str) else a for a in arguments],
        ],
        input=stdin,
        capture_output=True,
        timeout=60,
        check=False,
        env=cli_environment({"LANG": locale, "LC_ALL": locale}),
    )
    elapsed = time.monotonic() - started
    return (
        result.returncode,
        result.stdout.decode("utf-8", "replace"),
        result.stderr.decode("utf-8", "replace"),
        elapsed,
    )


def refused(code: int, out: str, err: str, elapsed: float, expected: ExitCode) -> None:
    assert code == expected, err
    assert "Traceback" not in err
    assert out == ""
    assert len([line for line in err.splitlines() if line.startswith("Error")]) == 1, err
    assert elapsed < 1.0  # the interpreter's start included (about 0.2 s here)


@pytest.mark.parametrize(
    "origin",
    [
        b"https://\xff",
        "https://a\u00adb.be",
        "https://a\u200bb.be",
        "https://a\u202eb.be",
        "https://a b.be",
        "https://A.be",
        "https://%61.be",
        'https://"a".be',
        "https://a.be.",
        "http://a.be",
        "https://a.be/",
    ],
)
def test_refused_origins_are_never_signed(origin: bytes | str) -> None:
    code, out, err, elapsed = run(
        [
            "authenticate",
            "--virtual",
            "1.8",
            "--pin-stdin",
            b"--origin=" + (origin if isinstance(origin, bytes) else origin.encode()),
            f"--nonce={NONCE}",
        ],
        stdin=b"1234\n",
    )
    refused(code, out, err, elapsed, ExitCode.USAGE)
    assert "origin" in err


def test_a_hash_that_is_not_ascii() -> None:
    code, out, err, elapsed = run(
        ["sign", "--virtual", "1.8", "--pin-stdin", b"--hash=\xff\xff", "--hash-function=SHA-256"], b"1234\n"
    )
    refused(code, out, err, elapsed, ExitCode.USAGE)


@pytest.mark.parametrize("where", ["token", "trust"])
def test_an_endless_file_is_refused_unread(where: str, tmp_path: Path) -> None:
    token = tmp_path / "token.json"
    token.write_text(json.dumps(TOKENS[0]["token"]))
    arguments = [
        "verify-token",
        "/dev/zero" if where == "token" else str(token),
        "--origin",
        ORIGIN,
        "--nonce",
        NONCE,
        "--trust",
        "/dev/zero" if where == "trust" else str(CA),
        "--no-ocsp",
    ]
    code, out, err, elapsed = run(arguments)
    refused(code, out, err, elapsed, ExitCode.FAILURE)
    assert "1 MiB" in err


@pytest.mark.parametrize("locale", ["C.UTF-8", "C"])
def test_bytes_that_are_not_utf8_on_standard_input(locale: str) -> None:
    code, out, err, elapsed = run(
        ["pin", "verify", "--virtual", "1.8", "--pin-stdin"], b"\xff\xfe12\n", locale
    )
    refused(code, out, err, elapsed, ExitCode.USAGE)
    code, out, err, elapsed = run(
        ["verify-token", "-", "--origin", "https://a.be", "--nonce", NONCE, "--trust", str(CA)],
        b"\xff\xfe{}",
        locale,
    )
    refused(code, out, err, elapsed, ExitCode.FAILURE)
    assert "UTF-8" in err


@pytest.mark.parametrize("option", ["photo", "record"])
def test_an_output_file_name_that_is_not_utf8(option: str, tmp_path: Path) -> None:
    target = os.fsencode(tmp_path) + b"/card-\xff.out"
    arguments: list[bytes | str] = (
        ["read", "--virtual", "1.8", b"--photo=" + target]
        if option == "photo"
        else ["record", "--virtual", "1.8", b"--out=" + target]
    )
    code, _out, err, _elapsed = run(arguments)
    assert code == 0, err
    assert "Traceback" not in err
    assert Path(os.fsdecode(target)).exists()
    assert Path(os.fsdecode(target)).stat().st_mode & 0o077 == 0  # personal data: the owner's only


@pytest.mark.parametrize(
    "token_format", ["web-eid:1", "web-eid:1.0x", "web-eid:12", "web-eid:1.2", "Web-eid:1.0"]
)
def test_only_the_web_eid_1_0_and_1_1_formats(token_format: str, tmp_path: Path) -> None:
    token = dict(TOKENS[0]["token"], format=token_format)
    path = tmp_path / "token.json"
    path.write_text(json.dumps(token))
    code, out, err, elapsed = run(
        [
            "verify-token",
            str(path),
            "--origin",
            ORIGIN,
            "--nonce",
            TOKENS[0]["nonce"],
            "--trust",
            str(CA),
            "--no-ocsp",
            "--at",
            MOMENT,
        ]
    )
    refused(code, out, err, elapsed, ExitCode.TOKEN_INVALID)
    assert "format" in err


def test_a_certificate_with_an_odd_name_prints_no_library_warning(tmp_path: Path) -> None:
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "BEL", _validate=False),
            x509.NameAttribute(NameOID.COMMON_NAME, "CA"),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    ca = tmp_path / "odd.pem"
    ca.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    token = tmp_path / "token.json"
    token.write_text(json.dumps(TOKENS[0]["token"]))
    code, _out, err, _elapsed = run(
        [
            "verify-token",
            str(token),
            "--origin",
            ORIGIN,
            "--nonce",
            TOKENS[0]["nonce"],
            "--trust",
            str(ca),
            "--no-ocsp",
            "--at",
            MOMENT,
        ]
    )
    assert code == ExitCode.TOKEN_INVALID  # not issued by that CA
    assert "Warning" not in err
    assert "Traceback" not in err
