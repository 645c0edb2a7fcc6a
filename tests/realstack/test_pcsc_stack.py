"""The simulator in a vpcd reader of a private pcscd, driven through pyscard like a real reader."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from cryptography import x509

from eidcompanion.card import BelpicCard, CardFile, read_contents
from eidcompanion.card.certificates import trim_certificate
from eidcompanion.card.describe import describe_exchange
from eidcompanion.simulator.profile import CardProfile
from eidcompanion.simulator.raw_files import load_card_folder
from eidcompanion.simulator.sandbox import READER_NAMES, PcscSandbox
from eidcompanion.texts.errors import error_text
from eidcompanion.transport.errors import (
    CardRemovedError,
    NoCardError,
    NoReaderError,
    PcscServiceUnavailableError,
    ReaderBusyError,
    ReaderNotFoundError,
    TransportError,
)
from eidcompanion.transport.pcsc import PcscConnection, list_readers
from eidcompanion.transport.recorder import RecordingConnection
from eidcompanion.transport.replay import ReplayConnection
from tests.conftest import CardSlot, card_present, commons_eid_card_folder, wait_for
from tests.helpers import NotBelpicCard, cli_environment, lines_until, run_cli, stop_process

pytestmark = pytest.mark.realstack


def test_the_sandbox_shows_two_empty_vpcd_readers(pcsc_sandbox: PcscSandbox) -> None:
    statuses = list_readers()
    assert [status.name for status in statuses] == list(READER_NAMES)
    assert not any(status.card_present for status in statuses)


def test_both_profiles_read_back_exactly(card_slot: CardSlot, any_profile: CardProfile) -> None:
    card = card_slot.insert(any_profile)
    with PcscConnection.open() as connection:
        assert connection.reader_name == READER_NAMES[0]
        assert connection.atr == any_profile.atr
        contents = read_contents(BelpicCard(connection))
    files = any_profile.files
    assert contents.identity.raw == files[0x4031]
    assert contents.identity_signature == files[0x4032]
    assert contents.address.raw == files[0x4033]
    assert contents.address_signature == files[0x4034]
    assert contents.photo == files[0x4035]
    assert contents.basic_public_key == files.get(0x4040)
    for file in (f for f in CardFile if f.is_certificate):
        assert contents.certificate(file) == trim_certificate(file, files[file.fid])
    assert contents.applet_version is any_profile.applet
    assert contents.simulated  # the card says so, even through a real reader stack
    assert card_slot.applet is not None
    assert card.commands == len(card_slot.applet.log)  # every command reached the card through pcscd


def test_the_commons_eid_dump_through_pcsc(card_slot: CardSlot, tmp_path: Path) -> None:
    profile = load_card_folder(commons_eid_card_folder(tmp_path / "alice"))
    card_slot.insert(profile)
    with PcscConnection.open(READER_NAMES[0]) as connection:
        assert connection.atr == profile.atr
        contents = read_contents(BelpicCard(connection))
    assert contents.identity.surname == "SPECIMEN"
    assert contents.identity.card_number == "000000122157"
    assert contents.address.municipality == "Antwerpen"
    assert contents.photo == profile.files[0x4035]


def test_a_card_removed_in_the_middle_of_a_read(card_slot: CardSlot, profile_18: CardProfile) -> None:
    card = card_slot.insert(profile_18)
    card.eject_after(15)
    with PcscConnection.open() as connection, pytest.raises(CardRemovedError):
        read_contents(BelpicCard(connection))
    wait_for(lambda: not card.connected.is_set(), what="the card to be out")
    card_slot.card = None
    wait_for(lambda: not any(s.card_present for s in list_readers()), what="the reader to be empty")
    with pytest.raises(NoCardError):
        PcscConnection.open()


def test_no_card_in_the_reader(card_slot: CardSlot) -> None:
    with pytest.raises(NoCardError) as caught:
        PcscConnection.open()
    assert "Insert your eID card" in error_text(caught.value)
    with pytest.raises(NoCardError):
        PcscConnection.open(READER_NAMES[1])


def test_an_unknown_reader_name(card_slot: CardSlot) -> None:
    with pytest.raises(ReaderNotFoundError) as caught:
        PcscConnection.open("Reader that does not exist")
    assert "Reader that does not exist" in error_text(caught.value)


def test_a_reader_held_by_another_program(card_slot: CardSlot, profile_18: CardProfile) -> None:
    from smartcard import scard

    card_slot.insert(profile_18)
    _code, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    code, handle, _protocol = scard.SCardConnect(
        context, READER_NAMES[0], scard.SCARD_SHARE_EXCLUSIVE, scard.SCARD_PROTOCOL_T0
    )
    assert code == 0
    try:
        with pytest.raises(ReaderBusyError):
            PcscConnection.open(READER_NAMES[0])
    finally:
        scard.SCardDisconnect(handle, scard.SCARD_LEAVE_CARD)
        scard.SCardReleaseContext(context)
    with PcscConnection.open(READER_NAMES[0]) as connection:  # free again
        assert connection.atr == profile_18.atr


def test_recording_through_pcsc_replays_the_same_read(card_slot: CardSlot, profile_17: CardProfile) -> None:
    card_slot.insert(profile_17)
    with PcscConnection.open() as connection:
        recorder = RecordingConnection(connection, describe_exchange)
        original = read_contents(BelpicCard(recorder))
    session = recorder.session("test")
    assert card_slot.applet is not None
    assert len(session.apdu_steps) == len(card_slot.applet.log)
    replay = ReplayConnection(session)
    replayed = read_contents(BelpicCard(replay))
    assert replay.finished
    assert replayed.identity == original.identity
    assert replayed.certificates == original.certificates


# -- the command line against the sandbox (a separate process, as a user would run it) -----------


def test_cli_reads_the_card_in_the_reader(
    card_slot: CardSlot, profile_18: CardProfile, tmp_path: Path
) -> None:
    card_slot.insert(profile_18)
    photo = tmp_path / "photo.jpg"
    result = run_cli("read", "--json", "--photo", str(photo))
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["card"]["reader"] == READER_NAMES[0]
    assert document["card"]["applet_version"] == "1.8"
    assert document["card"]["simulated"] is True
    assert document["identity"]["surname"] == "Specimen-Dubois"
    assert document["address"]["box"] == "3"
    assert photo.read_bytes() == profile_18.files[0x4035]
    listing = json.loads(run_cli("readers", "--json").stdout)
    assert listing[0] == {
        "name": READER_NAMES[0],
        "card_present": True,
        "atr": profile_18.atr.hex(" ").upper(),
    }


def test_cli_exit_codes_for_no_card_and_a_card_never_activated(
    card_slot: CardSlot, profile_18: CardProfile
) -> None:
    result = run_cli("read")
    assert result.returncode == 5
    assert result.stderr.strip().count("\n") == 0  # one line
    assert "no card" in result.stderr.lower()
    card_slot.insert(replace(profile_18, activated=False))
    result = run_cli("read")
    assert result.returncode == 10
    assert "activated" in result.stderr


def test_cli_record_writes_a_session_that_replays(
    card_slot: CardSlot, profile_18: CardProfile, tmp_path: Path
) -> None:
    card_slot.insert(profile_18)
    out = tmp_path / "session.json"
    result = run_cli("record", "--out", str(out), "--anonymize")
    assert result.returncode == 0, result.stderr
    text = out.read_text()
    assert profile_18.specimen is not None
    for personal in (
        "Specimen-Dubois",
        "Élise",
        "Liège",
        "Rue de la Loi",
        profile_18.specimen.national_number,
    ):
        assert personal not in text
        assert personal.encode().hex(" ").upper() not in text
    from eidcompanion.transport.session_file import RecordedSession

    session = RecordedSession.load(out)
    assert session.anonymized
    replayed = read_contents(BelpicCard(ReplayConnection(session)))
    assert replayed.identity.surname == "X" * len("Specimen-Dubois")
    assert replayed.identity.national_number.valid
    auth = replayed.certificate(CardFile.AUTHENTICATION_CERTIFICATE)
    original_auth = trim_certificate(CardFile.AUTHENTICATION_CERTIFICATE, profile_18.files[0x5038])
    assert auth is not None
    assert original_auth is not None
    assert len(auth) == len(original_auth)
    assert auth != original_auth
    assert "ANONYMIZED" in x509.load_der_x509_certificate(auth).subject.rfc4514_string()
    assert replayed.basic_public_key != profile_18.files[0x4040]
    assert not any(replayed.identity_signature)


def test_cli_no_pcsc_service() -> None:
    result = run_cli("read", environment={"PCSCLITE_CSOCK_NAME": "/nonexistent/pcscd.comm"})
    assert result.returncode == 3
    assert "pcscd" in result.stderr
    fallback = run_cli(
        "read", "--virtual-if-no-reader", environment={"PCSCLITE_CSOCK_NAME": "/nonexistent/pcscd.comm"}
    )
    assert fallback.returncode == 0
    assert "built-in virtual card" in fallback.stdout
    assert "Specimen-Dubois" in fallback.stdout


# -- no reader, no service: these stop the sandbox's pcscd or its readers, and restore both ---------


def test_no_reader(pcsc_sandbox: PcscSandbox) -> None:
    pcsc_sandbox.restart(with_readers=False)
    try:
        assert list_readers() == []
        with pytest.raises(NoReaderError) as caught:
            PcscConnection.open()
        assert "Plug in your card reader" in error_text(caught.value)
        result = run_cli("read")
        assert result.returncode == 4
        fallback = run_cli("read", "--virtual-if-no-reader", "--json")
        assert fallback.returncode == 0
        assert json.loads(fallback.stdout)["card"]["simulated"] is True
    finally:
        pcsc_sandbox.restart()


def test_no_pcsc_service(pcsc_sandbox: PcscSandbox) -> None:
    pcsc_sandbox.stop()
    try:
        with pytest.raises(PcscServiceUnavailableError):
            list_readers()
        with pytest.raises(PcscServiceUnavailableError):
            PcscConnection.open()
    finally:
        pcsc_sandbox.start()
    assert [status.name for status in list_readers()] == list(READER_NAMES)


def test_an_apdu_through_pcscd_and_vpcd_takes_under_5_ms_at_the_median(
    card_slot: CardSlot, profile_18: CardProfile
) -> None:
    """Debian's vpcd writes length and body separately; without TCP_QUICKACK each APDU stalls ~40 ms."""
    import statistics
    import time

    card_slot.insert(profile_18)
    with PcscConnection.open() as connection:
        times = []
        for _ in range(50):
            start = time.perf_counter()
            assert connection.transmit(bytes.fromhex("80E400001C")).sw == 0x9000
            times.append(time.perf_counter() - start)
    assert statistics.median(times) < 0.005


def test_cli_simulate_in_its_own_sandbox(tmp_path: Path) -> None:
    """`eidcompanion simulate --sandbox` serves a card that another process reads through PC/SC."""
    import signal

    errors = tmp_path / "simulator-stderr.txt"
    with errors.open("w") as stderr:
        simulator = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "eidcompanion",
                "simulate",
                "--sandbox",
                "--profile",
                "1.7",
                "--port",
                "40100",
            ],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            env=cli_environment(),
        )
    try:
        assert simulator.stdout is not None
        lines = lines_until(simulator.stdout, "is in the reader", timeout=60)
        sockets = [line.split("=", 1)[1].strip() for line in lines if "PCSCLITE_CSOCK_NAME=" in line]
        assert sockets, lines
        environment = {"PCSCLITE_CSOCK_NAME": sockets[0]}
        wait_for(
            lambda: '"card_present": true' in run_cli("readers", "--json", environment=environment).stdout
        )
        result = run_cli("read", "--json", environment=environment)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["identity"]["surname"] == "Peeters"
        simulator.send_signal(signal.SIGINT)
        code = simulator.wait(timeout=15)
    finally:
        stop_process(simulator)  # on any failure: SIGTERM (the simulator ends its pcscd), then SIGKILL
    assert code == 0, errors.read_text()
    assert not Path(sockets[0]).exists()  # the private pcscd is gone with the simulator


def test_cli_exit_code_for_a_card_that_is_not_an_eid(card_slot: CardSlot) -> None:
    from eidcompanion.simulator.vpcd import VpcdCard

    bank_card = VpcdCard(NotBelpicCard(), card_slot.sandbox.endpoint(0))
    bank_card.insert()
    card_slot.card = bank_card
    wait_for(lambda: card_present(READER_NAMES[0]), what="the card in the reader")
    result = run_cli("read")
    assert result.returncode == 6
    assert "not a Belgian eID card" in result.stderr


def test_cli_exit_code_for_a_card_pulled_out_during_the_read(
    card_slot: CardSlot, profile_18: CardProfile
) -> None:
    card = card_slot.insert(profile_18)
    card.eject_after(10)
    result = run_cli("read")
    assert result.returncode == 7, result.stderr
    assert "taken out" in result.stderr
    card_slot.card = None
    wait_for(lambda: not card_present(READER_NAMES[0]), what="the reader to be empty")


def test_cli_exit_code_for_a_reader_in_use(card_slot: CardSlot, profile_18: CardProfile) -> None:
    from smartcard import scard

    card_slot.insert(profile_18)
    _code, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    _code, handle, _protocol = scard.SCardConnect(
        context, READER_NAMES[0], scard.SCARD_SHARE_EXCLUSIVE, scard.SCARD_PROTOCOL_T0
    )
    try:
        result = run_cli("read")
    finally:
        scard.SCardDisconnect(handle, scard.SCARD_LEAVE_CARD)
        scard.SCardReleaseContext(context)
    assert result.returncode == 8
    assert "Another program is using the card reader" in result.stderr


def test_a_control_code_the_reader_refuses_fails_at_once(
    card_slot: CardSlot, profile_18: CardProfile
) -> None:
    """Only a code that may mean "card pulled out" is worth waiting for the service to notice."""
    import time

    card_slot.insert(profile_18)
    with PcscConnection.open(READER_NAMES[0]) as connection:
        start = time.monotonic()
        with pytest.raises(TransportError) as caught:
            connection.control(0x42000000 + 3500 * 4 + 0x123, b"")  # a control code vpcd does not know
        elapsed = time.monotonic() - start
    assert not isinstance(caught.value, CardRemovedError)
    assert elapsed < 0.5
