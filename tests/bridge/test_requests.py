"""The Web eID requests the bridge and the app accept, and every one they refuse (web-eid.md, "Commands").

A refused request is answered with ERR_WEBEID_NATIVE_INVALID_ARGUMENT before anything reaches the
app or the card; an accepted one is passed on unchanged. Both directions are what a page notices.
"""

from __future__ import annotations

import base64
import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eidcompanion.webeid.error_codes import INVALID_ARGUMENT, webeid_error_for
from eidcompanion.webeid.errors import (
    CERTIFICATE,
    HASH,
    HASH_FUNCTION,
    NONCE,
    ORIGIN,
    REQUEST,
    InvalidArgumentError,
)
from eidcompanion.webeid.requests import ARGUMENTS, RequestError, WebEidRequest, parse_request

ORIGIN_TEXT = "https://login.example.be"
NONCE_TEXT = base64.b64encode(bytes(range(32))).decode()  # 44 characters, like a real challenge
CERTIFICATE_TEXT = base64.b64encode(b"0\x82\x01\x0a" + bytes(range(200))).decode()
DIGEST_SIZES = {
    "SHA-224": 28,
    "SHA-256": 32,
    "SHA-384": 48,
    "SHA-512": 64,
    "SHA3-256": 32,
    "SHA3-384": 48,
    "SHA3-512": 64,
}


def _b64(size: int) -> str:
    return base64.b64encode(bytes((7 * i) % 256 for i in range(size))).decode()


def _quit() -> dict[str, Any]:
    return {"command": "quit", "arguments": {}}


def _certificate() -> dict[str, Any]:
    return {"command": "get-signing-certificate", "arguments": {"origin": ORIGIN_TEXT}}


def _authenticate(nonce: str = NONCE_TEXT, origin: str = ORIGIN_TEXT) -> dict[str, Any]:
    return {"command": "authenticate", "arguments": {"challengeNonce": nonce, "origin": origin}}


def _identity(fields: str = "identity,address,photo,integrity") -> dict[str, Any]:
    return {"command": "get-identity", "arguments": {"fields": fields, "origin": ORIGIN_TEXT}}


def _sign(hash_function: str = "SHA-256", digest: str | None = None) -> dict[str, Any]:
    digest = _b64(DIGEST_SIZES.get(hash_function, 32)) if digest is None else digest
    return {
        "command": "sign",
        "arguments": {
            "hash": digest,
            "hashFunction": hash_function,
            "certificate": CERTIFICATE_TEXT,
            "origin": ORIGIN_TEXT,
        },
    }


VALID: dict[str, dict[str, Any]] = {
    "quit": _quit(),
    "get-signing-certificate": _certificate(),
    "authenticate": _authenticate(),
    "sign": _sign(),
    "get-identity": _identity(),
}


def _with_argument(document: dict[str, Any], name: str, value: object) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    changed["arguments"][name] = value
    return changed


def _refused(document: object) -> InvalidArgumentError:
    """The error the page would get; it must map to ERR_WEBEID_NATIVE_INVALID_ARGUMENT."""
    with pytest.raises(InvalidArgumentError) as caught:
        parse_request(document)
    assert webeid_error_for(caught.value) == INVALID_ARGUMENT
    assert caught.value.detail  # the log and the page's message say what is wrong
    return caught.value


# -- accepted ---------------------------------------------------------------------------------


@pytest.mark.parametrize("command", sorted(VALID))
@pytest.mark.parametrize("lang", [None, "fr", "nl", "de", "en", "pt-BR", ""])
def test_each_command_with_its_exact_arguments_is_accepted(command: str, lang: str | None) -> None:
    document = copy.deepcopy(VALID[command])
    if lang is not None:
        document["arguments"]["lang"] = lang
    request = parse_request(document)
    assert isinstance(request, WebEidRequest)
    assert request.command == command
    assert request.arguments == document["arguments"]
    assert request.to_json() == document  # passed on to the app unchanged
    assert request.lang == (lang or "")
    assert request.origin == ("" if command == "quit" else ORIGIN_TEXT)


def test_the_argument_sets_are_the_protocols() -> None:
    protocol = {
        "quit": frozenset(),
        "get-signing-certificate": frozenset({"origin"}),
        "authenticate": frozenset({"challengeNonce", "origin"}),
        "sign": frozenset({"hash", "hashFunction", "certificate", "origin"}),
        "get-identity": frozenset({"fields", "origin"}),  # this project's own command
    }
    assert protocol == ARGUMENTS


@pytest.mark.parametrize("fields", ["identity", "address,photo", "integrity,address,identity"])
def test_get_identity_takes_any_parts_once(fields: str) -> None:
    assert parse_request(_identity(fields)).arguments["fields"] == fields


@pytest.mark.parametrize(
    "fields", ["", "identity,", "secrets", "identity,identity", "Identity", "identity address"]
)
def test_get_identity_refuses_unknown_empty_or_repeated_parts(fields: str) -> None:
    _refused(_identity(fields))


@pytest.mark.parametrize(("hash_function", "size"), sorted(DIGEST_SIZES.items()))
def test_sign_accepts_a_hash_as_long_as_its_functions_digest(hash_function: str, size: int) -> None:
    request = parse_request(_sign(hash_function, _b64(size)))
    assert base64.b64decode(request.arguments["hash"]) == bytes((7 * i) % 256 for i in range(size))


@pytest.mark.parametrize(
    "origin",
    [
        "https://ex.be",
        "https://login.example.be:8443",
        "https://localhost",
        "https://127.0.0.1:4433",
        "https://[::1]:8443",
        "wss://ex.be",
        "https://" + "a" * (255 - len("https://")),
    ],
)
def test_https_and_wss_origins_are_accepted(origin: str) -> None:
    assert parse_request(_authenticate(origin=origin)).origin == origin


@pytest.mark.parametrize(
    "nonce",
    [
        NONCE_TEXT,
        "A" * 44,
        "A" * 128,
        "A" * 43 + "=",
        base64.b64encode(bytes(range(64)) + bytes(range(30))).decode(),  # 128 characters with padding
        "+/" * 22,
    ],
)
def test_base64_nonces_of_44_to_128_characters_are_accepted(nonce: str) -> None:
    assert parse_request(_authenticate(nonce=nonce)).arguments["challengeNonce"] == nonce


# -- refused: the shape of the request ---------------------------------------------------------


@pytest.mark.parametrize("document", [[], [_quit()], "quit", None, 0, 1.5, True])
def test_a_request_that_is_not_an_object_is_refused(document: object) -> None:
    error = _refused(document)
    assert isinstance(error, RequestError)
    assert error.what == REQUEST


@pytest.mark.parametrize(
    "command",
    ["status", "QUIT", "Authenticate", "sign ", "", "get_signing_certificate", None, 1, ["quit"], {}],
)
def test_an_unknown_command_is_refused(command: object) -> None:
    error = _refused({"command": command, "arguments": {}})
    assert isinstance(error, RequestError)
    assert "unknown command" in error.detail


def test_a_request_without_command_is_refused() -> None:
    _refused({"arguments": {}})


@pytest.mark.parametrize("member", ["id", "requestId", "lang", "origin", "Command"])
def test_an_extra_top_level_member_is_refused(member: str) -> None:
    for document in VALID.values():
        error = _refused({**copy.deepcopy(document), member: "x"})
        assert member in error.detail


@pytest.mark.parametrize("arguments", [[], "origin", None, 1, [["origin", ORIGIN_TEXT]]])
def test_arguments_that_are_not_an_object_are_refused(arguments: object) -> None:
    _refused({"command": "authenticate", "arguments": arguments})


@pytest.mark.parametrize(
    ("command", "missing"),
    [(command, name) for command, names in sorted(ARGUMENTS.items()) for name in sorted(names)],
)
def test_a_missing_argument_is_refused(command: str, missing: str) -> None:
    document = copy.deepcopy(VALID[command])
    del document["arguments"][missing]
    error = _refused(document)
    assert repr(missing) in error.detail


@pytest.mark.parametrize("command", ["get-signing-certificate", "authenticate", "sign"])
def test_a_command_without_its_arguments_member_is_refused(command: str) -> None:
    _refused({"command": command})


@pytest.mark.parametrize("command", sorted(VALID))
@pytest.mark.parametrize("extra", ["nonce", "Origin", "language", "userInteractionTimeout", "challengeNonce"])
def test_an_extra_argument_is_refused(command: str, extra: str) -> None:
    if extra in ARGUMENTS[command]:
        extra = extra + "2"
    error = _refused(_with_argument(VALID[command], extra, "x"))
    assert repr(extra) in error.detail


def test_quit_refuses_an_origin() -> None:
    _refused(_with_argument(_quit(), "origin", ORIGIN_TEXT))


@pytest.mark.parametrize("value", [1, 0, -3, 1.5, None, True, [], [ORIGIN_TEXT], {}, {"a": "b"}])
@pytest.mark.parametrize(
    ("command", "name"),
    [(command, name) for command, names in sorted(ARGUMENTS.items()) for name in sorted(names | {"lang"})],
)
def test_an_argument_that_is_not_a_string_is_refused(command: str, name: str, value: object) -> None:
    error = _refused(_with_argument(VALID[command], name, value))
    assert isinstance(error, RequestError)
    assert "not a string" in error.detail


def test_a_lang_longer_than_a_language_code_is_refused() -> None:
    _refused(_with_argument(_quit(), "lang", "x" * 36))
    assert parse_request(_with_argument(_quit(), "lang", "x" * 35)).lang == "x" * 35


# -- refused: the origin ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "origin",
    [
        "http://ex.be",
        "http://localhost",
        "http://127.0.0.1:8080",
        "ftp://ex.be",
        "file://ex.be",
        "chrome-extension://ncibgoaomkmdpilpocfeponihegamlic",
        "moz-extension://ex",
        "ws://ex.be",
        "ex.be",
        "//ex.be",
        "https:ex.be",
        "https://",
        "",
        "null",
        "HTTPS://ex.be",
    ],
)
def test_an_origin_that_is_not_https_is_refused(origin: str) -> None:
    for document in (_certificate(), _authenticate(), _sign()):
        assert _refused(_with_argument(document, "origin", origin)).what == ORIGIN


@pytest.mark.parametrize(
    "origin",
    [
        "https://ex.be/",
        "https://ex.be/login",
        "https://ex.be:8443/",
        "https://ex.be?",
        "https://ex.be?a=1",
        "https://ex.be#",
        "https://ex.be#top",
        "https://ex.be/?a=1#top",
        "https://user@ex.be",
        "https://user:pw@ex.be",
        "https://ex.be:",
        "https://ex.be:0",
        "https://ex.be:65536",
        "https://ex.be:port",
        "https://ex.be\t",
        "https://ex.be\n",
        " https://ex.be",
        "https://[::1",
    ],
)
def test_an_origin_with_a_path_query_fragment_or_trailing_slash_is_refused(origin: str) -> None:
    assert _refused(_authenticate(origin=origin)).what == ORIGIN


def test_an_origin_over_255_characters_is_refused() -> None:
    longest = "https://" + "a" * (255 - len("https://"))
    assert parse_request(_authenticate(origin=longest)).origin == longest
    assert _refused(_authenticate(origin=longest + "a")).what == ORIGIN
    assert _refused(_authenticate(origin="https://" + "a" * 5000)).what == ORIGIN


@pytest.mark.parametrize("origin", ["https://LOGIN.example.be", "https://ex ample.be", "https://%65x.be"])
def test_an_origin_no_browser_can_produce_is_refused(origin: str) -> None:
    """``new URL(sender.url).origin`` always lowercases and %-decodes the host and never has spaces."""
    assert _refused(_authenticate(origin=origin)).what == ORIGIN


# -- refused: the nonce -------------------------------------------------------------------------


@pytest.mark.parametrize("length", [0, 1, 43])
def test_a_nonce_shorter_than_44_characters_is_refused(length: int) -> None:
    assert _refused(_authenticate(nonce="A" * length)).what == NONCE


@pytest.mark.parametrize("length", [129, 132, 1000])
def test_a_nonce_longer_than_128_characters_is_refused(length: int) -> None:
    assert _refused(_authenticate(nonce="A" * length)).what == NONCE


@pytest.mark.parametrize(
    "nonce",
    [
        "-" * 44,
        "_" * 44,
        NONCE_TEXT[:-2] + "-_",
        "!" * 44,
        "A" * 20 + " " + "A" * 23,
        "A" * 20 + "\n" + "A" * 23,
        "A" * 20 + "=" + "A" * 23,
        "A" * 40 + "====",
        "A" * 45,
        "é" * 44,
        "\uff21" * 44,  # fullwidth letters
    ],
)
def test_a_nonce_that_is_not_base64_is_refused(nonce: str) -> None:
    assert _refused(_authenticate(nonce=nonce)).what == NONCE


# -- refused: what to sign ----------------------------------------------------------------------


@pytest.mark.parametrize(("hash_function", "size"), sorted(DIGEST_SIZES.items()))
def test_a_hash_that_is_not_as_long_as_its_functions_digest_is_refused(hash_function: str, size: int) -> None:
    for wrong in sorted({0, 1, size - 1, size + 1, 20, *DIGEST_SIZES.values()} - {size}):
        error = _refused(_sign(hash_function, _b64(wrong)))
        assert error.what == HASH
        assert f"{size} bytes, not {wrong}" in error.detail


def test_a_sha256_hash_with_sha384_as_its_function_is_refused() -> None:
    assert _refused(_sign("SHA-384", _b64(32))).what == HASH


@pytest.mark.parametrize(
    "hash_function", ["SHA256", "sha-256", "SHA-1", "MD5", "SHA-256 ", "", "SHA-512/256", "SHAKE256"]
)
def test_an_unknown_hash_function_is_refused(hash_function: str) -> None:
    assert _refused(_sign(hash_function, _b64(32))).what == HASH_FUNCTION


@pytest.mark.parametrize(
    "digest",
    [
        "not base64!",
        _b64(32)[:-1],  # padding cut
        _b64(32).replace("=", ""),
        _b64(32) + "\n",
        _b64(32).replace("+", "-"),
        "é" * 44,
    ],
)
def test_a_hash_that_is_not_base64_is_refused(digest: str) -> None:
    assert _refused(_sign("SHA-256", digest)).what == HASH


@pytest.mark.parametrize("certificate", ["not base64!", "MII", "MIIB\n", "====", "é", "=="])
def test_a_certificate_that_is_not_base64_is_refused(certificate: str) -> None:
    assert _refused(_with_argument(_sign(), "certificate", certificate)).what == CERTIFICATE


def test_an_empty_certificate_is_refused() -> None:
    assert _refused(_with_argument(_sign(), "certificate", "")).what == CERTIFICATE


# -- any JSON object: refused cleanly or accepted as the protocol says --------------------------

_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30)
_JSON = st.recursive(
    _SCALARS,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)
_NAMES = st.sampled_from(
    ["command", "arguments", "origin", "challengeNonce", "hash", "hashFunction", "certificate", "lang"]
) | st.text(max_size=12)
_NEARLY_VALID_STRINGS = st.one_of(
    st.text(max_size=40),
    st.builds(lambda rest: "https://" + rest, st.text(max_size=40)),
    st.text(
        alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=",
        min_size=40,
        max_size=132,
    ),
    st.sampled_from([*DIGEST_SIZES, ORIGIN_TEXT, NONCE_TEXT, *VALID]),
    st.integers(min_value=0, max_value=70).map(_b64),
)


@st.composite
def _mutated_requests(draw: st.DrawFn) -> dict[str, Any]:
    """A valid request with a few arguments or members dropped, added or replaced."""
    document = copy.deepcopy(VALID[draw(st.sampled_from(sorted(VALID)))])
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        where = document["arguments"] if draw(st.booleans()) else document
        action = draw(st.sampled_from(["drop", "set", "set"]))
        if action == "drop" and where:
            del where[draw(st.sampled_from(sorted(where)))]
        else:
            where[draw(_NAMES)] = draw(_NEARLY_VALID_STRINGS | _JSON)
        if not isinstance(document.get("arguments"), dict):
            break
    return document


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(_NAMES, _JSON, max_size=5) | _mutated_requests())
def test_any_json_object_is_refused_with_invalid_argument_or_is_a_valid_request(
    document: dict[str, Any],
) -> None:
    error: InvalidArgumentError | None = None
    try:
        request = parse_request(document)
    except InvalidArgumentError as exc:  # any other exception fails the test
        error = exc
    if error is not None:
        assert webeid_error_for(error) == INVALID_ARGUMENT
        assert isinstance(error.detail, str)
        assert error.detail
        return
    # accepted: then it is exactly one of the protocol's requests
    assert set(document) <= {"command", "arguments"}
    assert document["command"] in ARGUMENTS
    arguments = document.get("arguments", {})
    assert set(arguments) - {"lang"} == ARGUMENTS[document["command"]]
    assert all(isinstance(value, str) for value in arguments.values())
    assert request.to_json() == {"command": document["command"], "arguments": arguments}
