"""Origins and nonces as Web eID accepts them (web-eid.md), checked before anything reaches the card."""

from __future__ import annotations

import base64
import binascii
import re
from urllib.parse import urlsplit

from eidcompanion.webeid.errors import NONCE, ORIGIN, InvalidArgumentError

MAX_ORIGIN_LENGTH = 255
MIN_NONCE_LENGTH = 44
MAX_NONCE_LENGTH = 128
_BASE64 = re.compile(r"[A-Za-z0-9+/]+={0,2}", re.ASCII)
_HOST = re.compile(r"\[[0-9a-f:.]+\]|[a-z0-9-]+(\.[a-z0-9-]+)*", re.ASCII)
"""A host as browsers write it in an origin: lowercase ASCII (IDNs in punycode), or an IPv6 in brackets."""


def validate_origin(origin: str) -> str:
    """``https://host[:port]`` (or ``wss``) without path, query or fragment; returned unchanged."""
    if not isinstance(origin, str) or not origin or len(origin) > MAX_ORIGIN_LENGTH:
        raise InvalidArgumentError(ORIGIN, f"an origin has 1 to {MAX_ORIGIN_LENGTH} characters")
    if not origin.isascii() or not origin.isprintable():
        raise InvalidArgumentError(ORIGIN, "an origin is printable ASCII (a browser writes IDNs in punycode)")
    try:
        parts = urlsplit(origin)
        port = parts.port
    except ValueError as exc:
        raise InvalidArgumentError(ORIGIN, f"not a URL ({exc})") from exc
    if parts.scheme not in ("https", "wss"):
        raise InvalidArgumentError(ORIGIN, "only https (or wss) origins can ask for a login")
    if not parts.hostname or parts.username is not None or parts.password is not None:
        raise InvalidArgumentError(ORIGIN, "the origin has no host, or has credentials")
    if parts.path or parts.query or parts.fragment or origin.endswith(("?", "#")):
        raise InvalidArgumentError(ORIGIN, "an origin has no path, query or fragment (not even '/')")
    if not _HOST.fullmatch(parts.netloc.rsplit(":", 1)[0] if port is not None else parts.netloc):
        raise InvalidArgumentError(ORIGIN, "the host is not written as a browser writes it (lowercase)")
    if port is not None and not 0 < port < 65536:
        raise InvalidArgumentError(ORIGIN, "the port is out of range")
    if origin != f"{parts.scheme}://{parts.netloc}" or parts.netloc.endswith(":"):
        # urlsplit drops tabs and newlines and lowercases the scheme: the text signed must be the
        # very text the host shown to the citizen comes from
        raise InvalidArgumentError(ORIGIN, "an origin is exactly scheme://host[:port], in lowercase")
    return origin


def origin_host(origin: str) -> str:
    """What a person is shown: ``host`` or ``host:port``."""
    return urlsplit(validate_origin(origin)).netloc


def validate_nonce(nonce: str) -> str:
    """A base64 challenge nonce of 44 to 128 characters (at least 32 random bytes); unchanged."""
    if not isinstance(nonce, str) or not MIN_NONCE_LENGTH <= len(nonce) <= MAX_NONCE_LENGTH:
        raise InvalidArgumentError(
            NONCE, f"a challenge nonce has {MIN_NONCE_LENGTH} to {MAX_NONCE_LENGTH} characters"
        )
    if not _BASE64.fullmatch(nonce):
        raise InvalidArgumentError(NONCE, "a challenge nonce is base64 text")
    try:
        base64.b64decode(nonce + "=" * (-len(nonce) % 4), validate=True)
    except binascii.Error as exc:
        raise InvalidArgumentError(NONCE, "a challenge nonce is base64 text") from exc
    return nonce
