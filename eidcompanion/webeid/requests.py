"""The Web eID native requests, checked exactly as the protocol defines them (web-eid.md).

``{"command": ..., "arguments": {...}}`` with the exact argument set of each command (``lang``
optional everywhere; any other key is an error), every value a string, the origin https, the nonce
44 to 128 base64 characters, the hash as long as its function's digest. Both the bridge (before
anything reaches the app) and the app (before anything reaches the card) check with this.
"""

from __future__ import annotations

import base64
import binascii

from eidcompanion.webeid.errors import (
    CERTIFICATE,
    FIELDS,
    HASH,
    HASH_FUNCTION,
    REQUEST,
    InvalidArgumentError,
)
from eidcompanion.webeid.origin import validate_nonce, validate_origin

TYPE_CHECKING = False  # not typing's: importing typing costs the bridge's start ~5 ms
if TYPE_CHECKING:
    from typing import Any

QUIT = "quit"
GET_SIGNING_CERTIFICATE = "get-signing-certificate"
AUTHENTICATE = "authenticate"
SIGN = "sign"
GET_IDENTITY = "get-identity"
"""This project's own command (its extension and page library): the card's data, with consent."""
IDENTITY_PARTS = ("identity", "address", "photo", "integrity")
"""What a site may ask for: the person, the address, the photo, the files and signatures to check them."""
ARGUMENTS: dict[str, frozenset[str]] = {
    QUIT: frozenset(),
    GET_SIGNING_CERTIFICATE: frozenset({"origin"}),
    AUTHENTICATE: frozenset({"challengeNonce", "origin"}),
    SIGN: frozenset({"hash", "hashFunction", "certificate", "origin"}),
    GET_IDENTITY: frozenset({"fields", "origin"}),
}
OPTIONAL_ARGUMENTS = frozenset({"lang"})
MAX_LANG_LENGTH = 35
HASH_SIZES = {
    "SHA-224": 28,
    "SHA-256": 32,
    "SHA-384": 48,
    "SHA-512": 64,
    "SHA3-256": 32,
    "SHA3-384": 48,
    "SHA3-512": 64,
}
"""The hash functions a page may ask to sign with, and their digest sizes."""


class RequestError(InvalidArgumentError):
    """The request is not one the protocol allows; the detail names what is wrong (in English)."""


class WebEidRequest:
    """A checked request: its command and its arguments (all strings)."""

    __slots__ = ("arguments", "command")

    def __init__(self, command: str, arguments: dict[str, str] | None = None) -> None:
        self.command = command
        self.arguments = dict(arguments or {})

    def __repr__(self) -> str:
        return f"WebEidRequest({self.command!r}, {self.arguments!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, WebEidRequest) and (self.command, self.arguments) == (
            other.command,
            other.arguments,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable arguments: not hashable

    @property
    def origin(self) -> str:
        return self.arguments.get("origin", "")

    @property
    def lang(self) -> str:
        return self.arguments.get("lang", "")

    def to_json(self) -> dict[str, Any]:
        return {"command": self.command, "arguments": dict(self.arguments)}


def _decode_base64(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise RequestError(HASH if what == "hash" else CERTIFICATE, f"{what} is not base64") from exc


def parse_request(document: object) -> WebEidRequest:
    """A checked request, or RequestError naming the first thing wrong."""
    if not isinstance(document, dict):
        raise RequestError(REQUEST, "a request is a JSON object")
    extra = set(document) - {"command", "arguments"}
    if extra:
        raise RequestError(REQUEST, f"unknown request member {sorted(extra)[0]!r}")
    command = document.get("command")
    if not isinstance(command, str) or command not in ARGUMENTS:
        shown = command[:40] if isinstance(command, str) else type(command).__name__
        raise RequestError(REQUEST, f"unknown command {shown!r}")
    arguments = document.get("arguments", {})
    if not isinstance(arguments, dict):
        raise RequestError(REQUEST, "arguments is a JSON object")
    required = ARGUMENTS[command]
    missing = required - set(arguments)
    if missing:
        raise RequestError(REQUEST, f"{command} needs the argument {sorted(missing)[0]!r}")
    unknown = set(arguments) - required - OPTIONAL_ARGUMENTS
    if unknown:
        raise RequestError(REQUEST, f"{command} takes no argument {sorted(unknown)[0]!r}")
    for name, value in arguments.items():
        if not isinstance(value, str):
            raise RequestError(REQUEST, f"the argument {name!r} is not a string")
    if len(arguments.get("lang", "")) > MAX_LANG_LENGTH:
        raise RequestError(REQUEST, "lang is a language code")
    request = WebEidRequest(command, dict(arguments))
    _check_values(request)
    return request


def _check_values(request: WebEidRequest) -> None:
    arguments = request.arguments
    if "origin" in arguments:
        validate_origin(arguments["origin"])
    if request.command == AUTHENTICATE:
        validate_nonce(arguments["challengeNonce"])
    if request.command == SIGN:
        hash_function = arguments["hashFunction"]
        if hash_function not in HASH_SIZES:
            raise RequestError(HASH_FUNCTION, f"{hash_function[:20]!r} is not one of {', '.join(HASH_SIZES)}")
        digest = _decode_base64(arguments["hash"], "hash")
        if len(digest) != HASH_SIZES[hash_function]:
            raise RequestError(
                HASH, f"a {hash_function} hash has {HASH_SIZES[hash_function]} bytes, not {len(digest)}"
            )
        if not _decode_base64(arguments["certificate"], "certificate"):
            raise RequestError(CERTIFICATE, "certificate is empty")
    if request.command == GET_IDENTITY:
        asked = arguments["fields"].split(",")
        unknown = [part for part in asked if part not in IDENTITY_PARTS]
        if unknown or len(set(asked)) != len(asked):
            raise RequestError(
                FIELDS, f"fields is a comma-separated list of {', '.join(IDENTITY_PARTS)}, each once"
            )
        if "integrity" in asked and not {"identity", "address"} <= set(asked):
            # its files hold the identity and the address: asked alone, they would leave unseen
            raise RequestError(FIELDS, "integrity is asked with identity and address (its files hold them)")


def requested_parts(request: WebEidRequest) -> tuple[str, ...]:
    """The parts a ``get-identity`` asks for, in the protocol's order."""
    asked = request.arguments["fields"].split(",")
    return tuple(part for part in IDENTITY_PARTS if part in asked)


def signing_digest(request: WebEidRequest) -> bytes:
    return base64.b64decode(request.arguments["hash"])


def requested_certificate(request: WebEidRequest) -> bytes:
    return base64.b64decode(request.arguments["certificate"])
