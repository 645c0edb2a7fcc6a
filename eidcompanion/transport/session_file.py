"""Recorded APDU sessions: the JSON format of ``fixtures/apdu/*.json``.

A session is one card in one reader and the ordered exchanges of one flow::

    {
      "format": "eidcompanion-apdu-session",
      "version": 1,
      "description": "Full read of a simulated applet 1.8 card",
      "reader": "Virtual PCD 00 00",
      "atr": "3B 7F 96 00 ...",
      "simulated": true,
      "anonymized": false,
      "steps": [
        {"comment": "begin transaction", "transaction": "begin"},
        {"comment": "SELECT BELPIC applet", "command": "00 A4 04 0C 0F A0 00 ...", "response": "90 00"},
        {"comment": "VERIFY PIN", "command": "00 20 00 01 08", "redacted": 8, "response": "63 C2"},
        {"comment": "reader features", "control": 1107299656, "command": "", "response": "06 04 ..."},
        {"comment": "end transaction", "transaction": "end"}
      ]
    }

``command`` and ``response`` are hex (spaces optional). A PIN block is never stored: the command
keeps its header and Lc, and ``redacted`` says how many bytes were removed after them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from eidcompanion.errors import EidError, ErrorCode

FORMAT_NAME = "eidcompanion-apdu-session"
FORMAT_VERSION = 1

StepKind = Literal["apdu", "control", "transaction"]


class SessionFileError(EidError):
    code = ErrorCode.SESSION_FILE

    def __init__(self, path: str, reason: str) -> None:
        super().__init__("", path=path, reason=reason)


@dataclass(frozen=True)
class Step:
    kind: StepKind
    comment: str = ""
    command: bytes = b""
    redacted: int = 0
    response: bytes = b""
    control_code: int = 0
    transaction: Literal["begin", "end", ""] = ""

    def describe_command(self) -> str:
        if self.kind == "transaction":
            return f"{self.transaction} transaction"
        text = self.command.hex(" ").upper()
        if self.redacted:
            text += f" <{self.redacted} redacted PIN bytes>"
        if self.kind == "control":
            return f"control {self.control_code:#x}: {text}"
        return text

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"comment": self.comment}
        if self.kind == "transaction":
            out["transaction"] = self.transaction
            return out
        if self.kind == "control":
            out["control"] = self.control_code
        out["command"] = self.command.hex(" ").upper()
        if self.redacted:
            out["redacted"] = self.redacted
        out["response"] = self.response.hex(" ").upper()
        return out


@dataclass(frozen=True)
class RecordedSession:
    reader: str
    atr: bytes
    steps: tuple[Step, ...]
    description: str = ""
    simulated: bool = False
    anonymized: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "description": self.description,
            "reader": self.reader,
            "atr": self.atr.hex(" ").upper(),
            "simulated": self.simulated,
            "anonymized": self.anonymized,
            **self.extra,
            "steps": [step.to_json() for step in self.steps],
        }

    def to_text(self) -> str:
        return json.dumps(self.to_json(), indent=1, ensure_ascii=False) + "\n"

    def dump(self, path: Path) -> None:
        path.write_text(self.to_text(), encoding="utf-8")

    @property
    def apdu_steps(self) -> list[Step]:
        return [step for step in self.steps if step.kind == "apdu"]

    @classmethod
    def load(cls, path: Path) -> RecordedSession:
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise SessionFileError(str(path), f"it cannot be read ({exc.strerror})") from exc
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise SessionFileError(str(path), f"it is not valid JSON ({exc})") from exc
        return cls.from_json(document, str(path))

    @classmethod
    def from_json(cls, document: object, origin: str = "<memory>") -> RecordedSession:
        def fail(reason: str) -> SessionFileError:
            return SessionFileError(origin, reason)

        if not isinstance(document, dict):
            raise fail("the top level is not a JSON object")
        if document.get("format") != FORMAT_NAME:
            raise fail(f"the format is not {FORMAT_NAME!r}")
        version = document.get("version")
        if type(version) is not int or version != FORMAT_VERSION:
            raise fail(f"version {document.get('version')!r} is not supported (expected {FORMAT_VERSION})")
        steps_json = document.get("steps")
        if not isinstance(steps_json, list):
            raise fail("'steps' is missing or not a list")
        known = {"format", "version", "description", "reader", "atr", "simulated", "anonymized", "steps"}
        return cls(
            reader=_text(document, "reader", fail),
            atr=_hex(document.get("atr"), "atr", fail),
            steps=tuple(_parse_step(item, index, fail) for index, item in enumerate(steps_json, 1)),
            description=str(document.get("description", "")),
            simulated=_flag(document, "simulated", fail),
            anonymized=_flag(document, "anonymized", fail),
            extra={key: value for key, value in document.items() if key not in known},
        )


def _flag(document: dict[str, Any], key: str, fail: Any) -> bool:
    value = document.get(key, False)
    if not isinstance(value, bool):
        raise fail(f"{key!r} must be true or false")
    return value


def _text(document: dict[str, Any], key: str, fail: Any) -> str:
    value = document.get(key)
    if not isinstance(value, str):
        raise fail(f"{key!r} is missing or not a string")
    return value


def _hex(value: object, what: str, fail: Any) -> bytes:
    if not isinstance(value, str):
        raise fail(f"{what} is missing or not a hex string")
    try:
        return bytes.fromhex(value)
    except ValueError as exc:
        raise fail(f"{what} is not valid hex ({value[:40]!r})") from exc


def _parse_step(item: object, index: int, fail: Any) -> Step:
    if not isinstance(item, dict):
        raise fail(f"step {index} is not a JSON object")
    comment = str(item.get("comment", ""))
    if "transaction" in item:
        if item["transaction"] not in ("begin", "end"):
            raise fail(f"step {index}: transaction must be 'begin' or 'end'")
        return Step("transaction", comment, transaction=item["transaction"])
    command = _hex(item.get("command"), f"step {index} command", fail)
    response = _hex(item.get("response"), f"step {index} response", fail)
    redacted = item.get("redacted", 0)
    if type(redacted) is not int or not 0 <= redacted <= 255:
        raise fail(f"step {index}: 'redacted' must be a byte count")
    if "control" in item:
        code = item["control"]
        if type(code) is not int or code < 0:
            raise fail(f"step {index}: 'control' must be a non-negative control code")
        return Step("control", comment, command, redacted, response, control_code=code)
    if len(command) < 4:
        raise fail(f"step {index}: a command APDU has at least 4 bytes")
    if len(response) < 2:
        raise fail(f"step {index}: a response has at least the 2 status bytes")
    return Step("apdu", comment, command, redacted, response)
