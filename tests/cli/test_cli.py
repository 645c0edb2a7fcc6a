"""The command line in this process, on the built-in virtual card (no PC/SC needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eidcompanion.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_read_json_has_the_fields_scripts_rely_on(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "read", "--virtual", "1.8", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["card"]["applet_version"] == "1.8"
    assert data["card"]["simulated"] is True
    identity, address = data["identity"], data["address"]
    assert identity["surname"] == "Specimen-Dubois"
    assert identity["given_names"] == "Élise Marie"
    assert (
        identity["national_number_formatted"]
        == f"{identity['national_number'][:2]}.07.14-162.{identity['national_number'][9:]}"
    )
    assert identity["birth_date"] == "1985-07-14"
    assert identity["document_type"] == {"code": "1", "label": "Belgian identity card (eID)"}
    assert address["street_and_number"] == "Rue de la Loi 16 bte 3"
    assert (address["street"], address["house_number"], address["box"]) == ("Rue de la Loi", "16", "3")
    assert (address["postal_code"], address["municipality"]) == ("1000", "Bruxelles")
    for key in ("authentication", "signature", "ca", "root", "rrn"):
        certificate = data["certificates"][key]
        assert certificate["present"] is True
        assert certificate["subject"]
        assert certificate["issuer"]
        assert certificate["not_before"] < certificate["not_after"]
    assert "TEST" in data["certificates"]["root"]["subject"]


def test_read_summary_in_every_language(capsys: pytest.CaptureFixture[str]) -> None:
    expected = {"en": "Surname: Peeters", "fr": "Nom : Peeters", "nl": "Naam: Peeters", "de": "Name: Peeters"}
    seen = set()
    for language, line in expected.items():
        code, out, _err = run(capsys, "--lang", language, "read", "--virtual", "1.7")
        assert code == 0
        seen.add(out)
        assert any(
            line.replace(" ", "").lower() in row.replace(" ", "").replace("\u202f", "").lower()
            for row in out.splitlines()
        ), out
        assert "Kerkstraat 124/14" in out
    assert len(seen) == 4


def test_photo_is_saved_only_when_asked(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    photo = tmp_path / "me.jpg"
    code, out, _err = run(capsys, "read", "--virtual", "1.8", "--photo", str(photo))
    assert code == 0
    assert photo.read_bytes()[:2] == b"\xff\xd8"
    assert str(photo) in out
    assert list(tmp_path.iterdir()) == [photo]


def test_unwritable_photo_path_is_a_clear_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "read", "--virtual", "1.8", "--photo", str(tmp_path / "missing" / "x.jpg"))
    assert code == 1
    assert out == ""
    assert err.startswith("Error: Cannot write")
    assert len(err.strip().splitlines()) == 1


def test_simulate_refuses_a_malformed_pin(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "simulate", "--pin", "12ab")
    assert code == 2
    assert "4 to 12 digits" in err


def test_record_the_virtual_card(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out_file = tmp_path / "virtual.json"
    code, out, _err = run(capsys, "record", "--virtual", "1.7", "--out", str(out_file))
    assert code == 0
    assert str(out_file) in out
    session = json.loads(out_file.read_text())
    assert session["format"] == "eidcompanion-apdu-session"
    assert session["simulated"] is True
    assert session["steps"][0] == {"comment": "begin transaction", "transaction": "begin"}


def test_apdu_traffic_is_logged_only_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "--log-apdus", "read", "--virtual", "1.8", "--json")
    assert code == 0
    assert "TRAFFIC eidcompanion.apdu" in err
    assert "00 A4 04 0C 0F A0 00 00 00 30 29 05 70 00 AD 13 10 01 01 FF" in err
    code, _out, err = run(capsys, "read", "--virtual", "1.8", "--json")
    assert code == 0
    assert "TRAFFIC" not in err


def test_read_verify_says_when_revocation_is_unknown(capsys: pytest.CaptureFixture[str]) -> None:
    """The virtual card names no OCSP responder or CRL: valid, but never reported as all good."""
    code, out, _err = run(capsys, "read", "--virtual", "1.7", "--verify", "--test-pki", "--json")
    assert code == 16
    checks = {check["name"]: check for check in json.loads(out)["certificate_checks"]["checks"]}
    authentication = checks["authentication_certificate"]
    assert (authentication["ok"], authentication["revocation"]) == (True, "unknown")
    assert "revoked is unknown: the certificate names no revocation service" in authentication["reason_text"]
    assert authentication["revocation_problem"] == "no_address"
    code, out, _err = run(capsys, "--lang", "fr", "read", "--virtual", "1.7", "--verify", "--test-pki")
    assert code == 16
    assert "aucun service de révocation" in out
    assert "OCSP" not in out  # the technical detail stays in the JSON, not in the citizen's sentence
    assert "revocation" not in checks["ca_certificate"]
    code, out, _err = run(capsys, "read", "--virtual", "1.7", "--verify", "--test-pki", "--no-revocation")
    assert code == 0
    assert "revocation was not checked" in out
    assert "[TEST]" in out
