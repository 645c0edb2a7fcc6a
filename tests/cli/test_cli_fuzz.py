"""Every command-line entry that takes untrusted text, fed random values (hypothesis): always a
documented exit code, a one-line message on failure, never a traceback, and never a signature for a
refused origin."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eidcompanion.cli.exit_codes import ExitCode
from eidcompanion.cli.main import main
from tests.conftest import TEST_DATA

EXAMPLES = int(os.environ.get("EIDCOMPANION_FUZZ_CLI_EXAMPLES", "60"))
CODES = {int(code) for code in ExitCode}
# text as a terminal hands it over: any bytes, decoded with surrogateescape
ARGUMENT = st.one_of(
    st.text(max_size=80),
    st.binary(max_size=80).map(lambda b: b.decode("utf-8", "surrogateescape")),
    st.sampled_from(
        ["https://a.be", "https://A.be", "https://a.be.", "http://a.be", "https://a\u00adb.be", "-"]
    ),
).filter(lambda text: "\x00" not in text)  # argv cannot hold a NUL
FUZZ = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def run(
    arguments: list[str], stdin: bytes, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    try:
        code = main(["--lang", "en", *arguments])
    except SystemExit as exit_:  # argparse refuses the command line itself
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def check(code: int, out: str, err: str) -> None:
    assert code in CODES
    assert "Traceback" not in err
    if code != 0:
        errors = [line for line in err.splitlines() if line.startswith(("Error", "eidcompanion"))]
        assert len(errors) == 1, err  # one line a citizen can act on (argparse's usage line aside)
        assert out == ""


@FUZZ
@given(origin=ARGUMENT, nonce=ARGUMENT)
def test_authenticate(
    origin: str, nonce: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(
        ["authenticate", "--virtual", "1.8", "--pin-stdin", f"--origin={origin}", f"--nonce={nonce}"],
        b"1234\n",
        capsys,
        monkeypatch,
    )
    check(code, out, err)
    if code == 0:
        assert origin.startswith("https://")
        assert origin == origin.lower()


@FUZZ
@given(digest=ARGUMENT, function=st.sampled_from(["SHA-256", "SHA-384", "SHA3-256", "MD5", ""]))
def test_sign(
    digest: str, function: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(
        ["sign", "--virtual", "1.8", "--pin-stdin", f"--hash={digest}", f"--hash-function={function}"],
        b"1234\n",
        capsys,
        monkeypatch,
    )
    check(code, out, err)


@FUZZ
@given(token=st.binary(max_size=400), origin=ARGUMENT, nonce=ARGUMENT)
def test_verify_token(
    token: bytes, origin: str, nonce: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ca = TEST_DATA / "web-eid-test-tokens" / "eID TEST EC Citizen CA.pem"
    code, out, err = run(
        ["verify-token", "-", f"--origin={origin}", f"--nonce={nonce}", "--trust", str(ca), "--no-ocsp"],
        token,
        capsys,
        monkeypatch,
    )
    check(code, out, err)
    assert code != 0  # random bytes are never a valid token


@FUZZ
@given(pins=st.binary(max_size=40))
def test_pin_verify_from_standard_input(
    pins: bytes, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(["pin", "verify", "--virtual", "1.8", "--pin-stdin"], pins, capsys, monkeypatch)
    check(code, out, err)


@FUZZ
@given(content=st.binary(max_size=300))
def test_verify_token_with_a_random_trust_file(
    content: bytes,
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    trust = Path(tmp_path_factory.mktemp("trust")) / "ca.pem"
    trust.write_bytes(content)
    code, out, err = run(
        ["verify-token", "-", "--origin", "https://a.be", "--nonce", "A" * 44, "--trust", str(trust)],
        b"{}",
        capsys,
        monkeypatch,
    )
    check(code, out, err)


@FUZZ
@given(pins=st.binary(max_size=60))
def test_pin_change_from_standard_input(
    pins: bytes, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(["pin", "change", "--virtual", "1.8", "--pin-stdin"], pins, capsys, monkeypatch)
    check(code, out, err)


NAME = st.binary(min_size=1, max_size=40).map(lambda b: b.replace(b"/", b"_").replace(b"\x00", b"_"))


@FUZZ
@given(name=NAME)
def test_output_file_names(
    name: bytes,
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Any file name (inside a folder of the test's): written readable by its owner only, or refused."""
    folder = tmp_path_factory.mktemp("out")
    target = os.fsdecode(os.fsencode(folder) + b"/" + name)
    code, out, err = run(
        ["read", "--virtual", "1.8", "--json", f"--photo={target}"], b"", capsys, monkeypatch
    )
    check(code, out, err)
    if code == 0:
        assert Path(target).stat().st_mode & 0o077 == 0
