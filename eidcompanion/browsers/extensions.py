"""The native-messaging host names and the extensions allowed to start the bridge."""

from __future__ import annotations

import base64
import hashlib

WEBEID_HOST = "eu.webeid"
"""The official Web eID host name: sites using Web eID reach the bridge through it."""
OWN_HOST = "be.eidcompanion.bridge"
"""This project's own extension's host name (identity pre-fill besides the Web eID commands)."""

WEBEID_CHROMIUM_IDS = (
    "ncibgoaomkmdpilpocfeponihegamlic",  # Chrome Web Store (also used by Chromium, Brave, Vivaldi)
    "gnmckgbandlkacikdndelhfghdejfido",  # Microsoft Edge Add-ons
)
WEBEID_FIREFOX_IDS = ("{e68418bc-f2b0-4459-a9ea-3e72b6751b07}",)

OWN_EXTENSION_KEY = (
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA4grAxbZuu2qvY8SjZgQzdouXsDW0FBH3BjGbwREOKFjZ1DDFiTng39ZB"
    "jE7Oc/9oi+AWS8J5eVvUgXfYX6WkZmUrZEcsAq9xiYmFFJOM0jS7EcSyTUVoUSAifbz/lysggOcDsk+cDqsnJsCXC9jvkCZvbwTg"
    "7HftFmxzWkf39LLcMK3X/f71mnr7iSqxKRPabU6BrLo3qgPFgNEEgFSn93X76KsTTlTTESh5ng5xkZHDntiMD20mn9OlQJWAD/Vr"
    "L1vI8Bra0XhG8Lfu1y/BeNsmFvFfvNZbqttQfnvLcQrLO1OM+GLsTvboaL8E5hE0CIZlYfyNWphK9DudHmbRoQIDAQAB"
)
"""The public key in our extension's manifest (``key``): it fixes the extension's id everywhere."""
OWN_FIREFOX_ID = "bridge@eidcompanion.be"


def chromium_extension_id(public_key_b64: str) -> str:
    """The id Chromium gives an extension with this ``key``: SHA-256 of the DER key, first 32 hex
    digits, each written as a letter a-p."""
    digest = hashlib.sha256(base64.b64decode(public_key_b64)).hexdigest()[:32]
    return "".join(chr(ord("a") + int(digit, 16)) for digit in digest)


OWN_CHROMIUM_ID = chromium_extension_id(OWN_EXTENSION_KEY)


def allowed_chromium_origins(host: str, extra_ids: tuple[str, ...] = ()) -> list[str]:
    ids = (*WEBEID_CHROMIUM_IDS, OWN_CHROMIUM_ID) if host == WEBEID_HOST else (OWN_CHROMIUM_ID,)
    return [f"chrome-extension://{extension_id}/" for extension_id in (*ids, *extra_ids)]


def allowed_firefox_extensions(host: str, extra_ids: tuple[str, ...] = ()) -> list[str]:
    ids = (*WEBEID_FIREFOX_IDS, OWN_FIREFOX_ID) if host == WEBEID_HOST else (OWN_FIREFOX_ID,)
    return [*ids, *extra_ids]
