"""Recorded APDU sessions: the JSON file, the recorder (PIN blocks removed) and the replayer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eidcompanion.transport.apdu import Response
from eidcompanion.transport.recorder import RecordingConnection
from eidcompanion.transport.replay import ReplayConnection, ReplayMismatchError
from eidcompanion.transport.session_file import (
    FORMAT_NAME,
    FORMAT_VERSION,
    RecordedSession,
    SessionFileError,
    Step,
)
from tests.helpers import ScriptedConnection, described

ATR = bytes.fromhex("3B 7F 96 00 00 80 31 80 65 B0 85 04 01 20 12 0F FF 82 90 00")
READER = "Virtual PCD 00 00"
PIN_BLOCK = bytes.fromhex("245791FFFFFFFFFF")
SELECT_MF = bytes.fromhex("00A4020C023F00")
GET_CARD_DATA = bytes.fromhex("80E400001C")


def scripted(answers: list[str]) -> ScriptedConnection:
    """A scripted simulated card in READER, answering with ATR."""
    return ScriptedConnection(answers, reader=READER, atr=ATR, simulated=True)


def sample_session() -> RecordedSession:
    return RecordedSession(
        reader=READER,
        atr=ATR,
        description="select, card data, a redacted VERIFY and a control code",
        simulated=True,
        steps=(
            Step("transaction", "begin transaction", transaction="begin"),
            Step("apdu", "SELECT MF", SELECT_MF, 0, bytes.fromhex("9000")),
            Step("apdu", "GET CARD DATA", GET_CARD_DATA, 0, bytes(28) + bytes.fromhex("9000")),
            Step("apdu", "VERIFY PIN", bytes.fromhex("0020000108"), 8, bytes.fromhex("63C2")),
            Step("control", "features", b"", 0, bytes.fromhex("060442330006"), control_code=0x42000D48),
            Step("transaction", "end transaction", transaction="end"),
        ),
        extra={"tool": "unit test"},
    )


def document(**changes: Any) -> dict[str, Any]:
    doc = sample_session().to_json()
    doc.update(changes)
    return doc


def write(path: Path, doc: object) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


# -- the JSON file ---------------------------------------------------------------------------------


def test_dump_and_load_round_trip(tmp_path: Path) -> None:
    session = sample_session()
    path = tmp_path / "session.json"
    session.dump(path)
    assert RecordedSession.load(path) == session


def test_dumped_json_has_the_documented_shape(tmp_path: Path) -> None:
    path = tmp_path / "session.json"
    sample_session().dump(path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["format"] == "eidcompanion-apdu-session"
    assert doc["version"] == 1
    assert doc["reader"] == READER
    assert bytes.fromhex(doc["atr"]) == ATR
    assert doc["simulated"] is True
    assert doc["tool"] == "unit test"
    steps = doc["steps"]
    assert steps[0] == {"comment": "begin transaction", "transaction": "begin"}
    assert steps[1] == {"comment": "SELECT MF", "command": "00 A4 02 0C 02 3F 00", "response": "90 00"}
    assert steps[3] == {
        "comment": "VERIFY PIN",
        "command": "00 20 00 01 08",
        "redacted": 8,
        "response": "63 C2",
    }
    assert steps[4]["control"] == 0x42000D48


def test_hex_without_spaces_is_accepted(tmp_path: Path) -> None:
    doc = document(steps=[{"command": "00A4020C023F00", "response": "9000"}], atr="3B98")
    session = RecordedSession.load(write(tmp_path / "s.json", doc))
    assert session.steps == (Step("apdu", "", SELECT_MF, 0, bytes.fromhex("9000")),)
    assert session.atr == bytes.fromhex("3B98")


def load_error(tmp_path: Path, content: str) -> SessionFileError:
    path = tmp_path / "broken.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SessionFileError) as info:
        RecordedSession.load(path)
    assert str(path) in described(info.value)
    return info.value


def test_truncated_json(tmp_path: Path) -> None:
    text = json.dumps(sample_session().to_json())
    error = load_error(tmp_path, text[: len(text) // 2])
    assert "not valid JSON" in described(error)


def test_wrong_format_name(tmp_path: Path) -> None:
    error = load_error(tmp_path, json.dumps(document(format="something-else")))
    assert FORMAT_NAME in described(error)


@pytest.mark.parametrize("version", [2, 0, "1", None])
def test_wrong_version(tmp_path: Path, version: object) -> None:
    error = load_error(tmp_path, json.dumps(document(version=version)))
    assert "version" in described(error)
    assert str(FORMAT_VERSION) in described(error)


def test_step_with_bad_hex_names_the_step(tmp_path: Path) -> None:
    doc = document(
        steps=[{"command": "00 A4 02 0C", "response": "90 00"}, {"command": "00 ZZ", "response": "90 00"}]
    )
    error = load_error(tmp_path, json.dumps(doc))
    assert "step 2" in described(error)
    assert "hex" in described(error)


def test_response_shorter_than_two_bytes(tmp_path: Path) -> None:
    doc = document(steps=[{"command": "00 A4 02 0C", "response": "90"}])
    error = load_error(tmp_path, json.dumps(doc))
    assert "step 1" in described(error)
    assert "2 status bytes" in described(error)


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"steps": "none"}, "steps"),
        ({"reader": 5}, "reader"),
        ({"atr": "3B 9"}, "atr"),
        ({"steps": [{"command": "00 A4", "response": "90 00"}]}, "4 bytes"),
        ({"steps": [{"transaction": "middle"}]}, "transaction"),
        ({"steps": [{"command": "00 20 00 01 08", "redacted": -1, "response": "90 00"}]}, "redacted"),
        ({"steps": [{"control": -5, "command": "", "response": ""}]}, "control"),
        ({"steps": ["00 A4"]}, "step 1"),
    ],
)
def test_other_malformed_documents(tmp_path: Path, changes: dict[str, Any], words: str) -> None:
    error = load_error(tmp_path, json.dumps(document(**changes)))
    assert words in described(error)


def test_top_level_must_be_an_object(tmp_path: Path) -> None:
    error = load_error(tmp_path, "[1, 2, 3]")
    assert "object" in described(error)


def test_missing_file_is_a_session_file_error(tmp_path: Path) -> None:
    with pytest.raises(SessionFileError):
        RecordedSession.load(tmp_path / "does-not-exist.json")


# -- the recorder ----------------------------------------------------------------------------------


def test_recording_keeps_commands_and_responses() -> None:
    card = scripted(["9000", "00" * 28 + "9000"])
    recorder = RecordingConnection(card, describe=lambda command, response: f"{command[1]:02X}")
    assert recorder.transmit(SELECT_MF) == Response(b"", 0x9000)
    recorder.transmit(GET_CARD_DATA)
    assert card.sent == [SELECT_MF, GET_CARD_DATA]
    assert recorder.steps == [
        Step("apdu", "A4", SELECT_MF, 0, bytes.fromhex("9000")),
        Step("apdu", "E4", GET_CARD_DATA, 0, bytes(28) + bytes.fromhex("9000")),
    ]
    session = recorder.session("two commands")
    assert session.reader == READER
    assert session.atr == ATR
    assert session.simulated is True
    assert session.description == "two commands"


def test_recording_a_verify_keeps_only_the_header(tmp_path: Path) -> None:
    card = scripted(["63C2"])
    recorder = RecordingConnection(card)
    response = recorder.transmit(bytes.fromhex("0020000108") + PIN_BLOCK)
    assert response.sw == 0x63C2
    assert card.sent == [bytes.fromhex("0020000108") + PIN_BLOCK]  # the card got the real block
    assert recorder.steps == [Step("apdu", "", bytes.fromhex("0020000108"), 8, bytes.fromhex("63C2"))]
    path = tmp_path / "verify.json"
    recorder.session().dump(path)
    text = path.read_text(encoding="utf-8").replace(" ", "").upper()
    assert "5791" not in text
    assert "245791" not in text
    assert "FFFFFFFFFF" not in text


def test_recording_a_change_pin_removes_both_blocks() -> None:
    recorder = RecordingConnection(scripted(["9000"]))
    recorder.transmit(bytes.fromhex("0024000110") + PIN_BLOCK + bytes.fromhex("26802468FFFFFFFF"))
    assert recorder.steps[0].command == bytes.fromhex("0024000110")
    assert recorder.steps[0].redacted == 16


def test_nested_transactions_record_one_begin_and_end() -> None:
    card = scripted(["9000"])
    recorder = RecordingConnection(card)
    with recorder.transaction(), recorder.transaction():
        recorder.transmit(SELECT_MF)
    assert [step.kind for step in recorder.steps] == ["transaction", "apdu", "transaction"]
    assert [step.transaction for step in recorder.steps] == ["begin", "", "end"]
    assert card.transactions == 2  # each transaction still reaches the card


def test_recording_control_codes() -> None:
    recorder = RecordingConnection(scripted([]))
    answer = recorder.control(0x42000D48)
    assert recorder.steps == [Step("control", "reader control code", b"", 0, answer, control_code=0x42000D48)]


def test_a_recording_replays() -> None:
    card = scripted(["9000", "6A82"])
    recorder = RecordingConnection(card)
    with recorder.transaction():
        recorder.transmit(SELECT_MF)
        recorder.transmit(bytes.fromhex("00A4020C024039"))
    replay = ReplayConnection(recorder.session())
    with replay.transaction():
        assert replay.transmit(SELECT_MF).ok
        assert replay.transmit(bytes.fromhex("00A4020C024039")).sw == 0x6A82
    assert replay.finished


# -- the replayer ----------------------------------------------------------------------------------


def test_replay_answers_in_order() -> None:
    replay = ReplayConnection(sample_session())
    assert replay.reader_name == READER
    assert replay.atr == ATR
    assert replay.simulated
    with replay.transaction():
        assert replay.transmit(SELECT_MF) == Response(b"", 0x9000)
        assert replay.transmit(GET_CARD_DATA) == Response(bytes(28), 0x9000)
        assert replay.transmit(bytes.fromhex("0020000108") + PIN_BLOCK).sw == 0x63C2
        assert replay.control(0x42000D48) == bytes.fromhex("060442330006")
        assert len(replay.remaining()) == 1  # the end of the transaction
    assert replay.finished
    assert replay.remaining() == []


def test_unexpected_command_names_the_step_and_both_commands() -> None:
    steps = sample_session().steps[1:-1]  # without the transaction steps
    replay = ReplayConnection(RecordedSession(READER, ATR, steps))
    replay.transmit(SELECT_MF)
    with pytest.raises(ReplayMismatchError) as info:
        replay.transmit(bytes.fromhex("80E400011F"))
    error = info.value
    assert error.step == 2
    assert error.expected == "80 E4 00 00 1C"
    assert error.actual == "80 E4 00 01 1F"
    text = described(error)
    assert "step 2" in text
    assert "80 E4 00 00 1C" in text
    assert "80 E4 00 01 1F" in text
    assert "GET CARD DATA" in text


def test_command_past_the_end_is_a_mismatch() -> None:
    session = RecordedSession(READER, ATR, (Step("apdu", "SELECT MF", SELECT_MF, 0, bytes.fromhex("9000")),))
    replay = ReplayConnection(session)
    replay.transmit(SELECT_MF)
    with pytest.raises(ReplayMismatchError) as info:
        replay.transmit(SELECT_MF)
    assert info.value.step == 2
    assert "00 A4 02 0C 02 3F 00" in described(info.value)


def test_transaction_where_a_command_was_recorded_is_a_mismatch() -> None:
    session = RecordedSession(READER, ATR, (Step("apdu", "SELECT MF", SELECT_MF, 0, bytes.fromhex("9000")),))
    replay = ReplayConnection(session)
    with pytest.raises(ReplayMismatchError) as info, replay.transaction():
        pass
    assert info.value.step == 1


def verify_session() -> RecordedSession:
    return RecordedSession(
        READER, ATR, (Step("apdu", "VERIFY", bytes.fromhex("0020000108"), 8, bytes.fromhex("9000")),)
    )


@pytest.mark.parametrize("block", ["245791FFFFFFFFFF", "2C123456789012FF", "241234FFFFFFFFFF"])
def test_redacted_verify_matches_any_pin_block(block: str) -> None:
    replay = ReplayConnection(verify_session())
    assert replay.transmit(bytes.fromhex("0020000108") + bytes.fromhex(block)).ok


@pytest.mark.parametrize(
    "apdu",
    [
        "0020000208245791FFFFFFFFFF",  # another PIN reference
        "0024000108245791FFFFFFFFFF",  # CHANGE instead of VERIFY
        "0020000107245791FFFFFFFF",  # a 7-byte block
        "00200001",  # an empty VERIFY
    ],
)
def test_redacted_verify_does_not_match_another_command(apdu: str) -> None:
    replay = ReplayConnection(verify_session())
    with pytest.raises(ReplayMismatchError) as info:
        replay.transmit(bytes.fromhex(apdu))
    assert info.value.step == 1
    assert "redacted" in info.value.expected


def test_mismatch_message_never_shows_a_pin_block() -> None:
    replay = ReplayConnection(sample_session())
    with pytest.raises(ReplayMismatchError) as info:
        replay.transmit(bytes.fromhex("0020000108") + PIN_BLOCK)
    text = described(info.value).replace(" ", "")
    assert "5791" not in text
    assert info.value.actual.startswith("00 20 00 01 08")


def test_load_then_replay(tmp_path: Path) -> None:
    path = tmp_path / "session.json"
    sample_session().dump(path)
    replay = ReplayConnection(RecordedSession.load(path))
    with replay.transaction():
        replay.transmit(SELECT_MF)
        replay.transmit(GET_CARD_DATA)
        replay.transmit(bytes.fromhex("0020000108") + PIN_BLOCK)
        replay.control(0x42000D48)
    assert replay.finished
