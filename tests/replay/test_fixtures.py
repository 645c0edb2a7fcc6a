"""Replays of the recorded sessions in fixtures/apdu: the code sends exactly the recorded commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from eidcompanion.card import BelpicCard, CardFile, read_contents
from eidcompanion.card.card_data import AppletVersion
from eidcompanion.card.contents import minimum_apdus_for, read_files
from eidcompanion.card.pin import PinBlockedError, WrongPinError
from eidcompanion.card.pin_entry import TypedPin
from eidcompanion.simulator.profile import SPECIMEN_1_7, SPECIMEN_1_8, Specimen
from eidcompanion.texts.errors import error_text
from eidcompanion.transport.apdu import ParsedCommand
from eidcompanion.transport.replay import ReplayConnection, ReplayMismatchError
from eidcompanion.transport.session_file import RecordedSession
from tests.conftest import FIXTURES

CHUNK = 252


def replay(name: str) -> ReplayConnection:
    return ReplayConnection(RecordedSession.load(FIXTURES / f"{name}.json"))


def test_every_fixture_loads_and_holds_no_pin() -> None:
    paths = sorted(FIXTURES.glob("*.json"))
    assert len(paths) >= 7
    for path in paths:
        session = RecordedSession.load(path)
        assert session.simulated
        assert session.steps
        assert all(step.comment for step in session.steps)
        for step in session.apdu_steps:
            if step.command[:2] in (b"\x00\x20", b"\x00\x24") and len(step.command) > 4:
                assert step.redacted, f"{path.name}: a PIN block was stored"
                assert len(step.command) == 5, f"{path.name}: a PIN block was stored"
        text = path.read_text()
        assert "24 12 34 FF" not in text  # the block of PIN 1234
        assert "24 99 99 FF" not in text  # the block of PIN 9999


@pytest.mark.parametrize(
    ("name", "person", "version"),
    [("read-1.8", SPECIMEN_1_8, AppletVersion.V1_8), ("read-1.7", SPECIMEN_1_7, AppletVersion.V1_7)],
)
def test_full_read_replays(name: str, person: Specimen, version: AppletVersion) -> None:
    connection = replay(name)
    contents = read_contents(BelpicCard(connection))
    assert connection.finished
    assert contents.applet_version is version
    assert contents.identity.surname == person.surname
    assert contents.identity.national_number.digits == person.national_number
    assert contents.identity.birth_date.raw == person.birth_date_text
    assert contents.address.street_and_number == person.street_and_number
    assert (contents.basic_public_key is not None) == (version is AppletVersion.V1_8)
    assert all(contents.certificate(file) for file in CardFile if file.is_certificate)


@pytest.mark.parametrize("name", ["read-1.8", "read-1.7"])
def test_full_read_uses_the_fewest_apdus(name: str) -> None:
    """Recorded through PC/SC: one SELECT per file, 252-byte chunks, no byte read twice."""
    session = RecordedSession.load(FIXTURES / f"{name}.json")
    commands = [step.command for step in session.apdu_steps]
    reads = [c for c in commands if c[1] == 0xB0]
    selects = [c for c in commands if c[1] == 0xA4]
    files = 11 if name == "read-1.8" else 10
    assert len(selects) == 1 + files  # the applet, then each file once
    lengths = [ParsedCommand.parse(c).le for c in reads]
    assert all(le is not None and 1 <= le <= CHUNK for le in lengths), lengths  # Le=00 would ask 256
    files_read = read_files(BelpicCard(ReplayConnection(session)))
    assert len(commands) == minimum_apdus_for(files_read)
    assert len(commands) == 2 + files + len(reads)


def test_wrong_pin_then_right_pin_replays() -> None:
    for version in ("1.8", "1.7"):
        connection = replay(f"pin-wrong-then-right-{version}")
        card = BelpicCard(connection)
        with card.transaction():
            card.card_data()
            status = card.pin_status()
            assert (status.tries_left, status.blocked) == (3, False)
            with pytest.raises(WrongPinError) as caught:
                card.verify_pin(TypedPin("9999"))
            assert caught.value.tries_left == 2
            status = card.pin_status()
            assert status.tries_left == 2
            card.verify_pin(TypedPin("1234"))
        assert connection.finished


def test_three_wrong_pins_block_the_card() -> None:
    connection = replay("pin-three-wrong-1.8")
    card = BelpicCard(connection)
    outcomes: list[object] = []
    with card.transaction():
        card.card_data()
        for _attempt in range(3):
            try:
                card.verify_pin(TypedPin("9999"))
            except (WrongPinError, PinBlockedError) as error:
                outcomes.append(getattr(error, "tries_left", "blocked"))
        assert card.pin_status().blocked
    assert outcomes == [2, 1, "blocked"]
    assert connection.finished


@pytest.mark.parametrize("version", ["1.8", "1.7"])
def test_a_blocked_card_is_never_sent_a_verify(version: str) -> None:
    connection = replay(f"pin-blocked-{version}")
    card = BelpicCard(connection)
    with card.transaction():
        card.card_data()
        with pytest.raises(PinBlockedError) as caught:
            card.verify_pin(TypedPin("1234"))
    assert connection.finished
    assert "municipality" in error_text(caught.value)
    verifies = [
        s for s in connection.session.apdu_steps if s.command[:2] == b"\x00\x20" and len(s.command) > 4
    ]
    assert verifies == []


def test_a_different_flow_fails_on_the_first_unexpected_command() -> None:
    connection = replay("read-1.8")
    card = BelpicCard(connection)

    def photo_first() -> None:
        with card.transaction():
            card.card_data()
            card.read_file(CardFile.PHOTO)  # the recording reads the identity first

    with pytest.raises(ReplayMismatchError) as caught:
        photo_first()
    error = caught.value
    assert error.step == 4  # begin transaction, SELECT applet, GET CARD DATA, then the identity
    assert "40 31" in error.expected
    assert "40 35" in error.actual


def test_the_fixture_folder_is_documented() -> None:
    readme = Path(FIXTURES / "README.md").read_text()
    for path in FIXTURES.glob("*.json"):
        assert path.name in readme
