"""One-line descriptions of BELPIC commands, for recorded sessions and logs."""

from __future__ import annotations

from eidcompanion.card.files import BELPIC_AID, CardFile
from eidcompanion.transport.apdu import ParsedCommand, StatusWord

_FILES_BY_ID = {file.fid: file for file in CardFile}
_DIRECTORIES = {0x3F00: "MF", 0xDF00: "BELPIC", 0xDF01: "ID"}


def _file_name(fid: int) -> str:
    if fid in _FILES_BY_ID:
        return f"{fid:04X} ({_FILES_BY_ID[fid].label.source})"
    return f"{fid:04X} ({_DIRECTORIES.get(fid, 'unknown')})"


def describe_command(apdu: bytes) -> str:
    try:
        cmd = ParsedCommand.parse(apdu)
    except ValueError:
        return "malformed command"
    key = (cmd.cla, cmd.ins)
    if key == (0x00, 0xA4):
        if cmd.p1 == 0x04:
            return "SELECT BELPIC applet" if cmd.data == BELPIC_AID else f"SELECT by AID {cmd.data.hex()}"
        if cmd.p1 == 0x08 and len(cmd.data) >= 2:
            last = int.from_bytes(cmd.data[-2:], "big")
            return f"SELECT by path {cmd.data.hex(' ').upper()}: {_file_name(last)}"
        if len(cmd.data) == 2:
            return f"SELECT file {_file_name(int.from_bytes(cmd.data, 'big'))}"
        return "SELECT"
    if key == (0x00, 0xB0):
        return f"READ BINARY offset {(cmd.p1 << 8) | cmd.p2}, {cmd.le} bytes"
    if key == (0x00, 0xC0):
        return f"GET RESPONSE {cmd.le} bytes"
    if key == (0x80, 0xE4):
        return "GET CARD DATA with PIN tries" if cmd.p2 == 0x01 else "GET CARD DATA"
    if key == (0x00, 0x20):
        return "VERIFY PIN (block removed)" if cmd.data else "empty VERIFY (PIN status, no try spent)"
    if key == (0x00, 0x24):
        return "CHANGE REFERENCE DATA (PIN blocks removed)"
    if key == (0x00, 0x22):
        return (
            f"MSE SET algorithm {cmd.data[2]:02X} key {cmd.data[4]:02X}" if len(cmd.data) >= 5 else "MSE SET"
        )
    if key == (0x00, 0x2A):
        return f"PSO: COMPUTE DIGITAL SIGNATURE over {len(cmd.data)} bytes"
    if key == (0x00, 0x88):
        return "INTERNAL AUTHENTICATE with the basic key"
    if key == (0x80, 0xE6):
        return "LOG OFF"
    return f"command {cmd.cla:02X} {cmd.ins:02X}"


def describe_exchange(apdu: bytes, response: bytes) -> str:
    sw = int.from_bytes(response[-2:], "big") if len(response) >= 2 else 0
    data_length = max(len(response) - 2, 0)
    answer = StatusWord.describe(sw)
    if data_length:
        answer = f"{data_length} bytes, {answer}"
    return f"{describe_command(apdu)} -> {answer}"
