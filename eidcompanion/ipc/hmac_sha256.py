"""HMAC-SHA256 (RFC 2104) on the interpreter's built-in SHA-256.

The ``hmac`` module loads OpenSSL's libcrypto through ``_hashlib``, which costs the bridge ~6 ms on
every login; the built-in SHA-256 module is already in the interpreter. The result is the same as
``hmac.new(key, message, "sha256").digest()`` (a test checks it).
"""

from __future__ import annotations

try:  # the built-in module: _sha2 from Python 3.12, _sha256 before
    from _sha2 import sha256  # type: ignore[import-not-found, unused-ignore]
except ImportError:  # pragma: no cover - depends on the Python version
    try:
        from _sha256 import sha256  # type: ignore[import-not-found, no-redef, unused-ignore]
    except ImportError:
        from hashlib import sha256  # type: ignore[assignment, unused-ignore]

from _operator import _compare_digest as compare_digest  # what hmac.compare_digest is, without OpenSSL

BLOCK_SIZE = 64
_INNER = bytes(0x36 for _ in range(BLOCK_SIZE))
_OUTER = bytes(0x5C for _ in range(BLOCK_SIZE))

__all__ = ["compare_digest", "hmac_sha256"]


def _xor(key: bytes, pad: bytes) -> bytes:
    return bytes(a ^ b for a, b in zip(key, pad, strict=True))


def hmac_sha256(key: bytes, message: bytes) -> bytes:
    if len(key) > BLOCK_SIZE:
        key = sha256(key).digest()
    key = key.ljust(BLOCK_SIZE, b"\0")
    inner = sha256(_xor(key, _INNER) + message).digest()
    return sha256(_xor(key, _OUTER) + inner).digest()  # type: ignore[no-any-return, unused-ignore]
