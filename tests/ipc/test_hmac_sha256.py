"""The handshake's HMAC-SHA256 on the built-in SHA-256 must be the standard one, bit for bit."""

from __future__ import annotations

import hmac
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eidcompanion.ipc.hmac_sha256 import compare_digest, hmac_sha256


@pytest.mark.parametrize("key_length", [0, 1, 63, 64, 65, 200])
@pytest.mark.parametrize("message_length", [0, 1, 55, 56, 64, 1000])
def test_equals_the_standard_hmac_around_the_block_size(key_length: int, message_length: int) -> None:
    """Keys shorter than, equal to and longer than the 64-byte block (hashed first) all match."""
    for _ in range(5):
        key, message = os.urandom(key_length), os.urandom(message_length)
        assert hmac_sha256(key, message) == hmac.new(key, message, "sha256").digest()


def test_rfc4231_vectors() -> None:
    """Known answers that do not depend on the hmac module (RFC 4231 test cases 2 and 6)."""
    assert (
        hmac_sha256(b"Jefe", b"what do ya want for nothing?").hex()
        == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    )
    assert (
        hmac_sha256(b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First").hex()
        == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
    )


@given(key=st.binary(max_size=300), message=st.binary(max_size=2000))
def test_equals_the_standard_hmac_for_any_key_and_message(key: bytes, message: bytes) -> None:
    assert hmac_sha256(key, message) == hmac.new(key, message, "sha256").digest()


def test_different_keys_or_messages_give_different_proofs() -> None:
    """The handshake's proofs depend on the secret and on the role and nonces hashed with it."""
    key, message = os.urandom(32), os.urandom(64)
    proof = hmac_sha256(key, message)
    assert len(proof) == 32
    assert hmac_sha256(key[:-1] + bytes([key[-1] ^ 1]), message) != proof
    assert hmac_sha256(key, message[:-1] + bytes([message[-1] ^ 1])) != proof
    assert hmac_sha256(key, message + b"\0") != proof


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (b"", b""),
        (b"a" * 32, b"a" * 32),
        (b"a" * 32, b"a" * 31 + b"b"),
        (b"b" + b"a" * 31, b"a" * 32),
        (b"a" * 32, b"a" * 31),
        (b"a" * 31, b"a" * 32),
        (b"", b"a"),
        (b"a" * 32, b""),
    ],
)
def test_compare_digest_answers_like_hmac(left: bytes, right: bytes) -> None:
    assert compare_digest(left, right) is hmac.compare_digest(left, right)
    assert compare_digest(left, right) is (left == right)


@given(left=st.binary(max_size=64), right=st.binary(max_size=64))
def test_compare_digest_is_equality_for_any_bytes(left: bytes, right: bytes) -> None:
    assert compare_digest(left, right) is hmac.compare_digest(left, right) is (left == right)


@pytest.mark.parametrize(("left", "right"), [(b"abc", "abc"), ("abc", b"abc"), (b"abc", None)])
def test_compare_digest_refuses_mixed_types_like_hmac(left: object, right: object) -> None:
    """A proof of the wrong type is an error, never a silent ``True``."""
    with pytest.raises(TypeError):
        hmac.compare_digest(left, right)  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        compare_digest(left, right)  # type: ignore[call-overload]
